"""The maps, each declared once: what they show, how they are laid out and drawn, what a drop
means, and what an edit makes them redraw. Qt-free.

Every map is a :class:`MapSpec` in :data:`MAPS`. The screen (``ui/scene.py``), PNG/SVG
(``ui/export_image.py``) and the PDF ask this registry; no ``ui/`` module decides what a map
contains (an import-linter contract keeps the map internals out of ``ui/``).

A spec is told the case and a style and answers with

* :meth:`MapSpec.layout_inputs`: a hashable value of exactly what its layout reads, so the
  layout is cached on its real inputs (:func:`map_layout`) and re-runs only when they change;
* :meth:`MapSpec.compute_layout`: positions of the people it shows (plus its own detail);
* :meth:`MapSpec.draw`: the display list (groups of primitives, legend and background);
* :meth:`MapSpec.redraw`: when the layout inputs did not change, which groups an edit can
  have changed (a rename redraws that one person; a change the map does not draw, nothing);
* :meth:`MapSpec.drop` and :meth:`MapSpec.place_new`: the model edits for dropping people at
  points and for placing a person just added.

:func:`draw_state` and :func:`update_state` put that together for a view: given what is on
screen and the model's change set, they return exactly the groups to add, replace or remove.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Case, ChangeSet, MapKind, Op
from ..model.views import Seen
from .primitives import Group, Point
from .style import DEFAULT_STYLE, MapStyle

Owner = tuple[str, str]


@dataclass(frozen=True)
class MapLayout:
    """Where a map places the people it shows, plus what its drawing needs besides."""

    positions: Mapping[str, Point]
    detail: Any = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Redraw:
    """Groups an edit may have changed, when the layout stays: ``owners`` are recomputed one
    by one; for the owner kinds in ``scope`` (e.g. ``"legend"``) the whole set is."""

    groups: list[Group] = field(default_factory=list)
    owners: set[Owner] = field(default_factory=set)
    scope: set[str] = field(default_factory=set)


class MapSpec(ABC):
    """One map. Subclasses live in :mod:`.maps`; instances are registered in :data:`MAPS`."""

    kind: MapKind
    draws_meta: bool = False
    """Whether the case metadata (reference, notes...) appears on this map."""
    uses_previous: bool = True
    """Whether the layout starts from the previous picture (else it is a function of the
    case alone, and the cache ignores the previous picture)."""

    @abstractmethod
    def shows(self, case: Case) -> list[str]:
        """Ids of the people this map shows."""

    @abstractmethod
    def layout_inputs(self, case: Case, style: MapStyle) -> Hashable:
        """Exactly what :meth:`compute_layout` reads."""

    @abstractmethod
    def compute_layout(self, case: Case, style: MapStyle,
                       previous: MapLayout | None = None) -> MapLayout:
        """Positions of the people this map shows. Pure; cached by :func:`map_layout`.

        ``previous`` is the picture on screen before this edit (or :data:`FRESH`: start over,
        ignoring even the placement stored with the case); the layout moves as little from
        it as the change allows."""

    def seen(self, layout: MapLayout) -> Seen | None:
        """What to store with the case on save, so the next layout starts from this picture."""
        return None

    @abstractmethod
    def draw(self, case: Case, style: MapStyle, layout: MapLayout,
             today: str | None = None) -> list[Group]:
        """Every group of the map, legend and background included."""

    def redraw(self, case: Case, style: MapStyle, layout: MapLayout, change: ChangeSet,
               today: str | None = None) -> Redraw | None:
        """The groups ``change`` may have altered while the layout stays; None: draw all."""
        return None

    @abstractmethod
    def drop(self, case: Case, layout: MapLayout, moves: Mapping[str, Point]) -> list[Op]:
        """The model edit for dropping people at scene points (empty: nothing changes)."""

    def place_new(self, case: Case, layout: MapLayout, person_id: str,
                  near: Point) -> list[Op]:
        """Extra operations that place a person just added, near a point (default: none)."""
        return []


MAPS: dict[MapKind, MapSpec] = {}


def register(spec: MapSpec) -> MapSpec:
    MAPS[spec.kind] = spec
    return spec


def map_spec(kind: MapKind) -> MapSpec:
    _load()
    return MAPS[kind]


def _load() -> None:
    if len(MAPS) < len(MapKind):
        from . import maps  # noqa: F401  (registers the three maps)


# -- the layout, cached on its real inputs ------------------------------------------------

FRESH = MapLayout({})
"""Pass as ``previous`` to lay a map out afresh (Opnieuw schikken)."""

_CACHE: OrderedDict[tuple[MapKind, MapStyle, Hashable, int],
                    tuple[MapLayout | None, MapLayout]] = OrderedDict()
_CACHE_SIZE = 8
_PICTURES: OrderedDict[tuple[MapKind, MapStyle, Hashable], MapLayout] = OrderedDict()
"""The picture each content was last shown with in this session, so that undo and redo
bring back exactly the picture the user saw."""
_PICTURES_SIZE = 64


def map_layout(case: Case, kind: MapKind, style: MapStyle = DEFAULT_STYLE,
               key: Hashable | None = None, previous: MapLayout | None = None) -> MapLayout:
    """The layout of a map, from the cache when its inputs (and the previous picture it
    starts from) are the same."""
    spec = map_spec(kind)
    inputs = spec.layout_inputs(case, style) if key is None else key
    if not spec.uses_previous and previous is not FRESH:
        previous = None
    shown = (kind, style, inputs)
    if previous is not None and previous is not FRESH and shown in _PICTURES:
        _PICTURES.move_to_end(shown)  # this very content was on screen before (undo, redo):
        return _PICTURES[shown]  # the same picture again
    cache_key = (kind, style, inputs, id(previous))
    found = _CACHE.get(cache_key)
    if found is not None and found[0] is previous:
        _CACHE.move_to_end(cache_key)
        return found[1]
    layout = spec.compute_layout(case, style, previous)
    _CACHE[cache_key] = (previous, layout)
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    _PICTURES[shown] = layout
    while len(_PICTURES) > _PICTURES_SIZE:
        _PICTURES.popitem(last=False)
    return layout


def clear_layout_cache() -> None:
    _CACHE.clear()
    _PICTURES.clear()


# -- what a view shows, and what an edit changes in it --------------------------------------


@dataclass
class MapState:
    """What one view of a map shows now: the case it drew, the layout, the groups."""

    kind: MapKind
    style: MapStyle
    today: str | None
    case: Case
    key: Hashable
    layout: MapLayout
    groups: dict[Owner, Group]


@dataclass(frozen=True)
class MapUpdate:
    """The groups to add or replace (``changed``) and to take away (``removed``)."""

    changed: list[Group]
    removed: list[Owner]
    relayout: bool

    @property
    def empty(self) -> bool:
        return not (self.changed or self.removed)


def draw_map(case: Case, kind: MapKind, style: MapStyle = DEFAULT_STYLE,
             today: str | None = None) -> list[Group]:
    """Every group of a map, for a picture or a page."""
    return list(draw_state(case, kind, style, today).groups.values())


def draw_state(case: Case, kind: MapKind, style: MapStyle = DEFAULT_STYLE,
               today: str | None = None, previous: MapLayout | None = None) -> MapState:
    spec = map_spec(kind)
    key = spec.layout_inputs(case, style)
    layout = map_layout(case, kind, style, key, previous)
    groups = spec.draw(case, style, layout, today)
    return MapState(kind, style, today, case, key, layout, _by_owner(groups))


def update_state(state: MapState, case: Case, change: ChangeSet) -> MapUpdate:
    """Bring ``state`` up to ``case`` after ``change``; say which groups changed.

    A change the map does not draw changes nothing; with the layout inputs unchanged only the
    groups the spec names are redrawn; otherwise the layout runs (or comes from the cache) and
    the new groups are compared with the old ones, so unchanged groups keep their items.
    """
    spec = map_spec(state.kind)
    change = with_badge_people(state.case, case, change)
    placed_here = bool(change.placed.get(state.kind)) or state.kind in change.maps
    if not (change.structural or placed_here or (change.meta and spec.draws_meta)):
        state.case = case
        return MapUpdate([], [], False)
    key = spec.layout_inputs(case, state.style)
    if not change.reset and key == state.key:
        redraw = spec.redraw(case, state.style, state.layout, change, state.today)
        if redraw is not None:
            state.case = case
            return _apply_partial(state, redraw)
    previous = None if change.opened else state.layout  # another case: its saved picture
    layout = map_layout(case, state.kind, state.style, key, previous)
    groups = _by_owner(spec.draw(case, state.style, layout, state.today))
    changed = [g for owner, g in groups.items() if state.groups.get(owner) != g]
    removed = [owner for owner in state.groups if owner not in groups]
    state.case, state.key, state.layout, state.groups = case, key, layout, groups
    return MapUpdate(changed, removed, True)


MARKED_RECORDS = ("assignments", "roles", "assessments")
"""Records that change what a person carries on the maps (hours, load, roles)."""
MARKED_REFS = ("main_carer", "regie", "aanspreekpunt")


def with_badge_people(old: Case, new: Case, change: ChangeSet) -> ChangeSet:
    """The change, with the people whose marks may have changed counted as changed people:
    the people of every assignment, role record or instrument result put or deleted (before
    and after), the old and new main carer, regie and aanspreekpunt."""
    people: set[str] = set()
    for collection in MARKED_RECORDS:
        ids = change.changed(collection)
        if not ids:
            continue
        before, after = old.network.records(collection), new.network.records(collection)
        people |= {r.person for r in (before.get(i) for i in ids) if r is not None}
        people |= {r.person for r in (after.get(i) for i in ids) if r is not None}
    refs = [r for r in MARKED_REFS if r in change.refs]
    people |= {t for r in refs for t in (old.network.ref(r), new.network.ref(r)) if t}
    if change.changed("assignments") or "main_carer" in change.refs:
        from ..model.carers import overview  # the counted main carer may move to another

        people |= {p for p in (overview(old.network).main_carer,
                               overview(new.network).main_carer) if p}
    people &= set(new.network.people)
    if people <= change.people:
        return change
    records = {**change.records, "people": change.people | people}
    return replace(change, records=records)


def _apply_partial(state: MapState, redraw: Redraw) -> MapUpdate:
    fresh = _by_owner(redraw.groups)
    changed = [g for owner, g in fresh.items() if state.groups.get(owner) != g]
    removed = [owner for owner in state.groups
               if owner not in fresh and (owner in redraw.owners or owner[0] in redraw.scope)]
    for owner in removed:
        del state.groups[owner]
    state.groups.update(fresh)
    return MapUpdate(changed, removed, False)


def _by_owner(groups: Iterable[Group]) -> dict[Owner, Group]:
    return {g.owner: g for g in sorted(groups, key=lambda g: g.z)}


def with_seen(case: Case, states: Iterable[MapState]) -> Case:
    """``case`` with the placement each state shows stored in its map view (for saving: the
    next layout, ``render`` and the PDF then start from the picture the user saw)."""
    views = case.views
    for state in states:
        seen = map_spec(state.kind).seen(state.layout)
        if seen is not None and state.case.network is case.network:
            views = views.with_view(state.kind,
                                    views.get(state.kind).model_copy(update={"seen": seen}))
    return case if views is case.views else case.model_copy(update={"views": views})
