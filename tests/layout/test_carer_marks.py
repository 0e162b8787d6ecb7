"""What a carer carries on the maps: hours, load (a letter, so it reads without colour), SOFA
letters and the main carer / regie / aanspreekpunt signs, on all three maps, inside the room
the layouts keep free, never over the name or over each other; and redrawn when they change."""

from __future__ import annotations

import pytest

from netwerkkaart.example import example_case
from netwerkkaart.layout.notation.carer_marks import (
    CONTACT,
    LOAD_LETTER,
    MAIN,
    REGIE,
    carer_marks,
    marks_prims,
)
from netwerkkaart.layout.primitives import Ellipse, Primitive, Rect, Text
from netwerkkaart.layout.registry import draw_state, update_state
from netwerkkaart.layout.style import DEFAULT_STYLE
from netwerkkaart.layout.text import text_width
from netwerkkaart.model import CaseDocument, MapKind, Put, SetRef
from netwerkkaart.model.carer import Assessment, LoadLevel, Sofa


def _pid(case, first: str) -> str:  # type: ignore[no-untyped-def]
    return next(p.id for p in case.network.people.values() if p.name.split()[0] == first)


def _box(p: Primitive) -> tuple[float, float, float, float]:
    if isinstance(p, Rect):
        return (p.x, p.y, p.x + p.w, p.y + p.h)
    if isinstance(p, Ellipse):
        return (p.cx - p.rx, p.cy - p.ry, p.cx + p.rx, p.cy + p.ry)
    assert isinstance(p, Text)
    w = text_width(p.text, p.size, p.bold)
    x = p.x - (w / 2 if p.align == "center" else w if p.align == "right" else 0)
    h = p.size * 1.2
    y = p.y - (h / 2 if p.valign == "middle" else h if p.valign == "bottom" else 0)
    return (x, y, x + w, y + h)


def test_the_example_carers_marks() -> None:
    case = example_case()
    net = case.network
    maria = carer_marks(net, _pid(case, "Maria"))
    assert maria.hours == "40 u" and maria.load is LoadLevel.ZWAAR
    assert maria.sofa == (Sofa.S, Sofa.O, Sofa.F, Sofa.A) and maria.dominant is Sofa.O
    assert maria.marks == MAIN + CONTACT
    petra = carer_marks(net, _pid(case, "Petra"))
    assert petra.load is LoadLevel.ONBEKEND and petra.marks == REGIE  # a carer, no result
    assert carer_marks(net, _pid(case, "Ruud")).empty  # a professional carries nothing
    assert carer_marks(net, net.client_id or "").empty


@pytest.mark.parametrize("half", [14.0, 24.0])  # the radial maps' symbols, the genogram's
def test_marks_stay_beside_the_symbol_and_apart(half: float) -> None:
    case = example_case()
    m = carer_marks(case.network, _pid(case, "Maria"))
    prims = marks_prims(m, half, DEFAULT_STYLE)
    # one piece per mark: the hours pill, the load circle, the SOFA letters, the signs
    pieces = {
        "hours": [p for p in prims if isinstance(p, Rect)],
        "load": [p for p in prims if isinstance(p, Ellipse)],
        "sofa": [p for p in prims if isinstance(p, Text) and p.text in "SOFA"],
        "signs": [p for p in prims if isinstance(p, Text) and p.text == MAIN + CONTACT],
    }
    assert all(pieces.values())
    boxes = {k: [_box(p) for p in v] for k, v in pieces.items()}
    spans = {k: (min(b[0] for b in v), min(b[1] for b in v), max(b[2] for b in v),
                 max(b[3] for b in v)) for k, v in boxes.items()}
    label_w = 96.0 if half == 14.0 else 130.0
    name_top = half + 5.0  # NAME_GAP: the name starts here
    for key, (x0, _y0, x1, y1) in spans.items():
        assert -label_w / 2 <= x0 and x1 <= label_w / 2, key  # inside the reserved width
        assert y1 <= name_top + 2, key  # above the name
    keys = list(spans)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            p, q = spans[a], spans[b]
            assert p[2] <= q[0] or q[2] <= p[0] or p[3] <= q[1] or q[3] <= p[1], (a, b)


@pytest.mark.parametrize("kind", list(MapKind))
def test_the_marks_are_on_every_map_and_follow_a_new_result(kind: MapKind) -> None:
    doc = CaseDocument(example_case())
    maria, petra = _pid(doc.case, "Maria"), _pid(doc.case, "Petra")
    state = draw_state(doc.case, kind)

    def texts(pid: str) -> set[str]:
        return {p.text for p in state.groups[("person", pid)].prims if isinstance(p, Text)}

    assert {"40 u", LOAD_LETTER[LoadLevel.ZWAAR], MAIN + CONTACT} <= texts(maria)
    assert LOAD_LETTER[LoadLevel.ONBEKEND] in texts(petra)
    # Petra fills in a CSI with a high score: her badge says H, redrawn without a layout
    result = Assessment(person=petra, date="2026-11-20", instrument="csi", answers=(1,) * 13)
    old = doc.case
    change = _apply(doc, [Put("assessments", result)])
    update = update_state(state, doc.case, change)
    assert ("person", petra) in {g.owner for g in update.changed}
    assert LOAD_LETTER[LoadLevel.HOOG] in texts(petra)
    assert old is not doc.case
    # the regie moves to Maria: both Petra's and Maria's signs change
    change = _apply(doc, [SetRef("regie", maria)])
    update = update_state(state, doc.case, change)
    assert {("person", petra), ("person", maria)} <= {g.owner for g in update.changed}
    assert MAIN + REGIE + CONTACT in texts(maria)


def _apply(doc: CaseDocument, ops):  # type: ignore[no-untyped-def]
    seen = []
    doc.subscribe(seen.append)
    doc.apply(ops)
    return seen[-1]
