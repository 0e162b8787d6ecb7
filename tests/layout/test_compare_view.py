"""Then versus now on the maps: every change marked with words or a line style."""

from __future__ import annotations

from netwerkkaart.analysis.compare import compare
from netwerkkaart.analysis.moments import make_snapshot, now_moment, snapshot_moment
from netwerkkaart.example import example_case
from netwerkkaart.layout.compare_view import (
    GHOST,
    LEGEND_OWNER,
    UNCHANGED_OWNER,
    comparison_case,
    comparison_drawing,
    shows_changes,
)
from netwerkkaart.layout.primitives import Group, Polyline, Text
from netwerkkaart.model import MapKind, validate_case
from netwerkkaart.model.edits import apply_ops, delete_people_ops
from netwerkkaart.report.drawing import map_drawing
from netwerkkaart.report.privacy import redaction


def _example_comparison():  # type: ignore[no-untyped-def]
    case = example_case()
    return case, compare(snapshot_moment(case.snapshots[0]), now_moment(case, "2026-11-26"))


def _words(g: Group) -> list[str]:
    return [p.text for p in g.prims if isinstance(p, Text)]


def _ids(case) -> dict[str, str]:  # type: ignore[no-untyped-def]
    people = {**case.snapshots[0].state.network.people, **case.network.people}
    return {p.name.split()[0].lower(): pid for pid, p in people.items()}


def test_the_ecogram_marks_who_came_who_left_and_which_lines_changed() -> None:
    case, cmp = _example_comparison()
    i = _ids(case)
    groups, _layout, drawn = comparison_drawing(cmp, MapKind.ECOGRAM)
    validate_case(drawn)
    by = {g.owner: g for g in groups}
    for new in ("els", "ruud"):
        assert "NIEUW" in _words(by[("person", i[new])])
    anja = by[("person", i["anja"])]
    assert "(vertrokken)" in _words(anja)
    assert all(p.pen.color == GHOST and p.pen.dash == "dash" for p in anja.prims
               if not isinstance(p, Text) and p.pen.width > 0)
    words = {w for g in groups if g.owner[0] == "tie" for w in _words(g)}
    assert {"sterker", "belastend", "verdwenen"} <= words
    assert "was: 30 u, matig" in _words(by[("person", i["maria"])])
    assert shows_changes(groups)
    legend = " ".join(_words(by[LEGEND_OWNER]))
    assert legend.startswith("Vergelijking: Intake (20 augustus 2026) → nu (26 november 2026)")
    assert "erbij gekomen" in legend and "niet meer in het netwerk" in legend


def test_a_changed_line_is_drawn_heavier_than_before() -> None:
    case, cmp = _example_comparison()
    plain = {g.owner: g for g in map_drawing(case, MapKind.ECOGRAM, redaction(
        case, "volledig")).groups}
    groups, _l, _c = comparison_drawing(cmp, MapKind.ECOGRAM)
    tie = next(c.tie_now for c in cmp.ties if c.change.value == "sterker")
    marked = next(g for g in groups if g.owner == ("tie", tie))

    def widest(g: Group) -> float:
        return max(p.pen.width for p in g.prims if isinstance(p, Polyline))

    assert widest(marked) > widest(plain[("tie", tie)])


def test_the_word_on_a_changed_line_leaves_its_letters_free() -> None:
    from netwerkkaart.layout.compare_view import _overlap, _prim_box
    from netwerkkaart.layout.primitives import Rect

    case, cmp = _example_comparison()
    groups, _l, _c = comparison_drawing(cmp, MapKind.ECOGRAM)
    checked = 0
    for c in cmp.ties:
        g = next((g for g in groups if g.owner == ("tie", c.tie_now)), None)
        pills = [p for p in g.prims if isinstance(p, Rect)] if g is not None else []
        if not pills:
            continue
        letters = [p for p in g.prims if isinstance(p, Text) and p.color != pills[0].pen.color]
        assert letters  # the SOFA letters on a support line
        assert not any(_overlap(_prim_box(pills[0]), _prim_box(t)) for t in letters)
        checked += 1
    assert checked >= 2


def test_the_netwerkkaart_says_where_someone_stood_then() -> None:
    case, cmp = _example_comparison()
    i = _ids(case)
    groups, _l, _c = comparison_drawing(cmp, MapKind.NETWERKKAART)
    petra = next(g for g in groups if g.owner == ("person", i["petra"]))
    assert "was: Vrienden" in _words(petra)


def test_a_map_without_changes_says_so() -> None:
    case = example_case()
    cmp = compare(snapshot_moment(make_snapshot(case, "Nu", "2026-11-26")),
                  now_moment(case, "2026-11-26"))
    groups, _l, _c = comparison_drawing(cmp, MapKind.GENOGRAM)
    legend = next(g for g in groups if g.owner == UNCHANGED_OWNER)
    assert "Op deze kaart is niets veranderd." in _words(legend)
    assert not shows_changes(groups)


def test_a_relative_who_was_removed_comes_back_faded_with_the_family_lines() -> None:
    then = example_case()
    i = _ids(then)
    now = apply_ops(then, delete_people_ops(then, [i["daan"]])).case
    cmp = compare(snapshot_moment(make_snapshot(then, "Toen", "2026-01-01")),
                  now_moment(now, "2026-11-26"))
    made = comparison_case(cmp, MapKind.GENOGRAM)
    assert made.ghosts == {i["daan"]}
    assert any(i["daan"] in (t.a, t.b) for t in made.case.network.ties.values())
    groups, _l, _c = comparison_drawing(cmp, MapKind.GENOGRAM)
    daan = next(g for g in groups if g.owner == ("person", i["daan"]))
    assert "(vertrokken)" in _words(daan)


def test_the_comparison_map_keeps_the_privacy_level() -> None:
    case, cmp = _example_comparison()
    drawing = map_drawing(case, MapKind.ECOGRAM, redaction(case, "anoniem"), compare=cmp)
    assert drawing is not None
    text = " ".join(p.text for g in drawing.groups for p in g.prims if isinstance(p, Text))
    for secret in ("Anja", "Els", "Ruud", "Maria", "2026", "augustus"):
        assert secret not in text, secret
    assert "Vergelijking: Intake → nu" in text
