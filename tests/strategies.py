"""Hypothesis strategies for valid cases (people, ties, households, twins, placements)."""

from __future__ import annotations

from hypothesis import strategies as st

from netwerkkaart.model import (
    CLIENT,
    Case,
    CaseMeta,
    Cell,
    CircleView,
    EmotionalKind,
    EmotionalTie,
    EnergyDirection,
    Household,
    MapKind,
    MapView,
    Network,
    ParentChildKind,
    ParentChildTie,
    PartnershipStatus,
    PartnershipTie,
    Person,
    PersonKind,
    Position,
    Pregnancy,
    RingCode,
    Sex,
    SupportStrength,
    SupportTie,
    SupportType,
    TwinSet,
    Zygosity,
)
from netwerkkaart.model.circle import DEFAULT_SECTORS

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
years = st.integers(1900, 2025)


@st.composite
def partial_dates(draw: st.DrawFn) -> str | None:
    y = draw(years)
    form = draw(st.sampled_from(["none", "y", "ym", "ymd"]))
    if form == "none":
        return None
    if form == "y":
        return f"{y:04d}"
    m = draw(st.integers(1, 12))
    if form == "ym":
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{draw(st.integers(1, 28)):02d}"


@st.composite
def people(draw: st.DrawFn, n: int) -> list[Person]:
    out = []
    for i in range(n):
        birth = draw(partial_dates())
        out.append(Person(
            id=f"p{i}-{draw(st.uuids())}",
            name=draw(texts),
            sex=draw(st.sampled_from(list(Sex))),
            birth=birth,
            deceased=draw(st.booleans()),
            kind=draw(st.sampled_from(list(PersonKind))),
            pregnancy=draw(st.none() | st.sampled_from(list(Pregnancy))),
            notes=draw(texts),
        ))
    return out


@st.composite
def cases(draw: st.DrawFn, max_people: int = 12) -> Case:
    n = draw(st.integers(1, max_people))
    ps = draw(people(n))
    ids = [p.id for p in ps]
    ties: dict[str, object] = {}
    birth_parents: dict[int, int] = {}
    if n >= 2:
        for k in range(draw(st.integers(0, 2 * n))):
            a, b = draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))
            kind = draw(st.sampled_from(["partner", "parent", "emotional", "support"]))
            tid = f"t{k}"
            if kind == "partner":
                tie: object = PartnershipTie(id=tid, a=ids[a], b=ids[b],
                                             status=draw(st.sampled_from(list(PartnershipStatus))),
                                             start=draw(partial_dates()))
            elif kind == "parent":
                lo, hi = min(a, b), max(a, b)  # parents have lower index: no cycles
                relation = draw(st.sampled_from(list(ParentChildKind)))
                if relation is ParentChildKind.BIOLOGICAL and birth_parents.get(hi, 0) >= 2:
                    relation = ParentChildKind.ADOPTED  # nobody has a third birth parent
                if relation is ParentChildKind.BIOLOGICAL:
                    birth_parents[hi] = birth_parents.get(hi, 0) + 1
                tie = ParentChildTie(id=tid, a=ids[lo], b=ids[hi], relation=relation)
            elif kind == "emotional":
                tie = EmotionalTie(id=tid, a=ids[a], b=ids[b],
                                   relation=draw(st.sampled_from(list(EmotionalKind))))
            else:
                tie = SupportTie(id=tid, a=ids[a], b=ids[b],
                                 strength=draw(st.sampled_from(list(SupportStrength))),
                                 direction=draw(st.sampled_from(list(EnergyDirection))),
                                 support_types=tuple(draw(st.sets(st.sampled_from(list(SupportType))))))
            ties[tid] = tie
    households = {}
    twin_sets = {}
    if n >= 3:
        households["h1"] = Household(id="h1", label=draw(texts), members=tuple(ids[:2]))
        if draw(st.booleans()):
            twin_sets["w1"] = TwinSet(id="w1", members=(ids[1], ids[2]),
                                      zygosity=draw(st.sampled_from(list(Zygosity))))
    coords = st.floats(-1e5, 1e5, allow_nan=False, allow_infinity=False)
    views: dict[MapKind, MapView] = {}
    for kind in MapKind:
        chosen = draw(st.lists(st.sampled_from(ids), unique=True, max_size=n))
        views[kind] = MapView(positions={
            pid: Position(x=draw(coords), y=draw(coords), pinned=draw(st.booleans()))
            for pid in chosen})
    placed = draw(st.lists(st.sampled_from(ids), unique=True, max_size=n))
    views[MapKind.NETWERKKAART] = CircleView(
        positions=views[MapKind.NETWERKKAART].positions,
        cells={pid: Cell(ring=draw(st.sampled_from(list(RingCode))),
                         sector=draw(st.sampled_from(list(DEFAULT_SECTORS))))
               for pid in placed})
    meta = CaseMeta(client_name=draw(texts), reference=draw(texts), notes=draw(texts),
                    conversation_date=draw(partial_dates()))
    net = Network(people={p.id: p for p in ps}, ties=ties, households=households,
                  twin_sets=twin_sets, refs={CLIENT.name: ids[0]})
    return Case(meta=meta, network=net, views=views)
