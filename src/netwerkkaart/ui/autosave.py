"""Autosave: a recovery copy of the open case a few seconds after every change.

The copy goes to the user's application-data folder only (``QStandardPaths``), encrypted when
the case is, written atomically (:mod:`netwerkkaart.io.recovery`); a clean save, a close or
another case removes it. At the next start after a crash, :func:`offer_recovery` asks whether
to restore or discard each copy that is left, saying when it was made.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from ..i18n import tr
from ..io.atomic import SaveError
from ..io.recovery import new_slot, recoveries, remove_recovery, write_recovery
from ..model import CaseError

if TYPE_CHECKING:
    from .main_window import MainWindow

DELAY_MS = 2500
"""A few seconds after the last change: a crash loses at most this much work."""
FOLDER_OVERRIDE: Path | None = None
"""Tests point this at a temporary folder."""


def recovery_folder() -> Path:
    if FOLDER_OVERRIDE is not None:
        return FOLDER_OVERRIDE
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "herstel"


def _lock(slot: str) -> QLockFile:
    folder = recovery_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return QLockFile(str(folder / (slot + ".lock")))


class Autosaver(QObject):
    """Keeps one recovery slot up to date, and holds its lock while the window lives: a second
    running copy of the app never offers (or deletes) this window's copy as a crash's."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.lock: QLockFile | None = None
        self.slot = ""
        self.take(new_slot())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        session = window.session
        session.undo_stack.indexChanged.connect(lambda _i: self.timer.start())
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        session.sig_path_changed.connect(self._other_case)
        self.failed = False

    def take(self, slot: str, lock: QLockFile | None = None) -> None:
        """Use ``slot`` from now on (a restored copy's), holding its lock."""
        if self.lock is not None:
            self.lock.unlock()
        self.slot = slot
        self.lock = lock
        if self.lock is None:
            try:
                self.lock = _lock(slot)
                self.lock.tryLock(0)
            except OSError:
                self.lock = None

    def write_now(self) -> None:
        """Write (or, for a clean case, remove) the recovery copy now."""
        self.timer.stop()
        session = self.w.session
        folder = recovery_folder()
        if not session.modified:
            remove_recovery(folder, self.slot)
            return
        try:
            write_recovery(folder, self.slot, self.w.exports.shown_case(), session.path,
                           session.sealer)
            self.failed = False
        except (SaveError, CaseError, OSError):
            if not self.failed:  # say it once, not every few seconds
                self.failed = True
                self.w.say(tr("Let op: de herstelkopie kan niet worden bewaard (schijf vol?). "
                              "Sla de casus zelf op met Ctrl+S."))

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.timer.stop()
            remove_recovery(recovery_folder(), self.slot)

    def _other_case(self) -> None:
        """Saved under another name, or another case opened: the old copy goes."""
        if not self.w.session.modified:
            self.timer.stop()
            remove_recovery(recovery_folder(), self.slot)

    def discard(self) -> None:
        """The window closes cleanly (the user saved or chose not to): no copy is left."""
        self.timer.stop()
        remove_recovery(recovery_folder(), self.slot)
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def offer_recovery(window: MainWindow) -> bool:
    """At start: for each copy left by a crash, restore it or throw it away. True when one
    was restored."""
    from PySide6.QtWidgets import QMessageBox

    from ..io.casefile import LoadError, PasswordNeeded, WrongPassword, open_case

    folder = recovery_folder()
    for found in recoveries(folder):
        if found.slot == window.autosave.slot:
            continue
        lock = _lock(found.slot)
        if not lock.tryLock(0):
            continue  # the copy of a window that is still open (a second running app)
        where = found.origin.name if found.origin else tr("een nieuwe casus die nog niet was "
                                                          "opgeslagen")
        box = QMessageBox(QMessageBox.Icon.Question, tr("Werk herstellen?"),
                          tr("Netwerkkaart is de vorige keer niet netjes afgesloten. Er is een "
                             "herstelkopie van {where}, gemaakt op {when}.\n\nWilt u die "
                             "terugzetten?", where=where, when=found.when()), parent=window)
        restore = box.addButton(tr("&Herstellen"), QMessageBox.ButtonRole.AcceptRole)
        throw = box.addButton(tr("&Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is throw:
            remove_recovery(folder, found.slot)
            lock.unlock()
            continue
        if box.clickedButton() is not restore:
            lock.unlock()
            continue
        password: str | None = None
        while True:
            try:
                case, sealer = open_case(found.case_file, password)
                break
            except (PasswordNeeded, WrongPassword) as err:
                question = (tr("Het wachtwoord klopt niet. Probeer het opnieuw:")
                            if isinstance(err, WrongPassword)
                            else tr("De herstelkopie is beveiligd. Wachtwoord van de casus:"))
                password = window.files.ask_password(question)
                if password is None:
                    lock.unlock()
                    return False
            except LoadError as err:
                QMessageBox.warning(window, tr("Herstellen mislukt"), str(err))
                lock.unlock()
                return False
        window.restore(case, found.origin, sealer)
        old = window.autosave.slot
        window.autosave.take(found.slot, lock)  # the same copy goes on being kept up to date
        remove_recovery(folder, old)
        window.autosave.write_now()
        return True
    return False
