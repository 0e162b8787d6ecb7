"""Beeld > Ringen en sectoren: the netwerkkaart's own rings and sectors for this case.

Two lists: rename (double-click or F2), add, move up or down, remove, or go back to the Dutch
defaults. On OK the model gets one edit; when a removed ring or sector still holds people, the
dialog first asks where they go.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..labels import label
from ..model import Custom, RingCode, SectorCode
from ..model.circle import DEFAULT_RINGS, DEFAULT_SECTORS
from ..model.circle_edit import Entry, circle_change_ops, removed_with_people
from .dialogs import ok_cancel
from .session import CaseSession

WAS = Qt.ItemDataRole.UserRole + 1


class EntryList(QWidget):
    """One editable list of rings or sectors, remembering what each entry was."""

    def __init__(self, title: str, values: Sequence[Any], codes: type,
                 defaults: Sequence[Any]) -> None:
        super().__init__()
        self.codes = codes
        self.defaults = list(defaults)
        self.was: dict[int, Any] = {}
        self._next = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(f"<b>{title}</b>"))
        self.list = QListWidget()
        self.list.setMinimumHeight(200)
        lay.addWidget(self.list)
        buttons = QGridLayout()
        for i, (text, slot) in enumerate([(tr("Toevoegen"), self.add),
                                          (tr("Verwijderen"), self.remove),
                                          (tr("Omhoog"), lambda: self.move(-1)),
                                          (tr("Omlaag"), lambda: self.move(1))]):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button, i // 2, i % 2)
        lay.addLayout(buttons)
        self._fill([(v, v) for v in values])

    def _fill(self, pairs: Sequence[tuple[Any, Any]]) -> None:
        self.list.clear()
        self.was.clear()
        for value, was in pairs:
            self._append(label(value), was)

    def _append(self, text: str, was: Any) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._next += 1
        key = self._next
        self.was[key] = was
        item.setData(WAS, key)
        self.list.addItem(item)
        return item

    def add(self) -> None:
        item = self._append(tr("Nieuw"), None)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0 and self.list.count() > 1:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def restore_defaults(self) -> None:
        """The Dutch defaults, keeping whatever ring or sector each one was."""
        current = {self.was[self.list.item(i).data(WAS)] for i in range(self.list.count())}
        self._fill([(v, v if v in current else None) for v in self.defaults])

    def entries(self) -> list[Entry]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            text = " ".join(item.text().split())
            was = self.was[item.data(WAS)]
            out.append(Entry(self._value(text, was), was))
        return out

    def _value(self, text: str, was: Any) -> Any:
        if was is not None and text == label(was):
            return was
        for code in self.codes:
            if label(code).casefold() == text.casefold():
                return code
        return Custom(custom=text or tr("Zonder naam"))


class CircleDialog(QDialog):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Ringen en sectoren van de netwerkkaart"))
        circle = session.case.circle
        lay = QVBoxLayout(self)
        intro = QLabel(tr("De ringen zeggen hoe dichtbij iemand staat (binnen het dichtst "
                          "bij), de sectoren over welk deel van het leven het gaat. "
                          "Dubbelklik om een naam te wijzigen."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lists = QHBoxLayout()
        self.rings = EntryList(tr("Ringen (van binnen naar buiten)"), circle.rings, RingCode,
                               DEFAULT_RINGS)
        self.sectors = EntryList(tr("Sectoren (met de klok mee vanaf boven)"), circle.sectors,
                                 SectorCode, DEFAULT_SECTORS)
        lists.addWidget(self.rings)
        lists.addWidget(self.sectors)
        lay.addLayout(lists)
        defaults = QPushButton(tr("Standaard herstellen"))
        defaults.clicked.connect(self._defaults)
        lay.addWidget(defaults, alignment=Qt.AlignmentFlag.AlignLeft)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        lay.addWidget(ok_cancel(self))
        self.setMinimumWidth(620)

    def _defaults(self) -> None:
        self.rings.restore_defaults()
        self.sectors.restore_defaults()

    def accept(self) -> None:
        rings, sectors = self.rings.entries(), self.sectors.entries()
        ring_people, sector_people = removed_with_people(self.session.case, rings, sectors)
        ring_target = sector_target = None
        if ring_people:
            ring_target = self._ask([e.value for e in rings], ring_people, tr("ring"))
            if ring_target is False:
                return
        if sector_people:
            sector_target = self._ask([e.value for e in sectors], sector_people,
                                      tr("sector"))
            if sector_target is False:
                return
        ops = circle_change_ops(self.session.case, rings, sectors, ring_target, sector_target)
        refusal = self.session.edit(tr("Ringen en sectoren wijzigen"), ops)
        if refusal is not None:
            self.error.setText(str(refusal))
            return
        super().accept()

    def _ask(self, choices: list[Any], removed: dict[Any, list[str]], what: str) -> Any:
        """Where the people of removed rings or sectors go; False when the user cancels."""
        people = self.session.case.network.people
        ids = [pid for pids in removed.values() for pid in pids]
        who = ", ".join((people[pid].name or tr("(naamloos)")) for pid in ids[:4])
        if len(ids) > 4:
            who += tr(" en nog {n}", n=len(ids) - 4)
        names = ", ".join(label(v) for v in removed)
        question = (tr("{who} staat in {names}. Naar welke {what} gaat die?",
                       who=who, names=names, what=what) if len(ids) == 1 else
                    tr("{who} staan in {names}. Naar welke {what} gaan zij?",
                       who=who, names=names, what=what))
        labels = [label(v) for v in choices]
        text, ok = QInputDialog.getItem(self, tr("Waar naartoe?"), question, labels, 0, False)
        if not ok:
            return False
        return choices[labels.index(text)]
