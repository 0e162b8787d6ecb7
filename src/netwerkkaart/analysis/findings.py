"""Strengths and risks of the network (domain.md sections 2.4, 4 and 5), as a colleague would
name them: each finding has a stable code, the people it concerns, the figures behind it, one
plain Dutch sentence that names its threshold, and for a risk the support that could help.

The thresholds are data (:class:`Thresholds`); change them there and every sentence follows.
Qt-free; the panel shows the findings now and the PDF will print them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from ..i18n import tr
from ..labels import label
from ..model.care import Destination, SupportArea, format_hours
from ..model.carer import KeepUp, latest, latest_results
from ..model.carers import FORMAL_KINDS, overview
from ..model.case import Case
from ..model.enums import EnergyDirection, PersonKind
from ..model.risk import SERIOUS, RiskGroup, carer_risk
from ..model.ties import EmotionalTie, SupportTie


@dataclass(frozen=True)
class Thresholds:
    concentration: float = 0.5
    """The main carer's share of informal hours from which it is a risk."""
    small_network: int = 3
    """Fewer people giving informal care than this: a small network."""
    signals: int = 3
    """From this many signals of overload: a risk."""
    room_hours: float = 8.0
    """A carer with room gives fewer hours than this and is not heavily loaded."""


THRESHOLDS = Thresholds()

PRIORITY = ("risk.concentration", "risk.overloaded", "risk.drop_out", "risk.derailment",
            "risk.signals", "risk.uncovered", "risk.no_regie", "risk.small_network",
            "risk.isolated_client", "risk.fragile", "risk.risk_group", "risk.only_family",
            "risk.no_professional")
"""The order a colleague would raise the risks in: what weighs most first."""


def by_priority(found: list[Finding]) -> list[Finding]:
    """Risks first, most pressing first; then the strengths, in their own order."""
    def key(f: Finding) -> tuple[int, int]:
        if not f.risk:
            return (1, 0)
        return (0, PRIORITY.index(f.code) if f.code in PRIORITY else len(PRIORITY))
    return sorted(found, key=key)


@dataclass(frozen=True)
class Suggestion:
    area: SupportArea
    destination: Destination

    @property
    def text(self) -> str:
        return tr("{area}: {dest}", area=label(self.area), dest=label(self.destination))


@dataclass(frozen=True)
class Finding:
    code: str
    risk: bool
    """A risk (True) or a strength (False)."""
    text: str
    people: tuple[str, ...] = ()
    figures: dict[str, object] = field(default_factory=dict)
    suggestions: tuple[Suggestion, ...] = ()


S, D = SupportArea, Destination
SUGGEST: dict[str, tuple[Suggestion, ...]] = {
    "concentration": (Suggestion(S.RESPIJTZORG, D.DAGOPVANG),
                      Suggestion(S.RESPIJTZORG, D.VRIJWILLIGE_OPPAS),
                      Suggestion(S.PRAKTISCHE_HULP, D.MANTELZORGMAKELAAR)),
    "uncovered": (Suggestion(S.PRAKTISCHE_HULP, D.VRIJWILLIGERS),
                  Suggestion(S.PRAKTISCHE_HULP, D.WMO)),
    "fragile": (Suggestion(S.PRAKTISCHE_HULP, D.VRIJWILLIGERS),
                Suggestion(S.ADVIES, D.MANTELZORGMAKELAAR)),
    "drop_out": (Suggestion(S.RESPIJTZORG, D.LOGEEROPVANG),
                 Suggestion(S.ADVIES, D.CASEMANAGER)),
    "overloaded": (Suggestion(S.EMOTIONELE_STEUN, D.STEUNPUNT),
                   Suggestion(S.RESPIJTZORG, D.DAGOPVANG)),
    "signals": (Suggestion(S.ADVIES, D.HUISARTS), Suggestion(S.EMOTIONELE_STEUN, D.STEUNPUNT)),
    "risk_group": (Suggestion(S.INFORMATIE, D.STEUNPUNT), Suggestion(S.EDUCATIE, D.LOTGENOTEN)),
    "derailment": (Suggestion(S.ADVIES, D.VEILIG_THUIS),),
    "small_network": (Suggestion(S.PRAKTISCHE_HULP, D.VRIJWILLIGERS),
                      Suggestion(S.ADVIES, D.MANTELZORGMAKELAAR)),
    "only_family": (Suggestion(S.PRAKTISCHE_HULP, D.VRIJWILLIGERS),),
    "no_professional": (Suggestion(S.ADVIES, D.WMO), Suggestion(S.ADVIES, D.HUISARTS)),
    "isolated_client": (Suggestion(S.PRAKTISCHE_HULP, D.VRIJWILLIGERS),
                        Suggestion(S.INFORMATIE, D.WMO)),
    "no_regie": (Suggestion(S.ADVIES, D.CASEMANAGER), Suggestion(S.ADVIES, D.WMO)),
}


def _and(items: list[str]) -> str:
    """"a", "a en b", "a, b en c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + tr(" en ") + items[-1]


def _tasks(names: list[str]) -> str:
    """Task names hold "en" themselves ("toezicht en aanwezigheid"): a slash between."""
    return " / ".join(names)


def _count(n: int, one: str, many: str) -> str:
    return "" if n == 0 else f"{n} {one if n == 1 else many}"


def _names(case: Case, pids: list[str] | tuple[str, ...]) -> str:
    return _and([case.network.people[p].name or "?" for p in pids])


def risk_group_text(case: Case, group: RiskGroup) -> str:
    """A risk group in words; for a serious condition, the client's own condition(s)."""
    if group is RiskGroup.ZWARE_AANDOENING:
        conds = [label(c).lower() for c in case.care.conditions if c in SERIOUS]
        return tr("zorgt voor iemand met {what}", what=_and(conds))
    return label(group).lower()


def _risk(code: str, text: str, people: tuple[str, ...] = (), **figures: object) -> Finding:
    return Finding(f"risk.{code}", True, text, people, figures, SUGGEST.get(code, ()))


def _strength(code: str, text: str, people: tuple[str, ...] = (),
              **figures: object) -> Finding:
    return Finding(f"strength.{code}", False, text, people, figures)


def in_place(case: Case) -> set[Destination]:
    """Destinations the case already has: referred to, or a person of that profession."""
    from ..model.enums import Profession

    net = case.network
    have = {r.destination for r in net.records("referrals").values()
            if isinstance(r.destination, Destination)}
    professions = {p.profession for p in net.people.values()}
    if Profession.CASEMANAGER_DEMENTIE in professions:
        have.add(Destination.CASEMANAGER)
    if Profession.HUISARTS in professions or Profession.POH in professions:
        have.add(Destination.HUISARTS)
    return have


def _fresh_advice(case: Case, found: list[Finding]) -> list[Finding]:
    """Drop suggestions the case already has, and offer each destination only once (with the
    finding that weighs most)."""
    from dataclasses import replace

    offered = in_place(case)
    out = []
    for f in by_priority(found):
        keep = tuple(s for s in f.suggestions if s.destination not in offered)
        offered |= {s.destination for s in keep}
        out.append(replace(f, suggestions=keep))
    return out


def findings(case: Case, today: str | None = None,
             t: Thresholds = THRESHOLDS) -> list[Finding]:
    """Every risk and strength the case shows, most pressing first; each suggestion only
    where it is not in place yet."""
    return _fresh_advice(case, _findings(case, today, t))


def _findings(case: Case, today: str | None,
              t: Thresholds) -> list[Finding]:
    today = today or _dt.date.today().isoformat()
    net = case.network
    over = overview(net)
    tasks = net.records("care_tasks")
    task_name = {tid: label(task.kind).lower() for tid, task in tasks.items()}
    out: list[Finding] = []
    informal = over.informal_hours(net)
    main = over.main_carer

    # -- who carries the care ---------------------------------------------------------------
    if main and informal > 0:
        share = over.hours_by_person.get(main, 0.0) / informal
        if share >= t.concentration:
            out.append(_risk(
                "concentration", tr(
                    "{name} geeft {pct}% van alle mantelzorguren ({h} van {total} uur per "
                    "week); vanaf {limit}% komt te veel op één persoon neer.",
                    name=_names(case, [main]), pct=round(share * 100),
                    h=format_hours(over.hours_by_person[main]), total=format_hours(informal),
                    limit=round(t.concentration * 100)),
                (main,), share=round(share, 3), hours=over.hours_by_person[main],
                informal_hours=informal, threshold=t.concentration))
    if over.uncovered:
        out.append(_risk("uncovered", tr(
            "Niemand doet {tasks}, terwijl dat wel nodig is.",
            tasks=_tasks([task_name[x] for x in over.uncovered])),
            tasks=[task_name[x] for x in over.uncovered]))
    alone: dict[str, list[str]] = {}
    for tid in over.fragile:
        only = over.people_by_task[tid][0]
        if only in over.carers and only != main:  # a professional's organisation covers;
            alone.setdefault(only, []).append(task_name[tid])  # the main carer: see below
    for only, names in alone.items():
        out.append(_risk("fragile", tr(
            "Alleen {name} doet {tasks}; als die uitvalt, is er niemand die het overneemt.",
            name=_names(case, [only]), tasks=_tasks(names)), (only,), tasks=names))
    if main:
        gone = [tid for tid in over.fragile if over.people_by_task[tid] == (main,)]
        if gone:
            out.append(_risk("drop_out", tr(
                "Als {name} uitvalt, doet niemand meer: {tasks}.", name=_names(case, [main]),
                tasks=_tasks([task_name[x] for x in gone])), (main,),
                tasks=[task_name[x] for x in gone]))

    # -- the carers themselves -----------------------------------------------------------------
    carers = list(over.carers)
    for pid in carers:
        for inst, (a, s) in latest_results(net, pid).items():
            if s.overloaded:
                out.append(_risk("overloaded", tr(
                    "{name} is overbelast: {inst} {t} van {m} op {date} ({words}).",
                    name=_names(case, [pid]), inst=_inst_name(inst), t=s.total, m=s.max_total,
                    date=_display(a.date), words=tr(s.words)), (pid,), instrument=inst,
                    total=s.total, band=s.band, date=a.date))
                break
        checks = latest(net, "carer_checks", pid)
        if checks and len(checks[0].signals) >= t.signals:
            n = len(checks[0].signals)
            said = any(f.code == "risk.overloaded" and f.people == (pid,) for f in out)
            out.append(Finding("risk.signals", True, tr(
                "{name} heeft {n} signalen van overbelasting (vanaf {limit} een risico).",
                name=_names(case, [pid]), n=n, limit=t.signals), (pid,), {
                    "signals": n, "threshold": t.signals},
                () if said else SUGGEST["signals"]))  # one set of advice per carer
        risk = carer_risk(case, pid, today)
        if risk.groups:
            out.append(_risk("risk_group", tr(
                "{name} hoort bij een risicogroep: {groups}.", name=_names(case, [pid]),
                groups="; ".join(risk_group_text(case, g) for g in risk.groups)), (pid,),
                groups=[g.value for g in risk.groups]))
        if checks and checks[0].derailment:
            forms = [label(f).lower() for f in checks[0].derailment]
            out.append(_risk("derailment", tr(
                "Bij {name} is ontspoorde mantelzorg genoteerd ({forms}): volg de meldcode, "
                "Veilig Thuis is het adviespunt.", name=_names(case, [pid]),
                forms=", ".join(forms)), (pid,), forms=forms))

    # -- the shape of the network ---------------------------------------------------------------
    if len(carers) < t.small_network:
        out.append(_risk("small_network", tr(
            "Maar {n} {who} mantelzorg (minder dan {limit}): een klein netwerk.",
            n=tr("één") if len(carers) == 1 else len(carers),
            who=tr("persoon geeft") if len(carers) == 1 else tr("mensen geven"),
            limit=t.small_network), tuple(carers), carers=len(carers),
            threshold=t.small_network))
    kinds = {p.kind for pid, p in net.people.items() if pid != net.client_id
             and not p.is_deceased}
    informal_kinds = kinds - FORMAL_KINDS
    if informal_kinds and informal_kinds <= {PersonKind.FAMILY, PersonKind.PARTNER}:
        out.append(_risk("only_family", tr(
            "Alleen familie: geen vrienden, buren of kennissen in het netwerk.")))
    if PersonKind.PROFESSIONAL not in kinds and PersonKind.ORGANISATION not in kinds:
        out.append(_risk("no_professional", tr("Er is geen professional bij betrokken.")))
    client = net.client_id
    home = {m for h in net.households.values() if client in h.members for m in h.members}
    outside = [t_ for t_ in net.ties.values() if isinstance(t_, SupportTie | EmotionalTie)
               and client in (t_.a, t_.b) and ({t_.a, t_.b} - {client}) - home]
    if client and not outside:
        out.append(_risk("isolated_client", tr(
            "{name} heeft geen contact met iemand buiten het eigen huishouden.",
            name=_names(case, [client])), (client,)))
    if net.ref("regie") is None:
        out.append(_risk("no_regie", tr("Er is nog niet vastgelegd wie de regie over de zorg "
                                        "heeft.")))

    # -- strengths --------------------------------------------------------------------------------
    shared = [tid for tid, doers in over.people_by_task.items() if len(doers) >= 2]
    if len(carers) >= 2 and shared:
        out.append(_strength("shared", tr(
            "{n} mantelzorgers delen de zorg; {k} {what} door meer mensen gedaan.",
            n=len(carers), k=len(shared), what=tr("taak wordt") if len(shared) == 1
            else tr("taken worden")), tuple(carers), carers=len(carers), shared_tasks=len(shared)))
    mutual = [t_ for t_ in net.ties.values() if isinstance(t_, SupportTie)
              and t_.direction is EnergyDirection.BOTH]
    if mutual:
        people = tuple(sorted({p for t_ in mutual for p in (t_.a, t_.b)}))
        pairs = [_and([net.people[t_.a].name or "?", net.people[t_.b].name or "?"])
                 for t_ in mutual]
        out.append(_strength("mutual", tr(
            "Steun gaat twee kanten op tussen {pairs}.", pairs="; ".join(pairs)), people,
            ties=len(mutual)))
    volunteers = [pid for pid, p in net.people.items()
                  if p.kind in (PersonKind.VOLUNTEER_ORGANISED, PersonKind.VOLUNTEER_INFORMAL)]
    professionals = [pid for pid, p in net.people.items()
                     if p.kind in (PersonKind.PROFESSIONAL, PersonKind.ORGANISATION)]
    if volunteers or professionals:
        parts = [p for p in (
            _count(len(volunteers), tr("vrijwilliger"), tr("vrijwilligers")),
            _count(len(professionals), tr("professional"), tr("professionals"))) if p]
        out.append(_strength("formal_help", tr(
            "Ook betrokken bij de zorg: {who}.", who=_and(parts)),
            tuple(volunteers + professionals),
            volunteers=len(volunteers), professionals=len(professionals)))
    for pid in carers:
        hours = over.hours_by_person.get(pid, 0.0)
        results = latest_results(net, pid)
        heavy = any(s.overloaded or s.band in ("matig", "zwaar") for _a, s in results.values())
        balance = latest(net, "balance_checks", pid)
        fine = bool(balance) and balance[0].keep_up is KeepUp.JA and (balance[0].how or 0) >= 6
        if hours < t.room_hours and (results or fine) and not heavy:
            out.append(_strength("room", tr(
                "{name} heeft nog ruimte: {h} uur per week (minder dan {limit}) en niet zwaar "
                "belast; kan die iets overnemen?", name=_names(case, [pid]), h=format_hours(hours),
                limit=format_hours(t.room_hours)), (pid,), hours=hours,
                threshold=t.room_hours))
    return out


def _inst_name(instrument: str) -> str:
    from ..instruments import INSTRUMENTS

    return INSTRUMENTS[instrument].name


def _display(date: str) -> str:
    from ..model.dates import display

    return display(date)
