"""Bestand-menu: new, open, save, save as, recent files, GEDCOM import, and the unsaved-work
question. Every failure becomes a Dutch message box; the case in memory stays intact."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from ..i18n import tr
from ..io.atomic import SaveError
from ..io.casefile import (
    EXTENSION,
    LoadError,
    PasswordNeeded,
    WrongPassword,
    open_case,
    save_case,
)
from ..io.crypto import Sealer
from ..layout.registry import with_seen
from ..model import CLIENT, Case, CaseError, CaseMeta, Network
from ..model.edits import make_client_ops
from ..model.plausible import case_warnings
from .dialogs import ClientPickerDialog, NewCaseDialog
from .settings import forget_recent, remember_recent

if TYPE_CHECKING:
    from .main_window import MainWindow

FILTER = tr("Netwerkkaart-casus (*{ext})", ext=EXTENSION)


class FileActions:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.w.session

    # -- unsaved work --------------------------------------------------------------------
    def may_discard(self) -> bool:
        """Ask what to do with unsaved changes; True when the caller may go on."""
        if not self.session.modified:
            return True
        box = QMessageBox(self.w)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Niet-opgeslagen wijzigingen"))
        box.setText(tr("De casus heeft wijzigingen die nog niet zijn opgeslagen."))
        box.setInformativeText(tr("Wilt u de wijzigingen opslaan?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- actions -------------------------------------------------------------------------
    def new(self) -> None:
        if not self.may_discard():
            return
        dialog = NewCaseDialog(self.w)
        if dialog.exec() and dialog.client is not None:
            client = dialog.client
            case = Case(meta=CaseMeta(client_name=client.name),
                        network=Network(people={client.id: client},
                                        refs={CLIENT.name: client.id}))
            self.session.replace(case, None)
            self.w.select_person(client.id)

    def open(self) -> None:
        if not self.may_discard():
            return
        name, _ = QFileDialog.getOpenFileName(self.w, tr("Casus openen"), str(self._folder()),
                                              FILTER)
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        if ask and not self.may_discard():
            return False
        password: str | None = None
        question = tr("{name} is beveiligd. Wachtwoord:", name=path.name)
        wrong = 0
        while True:
            try:
                case, sealer = open_case(path, password)
                break
            except (PasswordNeeded, WrongPassword) as err:
                if isinstance(err, WrongPassword):
                    wrong += 1
                    if wrong >= 3:
                        QMessageBox.warning(self.w, tr("Openen mislukt"), tr(
                            "{name} gaat na drie pogingen niet open: het wachtwoord klopt "
                            "niet, of het bestand is beschadigd (bijvoorbeeld onvolledig "
                            "gekopieerd). Er is niets geopend.", name=path.name))
                        return False
                    question = tr("Het wachtwoord van {name} klopt niet (of het bestand is "
                                  "beschadigd). Probeer het opnieuw:", name=path.name)
                password = self.ask_password(question)
                if password is None:  # cancelled: nothing opened, the open case stays
                    self.w.say(tr("{name} is niet geopend.", name=path.name))
                    return False
            except LoadError as err:
                QMessageBox.warning(self.w, tr("Openen mislukt"), str(err))
                if not path.exists():
                    forget_recent(path)
                    self.w.refresh_recent()
                return False
        self.session.replace(case, path, sealer)
        remember_recent(path)
        self.w.refresh_recent()
        self.w.status(tr("{name} geopend.", name=path.name))
        odd = case_warnings(case.network)
        if odd:  # it loads as it is; the professional may want to look
            self.w.say(tr("Let op: {n} ongebruikelijke gegeven(s) in de familie, bijvoorbeeld: "
                          "{first}", n=len(odd), first=odd[0].message))
        return True

    def ask_password(self, question: str) -> str | None:
        """The password, or None when cancelled (a dialog; tests replace this method)."""
        text, ok = QInputDialog.getText(self.w, tr("Wachtwoord"), question,
                                        QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def set_password(self) -> bool:
        """Bestand > Wachtwoord instellen of wijzigen: from now on the case file (and its
        recovery copy) is encrypted; saved at once."""
        from .dialogs import PasswordDialog

        dialog = PasswordDialog(self.w)
        if not dialog.exec() or not dialog.password:
            return False
        self.session.sealer = Sealer(dialog.password)
        _ = self.session.sealer.key  # derive now (a moment), not at the first save
        saved = self._write(self.session.path) if self.session.path else self.save_as()
        if saved:
            self.w.say(tr("De casus is beveiligd met een wachtwoord en zo opgeslagen. Zonder "
                          "dit wachtwoord is hij niet meer te openen: bewaar het goed."))
        return saved

    def remove_password(self) -> bool:
        if self.session.sealer is None:
            self.w.say(tr("Deze casus heeft geen wachtwoord."))
            return False
        answer = QMessageBox.question(
            self.w, tr("Wachtwoord verwijderen"),
            tr("Het casusbestand wordt dan onversleuteld opgeslagen: iedereen met toegang tot "
               "deze computer kan het lezen. Doorgaan?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        old = self.session.sealer
        self.session.sealer = None
        saved = self._write(self.session.path) if self.session.path else self.save_as()
        if not saved:
            self.session.sealer = old
            return False
        self.w.say(tr("Het wachtwoord is verwijderd; de casus is onversleuteld opgeslagen."))
        return True

    def save(self) -> bool:
        self.w.moments.offer_before_save()
        if self.session.path is None:
            return self.save_as()
        return self._write(self.session.path)

    def save_as(self) -> bool:
        if self.session.path is not None:  # (save() with no path has asked already)
            self.w.moments.offer_before_save()
        name = self.session.today.meta.reference or tr("casus")
        suggestion = self._folder() / (name + EXTENSION)
        name, _ = QFileDialog.getSaveFileName(self.w, tr("Casus opslaan als"), str(suggestion),
                                              FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        for scene in self.w.scenes.values():
            scene.catch_up()  # every map's current picture goes with the case
        states = [s.state for s in self.w.scenes.values() if s.state is not None]
        case = with_seen(self.session.today, states)  # the picture on screen goes with it
        try:
            save_case(case, path, self.session.sealer)
        except (SaveError, CaseError) as err:
            QMessageBox.critical(self.w, tr("Opslaan mislukt"),
                                 str(err) + "\n\n"
                                 + tr("De casus is nog open en niets is verloren."))
            return False
        self.session.mark_saved(path)
        remember_recent(path)
        self.w.refresh_recent()
        self.w.status(tr("Opgeslagen: {name}", name=path.name))
        return True

    def import_gedcom(self) -> None:
        from ..io.gedcom import GedcomError, import_gedcom_file

        if not self.may_discard():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.w, tr("GEDCOM importeren"), str(self._folder()),
            tr("GEDCOM-stamboom (*.ged *.GED);;Alle bestanden (*)"))
        if not name:
            return
        try:
            result = import_gedcom_file(Path(name))
        except GedcomError as err:
            QMessageBox.warning(self.w, tr("Importeren mislukt"), str(err))
            return
        case = result.case
        client = case.network.client()
        picker = ClientPickerDialog(list(case.network.people.values()),
                                    client.id if client else None, self.w)
        if not picker.exec():
            return
        chosen = picker.chosen()
        if chosen and (client is None or chosen != client.id):
            from ..model import CaseDocument

            doc = CaseDocument(case)
            doc.apply(make_client_ops(case, chosen))
            name_ = doc.case.network.people[chosen].name
            case = doc.case.model_copy(update={"meta": doc.case.meta.model_copy(
                update={"client_name": name_})})
        self.session.replace(case, None)
        self.session.undo_stack.resetClean()
        text = tr("{n} personen geïmporteerd.", n=len(case.network.people))
        if result.skipped:
            text += "\n\n" + tr("Overgeslagen:") + "\n" + "\n".join(result.skipped)
        QMessageBox.information(self.w, tr("GEDCOM geïmporteerd"), text)

    def _folder(self) -> Path:
        return self.session.path.parent if self.session.path else Path.home()
