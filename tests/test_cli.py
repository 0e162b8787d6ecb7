"""The command line: exit codes, one-line Dutch errors, render and import end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from netwerkkaart.cli import main
from netwerkkaart.io.casefile import load_case, save_case
from tests.showcase import showcase_case

ROOT = Path(__file__).parent.parent


def test_example_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "voorbeeld.netwerkkaart"
    assert main(["example", "-o", str(out)]) == 0
    assert main(["check", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert data["people"] == 19
    assert data["ties"]["parent_child"] == 18
    assert data["client"]["name"] == "Jan de Vries"
    assert set(data["maps"]) == {"genogram", "ecogram", "netwerkkaart"}


def test_check_refuses_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "kapot.netwerkkaart"
    bad.write_text('{"format_version": 1, "meta": {')
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "onvolledig" in err
    assert main(["check", str(tmp_path / "weg.netwerkkaart")]) == 2


@pytest.mark.parametrize("view", ["genogram", "ecogram", "netwerkkaart"])
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_render_every_view(tmp_path: Path, view: str, suffix: str) -> None:
    case = tmp_path / "c.netwerkkaart"
    save_case(showcase_case(), case)
    out = tmp_path / f"{view}{suffix}"
    assert main(["render", str(case), "--view", view, "-o", str(out), "--scale", "1"]) == 0
    head = out.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in head or b"<?xml" in head
    # the picture holds the map: the client's name in the SVG, ink all over the PNG
    if suffix == ".svg":
        svg = out.read_text(encoding="utf-8")
        shapes = sum(svg.count(tag) for tag in ("<path", "<poly", "<circle", "<rect", "<ellipse"))
        assert "Ria Post" in svg and shapes > 10
    else:
        from PySide6.QtGui import QImage

        image = QImage(str(out))
        assert image.width() > 400 and image.height() > 300
        step = 4
        dark = sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
                   if image.pixelColor(x, y).lightness() < 120)
        assert dark > 150, dark  # symbols, lines and names, not an empty page


def test_render_refuses_other_formats(tmp_path: Path) -> None:
    case = tmp_path / "c.netwerkkaart"
    save_case(showcase_case(), case)
    assert main(["render", str(case), "-o", str(tmp_path / "x.jpg")]) == 2


def test_import_gedcom_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "fam.netwerkkaart"
    sample = ROOT / "resources" / "samples" / "familie-voorbeeld.ged"
    assert main(["import", str(sample), "-o", str(out)]) == 0
    case = load_case(out)
    assert len(case.network.people) >= 30
    assert main(["render", str(out), "--view", "genogram", "-o", str(tmp_path / "g.png"),
                 "--scale", "0.5"]) == 0


def test_unknown_view_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["render", "x", "--view", "kaart", "-o", "y.png"])
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Fout:") and "kaart" in err and err.count("\n") == 0


def test_render_runs_without_a_display(tmp_path: Path) -> None:
    """A separate process with no DISPLAY and no QT_QPA_PLATFORM picks offscreen itself."""
    case = tmp_path / "c.netwerkkaart"
    save_case(showcase_case(), case)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "netwerkkaart.cli", "render", str(case),
                             "-o", str(tmp_path / "g.png")], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_check_json_reports_who_is_who(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "voorbeeld.netwerkkaart"
    assert main(["example", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["check", str(out), "--json"]) == 0
    care = json.loads(capsys.readouterr().out)["care"]
    assert care["main_carer"]["name"].startswith("Maria")
    maria = next(p for p in care["hours_per_person"] if p["name"].startswith("Maria"))
    assert maria["hours"] == 40 and maria["carer"]
    assert care["uncovered"] == ["Klussen"]
    assert "Vervoer en begeleiding" in care["fragile"]
    assert care["regie"]["name"].startswith("Petra")
    assert care["aanspreekpunt"]["name"].startswith("Maria")
    assert care["agreements"] and care["referrals"][0]["warm"] is True
    washing = next(t for t in care["tasks"] if t["task"] == "Persoonlijke verzorging")
    assert {p["hours"] for p in washing["people"]} == {7.0, 3.0}


def test_check_json_reports_the_carers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "voorbeeld.netwerkkaart"
    assert main(["example", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["check", str(out), "--json"]) == 0
    carers = {c["name"].split()[0]: c for c in json.loads(capsys.readouterr().out)["carers"]}
    maria = carers["Maria"]
    assert maria["roles"]["sofa"] == ["S", "O", "F", "A"] and maria["roles"]["dominant"] == "O"
    assert maria["results"]["ediz_plus"] == {
        "date": "2026-11-16", "total": 10, "band": "zwaar", "overloaded": True,
        "rule": maria["results"]["ediz_plus"]["rule"]}
    assert "min of meer" in maria["results"]["ediz_plus"]["rule"]  # the open rule, said
    assert maria["results"]["csi"]["total"] == 8 and maria["results"]["csi"]["overloaded"]
    assert maria["load"]["text"] == "zwaar"
    assert "oudere_mantelzorger" in maria["risk_groups"]
    assert {"samenwonen", "veel_uren", "rond_de_klok"} <= set(maria["risk_factors"])
    assert carers["Petra"]["balance"]["how"] == 6 and carers["Petra"]["load"]["text"] == \
        "onbekend"
    assert carers["Els"]["roles"]["wifa"] == {"W": carers["Els"]["roles"]["wifa"]["W"],
                                              "I": carers["Els"]["roles"]["wifa"]["I"]}


def test_check_json_reports_the_findings(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "voorbeeld.netwerkkaart"
    assert main(["example", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["check", str(out), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    first = found[0]
    assert first["code"] == "risk.concentration" and first["risk"]
    assert first["people"][0]["name"].startswith("Maria")
    assert first["figures"]["share"] > 0.5 and first["figures"]["threshold"] == 0.5
    assert first["suggestions"][0] == {"area": "respijtzorg", "destination": "dagopvang"}
    assert any(f["code"].startswith("strength.") for f in found)


def test_check_lists_what_is_implausible_and_still_loads(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from netwerkkaart.example import example_case
    from netwerkkaart.model import Put, check_edit

    case = example_case()
    lotte = next(p for p in case.network.people.values() if p.name == "Lotte de Vries")
    odd = check_edit(case, [Put("people", lotte.model_copy(update={"birth": "1960"}))]).case
    path = tmp_path / "vreemd.netwerkkaart"
    save_case(odd, path)
    assert main(["check", str(path)]) == 0
    text = capsys.readouterr().out
    assert "Let op" in text and "geboren vóór de ouder" in text
    assert main(["check", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["warnings"]) == 2  # before Kees and before Linda
    save_case(case, path)
    assert main(["check", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == []


def test_check_lists_the_snapshots_and_compare_prints_the_change(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.netwerkkaart"
    assert main(["example", "-o", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", str(path), "--json"]) == 0
    snaps = json.loads(capsys.readouterr().out)["snapshots"]
    assert [(s["name"], s["date"], s["people"]) for s in snaps] == [("Intake", "2026-08-20", 18)]
    assert main(["check", str(path)]) == 0
    assert "Momentopnames: Intake (20-08-2026)." in capsys.readouterr().out
    assert main(["compare", str(path), "--from", "intake"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Sinds de intake op 20 augustus 2026 is Els van Dijk gaan helpen")
    assert main(["compare", str(path), "--from", "20-08-2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["from"]["name"] == "Intake" and data["to"]["snapshot"] is None
    assert [p["name"] for p in data["joined"]] == ["Els van Dijk", "Ruud Peters"]
    assert [p["name"] for p in data["left"]] == ["Anja Bos"]
    assert {(c["line"], c["change"]) for c in data["ties"]} == {("support", "sterker"),
                                                                ("support", "belastend")}
    plus = next(c for c in data["load"] if c["instrument"] == "ediz_plus")
    assert (plus["before"]["band"], plus["after"]["band"], plus["band_changed"]) == (
        "matig", "zwaar", True)
    assert main(["compare", str(path), "--from", "Intake", "--to", "1"]) == 2
    assert "hetzelfde moment" in capsys.readouterr().err
    assert main(["compare", str(path), "--from", "nu", "--to", "intake", "--json"]) == 0
    got = capsys.readouterr()
    data = json.loads(got.out)
    assert data["from"]["name"] == "Intake" and data["to"]["snapshot"] is None
    assert "omgedraaid" in got.err
    pdf = tmp_path / "c.pdf"
    assert main(["export", str(path), "-o", str(pdf), "--compare", "intake",
                 "--compare-to", "intake"]) == 2
    assert "hetzelfde moment" in capsys.readouterr().err and not pdf.exists()
    assert main(["export", str(path), "-o", str(pdf), "--compare", "nu",
                 "--compare-to", "intake", "--maps", ""]) == 0
    assert "omgedraaid" in capsys.readouterr().err and pdf.exists()
    from netwerkkaart.analysis.moments import make_snapshot

    case = load_case(path)
    later = make_snapshot(case, "Evaluatie", "2026-11-16")
    save_case(case.model_copy(update={"snapshots": (*case.snapshots, later)}), path)
    assert main(["export", str(path), "-o", str(pdf), "--compare", "intake",
                 "--compare-to", "evaluatie", "--maps", ""]) == 0
    text = " ".join((page.extract_text() or "") for page in PdfReader(str(pdf)).pages)
    assert "→ Evaluatie (16 november 2026)" in " ".join(text.split())


def test_compare_names_what_is_wrong(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.netwerkkaart"
    main(["example", "-o", str(path)])
    capsys.readouterr()
    assert main(["compare", str(path), "--from", "evaluatie"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == ("Er is geen momentopname ‘evaluatie’. De casus heeft: Intake "
                           "(20-08-2026).")
    case = load_case(path)
    save_case(case.model_copy(update={"snapshots": ()}), path)
    assert main(["compare", str(path), "--from", "intake"]) == 2
    assert "nog geen momentopnames" in capsys.readouterr().err
