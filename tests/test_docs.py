"""Every CLI command and option must be documented in docs/cli.md (datasette's test_docs habit)."""
import argparse
from pathlib import Path

import pytest

from warledger.cli import build_parser

CLI_DOC = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_docs_every_command_has_a_section(name):
    assert f"## `warledger {name}`" in CLI_DOC


@pytest.mark.parametrize(
    "name,option",
    sorted((name, opt) for name, p in subcommands().items() for a in p._actions for opt in a.option_strings
           if opt not in ("-h", "--help")),
)
def test_docs_every_option_is_documented(name, option):
    section = CLI_DOC.split(f"## `warledger {name}`", 1)[1].split("\n## ", 1)[0]
    assert f"`{option}" in section, f"{option} of `warledger {name}` is not in docs/cli.md"
