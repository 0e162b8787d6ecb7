"""Records to a case: people, partnerships and parent-child ties, with what was skipped.

The rules are described in :mod:`.gedcom`; this module only applies them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import tr
from ..model import (
    CLIENT,
    Case,
    CaseError,
    CaseMeta,
    Network,
    ParentChildKind,
    ParentChildTie,
    PartnershipStatus,
    PartnershipTie,
    Person,
    PersonKind,
    Sex,
    validate_case,
)
from ..model.dates import in_future
from .gedcom_dates import parse_gedcom_date
from .gedcom_lines import Node
from .gedcom_skips import GedcomError, Skips

_SEX = {"M": Sex.MALE, "F": Sex.FEMALE, "V": Sex.FEMALE, "X": Sex.NONBINARY}
_PEDI = {
    "BIRTH": ParentChildKind.BIOLOGICAL, "NATURAL": ParentChildKind.BIOLOGICAL,
    "BIOLOGICAL": ParentChildKind.BIOLOGICAL, "BIOLOGISCH": ParentChildKind.BIOLOGICAL,
    "ADOPTED": ParentChildKind.ADOPTED, "ADOPTIVE": ParentChildKind.ADOPTED,
    "ADOPTION": ParentChildKind.ADOPTED, "GEADOPTEERD": ParentChildKind.ADOPTED,
    "FOSTER": ParentChildKind.FOSTER, "PLEEG": ParentChildKind.FOSTER,
}
_STEP = ("STEP", "STIEF")
_NO = ("N", "NO", "NEE")


def build_case(records: list[Node], skips: Skips, client: str | None, version: str,
               encoding: str) -> tuple[Case, dict[str, str]]:
    """A valid case and the xref -> person id map; raises :class:`GedcomError` if empty."""
    return _Builder(records, skips).build(client, version, encoding)


@dataclass
class _FamLinks:
    """What INDI records say about the children of one family."""

    pedi: dict[str, str] = field(default_factory=dict)  # child xref -> FAMC.PEDI value
    adopted: dict[str, str] = field(default_factory=dict)  # child xref -> ADOP.FAMC.ADOP value


class _Builder:
    """Turns parsed records into people and ties, counting what it has to leave out."""

    def __init__(self, records: list[Node], skips: Skips) -> None:
        self.records = records
        self.skips = skips
        self.people: dict[str, Person] = {}
        self.ids: dict[str, str] = {}  # xref -> person id
        self.partnerships: list[PartnershipTie] = []
        self.links: list[tuple[str, str, ParentChildKind, str]] = []  # parent, child, kind, xref
        self.linked: set[tuple[str, str]] = set()

    def build(self, client: str | None, version: str, encoding: str) -> tuple[Case, dict[str, str]]:
        indis, fams = self._index()
        for xref, node in indis.items():
            self._person(xref, node)
        if not self.people:
            raise GedcomError(tr("Geen personen gevonden in het bestand. Is het wel een "
                                 "GEDCOM-bestand?"))
        famc = self._famc(indis, fams)
        for xref, node in fams.items():
            self._family(node, famc.get(xref, _FamLinks()))
        self._break_cycles()
        self._two_birth_parents()
        client_xref = self._client_xref(client)
        client_id = self.ids[client_xref]
        notes = tr("Ingelezen uit een GEDCOM-bestand (versie {version}, tekenset {encoding}).",
                   version=version, encoding=encoding)
        if client is None:
            notes += " " + tr("De eerste persoon in het bestand ({xref}) is als cliënt gekozen; "
                              "kies zo nodig een ander.", xref=client_xref)
        ties: list[PartnershipTie | ParentChildTie] = list(self.partnerships)
        ties += [ParentChildTie(a=p, b=c, relation=k) for p, c, k, _ in self.links]
        case = Case(meta=CaseMeta(client_name=self.people[client_id].name, notes=notes),
                    network=Network(people=self.people, ties={t.id: t for t in ties},
                                    refs={CLIENT.name: client_id}))
        try:
            validate_case(case)
        except CaseError as err:  # pragma: no cover - the builder prevents every known cause
            raise GedcomError(tr("Het GEDCOM-bestand levert geen geldige casus op: {problem}",
                                 problem=str(err))) from None
        return case, dict(self.ids)

    # -- records ---------------------------------------------------------------------
    def _index(self) -> tuple[dict[str, Node], dict[str, Node]]:
        indis: dict[str, Node] = {}
        fams: dict[str, Node] = {}
        seen: set[str] = set()
        if not any(r.tag == "TRLR" for r in self.records):
            self.skips.add("truncated")
        for rec in self.records:
            if rec.tag not in ("INDI", "FAM"):
                continue
            if not rec.xref:
                self.skips.add("no_xref", line=rec.line)
                continue
            if rec.xref in seen:
                self.skips.add("duplicate", xref=rec.xref)
                continue
            seen.add(rec.xref)
            (indis if rec.tag == "INDI" else fams)[rec.xref] = rec
            self.skips.add("asso", sum(1 for n in rec.walk() if n.tag == "ASSO"))
        return indis, fams

    def _person(self, xref: str, node: Node) -> None:
        sex_node = node.first("SEX")
        sex = _SEX.get(sex_node.value.strip().upper()[:1], Sex.UNKNOWN) if sex_node else Sex.UNKNOWN
        birth = self._event_date(node, ("BIRT",))
        death = self._event_date(node, ("DEAT",))
        deceased = any(e.value.strip().upper() not in _NO
                       for e in node.children if e.tag in ("DEAT", "BURI", "CREM"))
        if birth and death and death < birth[: len(death)]:
            self.skips.add("death_before_birth", xref=xref)
            death = None
        if birth and in_future(birth):  # a typing error in the tree: left empty, said
            self.skips.add("future_date", xref=xref)
            birth = None
        if death and in_future(death):
            self.skips.add("future_date", xref=xref)
            death = None
        try:
            person = Person(name=_name(node), sex=sex, birth=birth, death=death,
                            deceased=deceased, kind=PersonKind.FAMILY)
        except ValueError:  # pragma: no cover - inputs are checked above
            self.skips.add("bad_person", xref=xref)
            return
        self.people[person.id] = person
        self.ids[xref] = person.id

    def _event_date(self, node: Node, tags: tuple[str, ...]) -> str | None:
        for event in node.children:
            if event.tag in tags:
                date = event.first("DATE")
                if date is not None and date.value.strip():
                    parsed = parse_gedcom_date(date.value)
                    if parsed is None:
                        self.skips.add("date", line=date.line)
                    return parsed
        return None

    def _famc(self, indis: dict[str, Node], fams: dict[str, Node]) -> dict[str, _FamLinks]:
        """family xref -> what the INDI records say about its children (FAMC, ADOP)."""
        out: dict[str, _FamLinks] = {}
        for xref, node in indis.items():
            if xref not in self.ids:
                continue
            for famc in node.all("FAMC"):
                fam = famc.value.strip()
                if fam == "@VOID@" or not fam:
                    continue
                if fam not in fams:
                    self.skips.add("missing_family", xref=fam)
                    continue
                pedi = famc.first("PEDI")
                out.setdefault(fam, _FamLinks()).pedi.setdefault(
                    xref, pedi.value.strip().upper() if pedi else "")
            for adop in node.all("ADOP"):
                ref = adop.first("FAMC")
                if ref is not None and ref.value.strip() in fams:
                    who = ref.first("ADOP")
                    out.setdefault(ref.value.strip(), _FamLinks()).adopted[xref] = (
                        who.value.strip().upper() if who and who.value.strip() else "BOTH")
        return out

    def _family(self, fam: Node, famc: _FamLinks) -> None:
        parents: list[tuple[str, str]] = []  # (role, person id)
        for role in ("HUSB", "WIFE"):
            ref = fam.first(role)
            pid = self._resolve(ref.value if ref else "")
            if pid:
                parents.append((role, pid))
        if len(parents) == 2:
            if parents[0][1] == parents[1][1]:
                self.skips.add("self_partner", xref=fam.xref or "")
            else:
                self._partnership(fam, parents[0][1], parents[1][1])
        children: dict[str, Node | None] = {}
        for chil_node in fam.all("CHIL"):
            children.setdefault(chil_node.value.strip(), chil_node)
        for child_xref in famc.pedi:
            children.setdefault(child_xref, None)
        for child_xref, chil in children.items():
            child = self._resolve(child_xref)
            if not child:
                continue
            for role, parent in parents:
                kind = self._relation(role, chil, famc.pedi.get(child_xref, ""),
                                      famc.adopted.get(child_xref, ""))
                if kind is not None:
                    self._link(parent, child, kind, child_xref)

    def _resolve(self, value: str) -> str | None:
        xref = value.strip()
        if not xref or xref == "@VOID@":
            return None
        pid = self.ids.get(xref)
        if pid is None:
            self.skips.add("missing_person", xref=xref)
        return pid

    def _partnership(self, fam: Node, a: str, b: str) -> None:
        marr = next((e for e in fam.all("MARR") if e.value.strip().upper() not in _NO), None)
        div = next((e for e in fam.children if e.tag in ("DIV", "ANUL")
                    and e.value.strip().upper() not in _NO), None)
        start = self._event_date(fam, ("MARR",)) if marr else None
        end = self._event_date(fam, (div.tag,)) if div else None
        if start and end and end < start[: len(end)]:
            self.skips.add("date", line=div.line if div else 0)
            end = None
        status = (PartnershipStatus.DIVORCED if div else
                  PartnershipStatus.MARRIED if marr else PartnershipStatus.LIVING_TOGETHER)
        self.partnerships.append(PartnershipTie(a=a, b=b, status=status, start=start, end=end))

    def _relation(self, role: str, chil: Node | None, pedi: str,
                  adop: str) -> ParentChildKind | None:
        own = chil.first("_FREL" if role == "HUSB" else "_MREL") if chil else None
        if own is not None and own.value.strip():
            value = own.value.strip().upper()
        elif adop in ("BOTH", role):
            value = "ADOPTED"
        else:
            value = pedi or "BIRTH"
        if value.startswith(_STEP):
            self.skips.add("step")
            return None
        kind = _PEDI.get(value)
        if kind is None:
            self.skips.add("pedi_other")
            return ParentChildKind.BIOLOGICAL
        return kind

    def _link(self, parent: str, child: str, kind: ParentChildKind, xref: str) -> None:
        if parent == child:
            self.skips.add("cycle", xref=xref)
        elif (parent, child) not in self.linked:
            self.linked.add((parent, child))
            self.links.append((parent, child, kind, xref))

    def _break_cycles(self) -> None:
        """Drop every DFS back edge: what remains is acyclic (one pass, O(people + links))."""
        kids: dict[str, list[int]] = {}
        for i, (parent, _, _, _) in enumerate(self.links):
            kids.setdefault(parent, []).append(i)
        state: dict[str, int] = {}  # 1 = on the stack, 2 = done
        dropped: set[int] = set()
        for root in list(kids):
            if root in state:
                continue
            state[root] = 1
            stack: list[tuple[str, int]] = [(root, 0)]
            while stack:
                node, pos = stack[-1]
                edges = kids.get(node, [])
                if pos == len(edges):
                    state[node] = 2
                    stack.pop()
                    continue
                stack[-1] = (node, pos + 1)
                child = self.links[edges[pos]][1]
                if state.get(child) == 1:
                    dropped.add(edges[pos])
                    self.skips.add("cycle", xref=self.links[edges[pos]][3])
                elif child not in state:
                    state[child] = 1
                    stack.append((child, 0))
        self.links = [link for i, link in enumerate(self.links) if i not in dropped]

    def _two_birth_parents(self) -> None:
        """A child in more than one birth family: the first two biological parents stay (a
        third is impossible and would refuse the whole file); the others are skipped."""
        birth: dict[str, int] = {}
        kept: list[tuple[str, str, ParentChildKind, str]] = []
        for link in self.links:
            _parent, child, kind, xref = link
            if kind is ParentChildKind.BIOLOGICAL:
                birth[child] = birth.get(child, 0) + 1
                if birth[child] > 2:
                    self.skips.add("third_parent", xref=xref)
                    continue
            kept.append(link)
        self.links = kept

    def _client_xref(self, client: str | None) -> str:
        if client is None:
            return next(iter(self.ids))
        wanted = client.strip().strip("@")
        xref = f"@{wanted}@"
        if xref not in self.ids:
            xref = next((x for x in self.ids if x.upper() == xref.upper()), "")
        if not xref:
            raise GedcomError(tr("De gekozen cliënt @{xref}@ komt niet voor in het GEDCOM-bestand "
                                 "(of kon niet worden ingelezen).", xref=wanted))
        return xref


def _name(node: Node) -> str:
    for name in node.all("NAME"):
        text = " ".join(name.value.replace("/", " ").split())
        if text:
            return text
        parts = [part.value for tag in ("NPFX", "GIVN", "SPFX", "SURN", "NSFX")
                 for part in name.all(tag)]
        text = " ".join(" ".join(parts).replace("/", " ").split())
        if text:
            return text
    return ""
