"""The open case as the UI sees it: the Qt-free document, one undo stack, and the file path.

An edit arrives as a list of model operations. The model checks it first
(:meth:`CaseDocument.propose`); a refused edit is announced with its Dutch reason
(``sig_refused``) and never reaches the undo stack, so every state on the stack is a valid,
saveable case. An accepted edit becomes one :class:`EditCommand`; undo applies the inverse
operations the document returned. The model announces a ChangeSet and this QObject re-emits it
as ``sig_changed`` so scenes and panels redraw.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..analysis.compare import Comparison
from ..i18n import tr
from ..io.crypto import Sealer
from ..layout.membership import absence_notice
from ..model import (
    Applied,
    Case,
    CaseDocument,
    ChangeSet,
    EditRefused,
    Op,
    Place,
    PlaceCell,
    Problem,
)

MOVE_COMMAND_ID = 1001

READ_ONLY = ("Dit is een momentopname: die verandert niet. Kies ‘Terug naar nu’ (Esc) om "
             "verder te werken.")
READ_ONLY_COMPARISON = ("Dit is een vergelijking: daarin verandert u niets. Kies ‘Terug naar "
                        "nu’ (Esc) om verder te werken.")


@dataclass(frozen=True)
class Viewing:
    """A moment shown instead of today, read-only: a snapshot on every map and panel, or a
    comparison on the maps (the panels then show the later moment)."""

    title: str
    """Dutch words for the banner ("Momentopname Intake van 20 augustus 2026")."""
    case: Case
    compare: Comparison | None = None


class EditCommand(QUndoCommand):
    """One accepted user edit: its operations and, after redo, their inverse."""

    def __init__(self, doc: CaseDocument, text: str, ops: Sequence[Op], applied: Applied,
                 merge_key: str | None = None) -> None:
        super().__init__(text)
        self._doc = doc
        self._prepared: Applied | None = applied
        self._ops: list[Op] = list(ops)
        self._inverse: list[Op] = []
        self._merge_key = merge_key

    def redo(self) -> None:
        if self._prepared is not None:  # the first time: exactly what was checked
            applied, self._prepared = self._prepared, None
            self._inverse = self._doc.commit(applied)
        else:
            self._inverse = self._doc.apply_unchecked(self._ops)

    def undo(self) -> None:
        self._doc.apply_unchecked(self._inverse)

    def id(self) -> int:
        return MOVE_COMMAND_ID if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        """Consecutive nudges of the same people become one undo step."""
        if not isinstance(other, EditCommand) or other._merge_key != self._merge_key:
            return False
        if not all(isinstance(op, Place | PlaceCell) for op in other._ops):
            return False
        self._ops = other._ops
        return True


class CaseSession(QObject):
    sig_changed = Signal(object)
    """The case changed; the argument is the model's ChangeSet."""
    sig_path_changed = Signal()
    """The case was saved under, or opened from, another path."""
    sig_refused = Signal(object)
    """An edit was refused; the argument is the model's EditRefused (Dutch message, field)."""
    sig_notice = Signal(str)
    """An accepted edit did something the user may not see (took a person off a map)."""
    sig_viewing = Signal()
    """A moment is shown instead of today, or today again."""

    def __init__(self, case: Case, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = CaseDocument(case)
        self.doc.subscribe(self._relay)
        self.undo_stack = QUndoStack(self)
        self.path = path
        self.sealer: Sealer | None = None
        """The open case's password as a derived key (memory only): every save, and every
        recovery copy, is encrypted with it."""
        self.opening = 0
        """How many times another case was opened in this session (:meth:`replace`): tells
        one open case from the next, whatever its path becomes."""
        self.viewing: Viewing | None = None
        """A snapshot or comparison shown read-only instead of today (None: today)."""
        self.confirm: Callable[[Case, Sequence[Problem]], bool] = lambda _case, _why: True
        """Asked when an edit is possible but implausible (a parent under 12...), with the
        case as it would be and the model's reasons; False cancels the edit. The window sets
        a question to the user."""

    def _relay(self, change: ChangeSet) -> None:
        self.sig_changed.emit(change)

    @property
    def case(self) -> Case:
        """The case the window shows: today's, or the moment being viewed."""
        return self.viewing.case if self.viewing is not None else self.doc.case

    @property
    def today(self) -> Case:
        """Today's case, whatever is shown (what is saved and autosaved)."""
        return self.doc.case

    def view(self, viewing: Viewing | None) -> None:
        """Show a moment read-only (or with None, today again); every map and panel redraws."""
        if viewing is None and self.viewing is None:
            return
        self.viewing = viewing
        self.sig_viewing.emit()
        self.sig_changed.emit(ChangeSet(reset=True, opened=viewing is not None
                                        and viewing.compare is None))

    def refuse_if_viewing(self) -> EditRefused | None:
        """While a moment is shown nothing can change: the refusal, announced with
        ``sig_refused`` (None when today is shown)."""
        if self.viewing is None:
            return None
        refusal = EditRefused(Problem(tr(READ_ONLY if self.viewing.compare is None
                                         else READ_ONLY_COMPARISON)))
        self.sig_refused.emit(refusal)
        return refusal

    def edit(self, text: str, ops: Sequence[Op], merge_key: str | None = None
             ) -> EditRefused | None:
        """Check ``ops`` and push them as one undoable edit; the refusal, or None when done.

        Nothing happens for an empty list. A refused edit leaves the case and the undo stack
        as they were and is announced with ``sig_refused``. An implausible edit is first put
        to :attr:`confirm`; when the user declines, the warning comes back as the refusal.
        """
        if not ops:
            return None
        refusal = self.refuse_if_viewing()
        if refusal is not None:
            return refusal
        try:
            applied = self.doc.propose(ops)
        except EditRefused as refusal:
            self.sig_refused.emit(refusal)
            return refusal
        if applied.warnings and not self.confirm(applied.case, applied.warnings):
            return EditRefused(applied.warnings[0])  # the user said no: nothing changed
        self.undo_stack.push(EditCommand(self.doc, text, ops, applied, merge_key))
        notice = absence_notice(applied)
        if notice:
            self.sig_notice.emit(notice)
        return None

    def replace(self, case: Case, path: Path | None, sealer: Sealer | None = None) -> None:
        """Open another case: a fresh undo history (and its password, if any)."""
        self.undo_stack.clear()
        self.opening += 1
        self.path = path
        self.sealer = sealer
        if self.viewing is not None:
            self.viewing = None
            self.sig_viewing.emit()
        self.doc.replace(case)
        self.undo_stack.setClean()
        self.sig_path_changed.emit()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.undo_stack.setClean()
        self.sig_path_changed.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()
