from pathlib import Path

from warledger.nlp import code_fingerprint, fingerprint


def _package(root: Path) -> Path:
    for rel, body in {
        "pipeline/figures.py": "RULE = 1\n",
        "lang/en/cues.json": '["said"]\n',
        "store/sql.py": "SCHEMA = 1\n",
        "cli/extract.py": "HELP = 'x'\n",
        "ingest/feeds.py": "X = 1\n",
        "export.py": "COLUMNS = []\n",
    }.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body)
    return root


def test_nlp_fingerprint_changes_with_extraction_code_and_data(tmp_path):
    root = _package(tmp_path)
    before = fingerprint(root)
    (root / "pipeline/figures.py").write_text("RULE = 2\n")
    after_code = fingerprint(root)
    (root / "lang/en/cues.json").write_text('["said", "claimed"]\n')
    after_data = fingerprint(root)
    assert len({before, after_code, after_data}) == 3


def test_nlp_fingerprint_ignores_storage_cli_ingest_and_export(tmp_path):
    root = _package(tmp_path)
    before = fingerprint(root)
    for rel in ("store/sql.py", "cli/extract.py", "ingest/feeds.py", "export.py"):
        (root / rel).write_text("CHANGED = True\n")
    assert fingerprint(root) == before


def test_nlp_fingerprint_of_installed_package_is_stable():
    assert code_fingerprint() == code_fingerprint()
    assert len(code_fingerprint()) == 12
