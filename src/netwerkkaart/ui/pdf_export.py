"""Bestand > Exporteren als PDF, Afdrukken, and Kaart exporteren als afbeelding.

A small dialog chooses the maps and the privacy level; the preview shows the PDF itself, its
pages rendered from memory with pdfium (``pypdfium2``: PySide6-Essentials has no PDF viewer,
and QtPdf would pull in the 200 MB of PySide6-Addons), so nothing is written to a temporary
file; printing paints those same pages on the system printer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..layout.registry import map_spec
from ..model import Case, MapKind
from ..report import Privacy, ReportOptions
from ..report.privacy import PRIVACY_WORDS

MAP_WORDS = {MapKind.GENOGRAM: "&Genogram", MapKind.ECOGRAM: "&Ecogram",
             MapKind.NETWERKKAART: "&Netwerkkaart"}


def page_images(data: bytes, dpi: float = 96.0) -> list[QImage]:
    """The PDF's pages as images, rendered in memory."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    out: list[QImage] = []
    try:
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=dpi / 72.0)
            arr = bitmap.to_numpy()
            h, w = arr.shape[0], arr.shape[1]
            image = QImage(arr.data, w, h, bitmap.stride, QImage.Format.Format_BGR888)
            out.append(image.copy())  # own the pixels before pdfium frees them
    finally:
        doc.close()
    return out


class ExportDialog(QDialog):
    """Which maps, which privacy level; then Voorbeeld, PDF opslaan or Afdrukken."""

    def __init__(self, case: Case, parent: QWidget | None = None, *, printing: bool = False,
                 image: bool = False) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(tr("Afdrukken") if printing else tr("Kaart exporteren") if image
                            else tr("Exporteren als PDF"))
        lay = QVBoxLayout(self)
        self.maps: dict[MapKind, QCheckBox] = {}
        if not image:
            box = QGroupBox(tr("Kaarten in de PDF"))
            maps = QVBoxLayout(box)
            for kind in MapKind:
                check = QCheckBox(tr(MAP_WORDS[kind]))
                shows = bool(map_spec(kind).shows(case))
                check.setChecked(shows)
                check.setEnabled(shows)
                maps.addWidget(check)
                self.maps[kind] = check
            lay.addWidget(box)
        box = QGroupBox(tr("Privacy"))
        levels = QVBoxLayout(box)
        self.levels = QButtonGroup(self)
        self.level_buttons: dict[Privacy, QRadioButton] = {}
        for i, level in enumerate(Privacy):
            button = QRadioButton(tr(PRIVACY_WORDS[level]))
            button.setChecked(i == 0)
            self.levels.addButton(button, i)
            levels.addWidget(button)
            self.level_buttons[level] = button
        self.notes = QCheckBox(tr("Notities &afdrukken (bij initialen)"))
        self.notes.setEnabled(False)
        levels.addWidget(self.notes)
        self.levels.idToggled.connect(lambda _i, _on: self.notes.setEnabled(
            self.privacy() is Privacy.INITIALS))
        lay.addWidget(box)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setText(tr("Het bestand dat u maakt is niet versleuteld en niet "
                                "beveiligd: bewaar het in het dossier, niet los."))
        self.warning.setObjectName("hintText")
        lay.addWidget(self.warning)
        buttons = QDialogButtonBox()
        ok = tr("&Afdrukken…") if printing else tr("&Opslaan…")
        self.ok_button = buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button = None
        if not image:
            self.preview_button = buttons.addButton(tr("&Voorbeeld…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
            self.preview_button.clicked.connect(self.preview)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def privacy(self) -> Privacy:
        return list(Privacy)[max(0, self.levels.checkedId())]

    def options(self) -> ReportOptions:
        return ReportOptions(privacy=self.privacy(),
                             maps=tuple(k for k, c in self.maps.items() if c.isChecked()),
                             notes=self.notes.isChecked() and self.notes.isEnabled())

    def pdf(self) -> bytes:
        from ..report import build_pdf

        return build_pdf(self.case, self.options())

    def preview(self) -> None:
        PreviewDialog(self.pdf(), self).exec()


class PreviewDialog(QDialog):
    """The PDF itself, page under page."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Voorbeeld van de PDF"))
        self.resize(900, 760)
        lay = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        pages = QWidget()
        col = QVBoxLayout(pages)
        col.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.images = page_images(data)
        for image in self.images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #bbb;")
            col.addWidget(label)
        scroll.setWidget(pages)
        lay.addWidget(scroll)
        self.count = QLabel(tr("{n} pagina's", n=len(self.images)))
        lay.addWidget(self.count)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay.addWidget(close)


def print_pdf(data: bytes, parent: QWidget | None,
              ask: Callable[[object], bool] | None = None) -> bool:
    """Print the PDF's pages through the system print dialog; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(tr("Netwerkkaart"))  # never a name: the spooler shows it to others
    dialog = QPrintDialog(printer, parent)
    if ask is not None:
        if not ask(dialog):
            return False
    elif dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    dpi = min(300.0, float(printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for i, image in enumerate(page_images(data, dpi)):
            if i:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(size))
    finally:
        painter.end()
    return True
