"""Agreements and referrals in their dock: added and edited in a form, listed sortable by date,
overdue agreements marked, done today, removed with Delete; every change one undo step."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netwerkkaart.model.care import Agreement, Destination, SupportArea
from netwerkkaart.ui import plan_panel
from netwerkkaart.ui.main_window import MainWindow
from netwerkkaart.ui.plan_panel import AgreementDialog, ReferralDialog


def _pid(w: MainWindow, first: str) -> str:
    return next(p.id for p in w.session.case.network.people.values()
                if p.name.split()[0] == first)


def _column(lst: plan_panel.RecordList, col: int) -> list[str]:
    return [lst.proxy.index(r, col).data() for r in range(lst.proxy.rowCount())]


def test_agreements_sorted_by_date_overdue_marked_done_and_removed(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    today = _dt.date.today()
    past, later = today - _dt.timedelta(days=30), today + _dt.timedelta(days=30)
    shown_past, shown_later = past.strftime("%d-%m-%Y"), later.strftime("%d-%m-%Y")
    # the case's own agreements, dated around the real today (the model checks dates by it)
    net = w.session.case.network
    w.session.replace(w.session.case.model_copy(update={"network": net.replace(agreements={
        a.id: a for a in (Agreement(what="Later", by_when=later.isoformat()),
                          Agreement(what="Te laat", by_when=past.isoformat()))})}), None)
    QTest.keyClick(w, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert w.plan_dock.isVisible()
    lst = w.plan.agreements
    assert _column(lst, 2) == [f"{shown_past} (te laat)", shown_later]  # by date, earliest first
    late = lst.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert late is not None and lst.proxy.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) \
        is None

    # a new agreement through its form, without a date: sorts last
    def fill(dlg: AgreementDialog) -> int:
        dlg.what.setText("Buurman vragen voor de klussen")
        for i in range(dlg.who.count()):
            if dlg.who.item(i).text().startswith("Henk"):
                dlg.who.item(i).setCheckState(Qt.CheckState.Checked)
        dlg.accept()
        return 1

    monkeypatch.setattr(AgreementDialog, "exec", fill)
    lst.add()
    assert _column(lst, 0)[-1] == "Buurman vragen voor de klussen"
    assert _column(lst, 1)[-1] == "Henk Jansen"
    lst.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert _column(lst, 2)[1:] == [shown_later, f"{shown_past} (te laat)"]
    lst.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)

    # the overdue one is done today: no longer marked
    lst.select(lst.proxy.index(0, 0).data(plan_panel.ID_ROLE))
    lst.mark_done()
    assert _column(lst, 3)[0] == today.strftime("%d-%m-%Y") and _column(lst, 2)[0] == shown_past
    # Delete removes the selected one
    lst.table.setFocus()
    QTest.keyClick(lst.table, Qt.Key.Key_Delete)
    assert len(w.session.case.network.records("agreements")) == 2
    assert w.session.undo_stack.count() == 3
    for _ in range(3):
        w.act_undo.trigger()
    assert len(w.session.case.network.records("agreements")) == 2
    assert all(a.done is None for a in w.session.case.network.records("agreements").values())
    assert _column(lst, 2)[0] == f"{shown_past} (te laat)"


def test_an_agreement_form_says_what_is_missing_and_keeps_what_was_typed(
        window: MainWindow) -> None:
    w = window
    dlg = AgreementDialog(w.session, None, w)
    dlg.accept()
    assert dlg.error.text() == "Schrijf op wat er is afgesproken." and not dlg.landed
    dlg.what.setText("Bellen")
    dlg.by_when.setText("31-02-2027")
    dlg.accept()
    assert dlg.error.text().startswith("Uiterlijk op:") and "31-02" not in dlg.error.text()
    dlg.by_when.setText("28-02-2027")
    dlg.done_box.setChecked(True)
    assert dlg.done_on.text()  # today, filled in
    dlg.accept()
    assert dlg.landed
    a: Agreement = w.session.case.network.records("agreements")[dlg.landed]
    assert a.what == "Bellen" and a.by_when == "2027-02-28" and a.done is not None


def test_a_referral_to_veilig_thuis_with_its_contact(window: MainWindow) -> None:
    w = window
    w.toggle_plan()
    w.plan.setCurrentIndex(1)
    lst = w.plan.referrals
    ruud = _pid(w, "Ruud")
    dlg = ReferralDialog(w.session, None, w)
    dlg.destination.set_value(Destination.VEILIG_THUIS)
    dlg.area.set_value(SupportArea.ADVIES)
    dlg.for_whom.set_value(_pid(w, "Maria"))
    dlg.contact.setCurrentIndex(dlg.contact.codes.index(ruud))  # as a user picks
    assert dlg.contact_line.text() == "casemanagement@dementienetwerk.example"
    dlg.warm.setChecked(True)
    year = str(_dt.date.today().year)
    dlg.checked.setText("2999")
    dlg.accept()
    assert dlg.error.text().startswith("De datum van terugkoppelen ligt in de toekomst.")
    dlg.checked.setText(year)
    dlg.accept()
    r = w.session.case.network.records("referrals")[dlg.landed or ""]
    assert r.destination is Destination.VEILIG_THUIS and r.warm and r.contact == ruud
    assert r.checked_back == year
    lst.select(r.id)
    row = lst.table.currentIndex().row()
    assert lst.proxy.index(row, 0).data() == "Veilig Thuis"
    assert lst.proxy.index(row, 3).data() == \
        "Ruud Peters – casemanagement@dementienetwerk.example"
    # its own destination, typed
    edit = ReferralDialog(w.session, r, w)
    edit.destination.setEditText("Alzheimer Café")
    edit.accept()
    assert w.session.case.network.records("referrals")[r.id].destination.custom == \
        "Alzheimer Café"
    w.act_undo.trigger()
    w.act_undo.trigger()
    assert r.id not in w.session.case.network.records("referrals")


def test_escape_on_a_filled_in_form_asks_first(window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    w = window
    asked: list[int] = []

    def answer(no: bool) -> None:
        monkeypatch.setattr(QMessageBox, "question", staticmethod(
            lambda *a, **k: (asked.append(1), QMessageBox.StandardButton.No if no
                             else QMessageBox.StandardButton.Yes)[1]))

    dlg = ReferralDialog(w.session, None, w)
    dlg.show()
    answer(no=True)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not asked and not dlg.isVisible()  # nothing typed: closes at once
    dlg = ReferralDialog(w.session, None, w)
    dlg.show()
    dlg.destination.setEditText("Alzheimer Café")
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked and dlg.isVisible()  # typed: asked, and 'Nee' keeps it open
    answer(no=False)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_columns_keep_their_width_when_the_list_changes(window: MainWindow) -> None:
    w = window
    w.toggle_plan()
    lst = w.plan.referrals
    widths = [lst.table.columnWidth(i) for i in range(4)]
    assert widths[0] > 200  # the destination column is wide from the start
    lst.refresh()
    assert [lst.table.columnWidth(i) for i in range(4)] == widths
