"""Bestand > Exporteren als PDF, Afdrukken, and Kaart exporteren als afbeelding.

A small dialog chooses the maps and the privacy level; the preview shows the PDF itself, its
pages rendered from memory with pdfium (``pypdfium2``: PySide6-Essentials has no PDF viewer,
and QtPdf would pull in the 200 MB of PySide6-Addons), so nothing is written to a temporary
file; printing paints those same pages on the system printer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..layout.registry import map_spec
from ..model import Case, MapKind
from ..model.dates import display
from ..report.privacy import PRIVACY_WORDS, Privacy

if TYPE_CHECKING:
    from ..report.pdf import ReportOptions
    from .session import Viewing

MAP_WORDS = {MapKind.GENOGRAM: "&Genogram", MapKind.ECOGRAM: "&Ecogram",
             MapKind.NETWERKKAART: "&Netwerkkaart"}


def page_images(data: bytes, dpi: float = 96.0, fit_width: float | None = None,
                pages: range | None = None) -> list[QImage]:
    """The PDF's pages as images, rendered in memory (each at most ``fit_width`` pixels
    wide, when given: a landscape page fits the preview too)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    out: list[QImage] = []
    try:
        for i in pages if pages is not None else range(len(doc)):
            if not 0 <= i < len(doc):
                continue
            scale = dpi / 72.0
            if fit_width is not None:
                scale = min(scale, fit_width / doc[i].get_width())
            bitmap = doc[i].render(scale=scale)
            arr = bitmap.to_numpy()
            h, w = arr.shape[0], arr.shape[1]
            image = QImage(arr.data, w, h, bitmap.stride, QImage.Format.Format_BGR888)
            out.append(image.copy())  # own the pixels before pdfium frees them
    finally:
        doc.close()
    return out


def page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


class ExportDialog(QDialog):
    """Which maps, which privacy level; then Voorbeeld, PDF opslaan or Afdrukken."""

    last_level = Privacy.FULL
    """The level chosen last time in this session (a new export starts there)."""
    last_compare: tuple[str, str | None] | None = None
    """The moments compared last time in this session, snapshot ids (then, and None for
    now); None: no comparison."""

    def __init__(self, case: Case, parent: QWidget | None = None, *, printing: bool = False,
                 image: bool = False, encrypted: bool = False,
                 viewing: Viewing | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(tr("Afdrukken") if printing else tr("Kaart exporteren") if image
                            else tr("Exporteren als PDF"))
        lay = QVBoxLayout(self)
        self.maps: dict[MapKind, QCheckBox] = {}
        if not image:
            box = QGroupBox(tr("Kaarten"))
            maps = QVBoxLayout(box)
            for kind in MapKind:
                check = QCheckBox(tr(MAP_WORDS[kind]))
                shows = bool(map_spec(kind).shows(case))
                check.setChecked(shows)
                check.setEnabled(shows)
                maps.addWidget(check)
                self.maps[kind] = check
            lay.addWidget(box)
        self.compare = QCheckBox(tr("&Wat is er veranderd sinds"))
        self.compare.setToolTip(tr("Een vergelijking met een momentopname: in woorden, in "
                                   "tabellen en op de gekozen kaarten"))
        self.compare_from = QComboBox()
        for snap in case.snapshots:
            self.compare_from.addItem(tr("{name} ({date})", name=snap.name,
                                         date=display(snap.date)), snap.id)
        self.compare_from.setCurrentIndex(self.compare_from.count() - 1)
        self.compare_to = QComboBox()
        self.compare_to.addItem(tr("nu"), None)
        for snap in case.snapshots:
            self.compare_to.addItem(tr("{name} ({date})", name=snap.name,
                                       date=display(snap.date)), snap.id)
        to_label = QLabel(tr("tot"))
        for w in (self.compare_from, to_label, self.compare_to):
            w.setEnabled(False)
            self.compare.toggled.connect(w.setEnabled)
        # the comparison on screen, else the one chosen last time
        shown = viewing.compare if viewing is not None else None
        wanted = ((shown.then.snapshot_id, shown.now.snapshot_id) if shown is not None
                  else ExportDialog.last_compare)
        if wanted is not None and self.compare_from.findData(wanted[0]) >= 0:
            self.compare_from.setCurrentIndex(self.compare_from.findData(wanted[0]))
            self.compare_to.setCurrentIndex(max(0, self.compare_to.findData(wanted[1])))
            self.compare.setChecked(True)
        row = QHBoxLayout()
        for w, stretch in ((self.compare, 0), (self.compare_from, 1), (to_label, 0),
                           (self.compare_to, 1)):
            row.addWidget(w, stretch)
        self.compare_problem = QLabel()
        self.compare_problem.setObjectName("errorText")
        self.compare_problem.hide()
        if not image and case.snapshots:
            lay.addLayout(row)
            lay.addWidget(self.compare_problem)
        else:
            for w in (self.compare, self.compare_from, to_label, self.compare_to):
                w.hide()
        if viewing is not None:
            about = QLabel(tr("U bekijkt een momentopname of vergelijking; de export gaat "
                              "over de casus van vandaag.") if image else
                           tr("U bekijkt een momentopname of vergelijking; de PDF gaat over "
                              "de casus van vandaag. Een vergelijking neemt u op met ‘Wat is "
                              "er veranderd sinds … tot …’."))
            about.setWordWrap(True)
            about.setObjectName("hintText")
            lay.addWidget(about)
        box = QGroupBox(tr("Privacy"))
        levels = QVBoxLayout(box)
        self.levels = QButtonGroup(self)
        self.level_buttons: dict[Privacy, QRadioButton] = {}
        for i, level in enumerate(Privacy):
            button = QRadioButton(tr(PRIVACY_WORDS[level]))
            self.levels.addButton(button, i)
            levels.addWidget(button)
            self.level_buttons[level] = button
        self.notes = QCheckBox(tr("Notities &afdrukken"))
        self.notes.setToolTip(tr("Volledig: altijd; initialen: als u dit aanvinkt; anoniem: "
                                 "nooit"))
        self.notes.setVisible(not image)
        levels.addWidget(self.notes)
        self.levels.idToggled.connect(lambda _i, _on: self._level_changed())
        self.level_buttons[ExportDialog.last_level].setChecked(True)
        self._level_changed()
        lay.addWidget(box)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        if printing:
            text = tr("Op papier: geef het alleen aan wie het mag zien.")
        elif encrypted:
            text = tr("Let op: deze casus is beveiligd met een wachtwoord, maar het bestand dat "
                      "u nu maakt is dat niet. Iedereen die het in handen krijgt, kan het "
                      "lezen: bewaar het in het dossier, niet los.")
        else:
            text = tr("Het bestand dat u maakt is niet versleuteld en niet beveiligd: bewaar "
                      "het in het dossier, niet los.")
        self.warning.setText(text)
        self.warning.setStyleSheet("QLabel { background: #fff4d6; color: #5a4300; "
                                   "border: 1px solid #e0c27a; border-radius: 4px; "
                                   "padding: 6px; }")
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
        for signal in (self.compare.toggled, self.compare_from.currentIndexChanged,
                       self.compare_to.currentIndexChanged):
            signal.connect(self._compare_changed)
        self._compare_changed()

    def _compare_changed(self) -> None:
        """The same moment twice compares nothing: say so, and do not go on."""
        same = (self.compare.isChecked() and not self.compare.isHidden()
                and self.compare_from.currentData() == self.compare_to.currentData())
        self.compare_problem.setText(tr("Kies twee verschillende momenten.") if same else "")
        self.compare_problem.setVisible(same)
        for button in (self.ok_button, self.preview_button):
            if button is not None:
                button.setEnabled(not same)

    def privacy(self) -> Privacy:
        return list(Privacy)[max(0, self.levels.checkedId())]

    def _level_changed(self) -> None:
        """Notes: always with volledig, never with anoniem, the user's choice with
        initialen (the box shows what will happen)."""
        level = self.privacy()
        ExportDialog.last_level = level
        self.notes.setEnabled(level is Privacy.INITIALS)
        if level is Privacy.FULL:
            self.notes.setChecked(True)
        elif level is Privacy.ANONYMOUS:
            self.notes.setChecked(False)

    def options(self) -> ReportOptions:
        from ..report.pdf import ReportOptions

        since = self.compare_from.currentData() if self.compare.isChecked() else None
        until = self.compare_to.currentData() if since is not None else None
        if not self.compare.isHidden():
            ExportDialog.last_compare = (since, until) if since is not None else None
        return ReportOptions(privacy=self.privacy(),
                             maps=tuple(k for k, c in self.maps.items() if c.isChecked()),
                             notes=self.notes.isChecked(), compare_from=since,
                             compare_to=until)

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
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(920, screen.width() - 40) if screen else 920
        self.resize(width, min(760, screen.height() - 60) if screen else 700)
        lay = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        pages = QWidget()
        col = QVBoxLayout(pages)
        col.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.images = page_images(data, fit_width=width - 80)
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
    dpi = min(200.0, float(printer.resolution()))
    count = page_count(data)
    pages = range(count)
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = range(printer.fromPage() - 1, min(count, printer.toPage() or count))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for n, i in enumerate(pages):
            image = page_images(data, dpi, pages=range(i, i + 1))[0]
            if n:
                printer.newPage()
            target = painter.viewport()
            if (image.width() > image.height()) != (target.width() > target.height()):
                image = image.transformed(QTransform().rotate(90))  # a landscape map page
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.x(), target.y(), size.width(), size.height()), image)
    finally:
        painter.end()
    return True
