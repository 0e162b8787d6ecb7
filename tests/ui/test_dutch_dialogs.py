"""Qt's own dialogs speak Dutch: the file dialogs the app opens (Qt's widget dialog, as on a
Linux desktop without a platform dialog), the message boxes and the input dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTreeView,
    QWidget,
)

from netwerkkaart.ui.qt_setup import install_dutch_qt

ENGLISH = {"look in:", "files of type:", "file name:", "cancel", "open", "save", "yes", "no",
           "back", "forward", "parent directory", "detail view", "list view",
           "create new folder", "discard", "enter a value:", "name", "size",
           "date modified", "apply", "close", "don't save", "save all", "abort",
           "retry", "ignore", "reset", "restore defaults", "help", "my computer"}


def _texts(widget: QWidget) -> list[str]:
    out = [w.text() for w in widget.findChildren(QLabel)]
    out += [w.text() or w.toolTip() for w in widget.findChildren(QAbstractButton)]
    for combo in widget.findChildren(QComboBox):
        out += [combo.itemText(i) for i in range(combo.count())]
    for tree in widget.findChildren(QTreeView):
        model = tree.model()
        if model is not None:
            out += [str(model.headerData(i, Qt.Orientation.Horizontal))
                    for i in range(model.columnCount())]
    return [t.replace("&", "").strip().lower() for t in out if t]


def _english(widget: QWidget) -> list[str]:
    return sorted({t for t in _texts(widget) if t in ENGLISH})  # "OK" and "Type": Dutch too


def test_no_english_in_qt_dialogs(qtbot) -> None:  # type: ignore[no-untyped-def]
    install_dutch_qt()
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Casus", "/", "Netwerkkaart (*.netwerkkaart)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        texts = _texts(dialog)
        assert "zoeken in:" in texts and "bestandstype:" in texts
        assert _english(dialog) == [], mode
    B = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "Netwerkkaart", "?",
                      B.Yes | B.No | B.Save | B.Discard | B.Cancel | B.Close | B.Apply)
    qtbot.addWidget(box)
    box.show()
    assert _english(box) == []
    asking = QInputDialog()
    qtbot.addWidget(asking)
    asking.show()
    assert _english(asking) == []


PRINT_ENGLISH = {"printer", "properties", "options", "copies", "print", "print range",
                 "all", "pages from", "to", "current page", "selection", "collate",
                 "reverse", "name:", "location:", "output file:", "copies:",
                 "double sided printing", "off", "long side binding", "short side binding",
                 "page set:"}  # "Type:": Dutch too


def test_the_print_dialog_and_the_export_dialog_speak_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from netwerkkaart.example import example_case
    from netwerkkaart.ui.pdf_export import ExportDialog

    install_dutch_qt()
    printer = QPrinter()  # kept: the dialog does not own it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _texts(dialog)
    assert not sorted({t for t in texts if t in PRINT_ENGLISH | ENGLISH}), texts
    export = ExportDialog(example_case())
    qtbot.addWidget(export)
    export.show()
    assert _english(export) == []
