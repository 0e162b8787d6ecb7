"""One map as a QGraphicsScene, redrawn from the model's change announcements.

The scene asks :func:`map_groups` for the display list, then updates its items by owner:
unchanged groups keep their item, a group that only moved gets ``setPos``, anything else is
replaced. A finished drag becomes one move command (genogram moves pin the person).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from ..i18n import tr
from ..layout.primitives import Group
from ..layout.style import DEFAULT_STYLE, MapStyle
from ..model import ChangeSet, MapKind, Place, Position
from .items import GroupItem, LinkItem, PersonItem
from .maps import map_groups
from .session import CaseSession

BACKGROUND = QColor(DEFAULT_STYLE.background)


class MapScene(QGraphicsScene):
    sig_selection = Signal()
    """The selected people or ties changed."""
    sig_error = Signal(str)
    """Drawing the map failed; the argument is a Dutch message for the status bar."""

    def __init__(self, session: CaseSession, kind: MapKind) -> None:
        super().__init__()
        self.session = session
        self.kind = kind
        self.style: MapStyle = DEFAULT_STYLE
        self.items_by_owner: dict[tuple[str, str], GroupItem] = {}
        self.setBackgroundBrush(BACKGROUND)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._drag_start: dict[str, QPointF] = {}
        self.active = True
        """Only the map on screen redraws at once; the others catch up when shown."""
        self._stale = False
        self.selectionChanged.connect(self.sig_selection)
        session.sig_changed.connect(self._on_changed)
        self.rebuild()

    # -- redraw --------------------------------------------------------------------------
    def _on_changed(self, change: ChangeSet) -> None:
        if change.structural or change.meta or self.kind in change.placed:
            if self.active:
                self.rebuild()
            else:
                self._stale = True

    def set_active(self, active: bool) -> None:
        self.active = active
        if active and self._stale:
            self.rebuild()

    def rebuild(self) -> None:
        self._stale = False
        selected = {item.owner for item in self.selected_group_items()}
        try:
            groups = map_groups(self.session.case, self.kind, self.style)
        except ValueError as err:  # CaseError from the layout, e.g. an ancestry loop
            self.sig_error.emit(str(err))
            return
        self.blockSignals(True)
        new: dict[tuple[str, str], GroupItem] = {}
        for group in groups:
            old = self.items_by_owner.pop(group.owner, None)
            if old is not None and _same_but_position(old.group, group):
                old.group = group
                old.setPos(QPointF(*group.anchor))
                new[group.owner] = old
                continue
            if old is not None:
                self.removeItem(old)
            item = self._make_item(group)
            self.addItem(item)
            new[group.owner] = item
        for old in self.items_by_owner.values():
            self.removeItem(old)
        self.items_by_owner = new
        for owner in selected:
            if owner in new:
                new[owner].setSelected(True)
        self.blockSignals(False)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-200, -200, 200, 200))
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
        """Push one command that places people where they were dropped."""
        pin = self.kind is MapKind.GENOGRAM
        ops = [Place(self.kind, pid, Position(x=round(x, 2), y=round(y, 2), pinned=pin))
               for pid, (x, y) in sorted(targets.items())]
        text = tr("{n} personen verplaatsen", n=len(ops)) if len(ops) > 1 else tr("Verplaatsen")
        if self.session.edit(text, ops, merge_key=merge_key) is not None:
            for pid in targets:  # refused: back to where the model has them
                item = self.items_by_owner.get(("person", pid))
                if item is not None:
                    item.setPos(QPointF(*item.group.anchor))


def _same_but_position(a: Group, b: Group) -> bool:
    return a.owner == b.owner and a.prims == b.prims and a.z == b.z and a.bounds == b.bounds
