"""`warledger export`: the ledger as ACLED-style CSV, claims CSV, GeoJSON or the contract's JSONL."""
from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack

from ..settings import DEFAULT_DB

FORMATS = ("csv", "claims-csv", "jsonl", "geojson")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export the ledger as CSV (ACLED columns), claims CSV, GeoJSON or JSONL",
        description="Export a ledger: csv (one row per event, ACLED column names plus claimant, "
        "verification, figures, article id, span), claims-csv (one row per figure), geojson "
        "(one feature per located event), jsonl (the contract's records).",
    )
    p.add_argument("--db", metavar="PATH", default=str(DEFAULT_DB),
                   help="ledger to read (SQLite path or postgresql:// URL; default: %(default)s)")
    p.add_argument("--format", choices=FORMATS, default="csv", help="default: %(default)s")
    p.add_argument("--output", "-o", metavar="OUT", help="write here instead of standard output")
    p.add_argument("--all-versions", action="store_true",
                   help="every stored version of each article (superseded ones too), each record with "
                   "article_version and current; default: the current version only")


def run(args: argparse.Namespace) -> int:
    from ..errors import WarledgerError
    from ..export import write_export
    from ..store.base import open_store

    if "://" not in args.db:
        from pathlib import Path

        if not Path(args.db).exists():
            raise WarledgerError("C001", path=args.db)
    with ExitStack() as stack:
        store = stack.enter_context(open_store(args.db))
        out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline="")) if args.output else sys.stdout
        write_export(store, args.format, out, all_versions=args.all_versions)
    return 0
