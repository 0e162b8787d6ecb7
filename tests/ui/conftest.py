"""GUI fixtures: the real main window on the example case, no dialogs left hanging."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from netwerkkaart.example import example_case
from netwerkkaart.ui.main_window import MainWindow
from netwerkkaart.ui.qt_setup import install_dutch_qt


@pytest.fixture(autouse=True)
def recovery_in_tmp(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Recovery copies of test windows go to a temporary folder, never the user's."""
    from netwerkkaart.ui import autosave

    monkeypatch.setattr(autosave, "FOLDER_OVERRIDE", tmp_path_factory.mktemp("herstel"))
    yield


@pytest.fixture(autouse=True)
def fresh_export_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the export dialog remembers within a session starts afresh in every test."""
    from netwerkkaart.report.privacy import Privacy
    from netwerkkaart.ui.pdf_export import ExportDialog

    monkeypatch.setattr(ExportDialog, "last_level", Privacy.FULL)
    monkeypatch.setattr(ExportDialog, "last_compare", None)


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    install_dutch_qt()
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: None))
    w = MainWindow(example_case())
    qtbot.addWidget(w)
    # pytest-qt closes widgets before fixtures are torn down: never let that close ask.
    monkeypatch.setattr(w.files, "may_discard", lambda: True)
    w.show()
    qtbot.waitExposed(w)
    yield w


def without_seen(case):  # type: ignore[no-untyped-def]
    """The case without the placement stored on save (the picture, not the data)."""
    views = case.views
    for kind, view in views.items():
        views = views.with_view(kind, view.model_copy(update={"seen": None}))
    return case.model_copy(update={"views": views})


def click_in_message_box(monkeypatch: pytest.MonkeyPatch, button: str, seen: list[str]) -> None:
    """Every QMessageBox the app execs records its text in ``seen`` and clicks ``button``."""
    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
