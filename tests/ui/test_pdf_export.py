"""Bestand > Exporteren als PDF (with the preview), Afdrukken and Kaart exporteren als
afbeelding: each at the privacy level chosen, from the picture on screen, bounded."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from netwerkkaart.model import MapKind
from netwerkkaart.report import Privacy
from netwerkkaart.ui.export_image import MAX_PIXELS, map_png, map_svg
from netwerkkaart.ui.main_window import MainWindow
from netwerkkaart.ui.pdf_export import ExportDialog, PreviewDialog, page_images, print_pdf


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def _choose(monkeypatch: pytest.MonkeyPatch, level: Privacy, maps: set[MapKind] | None,
            seen: list[ExportDialog]) -> None:
    def exec_(self: ExportDialog) -> int:
        self.level_buttons[level].setChecked(True)
        for kind, check in self.maps.items():
            check.setChecked(maps is None or kind in maps)
        seen.append(self)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExportDialog, "exec", exec_)


def test_export_pdf_with_ctrl_e(window: MainWindow, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ExportDialog] = []
    _choose(monkeypatch, Privacy.ANONYMOUS, {MapKind.GENOGRAM, MapKind.ECOGRAM}, seen)
    target = tmp_path / "uit.pdf"
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or (str(target), "")))
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen and target.is_file()
    text = _text(target.read_bytes())
    assert "Jan de Vries" not in text and "Maria" not in text
    assert "• Ecogram" in text and "• Netwerkkaart" not in text
    assert str(asked[0][2]).endswith("dossier-samenvatting.pdf")  # no name in the file name


def test_the_preview_shows_the_pdf_itself(window: MainWindow) -> None:
    dialog = ExportDialog(window.exports.shown_case(), window)
    data = dialog.pdf()
    pages = len(PdfReader(io.BytesIO(data)).pages)
    preview = PreviewDialog(data, window)
    assert len(preview.images) == pages and pages >= 5
    assert preview.images[0].width() > 500 and not preview.images[0].isNull()
    assert "pagina" in preview.count.text()


def test_print_through_the_print_dialog(window: MainWindow, tmp_path: Path) -> None:
    dialog = ExportDialog(window.exports.shown_case(), window, printing=True)
    dialog.level_buttons[Privacy.INITIALS].setChecked(True)
    data = dialog.pdf()
    out = tmp_path / "printer.pdf"

    def to_file(print_dialog: object) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer = print_dialog.printer()  # type: ignore[attr-defined]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return True

    assert print_pdf(data, window, ask=to_file)
    assert len(PdfReader(str(out)).pages) == len(page_images(data))

    def pages_two_and_three(print_dialog: object) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        to_file(print_dialog)
        printer = print_dialog.printer()  # type: ignore[attr-defined]
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    assert print_pdf(data, window, ask=pages_two_and_three)
    printed = PdfReader(str(out))
    assert len(printed.pages) == 2  # only the pages asked for


def test_the_dialog_offers_notes_only_at_the_initials_level(window: MainWindow) -> None:
    dialog = ExportDialog(window.session.case, window)
    dialog.level_buttons[Privacy.FULL].setChecked(True)
    assert dialog.notes.isChecked() and not dialog.notes.isEnabled()  # always, and says so
    dialog.level_buttons[Privacy.INITIALS].setChecked(True)
    assert dialog.notes.isEnabled()
    dialog.level_buttons[Privacy.ANONYMOUS].setChecked(True)
    assert not dialog.notes.isEnabled() and not dialog.options().notes
    again = ExportDialog(window.session.case, window)  # starts where the user left it
    assert again.privacy() is Privacy.ANONYMOUS
    dialog.level_buttons[Privacy.FULL].setChecked(True)
    image = ExportDialog(window.session.case, window, image=True)
    assert not image.notes.isVisibleTo(image) and not image.maps


def test_image_export_honours_the_privacy_level(window: MainWindow) -> None:
    case = window.session.case
    full = map_svg(case, MapKind.ECOGRAM, Privacy.FULL).data.decode()
    anonymous = map_svg(case, MapKind.ECOGRAM, Privacy.ANONYMOUS).data.decode()
    assert "Maria" in full and "Maria" not in anonymous and "cliënt" in anonymous
    initials = map_svg(case, MapKind.GENOGRAM, Privacy.INITIALS).data.decode()
    assert "Jan de Vries" not in initials and "1944" in initials
    png = map_png(case, MapKind.GENOGRAM, Privacy.ANONYMOUS)
    assert png.data.startswith(b"\x89PNG") and not png.capped


def test_a_huge_image_is_capped_and_says_so(window: MainWindow) -> None:
    png = map_png(window.session.case, MapKind.GENOGRAM, Privacy.FULL, scale=40.0)
    assert png.capped and png.width * png.height <= MAX_PIXELS
    assert png.scale < 40.0


def test_image_export_from_the_menu(window: MainWindow, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ExportDialog] = []
    _choose(monkeypatch, Privacy.INITIALS, None, seen)
    target = tmp_path / "kaart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "SVG-tekening (*.svg)")))
    window.act_export_image.trigger()
    out = tmp_path / "kaart.svg"
    assert out.is_file() and "Jan de Vries" not in out.read_text()
    assert "J.d.V." in out.read_text()


def test_who_was_present_is_chosen_in_the_case_panel_and_printed(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from netwerkkaart.report import ReportOptions, build_pdf
    from netwerkkaart.ui.dialogs import PresentDialog

    def tick(self: PresentDialog) -> int:
        for i, pid in enumerate(self.ids):
            name = self.case.network.people[pid].name
            self.list.item(i).setCheckState(
                Qt.CheckState.Checked if name in ("Jan de Vries", "Petra Yilmaz-de Vries")
                else Qt.CheckState.Unchecked)
        return 1

    monkeypatch.setattr(PresentDialog, "exec", tick)
    window.current_scene().select_only([])
    window.panel.case_form.present_button.click()
    assert "Petra Yilmaz-de Vries" in window.panel.case_form.present.text()
    text = _text(build_pdf(window.session.case, ReportOptions(maps=())))
    assert "Aanwezig" in text and "Jan de Vries, Petra Yilmaz-de Vries" in text
    window.session.undo_stack.undo()
    assert "Maria de Vries-Bakker" in window.panel.case_form.present.text()  # as it was
    # deleting a person who was present takes them off the list (declared once)
    from netwerkkaart.model.edits import delete_ops

    window.session.undo_stack.redo()
    petra = next(p.id for p in window.session.case.network.people.values()
                 if p.name == "Petra Yilmaz-de Vries")
    window.session.edit("weg", delete_ops(window.session.case, {"people": [petra]}))
    assert petra not in {r.person for r in window.session.case.network.records("present").values()}
