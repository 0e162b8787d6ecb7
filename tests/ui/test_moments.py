"""Momentopnames in the window: make, look read-only, compare on the maps, offered on save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from netwerkkaart.io.casefile import load_case
from netwerkkaart.model import Case, MapKind, Person, PersonKind
from netwerkkaart.model.case import CaseMeta
from netwerkkaart.ui import moments as moments_ui
from netwerkkaart.ui.main_window import MainWindow
from netwerkkaart.ui.session import READ_ONLY, READ_ONLY_COMPARISON
from tests.ui.conftest import click_in_message_box


def _accept_snapshot_dialog(monkeypatch: pytest.MonkeyPatch, name: str = "Evaluatie",
                            date: str = "20-11-2026") -> None:
    def exec_(dialog: moments_ui.SnapshotDialog) -> int:
        dialog.name.setText(name)
        dialog.date.setText(date)
        dialog.note.setPlainText("Na drie maanden")
        return 1

    monkeypatch.setattr(moments_ui.SnapshotDialog, "exec", exec_)


def _names_on(window: MainWindow, kind: MapKind) -> set[str]:
    scene = window.scenes[kind]
    scene.catch_up()
    people = window.session.case.network.people
    return {people[oid].name for what, oid in scene.items_by_owner if what == "person"
            and oid in people}


def test_making_a_snapshot_is_one_undoable_edit(window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _accept_snapshot_dialog(monkeypatch)
    window.act_snapshot.trigger()
    snaps = window.session.today.snapshots
    assert [s.name for s in snaps] == ["Intake", "Evaluatie"]
    assert snaps[1].date == "2026-11-20" and snaps[1].note == "Na drie maanden"
    assert snaps[1].state.network == window.session.today.network
    moments = window.panel.case_form.moments
    assert moments.list.count() == 2 and moments.selected() == snaps[1].id  # the new one
    moments.list.setCurrentRow(1)
    window.moments.view(snaps[0].id)
    assert moments.selected() == snaps[0].id  # the one shown
    window.moments.back_to_now()
    window.act_undo.trigger()
    assert [s.name for s in window.session.today.snapshots] == ["Intake"]
    assert moments.list.count() == 1


def test_the_dialog_refuses_a_name_twice_and_a_date_in_the_future(window: MainWindow) -> None:
    dialog = moments_ui.SnapshotDialog(window.session.today, window)
    dialog.name.setText("intake")
    assert dialog.snapshot() is None and "al een momentopname" in dialog.error.text()
    dialog.name.setText("Later")
    dialog.date.setText("01-01-2099")
    assert dialog.snapshot() is None and "toekomst" in dialog.error.text()
    dialog.date.setText("2026")
    assert dialog.snapshot() is None and "hele datum" in dialog.error.text()
    dialog.date.setText("31-02-2026")
    assert dialog.snapshot() is None and "hele datum" in dialog.error.text()
    dialog.date.setText("01-08-2026")  # before the intake of 20-08-2026
    assert dialog.snapshot() is None and "niet vóór 20-08-2026" in dialog.error.text()
    dialog.date.setText("20-08-2026")
    assert dialog.snapshot() is not None and dialog.error.text() == ""


def test_looking_at_a_snapshot_is_read_only_and_esc_goes_back(window: MainWindow,
                                                              qtbot) -> None:
    today = window.session.today
    window.tabs.setCurrentIndex(1)  # the ecogram
    assert "Anja Bos" not in _names_on(window, MapKind.ECOGRAM)
    intake = today.snapshots[0]
    window.panel.case_form.moments.list.setCurrentRow(0)
    window.panel.case_form.moments.view.click()
    assert window.session.case is intake.state
    assert window.moment_bar.isVisible()
    assert "Momentopname ‘Intake’ van 20 augustus 2026" in window.moment_bar.label.text()
    assert "Intake" in window.windowTitle()
    on_map = _names_on(window, MapKind.ECOGRAM)
    assert "Anja Bos" in on_map and "Els van Dijk" not in on_map
    assert not window.act_undo.isEnabled()
    form = window.panel.case_form
    assert not form.reference.isEnabled() and form.moments.isEnabled()
    refused: list[object] = []
    window.session.sig_refused.connect(refused.append)
    window.current_scene().select_only([("person", next(iter(intake.state.network.people)))])
    window.act_add.trigger()
    assert refused and str(refused[0]) == READ_ONLY
    assert window.session.today is today  # nothing changed
    refused.clear()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert refused and str(refused[0]) == READ_ONLY  # Ctrl+Z says why it does nothing
    window.act_leave.trigger()  # Esc
    assert window.session.viewing is None and window.session.case is today
    assert not window.moment_bar.isVisible()
    assert form.reference.isEnabled()
    on_map = _names_on(window, MapKind.ECOGRAM)
    assert "Anja Bos" not in on_map and "Els van Dijk" in on_map
    assert window.act_undo.isEnabled() == window.session.undo_stack.canUndo()


def test_the_comparison_shows_on_the_maps(window: MainWindow,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(moments_ui.CompareDialog, "exec", lambda self: 1)
    window.act_compare.trigger()
    viewing = window.session.viewing
    assert viewing is not None and viewing.compare is not None
    window.tabs.setCurrentIndex(2)
    scene = window.scenes[MapKind.NETWERKKAART]
    texts = {p.text for item in scene.items_by_owner.values() for p in item.group.prims
             if hasattr(p, "text")}
    assert {"NIEUW", "(vertrokken)", "was: Vrienden"} <= texts
    assert window.moment_bar.summary.isVisible()
    refused: list[object] = []
    window.session.sig_refused.connect(refused.append)
    window.act_add.trigger()
    assert refused and str(refused[0]) == READ_ONLY_COMPARISON
    window.moment_bar.back.click()
    texts = {p.text for item in scene.items_by_owner.values() for p in item.group.prims
             if hasattr(p, "text")}
    assert "NIEUW" not in texts and "(vertrokken)" not in texts


def test_the_summary_is_copied(window: MainWindow) -> None:
    dialog = moments_ui.CompareDialog(window.session.today,
                                      window.session.today.snapshots[0].id, window)
    assert "Sinds de intake op 20 augustus 2026" in dialog.text.toPlainText()
    assert "Belasting per mantelzorger" in dialog.text.toPlainText()
    dialog.copy.click()
    assert QGuiApplication.clipboard().text().startswith("Sinds de intake op 20 augustus 2026")
    assert dialog.copy.text() == "Gekopieerd"
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(dialog.from_box.currentData()))
    assert dialog.copy.text() == "Samenvatting &kopiëren"  # another choice: copy again
    dialog.to_box.setCurrentIndex(0)
    shown = dialog.text.toPlainText()
    assert "\nNieuwe risico's:" in shown and "\n2 nieuwe afspraken:" in shown  # paragraphs
    assert "Nu (" in shown  # the table's header, as in the PDF


def test_saving_while_looking_saves_today(window: MainWindow, tmp_path: Path) -> None:
    window.moments.view(window.session.today.snapshots[0].id)
    path = tmp_path / "c.netwerkkaart"
    assert window.files._write(path)
    saved = load_case(path)
    assert saved.network == window.session.today.network
    assert window.exports.shown_case().network is window.session.today.network


def test_deleting_a_snapshot_asks_and_can_be_undone(window: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    click_in_message_box(monkeypatch, "Verwijderen", seen)
    window.panel.case_form.moments.list.setCurrentRow(0)
    said: list[str] = []
    monkeypatch.setattr(window, "say", said.append)
    window.panel.case_form.moments.delete.click()
    assert "‘Intake’" in seen[0]
    assert said == ["Momentopname ‘Intake’ verwijderd (Ctrl+Z maakt het ongedaan)."]
    assert window.session.today.snapshots == ()
    window.act_undo.trigger()
    assert [s.name for s in window.session.today.snapshots] == ["Intake"]


def _intake_without_snapshot() -> Case:
    people = {p.id: p for p in (Person(id="c", name="Cliënt"),
                                Person(id="d", name="Dochter", kind=PersonKind.FAMILY))}
    from netwerkkaart.model import Network

    return Case(meta=CaseMeta(conversation_date="2026-11-20"),
                network=Network(people=people, refs={"client": "c"}))


def test_a_first_save_after_an_intake_offers_a_snapshot_once(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "nieuw.netwerkkaart"
    window.session.replace(_intake_without_snapshot(), path)
    seen: list[str] = []
    click_in_message_box(monkeypatch, "Nu niet", seen)
    assert window.files.save()
    assert len(seen) == 1 and "nog geen momentopname" in seen[0]
    assert load_case(path).snapshots == ()
    assert window.files.save()
    assert len(seen) == 1  # asked once
    window.session.replace(_intake_without_snapshot(), tmp_path / "ander.netwerkkaart")
    click_in_message_box(monkeypatch, "Momentopname maken…", seen)
    _accept_snapshot_dialog(monkeypatch, name="Intake", date="20-11-2026")
    said: list[str] = []
    monkeypatch.setattr(window, "say", said.append)
    assert window.files.save()
    assert [s.name for s in load_case(tmp_path / "ander.netwerkkaart").snapshots] == ["Intake"]
    assert any("‘Intake’" in text for text in said)
    assert not any("opslaan niet vergeten" in text for text in said)  # it is being saved


def test_the_offer_is_not_repeated_when_a_new_case_gets_its_file_name(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "eerste.netwerkkaart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window.session.replace(_intake_without_snapshot(), None)
    seen: list[str] = []
    click_in_message_box(monkeypatch, "Nu niet", seen)
    assert window.files.save()  # asks, then the file name
    assert window.session.path == path and len(seen) == 1
    assert window.files.save() and window.files.save_as()
    assert len(seen) == 1  # "Nu niet" holds for this case, under its new name too


def test_a_comparison_asked_backwards_is_told_forwards(window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _accept_snapshot_dialog(monkeypatch)
    window.act_snapshot.trigger()
    intake, evaluation = window.session.today.snapshots
    dialog = moments_ui.CompareDialog(window.session.today, evaluation.id, window)
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(intake.id))
    cmp = dialog.comparison
    assert cmp is not None
    assert (cmp.then.name, cmp.now.name) == ("Intake", "Evaluatie")
    assert "Els van Dijk" in [window.session.today.network.people[p].name for p in cmp.joined]
    assert dialog.from_box.currentData() == intake.id  # the boxes say it the same way
    assert dialog.to_box.currentData() == evaluation.id and not dialog.swapped.isHidden()
    dialog.to_box.setCurrentIndex(0)  # now: the right way round, so no word of a swap
    assert dialog.swapped.isHidden()
    dialog.from_box.setCurrentIndex(dialog.from_box.findData(evaluation.id))
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(evaluation.id))
    assert dialog.comparison is None and not dialog.on_maps.isEnabled()
    assert "twee verschillende momenten" in dialog.text.toPlainText()


def test_no_offer_for_a_case_without_a_conversation(window: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    case = _intake_without_snapshot()
    case = case.model_copy(update={"meta": CaseMeta()})
    window.session.replace(case, tmp_path / "c.netwerkkaart")
    seen: list[str] = []
    click_in_message_box(monkeypatch, "Nu niet", seen)
    assert window.files.save()
    assert seen == []


def test_the_pdf_dialog_offers_the_comparison_only_with_snapshots(window: MainWindow) -> None:
    from netwerkkaart.ui.pdf_export import ExportDialog

    dialog = ExportDialog(window.session.today, window)
    assert not dialog.compare.isHidden() and not dialog.compare.isChecked()
    assert dialog.options().compare_from is None
    dialog.compare.setChecked(True)
    assert dialog.compare_from.isEnabled()
    assert dialog.options().compare_from == window.session.today.snapshots[0].id
    bare = ExportDialog(window.session.today.model_copy(update={"snapshots": ()}), window)
    assert bare.compare.isHidden()


def test_the_pdf_dialog_takes_the_comparison_on_screen_and_remembers_it(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from netwerkkaart.ui.pdf_export import ExportDialog

    intake = window.session.today.snapshots[0].id
    monkeypatch.setattr(moments_ui.CompareDialog, "exec", lambda self: 1)
    window.act_compare.trigger()
    shown = ExportDialog(window.session.today, window, viewing=window.session.viewing)
    assert shown.compare.isChecked() and shown.options().compare_from == intake
    assert "casus van vandaag" in " ".join(
        label.text() for label in shown.findChildren(moments_ui.QLabel))
    shown.compare.setChecked(False)
    shown.options()
    window.moment_bar.back.click()
    assert not ExportDialog(window.session.today, window).compare.isChecked()
    again = ExportDialog(window.session.today, window)
    again.compare.setChecked(True)
    again.options()
    assert ExportDialog(window.session.today, window).options().compare_from == intake


def test_the_pdf_can_compare_two_snapshots(window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from netwerkkaart.ui.pdf_export import ExportDialog

    _accept_snapshot_dialog(monkeypatch)
    window.act_snapshot.trigger()
    intake, evaluation = (s.id for s in window.session.today.snapshots)
    dialog = ExportDialog(window.session.today, window)
    dialog.compare.setChecked(True)
    dialog.compare_from.setCurrentIndex(dialog.compare_from.findData(intake))
    dialog.compare_to.setCurrentIndex(dialog.compare_to.findData(evaluation))
    opts = dialog.options()
    assert (opts.compare_from, opts.compare_to) == (intake, evaluation)
    assert dialog.ok_button.isEnabled()
    dialog.compare_from.setCurrentIndex(dialog.compare_from.findData(evaluation))
    assert not dialog.ok_button.isEnabled() and not dialog.compare_problem.isHidden()
    dialog.compare.setChecked(False)
    assert dialog.ok_button.isEnabled()


def test_no_form_opens_while_a_moment_is_shown(window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """What the user would type in a form could not be kept: the refusal comes first."""
    from netwerkkaart.ui import carer_panel, plan_panel

    opened: list[str] = []
    for cls in (plan_panel.AgreementDialog, carer_panel.InstrumentDialog,
                carer_panel.BalanceDialog):
        monkeypatch.setattr(cls, "exec", lambda self, name=cls.__name__: opened.append(name))
    window.panel.case_form.moments.list.setCurrentRow(0)
    window.panel.case_form.moments.view.click()
    refused: list[object] = []
    window.session.sig_refused.connect(refused.append)
    maria = next(pid for pid, p in window.session.case.network.people.items()
                 if p.name.startswith("Maria"))
    window.carer.show_person(maria)
    window.plan.agreements.add()
    window.carer.load.fill("ediz_plus")
    window.carer.load.balance()
    assert opened == [] and len(refused) == 3
    from netwerkkaart.ui import circle_dialog, people_list

    for cls in (people_list.PeopleListDialog, circle_dialog.CircleDialog):
        monkeypatch.setattr(cls, "exec", lambda self, name=cls.__name__: opened.append(name))
    window.plan.agreements.table.selectRow(0)
    window.plan.agreements.edit_current()
    window.act_people_list.trigger()
    window.act_circle.trigger()
    window.act_connect.trigger()
    before = window.scan.conclusion.toPlainText()
    window.scan.propose()
    assert window.scan.conclusion.toPlainText() == before  # no draft in a snapshot's field
    assert opened == [] and len(refused) == 8
    assert window.session.undo_stack.count() == 0  # nothing refused is on the undo stack
    assert all(str(r) == READ_ONLY for r in refused)
    window.moments.back_to_now()
    window.plan.agreements.add()
    window.carer.load.balance()
    assert opened == ["AgreementDialog", "BalanceDialog"]
