"""The network: every declared record collection and the case-level references.

``Network`` is the state of the client's network at one moment: one immutable value that can
be copied and compared, so that dated snapshots (momentopnames) can later be kept side by
side. It holds one collection per declared record kind (:mod:`.records`), keyed by id, and the
case-level references (``refs``: the client, later the regie-houder and the aanspreekpunt).

It is a plain Python value rather than a pydantic model so that a record kind declared anywhere
(a toy kind in a test included) is stored, validated, dumped and compared without touching this
class. Pydantic validates and serialises it inside :class:`~.case.Case` through
``__get_pydantic_core_schema__``; its file form is ``{"people": {...}, "ties": {...}, ...,
"refs": {"client": "<id>"}}``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from pydantic import GetCoreSchemaHandler, SerializationInfo, ValidationError
from pydantic_core import core_schema

from . import care as _care  # noqa: F401  (declares the care record kinds)
from . import carer as _carer  # noqa: F401  (declares the carer record kinds)
from .enums import TieKind
from .errors import describe_validation_error
from .people import CLIENT, Household, Person, TwinSet
from .records import is_record_kind, record_kind, record_kinds
from .ties import AnyTie, ParentChildTie, PartnershipTie

_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Network:
    """People, ties, groupings and every other declared record, plus the case references."""

    __slots__ = ("_records", "_refs")

    def __init__(self, *, refs: Mapping[str, str] | None = None,
                 **collections: Mapping[str, Any]) -> None:
        records: dict[str, dict[str, Any]] = {}
        for kind in record_kinds():
            items = collections.pop(kind.collection, None) or {}
            for key, value in items.items():
                if not isinstance(value, kind.types):
                    raise TypeError(f"{kind.collection}: {type(value).__name__} is no record "
                                    "of this kind")
                if key != getattr(value, "id", None):
                    raise ValueError(f"sleutel {key} hoort bij een record met een andere id")
            records[kind.collection] = dict(items)
        if collections:
            raise ValueError(f"onbekende verzameling: {', '.join(sorted(collections))}")
        self._records = records
        self._refs = {k: v for k, v in (refs or {}).items() if v}

    @classmethod
    def _unchecked(cls, records: dict[str, dict[str, Any]], refs: dict[str, str]) -> Network:
        """A network from collections that are already valid (used by edits)."""
        net = cls.__new__(cls)
        net._records = records
        net._refs = {k: v for k, v in refs.items() if v}
        return net

    # -- collections ----------------------------------------------------------------------
    def records(self, collection: str) -> Mapping[str, Any]:
        """The records of one declared kind, by id (empty for a kind declared later)."""
        try:
            return self._records[collection]
        except KeyError:
            return _EMPTY

    def collections(self) -> Iterator[tuple[str, Mapping[str, Any]]]:
        for kind in record_kinds():
            yield kind.collection, self.records(kind.collection)

    @property
    def people(self) -> Mapping[str, Person]:
        return self.records("people")

    @property
    def ties(self) -> Mapping[str, AnyTie]:
        return self.records("ties")

    @property
    def households(self) -> Mapping[str, Household]:
        return self.records("households")

    @property
    def twin_sets(self) -> Mapping[str, TwinSet]:
        return self.records("twin_sets")

    @property
    def refs(self) -> Mapping[str, str]:
        return self._refs

    def ref(self, name: str) -> str | None:
        return self._refs.get(name)

    def replace(self, *, refs: Mapping[str, str] | None = None,
                **collections: Mapping[str, Any]) -> Network:
        """A copy with some collections (and/or the references) replaced."""
        records = dict(self._records)
        for name, items in collections.items():
            if not is_record_kind(name):
                raise ValueError(f"onbekende verzameling: {name}")
            records[name] = dict(items)
        return Network._unchecked(records, dict(self._refs if refs is None else refs))

    # -- value semantics --------------------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Network):
            return NotImplemented
        names = set(self._records) | set(other._records)
        return self._refs == other._refs and all(
            self.records(n) == other.records(n) for n in names)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(items)}" for name, items in self._records.items())
        return f"Network({sizes}, refs={sorted(self._refs)})"

    # -- file form ----------------------------------------------------------------------------
    def dump(self, mode: str = "python") -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, items in self.collections():
            out[name] = {key: rec.model_dump(mode=mode) for key, rec in items.items()}
        out["refs"] = dict(self._refs)
        return out

    @classmethod
    def from_raw(cls, raw: object) -> Network:
        """Validate the file form; a ValueError names the first problem in Dutch."""
        if isinstance(raw, Network):
            return raw
        if not isinstance(raw, Mapping):
            raise ValueError("heeft de verkeerde vorm")
        records: dict[str, dict[str, Any]] = {k.collection: {} for k in record_kinds()}
        refs: dict[str, str] = {}
        for name, value in raw.items():
            if name == "refs":
                if not isinstance(value, Mapping) or not all(
                        isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                    raise ValueError("refs heeft de verkeerde vorm")
                refs = dict(value)
                continue
            if not is_record_kind(name):
                raise ValueError(f"{name} is een onbekend veld")
            if not isinstance(value, Mapping):
                raise ValueError(f"{name} heeft de verkeerde vorm")
            kind = record_kind(name)
            items: dict[str, Any] = {}
            for key, item in value.items():
                try:
                    rec = kind.validate(item)
                except ValidationError as err:
                    raise ValueError(describe_validation_error(err, f"{name}.{key}")) from None
                if rec.id != key:
                    raise ValueError(f"sleutel {key} hoort bij id {rec.id}")
                items[key] = rec
            records[name] = items
        return cls._unchecked(records, refs)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any,
                                     handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        def dump(value: Network, info: SerializationInfo) -> dict[str, Any]:
            return value.dump(info.mode)

        return core_schema.no_info_plain_validator_function(
            cls.from_raw,
            serialization=core_schema.plain_serializer_function_ser_schema(dump, info_arg=True),
        )

    # -- queries --------------------------------------------------------------------------
    @property
    def client_id(self) -> str | None:
        return self._refs.get(CLIENT.name)

    def client(self) -> Person | None:
        cid = self.client_id
        return self.people.get(cid) if cid else None

    def is_client(self, person_id: str) -> bool:
        return person_id == self.client_id

    def ties_of(self, person_id: str) -> Iterator[AnyTie]:
        return (t for t in self.ties.values() if person_id in (t.a, t.b))

    def partnerships(self) -> Iterator[PartnershipTie]:
        return (t for t in self.ties.values() if isinstance(t, PartnershipTie))

    def parent_links(self) -> Iterator[ParentChildTie]:
        return (t for t in self.ties.values() if isinstance(t, ParentChildTie))

    def parents_of(self, person_id: str) -> list[str]:
        return [t.a for t in self.parent_links() if t.b == person_id]

    def children_of(self, person_id: str) -> list[str]:
        return [t.b for t in self.parent_links() if t.a == person_id]

    def partners_of(self, person_id: str) -> list[str]:
        return [t.b if t.a == person_id else t.a for t in self.partnerships()
                if person_id in (t.a, t.b)]

    def household_of(self, person_id: str) -> Household | None:
        return next((h for h in self.households.values() if person_id in h.members), None)

    def tie_counts(self) -> dict[str, int]:
        counts = {k.value: 0 for k in TieKind}
        for t in self.ties.values():
            counts[t.kind.value] += 1
        return counts
