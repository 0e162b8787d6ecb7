"""The MantelScan dock (Zorg > MantelScan, Ctrl+K): the five steps with their done-rules and
what is still empty (one click to the place to fill it in), the network's strengths and risks
with suggested support (one click makes it a referral), and the conclusion of step 5.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..analysis import Finding, Suggestion, by_priority, findings
from ..analysis.mantelscan import draft_conclusion, steps
from ..i18n import tr
from ..labels import label
from ..model.care import Referral, ScanConclusion
from ..model.edits import ChangeSet, Put, SetPart
from .session import CaseSession

Opener = Callable[[str, "str | None"], None]
PLACE_WORDS = {
    "genogram": "Naar het genogram", "care_table": "Naar de zorgtaken",
    "case_panel": "Naar de casusgegevens", "carer": "Naar de mantelzorger",
    "ecogram": "Naar het ecogram", "conclusion": "Naar de conclusie",
    "plan": "Naar de afspraken",
}


class ConclusionEdit(QPlainTextEdit):
    """The conclusion: saved as one undo step when the cursor leaves it."""

    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.setTabChangesFocus(True)
        self.setPlaceholderText(tr("De conclusie van het gesprek, in gewone woorden. "
                                   "'Voorstel' zet er een eerste versie in."))
        self.setMinimumHeight(110)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        text = self.toPlainText().strip()
        scan = self.session.case.scan
        if text != scan.text:
            date = _dt.date.today().isoformat()
            self.session.edit(tr("Conclusie"), [SetPart("scan", ScanConclusion(
                text=text, date=date if text else None))])


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())  # type: ignore[arg-type]


class ScanPanel(QSplitter):
    def __init__(self, session: CaseSession, open_place: Opener) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.session = session
        self.open_place = open_place
        left = QScrollArea()
        left.setWidgetResizable(True)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        self.steps_box = QVBoxLayout(host)
        left.setWidget(host)
        right = QScrollArea()
        right.setWidgetResizable(True)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rhost = QWidget()
        self.findings_box = QVBoxLayout(rhost)
        right.setWidget(rhost)
        self.addWidget(left)
        self.addWidget(right)
        self.setSizes([520, 620])
        self.conclusion = ConclusionEdit(session)
        self.draft_button = QPushButton(tr("Voorstel &invullen"))
        self.draft_button.setToolTip(tr("Zet een eerste versie van de conclusie in het veld: de "
                                        "belangrijkste zorgen, wat sterk is, en wat elke "
                                        "mantelzorger kan, weet en wil"))
        self.draft_button.clicked.connect(self.propose)
        self._stale = False
        session.sig_changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, change: ChangeSet) -> None:
        if not self.isVisible():
            self._stale = True  # worked out again when the dock is shown
            return
        if self.conclusion.hasFocus() and change.parts == {"scan"} and not change.records:
            return  # the user is typing the conclusion
        self.refresh()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()

    def propose(self) -> None:
        """A first version in an empty field; below what is there otherwise (once)."""
        if self.session.refuse_if_viewing() is not None:  # a moment: nothing to fill in
            return
        text = draft_conclusion(self.session.case)
        current = self.conclusion.toPlainText().strip()
        if text in current:
            self.conclusion.setFocus()
            return
        self.conclusion.setPlainText(f"{current}\n\n{text}" if current else text)
        self.conclusion.commit()
        self.conclusion.setFocus()

    # -- drawing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self.conclusion.setParent(None)
        self.draft_button.setParent(None)
        _clear(self.steps_box)
        _clear(self.findings_box)
        case = self.session.case
        path = steps(case)
        done = sum(s.done for s in path)
        title = QLabel(tr("MantelScan: {d} van 5 stappen klaar", d=done))
        title.setObjectName("panelTitle")
        self.steps_box.addWidget(title)
        for step in path:
            head = QLabel(("✓ " if step.done else "○ ") + f"{step.number}. {step.title}")
            head.setObjectName("sectionTitle")
            self.steps_box.addWidget(head)
            rule = QLabel(step.rule)
            rule.setWordWrap(True)
            rule.setObjectName("hintText")
            self.steps_box.addWidget(rule)
            for missing in step.missing:
                row = QHBoxLayout()
                text = QLabel("• " + missing.text)
                text.setWordWrap(True)
                row.addWidget(text, 1)
                go = QPushButton(tr(PLACE_WORDS.get(missing.where, "Ga")))
                go.clicked.connect(lambda _c=False, m=missing: self.open_place(m.where,
                                                                               m.person))
                row.addWidget(go)
                self.steps_box.addLayout(row)
            if step.number == 5:
                self.conclusion.setPlainText(case.scan.text)
                self.steps_box.addWidget(self.conclusion)
                row = QHBoxLayout()
                row.addWidget(self.draft_button)
                agreements = len(case.network.records("agreements"))
                if agreements:  # with none, the step's own line leads there
                    plan = QPushButton(tr("Afspraken ({n})…", n=agreements))
                    plan.clicked.connect(lambda: self.open_place("plan", None))
                    row.addWidget(plan)
                row.addStretch(1)
                self.steps_box.addLayout(row)
        self.steps_box.addStretch(1)

        found = by_priority(findings(case))
        risks = [f for f in found if f.risk]
        strengths = [f for f in found if not f.risk]
        title = QLabel(tr("Kracht en risico's"))
        title.setObjectName("panelTitle")
        self.findings_box.addWidget(title)
        for heading, group in ((tr("Risico's"), risks), (tr("Wat sterk is"), strengths)):
            if not group:
                continue
            head = QLabel(heading)
            head.setObjectName("sectionTitle")
            self.findings_box.addWidget(head)
            for f in group:
                self.findings_box.addWidget(self._finding(f))
        if not found:
            self.findings_box.addWidget(QLabel(tr("Nog niets te zeggen: vul eerst het "
                                                  "netwerk en de zorgtaken in.")))
        self.findings_box.addStretch(1)

    def _finding(self, f: Finding) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 2, 0, 6)
        text = QLabel(("⚠ " if f.risk else "✓ ") + f.text)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(text)
        for s in f.suggestions:  # one under the other: they never run off the panel
            row = QHBoxLayout()
            row.setContentsMargins(18, 0, 0, 0)
            b = QPushButton(tr("Verwijzen: {dest}", dest=label(s.destination)))
            b.setToolTip(tr("{area}. Maakt een verwijzing bij Afspraken en verwijzingen.",
                            area=label(s.area)))
            b.setFlat(True)
            b.setStyleSheet("text-align: left; color: #1f5f8b;")
            b.clicked.connect(lambda _c=False, s=s, f=f: self.refer(f, s))
            row.addWidget(b)
            row.addStretch(1)
            lay.addLayout(row)
        return box

    def refer(self, f: Finding, s: Suggestion) -> None:
        """One click: the suggestion becomes a referral, for the person it is about."""
        net = self.session.case.network
        whom = next((p for p in f.people if p in net.people and p != net.client_id), None)
        referral = Referral(destination=s.destination, area=s.area, for_whom=whom,
                            date=_dt.date.today().isoformat(), note=f.text[:300])
        if self.session.edit(tr("Verwijzing uit een advies"),
                             [Put("referrals", referral)]) is None:
            self.open_place("referral", referral.id)
