import json
import subprocess
import sys
from pathlib import Path

import pytest

from warledger.cli import main
from warledger.models import Verification

GOOD = [
    {"id": f"good-{n}", "text": f"Officials said {n + 2} drones were shot down overnight near the border.",
     "published": "2024-08-21", "outlet": "Example Wire"}
    for n in range(5)
]
BROKEN = [
    b"{this is not json",
    json.dumps({"text": "a line without an id"}).encode(),
    json.dumps({"id": "no-text"}).encode(),
    json.dumps({"id": "empty", "text": "  "}).encode(),
    b'{"id": "bytes", "text": "caf\xe9"}',
]


@pytest.fixture()
def mixed_jsonl(tmp_path: Path) -> Path:
    lines = []
    for good, bad in zip(GOOD, BROKEN):
        lines += [json.dumps(good).encode(), bad]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_extract_one_output_line_per_input_line_in_order(mixed_jsonl, capsys, nlp):
    status, out, err = run_cli(["extract", str(mixed_jsonl), "--format", "jsonl"], capsys)
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0  # the contract: non-zero only when the command itself cannot run
    assert len(lines) == 10
    assert [bool(line["error"]) for line in lines] == [False, True] * 5
    assert [line["error"]["code"] for line in lines if line["error"]] == ["E003", "E004", "E004", "E001", "E002"]
    assert [line["id"] for line in lines[::2]] == [g["id"] for g in GOOD]
    for line in lines:
        assert set(line) >= {"id", "error", "places", "times", "attributions", "figures", "events"}
        if line["error"]:
            assert line["places"] == line["figures"] == line["events"] == []
    assert "10 item(s), 5 extracted, 5 failed" in err


def test_cli_extract_strict_exit_status_says_items_failed(mixed_jsonl, capsys, nlp):
    status, _, _ = run_cli(["extract", str(mixed_jsonl), "--strict"], capsys)
    assert status == 1


def test_cli_extract_reads_stdin_and_writes_output_file(tmp_path, capsys, monkeypatch, nlp):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((json.dumps(GOOD[0]) + "\n").encode())))
    out_path = tmp_path / "out.jsonl"
    status, out, _ = run_cli(["extract", "-", "--output", str(out_path)], capsys)
    assert status == 0 and out == ""
    (line,) = [json.loads(x) for x in out_path.read_text().splitlines()]
    assert line["id"] == "good-0" and line["error"] is None


def test_cli_extract_table_format_names_the_article(mixed_jsonl, capsys, nlp):
    status, out, _ = run_cli(["extract", str(mixed_jsonl), "--format", "table"], capsys)
    assert status == 0
    assert "== good-0" in out and "ERROR E003" in out


def test_cli_missing_file_is_one_line_error(tmp_path, capsys):
    status, out, err = run_cli(["extract", str(tmp_path / "missing.jsonl")], capsys)
    assert status == 2 and out == ""
    assert err.strip().splitlines() == [f"warledger: error C001: no such file or folder: {tmp_path / 'missing.jsonl'}"]


def test_cli_bad_flag_is_a_usage_error_not_a_traceback():
    proc = subprocess.run([sys.executable, "-m", "warledger", "extract", "x.jsonl", "--frmat", "csv"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "unrecognized arguments: --frmat" in proc.stderr


def test_cli_extract_twice_into_the_ledger_stores_only_the_good_articles_once(mixed_jsonl, tmp_path, capsys, nlp):
    from warledger.store.base import open_store

    db = tmp_path / "ledger.db"
    for expected_new in (5, 0):
        status, out, err = run_cli(["extract", str(mixed_jsonl), "--db", str(db)], capsys)
        assert status == 0 and len(out.splitlines()) == 10
        assert f"{expected_new} newly stored" in err
    with open_store(str(db)) as store:
        assert sorted(e.id for e in store.extractions()) == [g["id"] for g in GOOD]
        assert store.counts()["articles"] == 5


def test_cli_unopenable_ledger_is_one_line_c003(mixed_jsonl, tmp_path, capsys):
    (tmp_path / "dir.db").mkdir()
    status, out, err = run_cli(["extract", str(mixed_jsonl), "--db", str(tmp_path / "dir.db")], capsys)
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("warledger: error C003:")
    assert err.count("C003") == 1


def test_cli_extract_reextract_after_an_upgrade_versions_the_ledger(mixed_jsonl, ledger_url, capsys, nlp,
                                                                    monkeypatch):
    """Same input twice: nothing new. After a simulated upgrade (another pipeline version) the
    summary counts the stale articles; --reextract stores each as its new current version, once;
    exports show one record set per article unless every version is asked for. SQLite and
    PostgreSQL alike."""
    import warledger.extract
    from warledger.store.base import open_store

    db = ledger_url
    for expected in ("5 newly stored", "0 newly stored"):
        _, _, err = run_cli(["extract", str(mixed_jsonl), "--db", db], capsys)
        assert expected in err and "another pipeline version" not in err
    monkeypatch.setattr(warledger.extract, "pipeline_version", lambda nlp: "warledger 9.9.9+relabel")
    status, _, err = run_cli(["extract", str(mixed_jsonl), "--db", db, "--reextract"], capsys)
    assert status == 0 and (f"0 newly stored in {db}, 5 re-extracted with the same records (relabelled "
                            "with this pipeline version, no copy stored)") in err
    # an upgrade that changes what is found: one more verification statement in every article
    fill = warledger.extract.fill

    def upgraded_fill(result, doc):
        fill(result, doc)
        result.verifications = [*result.verifications, Verification(0, 1, "x", "unverified", 0, 1)]

    monkeypatch.setattr(warledger.extract, "fill", upgraded_fill)
    monkeypatch.setattr(warledger.extract, "pipeline_version", lambda nlp: "warledger 9.9.9+upgraded")
    status, out, err = run_cli(["extract", str(mixed_jsonl), "--db", db], capsys)
    assert status == 0 and len(out.splitlines()) == 10
    assert ("0 newly stored in " + db + ", 5 already stored from another pipeline version "
            "(use --reextract to store them again)") in err
    status, _, err = run_cli(["extract", str(mixed_jsonl), "--db", db, "--reextract"], capsys)
    assert status == 0 and f"5 newly stored in {db} (5 re-extracted as new versions)" in err
    _, _, err = run_cli(["extract", str(mixed_jsonl), "--db", db, "--reextract"], capsys)
    assert f"0 newly stored in {db}" in err and "re-extracted" not in err and "another pipeline" not in err

    with open_store(db) as store:
        assert store.counts()["articles"] == 10
        versions = list(store.versions())
        assert sorted((v.extraction.id, v.version, v.current) for v in versions) == sorted(
            [(g["id"], 1, False) for g in GOOD] + [(g["id"], 2, True) for g in GOOD])
    _, out, _ = run_cli(["export", "--db", db, "--format", "jsonl"], capsys)
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == [g["id"] for g in GOOD]
    assert {line["pipeline_version"] for line in lines} == {"warledger 9.9.9+upgraded"}
    _, out, _ = run_cli(["export", "--db", db, "--format", "jsonl", "--all-versions"], capsys)
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 10
    assert sorted((line["id"], line["article_version"], line["current"]) for line in lines) == sorted(
        (v.extraction.id, v.version, v.current) for v in versions)


def test_cli_extract_reextract_needs_a_ledger(mixed_jsonl, capsys):
    status, out, err = run_cli(["extract", str(mixed_jsonl), "--reextract"], capsys)
    assert status == 2 and out == ""
    assert err.strip() == "warledger extract: error: --reextract needs --db (the ledger to refresh)"
