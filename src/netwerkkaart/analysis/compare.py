"""Then versus now: what changed in the network between two moments. Pure.

:func:`compare` looks at two :class:`~.moments.Moment` values (a snapshot and today, or two
snapshots) and lists, each by stable ids and codes:

* who joined the network, who left it and who died;
* support and emotional ties that became stronger, weaker or stressful (or stopped being
  stressful), new ties between people who were there already, and ties that ended;
* people who moved ring or sector on the netwerkkaart, or category or closeness on the ecogram;
* care hours per person and per task, and tasks that became (un)covered;
* per carer, the latest result of each instrument then and now, with band changes;
* strengths and risks that appeared or were resolved (by code and the people they name);
* agreements made, done, and overdue at the later moment.

:func:`summary` says it in plain Dutch, for pasting into a report; the names come from a
function, so the PDF can put in its privacy level's words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from ..i18n import capital, small, tr
from ..instruments.definitions import INSTRUMENTS
from ..labels import closeness_label, label
from ..model import (
    Agreement,
    Case,
    EmotionalKind,
    EmotionalTie,
    MapKind,
    SeenFinding,
    SupportStrength,
    SupportTie,
)
from ..model.care import format_hours, overdue
from ..model.carer import latest_results
from ..model.carers import overview
from ..model.circle_edit import effective_cells
from ..model.dates import display_long
from .moments import Moment


class TieChangeKind(StrEnum):
    STRONGER = "sterker"
    WEAKER = "zwakker"
    STRESSFUL = "belastend"
    NO_LONGER_STRESSFUL = "niet_meer_belastend"
    NEW = "nieuw"
    ENDED = "verdwenen"


class Direction(StrEnum):
    UP = "hoger"
    DOWN = "lager"
    SAME = "gelijk"


@dataclass(frozen=True)
class TieChange:
    a: str
    b: str
    family: str
    """"support" (ecogram line) or "emotional" (genogram line)."""
    change: TieChangeKind
    before: str | None
    """The tie's code then (strength or emotional kind), None when there was none."""
    after: str | None
    tie_now: str | None = None
    tie_then: str | None = None


@dataclass(frozen=True)
class Move:
    person: str
    map: MapKind
    part: str
    """"ring", "sector" (netwerkkaart), "categorie" or "afstand" (ecogram)."""
    before: str
    after: str
    """Dutch labels."""


@dataclass(frozen=True)
class HoursChange:
    key: str
    """A person id or a task id."""
    before: float
    after: float


@dataclass(frozen=True)
class Result:
    date: str
    total: int
    max_total: int
    words: str
    band: str | None
    overloaded: bool | None


@dataclass(frozen=True)
class LoadChange:
    person: str
    instrument: str
    before: Result | None
    after: Result | None
    direction: Direction | None
    """Higher or lower band (EDIZ-plus), over or under the cut-off (CSI), a higher or lower
    total (EDIZ); None when one side has no result."""

    @property
    def band_changed(self) -> bool:
        if self.before is None or self.after is None:
            return False
        return (self.before.band, self.before.overloaded) != (self.after.band,
                                                              self.after.overloaded)


@dataclass(frozen=True)
class Comparison:
    then: Moment
    now: Moment
    joined: tuple[str, ...] = ()
    left: tuple[str, ...] = ()
    died: tuple[str, ...] = ()
    ties: tuple[TieChange, ...] = ()
    moves: tuple[Move, ...] = ()
    hours_by_person: tuple[HoursChange, ...] = ()
    hours_by_task: tuple[HoursChange, ...] = ()
    newly_covered: tuple[str, ...] = ()
    """Task ids needed and uncovered then, done by someone now."""
    newly_uncovered: tuple[str, ...] = ()
    load: tuple[LoadChange, ...] = ()
    findings_new: tuple[SeenFinding, ...] = ()
    findings_gone: tuple[SeenFinding, ...] = ()
    agreements_made: tuple[str, ...] = ()
    agreements_done: tuple[str, ...] = ()
    agreements_overdue: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not any((self.joined, self.left, self.died, self.ties, self.moves,
                        self.hours_by_person, self.hours_by_task, self.newly_covered,
                        self.newly_uncovered, [c for c in self.load if c.direction
                                               is not Direction.SAME],
                        self.findings_new, self.findings_gone, self.agreements_made,
                        self.agreements_done, self.agreements_overdue))

    # -- names ------------------------------------------------------------------------------
    def person_name(self, pid: str) -> str:
        for case in (self.now.case, self.then.case):
            p = case.network.people.get(pid)
            if p is not None:
                return p.name or "?"
        return "?"

    def task_name(self, tid: str) -> str:
        for case in (self.now.case, self.then.case):
            t = case.network.records("care_tasks").get(tid)
            if t is not None:
                return label(t.kind)
        return "?"

    def agreement(self, aid: str) -> Agreement | None:
        for case in (self.now.case, self.then.case):
            a = case.network.records("agreements").get(aid)
            if a is not None:
                return a  # type: ignore[no-any-return]
        return None

    @property
    def risks_new(self) -> tuple[SeenFinding, ...]:
        return tuple(f for f in self.findings_new if f.risk)

    @property
    def risks_gone(self) -> tuple[SeenFinding, ...]:
        return tuple(f for f in self.findings_gone if f.risk)

    @property
    def strengths_new(self) -> tuple[SeenFinding, ...]:
        return tuple(f for f in self.findings_new if not f.risk)

    @property
    def strengths_gone(self) -> tuple[SeenFinding, ...]:
        return tuple(f for f in self.findings_gone if not f.risk)

    def changed_ties(self) -> dict[str, TieChangeKind]:
        """Tie ids on the later moment's maps with what happened to them."""
        return {c.tie_now: c.change for c in self.ties if c.tie_now is not None}


# -- the comparison ----------------------------------------------------------------------------


def compare(then: Moment, now: Moment) -> Comparison:
    a, b = then.case, now.case
    pa, pb = a.network.people, b.network.people
    joined = tuple(pid for pid in pb if pid not in pa and pb[pid].pregnancy is None)
    left = tuple(pid for pid in pa if pid not in pb)
    died = tuple(pid for pid in pb if pid in pa and pb[pid].is_deceased
                 and not pa[pid].is_deceased)
    over_a, over_b = overview(a.network), overview(b.network)
    return Comparison(
        then=then, now=now, joined=joined, left=left, died=died,
        ties=_tie_changes(a, b),
        moves=_moves(a, b),
        hours_by_person=_hours(over_a.hours_by_person, over_b.hours_by_person,
                               list(pa) + [p for p in pb if p not in pa]),
        hours_by_task=_hours(over_a.hours_by_task, over_b.hours_by_task,
                             list(over_a.hours_by_task) + [t for t in over_b.hours_by_task
                                                           if t not in over_a.hours_by_task]),
        newly_covered=tuple(t for t in over_a.uncovered
                            if t in over_b.hours_by_task and t not in over_b.uncovered
                            and b.network.records("care_tasks")[t].needed),
        newly_uncovered=tuple(t for t in over_b.uncovered if t not in over_a.uncovered),
        load=_load(a, b),
        findings_new=_findings_diff(now.findings, then.findings),
        findings_gone=_findings_diff(then.findings, now.findings),
        **_agreements(a, b, now.date),
    )


def _hours(before: Mapping[str, float], after: Mapping[str, float],
           order: list[str]) -> tuple[HoursChange, ...]:
    out = []
    for key in order:
        h0, h1 = before.get(key, 0.0), after.get(key, 0.0)
        if round(h0, 2) != round(h1, 2):
            out.append(HoursChange(key, h0, h1))
    return tuple(out)


_EMOTIONAL_SCORE = {
    EmotionalKind.FUSED: 2, EmotionalKind.CLOSE: 1, EmotionalKind.FOCUSED_ON: 0,
    EmotionalKind.DISTANT: -1, EmotionalKind.CUTOFF: -2,
}
STRESSFUL_EMOTIONAL = frozenset({EmotionalKind.CONFLICT, EmotionalKind.CLOSE_HOSTILE,
                                 EmotionalKind.ABUSE_PHYSICAL, EmotionalKind.ABUSE_EMOTIONAL,
                                 EmotionalKind.ABUSE_SEXUAL})
_SUPPORT_SCORE = {SupportStrength.STRONG: 2, SupportStrength.WEAK: 1}


def _score(tie: SupportTie | EmotionalTie) -> int | None:
    """How strong a tie is; None: stressful."""
    if isinstance(tie, SupportTie):
        return _SUPPORT_SCORE.get(tie.strength)
    return None if tie.relation in STRESSFUL_EMOTIONAL else _EMOTIONAL_SCORE[tie.relation]


def _code(tie: SupportTie | EmotionalTie) -> str:
    return tie.strength.value if isinstance(tie, SupportTie) else tie.relation.value


def _pairs(case: Case) -> dict[tuple[str, frozenset[str]], SupportTie | EmotionalTie]:
    """Per line family and pair, the tie (the most stressful or weakest, when several)."""
    out: dict[tuple[str, frozenset[str]], SupportTie | EmotionalTie] = {}
    for t in case.network.ties.values():
        if not isinstance(t, SupportTie | EmotionalTie):
            continue
        key = ("support" if isinstance(t, SupportTie) else "emotional", frozenset((t.a, t.b)))
        old = out.get(key)
        if old is None or _rank(t) < _rank(old):
            out[key] = t
    return out


def _rank(tie: SupportTie | EmotionalTie) -> int:
    s = _score(tie)
    return -10 if s is None else s


def _tie_changes(a: Case, b: Case) -> tuple[TieChange, ...]:
    before, after = _pairs(a), _pairs(b)
    both = set(a.network.people) & set(b.network.people)
    out: list[TieChange] = []
    for key in list(before) + [k for k in after if k not in before]:
        family, pair = key
        t0, t1 = before.get(key), after.get(key)
        x, y = sorted(pair, key=lambda pid: (pid not in b.network.people, pid))
        if t1 is not None and (t1.a, t1.b) != (x, y) and {t1.a, t1.b} == {x, y}:
            x, y = t1.a, t1.b
        kind: TieChangeKind | None = None
        if t0 is None:
            if pair <= both:
                kind = TieChangeKind.NEW
        elif t1 is None:
            if pair <= both:
                kind = TieChangeKind.ENDED
        else:
            s0, s1 = _score(t0), _score(t1)
            if s1 is None and s0 is not None:
                kind = TieChangeKind.STRESSFUL
            elif s0 is None and s1 is not None:
                kind = TieChangeKind.NO_LONGER_STRESSFUL
            elif s0 is not None and s1 is not None and s0 != s1:
                kind = TieChangeKind.STRONGER if s1 > s0 else TieChangeKind.WEAKER
        if kind is not None:
            out.append(TieChange(x, y, family, kind, _code(t0) if t0 else None,
                                 _code(t1) if t1 else None, t1.id if t1 else None,
                                 t0.id if t0 else None))
    return tuple(out)


def _moves(a: Case, b: Case) -> tuple[Move, ...]:
    from ..layout.radial.placement import ecogram_places

    out: list[Move] = []
    cells_a, cells_b = effective_cells(a), effective_cells(b)
    for pid, c1 in cells_b.items():
        c0 = cells_a.get(pid)
        if c0 is None:
            continue
        if c0.ring != c1.ring:
            out.append(Move(pid, MapKind.NETWERKKAART, "ring", label(c0.ring), label(c1.ring)))
        if c0.sector != c1.sector:
            out.append(Move(pid, MapKind.NETWERKKAART, "sector", label(c0.sector),
                            label(c1.sector)))
    _c, eco_a = ecogram_places(a)
    _c, eco_b = ecogram_places(b)
    for pid, (cat1, near1) in eco_b.items():
        if pid not in eco_a:
            continue
        cat0, near0 = eco_a[pid]
        if cat0 != cat1:
            out.append(Move(pid, MapKind.ECOGRAM, "categorie", label(cat0), label(cat1)))
        if near0 != near1:
            out.append(Move(pid, MapKind.ECOGRAM, "afstand", closeness_label(near0).lower(),
                            closeness_label(near1).lower()))
    return tuple(out)


def _result(case: Case, pid: str) -> dict[str, Result]:
    return {inst: Result(a.date, s.total, s.max_total, s.words, s.band, s.overloaded)
            for inst, (a, s) in latest_results(case.network, pid).items()}


def _direction(instrument: str, r0: Result, r1: Result) -> Direction:
    inst = INSTRUMENTS[instrument]
    if inst.bands and r0.band and r1.band:
        order = [band.code for band in inst.bands]
        i0, i1 = order.index(r0.band), order.index(r1.band)
    elif r0.overloaded is not None and r1.overloaded is not None and (
            r0.overloaded != r1.overloaded):
        i0, i1 = int(r0.overloaded), int(r1.overloaded)
    else:
        i0, i1 = r0.total, r1.total
    return Direction.UP if i1 > i0 else Direction.DOWN if i1 < i0 else Direction.SAME


def _load(a: Case, b: Case) -> tuple[LoadChange, ...]:
    people = [pid for pid in b.network.people] + [p for p in a.network.people
                                                  if p not in b.network.people]
    out: list[LoadChange] = []
    for pid in people:
        r0 = _result(a, pid) if pid in a.network.people else {}
        r1 = _result(b, pid) if pid in b.network.people else {}
        for inst in INSTRUMENTS:
            x, y = r0.get(inst), r1.get(inst)
            if x is None and y is None or x == y:
                continue
            direction = _direction(inst, x, y) if x is not None and y is not None else None
            out.append(LoadChange(pid, inst, x, y, direction))
    return tuple(out)


def finding_key(f: SeenFinding) -> tuple[str, tuple[str, ...]]:
    """A finding about one person is that person's (Maria overloaded is not Henk overloaded);
    one about the network is the same finding when its figures change (2 or 3 carers share)."""
    return (f.code, f.people if len(f.people) == 1 else ())


def _findings_diff(these: tuple[SeenFinding, ...],
                   those: tuple[SeenFinding, ...]) -> tuple[SeenFinding, ...]:
    keys = {finding_key(f) for f in those}
    return tuple(f for f in these if finding_key(f) not in keys)


def _agreements(a: Case, b: Case, today: str) -> dict[str, tuple[str, ...]]:
    before = a.network.records("agreements")
    after = b.network.records("agreements")
    return {
        "agreements_made": tuple(aid for aid in after if aid not in before),
        "agreements_done": tuple(aid for aid, ag in after.items() if ag.done is not None and (
            aid not in before or before[aid].done is None)),
        "agreements_overdue": tuple(aid for aid, ag in after.items() if overdue(ag, today)),
    }


# -- in words -------------------------------------------------------------------------------

Namer = Callable[[str], str]


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + tr(" en ") + items[-1]


def on_date(date: str) -> str:
    """"op 3 maart 2026": how a moment's date is said (a privacy level says less)."""
    return tr("op {date}", date=display_long(date))


def moment_phrase(m: Moment, when: Callable[[str], str] = on_date) -> str:
    """"de intake op 3 maart 2026" for a one-word name, else "‘Na de verhuizing’ op ..."."""
    if m.is_now:
        return tr("nu")
    name = m.name.strip()
    named = tr("de {name}", name=name.lower()) if " " not in name else f"‘{name}’"
    date = when(m.date)
    return f"{named} {date}" if date else named


def hours_text(hours: float) -> str:
    return tr("{h} uur per week", h=format_hours(hours))


def _inst_name(instrument: str) -> str:
    return INSTRUMENTS[instrument].name


Part = tuple[str, str, str]
"""A clause as (subject, finite verb, the rest): "Els" "is" "gaan helpen"; the first clause
of a summary is inverted after "Sinds ..." ("is Els gaan helpen"), the others are not."""


def tie_change_part(c: TieChange, name: Namer, client: str | None) -> Part:
    line = tr("de steunlijn") if c.family == "support" else tr("de band")
    if client in (c.a, c.b):
        other = c.b if c.a == client else c.a
        who = tr("{line} met {name}", line=line, name=name(other))
    else:
        who = tr("{line} tussen {a} en {b}", line=line, a=name(c.a), b=name(c.b))
    if c.change is TieChangeKind.NEW:
        return (tr("er"), tr("is"), tr("nu ook") + " " + who.replace(line, _new(line), 1))
    rest = {
        TieChangeKind.STRONGER: tr("sterker geworden"),
        TieChangeKind.WEAKER: tr("zwakker geworden"),
        TieChangeKind.STRESSFUL: tr("belastend geworden"),
        TieChangeKind.NO_LONGER_STRESSFUL: tr("niet meer belastend"),
        TieChangeKind.ENDED: tr("er niet meer"),
    }[c.change]
    return (who, tr("is"), rest)


def _new(line: str) -> str:
    return tr("een nieuwe steunlijn") if line == tr("de steunlijn") else tr("een nieuwe band")


def load_change_part(c: LoadChange, name: Namer) -> Part | None:
    who = name(c.person)
    inst = _inst_name(c.instrument)
    load = tr("de belasting van {who}", who=who)
    if c.before is None and c.after is not None:
        return (load, tr("is"), tr("voor het eerst gemeten: {words} ({inst} {t} van {m})",
                                   words=c.after.words.lower(), inst=inst, t=c.after.total,
                                   m=c.after.max_total))
    if c.before is None or c.after is None or c.direction is None:
        return None
    verb = {Direction.UP: tr("gestegen"), Direction.DOWN: tr("gedaald"),
            Direction.SAME: tr("gelijk gebleven")}[c.direction]
    figures = tr("{inst} {t0} → {t1}", inst=inst, t0=c.before.total, t1=c.after.total)
    if c.before.band and c.after.band:
        if c.before.band == c.after.band:
            if c.direction is Direction.SAME:
                return None
            return (load, tr("is"), tr("{verb} ({figures}), nog steeds {band}", verb=verb,
                                       figures=figures, band=c.after.band))
        return (load, tr("is"), tr("{verb} van {b0} naar {b1} ({figures})", verb=verb,
                                   b0=c.before.band, b1=c.after.band, figures=figures))
    if c.before.overloaded is not None and c.after.overloaded is not None and (
            c.before.overloaded != c.after.overloaded):
        words = c.after.words.lower()
        return (who, tr("heeft"), tr("nu {words} ({figures})", figures=figures,
                                     words=tr("een {w}", w=words) if c.after.overloaded
                                     else words))
    if c.direction is Direction.SAME:
        return None
    return (tr("de {inst}-score van {who}", inst=inst, who=who), tr("is"),
            tr("{verb} van {t0} naar {t1}", verb=verb, t0=c.before.total, t1=c.after.total))


def _is_are(items: list[str]) -> str:
    return tr("is") if len(items) == 1 else tr("zijn")


def change_parts(cmp: Comparison, name: Namer) -> list[Part]:
    """Every change in the network as a clause, most important first: people, hours, load,
    ties, tasks, moves."""
    return [part for group in change_groups(cmp, name) for part in group]


def change_groups(cmp: Comparison, name: Namer) -> list[list[Part]]:
    """The clauses of :func:`change_parts` by what they are about, in that order (a summary
    says each group as one sentence): people and hours, load, lines, tasks, places."""
    client = cmp.now.case.network.client_id or cmp.then.case.network.client_id
    load = [part for lc in cmp.load if (part := load_change_part(lc, name)) is not None]
    lines = [tie_change_part(c, name, client) for c in cmp.ties]
    groups = [_people_parts(cmp, name), load, lines, _task_parts(cmp), _move_parts(cmp, name)]
    return [group for group in groups if group]


def _people_parts(cmp: Comparison, name: Namer) -> list[Part]:
    """Who joined, left or died, and who helps more or less."""
    parts: list[Part] = []
    hours_now = dict(overview(cmp.now.case.network).hours_by_person)
    hours_then = dict(overview(cmp.then.case.network).hours_by_person)
    helping_new = [p for p in cmp.joined if hours_now.get(p, 0) > 0]
    for pid in helping_new:
        parts.append((name(pid), tr("is"), tr("gaan helpen ({h})", h=hours_text(hours_now[pid]))))
    others = [name(p) for p in cmp.joined if p not in helping_new]
    if others:
        parts.append((_and(others), _is_are(others), tr("erbij gekomen")))
    for pid in cmp.left:
        rest = tr("uit het netwerk verdwenen")
        if hours_then.get(pid, 0) > 0:
            rest += " " + tr("(hielp {h})", h=hours_text(hours_then[pid]))
        parts.append((name(pid), tr("is"), rest))
    if cmp.died:
        names = [name(p) for p in cmp.died]
        parts.append((_and(names), _is_are(names), tr("overleden")))
    for c in cmp.hours_by_person:
        pid = c.key
        if pid in cmp.joined or pid in cmp.left:
            continue
        if c.before == 0:
            parts.append((name(pid), tr("is"), tr("gaan helpen ({h})", h=hours_text(c.after))))
        elif c.after == 0:
            parts.append((name(pid), tr("helpt"), tr("niet meer (was {h})",
                                                     h=hours_text(c.before))))
        else:
            more = tr("meer") if c.after > c.before else tr("minder")
            parts.append((name(pid), tr("helpt"), tr("{more} (van {h0} naar {h1})", more=more,
                                                     h0=format_hours(c.before),
                                                     h1=hours_text(c.after))))
    return parts


def _task_parts(cmp: Comparison) -> list[Part]:
    parts: list[Part] = []
    for ids, rest in ((cmp.newly_covered, tr("nu gedekt")),
                      (cmp.newly_uncovered, tr("nu onbedekt"))):
        if ids:
            tasks = [small(cmp.task_name(t)) for t in ids]
            parts.append((" / ".join(tasks), _is_are(tasks), rest))
    return parts


def _move_parts(cmp: Comparison, name: Namer) -> list[Part]:
    parts: list[Part] = []
    for m in cmp.moves:
        where = {"ring": tr("op de netwerkkaart nu in de ring ‘{after}’ (was ‘{before}’)"),
                 "sector": tr("op de netwerkkaart nu in de sector ‘{after}’ (was ‘{before}’)"),
                 "categorie": tr("op het ecogram nu bij ‘{after}’ (was ‘{before}’)"),
                 "afstand": tr("op het ecogram nu {after} (was {before})")}[m.part]
        parts.append((name(m.person), tr("staat"),
                      where.replace("{after}", m.after).replace("{before}", m.before)))
    return parts


def summary(cmp: Comparison, name: Namer | None = None,
            scrub: Callable[[str], str] | None = None,
            when: Callable[[str], str] = on_date) -> str:
    """:func:`summary_paragraphs` as one text, the paragraphs apart by an empty line."""
    return "\n\n".join(summary_paragraphs(cmp, name, scrub, when))


def summary_paragraphs(cmp: Comparison, name: Namer | None = None,
                       scrub: Callable[[str], str] | None = None,
                       when: Callable[[str], str] = on_date) -> list[str]:
    """The comparison as plain Dutch a professional can paste into a report: the changes
    (a sentence per subject), then what was seen (risks, strengths), then the agreements.

    ``name`` gives a person's name (default: as in the case); ``scrub`` cleans the texts the
    app did not build itself (findings' sentences, agreements, a snapshot's name), ``when``
    says a moment's date ("op 3 maart 2026"; "" for none): both for a privacy level."""
    name = name or cmp.person_name
    clean = scrub or (lambda text: text)
    groups = change_groups(cmp, name)
    then, now = (replace(m, name=clean(m.name)) for m in (cmp.then, cmp.now))
    opening = (tr("Sinds {then}", then=moment_phrase(then, when)) if now.is_now
               else tr("Tussen {then} en {now}", then=moment_phrase(then, when),
                       now=moment_phrase(now, when)))
    changes: list[str] = []
    for group in groups:
        clauses = [f"{subject} {verb} {rest}" for subject, verb, rest in group]
        if not changes:  # the first clause after the opening: "Sinds ... is Lisa ..."
            subject, verb, rest = group[0]
            clauses[0] = f"{opening} {verb} {subject} {rest}"
        changes.append("; ".join(clauses))
    if not changes:
        changes.append(tr("{opening} is er in het netwerk niets veranderd.", opening=opening))
    seen: list[str] = []
    for found, title in ((cmp.risks_new, tr("Nieuwe risico's:")),
                         (cmp.risks_gone, tr("Risico's die er niet meer zijn:")),
                         (cmp.strengths_new, tr("Nieuwe sterke punten:")),
                         (cmp.strengths_gone, tr("Sterke punten die er niet meer zijn:"))):
        if found:
            said = [_sentence(clean(f.text)) for f in found]
            if not any(said[0].startswith(name(p)) for p in found[0].people):
                said[0] = small(said[0])  # small after the colon, unless a name
            seen.append(" ".join([title, *said]))
    paragraphs = [changes, seen, _agreement_sentences(cmp, clean)]
    return [" ".join(_sentence(s) for s in p) for p in paragraphs if p]


def _sentence(text: str) -> str:
    text = capital(text.strip())
    return text if text.endswith((".", "!", "?")) else text + "."


def _agreement_sentences(cmp: Comparison, clean: Callable[[str], str]) -> list[str]:
    out = []

    def what(ids: tuple[str, ...]) -> str:
        return _and([f"‘{clean(a.what)}’" for a in map(cmp.agreement, ids) if a is not None])

    if cmp.agreements_made:
        n = len(cmp.agreements_made)
        out.append(tr("{n} nieuwe {word}:", n=n, word=tr("afspraak") if n == 1
                      else tr("afspraken")) + " " + what(cmp.agreements_made))
    if cmp.agreements_done:
        out.append(tr("Uitgevoerd:") + " " + what(cmp.agreements_done))
    if cmp.agreements_overdue:
        out.append(tr("Over de datum:") + " " + what(cmp.agreements_overdue))
    return out


# -- as data (the command line's --json) -------------------------------------------------


def as_json(cmp: Comparison) -> dict[str, object]:
    """The comparison with ids and names, codes and Dutch words, for scripts."""

    def person(pid: str) -> dict[str, str]:
        return {"id": pid, "name": cmp.person_name(pid)}

    def moment(m: Moment) -> dict[str, object]:
        return {"name": m.name, "date": m.date, "snapshot": m.snapshot_id}

    def result(r: Result | None) -> dict[str, object] | None:
        return None if r is None else {"date": r.date, "total": r.total,
                                       "max": r.max_total, "words": r.words,
                                       "band": r.band, "overloaded": r.overloaded}

    def agreement(aid: str) -> dict[str, object]:
        a = cmp.agreement(aid)
        return {"id": aid, "what": a.what if a else "", "by_when": a.by_when if a else None,
                "done": a.done if a else None}

    def finding(f: SeenFinding) -> dict[str, object]:
        return {"code": f.code, "risk": f.risk, "text": f.text, "people": list(f.people)}

    return {
        "from": moment(cmp.then), "to": moment(cmp.now),
        "summary": summary(cmp),
        "joined": [person(p) for p in cmp.joined],
        "left": [person(p) for p in cmp.left],
        "died": [person(p) for p in cmp.died],
        "ties": [{"a": person(c.a), "b": person(c.b), "line": c.family,
                  "change": c.change.value, "before": c.before, "after": c.after}
                 for c in cmp.ties],
        "moves": [{"person": person(m.person), "map": m.map.value, "part": m.part,
                   "before": m.before, "after": m.after} for m in cmp.moves],
        "hours_by_person": [{"person": person(c.key), "before": c.before, "after": c.after}
                            for c in cmp.hours_by_person],
        "hours_by_task": [{"task": cmp.task_name(c.key), "id": c.key, "before": c.before,
                           "after": c.after} for c in cmp.hours_by_task],
        "newly_covered": [cmp.task_name(t) for t in cmp.newly_covered],
        "newly_uncovered": [cmp.task_name(t) for t in cmp.newly_uncovered],
        "load": [{"person": person(c.person), "instrument": c.instrument,
                  "before": result(c.before), "after": result(c.after),
                  "direction": c.direction.value if c.direction else None,
                  "band_changed": c.band_changed} for c in cmp.load],
        "findings_new": [finding(f) for f in cmp.findings_new],
        "findings_gone": [finding(f) for f in cmp.findings_gone],
        "agreements_made": [agreement(a) for a in cmp.agreements_made],
        "agreements_done": [agreement(a) for a in cmp.agreements_done],
        "agreements_overdue": [agreement(a) for a in cmp.agreements_overdue],
    }


# -- as tables (the comparison window and the PDF) --------------------------------------------

Row = tuple[str, str, str]
"""(what, then, now) in Dutch words."""


def detail_tables(cmp: Comparison, name: Namer | None = None,
                  clean: Callable[[str], str] | None = None,
                  date: Callable[[str], str] = display_long) -> list[tuple[str, list[Row]]]:
    """The comparison as titled tables of what, then and now; only the parts with a change.
    ``name``, ``clean`` and ``date`` put in the words of a privacy level."""
    name = name or cmp.person_name
    clean = clean or (lambda text: text)
    out: list[tuple[str, list[Row]]] = []
    dash = "–"
    people: list[Row] = []
    people += [(name(p), dash, tr("erbij gekomen")) for p in cmp.joined]
    people += [(name(p), tr("in het netwerk"), tr("vertrokken")) for p in cmp.left]
    people += [(name(p), tr("in leven"), tr("overleden")) for p in cmp.died]
    if people:
        out.append((tr("Wie kwam erbij, wie ging weg"), people))
    client = cmp.now.case.network.client_id or cmp.then.case.network.client_id

    def line(c: TieChange) -> str:
        kind = tr("steunlijn") if c.family == "support" else tr("band")
        if client in (c.a, c.b):
            return tr("{kind} met {name}", kind=kind, name=name(c.b if c.a == client else c.a))
        return tr("{kind} {a} – {b}", kind=kind, a=name(c.a), b=name(c.b))

    def code(value: str | None) -> str:
        if value is None:
            return dash
        for enum in (SupportStrength, EmotionalKind):
            try:
                return label(enum(value)).lower()
            except ValueError:
                continue
        return value

    def after(c: TieChange) -> str:  # then and now say the change, unless one is missing
        if c.before is not None and c.after is not None:
            return code(c.after)
        return f"{code(c.after)} ({tr(_TIE_WORD[c.change])})"

    ties = [(line(c), code(c.before), after(c)) for c in cmp.ties]
    if ties:
        out.append((tr("Lijnen die veranderden"), ties))
    moves = [(f"{name(m.person)} ({_PART_WORD[m.part]})", m.before, m.after) for m in cmp.moves]
    if moves:
        out.append((tr("Plaats op de kaarten"), moves))
    hours = [(name(c.key), hours_text(c.before), hours_text(c.after))
             for c in cmp.hours_by_person]
    if hours:
        out.append((tr("Zorguren per persoon"), hours))
    covered = {t: tr("nu gedekt") for t in cmp.newly_covered} | {
        t: tr("niet meer gedekt") for t in cmp.newly_uncovered}
    tasks = [(cmp.task_name(c.key), hours_text(c.before), hours_text(c.after)
              + (f" ({covered[c.key]})" if c.key in covered else ""))
             for c in cmp.hours_by_task]
    with_hours = {c.key for c in cmp.hours_by_task}
    tasks += [(cmp.task_name(t), tr("niet gedekt"), tr("gedekt")) for t in cmp.newly_covered
              if t not in with_hours]
    tasks += [(cmp.task_name(t), tr("gedekt"), tr("niet gedekt")) for t in cmp.newly_uncovered
              if t not in with_hours]
    if tasks:
        out.append((tr("Zorgtaken"), tasks))

    def result(r: Result | None) -> str:
        if r is None:
            return dash
        when = date(r.date)
        return tr("{t} van {m}, {words}", t=r.total, m=r.max_total, words=r.words.lower()) + (
            f" ({when})" if when else "")

    load = []
    for c in cmp.load:
        mark = ""
        if c.band_changed and c.direction is not None:
            mark = " " + (tr("▲ hoger") if c.direction is Direction.UP else tr("▼ lager"))
        load.append((f"{name(c.person)}: {_inst_name(c.instrument)}", result(c.before),
                     result(c.after) + mark))
    if load:
        out.append((tr("Belasting per mantelzorger"), load))
    found = [(clean(f.text), tr("gezien"), tr("niet meer")) for f in cmp.findings_gone]
    found = [(clean(f.text), dash, tr("nieuw")) for f in cmp.findings_new] + found
    if found:
        out.append((tr("Kracht en risico's"), found))
    agreements: list[Row] = []
    for ids, then_word, now_word in ((cmp.agreements_made, dash, tr("gemaakt")),
                                     (cmp.agreements_done, tr("open"), tr("uitgevoerd")),
                                     (cmp.agreements_overdue, tr("open"),
                                      tr("over de datum"))):
        for aid in ids:
            a = cmp.agreement(aid)
            if a is not None:
                agreements.append((clean(a.what), then_word, now_word))
    if agreements:
        out.append((tr("Afspraken"), agreements))
    return out


_TIE_WORD = {
    TieChangeKind.STRONGER: "sterker", TieChangeKind.WEAKER: "zwakker",
    TieChangeKind.STRESSFUL: "belastend", TieChangeKind.NO_LONGER_STRESSFUL: "niet meer belastend",
    TieChangeKind.NEW: "nieuw", TieChangeKind.ENDED: "verdwenen",
}
_PART_WORD = {"ring": "ring, netwerkkaart", "sector": "sector, netwerkkaart",
              "categorie": "categorie, ecogram", "afstand": "afstand, ecogram"}
