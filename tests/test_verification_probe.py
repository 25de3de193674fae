"""Floors for the verification probe (tests/fixtures/verification_probe/README.md).

The dev file is fixed on; the held-out file is only measured. A floor that falls means a change lost
statements that were found before."""
import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "verification_probe", Path(__file__).resolve().parent.parent / "benchmarks" / "verification_probe.py")
probe = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(probe)

FLOORS = {"dev": 0.95, "heldout": 0.78}  # at f4e6f7e: dev 0.963, held-out 0.794


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_verification_probe_floor(nlp, name):
    right, total, kinds, _ = probe.score(name)
    assert total == 160
    assert right / total >= FLOORS[name], f"{name}: {right}/{total}, misses {dict(kinds)}"


def test_probe_files_are_well_formed():
    for name in probe.FILES:
        rows = probe.read_probe(name)
        assert {status for status, _ in rows} == {"unverified", "disputed", "confirmed", "unstated"}
