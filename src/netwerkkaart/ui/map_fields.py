"""Where a person stands on the ecogram and the netwerkkaart, in the side panel.

Ecogram: the contact category and the closeness (empty: what the relation suggests, shown as
"automatisch: ..."). Netwerkkaart: the ring and the sector, from the case's own lists. Every
change is one edit, the same as dragging the person across a border.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ..i18n import tr
from ..labels import closeness_label, label
from ..model import Cell, MapKind
from ..model.circle_edit import effective_cells
from ..model.ecomap import (
    CLOSENESS_STEPS,
    EcoCategory,
    EcoPlace,
    default_category,
    default_closeness,
)
from ..model.edits import PlaceCell, PlaceEco
from ..model.relations import relations
from .fields import ChoiceField, set_visible_row
from .session import CaseSession


def _category_label(c: EcoCategory) -> str:
    return f"{c.value} – {label(c)}"


class MapPlaceFields(QWidget):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.person_id: str | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, widget: ChoiceField) -> ChoiceField:
            lbl = QLabel(text)
            lbl.setBuddy(widget)
            form.addRow(lbl, widget)
            widget.row_label = lbl  # type: ignore[attr-defined]
            return widget

        self.category = row(tr("Ecogram: groep"), ChoiceField(
            list(EcoCategory), lambda v: self._set_eco("category", v), optional=True,
            labels=_category_label))
        self.closeness = row(tr("Ecogram: nabijheid"), ChoiceField(
            list(range(1, CLOSENESS_STEPS + 1)), lambda v: self._set_eco("closeness", v),
            optional=True, labels=closeness_label))
        self.ring = row(tr("Netwerkkaart: ring"), ChoiceField([], lambda v: self._set_cell(
            "ring", v), optional=True, labels=label))
        self.sector = row(tr("Netwerkkaart: sector"), ChoiceField([], lambda v: self._set_cell(
            "sector", v), optional=True, labels=label))

    def show_person(self, pid: str) -> None:
        self.person_id = pid
        case = self.session.case
        net = case.network
        p = net.people[pid]
        on_maps = not p.is_deceased and p.pregnancy is None and pid != net.client_id
        household = net.household_of(net.client_id) if net.client_id else None
        in_centre = household is not None and pid in household.members
        info = relations(net).get(pid)
        relation = info.relation if info else None
        stored = case.views.ecogram.places.get(pid, EcoPlace())
        auto_cat = default_category(relation, p.kind)
        auto_close = default_closeness(relation)
        self.category.set_value(stored.category)
        self.category.setItemText(0, tr("automatisch: {v}", v=_category_label(auto_cat)))
        self.closeness.set_value(stored.closeness)
        self.closeness.setItemText(0, tr("automatisch: {v}", v=closeness_label(auto_close)))
        for w in (self.category, self.closeness):
            set_visible_row(w, on_maps and not in_centre)
        circle = case.circle
        self.ring.set_codes(list(circle.rings), label)
        self.sector.set_codes(list(circle.sectors), label)
        cell = effective_cells(case).get(pid)
        stored = circle.cells.get(pid)
        if cell is not None:
            self.ring.set_value(stored.ring if stored else None)
            self.sector.set_value(stored.sector if stored else None)
            self.ring.setItemText(0, tr("automatisch: {v}", v=label(cell.ring)))
            self.sector.setItemText(0, tr("automatisch: {v}", v=label(cell.sector)))
        for w in (self.ring, self.sector):
            set_visible_row(w, on_maps and cell is not None)

    def _set_eco(self, field: str, value: Any) -> None:
        if self.person_id is None:
            return
        stored = self.session.case.views.ecogram.places.get(self.person_id, EcoPlace())
        new = stored.model_copy(update={field: value})
        if new != stored:
            self.session.edit(tr("Plaats op het ecogram wijzigen"),
                              [PlaceEco(self.person_id, new)])

    def _set_cell(self, field: str, value: Any) -> None:
        if self.person_id is None:
            return
        cell = effective_cells(self.session.case).get(self.person_id)
        if cell is None:
            return
        if value is None:  # back to where the relation puts them
            if self.person_id in self.session.case.circle.cells:
                self.session.edit(tr("Plaats op de netwerkkaart wijzigen"),
                                  [PlaceCell(self.person_id, None)])
            return
        new = cell.model_copy(update={field: value})
        if new != cell:
            ops = [PlaceCell(self.person_id, Cell(ring=new.ring, sector=new.sector))]
            self.session.edit(tr("Plaats op de netwerkkaart wijzigen"), ops)


__all__ = ["MapKind", "MapPlaceFields"]
