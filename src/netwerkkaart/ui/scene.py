"""One map as a QGraphicsScene: it shows what the Qt-free map registry draws.

The scene holds the registry's :class:`~netwerkkaart.layout.registry.MapState` for its map.
When the model announces a change set, :func:`~netwerkkaart.layout.registry.update_state`
says exactly which groups changed and which went; the scene touches only those items (a group
that only moved gets ``setPos``). A change the map does not draw touches nothing, a rename
replaces one item, and only a change of the layout's inputs runs the layout again.

A finished drag becomes one edit: what a drop means is the registry's answer
(:meth:`~netwerkkaart.layout.registry.MapSpec.drop`); the scene only sends it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from ..analysis.compare import Comparison
from ..i18n import tr
from ..layout.compare_view import comparison_drawing
from ..layout.primitives import Group
from ..layout.registry import (
    FRESH,
    MapLayout,
    MapState,
    MapUpdate,
    draw_state,
    map_spec,
    update_state,
)
from ..layout.style import DEFAULT_STYLE, MapStyle
from ..model import CaseError, ChangeSet, MapKind
from .items import GroupItem, LinkItem, PersonItem
from .session import CaseSession

BACKGROUND = QColor(DEFAULT_STYLE.background)


class MapScene(QGraphicsScene):
    sig_selection = Signal()
    """The selected people or ties changed."""
    sig_error = Signal(str)
    """Drawing the map failed or needs a word; the argument is a Dutch status message."""

    def __init__(self, session: CaseSession, kind: MapKind, active: bool = True) -> None:
        super().__init__()
        self.session = session
        self.kind = kind
        self.style: MapStyle = DEFAULT_STYLE
        self.state: MapState | None = None
        self.items_by_owner: dict[tuple[str, str], GroupItem] = {}
        self.setBackgroundBrush(BACKGROUND)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._drag_start: dict[str, QPointF] = {}
        self.active = active
        """Only the map on screen redraws at once; the others catch up when shown (and a
        map not on screen is first drawn when it is: opening a case lays out one map)."""
        self._stale = not active
        self._opened = False
        self.selectionChanged.connect(self.sig_selection)
        session.sig_changed.connect(self._on_changed)
        if active:
            self.rebuild()

    # -- redraw --------------------------------------------------------------------------
    def _on_changed(self, change: ChangeSet) -> None:
        if not self.active:
            self._stale = True
            self._opened |= change.opened
            return
        self._update(change)

    def set_active(self, active: bool) -> None:
        self.active = active
        if active:
            self.catch_up()

    def catch_up(self) -> None:
        """Draw what changed while this map was not on screen (e.g. before saving)."""
        if self._stale:
            self._stale = False
            opened, self._opened = self._opened, False
            self._update(ChangeSet(reset=True, opened=opened))

    def rebuild(self, fresh: bool = False) -> None:
        """Draw the whole map from the model (first show, another style; ``fresh``: lay it
        out anew, ignoring the previous picture)."""
        self._stale = False
        previous = FRESH if fresh else (self.state.layout if self.state else None)
        try:
            viewing = self.session.viewing
            if viewing is not None and viewing.compare is not None:
                state = compare_state(viewing.compare, self.kind, self.style, previous)
            else:
                state = draw_state(self.session.case, self.kind, self.style, previous=previous)
        except CaseError as err:  # e.g. an ancestry loop in a file from elsewhere
            self.sig_error.emit(str(err))
            return
        self.state = state
        removed = [owner for owner in self.items_by_owner if owner not in state.groups]
        self._apply(MapUpdate(list(state.groups.values()), removed, True))

    def _update(self, change: ChangeSet) -> None:
        viewing = self.session.viewing
        if self.state is None or (viewing is not None and viewing.compare is not None):
            self.rebuild()
            return
        try:
            update = update_state(self.state, self.session.case, change)
        except CaseError as err:
            self.sig_error.emit(str(err))
            return
        self._apply(update)

    def _apply(self, update: MapUpdate) -> None:
        if update.empty:
            return
        reselect = False
        self.blockSignals(True)
        for owner in update.removed:
            item = self.items_by_owner.pop(owner, None)
            if item is not None:
                reselect |= item.isSelected()
                self.removeItem(item)
        for group in update.changed:
            old = self.items_by_owner.get(group.owner)
            if old is not None and _same_but_position(old.group, group):
                old.group = group
                old.setPos(QPointF(*group.anchor))
                continue
            selected = False
            if old is not None:
                selected = old.isSelected()
                self.removeItem(old)
            item = self._make_item(group)
            self.addItem(item)
            item.setSelected(selected)
            self.items_by_owner[group.owner] = item
        self.blockSignals(False)
        if update.relayout:
            self.setSceneRect(self.itemsBoundingRect().adjusted(-200, -200, 200, 200))
            for warning in self.state.layout.warnings if self.state else ():
                self.sig_error.emit(warning)
        if reselect:
            self.sig_selection.emit()

    def set_style(self, style: MapStyle) -> None:
        """Draw with another style (e.g. the NSGC slash for the deceased)."""
        if style != self.style:
            self.style = style
            self.rebuild()

    def _make_item(self, group: Group) -> GroupItem:
        if group.owner[0] == "person":
            return PersonItem(group)
        return LinkItem(group)

    # -- selection -----------------------------------------------------------------------
    def selected_group_items(self) -> list[GroupItem]:
        return [i for i in self.selectedItems() if isinstance(i, GroupItem)]

    def selected_people(self) -> list[str]:
        return [i.owner[1] for i in self.selected_group_items() if i.owner[0] == "person"]

    def selected_ties(self) -> list[str]:
        return [i.owner[1] for i in self.selected_group_items() if i.owner[0] == "tie"]

    def select_only(self, owners: list[tuple[str, str]]) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for owner in owners:
            item = self.items_by_owner.get(owner)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)
        self.sig_selection.emit()

    # -- dragging ------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        self._drag_start = {i.person_id: i.pos() for i in self.selectedItems()
                            if isinstance(i, PersonItem)}

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        moved = {pid: self.items_by_owner[("person", pid)].pos()
                 for pid, start in self._drag_start.items()
                 if ("person", pid) in self.items_by_owner
                 and self.items_by_owner[("person", pid)].pos() != start}
        self._drag_start = {}
        if moved:
            self.move_people({pid: (p.x(), p.y()) for pid, p in moved.items()})

    def move_people(self, targets: dict[str, tuple[float, float]],
                    merge_key: str | None = None) -> None:
        """Send the edit the map gives for dropping people at these points."""
        if self.state is None:
            return
        ops = map_spec(self.kind).drop(self.session.case, self.state.layout, targets)
        if not ops:
            self._snap_back(targets)
            if self.kind is MapKind.NETWERKKAART:
                self.sig_error.emit(tr("Binnen een ring en sector kiest Netwerkkaart de plek "
                                       "(zelf kiezen: vastzetten met Ctrl+L)."))
            return
        n = len(targets)
        text = tr("{n} personen verplaatsen", n=n) if n > 1 else tr("Verplaatsen")
        self.session.edit(text, ops, merge_key=merge_key)
        self._snap_back(targets)  # where the model has them now (refused: where they were)

    def _snap_back(self, targets: dict[str, tuple[float, float]]) -> None:
        for pid in targets:
            item = self.items_by_owner.get(("person", pid))
            if item is not None:
                item.setPos(QPointF(*item.group.anchor))


def compare_state(cmp: Comparison, kind: MapKind, style: MapStyle,
                  previous: MapLayout | None) -> MapState:
    """The comparison view of a map, as a state the scene shows like any other."""
    groups, layout, case = comparison_drawing(cmp, kind, style, previous=previous)
    return MapState(kind, style, None, case, None, layout,
                    {g.owner: g for g in sorted(groups, key=lambda g: g.z)})


def _same_but_position(a: Group, b: Group) -> bool:
    return a.owner == b.owner and a.prims == b.prims and a.z == b.z and a.bounds == b.bounds
