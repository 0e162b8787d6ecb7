"""Small form-field helpers: widgets that report a finished edit exactly once.

A field never writes to the model. It calls ``on_commit(value)``; the panel turns that into
an undo command. ``set_value`` updates the widget without firing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ..i18n import tr
from ..labels import label
from ..model import Custom

Commit = Callable[[Any], None]


class TextField(QLineEdit):
    def __init__(self, on_commit: Commit, placeholder: str = "") -> None:
        super().__init__()
        self._on_commit = on_commit
        self._last = ""
        self.setPlaceholderText(placeholder)
        self.editingFinished.connect(self._commit)

    def set_value(self, value: str) -> None:
        with QSignalBlocker(self):
            self.setText(value)
        self._last = value

    def _commit(self) -> None:
        if self.text() != self._last:
            self._last = self.text()
            self._on_commit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Escape puts back what was there and leaves the field without saving."""
        if event.key() == Qt.Key.Key_Escape:
            with QSignalBlocker(self):
                self.setText(self._last)
            self.clearFocus()
            event.accept()
            return
        super().keyPressEvent(event)


class NotesField(QPlainTextEdit):
    def __init__(self, on_commit: Commit) -> None:
        super().__init__()
        self._on_commit = on_commit
        self._last = ""
        self.setTabChangesFocus(True)
        self.setMinimumHeight(70)

    def set_value(self, value: str) -> None:
        with QSignalBlocker(self):
            self.setPlainText(value)
        self._last = value

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self.toPlainText() != self._last:
            self._last = self.toPlainText()
            self._on_commit(self._last)


class _NoWheelUnlessFocused(QComboBox):
    """Scrolling a panel with the wheel must never change a choice on the way: the wheel
    only turns a combobox the user has clicked or tabbed into."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area behind scrolls instead


class ChoiceField(_NoWheelUnlessFocused):
    """A combobox over enum codes (with an optional empty choice shown as '—').

    The codes are kept in a list beside the items: Qt hands item data back as plain text, and
    codes of different kinds may share a text, so the index is what identifies a choice.
    """

    def __init__(self, codes: Sequence[Any], on_commit: Commit, optional: bool = False,
                 labels: Callable[[Any], str] = label, none_text: str = "—") -> None:
        super().__init__()
        self._on_commit = on_commit
        self._optional = optional
        self.none_text = none_text
        """What the empty choice says ("—", or "automatisch: ...")."""
        self.codes: list[Any] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.set_codes(codes, labels)
        self.activated.connect(lambda i: self._on_commit(self.code_at(i)))

    def set_codes(self, codes: Sequence[Any], labels: Callable[[Any], str] = label) -> None:
        """Offer other choices (the case's own rings, say), without firing."""
        with QSignalBlocker(self):
            self.clear()
            self.codes = ([None] if self._optional else []) + list(codes)
            for code in self.codes:
                self.addItem(self.none_text if code is None else labels(code))

    def code_at(self, index: int) -> Any:
        return self.codes[index] if 0 <= index < len(self.codes) else None

    def set_value(self, code: Any) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(self.codes.index(code) if code in self.codes else 0)


class ExtensibleChoiceField(_NoWheelUnlessFocused):
    """A combobox over enum codes where the user may also type their own value.

    Picking a listed label commits its code; typing other text and pressing Enter (or leaving
    the field) commits a :class:`~netwerkkaart.model.Custom` value with that text.
    """

    def __init__(self, codes: Sequence[StrEnum], on_commit: Commit, optional: bool = False,
                 placeholder: str = "", labels: Callable[[StrEnum], str] = label) -> None:
        super().__init__()
        self._on_commit = on_commit
        self._last: StrEnum | Custom | None = None
        self.codes: list[StrEnum | None] = ([None] if optional else []) + list(codes)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(12)
        for code in self.codes:
            self.addItem("" if code is None else labels(code))
        line = self.lineEdit()
        line.setPlaceholderText(placeholder)
        self.activated.connect(self._picked)
        line.editingFinished.connect(self._typed)

    def set_value(self, value: StrEnum | Custom | None) -> None:
        self._last = value
        with QSignalBlocker(self):
            index = self.codes.index(value) if value in self.codes else -1
            if index >= 0 and not isinstance(value, Custom):
                self.setCurrentIndex(index)
            else:
                self.setCurrentIndex(-1)
                self.setEditText(value.custom if isinstance(value, Custom) else "")

    def value(self) -> StrEnum | Custom | None:
        text = " ".join(self.currentText().split())
        if not text:
            return None
        for i, code in enumerate(self.codes):
            if code is not None and self.itemText(i).casefold() == text.casefold():
                return code
        return Custom(custom=text[:200])

    def _picked(self, index: int) -> None:
        self._commit(self.codes[index] if 0 <= index < len(self.codes) else self.value())

    def _typed(self) -> None:
        self._commit(self.value())

    def _commit(self, value: StrEnum | Custom | None) -> None:
        if value != self._last:
            self._last = value
            self._on_commit(value)


class CheckField(QCheckBox):
    def __init__(self, text: str, on_commit: Commit) -> None:
        super().__init__(text)
        self.clicked.connect(lambda checked: on_commit(bool(checked)))

    def set_value(self, value: bool) -> None:
        with QSignalBlocker(self):
            self.setChecked(value)


def form_state(root: QWidget) -> tuple[object, ...]:
    """What the user has filled in under ``root``: compare two to see whether a form was
    touched (before closing it without saving)."""
    out: list[object] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.append((w.currentIndex(), w.currentText()))
        elif isinstance(w, QCheckBox):
            out.append(w.isChecked())
        elif isinstance(w, QListWidget):
            out.append(tuple(w.item(i).checkState() for i in range(w.count())))
    return tuple(out)


def may_close(dialog: QWidget, start: tuple[object, ...]) -> bool:
    """Escape or Annuleren on a form that was filled in asks first: nothing is lost unseen."""
    if form_state(dialog) == start:
        return True
    answer = QMessageBox.question(
        dialog, tr("Niet bewaren?"),
        tr("Wat u in dit venster hebt ingevuld, wordt niet bewaard. Toch sluiten?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def error_label() -> QLabel:
    """Where a form says, in one Dutch sentence, what it could not take."""
    label_ = QLabel()
    label_.setObjectName("errorText")
    label_.setWordWrap(True)
    return label_


def set_visible_row(widget: QWidget, visible: bool) -> None:
    widget.setVisible(visible)
    buddy = getattr(widget, "row_label", None)
    if buddy is not None:
        buddy.setVisible(visible)


def error_style(widget: QWidget, bad: bool) -> None:
    widget.setStyleSheet("border: 2px solid #c0392b;" if bad else "")
