"""The comparison in the dossier PDF: chosen, complete, and at every privacy level."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from netwerkkaart.cli import main
from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import save_case
from netwerkkaart.model import Case
from netwerkkaart.report import ReportOptions, build_pdf


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def case() -> Case:
    return example_case()


def _pdf(case: Case, level: str, compare: bool = True) -> str:
    since = case.snapshots[0].id if compare else None
    return _text(build_pdf(case, ReportOptions(privacy=level, compare_from=since,
                                               today="2026-11-26")))


def test_only_when_chosen(case: Case) -> None:
    assert "Wat is er veranderd" not in _pdf(case, "volledig", compare=False)


def test_the_full_comparison(case: Case) -> None:
    text = _flat(_pdf(case, "volledig"))
    head = "Wat is er veranderd: Intake (20 augustus 2026) → nu (26 november 2026)"
    assert head in text
    section = text[text.rindex(head):]
    assert section.index("Sinds de intake op 20 augustus 2026 is Els van Dijk gaan helpen "
                         "(2 uur per week)") < section.index("Wie kwam erbij, wie ging weg")
    for part in ("Anja Bos in het netwerk vertrokken", "Lijnen die veranderden",
                 "Zorguren per persoon", "Belasting per mantelzorger", "Afspraken",
                 "gestegen van matig naar zwaar"):
        assert part in section, part
    for kind in ("Genogram", "Ecogram", "Netwerkkaart"):
        assert f"{kind}: wat is er veranderd" in text
    assert text.index("Kracht en risico's") < text.rindex(head)
    assert "NIEUW" in text and "(vertrokken)" in text


@pytest.mark.parametrize("level", ["initialen", "anoniem"])
def test_the_comparison_keeps_the_privacy_level(case: Case, level: str) -> None:
    text = _flat(_pdf(case, level))
    section = text[text.rindex("Wat is er veranderd:"):]
    for secret in ("Anja", "Bos", "Els", "Ruud", "Maria", "Petra", "augustus", "20-08-2026",
                   "16-11-2026"):
        assert secret not in text, secret
    if level == "anoniem":
        assert "Wat is er veranderd: Intake → nu" in section
        assert "2026" not in text
        assert "Sinds de intake is de vrijwilliger gaan helpen" in section
        assert "de huishoudelijke hulp is uit het netwerk verdwenen" in section
    else:
        assert "Wat is er veranderd: Intake (2026) → nu (2026)" in section
        assert "Sinds de intake in 2026 is E.v.D." in section


def test_export_command_adds_the_comparison(tmp_path: Path, case: Case,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path, out = tmp_path / "c.netwerkkaart", tmp_path / "c.pdf"
    save_case(case, path)
    assert main(["export", str(path), "-o", str(out), "--compare", "intake"]) == 0
    assert "Wat is er veranderd" in _text(out.read_bytes())
    assert main(["export", str(path), "-o", str(out), "--compare", "later"]) == 2
    assert "Er is geen momentopname ‘later’" in capsys.readouterr().err


def test_two_snapshots_in_either_order(case: Case) -> None:
    from netwerkkaart.analysis.moments import make_snapshot

    later = make_snapshot(case, "Evaluatie", "2026-11-16")
    both = case.model_copy(update={"snapshots": (*case.snapshots, later)})
    intake = both.snapshots[0].id
    head = "Wat is er veranderd: Intake (20 augustus 2026) → Evaluatie (16 november 2026)"
    for first, second in ((intake, later.id), (later.id, intake)):
        text = _flat(_text(build_pdf(both, ReportOptions(compare_from=first, compare_to=second,
                                                         today="2026-11-26"))))
        assert head in text
        assert "Tussen de intake op 20 augustus 2026 en de evaluatie op 16 november 2026 is " \
               "Els van Dijk gaan helpen" in text


def test_a_heading_never_ends_a_page_without_what_it_heads() -> None:
    """Near the foot of a page a heading moves to the next page with its table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from netwerkkaart.report.pdf import _p, _styles, _table

    st = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    story = [Spacer(1, doc.height - 40), _p("Zorguren per persoon", st["h2"]),
             _table([["", "toen", "nu"], ["Maria", "30", "40"], ["Henk", "0", "1"]],
                    [60, 60, 60], st)]
    doc.build(story)
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert len(pages) == 2
    assert "Zorguren per persoon" not in pages[0] and "Zorguren per persoon" in pages[1]
