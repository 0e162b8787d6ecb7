"""Dialogs: the client's details for a new case, connecting two people, picking a client."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..labels import label
from ..model import (
    CLIENT,
    AnyTie,
    Case,
    EditRefused,
    EmotionalKind,
    EmotionalTie,
    Op,
    ParentChildKind,
    ParentChildTie,
    PartnershipStatus,
    PartnershipTie,
    Person,
    Put,
    SetRef,
    Sex,
    SupportStrength,
    SupportTie,
    check_edit,
)
from ..model.connect import TieChoice, all_choices
from ..model.dates import DateError, parse_display


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Annuleren buttons wired to the dialog (Dutch through Qt's translation)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NewCaseDialog(QDialog):
    """A new case starts with the client: name, gender and birth date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Nieuwe casus"))
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Wie is de cliënt? De rest van het netwerk bouwt u daarna op.")))
        self.name = QLineEdit()
        self.sex = QComboBox()
        for s in Sex:
            self.sex.addItem(label(s), s)
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(tr("bijv. 12-03-1944 of 1944"))
        form.addRow(tr("&Naam"), self.name)
        form.addRow(tr("&Geslacht"), self.sex)
        form.addRow(tr("Ge&boren"), self.birth)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        form.addRow(self.error)
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.client: Person | None = None

    def accept(self) -> None:
        try:
            birth = parse_display(self.birth.text())
        except DateError as err:
            self.error.setText(str(err))
            return
        if not self.name.text().strip():
            self.error.setText(tr("Vul de naam van de cliënt in."))
            return
        sex = list(Sex)[self.sex.currentIndex()]
        client = Person(name=self.name.text().strip(), sex=sex, birth=birth)
        try:  # the model judges the new client as it judges every edit
            check_edit(Case(), [Put("people", client), SetRef(CLIENT.name, client.id)])
        except EditRefused as refusal:
            self.error.setText(str(refusal))
            return
        self.client = client
        super().accept()


TieFactory = Callable[[str, str], AnyTie]


def choice_text(choice: TieChoice, name_a: str, name_b: str) -> str:
    """The Dutch words for one kind of tie between A and B."""
    if choice.group == "partner":
        return tr("Partners: {s}", s=label(PartnershipStatus(choice.value)).lower())
    if choice.group in ("parent", "child"):
        parent, child = (name_a, name_b) if choice.group == "parent" else (name_b, name_a)
        return tr("{p} is ouder van {c} ({k})", p=parent, c=child,
                  k=label(ParentChildKind(choice.value)).lower())
    if choice.group == "emotional":
        emo = EmotionalKind(choice.value)
        suffix = tr(" (van {a} naar {b})", a=name_a, b=name_b) if emo.directed else ""
        return tr("Emotioneel: {k}", k=label(emo).lower()) + suffix
    return tr("Steun: {k}", k=label(SupportStrength(choice.value)).lower())


def choice_factory(choice: TieChoice) -> TieFactory:
    """Make the tie between A and B (ids) for one choice."""
    if choice.group == "partner":
        status = PartnershipStatus(choice.value)
        return lambda a, b: PartnershipTie(a=a, b=b, status=status)
    if choice.group in ("parent", "child"):
        rel = ParentChildKind(choice.value)
        if choice.group == "parent":
            return lambda a, b: ParentChildTie(a=a, b=b, relation=rel)
        return lambda a, b: ParentChildTie(a=b, b=a, relation=rel)
    if choice.group == "emotional":
        emo = EmotionalKind(choice.value)
        return lambda a, b: EmotionalTie(a=a, b=b, relation=emo)
    strength = SupportStrength(choice.value)
    return lambda a, b: SupportTie(a=a, b=b, strength=strength)


def tie_choices(name_a: str, name_b: str, choices: list[TieChoice] | None = None
                ) -> list[tuple[str, TieFactory]]:
    """The kinds of tie the user can draw between A and B (all, or ``choices``), in words."""
    return [(choice_text(c, name_a, name_b), choice_factory(c))
            for c in (all_choices() if choices is None else choices)]


class ConnectDialog(QDialog):
    """Which tie two people have: only the kinds that make sense for the pair, starting on
    the likely one (see :mod:`netwerkkaart.model.connect`)."""

    def __init__(self, name_a: str, name_b: str, parent: QWidget | None = None,
                 choices: list[TieChoice] | None = None,
                 start: TieChoice | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Verbinden"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        question = QLabel(tr("Welke relatie hebben {a} en {b}? Kies met de pijltjes en Enter.",
                             a=name_a, b=name_b))
        question.setWordWrap(True)
        lay.addWidget(question)
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.keys = all_choices() if choices is None else list(choices)
        self.choices = tie_choices(name_a, name_b, self.keys)
        for text, _f in self.choices:
            self.list.addItem(QListWidgetItem(text))
        self.list.setCurrentRow(self.keys.index(start) if start in self.keys else 0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.list.setMinimumHeight(320)
        lay.addWidget(self.list)
        buttons = ok_cancel(self)
        lay.addWidget(buttons)

    def factory(self) -> TieFactory:
        return self.choices[self.list.currentRow()][1]


class ClientPickerDialog(QDialog):
    """After an import: who is the client? Type to filter the list."""

    def __init__(self, people: list[Person], current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kies de cliënt"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("Wie is de cliënt in deze casus?")))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Zoek op naam…"))
        lay.addWidget(self.filter)
        self.list = QListWidget()
        for p in sorted(people, key=lambda p: (p.name.lower(), p.id)):
            years = f" ({p.birth[:4]})" if p.birth else ""
            item = QListWidgetItem((p.name or tr("(naamloos)")) + years)
            item.setData(256, p.id)
            self.list.addItem(item)
            if p.id == current:
                self.list.setCurrentItem(item)
        self.filter.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.list)
        buttons = ok_cancel(self)
        lay.addWidget(buttons)

    def _filter(self, text: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(text.lower() not in item.text().lower())

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(256))


class PresentDialog(QDialog):
    """Who was at the table: a tick per person of the private network."""

    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        from ..model import PersonKind

        super().__init__(parent)
        self.case = case
        self.setWindowTitle(tr("Aanwezig bij het gesprek"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("Wie zaten er aan tafel?")))
        self.list = QListWidget()
        net = case.network
        here = {r.person: rid for rid, r in net.records("present").items()}
        self.ids: list[str] = []
        for pid, p in net.people.items():
            if p.is_deceased or p.pregnancy is not None or p.kind is PersonKind.ORGANISATION:
                continue
            item = QListWidgetItem(p.name or tr("(naamloos)"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in here
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self.ids.append(pid)
        self.here = here
        lay.addWidget(self.list)
        lay.addWidget(ok_cancel(self))

    def chosen(self) -> list[str]:
        return [pid for i, pid in enumerate(self.ids)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def ops(self) -> list[Op]:
        from ..model import Delete, Presence

        chosen = set(self.chosen())
        out: list[Op] = [Delete("present", rid) for pid, rid in self.here.items()
                         if pid not in chosen]
        out += [Put("present", Presence(person=pid)) for pid in self.chosen()
                if pid not in self.here]
        return out


class PasswordDialog(QDialog):
    """A new password, typed twice; at least 8 characters."""

    MIN_LENGTH = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Wachtwoord instellen"))
        form = QFormLayout(self)
        intro = QLabel(tr("Met een wachtwoord is het casusbestand versleuteld: wie het "
                          "wachtwoord niet kent, kan het niet lezen. Zonder wachtwoord is de "
                          "casus niet terug te halen. Minstens {n} tekens.", n=self.MIN_LENGTH))
        intro.setWordWrap(True)
        intro.setMaximumWidth(460)
        form.addRow(intro)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("&Wachtwoord"), self.first)
        form.addRow(tr("&Herhaal"), self.second)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.password: str | None = None

    def accept(self) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first) < self.MIN_LENGTH:
            self.error.setText(tr("Kies een wachtwoord van minstens {n} tekens.",
                                  n=self.MIN_LENGTH))
            return
        if first != second:
            self.error.setText(tr("De twee wachtwoorden zijn niet gelijk."))
            return
        self.password = first
        super().accept()
