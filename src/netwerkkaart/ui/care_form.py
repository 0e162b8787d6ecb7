"""The care situation and the consent, in the case panel (shown when nothing is selected).

Condition(s), care need, since when and where the client lives; who has the regie, who is the
aanspreekpunt (with phone and e-mail) and who is the main carer (counted, or chosen); and the
AVG consent: to keeping this record and to sharing the PDF, when and by whom. Every change is
one undo step through ``session.edit``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ..i18n import tr
from ..labels import label, person_relation
from ..model.care import CareSituation, Condition, Consent, Residence
from ..model.carers import overview
from ..model.dates import DateError, display, in_future, parse_display
from ..model.edits import SetPart, SetRef
from .fields import CheckField, ChoiceField, NotesField, TextField, error_label, error_style
from .session import CaseSession


def _yes_no(value: bool) -> str:
    return tr("Ja") if value else tr("Nee")


def _two_lines(text: str, longest: int = 26) -> str:
    """A check box does not wrap: break a long label once, at the space nearest its middle."""
    if len(text) <= longest or " " not in text:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


def contact_line(session: CaseSession, pid: str | None) -> str:
    """Phone and e-mail of a person, or a hint where to fill them in."""
    person = session.case.network.people.get(pid or "")
    if person is None:
        return ""
    bits = [b for b in (person.phone, person.email) if b]
    return " · ".join(bits) if bits else tr("Nog geen telefoon of e-mail: klik op de persoon "
                                            "om die in te vullen.")


def _renamed_only(old: tuple[object, ...], new: tuple[object, ...], living: list[str],
                  codes: list[object]) -> list[str] | None:
    """The people whose name alone changed, when nothing else did (same ties, client and
    people in the same order, alive as before); None: the whole list must be rebuilt."""
    if len(old) != 3 or old[1] is not new[1] or old[2] != new[2]:
        return None
    before, after = old[0], new[0]
    assert isinstance(before, dict) and isinstance(after, dict)
    if list(before) != list(after) or [c for c in codes if c is not None] != living:
        return None
    changed = [pid for pid in after if after[pid] is not before[pid]]
    for pid in changed:
        a, b = before[pid], after[pid]
        if a.model_copy(update={"name": b.name}) != b:
            return None  # more than the name (a kind, a death): rebuild
    return changed


class CareSituationFields(QWidget):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self._people_key: tuple[object, ...] = ()
        self._carer_choices: tuple[object, ...] = ()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def heading(text: str) -> None:
            lbl = QLabel(text)
            lbl.setObjectName("sectionTitle")
            form.addRow(lbl)

        def row(text: str, widget: QWidget) -> Any:
            lbl = QLabel(text)
            lbl.setWordWrap(True)  # a narrow panel: long labels take two lines
            lbl.setBuddy(widget)
            form.addRow(lbl, widget)
            return widget

        heading(tr("Zorgsituatie"))
        form.addRow(QLabel(tr("Aandoening of beperking")))
        self.conditions: dict[Condition, CheckField] = {}
        for cond in Condition:
            box = CheckField(_two_lines(label(cond)),
                             lambda on, c=cond: self._toggle_condition(c, on))
            self.conditions[cond] = box
            form.addRow(box)
        self.need = row(tr("Zorgvraag"), NotesField(lambda v: self._set_care(need=v)))
        self.since = row(tr("Zorg nodig sinds"), TextField(self._set_since,
                                                           tr("bijv. 2023 of 03-2023")))
        self.residence = row(tr("Woonsituatie"), ChoiceField(
            list(Residence), lambda v: self._set_care(residence=v), optional=True))
        self.regie = row(tr("Regie bij"), ChoiceField(
            [], lambda v: self._set_ref("regie", v), optional=True, labels=self._name))
        self.regie.setToolTip(tr("Wie houdt de regie over de zorg: de cliënt zelf, een "
                                 "naaste of een professional?"))
        self.aanspreekpunt = row(tr("Aanspreekpunt"), ChoiceField(
            [], lambda v: self._set_ref("aanspreekpunt", v), optional=True, labels=self._name))
        self.contact = QLabel()
        self.contact.setWordWrap(True)
        self.contact.setObjectName("hintText")
        form.addRow(self.contact)
        self.main_carer = row(tr("Hoofdmantelzorger"), ChoiceField(
            [], lambda v: self._set_ref("main_carer", v), optional=True, labels=self._name))
        self.main_carer.setToolTip(tr("Automatisch: wie de meeste uren mantelzorg geeft. "
                                      "Kies iemand om dat zelf te bepalen."))

        heading(tr("Toestemming (AVG)"))
        self.record = row(tr("Stemt in met vastleggen"), ChoiceField(
            [True, False], lambda v: self._set_consent(record=v), optional=True,
            labels=_yes_no, none_text=tr("nog niet gevraagd")))
        self.share = row(tr("Stemt in met delen van de samenvatting"), ChoiceField(
            [True, False], lambda v: self._set_consent(share=v), optional=True,
            labels=_yes_no, none_text=tr("nog niet gevraagd")))
        self.consent_date = row(tr("Toestemming op"), TextField(
            self._set_consent_date, tr("bijv. 16-11-2026")))
        self.given_by = row(tr("Toestemming gegeven door"), TextField(
            lambda v: self._set_consent(given_by=v.strip()),
            tr("de cliënt, of naam en rol van de vertegenwoordiger")))
        self.error = error_label()
        form.addRow(self.error)

    def _name(self, pid: str) -> str:
        net = self.session.case.network
        person = net.people.get(pid)
        if person is None:
            return "?"
        if pid == net.client_id:
            return tr("{name} (cliënt)", name=person.name or "?")
        rel = person_relation(net, pid)
        return f"{person.name or '?'} ({rel})" if rel else person.name or "?"

    def refresh(self) -> None:
        case = self.session.case
        net = case.network
        care = case.care
        for cond, box in self.conditions.items():
            box.set_value(cond in care.conditions)
        self.need.set_value(care.need)
        self.since.set_value(display(care.since))
        self.residence.set_value(care.residence)
        people_key = (net.records("people"), net.records("ties"), net.client_id)
        if not (len(people_key) == len(self._people_key) and all(
                a is b for a, b in zip(people_key, self._people_key, strict=True))):
            # the choices of people only when people, ties or the client changed; a rename
            # changes one entry's text, not the whole list (1,000 people: most of a rename)
            old = self._people_key
            self._people_key = people_key
            living = [pid for pid, p in net.people.items() if not p.is_deceased]
            renamed = _renamed_only(old, people_key, living, self.regie.codes)
            for field in (self.regie, self.aanspreekpunt):
                if renamed is None:
                    field.set_codes(living, self._name)
                else:
                    for pid in renamed:
                        field.setItemText(field.codes.index(pid), self._name(pid))
        for name, field in (("regie", self.regie), ("aanspreekpunt", self.aanspreekpunt)):
            field.set_value(net.ref(name))
        over = overview(net)
        counted = next((c for c in over.carers), None)
        none_text = (tr("automatisch: {name}", name=net.people[counted].name or "?")
                     if counted else tr("automatisch (nog niemand met uren)"))
        choices = (none_text, list(over.carers), people_key)
        if choices != self._carer_choices:
            self._carer_choices = choices
            self.main_carer.none_text = none_text
            self.main_carer.set_codes(list(over.carers), self._name)
        self.main_carer.set_value(net.ref("main_carer"))
        self.contact.setText(contact_line(self.session, net.ref("aanspreekpunt")))
        self.contact.setVisible(net.ref("aanspreekpunt") is not None)
        consent = case.consent
        self.record.set_value(consent.record)
        self.share.set_value(consent.share)
        self.consent_date.set_value(display(consent.date))
        self.given_by.set_value(consent.given_by)

    # -- edits ---------------------------------------------------------------------------------
    def _say(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        for w in (self.since, self.consent_date):
            error_style(w, w is field and bool(text))

    def _set_care(self, **values: Any) -> None:
        care = self.session.case.care
        new = CareSituation.model_validate({**care.model_dump(), **values})
        if new != care:
            self._say("")
            self.session.edit(tr("Zorgsituatie wijzigen"), [SetPart("care", new)])

    def _toggle_condition(self, cond: Condition, on: bool) -> None:
        have = self.session.case.care.conditions
        conds = [c for c in Condition if (c in have and c is not cond) or (c is cond and on)]
        self._set_care(conditions=tuple(conds))

    def _set_since(self, text: str) -> None:
        try:
            value = parse_display(text)
        except DateError as err:
            self._say(str(err), self.since)
            self.since.set_value(display(self.session.case.care.since))
            return
        if value and in_future(value):
            self._say(tr("Deze datum ligt in de toekomst: sinds wanneer is er zorg nodig?"),
                      self.since)
            self.since.set_value(display(self.session.case.care.since))
            return
        self._set_care(since=value)

    def _set_consent(self, **values: Any) -> None:
        consent = self.session.case.consent
        new = Consent.model_validate({**consent.model_dump(), **values})
        if new != consent:
            self._say("")
            self.session.edit(tr("Toestemming wijzigen"), [SetPart("consent", new)])

    def _set_consent_date(self, text: str) -> None:
        try:
            value = parse_display(text)
        except DateError as err:
            self._say(str(err), self.consent_date)
            self.consent_date.set_value(display(self.session.case.consent.date))
            return
        self._set_consent(date=value)

    def _set_ref(self, name: str, pid: str | None) -> None:
        if self.session.case.network.ref(name) != pid:
            texts = {"regie": tr("Regie wijzigen"), "aanspreekpunt": tr("Aanspreekpunt wijzigen"),
                     "main_carer": tr("Hoofdmantelzorger kiezen")}
            refusal = self.session.edit(texts[name], [SetRef(name, pid)])
            if refusal is not None:
                self._say(tr("{reason} Er is niets gewijzigd.", reason=refusal.problem.message))
                self.refresh()
