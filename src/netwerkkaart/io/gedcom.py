"""GEDCOM 5.5.1 and 7 import: a family tree file becomes a new case. No Qt.

What is read:

* ``INDI``: ``NAME`` (the /surname/ slashes removed; the ``NPFX GIVN SPFX SURN NSFX`` parts
  when the name line is empty), ``SEX`` (M, F, X, U), ``BIRT.DATE``, and death: ``DEAT``
  (with ``Y``, a ``DATE`` or anything under it), ``BURI`` or ``CREM`` mark someone deceased.
  Everyone becomes a family member (``PersonKind.FAMILY``).
* ``FAM``: ``HUSB`` and ``WIFE`` become a partnership. Its status is *divorced* when there is a
  ``DIV`` (or ``ANUL``; its date is the end), else *married* when there is a ``MARR`` (its date
  is the start), else *living together*: a family record without a marriage says only that two
  people had a household or children together, and that is the least presumptuous reading.
* Children (``FAM.CHIL`` and ``INDI.FAMC``) get a parent-child tie to each partner. The kind
  comes, most specific first, from ``_FREL``/``_MREL`` under ``CHIL`` (Family Tree Maker,
  Legacy), an ``ADOP`` event naming the family, or ``FAMC.PEDI`` (5.5.1 ``birth|adopted|
  foster|sealing``, 7 ``BIRTH|ADOPTED|FOSTER|SEALING|OTHER``); sealing and other become
  biological and are counted. Step-parent links are skipped: the genogram derives those.
* Everything else (sources, notes, media, ``_CUSTOM`` tags, other events) is skipped silently.
  ``ASSO`` links are counted as skipped: non-family ties are for the ecogram, added by hand.

Broken input gives a partial case plus Dutch :attr:`GedcomImport.skipped` lines (counts and
xrefs only, never names): unreadable lines and dates, duplicate xrefs (the first record wins),
pointers to people or families that are missing, a missing ``TRLR`` (truncated file), and
parent links that would make someone their own ancestor (those are dropped). Only a file with
no usable person raises :class:`GedcomError`. See :mod:`.gedcom_lines` for character sets and
:mod:`.gedcom_dates` for dates. :func:`import_command` is the body of ``netwerkkaart import``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..i18n import tr
from ..model import Case, CaseError
from .atomic import SaveError
from .casefile import save_case
from .gedcom_build import build_case
from .gedcom_lines import NotGedcom, decode_gedcom, header_version, looks_binary, parse_lines
from .gedcom_skips import GedcomError, Skips
from .reading import ReadError, read_limited

__all__ = ["MAX_GEDCOM_BYTES", "GedcomError", "GedcomImport", "describe_import",
           "import_command", "import_gedcom_file", "read_gedcom"]

MAX_GEDCOM_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class GedcomImport:
    case: Case
    """A valid case (:func:`validate_case` passes) with a client chosen."""
    xref_to_id: dict[str, str]
    """GEDCOM xref ("@I1@") to person id, for every person imported."""
    skipped: tuple[str, ...]
    """Dutch lines: what was skipped and why (counts and xrefs, no names)."""
    version: str
    """"5.5.1", "7.0", another declared version such as "5.5", or "onbekend"."""
    encoding: str
    """The character set used to read the file, e.g. "UTF-8", "ANSEL", "Windows-1252"."""

    @property
    def client_xref(self) -> str:
        client = self.case.network.client()
        return next((x for x, i in self.xref_to_id.items() if client and i == client.id), "")


def read_gedcom(data: bytes, client: str | None = None) -> GedcomImport:
    """Import GEDCOM bytes. ``client`` is an xref ("I12" or "@I12@"); None: the first person."""
    if len(data) > MAX_GEDCOM_BYTES:
        raise GedcomError(tr("Het GEDCOM-bestand is te groot ({mb} MB); het maximum is {max} MB.",
                             mb=len(data) // 1_000_000, max=MAX_GEDCOM_BYTES // 1_000_000))
    if not data.strip():
        raise GedcomError(tr("Het GEDCOM-bestand is leeg."))
    if looks_binary(data):
        raise GedcomError(tr("Dit is geen GEDCOM-bestand: de inhoud is geen tekst. "
                             "Geen personen gevonden."))
    text, encoding = decode_gedcom(data)
    try:
        parsed = parse_lines(text)
    except NotGedcom:
        raise GedcomError(tr("Dit is geen GEDCOM-bestand: de eerste regels zijn onleesbaar. "
                             "Geen personen gevonden.")) from None
    del text
    skips = Skips()
    if parsed.malformed:
        skips.add("malformed", parsed.malformed, line=parsed.first_malformed)
    version = header_version(parsed.records)
    case, ids = build_case(parsed.records, skips, client, version, encoding)
    return GedcomImport(case=case, xref_to_id=ids, skipped=skips.lines(), version=version,
                        encoding=encoding)


def import_gedcom_file(path: Path, client: str | None = None) -> GedcomImport:
    """Read and import a ``.ged`` file; every failure is a :class:`GedcomError`."""
    path = Path(path)
    try:
        data = read_limited(path, MAX_GEDCOM_BYTES, tr("GEDCOM-bestand"))
    except ReadError as err:
        raise GedcomError(str(err)) from None
    return read_gedcom(data, client)


def describe_import(result: GedcomImport, chosen_by_default: bool = False) -> str:
    """A Dutch summary of an import: counts, the client's xref, and what was skipped."""
    counts = result.case.network.tie_counts()
    lines = [
        tr("GEDCOM {version} ingelezen (tekenset {encoding}).",
           version=result.version, encoding=result.encoding),
        tr("Ingelezen: {people}, {partners} en {links}.",
           people=_count(len(result.case.network.people), "1 persoon", "{n} personen"),
           partners=_count(counts["partnership"], "1 partnerrelatie", "{n} partnerrelaties"),
           links=_count(counts["parent_child"], "1 ouder-kindrelatie",
                        "{n} ouder-kindrelaties")),
    ]
    if chosen_by_default:
        lines.append(tr("Cliënt: {xref}, de eerste persoon in het bestand; kies een ander met "
                        "--client.", xref=result.client_xref))
    else:
        lines.append(tr("Cliënt: {xref}.", xref=result.client_xref))
    if result.skipped:
        lines.append(tr("Overgeslagen:"))
        lines += [f"  - {line}" for line in result.skipped]
    return "\n".join(lines)


def import_command(path: Path, out: Path, client: str | None) -> tuple[int, str]:
    """``netwerkkaart import FILE.ged -o CASE.netwerkkaart [--client ID]``.

    Imports ``path``, writes the case atomically to ``out`` (replacing an existing file) and
    returns ``(exit code, Dutch text for the terminal)``: 0 with a summary, or 2 with the
    reason nothing was written.
    """
    path, out = Path(path), Path(out)
    try:
        if out.exists() and out.resolve() == path.resolve():
            return 2, tr("Het GEDCOM-bestand en het casusbestand zijn hetzelfde bestand; kies een "
                         "andere naam achter -o.")
        result = import_gedcom_file(path, client)
        save_case(result.case, out)
    except (GedcomError, CaseError, SaveError) as err:
        return 2, str(err)
    summary = describe_import(result, chosen_by_default=client is None)
    return 0, summary + "\n" + tr("Opgeslagen als {name}.", name=out.name)


def _count(n: int, one: str, many: str) -> str:
    return tr(one) if n == 1 else tr(many, n=n)
