"""Carers: their roles (SOFA, WIFA, kunnen / weten / willen), their load (instrument results
and quick balance checks) and the checklists of signals and risk, all dated records so that a
later visit sees the change. Facts from ``shared/domain.md`` sections 3 and 4.

Every kind here is declared once (:mod:`.records`): cascade delete, reference checks, edit
ops and the file follow from the declarations. Instrument answers are stored item by item;
the score is computed from them (:mod:`netwerkkaart.instruments`), never stored beside them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from ..i18n import tr
from ..instruments import INSTRUMENTS, Score, check_answers, score
from .dates import PartialDate, in_future
from .people import new_id
from .records import Problem, Ref, declare_record

if TYPE_CHECKING:
    from .network import Network


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# -- roles ----------------------------------------------------------------------------------


class Sofa(StrEnum):
    """The SOFA-model (Movisie): the letter is the professional's action."""

    S = "S"  # Samenwerken: the carer as partner in the care
    O = "O"  # noqa: E741  Ondersteunen: the carer as hulpvrager
    F = "F"  # Faciliteren: the personal relationship
    A = "A"  # Afstemmen: the carer as expert


class Wifa(StrEnum):
    """The WIFA-model for volunteers."""

    W = "W"  # Waarderen
    I = "I"  # noqa: E741  Informeren
    F = "F"  # Faciliteren
    A = "A"  # Afstemmen


class RoleRecord(_Frozen):
    """A carer's roles as seen on one date."""

    id: str = Field(default_factory=new_id, min_length=1)
    person: str = Field(min_length=1)
    date: PartialDate | None = None
    sofa: tuple[Sofa, ...] = ()
    dominant: Sofa | None = None
    wifa: dict[Wifa, str] = Field(default_factory=dict)
    """For a volunteer: a note per WIFA letter (a letter present = it applies)."""
    can: str = ""
    """Kunnen: what the carer can do."""
    know: str = ""
    """Weten: what the carer knows (about the illness, the support there is)."""
    want: str = ""
    """Willen: what the carer wants to do, and to keep doing."""
    note: str = ""

    def __hash__(self) -> int:  # the dict field makes pydantic's frozen hash fail
        return hash(self.id)


DOMINANT_NOT_A_ROLE = "De belangrijkste rol moet een van de gekozen rollen zijn."
F_ALWAYS = "De persoonlijke relatie (F, faciliteren) hoort altijd bij een mantelzorger."


def _role_invariants(r: RoleRecord) -> Iterator[Problem]:
    if r.dominant is not None and r.dominant not in r.sofa:
        yield Problem(tr(DOMINANT_NOT_A_ROLE), "roles", r.id, "dominant")


def _role_rules(r: RoleRecord, old: RoleRecord | None, net: Network) -> Iterator[Problem]:
    from .carers import overview

    if r.sofa and Sofa.F not in r.sofa and r.person in overview(net).carers:
        yield Problem(tr(F_ALWAYS), "roles", r.id, "sofa")
    if (old is None or old.date != r.date) and r.date and in_future(r.date):
        yield Problem(tr(DATE_IN_FUTURE), "roles", r.id, "date")


# -- load ------------------------------------------------------------------------------------


class Assessment(_Frozen):
    """One filled-in instrument: the answers item by item, on a date. A draft may have
    unanswered items; a finished one is scored."""

    id: str = Field(default_factory=new_id, min_length=1)
    person: str = Field(min_length=1)
    date: PartialDate
    instrument: str = Field(min_length=1)
    answers: tuple[int | None, ...]
    draft: StrictBool = False
    note: str = ""


class KeepUp(StrEnum):
    JA = "ja"
    NEE = "nee"
    WEET_NIET = "weet_niet"


class BalanceCheck(_Frozen):
    """The quick stand-in when there is no time for an instrument: how is the carer doing
    (0-10) and can they keep this up. Not a validated instrument, and labelled so."""

    id: str = Field(default_factory=new_id, min_length=1)
    person: str = Field(min_length=1)
    date: PartialDate
    how: int | None = Field(default=None, ge=0, le=10)
    keep_up: KeepUp | None = None
    note: str = ""


DATE_IN_FUTURE = "Deze datum ligt in de toekomst."
UNKNOWN_INSTRUMENT = "Dit instrument kent Netwerkkaart niet."


def _assessment_invariants(a: Assessment) -> Iterator[Problem]:
    inst = INSTRUMENTS.get(a.instrument)
    if inst is None:
        yield Problem(tr(UNKNOWN_INSTRUMENT), "assessments", a.id, "instrument")
        return
    padded: list[int | None] = list(a.answers)
    if a.draft:  # unanswered items are allowed; the answers given must exist
        padded = [0 if v is None else v for v in a.answers]
    try:
        check_answers(inst, padded)
    except ValueError as err:
        yield Problem(str(err), "assessments", a.id, "answers")


def _dated_rule(collection: str) -> object:
    def rule(rec: Assessment | BalanceCheck, old: object, net: Network) -> Iterator[Problem]:
        if (old is None or getattr(old, "date", None) != rec.date) and in_future(rec.date):
            yield Problem(tr(DATE_IN_FUTURE), collection, rec.id, "date")
    return rule


# -- signals and risk ---------------------------------------------------------------------------


class SignalGroup(StrEnum):
    LICHAMELIJK = "lichamelijk"
    PSYCHISCH = "psychisch"
    GEDRAGSMATIG = "gedragsmatig"


class Signal(StrEnum):
    """Signals of overload, grouped as Dutch support organisations do (domain.md 4)."""

    SLECHT_SLAPEN = "slecht_slapen"
    HOOFDPIJN = "hoofdpijn"
    RUGPIJN = "rugpijn"
    MOE = "moe"
    PRIKKELBAAR = "prikkelbaar"
    HUILEN = "huilen"
    EENZAAM = "eenzaam"
    GEEN_PLEZIER = "geen_plezier"
    OVERAL_TEGENOP = "overal_tegenop"
    TIJDSDRUK = "tijdsdruk"
    MEER_ROKEN_DRINKEN = "meer_roken_drinken"
    RUSTELOOS = "rusteloos"
    TERUGTREKKEN = "terugtrekken"
    GEEN_TIJD = "geen_tijd"


SIGNAL_GROUP: dict[Signal, SignalGroup] = {
    **{s: SignalGroup.LICHAMELIJK for s in (Signal.SLECHT_SLAPEN, Signal.HOOFDPIJN,
                                            Signal.RUGPIJN, Signal.MOE)},
    **{s: SignalGroup.PSYCHISCH for s in (Signal.PRIKKELBAAR, Signal.HUILEN, Signal.EENZAAM,
                                          Signal.GEEN_PLEZIER, Signal.OVERAL_TEGENOP,
                                          Signal.TIJDSDRUK)},
    **{s: SignalGroup.GEDRAGSMATIG for s in (Signal.MEER_ROKEN_DRINKEN, Signal.RUSTELOOS,
                                             Signal.TERUGTREKKEN, Signal.GEEN_TIJD)},
}


class RiskFactor(StrEnum):
    """Risk factors for overload (domain.md 4). Some are also found in the data by
    :mod:`.risk`; the professional ticks the others."""

    ROND_DE_KLOK = "rond_de_klok"
    LANG_ZORGEN = "lang_zorgen"
    SAMENWONEN = "samenwonen"
    NIEMAND_OM_TE_DELEN = "niemand_om_te_delen"
    PERSOONLIJKHEIDSVERANDERING = "persoonlijkheidsverandering"
    KLEIN_NETWERK = "klein_netwerk"
    GEEN_PROFESSIONELE_HULP = "geen_professionele_hulp"
    EIGEN_PROBLEMEN = "eigen_problemen"
    MOEILIJK_TE_COMBINEREN = "moeilijk_te_combineren"


class Derailment(StrEnum):
    """The six forms of ontspoorde mantelzorg."""

    PSYCHISCH = "psychisch"
    LICHAMELIJK = "lichamelijk"
    VERWAARLOZING = "verwaarlozing"
    RECHTEN = "schending_van_rechten"
    FINANCIEEL = "financieel"
    SEKSUEEL = "seksuele_grensoverschrijding"


class MeldcodeStep(StrEnum):
    """The steps of the meldcode huiselijk geweld en kindermishandeling (Veilig Thuis is the
    adviespunt in step 2)."""

    SIGNALEREN = "signaleren"
    OVERLEGGEN = "overleggen"
    GESPREK = "gesprek"
    WEGEN = "wegen"
    BESLUITEN = "besluiten"
    EVALUATIE = "evaluatie"


class StepTaken(_Frozen):
    step: MeldcodeStep
    date: PartialDate | None = None
    note: str = ""


class Weight(_Frozen):
    """An item of draaglast or draagkracht: what it is, how much it weighs (1-3), and who
    could help with it."""

    what: str = Field(min_length=1)
    weight: int = Field(default=2, ge=1, le=3)
    helper: str = ""


class CarerCheck(_Frozen):
    """The checklists of one carer on one date."""

    id: str = Field(default_factory=new_id, min_length=1)
    person: str = Field(min_length=1)
    date: PartialDate | None = None
    signals: tuple[Signal, ...] = ()
    risk_factors: tuple[RiskFactor, ...] = ()
    derailment: dict[Derailment, str] = Field(default_factory=dict)
    """The forms of ontspoorde mantelzorg seen, with a note each."""
    meldcode: tuple[StepTaken, ...] = ()
    load: tuple[Weight, ...] = ()
    """Draaglast: what weighs on the carer."""
    strength: tuple[Weight, ...] = ()
    """Draagkracht: what gives the carer strength."""
    note: str = ""

    def __hash__(self) -> int:
        return hash(self.id)


ROLES = declare_record("roles", RoleRecord, label="rollen", refs=[Ref("person")],
                       invariants=[_role_invariants], edit_rules=[_role_rules])
ASSESSMENTS = declare_record("assessments", Assessment, label="meting", refs=[Ref("person")],
                             invariants=[_assessment_invariants],
                             edit_rules=[_dated_rule("assessments")])  # type: ignore[list-item]
BALANCE_CHECKS = declare_record("balance_checks", BalanceCheck, label="balanscheck",
                                refs=[Ref("person")],
                                edit_rules=[_dated_rule("balance_checks")])  # type: ignore[list-item]
CARER_CHECKS = declare_record("carer_checks", CarerCheck, label="signalen en risico's",
                              refs=[Ref("person")])


def _in_order(net: Network, collection: str, person: str) -> list[Any]:
    """A person's records of one kind, oldest first: by date, and on one date in the order
    they were added (a correction made the same day comes after what it corrects)."""
    recs = [(i, r) for i, r in enumerate(net.records(collection).values())
            if r.person == person]
    return [r for _i, r in sorted(recs, key=lambda p: (p[1].date or "", p[0]))]


def latest(net: Network, collection: str, person: str) -> list[Any]:
    """A person's records of one kind, newest first (undated last)."""
    return list(reversed(_in_order(net, collection, person)))


def latest_results(net: Network, person: str) -> dict[str, tuple[Assessment, Score]]:
    """The newest finished result per instrument for a person (drafts do not count)."""
    out: dict[str, tuple[Assessment, Score]] = {}
    for a in _in_order(net, "assessments", person):
        if not a.draft:
            out[a.instrument] = (a, score(a.instrument, a.answers))
    return out


def history(net: Network, person: str, instrument: str) -> list[tuple[Assessment, Score]]:
    """Every finished result of one instrument for a person, oldest first (for the trend)."""
    return [(a, score(a.instrument, a.answers)) for a in _in_order(net, "assessments", person)
            if a.instrument == instrument and not a.draft]


class LoadLevel(StrEnum):
    """What a carer's load badge says, worst last; readable without colour."""

    ONBEKEND = "onbekend"
    GEEN = "geen"
    LICHT = "licht"
    MATIG = "matig"
    ZWAAR = "zwaar"
    HOOG = "hoog"  # the CSI's hoge belasting
    NIET_HOOG = "niet_hoog"  # the CSI below its cut-off
    EDIZ = "ediz"  # an EDIZ total, which has no band


@dataclass(frozen=True)
class LoadBadge:
    level: LoadLevel
    text: str
    """Short words for the map: "zwaar", "hoge belasting", "EDIZ 5/9", "onbekend"."""
    source: str
    """Which result it comes from ("EDIZ-plus 16-11-2026"), or ""."""
    overloaded: bool | None


def load_badge(net: Network, person: str) -> LoadBadge:
    """The EDIZ-plus band when there is one; otherwise the CSI's own words; otherwise the
    EDIZ total without a band; otherwise "onbekend" (issue 9)."""
    from .dates import display

    results = latest_results(net, person)
    if "ediz_plus" in results:
        a, s = results["ediz_plus"]
        return LoadBadge(LoadLevel(s.band or "onbekend"), tr(s.band or "onbekend"),
                         f"EDIZ-plus {display(a.date)}", s.overloaded)
    if "csi" in results:
        a, s = results["csi"]
        level = LoadLevel.HOOG if s.overloaded else LoadLevel.NIET_HOOG
        return LoadBadge(level, tr(s.words), f"CSI {display(a.date)}", s.overloaded)
    if "ediz" in results:
        a, s = results["ediz"]
        return LoadBadge(LoadLevel.EDIZ, tr("EDIZ {t}/9", t=s.total),
                         f"EDIZ {display(a.date)}", None)
    return LoadBadge(LoadLevel.ONBEKEND, tr("onbekend"), "", None)
