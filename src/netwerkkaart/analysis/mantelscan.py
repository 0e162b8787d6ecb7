"""The MantelScan path (domain.md 2.4): five steps from the first drawing to agreements, each
with a rule for "done" that the user sees, what is still empty, and where to fill it in.

``where`` is a stable place code the UI knows how to open (``genogram``, ``care_table``,
``case_panel``, ``carer``, ``ecogram``, ``conclusion``, ``plan``), with the person it concerns
when there is one. Qt-free.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..i18n import tr
from ..model.carer import latest, latest_results
from ..model.carers import overview
from ..model.case import Case
from ..model.dates import PartialDate
from ..model.ties import SupportTie

FRESH_MONTHS = 6
"""A load result or balance check counts for step 3 when it is younger than this."""


@dataclass(frozen=True)
class Missing:
    text: str
    where: str
    person: str | None = None
    """The person (or for the case panel: the field) it is about."""


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    rule: str
    """When the step is done, in one Dutch sentence (shown to the user)."""
    missing: tuple[Missing, ...]

    @property
    def done(self) -> bool:
        return not self.missing


def fresh(date: PartialDate, today: str, months: int = FRESH_MONTHS) -> bool:
    """Younger than ``months`` on ``today`` (a year or month alone counts from its start)."""
    y, m = int(date[:4]), int(date[5:7]) if len(date) >= 7 else 1
    d = int(date[8:10]) if len(date) >= 10 else 1
    y, m = y + (m - 1 + months) // 12, (m - 1 + months) % 12 + 1
    return f"{y:04d}-{m:02d}-{min(d, 28) if m == 2 else d:02d}" > today


def steps(case: Case, today: str | None = None) -> list[Step]:
    today = today or _dt.date.today().isoformat()
    net = case.network
    over = overview(net)
    name = {pid: p.name or "?" for pid, p in net.people.items()}
    out: list[Step] = []

    m1: list[Missing] = []
    if net.client() is None:
        m1.append(Missing(tr("Er is nog geen cliënt."), "genogram"))
    if len(net.people) < 2:
        m1.append(Missing(tr("Teken de familie van de cliënt in het genogram."), "genogram"))
    if not over.carers:
        m1.append(Missing(tr("Nog geen mantelzorger: vul bij de zorgtaken uren in voor wie "
                             "mantelzorg geeft."), "care_table"))
    out.append(Step(1, tr("Genogram met minstens één mantelzorger"),
                    tr("Klaar als er een cliënt, zijn familie en minstens één mantelzorger "
                       "zijn."), tuple(m1)))

    m2: list[Missing] = []
    if not (case.care.conditions or case.care.need.strip()):
        m2.append(Missing(tr("Vul de aandoening of de zorgvraag in."), "case_panel"))
    tasks = net.records("care_tasks")
    if not tasks:
        m2.append(Missing(tr("Zet de zorgtaken in de tabel."), "care_table"))
    elif not over.hours_by_person:
        m2.append(Missing(tr("Vul in wie welke taak doet, met de uren."), "care_table"))
    out.append(Step(2, tr("Zorgsituatie en taken"),
                    tr("Klaar als de aandoening of zorgvraag is ingevuld en de zorgtaken met "
                       "wie ze doet in de tabel staan."), tuple(m2)))

    m3: list[Missing] = []
    for pid in over.carers:
        dates = [a.date for a, _s in latest_results(net, pid).values()]
        dates += [b.date for b in latest(net, "balance_checks", pid)]
        if not any(fresh(d, today) for d in dates):
            m3.append(Missing(tr("Meet de belasting van {name} (of doe de balanscheck).",
                                 name=name[pid]), "carer", pid))
    out.append(Step(3, tr("Belasting van de mantelzorgers"),
                    tr("Klaar als elke mantelzorger een meting of balanscheck heeft van minder "
                       "dan {n} maanden oud.", n=FRESH_MONTHS), tuple(m3)))

    m4: list[Missing] = []
    if net.ref("regie") is None:
        m4.append(Missing(tr("Kies wie de regie heeft."), "case_panel", "regie"))
    if net.ref("aanspreekpunt") is None:
        m4.append(Missing(tr("Kies het aanspreekpunt."), "case_panel", "aanspreekpunt"))
    if not any(isinstance(t, SupportTie) for t in net.ties.values()):
        m4.append(Missing(tr("Teken in het ecogram wie steun geeft."), "ecogram"))
    out.append(Step(4, tr("Het zorgnetwerk"),
                    tr("Klaar als de regie en het aanspreekpunt bekend zijn en het ecogram "
                       "laat zien wie steun geeft."), tuple(m4)))

    m5: list[Missing] = []
    if not case.scan.text.strip():
        m5.append(Missing(tr("Schrijf de conclusie (Voorstel invullen geeft een begin)."),
                          "conclusion"))
    if not net.records("agreements"):
        m5.append(Missing(tr("Leg minstens één afspraak vast."), "plan"))
    out.append(Step(5, tr("Conclusie en afspraken"),
                    tr("Klaar als de conclusie is geschreven en er minstens één afspraak is."),
                    tuple(m5)))
    return out


def _plain(text: str) -> str:
    """A finding as a line of a conclusion: without the threshold in brackets or after ';'."""
    import re

    text = re.sub(r" \(vanaf [^)]*\)", "", text)
    return re.sub(r"; vanaf \d+% komt te veel op één persoon neer", "", text)


def draft_conclusion(case: Case, today: str | None = None) -> str:
    """A first conclusion to edit: the main concerns and strengths in plain lines, what each
    carer can, knows and wants (kunnen / weten / willen), and the agreements so far."""
    from ..model.dates import display
    from .findings import by_priority, findings

    found = by_priority(findings(case, today))
    net = case.network
    lines: list[str] = []
    risks = [_plain(f.text) for f in found if f.risk][:4]
    strengths = [_plain(f.text) for f in found if not f.risk][:3]
    if risks:
        lines.append(tr("Zorgen:"))
        lines += [f"- {t}" for t in risks]
    if strengths:
        lines.append(tr("Wat sterk is:"))
        lines += [f"- {t}" for t in strengths]
    kww = []
    for pid in overview(net).carers:
        roles = latest(net, "roles", pid)
        if roles and (roles[0].can or roles[0].know or roles[0].want):
            r = roles[0]
            bits = [f"{label_} {_lower(value)}" for label_, value in (
                (tr("kan:"), r.can), (tr("weet:"), r.know), (tr("wil:"), r.want)) if value]
            kww.append(f"- {net.people[pid].name}: " + " · ".join(bits))
    if kww:
        lines.append(tr("Kunnen, weten, willen:"))
        lines += kww
    agreements = list(net.records("agreements").values())
    if agreements:
        lines.append(tr("Afspraken:"))
        lines += [f"- {a.what}" + (tr(" (uiterlijk {d})", d=display(a.by_when))
                                   if a.by_when else "") for a in agreements]
    return "\n".join(lines)


def _lower(text: str) -> str:
    text = text.strip().rstrip(".")
    if text.startswith("Eén"):
        return "één" + text[3:]
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
