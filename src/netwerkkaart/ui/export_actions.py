"""Bestand > Exporteren als PDF, Afdrukken, Kaart exporteren als afbeelding.

Each works from the case with the picture on screen (the placement the user sees goes into
the PDF), at the privacy level chosen in the dialog. File names we suggest carry no personal
data. Failures become a Dutch message; nothing is half-written (atomic writes).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..i18n import tr
from ..io.atomic import SaveError
from ..layout.registry import with_seen
from ..model import Case
from .pdf_export import ExportDialog, print_pdf

if TYPE_CHECKING:
    from .main_window import MainWindow


class ExportActions:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def shown_case(self) -> Case:
        """The case with every map's current picture (what the user sees is what prints)."""
        scenes = self.w.scenes.values()
        for scene in scenes:
            scene.catch_up()
        return with_seen(self.w.session.today, [s.state for s in scenes if s.state is not None])

    def _encrypted(self) -> bool:
        return self.w.session.sealer is not None

    def _folder(self) -> Path:
        path = self.w.session.path
        return path.parent if path else Path.home()

    def export_pdf(self) -> bool:
        dialog = ExportDialog(self.shown_case(), self.w, encrypted=self._encrypted(),
                              viewing=self.w.session.viewing)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        name, _ = QFileDialog.getSaveFileName(
            self.w, tr("PDF opslaan als"), str(self._folder() / "dossier-samenvatting.pdf"),
            tr("PDF-bestand (*.pdf)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from ..io.atomic import write_atomic

        try:
            write_atomic(path, dialog.pdf())
        except (SaveError, OSError) as err:
            QMessageBox.critical(self.w, tr("Exporteren mislukt"), str(err))
            return False
        self.w.say(tr("PDF opgeslagen: {name}", name=path.name))
        return True

    def print_case(self) -> bool:
        dialog = ExportDialog(self.shown_case(), self.w, printing=True,
                              viewing=self.w.session.viewing)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if print_pdf(dialog.pdf(), self.w):
            self.w.say(tr("Naar de printer gestuurd."))
            return True
        return False

    def export_image(self) -> bool:
        from .export_image import ExportError, export_map

        kind = self.w.current_kind()
        dialog = ExportDialog(self.shown_case(), self.w, image=True,
                              encrypted=self._encrypted(), viewing=self.w.session.viewing)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        name, chosen = QFileDialog.getSaveFileName(
            self.w, tr("Kaart opslaan als afbeelding"), str(self._folder() / f"{kind.value}.png"),
            tr("PNG-afbeelding (*.png);;SVG-tekening (*.svg)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + (".svg" if "svg" in chosen.lower() else ".png"))
        try:
            result = export_map(dialog.case, kind, path, dialog.privacy())
        except ExportError as err:
            QMessageBox.warning(self.w, tr("Exporteren mislukt"), str(err))
            return False
        except (SaveError, OSError) as err:
            QMessageBox.critical(self.w, tr("Exporteren mislukt"), str(err))
            return False
        if result.capped:
            self.w.say(tr("De kaart is groot: opgeslagen op {w} x {h} pixels, de grootste "
                          "afbeelding die Netwerkkaart maakt. Voor meer detail: SVG of PDF.",
                          w=result.width, h=result.height))
        else:
            self.w.say(tr("Afbeelding opgeslagen: {name}", name=path.name))
        return True
