"""The dossier PDF: every section, the privacy levels field by field (text, maps, metadata),
embedded fonts, unusual names, large maps as tiles, and the export command."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from netwerkkaart.cli import main
from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import save_case
from netwerkkaart.model import Case, MapKind, Network, ParentChildTie, Person, Put, check_edit
from netwerkkaart.report import Privacy, ReportOptions, build_pdf, redaction
from netwerkkaart.report.drawing import map_drawing
from netwerkkaart.report.privacy import initials


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.fixture(scope="module")
def case() -> Case:
    return example_case()


@pytest.fixture(scope="module")
def pdfs(case: Case) -> dict[Privacy, bytes]:
    return {level: build_pdf(case, ReportOptions(privacy=level, today="2026-11-26"))
            for level in Privacy}


def test_every_section_in_order(pdfs: dict[Privacy, bytes]) -> None:
    text = _text(pdfs[Privacy.FULL])
    sections = ["Netwerk van Jan de Vries", "Genogram", "Ecogram", "Netwerkkaart",
                "De mensen om de cliënt heen", "Mantelzorgers: rollen, belasting en signalen",
                "Zorgtaken: wie doet wat", "Kracht en risico's", "Afspraken en verwijzingen",
                "Notities"]
    lines = text.splitlines()
    at = [next((i for i, line in enumerate(lines) if line.strip() == s
                or (i == 0 and line.startswith(s))), -1) for s in sections]
    assert all(i >= 0 for i in at), dict(zip(sections, at, strict=True))
    assert at == sorted(at)
    for fact in ("M. de Boer, wijkverpleegkundige", "Wijkteam Noord", "16-11-2026",
                 "hoofdmantelzorger", "regie", "EDIZ-plus", "10 / 15", "zwaar belast", "gestegen",
                 "Niet gedekt: klussen", "Steunpunt mantelzorg", "Vertrouwelijk",
                 "VOORBEELD-001", "Pagina 1 van", "06 12345678", "Gezin van herkomst"):
        assert fact in text, fact


def test_the_metadata_follows_the_privacy_level(pdfs: dict[Privacy, bytes]) -> None:
    meta = {level: PdfReader(io.BytesIO(data)).metadata for level, data in pdfs.items()}
    assert meta[Privacy.FULL].title == "Netwerkkaart – Jan de Vries"
    assert meta[Privacy.INITIALS].title == "Netwerkkaart – J.d.V. (cliënt)"
    assert meta[Privacy.ANONYMOUS].title == "Netwerkkaart – VOORBEELD-001"
    for level in Privacy:
        assert meta[level].author == "M. de Boer, wijkverpleegkundige"  # the dossier's own


def _names(case: Case) -> list[str]:
    out = []
    for p in case.network.people.values():
        out.append(p.name)
        out += [w for w in p.name.replace("-", " ").split() if len(w) > 3
                and w not in ("Vries", "Dijk")]  # surnames are checked with the full names
    return out


def test_initials_level_field_by_field(case: Case, pdfs: dict[Privacy, bytes]) -> None:
    text = _text(pdfs[Privacy.INITIALS])
    for name in _names(case):
        assert not re.search(r"\b" + re.escape(name) + r"\b", text), name
    assert "J.d.V. (cliënt)" in text and "M.d.V.B. (partner)" in text
    assert not re.search(r"\b\d{1,2}-\d{1,2}-(19|20)\d{2}\b", text)  # no full dates
    assert "1944" in text  # years stay
    for contact in ("06 12345678", "@", "0570"):
        assert contact not in text, contact
    assert "Notities" not in text  # not ticked
    with_notes = _text(build_pdf(case, ReportOptions(privacy=Privacy.INITIALS, notes=True)))
    assert "Notities" in with_notes and "Maria" not in with_notes


def test_anonymous_level_field_by_field(case: Case, pdfs: dict[Privacy, bytes]) -> None:
    text = _text(pdfs[Privacy.ANONYMOUS])
    for name in _names(case):
        assert not re.search(r"\b" + re.escape(name) + r"\b", text), name
    for p in case.network.people.values():
        assert initials(p.name) not in text, p.name
    assert not re.search(r"\b(19|20)\d{2}\b", text)  # no dates or years anywhere
    for contact in ("06 12345678", "@", "0570"):
        assert contact not in text, contact
    assert "Notities" not in text and "Conclusie MantelScan" not in text
    assert "cliënt" in text and "dochter" in text and "buurman" in text
    assert "VOORBEELD-001" in text and "M. de Boer" in text  # the dossier's own
    assert "82" in text  # ages stay (in the symbols)


def test_a_redacted_map_has_the_same_shape(case: Case) -> None:
    for kind in MapKind:
        shapes = []
        for level in Privacy:
            drawing = map_drawing(case, kind, redaction(case, level))
            assert drawing is not None
            shapes.append(drawing.people)
        assert shapes[0] == shapes[1] == shapes[2], kind


def test_fonts_are_embedded(pdfs: dict[Privacy, bytes]) -> None:
    reader = PdfReader(io.BytesIO(pdfs[Privacy.FULL]))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "DejaVu" in name, name
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor.get_object(), name


def test_unusual_names_print_and_copy_out(tmp_path: Path) -> None:
    names = ["Şükrü Yılmaz", "Małgorzata Wójcik", "Nguyễn Thị Lan", "Zoë Ëlzinga"]
    people = [Person(name=n) for n in names]
    net = Network(people={p.id: p for p in people}, refs={"client": people[0].id},
                  ties={"t": ParentChildTie(id="t", a=people[1].id, b=people[0].id)})
    text = _text(build_pdf(Case(network=net)))
    for name in names:
        assert name in text, name


def test_a_large_map_becomes_an_overview_tiles_and_an_index() -> None:
    from benchmarks.bench_layout import random_pedigree

    net = random_pedigree(400, seed=3)
    data = build_pdf(Case(network=net), ReportOptions(maps=(MapKind.GENOGRAM,)))
    text = _text(data)
    assert "Overzicht" in text and "deel 1 van" in text and "Genogram: register" in text
    some = next(p.name for p in net.people.values() if p.name)
    assert some in text.split("Genogram: register", 1)[1]


def test_the_pdf_stays_small_and_sections_only_when_there_is_something(case: Case,
                                                                       pdfs: dict) -> None:
    assert len(pdfs[Privacy.FULL]) < 300_000
    bare = Case(network=Network(people={"c": Person(id="c", name="Cliënt")},
                                refs={"client": "c"}))
    text = _text(build_pdf(bare))
    for absent in ("Zorgtaken", "Afspraken", "Mantelzorgers: rollen", "Notities"):
        assert absent not in text, absent


def test_export_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "casus.netwerkkaart"
    save_case(example_case(), src)
    out = tmp_path / "dossier.pdf"
    assert main(["export", str(src), "-o", str(out), "--privacy", "anoniem",
                 "--maps", "genogram"]) == 0
    text = _text(out.read_bytes())
    assert "Jan de Vries" not in text and "Genogram" in text and "Ecogram" not in text
    assert main(["export", str(src), "-o", str(out), "--maps", "kaart"]) == 2
    assert "Onbekende kaart" in capsys.readouterr().err
    assert main(["export", str(src), "-o", str(tmp_path / "x.txt")]) == 2
    assert main(["export", str(tmp_path / "weg.netwerkkaart"), "-o", str(out)]) == 2


def test_findings_and_agreements_are_scrubbed(case: Case) -> None:
    lotte = next(p for p in case.network.people.values() if p.name == "Lotte de Vries")
    odd = check_edit(case, [Put("people", lotte.model_copy(update={"notes": "Bel Lotte op "
                                                                   "03-02-2027"}))]).case
    text = _text(build_pdf(odd, ReportOptions(privacy=Privacy.INITIALS, notes=True)))
    assert "Lotte" not in text and "03-02-2027" not in text and "2027" in text


def test_anonymous_scrubs_a_whole_date_from_free_text(case: Case) -> None:
    from netwerkkaart.model import Agreement

    extra = Agreement(what="Bellen voor 01-12-2026 over de dagbesteding")
    odd = check_edit(case, [Put("agreements", extra)]).case
    text = _text(build_pdf(odd, ReportOptions(privacy=Privacy.ANONYMOUS, maps=())))
    assert "Bellen voor" in text and "01-12" not in text and "2026" not in text
