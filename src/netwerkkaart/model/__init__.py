"""The case model: people, ties, per-map placement, and the edits that change them. No Qt.

* :mod:`.records`: record kinds and case references, each declared once;
* :mod:`.people`, :mod:`.ties`: the record kinds of the family network;
* :mod:`.network`: the network value holding every declared collection;
* :mod:`.case`, :mod:`.views`, :mod:`.circle`: the case, per-map placement, the netwerkkaart;
* :mod:`.edits`: operations with exact inverses; :mod:`.check`: the one judge of an edit.
"""

from .care import (
    Agreement,
    Assignment,
    CareSituation,
    CareTask,
    Condition,
    Consent,
    Destination,
    Frequency,
    Presence,
    Referral,
    Residence,
    SupportArea,
    TaskKind,
)
from .case import Case, CaseError, CaseMeta, SeenFinding, Snapshot, case_problems, validate_case
from .check import EditRefused, check_edit
from .circle import Cell, Ring, RingCode, Sector, SectorCode
from .codes import Custom
from .edits import (
    AddSnapshot,
    Applied,
    CaseDocument,
    ChangeSet,
    Delete,
    Op,
    Place,
    PlaceCell,
    Put,
    RemoveSnapshot,
    SetMeta,
    SetPart,
    SetRef,
    apply_ops,
)
from .enums import (
    EmotionalKind,
    EnergyDirection,
    MapKind,
    ParentChildKind,
    PartnershipStatus,
    PersonKind,
    Pregnancy,
    Profession,
    Sex,
    SexAtBirth,
    SupportStrength,
    SupportType,
    TieKind,
    Zygosity,
)
from .network import Network
from .people import CLIENT, Household, Person, TwinSet, new_id
from .records import CaseRef, Problem, RecordKind, Ref, declare_case_ref, declare_record
from .ties import AnyTie, EmotionalTie, ParentChildTie, PartnershipTie, SupportTie, Tie
from .views import CircleView, MapView, Position, Views

__all__ = [
    "Agreement", "Assignment", "CareSituation", "CareTask", "Condition", "Consent",
    "Destination", "Frequency", "Referral", "Residence", "SetPart", "SupportArea", "TaskKind",
    "AddSnapshot", "RemoveSnapshot", "SeenFinding", "Snapshot",
    "CLIENT", "AnyTie", "Applied", "Case", "CaseDocument", "CaseError", "CaseMeta", "CaseRef",
    "Cell", "ChangeSet", "CircleView", "Custom", "Delete", "EditRefused", "EmotionalKind",
    "EmotionalTie", "EnergyDirection", "Household", "MapKind", "MapView", "Network", "Op",
    "ParentChildKind", "ParentChildTie", "PartnershipStatus", "PartnershipTie", "Person",
    "PersonKind", "Place", "PlaceCell", "Position", "Pregnancy", "Presence", "Problem",
    "Profession", "Put",
    "RecordKind", "Ref", "Ring", "RingCode", "Sector", "SectorCode", "SetMeta", "SetRef", "Sex",
    "SexAtBirth", "SupportStrength", "SupportTie", "SupportType", "Tie", "TieKind", "TwinSet",
    "Views", "Zygosity", "apply_ops", "case_problems", "check_edit", "declare_case_ref",
    "declare_record", "new_id", "validate_case",
]
