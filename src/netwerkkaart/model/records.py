"""Record kinds and case-level references, each declared once.

A *record kind* is one collection of frozen values in the network: people, ties, households,
twin sets today; care tasks, assignments, assessments, agreements, referrals, roles and notes
as their issues come. Its declaration (:func:`declare_record`) says

* the collection name: the key in the case file, in :class:`~.network.Network` and in the
  ``Put`` / ``Delete`` edit ops;
* the pydantic type of its values;
* the fields that refer to other records (:class:`Ref`): one id or a tuple of ids, and what
  happens to the record when the record it refers to is deleted (delete it too, clear the
  field, or drop the id from the tuple, deleting the record when too few are left);
* its own invariants (checked on every load and every edit) and its edit rules (checked only
  for the records an edit puts, e.g. "no birth date in the future").

Cascade delete (:func:`~.edits.delete_ops`), the dangling-reference check
(:func:`~.case.validate_case`), the edit ops, the graph bridge and the file all read these
declarations, in the spirit of Gramps' ``get_referenced_handles``: nothing keeps a hand-made
list of collections. A new record kind is one ``declare_record`` call beside its class.

A *case-level reference* (:func:`declare_case_ref`) is one id held by the network itself: the
client today, the regie-houder and the aanspreekpunt later. It replaces per-person flags that a
validator had to keep unique.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, TypeAdapter

if TYPE_CHECKING:
    from .network import Network


@dataclass(frozen=True)
class Problem:
    """Why a case or an edit is not acceptable: a Dutch sentence, and where it is."""

    message: str
    collection: str | None = None
    record_id: str | None = None
    field: str | None = None
    """The field the user should look at (the panel marks it), when there is one."""


@dataclass(frozen=True)
class Ref:
    """A field of a record that holds the id (or a tuple of ids) of records of ``target``."""

    field: str
    target: str = "people"
    many: bool = False
    """The field is a tuple of ids (members) rather than one id."""
    min_count: int = 1
    """For ``many``: the record is deleted when fewer ids than this remain."""
    optional: bool = False
    """For a single id: cleared (set to None) when the target goes, instead of deleting the
    record that refers to it."""
    exclusive: bool = False
    """An id may appear in at most one record of this kind through this field (a person
    lives in one household)."""


RecordRule = Callable[[Any], Iterable[Problem]]
"""Invariants of one record on its own: checked on load and on every edit."""
EditRule = Callable[[Any, Any, "Network"], Iterable[Problem]]
"""Checks of a record an edit puts: ``rule(new, old_or_None, network_after)``. A rule looks
only at what the edit changes, so an odd value that came from a file (a birth year in the
future from a GEDCOM) does not block every later edit of that record."""


@dataclass(frozen=True)
class RecordKind:
    collection: str
    label: str
    """Dutch noun for messages ("persoon", "relatie")."""
    types: tuple[type[BaseModel], ...]
    adapter: TypeAdapter[Any]
    refs: tuple[Ref, ...] = ()
    invariants: tuple[RecordRule, ...] = ()
    edit_rules: tuple[EditRule, ...] = ()

    def validate(self, raw: object) -> Any:
        return self.adapter.validate_python(raw)

    def referenced(self, record: Any) -> Iterator[tuple[Ref, str]]:
        """Every (ref, id) this record refers to."""
        for ref in self.refs:
            value = getattr(record, ref.field)
            if value is None:
                continue
            if ref.many:
                for item in value:
                    yield ref, item
            else:
                yield ref, value


_KINDS: dict[str, RecordKind] = {}


def declare_record(collection: str, model: Any, *, label: str, refs: Iterable[Ref] = (),
                   invariants: Iterable[RecordRule] = (),
                   edit_rules: Iterable[EditRule] = ()) -> RecordKind:
    """Declare a record kind; ``model`` is a pydantic model class or an annotated union."""
    if collection in _KINDS or collection == "refs":
        raise ValueError(f"record kind {collection!r} is already declared")
    adapter: TypeAdapter[Any] = TypeAdapter(model)
    types = _classes(model)
    kind = RecordKind(collection, label, types, adapter, tuple(refs), tuple(invariants),
                      tuple(edit_rules))
    _KINDS[collection] = kind
    return kind


def undeclare_record(collection: str) -> None:
    """Forget a declaration (for tests that declare a toy kind)."""
    _KINDS.pop(collection, None)


def record_kinds() -> list[RecordKind]:
    """Every declared kind, in declaration order (the order of the case file)."""
    return list(_KINDS.values())


def record_kind(collection: str) -> RecordKind:
    try:
        return _KINDS[collection]
    except KeyError:
        raise KeyError(f"no record kind {collection!r} is declared") from None


def is_record_kind(collection: str) -> bool:
    return collection in _KINDS


def _classes(model: Any) -> tuple[type[BaseModel], ...]:
    if isinstance(model, type) and issubclass(model, BaseModel):
        return (model,)
    out: list[type[BaseModel]] = []
    for arg in getattr(model, "__args__", ()) or getattr(model, "__metadata__", ()):
        out.extend(_classes(arg))
    if hasattr(model, "__origin__") and not out:
        out.extend(_classes(model.__origin__))
    return tuple(out)


@dataclass(frozen=True)
class CaseRef:
    """A reference held by the case itself (the client, later the regie-houder)."""

    name: str
    label: str
    target: str = "people"
    required: bool = False
    """A required reference must always be set; its target cannot be deleted."""
    refuse_delete: str = ""
    """Dutch sentence shown when an edit would delete the target of a required reference."""


_CASE_REFS: dict[str, CaseRef] = {}


def declare_case_ref(name: str, *, label: str, target: str = "people", required: bool = False,
                     refuse_delete: str = "") -> CaseRef:
    if name in _CASE_REFS:
        raise ValueError(f"case reference {name!r} is already declared")
    ref = CaseRef(name, label, target, required, refuse_delete)
    _CASE_REFS[name] = ref
    return ref


def undeclare_case_ref(name: str) -> None:
    _CASE_REFS.pop(name, None)


def case_refs() -> list[CaseRef]:
    return list(_CASE_REFS.values())


def case_ref(name: str) -> CaseRef:
    return _CASE_REFS[name]
