"""`warledger` command line: a thin layer over the library (one module per command)."""
from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..errors import WarledgerError
from . import export, extract

COMMANDS = {"extract": extract, "export": export}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warledger", description="Turn war reporting into a ledger of events and the claims behind them."
    )
    parser.add_argument("--version", action="version", version=f"warledger {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in COMMANDS.items():
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # a bad flag: argparse prints one usage line + error, exits 2
    try:
        return COMMANDS[args.command].run(args)
    except WarledgerError as err:
        print(f"warledger: error {err.code}: {err.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("warledger: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
