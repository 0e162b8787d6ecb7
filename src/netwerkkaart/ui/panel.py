"""The side panel: edit the selected person or tie, or the case when nothing is selected.

Every change goes through ``session.edit`` as one undo command; the panel refreshes itself
from the model whenever the model announces a change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..labels import person_relation, relation_choice_label
from ..model import (
    CaseMeta,
    MapKind,
    Network,
    Person,
    PersonKind,
    Pregnancy,
    Profession,
    Put,
    SetMeta,
    Sex,
    SexAtBirth,
)
from ..model.dates import DateError, display, parse_display
from ..model.edits import make_client_ops
from ..model.relations import RelationCode
from .care_form import CareSituationFields
from .fields import (
    CheckField,
    ChoiceField,
    ExtensibleChoiceField,
    NotesField,
    TextField,
    error_style,
    set_visible_row,
)
from .map_fields import MapPlaceFields
from .moments import MomentList
from .scene import MapScene
from .session import CaseSession
from .tie_form import TieForm


def _form() -> tuple[QWidget, QFormLayout]:
    page = QWidget()
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: narrow panel
    return page, form


def _add_row(form: QFormLayout, text: str, widget: QWidget) -> QWidget:
    lbl = QLabel(text)
    lbl.setBuddy(widget)
    form.addRow(lbl, widget)
    widget.row_label = lbl  # type: ignore[attr-defined]
    return widget


def field_rows(net: Network, pid: str) -> dict[str, bool]:
    """Which of the person form's rows fit this person: an organisation has no sex, birth,
    death or pregnancy; a professional no pregnancy or sex at birth; a pregnancy, miscarriage
    or stillbirth is only asked of a family member without a partner or children of their
    own (and never of the client). A row that holds a value (a birth date, a pregnancy)
    shows, so it can be cleared."""
    p = net.people[pid]
    organisation = p.kind is PersonKind.ORGANISATION
    formal = p.kind in (PersonKind.PROFESSIONAL, PersonKind.ORGANISATION,
                        PersonKind.VOLUNTEER_ORGANISED)
    has_family = any(t.a == pid or t.b == pid for t in net.partnerships()) or any(
        t.a == pid for t in net.parent_links())
    may_be_pregnancy = (p.kind is PersonKind.FAMILY and not net.is_client(pid)
                        and not has_family and not p.is_deceased)
    return {
        "sex": not organisation,
        "birth": not organisation or p.birth is not None,
        "deceased": not organisation or p.is_deceased,
        "death": p.is_deceased,
        "profession": p.kind is PersonKind.PROFESSIONAL,
        "organisation": formal,
        "pregnancy": may_be_pregnancy or p.pregnancy is not None,
        "sex_at_birth": not formal or p.sex_at_birth is not None,
    }


class PersonForm(QWidget):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.person_id: str | None = None
        self.map_kind = MapKind.GENOGRAM
        """The map on screen: its pin is the one the Losmaken button shows and clears."""
        page, form = _form()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        lay.addWidget(self.title)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        lay.addWidget(page)
        def field(name: str, widget: QWidget, text: str) -> Any:
            self.fields[name] = widget
            return _add_row(form, text, widget)

        def setter(name: str) -> Any:
            return lambda v: self._set(name, v)

        self.fields: dict[str, QWidget] = {}
        self.name = field("name", TextField(lambda v: self._set("name", v.strip())), tr("&Naam"))
        self.sex = field("sex", ChoiceField(list(Sex), setter("sex")), tr("&Geslacht"))
        self.birth = field("birth", TextField(lambda v: self._set_date("birth", v),
                                              tr("bijv. 12-03-1944 of 1944")), tr("G&eboren"))
        self.deceased = field("deceased", CheckField(tr("&Overleden"), setter("deceased")), "")
        self.death = field("death", TextField(lambda v: self._set_date("death", v),
                                              tr("datum of jaar")), tr("Over&leden op"))
        self.kind = field("kind", ChoiceField(list(PersonKind), setter("kind")), tr("&Soort"))
        self.relation = field("relation", ExtensibleChoiceField(
            [c for c in RelationCode if c is not RelationCode.SELF], setter("relation"),
            optional=True, labels=relation_choice_label), tr("Relatie tot de cliënt"))
        self.relation.setToolTip(tr("Leeg laten: Netwerkkaart leidt de relatie af uit het "
                                    "genogram of uit de soort. Kies of typ om zelf te bepalen."))
        self.profession = field("profession", ExtensibleChoiceField(
            list(Profession), setter("profession"), optional=True,
            placeholder=tr("kies of typ een beroep")), tr("Beroep"))
        self.organisation = field("organisation", TextField(
            lambda v: self._set("organisation", v.strip())), tr("Org&anisatie"))
        self.phone = field("phone", TextField(lambda v: self._set("phone", v.strip()),
                                              tr("bijv. 06 12345678")), tr("Telefoon"))
        self.email = field("email", TextField(lambda v: self._set("email", v.strip())),
                           tr("E-mail"))
        self.pregnancy = field("pregnancy", ChoiceField(list(Pregnancy), setter("pregnancy"),
                                                        optional=True), tr("Zwangers&chap"))
        self.sex_at_birth = field("sex_at_birth", ChoiceField(
            list(SexAtBirth), setter("sex_at_birth"), optional=True), tr("Geslacht bij geboorte"))
        self.places = MapPlaceFields(session)
        form.addRow(self.places)
        self.notes = field("notes", NotesField(setter("notes")), tr("No&tities"))
        self.make_client = QPushButton(tr("Maak cliënt"))
        self.make_client.setToolTip(tr("Maak deze persoon de cliënt van de casus"))
        self.make_client.clicked.connect(self._make_client)
        form.addRow(self.make_client)
        self.unpin = QPushButton(tr("Losmaken"))
        self.unpin.setToolTip(tr("Deze persoon weer automatisch laten plaatsen"))
        self.unpin.clicked.connect(self._unpin)
        form.addRow(self.unpin)

    def show_person(self, pid: str, keep_error: bool = False) -> None:
        self.person_id = pid
        p = self.session.case.network.people[pid]
        is_client = self.session.case.network.is_client(pid)
        self.title.setText(tr("Cliënt") if is_client else tr("Persoon"))
        self.name.set_value(p.name)
        self.sex.set_value(p.sex)
        self.birth.set_value(display(p.birth))
        self.deceased.set_value(p.is_deceased)
        self.death.set_value(display(p.death))
        self.kind.set_value(p.kind)
        self.relation.set_value(p.relation)
        derived = person_relation(self.session.case.network, pid) if p.relation is None else ""
        self.relation.lineEdit().setPlaceholderText(
            tr("{word} (automatisch)", word=derived) if derived else "")
        set_visible_row(self.relation, not is_client)
        self.profession.set_value(p.profession)
        self.organisation.set_value(p.organisation)
        self.phone.set_value(p.phone)
        self.email.set_value(p.email)
        self.pregnancy.set_value(p.pregnancy)
        self.sex_at_birth.set_value(p.sex_at_birth)
        self.notes.set_value(p.notes)
        self.places.show_person(pid)
        for row, shown in field_rows(self.session.case.network, pid).items():
            set_visible_row(getattr(self, row), shown)
        self.make_client.setVisible(not is_client)
        pos = self.session.case.view(self.map_kind).positions.get(pid)
        self.unpin.setVisible(bool(pos and pos.pinned))
        if not keep_error:
            self._show_error("")

    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        """Say what is wrong right under the title, and mark the field that caused it."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        for w in self.fields.values():
            error_style(w, w is field and bool(text))

    def _person(self) -> Person | None:
        return self.session.case.network.people.get(self.person_id or "")

    def _set(self, field: str, value: Any) -> None:
        p = self._person()
        if p is None or getattr(p, field) == value:
            return
        data = p.model_dump()
        data[field] = value
        if field == "deceased" and not value:
            data["death"] = None
        new = Person.model_validate(data)
        refusal = self.session.edit(tr("Persoon wijzigen"), [Put("people", new)])
        if refusal is not None:
            self._refused(refusal.problem.message, refusal.field or field)
        else:
            self._show_error("")

    def _set_date(self, field: str, text: str) -> None:
        try:
            value = parse_display(text)
        except DateError as err:
            self._refused(str(err), field)
            return
        self._set(field, value)

    def _refused(self, message: str, field: str) -> None:
        """Show the model's reason, mark the field and put back what was there."""
        widget = self.fields.get(field)
        self._show_error(tr("{reason} Er is niets gewijzigd.", reason=message), widget)
        if self.person_id:
            self.show_person(self.person_id, keep_error=True)

    def _make_client(self) -> None:
        if self.person_id:
            self.session.edit(tr("Cliënt aanwijzen"),
                              make_client_ops(self.session.case, self.person_id))

    def _unpin(self) -> None:
        from ..model import Place

        if self.person_id:
            self.session.edit(tr("Losmaken"), [Place(self.map_kind, self.person_id, None)])


class CaseForm(QWidget):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        page, form = _form()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("Casus"))
        title.setObjectName("panelTitle")
        lay.addWidget(title)
        lay.addWidget(page)
        self.client = QLabel()
        self.client.setWordWrap(True)
        form.addRow(tr("Cliënt"), self.client)
        def setter(name: str) -> Any:
            return lambda v: self._set(name, v)

        self.reference = _add_row(form, tr("K&enmerk"), TextField(setter("reference")))
        self.professional = _add_row(form, tr("Pr&ofessional"), TextField(setter("professional")))
        self.organisation = _add_row(form, tr("Or&ganisatie"), TextField(setter("organisation")))
        self.date = _add_row(form, tr("Da&tum gesprek"),
                             TextField(self._set_date, tr("bijv. 16-11-2026")))
        present = QWidget()
        row = QHBoxLayout(present)
        row.setContentsMargins(0, 0, 0, 0)
        self.present = QLabel()
        self.present.setWordWrap(True)
        self.present_button = QPushButton(tr("Kiezen…"))
        self.present_button.setToolTip(tr("Wie zaten er aan tafel bij het gesprek?"))
        self.present_button.clicked.connect(self._choose_present)
        row.addWidget(self.present, 1)
        row.addWidget(self.present_button)
        form.addRow(tr("Aanwezig"), present)
        self.notes = _add_row(form, tr("&Notities"), NotesField(setter("notes")))
        self.moments = MomentList(session)
        form.addRow(tr("Momentopnames"), self.moments)
        self.care = CareSituationFields(session)
        form.addRow(self.care)
        self.hint = QLabel(tr("Klik op een persoon of relatie om die te bewerken. "
                              "Sleep om te verplaatsen; Ctrl+muiswiel zoomt."))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hintText")
        form.addRow(self.hint)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        form.addRow(self.error)

    def set_read_only(self, read_only: bool) -> None:
        """While a moment is shown its fields are for reading; the snapshot list stays."""
        for w in (self.reference, self.professional, self.organisation, self.date,
                  self.present_button, self.notes, self.care):
            w.setEnabled(not read_only)

    def refresh(self) -> None:
        meta = self.session.case.meta
        client = self.session.case.network.client()
        self.client.setText(client.name if client and client.name else tr("(nog geen naam)"))
        self.reference.set_value(meta.reference)
        self.professional.set_value(meta.professional)
        self.organisation.set_value(meta.organisation)
        self.date.set_value(display(meta.conversation_date))
        self.notes.set_value(meta.notes)
        net = self.session.case.network
        names = [net.people[r.person].name or tr("(naamloos)")
                 for r in net.records("present").values() if r.person in net.people]
        self.present.setText(", ".join(names) if names else tr("(niet vastgelegd)"))
        self.care.refresh()
        self.moments.refresh()

    def _choose_present(self) -> None:
        from .dialogs import PresentDialog

        dialog = PresentDialog(self.session.case, self)
        if dialog.exec():
            self.session.edit(tr("Aanwezigen bij het gesprek"), dialog.ops())

    def _set(self, field: str, value: Any) -> None:
        meta = self.session.case.meta
        if getattr(meta, field) != value:
            new = CaseMeta.model_validate({**meta.model_dump(), field: value})
            self.session.edit(tr("Casusgegevens wijzigen"), [SetMeta(new)])

    def _set_date(self, text: str) -> None:
        try:
            value = parse_display(text)
        except DateError as err:
            self.error.setText(str(err))
            self.date.set_value(display(self.session.case.meta.conversation_date))
            return
        self.error.clear()
        self._set("conversation_date", value)


class SidePanel(QScrollArea):
    """Shows the editor that fits the current selection of the active map."""

    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.scene: MapScene | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(320)
        self.stack = QStackedWidget()
        self.case_form = CaseForm(session)
        self.person_form = PersonForm(session)
        self.tie_form = TieForm(session)
        self.many = QLabel()
        self.many.setWordWrap(True)
        self.many.setContentsMargins(12, 12, 12, 12)
        self.many.setAlignment(Qt.AlignmentFlag.AlignTop)
        for w in (self.case_form, self.person_form, self.tie_form, self.many):
            self.stack.addWidget(w)
        self.setWidget(self.stack)
        session.sig_changed.connect(self._on_changed)
        session.sig_viewing.connect(self._viewing)

    def _viewing(self) -> None:
        read_only = self.session.viewing is not None
        self.person_form.setEnabled(not read_only)
        self.tie_form.setEnabled(not read_only)
        self.case_form.set_read_only(read_only)

    def _on_changed(self, _change: object) -> None:
        self.refresh()

    def follow(self, scene: MapScene) -> None:
        if self.scene is not None:
            self.scene.sig_selection.disconnect(self.refresh)
        self.scene = scene
        self.person_form.map_kind = scene.kind
        scene.sig_selection.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        people = self.scene.selected_people() if self.scene else []
        ties = self.scene.selected_ties() if self.scene else []
        net = self.session.case.network
        people = [p for p in people if p in net.people]
        ties = [t for t in ties if t in net.ties]
        if len(people) == 1 and not ties:
            self.person_form.show_person(people[0])
            self.stack.setCurrentWidget(self.person_form)
        elif len(ties) == 1 and not people:
            self.tie_form.show_tie(ties[0])
            self.stack.setCurrentWidget(self.tie_form)
        elif people or ties:
            self.many.setText(tr("{n} personen en {m} relaties geselecteerd.\n\n"
                                 "Verbinden (C) werkt met precies twee personen; "
                                 "Delete verwijdert de selectie.", n=len(people), m=len(ties)))
            self.stack.setCurrentWidget(self.many)
        else:
            self.case_form.refresh()
            self.stack.setCurrentWidget(self.case_form)
