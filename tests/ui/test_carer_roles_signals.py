"""The carer dock's roles and signals: SOFA with F always on for a mantelzorger, a dominant
role, WIFA for a volunteer, kunnen / weten / willen, a new date adds to the history; the
checklists saved as one dated record; what the data shows, shown; undo of each."""

from __future__ import annotations

from netwerkkaart.model.carer import Derailment, MeldcodeStep, Signal, Sofa, Wifa, latest
from netwerkkaart.ui.main_window import MainWindow


def _pid(w: MainWindow, first: str) -> str:
    return next(p.id for p in w.session.case.network.people.values()
                if p.name.split()[0] == first)


def test_roles_for_a_carer_and_a_volunteer(window: MainWindow) -> None:
    w = window
    henk = _pid(w, "Henk")
    w.carer.show_person(henk)
    tab = w.carer.roles
    assert tab.sofa[Sofa.F].isChecked() and not tab.sofa[Sofa.F].isEnabled()  # a carer
    tab.date.setText("20-11-2026")
    tab.sofa[Sofa.O].setChecked(True)
    tab.dominant.setCurrentIndex(tab.dominant.codes.index(Sofa.O))
    tab.want.setText("Blijft boodschappen doen")
    tab.save()
    records = latest(w.session.case.network, "roles", henk)
    assert len(records) == 2  # another date: the earlier one stays
    assert records[0].sofa == (Sofa.S, Sofa.O, Sofa.F) and records[0].dominant is Sofa.O
    assert tab.history.count() == 2
    tab.save()  # the same date again: that record changes, no third one
    assert len(latest(w.session.case.network, "roles", henk)) == 2
    w.act_undo.trigger()
    w.act_undo.trigger()
    assert len(latest(w.session.case.network, "roles", henk)) == 1

    els = _pid(w, "Els")
    w.carer.show_person(els)
    assert tab.wifa[Wifa.W][0].isChecked() and not tab.wifa_title.isHidden()
    tab.wifa[Wifa.F][0].setChecked(True)
    tab.wifa[Wifa.F][1].setText("Vervoer naar de dagbesteding")
    tab.save()
    assert latest(w.session.case.network, "roles", els)[0].wifa[Wifa.F] == \
        "Vervoer naar de dagbesteding"


def test_signals_and_risk_saved_as_one_dated_record(window: MainWindow) -> None:
    w = window
    maria = _pid(w, "Maria")
    w.carer.show_person(maria)
    tab = w.carer.signals
    assert "Oudere mantelzorger" in tab.found.text() and "8 uur of meer" in tab.found.text()
    assert tab.signals[Signal.MOE].isChecked()  # from the example's record
    tab.date.setText("21-11-2026")
    tab.signals[Signal.HUILEN].setChecked(True)
    tab.derail[Derailment.VERWAARLOZING][0].setChecked(True)
    tab.derail[Derailment.VERWAARLOZING][1].setText("Jan zat de hele dag in dezelfde kleren")
    tab.steps[MeldcodeStep.OVERLEGGEN][0].setChecked(True)
    tab.steps[MeldcodeStep.OVERLEGGEN][1].setText("21-11-2026")
    tab.load.add()
    tab.load.item(tab.load.rowCount() - 1, 0).setText("Geen nachtrust")
    tab.save()
    newest = latest(w.session.case.network, "carer_checks", maria)[0]
    assert newest.date == "2026-11-21" and Signal.HUILEN in newest.signals
    assert newest.derailment[Derailment.VERWAARLOZING].startswith("Jan zat")
    assert newest.meldcode[0].step is MeldcodeStep.OVERLEGGEN
    assert newest.meldcode[0].date == "2026-11-21"
    assert [x.what for x in newest.load][-1] == "Geen nachtrust"
    assert len(latest(w.session.case.network, "carer_checks", maria)) == 2
    w.act_undo.trigger()
    assert len(latest(w.session.case.network, "carer_checks", maria)) == 1
    tab.date.setText("31-02-2026")
    tab.save()
    assert tab.error.text()  # no such date: nothing saved
    assert len(latest(w.session.case.network, "carer_checks", maria)) == 1


def test_a_note_ticks_its_box_so_it_is_never_lost(window: MainWindow) -> None:
    from PySide6.QtTest import QTest

    w = window
    maria = _pid(w, "Maria")
    w.carer.show_person(maria)
    tab = w.carer.signals
    box, note = tab.derail[Derailment.LICHAMELIJK]
    assert not box.isChecked()
    QTest.keyClicks(note, "Houdt Jan stevig vast")
    assert box.isChecked()
    tab.save()
    newest = latest(w.session.case.network, "carer_checks", maria)[0]
    assert newest.derailment[Derailment.LICHAMELIJK] == "Houdt Jan stevig vast"
    assert tab.error.text().startswith("Opgeslagen als stand van")
