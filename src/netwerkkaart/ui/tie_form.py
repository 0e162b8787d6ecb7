"""Editor for one selected tie: its kind-specific attributes, direction and notes."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..labels import label
from ..model import (
    EmotionalKind,
    EmotionalTie,
    EnergyDirection,
    ParentChildKind,
    ParentChildTie,
    PartnershipStatus,
    PartnershipTie,
    Put,
    SupportStrength,
    SupportTie,
    SupportType,
    Tie,
)
from ..model.dates import DateError, display, parse_display
from .fields import ChoiceField, NotesField, TextField, set_visible_row
from .session import CaseSession

_tie_adapter: TypeAdapter[Any] = TypeAdapter(Tie)


class TieForm(QWidget):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.tie_id: str | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.between = QLabel()
        self.between.setWordWrap(True)
        self.between.setContentsMargins(9, 0, 9, 0)
        lay.addWidget(self.between)
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        lay.addWidget(page)

        def row(text: str, w: QWidget) -> QWidget:
            lbl = QLabel(text)
            lbl.setBuddy(w)
            form.addRow(lbl, w)
            w.row_label = lbl  # type: ignore[attr-defined]
            return w

        def setter(name: str) -> Any:
            return lambda v: self._set(name, v)

        def date_setter(name: str) -> Any:
            return lambda v: self._set_date(name, v)

        self.status = row(tr("&Status"), ChoiceField(list(PartnershipStatus), setter("status")))
        self.start = row(tr("Begin (h./s.)"),
                         TextField(date_setter("start"), tr("datum of jaar")))
        self.end = row(tr("Einde (g.)"), TextField(date_setter("end"), tr("datum of jaar")))
        self.parent_kind = row(tr("&Soort"),
                               ChoiceField(list(ParentChildKind), setter("relation")))
        self.emotional = row(tr("&Soort"), ChoiceField(list(EmotionalKind), setter("relation")))
        self.strength = row(tr("Kw&aliteit"),
                            ChoiceField(list(SupportStrength), setter("strength")))
        self.direction = row(tr("R&ichting"),
                             ChoiceField(list(EnergyDirection), setter("direction")))
        types = QWidget()
        tl = QHBoxLayout(types)
        tl.setContentsMargins(0, 0, 0, 0)
        self.type_boxes: dict[SupportType, QCheckBox] = {}
        for st in SupportType:
            box = QCheckBox(st.value)
            box.setToolTip(label(st))
            box.clicked.connect(self._types_changed)
            tl.addWidget(box)
            self.type_boxes[st] = box
        self.types = row(tr("Steun"), types)
        self.swap = QPushButton(tr("Richting omdraaien"))
        self.swap.clicked.connect(self._swap)
        form.addRow(self.swap)
        self.notes = row(tr("No&tities"), NotesField(lambda v: self._set("notes", v)))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        form.addRow(self.error)

    def show_tie(self, tie_id: str) -> None:
        self.tie_id = tie_id
        net = self.session.case.network
        t = net.ties[tie_id]
        a, b = net.people[t.a].name or tr("(naamloos)"), net.people[t.b].name or tr("(naamloos)")
        self.title.setText(label(t.kind))
        if isinstance(t, ParentChildTie):
            self.between.setText(tr("{a} is ouder van {b}", a=a, b=b))
        elif isinstance(t, EmotionalTie) and t.relation.directed:
            self.between.setText(tr("Van {a} naar {b}", a=a, b=b))
        else:
            self.between.setText(tr("{a} en {b}", a=a, b=b))
        for w in (self.status, self.start, self.end, self.parent_kind, self.emotional,
                  self.strength, self.direction, self.types):
            set_visible_row(w, False)
        self.swap.setVisible(False)
        if isinstance(t, PartnershipTie):
            for w in (self.status, self.start, self.end):
                set_visible_row(w, True)
            self.status.set_value(t.status)
            self.start.set_value(display(t.start))
            self.end.set_value(display(t.end))
        elif isinstance(t, ParentChildTie):
            set_visible_row(self.parent_kind, True)
            self.parent_kind.set_value(t.relation)
            self.swap.setVisible(True)
        elif isinstance(t, EmotionalTie):
            set_visible_row(self.emotional, True)
            self.emotional.set_value(t.relation)
            self.swap.setVisible(t.relation.directed)
        elif isinstance(t, SupportTie):
            for w in (self.strength, self.direction, self.types):
                set_visible_row(w, True)
            self.strength.set_value(t.strength)
            names = {EnergyDirection.A_TO_B: tr("Van {a} naar {b}", a=a, b=b),
                     EnergyDirection.B_TO_A: tr("Van {b} naar {a}", a=a, b=b)}
            for i, code in enumerate(self.direction.codes):
                if isinstance(code, EnergyDirection):
                    self.direction.setItemText(i, names.get(code, label(code)))
            self.direction.set_value(t.direction)
            for st, box in self.type_boxes.items():
                box.setChecked(st in t.support_types)
        self.notes.set_value(t.notes)
        self.error.clear()

    def _set(self, field: str, value: Any) -> None:
        t = self.session.case.network.ties.get(self.tie_id or "")
        if t is None or getattr(t, field) == value:
            return
        new = _tie_adapter.validate_python({**t.model_dump(), field: value})
        self._edit(tr("Relatie wijzigen"), new, field)

    def _edit(self, text: str, new: Any, field: str) -> None:
        refusal = self.session.edit(text, [Put("ties", new)])
        if refusal is None:
            self.error.clear()
            return
        self._refused(refusal.problem.message, refusal.field or field)

    def _refused(self, message: str, field: str) -> None:
        text = tr("{reason} Er is niets gewijzigd.", reason=message)
        if self.tie_id:
            self.show_tie(self.tie_id)  # the stored values again
        self.error.setText(text)

    def _set_date(self, field: str, text: str) -> None:
        try:
            value = parse_display(text)
        except DateError as err:
            self._refused(str(err), field)
            return
        self._set(field, value)

    def _types_changed(self) -> None:
        chosen = tuple(st for st, box in self.type_boxes.items() if box.isChecked())
        self._set("support_types", chosen)

    def _swap(self) -> None:
        t = self.session.case.network.ties.get(self.tie_id or "")
        if t is not None:
            new = t.model_copy(update={"a": t.b, "b": t.a})
            self._edit(tr("Richting omdraaien"), new, "a")
