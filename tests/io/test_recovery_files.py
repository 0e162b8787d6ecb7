"""Recovery slots on disk: random names, a copy killed between its two writes still counts,
metadata that is broken or missing never loses the copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netwerkkaart.example import example_case
from netwerkkaart.io.recovery import new_slot, recoveries, remove_recovery, write_recovery


def test_slots_newest_first_and_orphans_kept(tmp_path: Path) -> None:
    case = example_case()
    older, newer = new_slot(), new_slot()
    write_recovery(tmp_path, older, case, None, now=dt.datetime(2026, 11, 1, 9, 0))
    write_recovery(tmp_path, newer, case, tmp_path / "c.netwerkkaart",
                   now=dt.datetime(2026, 11, 2, 9, 30))
    found = recoveries(tmp_path)
    assert [r.slot for r in found] == [newer, older]
    assert found[0].when() == "02-11-2026 om 09:30" and found[0].origin is not None
    (tmp_path / (older + ".json")).unlink()  # killed between the case file and its metadata
    assert {r.slot for r in recoveries(tmp_path)} == {older, newer}
    (tmp_path / (newer + ".json")).write_text("{kapot")
    assert {r.slot for r in recoveries(tmp_path)} == {older, newer}
    remove_recovery(tmp_path, older)
    remove_recovery(tmp_path, newer)
    assert recoveries(tmp_path) == [] and list(tmp_path.iterdir()) == []
    assert new_slot() != new_slot() and new_slot().startswith("herstel-")
