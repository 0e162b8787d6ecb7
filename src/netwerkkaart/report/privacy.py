"""Privacy levels of the dossier PDF and the image exports, applied field by field.

* **volledig**: everything.
* **initialen**: every name as initials plus the relation to the client ("A.B. (dochter)"; a
  number where initials repeat); birth and death years kept, full dates dropped; no contact
  details; notes only when the professional ticks them.
* **anoniem**: no names or initials at all: the relation or role instead ("dochter",
  "buurvrouw", "huisarts"; the client is "cliënt"); ages kept, but no dates or years anywhere;
  no contact details, no notes, no organisation of a private person. The case reference and
  the professional stay: they belong to the dossier.

The maps are laid out from the full case (:func:`drawing_case` only changes what is written),
so a redacted map has the same shape as the full one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from ..i18n import small, tr
from ..labels import label, person_relation
from ..model import Case, PartnershipTie, PersonKind
from ..model.dates import display, year_of

if TYPE_CHECKING:
    from ..analysis.compare import Comparison

FORMAL = frozenset({PersonKind.PROFESSIONAL, PersonKind.ORGANISATION,
                    PersonKind.VOLUNTEER_ORGANISED})


class Privacy(StrEnum):
    FULL = "volledig"
    INITIALS = "initialen"
    ANONYMOUS = "anoniem"


PRIVACY_WORDS = {
    Privacy.FULL: "Volledig: alle gegevens",
    Privacy.INITIALS: "Initialen: namen als initialen, alleen jaartallen",
    Privacy.ANONYMOUS: "Anoniem: geen namen, geen data of jaartallen",
}


_DATE = re.compile(r"\b\d{1,2}-\d{1,2}-(?P<y>\d{4})\b|\b(?P<iy>\d{4})-\d{2}(-\d{2})?\b")
_ON_DATE = re.compile(r"\s(op|sinds|per|vanaf|in)\s(\d{1,2}-\d{1,2}-)?(19|20)\d{2}\b",
                      re.IGNORECASE)
_ON_FULL_DATE = re.compile(r"\sop\s\d{1,2}-\d{1,2}-(?P<y>\d{4})\b")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def initials(name: str) -> str:
    """"Jan de Vries" -> "J.d.V."; "Petra Yilmaz-de Vries" -> "P.Y.d.V."."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    return "".join(p[0] + "." for p in parts) if parts else "?"


@dataclass
class Redaction:
    """How every field of one case is written at one privacy level."""

    level: Privacy
    notes: bool
    """Whether free-text notes are printed."""
    names: dict[str, str] = field(default_factory=dict)
    """What stands for each person's name (full name, "A.B., dochter" or "dochter")."""

    @property
    def full(self) -> bool:
        return self.level is Privacy.FULL

    @property
    def contact(self) -> bool:
        """Phone numbers and e-mail addresses."""
        return self.level is Privacy.FULL

    @property
    def years(self) -> bool:
        return self.level is not Privacy.ANONYMOUS

    def name(self, pid: str | None) -> str:
        return self.names.get(pid or "", "") if pid else ""

    def in_sentence(self, pid: str | None) -> str:
        """A person as a sentence names them: at anoniem with the article ("de dochter",
        "de huishoudelijke hulp"), otherwise as :meth:`name`."""
        said = self.name(pid)
        if self.level is not Privacy.ANONYMOUS or not said:
            return said
        return tr("de {who}", who=small(said))

    def date(self, value: str | None) -> str:
        """A date as it may be printed: in full, as a year, or not at all."""
        if not value:
            return ""
        if self.level is Privacy.FULL:
            return display(value)
        if self.level is Privacy.INITIALS:
            return str(year_of(value))
        return ""

    def text(self, value: str) -> str:
        """Free text (notes, what the professional wrote): only when notes are printed, and
        then scrubbed like every other sentence."""
        return self.scrub(value) if self.notes else ""

    replacements: list[tuple[re.Pattern[str], str]] = field(default_factory=list)

    def scrub(self, value: str) -> str:
        """A sentence as the level allows it: names (full and first names) replaced by what
        stands for them, full dates cut to the year (initialen) or left out with the years
        (anoniem). Applied to every sentence the PDF prints that the app did not compose
        from redacted parts (findings, agreements, the professional's notes)."""
        if self.level is Privacy.FULL or not value:
            return value
        for pattern, replacement in self.replacements:
            value = pattern.sub(replacement.replace("\\", "\\\\"), value)
        if self.level is Privacy.INITIALS:
            value = _ON_FULL_DATE.sub(lambda m: f" in {m.group('y')}", value)
            return _DATE.sub(lambda m: m.group("y") or m.group("iy"), value)
        value = _ON_DATE.sub("", value)
        value = _DATE.sub("", value)
        value = _YEAR.sub("", value)
        return re.sub(r"\s{2,}", " ", value).replace(" .", ".").replace(" ,", ",").strip()


def redaction(case: Case, level: Privacy | str, notes: bool = False) -> Redaction:
    """The redaction of ``case`` at ``level``; ``notes``: the professional ticked "notities
    afdrukken" (always on for volledig, always off for anoniem)."""
    level = Privacy(level)
    net = case.network
    out = Redaction(level, notes=level is Privacy.FULL or (level is Privacy.INITIALS and notes))
    role = {pid: _role(case, pid) for pid in net.people}
    if level is Privacy.FULL:
        out.names = {pid: p.name for pid, p in net.people.items()}
        return out
    if level is Privacy.INITIALS:
        base = {pid: initials(p.name) for pid, p in net.people.items()}
    else:
        base = {pid: role[pid] for pid in net.people}
    seen: dict[str, int] = {}
    count = {b: list(base.values()).count(b) for b in base.values()}
    for pid in net.people:  # the order people were added: stable numbers
        b = base[pid]
        if count[b] > 1:
            seen[b] = seen.get(b, 0) + 1
            b = f"{b} ({seen[b]})" if level is Privacy.INITIALS else f"{b} {seen[b]}"
        if level is Privacy.INITIALS:
            out.names[pid] = f"{b} ({role[pid]})" if role[pid] else b
        else:
            out.names[pid] = b
    out.replacements = _name_patterns(case, out)
    return out


def _name_patterns(case: Case, red: Redaction) -> list[tuple[re.Pattern[str], str]]:
    """Full names first (longest first), then first names that are unique and not a common
    word, each replaced by what stands for that person."""
    people = case.network.people
    out: list[tuple[re.Pattern[str], str]] = []
    full = sorted(((p.name.strip(), pid) for pid, p in people.items() if p.name.strip()),
                  key=lambda t: -len(t[0]))
    for name, pid in full:
        out.append((re.compile(r"\b" + re.escape(name) + r"\b"), red.names[pid]))
    firsts: dict[str, list[str]] = {}
    for pid, p in people.items():
        words = p.name.split()
        if words and len(words[0]) >= 3:
            firsts.setdefault(words[0], []).append(pid)
    for first, pids in firsts.items():
        if len(pids) == 1:
            out.append((re.compile(r"\b" + re.escape(first) + r"\b"), red.names[pids[0]]))
    return out


def _role(case: Case, pid: str) -> str:
    net = case.network
    if net.is_client(pid):
        return tr("cliënt")
    word = person_relation(net, pid)
    if word:
        return word
    return label(net.people[pid].kind).lower()


def drawing_case(case: Case, red: Redaction) -> Case:
    """The case as the maps may write it: the same people, ties and placements (so the
    layout, computed from the full case, fits), with names, contact details, private
    persons' organisations and, for anoniem, the couple lines' years replaced."""
    if red.full:
        return case
    net = case.network
    people = {}
    for pid, p in net.people.items():
        update: dict[str, object] = {"name": red.name(pid), "phone": "", "email": "",
                                     "notes": ""}
        if red.level is Privacy.ANONYMOUS and p.kind not in FORMAL:
            update["organisation"] = ""
        people[pid] = p.model_copy(update=update)
    ties = dict(net.ties)
    if red.level is Privacy.ANONYMOUS:
        for tid, t in ties.items():
            if isinstance(t, PartnershipTie) and (t.start or t.end):
                ties[tid] = t.model_copy(update={"start": None, "end": None})
    network = net.replace(people=people, ties=ties)
    meta = case.meta.model_copy(update={"client_name": red.name(net.client_id),
                                        "notes": red.text(case.meta.notes)})
    return case.model_copy(update={"network": network, "meta": meta})


def moment_words(name: str, date: str, red: Redaction) -> str:
    """A moment as the level may write it: "Intake (20 augustus 2026)", "Intake (2026)" for
    initialen, "Intake" for anoniem (the name itself scrubbed)."""
    from ..model.dates import display_long

    name = red.scrub(name)
    if red.level is Privacy.FULL:
        return tr("{name} ({date})", name=name, date=display_long(date))
    if red.level is Privacy.INITIALS:
        return tr("{name} ({date})", name=name, date=date[:4])
    return name


def comparison_title(cmp: Comparison, red: Redaction) -> str:
    return tr("Vergelijking: {then} → {now}",
              then=moment_words(cmp.then.name, cmp.then.date, red),
              now=moment_words(cmp.now.name, cmp.now.date, red))
