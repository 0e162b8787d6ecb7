"""Default placement for the ecogram and the netwerkkaart (network circle).

Both maps put the client in the middle. A person the user has dragged keeps the stored
position; everyone else gets a default spot from their kind: the ecogram spreads people
evenly around the client by contact category (Expertisecentrum Mantelzorg letters), the
netwerkkaart puts them in a ring (closeness) and a sector. The later ecogram/netwerkkaart
issue refines the categories; the stored positions stay valid.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..i18n import tr
from ..model import Case, MapKind, Network, Person, PersonKind

# Ecogram contact categories (domain.md 2.2) per person kind.
ECO_CATEGORY: dict[PersonKind, str] = {
    PersonKind.PARTNER: "G",
    PersonKind.FAMILY: "F",
    PersonKind.FRIEND: "V",
    PersonKind.ACQUAINTANCE: "K",
    PersonKind.NEIGHBOUR: "B",
    PersonKind.VOLUNTEER_INFORMAL: "K",
    PersonKind.VOLUNTEER_ORGANISED: "Z",
    PersonKind.PROFESSIONAL: "Z",
    PersonKind.ORGANISATION: "Z",
}
ECO_ORDER = "GFVKBRZ"


@dataclass(frozen=True)
class Sector:
    code: str
    label: str
    kinds: frozenset[PersonKind]


def default_sectors() -> tuple[Sector, ...]:
    K = PersonKind
    return (
        Sector("familie", tr("Familie"), frozenset({K.PARTNER, K.FAMILY})),
        Sector("vrienden", tr("Vrienden en kennissen"), frozenset({K.FRIEND, K.ACQUAINTANCE})),
        Sector("buren", tr("Buren"), frozenset({K.NEIGHBOUR})),
        Sector("vrijwilligers", tr("Vrijwilligers"),
               frozenset({K.VOLUNTEER_ORGANISED, K.VOLUNTEER_INFORMAL})),
        Sector("professionals", tr("Professionals"), frozenset({K.PROFESSIONAL, K.ORGANISATION})),
    )


def default_rings() -> tuple[str, ...]:
    return (tr("Intimi"), tr("Vrienden"), tr("Bekenden"), tr("Diensten"))


RING_OF: dict[PersonKind, int] = {
    PersonKind.PARTNER: 0, PersonKind.FAMILY: 1, PersonKind.FRIEND: 1,
    PersonKind.NEIGHBOUR: 2, PersonKind.ACQUAINTANCE: 2, PersonKind.VOLUNTEER_INFORMAL: 2,
    PersonKind.VOLUNTEER_ORGANISED: 3, PersonKind.PROFESSIONAL: 3, PersonKind.ORGANISATION: 3,
}
RING_INNER = 90.0
"""Radius of the client's own circle in the netwerkkaart."""
RING_STEP = 150.0
"""Radial distance between ring boundaries in the netwerkkaart."""


def in_network_maps(p: Person) -> bool:
    """Ecogram and netwerkkaart show the living network: no deceased, no pregnancies."""
    return not p.is_deceased and p.pregnancy is None


def network_people(net: Network) -> list[Person]:
    return [p for p in net.people.values() if in_network_maps(p)]


def ecogram_positions(case: Case) -> dict[str, tuple[float, float]]:
    net = case.network
    stored = case.view(MapKind.ECOGRAM).positions
    people = [p for p in network_people(net) if p.id != net.client_id]
    people.sort(key=lambda p: (ECO_ORDER.index(ECO_CATEGORY[p.kind]), p.birth or "9999", p.id))
    radius = max(300.0, len(people) * 150.0 / (2 * math.pi))
    out: dict[str, tuple[float, float]] = {}
    client = net.client()
    if client is not None:
        pos = stored.get(client.id)
        out[client.id] = (pos.x, pos.y) if pos else (0.0, 0.0)
    for i, p in enumerate(people):
        pos = stored.get(p.id)
        if pos:
            out[p.id] = (pos.x, pos.y)
        else:
            angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(people))
            out[p.id] = (round(radius * math.cos(angle), 2), round(radius * math.sin(angle), 2))
    return out


def sector_spans(case: Case) -> list[tuple[Sector, float, float]]:
    """(sector, start angle, span) in radians, clockwise from the top; a sector's share of
    the circle grows with the number of people in it, so a big family is not squeezed."""
    sectors = default_sectors()
    counts = [0] * len(sectors)
    for p in network_people(case.network):
        if p.id != case.network.client_id:
            counts[next(i for i, sec in enumerate(sectors) if p.kind in sec.kinds)] += 1
    weights = [c + 1.5 for c in counts]
    total = sum(weights)
    out, angle = [], -math.pi / 2
    for sec, w in zip(sectors, weights, strict=True):
        span = 2 * math.pi * w / total
        out.append((sec, angle, span))
        angle += span
    return out


LABEL_ARC = 150.0
"""Arc length one person needs along a ring (symbol plus name)."""


def netwerkkaart_positions(case: Case) -> dict[str, tuple[float, float]]:
    net = case.network
    stored = case.view(MapKind.NETWERKKAART).positions
    spans = sector_spans(case)
    groups: dict[tuple[int, int], list[Person]] = {}
    out: dict[str, tuple[float, float]] = {}
    for p in network_people(net):
        pos = stored.get(p.id)
        if pos:
            out[p.id] = (pos.x, pos.y)
        elif p.id == net.client_id:
            out[p.id] = (0.0, 0.0)
        else:
            s = next(i for i, (sec, _a, _w) in enumerate(spans) if p.kind in sec.kinds)
            groups.setdefault((s, RING_OF[p.kind]), []).append(p)
    for (s, ring), members in sorted(groups.items()):
        members.sort(key=lambda p: (p.birth or "9999", p.id))
        _sec, start, span = spans[s]
        radius = RING_INNER + RING_STEP * (ring + 0.5)
        per_row = max(1, int(span * radius / LABEL_ARC))
        rows = 1 if len(members) <= per_row else 2
        offsets = [0.0] if rows == 1 else [-RING_STEP * 0.18, RING_STEP * 0.18]
        for j, p in enumerate(members):
            frac = (j + 1) / (len(members) + 1)
            angle = start + span * frac
            r = radius + offsets[j % rows]
            out[p.id] = (round(r * math.cos(angle), 2), round(r * math.sin(angle), 2))
    return out
