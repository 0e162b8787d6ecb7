"""Who is who: the care situation, care tasks and who does them, agreements and referrals.

Facts from ``shared/domain.md`` sections 2.4 and 5 (MantelScan, "Wie is wie", the eight
basisfuncties of mantelzorgondersteuning, warm doorverwijzen). Care tasks, assignments of
people to tasks, agreements and referrals are record kinds declared here (:mod:`.records`), so
cascade delete, reference checks, edit ops and the file need nothing else. The regie-houder,
the aanspreekpunt and (when the user overrides the count) the main carer are case-level
references. The care situation and the consent belong to the case itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from ..i18n import tr
from .codes import Custom
from .dates import PartialDate, in_future
from .people import new_id
from .records import Problem, Ref, declare_case_ref, declare_record

if TYPE_CHECKING:
    from .network import Network


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# -- the care situation ---------------------------------------------------------------------


class Condition(StrEnum):
    DEMENTIE = "dementie"
    PSYCHIATRISCH = "psychiatrisch"
    VERSTANDELIJK = "verstandelijk"
    LICHAMELIJK = "lichamelijk"
    TERMINAAL = "terminaal"
    ANDERS = "anders"


class Residence(StrEnum):
    ZELFSTANDIG = "zelfstandig"
    MET_PARTNER = "met_partner"
    BIJ_KIND = "bij_kind"
    INSTELLING = "instelling"


class CareSituation(_Frozen):
    """The client's condition(s) and care need, since when, and where the client lives."""

    conditions: tuple[Condition, ...] = ()
    need: str = ""
    """The care need and the condition in the professional's words."""
    since: PartialDate | None = None
    residence: Residence | None = None


class Consent(_Frozen):
    """AVG: whether the client (or a representative) agreed, when and who."""

    record: StrictBool | None = None
    """Agreed that this record is kept."""
    share: StrictBool | None = None
    """Agreed that the PDF summary is shared."""
    date: PartialDate | None = None
    given_by: str = ""
    """Who agreed: the client or a representative (name and role)."""


class ScanConclusion(_Frozen):
    """Step 5 of the MantelScan: the professional's conclusion, as of a date."""

    text: str = ""
    date: PartialDate | None = None


# -- care tasks and who does them -------------------------------------------------------------


class TaskKind(StrEnum):
    """Care task categories used by CBS and practice (domain.md 2.4)."""

    PERSOONLIJKE_VERZORGING = "persoonlijke_verzorging"
    VERPLEEGKUNDIG = "verpleegkundig"
    HUISHOUDEN = "huishouden"
    MAALTIJDEN = "maaltijden"
    VERVOER = "vervoer"
    ADMINISTRATIE = "administratie"
    REGELEN = "regelen"
    TOEZICHT = "toezicht"
    GEZELSCHAP = "gezelschap"
    KLUSSEN = "klussen"


class Frequency(StrEnum):
    DAGELIJKS = "dagelijks"
    MEERDERE_KEREN = "meerdere_keren_per_week"
    WEKELIJKS = "wekelijks"
    MINDER = "minder"


class CareTask(_Frozen):
    id: str = Field(default_factory=new_id, min_length=1)
    kind: TaskKind | Custom
    needed: StrictBool = True
    """The client needs this done: nobody doing it makes it an uncovered task."""
    note: str = ""


MAX_HOURS = 168.0
"""Hours in a week."""


class Assignment(_Frozen):
    """One person doing one care task: how often, hours per week, since when."""

    id: str = Field(default_factory=new_id, min_length=1)
    task: str = Field(min_length=1)
    person: str = Field(min_length=1)
    frequency: Frequency | None = None
    hours: float = Field(default=0.0, ge=0.0, le=MAX_HOURS)
    since: PartialDate | None = None


# -- agreements and referrals -------------------------------------------------------------


class Agreement(_Frozen):
    """What was agreed, who does it, by when, and when it was done."""

    id: str = Field(default_factory=new_id, min_length=1)
    what: str = Field(min_length=1)
    who: tuple[str, ...] = ()
    by_when: PartialDate | None = None
    done: PartialDate | None = None
    note: str = ""


class SupportArea(StrEnum):
    """The eight basisfuncties of mantelzorgondersteuning."""

    INFORMATIE = "informatie"
    ADVIES = "advies"
    EMOTIONELE_STEUN = "emotionele_steun"
    EDUCATIE = "educatie"
    PRAKTISCHE_HULP = "praktische_hulp"
    RESPIJTZORG = "respijtzorg"
    FINANCIEEL = "financieel"
    MATERIEEL = "materieel"


class Destination(StrEnum):
    STEUNPUNT = "steunpunt_mantelzorg"
    MANTELZORGMAKELAAR = "mantelzorgmakelaar"
    DAGOPVANG = "dagopvang"
    LOGEEROPVANG = "logeeropvang"
    VRIJWILLIGE_OPPAS = "vrijwillige_oppas"
    LOTGENOTEN = "lotgenotencontact"
    CASEMANAGER = "casemanager_dementie"
    WMO = "wmo_wijkteam"
    VRIJWILLIGERS = "vrijwilligersorganisatie"
    HUISARTS = "huisarts_poh"
    VEILIG_THUIS = "veilig_thuis"


class Referral(_Frozen):
    """A referral: for whom, to whom, which support area, warm or not, checked back on."""

    id: str = Field(default_factory=new_id, min_length=1)
    destination: Destination | Custom
    area: SupportArea | None = None
    for_whom: str | None = None
    """The person referred (a carer, the client), when it is one person."""
    contact: str | None = None
    """The person at the destination, when they are in the case (their contact details)."""
    date: PartialDate | None = None
    warm: StrictBool = False
    """Warm doorverwezen: the professional contacted the next helper personally."""
    checked_back: PartialDate | None = None
    note: str = ""


# -- rules -----------------------------------------------------------------------------------

TOO_MANY_HOURS = ("Dan geeft deze persoon samen meer dan 168 uur per week zorg (een week "
                  "heeft 168 uur).")
TWICE_ON_TASK = "Deze persoon staat al bij deze taak."
SINCE_IN_FUTURE = "Deze datum ligt in de toekomst: sinds wanneer doet deze persoon het?"
DONE_IN_FUTURE = "De datum waarop de afspraak gedaan is, ligt in de toekomst."
CHECKED_IN_FUTURE = "De datum van terugkoppelen ligt in de toekomst."
CHECKED_BEFORE_REFERRAL = "Terugkoppelen kan niet vóór de datum van de verwijzing."


def _assignment_rules(a: Assignment, old: Assignment | None, net: Network) -> Iterator[Problem]:
    others = [o for o in net.records("assignments").values()
              if o.person == a.person and o.id != a.id]
    if (old is None or old.hours != a.hours or old.person != a.person) and (
            sum(o.hours for o in others) + a.hours > MAX_HOURS):
        yield Problem(tr(TOO_MANY_HOURS), "assignments", a.id, "hours")
    if (old is None or (old.task, old.person) != (a.task, a.person)) and any(
            o.task == a.task for o in others):
        yield Problem(tr(TWICE_ON_TASK), "assignments", a.id, "person")
    if (old is None or old.since != a.since) and a.since and in_future(a.since):
        yield Problem(tr(SINCE_IN_FUTURE), "assignments", a.id, "since")


def _agreement_rules(a: Agreement, old: Agreement | None, net: Network) -> Iterator[Problem]:
    if (old is None or old.done != a.done) and a.done and in_future(a.done):
        yield Problem(tr(DONE_IN_FUTURE), "agreements", a.id, "done")


def _referral_rules(r: Referral, old: Referral | None, net: Network) -> Iterator[Problem]:
    if old is not None and (old.checked_back, old.date) == (r.checked_back, r.date):
        return
    if r.checked_back and in_future(r.checked_back):
        yield Problem(tr(CHECKED_IN_FUTURE), "referrals", r.id, "checked_back")
    elif r.checked_back and r.date and r.checked_back[: len(r.date)] < r.date[
            : len(r.checked_back)]:
        yield Problem(tr(CHECKED_BEFORE_REFERRAL), "referrals", r.id, "checked_back")


CARE_TASKS = declare_record("care_tasks", CareTask, label="zorgtaak")
ASSIGNMENTS = declare_record(
    "assignments", Assignment, label="taakverdeling",
    refs=[Ref("task", target="care_tasks"), Ref("person")],
    edit_rules=[_assignment_rules])
AGREEMENTS = declare_record("agreements", Agreement, label="afspraak",
                            refs=[Ref("who", many=True, min_count=0)],
                            edit_rules=[_agreement_rules])
REFERRALS = declare_record("referrals", Referral, label="verwijzing",
                           refs=[Ref("for_whom", optional=True), Ref("contact", optional=True)],
                           edit_rules=[_referral_rules])
class Presence(_Frozen):
    """Someone who was at the table for the conversation (the dossier PDF's cover says who)."""

    id: str = Field(default_factory=new_id, min_length=1)
    person: str = Field(min_length=1)


PRESENT = declare_record("present", Presence, label="aanwezige",
                         refs=[Ref("person", exclusive=True)])
REGIE = declare_case_ref("regie", label="regiehouder")
AANSPREEKPUNT = declare_case_ref("aanspreekpunt", label="aanspreekpunt")
MAIN_CARER = declare_case_ref("main_carer", label="hoofdmantelzorger")
"""Set only when the user overrides the count of informal hours."""


HOURS_FORMAT = "Dit is geen aantal uren. Typ bijvoorbeeld 3 of 2,5."
HOURS_RANGE = "Een week heeft 168 uur: typ een aantal uren van 0 tot en met 168."


class HoursError(ValueError):
    """Typed hours that cannot be read; the message is one Dutch sentence (no value echoed)."""


def parse_hours(text: str) -> float | None:
    """What a Dutch user types for hours per week: "3", "2,5", "2.5", "1½"; empty is None."""
    text = text.strip().replace("½", ",5").replace(" ", "")
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise HoursError(tr(HOURS_FORMAT)) from None
    if not 0 <= value <= MAX_HOURS or value != value:
        raise HoursError(tr(HOURS_RANGE))
    return round(value, 2)


def format_hours(hours: float) -> str:
    """Hours the Dutch way: 2,5 and 3 (no trailing zeros)."""
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def overdue(agreement: Agreement, today: str) -> bool:
    """Not done, and the date by which it should have been passed (``today`` as ISO)."""
    return agreement.done is None and agreement.by_when is not None and (
        agreement.by_when < today[: len(agreement.by_when)])
