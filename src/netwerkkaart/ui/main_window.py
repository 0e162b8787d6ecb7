"""The main window: three maps on tabs, the side panel, menus, toolbar and status bar.

File and edit actions live in their own modules; this one wires them to menus and keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..io.crypto import Sealer
from ..labels import label
from ..layout.style import DEFAULT_STYLE, PRESENTATION_STYLE
from ..model import Case, MapKind, Problem
from .autosave import Autosaver
from .care_table import CareTablePanel
from .carer_panel import CarerPanel
from .edit_actions import EditActions
from .export_actions import ExportActions
from .file_actions import FileActions
from .moments import MomentActions, MomentBar
from .panel import SidePanel
from .plan_panel import PlanPanel
from .scan_panel import ScanPanel
from .scene import MapScene
from .session import CaseSession
from .settings import recent_files, settings
from .view import PRESENT_READABLE, READABLE, MapView

STYLE_SHEET = """
QMainWindow, QWidget { font-size: 11pt; }
QLabel#panelTitle { font-size: 14pt; font-weight: 600; padding: 8px 2px 4px 2px; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; padding: 12px 0 2px 0; }
QLabel#errorText { color: #b03a2e; }
QLabel#hintText { color: #6b6b6b; }
QTabBar::tab { padding: 8px 18px; font-size: 12pt; }
QToolBar { spacing: 4px; }
QToolButton { padding: 4px 6px; }
"""


class Hint(QLabel):
    """A short message over the map, where the user is looking; it goes by itself."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("mapHint")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#mapHint { background: rgba(43, 43, 43, 210); color: white; "
                           "padding: 8px 14px; border-radius: 6px; font-size: 13pt; }")
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:  # low on the map, centred: the people are mostly higher up
            self.ensurePolished()
            natural = self.fontMetrics().horizontalAdvance(self.text()) + 2 * 14 + 8
            self.setFixedWidth(min(natural, 900, max(200, parent.width() - 48)))
            self.setFixedHeight(self.heightForWidth(self.width()))
            self.move(max(8, (parent.width() - self.width()) // 2),
                      max(8, parent.height() - self.height() - 40))

    def show_for(self, text: str, ms: int = 4000) -> None:
        self.setText(text)
        self.setMinimumSize(0, 0)
        self.setMaximumSize(16777215, 16777215)
        self._place()
        self.raise_()
        self.show()
        self._timer.start(ms)


class MainWindow(QMainWindow):
    def __init__(self, case: Case, path: Path | None = None) -> None:
        super().__init__()
        self.session = CaseSession(case, path, self)
        self.files = FileActions(self)
        self.edits = EditActions(self)
        self.exports = ExportActions(self)
        self.moments = MomentActions(self)
        self.setStyleSheet(STYLE_SHEET)
        self.presenting = False
        self._before: dict[str, object] = {}
        self.scenes = {k: MapScene(self.session, k, active=k is MapKind.GENOGRAM)
                       for k in MapKind}
        self.views = {k: MapView(s) for k, s in self.scenes.items()}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for kind in MapKind:
            self.tabs.addTab(self.views[kind], label(kind))
        self.panel = SidePanel(self.session)
        self.moment_bar = MomentBar()
        """Over the maps while a snapshot or comparison is shown: what, and the way back."""
        maps = QWidget()
        maps_lay = QVBoxLayout(maps)
        maps_lay.setContentsMargins(0, 0, 0, 0)
        maps_lay.setSpacing(0)
        maps_lay.addWidget(self.moment_bar)
        maps_lay.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(maps)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1000, 330])
        self.setCentralWidget(splitter)
        self.map_hint = Hint(self.tabs)
        """Short messages over the map: refusals, warnings, what to select first."""
        self.presentation_hint = self.map_hint
        self.care_table = CareTablePanel(self.session)
        self.care_dock = self._dock(tr("Zorgtaken: wie doet wat, hoeveel uur per week"),
                                    "careTasks", self.care_table)
        self.plan = PlanPanel(self.session)
        self.plan_dock = self._dock(tr("Afspraken en verwijzingen"), "plan", self.plan)
        self.tabifyDockWidget(self.care_dock, self.plan_dock)
        self.carer = CarerPanel(self.session)
        self.carer_dock = self._dock(tr("Mantelzorger: belasting, rollen, signalen"), "carer",
                                     self.carer)
        self.tabifyDockWidget(self.plan_dock, self.carer_dock)
        self.scan = ScanPanel(self.session, self.open_place)
        self.scan_dock = self._dock(tr("MantelScan: stappen, kracht en risico's"), "scan",
                                    self.scan)
        self.tabifyDockWidget(self.carer_dock, self.scan_dock)
        for scene in self.scenes.values():
            scene.sig_selection.connect(self._follow_selection)
        self.count_label = QLabel()
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._fitted = False
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(250)
        self._refit_timer.timeout.connect(self._refit_now)
        for view in self.views.values():
            view.viewport().installEventFilter(self)
        self._fit_once: set[MapKind] = set()
        """Maps already fitted to the window: a hidden tab has no size to fit to yet."""
        self._build_actions()
        self.autosave = Autosaver(self)
        self.tabs.currentChanged.connect(self._tab_changed)
        for scene in self.scenes.values():
            scene.sig_error.connect(self.say)
        self.session.sig_refused.connect(self._refused)
        self.session.sig_notice.connect(self._notice)
        self.session.confirm = self._ask_unusual
        for view in self.views.values():
            view.sig_zoom_changed.connect(
                lambda f, v=view: self._show_zoom(f) if v is self.current_view() else None)
        self.session.sig_changed.connect(self._update_title)
        self.session.sig_viewing.connect(self._viewing_changed)
        self.moment_bar.back.clicked.connect(self.moments.back_to_now)
        self.moment_bar.summary.clicked.connect(self.moments.summary_window)
        moments = self.panel.case_form.moments
        moments.sig_make.connect(lambda: self.moments.make())
        moments.sig_view.connect(self.moments.view)
        moments.sig_compare.connect(self.moments.compare)
        moments.sig_delete.connect(self.moments.delete)
        self.session.sig_path_changed.connect(self._update_title)
        self.session.sig_path_changed.connect(self._refit_after_open)
        self.session.undo_stack.cleanChanged.connect(self._update_title)
        self.resize(1366, 768)
        self.setMinimumSize(QSize(900, 560))
        self._tab_changed(0)
        self._update_title()

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        """A panel under the maps (or above them), hidden until its shortcut opens it."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                             | Qt.DockWidgetArea.TopDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        dock.setProperty("sized", False)
        return dock

    def _open_dock(self, dock: QDockWidget) -> None:
        """Show a dock; the first time, a good two fifths of the window high: room for
        several rows, and the map above stays large enough to read."""
        dock.show()
        dock.raise_()
        if not dock.property("sized"):
            dock.setProperty("sized", True)
            self.resizeDocks([dock], [max(320, self.height() * 42 // 100)],
                             Qt.Orientation.Vertical)

    # -- helpers used by the action modules -----------------------------------------------
    def current_kind(self) -> MapKind:
        return list(MapKind)[self.tabs.currentIndex()]

    def current_scene(self) -> MapScene:
        return self.scenes[self.current_kind()]

    def current_view(self) -> MapView:
        return self.views[self.current_kind()]

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def say(self, text: str) -> None:
        """A message where the user is looking: over the map (and in the status bar); the
        next message replaces it, and it goes by itself after a few seconds."""
        self.status(text)
        self.map_hint.show_for(text, 6000)

    def _notice(self, text: str) -> None:
        """Someone left the map on screen: say so; and when the panel no longer shows them,
        the keyboard goes to the map (not into the case's first field)."""
        self.say(text)
        if not self.panel.person_form.isVisible():
            self.current_view().setFocus()

    def _refused(self, refusal: object) -> None:
        """An edit the model refused: a form says it beside its field; an action on the map
        (connect, delete, family keys, a drop) says it over the map."""
        text = tr("{reason} Er is niets gewijzigd.", reason=str(refusal))
        focus = QApplication.focusWidget()
        forms = [self.panel, *(d for d in (self.care_dock, self.plan_dock, self.carer_dock,
                                           self.scan_dock) if d.isVisible())]
        if focus is not None and any(f.isAncestorOf(focus) for f in forms):
            self.status(text)
        else:
            self.say(text)

    def _ask_unusual(self, case: Case, problems: Sequence[Problem]) -> bool:
        """An implausible edit (a parent under 12, a child born before its parent...): say
        who and why, and let the user go on or stop."""
        net = case.network
        reasons = []
        for problem in problems:
            tie = net.ties.get(problem.record_id or "") if problem.collection == "ties" else None
            who = ""
            if tie is not None and tie.a in net.people and tie.b in net.people:
                who = tr("{a} en {b}: ", a=net.people[tie.a].name or tr("(naamloos)"),
                         b=net.people[tie.b].name or tr("(naamloos)"))
            reasons.append(who + problem.message)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Klopt dit?"),
                          tr("Dit is ongebruikelijk:") + "\n\n" + "\n".join(
                              "• " + r for r in reasons) + "\n\n" + tr(
                              "Klopt het toch, kies dan 'Toch doorgaan'."), parent=self)
        go_on = box.addButton(tr("&Toch doorgaan"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(tr("&Niet wijzigen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.setEscapeButton(stop)
        box.exec()
        return box.clickedButton() is go_on

    def select_person(self, pid: str, rename: bool = False) -> None:
        scene = self.current_scene()
        scene.select_only([("person", pid)])
        item = scene.items_by_owner.get(("person", pid))
        if item is not None:
            self.current_view().ensureVisible(item, 80, 80)
        if rename:
            self.rename()

    def rename(self) -> None:
        """F2: put the cursor in the name field of the selected person (in the presentation
        mode, with the panel out of the way, a small name box)."""
        people = self.current_scene().selected_people()
        if self.presenting and len(people) == 1:
            from PySide6.QtWidgets import QInputDialog

            person = self.session.case.network.people[people[0]]
            name, ok = QInputDialog.getText(self, tr("Naam"), tr("Naam:"), text=person.name)
            if ok and name.strip() != person.name:
                from ..model import Put

                self.session.edit(tr("Persoon wijzigen"), [Put("people", person.model_copy(
                    update={"name": " ".join(name.split())}))])
            return
        if len(people) == 1:
            self.panel.person_form.name.setFocus()
            self.panel.person_form.name.selectAll()

    # -- actions ---------------------------------------------------------------------------
    def _act(self, text: str, slot: Callable[[], object], keys: QKeySequence | str | None = None,
             tip: str = "") -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        f, e = self.files, self.edits
        a = self._act
        self.act_new = a(tr("&Nieuwe casus…"), f.new, SK.New)
        self.act_open = a(tr("&Openen…"), f.open, SK.Open)
        self.act_save = a(tr("Op&slaan"), f.save, SK.Save)
        self.act_save_as = a(tr("Opslaan &als…"), f.save_as, SK.SaveAs)
        self.act_import = a(tr("GEDCOM &importeren…"), f.import_gedcom)
        self.act_quit = a(tr("Afsl&uiten"), self.close, SK.Quit)
        self.act_password = a(tr("&Wachtwoord instellen of wijzigen…"), f.set_password,
                              tip=tr("Het casusbestand versleutelen met een wachtwoord"))
        self.act_no_password = a(tr("Wachtwoord &verwijderen…"), f.remove_password,
                                 tip=tr("Het casusbestand weer onversleuteld opslaan"))
        x = self.exports
        self.act_export_pdf = a(tr("Exporteren als &PDF…"), x.export_pdf, "Ctrl+E",
                                tr("De samenvatting voor het dossier als PDF, met een voorbeeld"))
        self.act_print = a(tr("Af&drukken…"), x.print_case, "Ctrl+Shift+P",
                           tr("De samenvatting voor het dossier afdrukken"))
        self.act_export_image = a(tr("&Kaart exporteren als afbeelding…"), x.export_image,
                                  tip=tr("De kaart op het scherm als PNG of SVG"))
        mo = self.moments
        self.act_snapshot = a(tr("&Momentopname maken…"), lambda: mo.make(), "Ctrl+Shift+M",
                              tr("Bewaar het netwerk zoals het nu is in de casus, om later te "
                                 "vergelijken"))
        self.act_compare = a(tr("&Vergelijken met momentopname…"), mo.compare_latest,
                             "Ctrl+Shift+V", tr("Wat is er veranderd sinds een momentopname? "
                                                "In woorden en op de kaarten"))
        self.act_now = a(tr("Terug naar &nu"), mo.back_to_now,
                         tip=tr("Stop met het bekijken van een momentopname of vergelijking"))
        self.act_now.setEnabled(False)
        self.act_undo = self.session.undo_stack.createUndoAction(self, tr("&Ongedaan maken"))
        self.act_undo.setShortcuts([QKeySequence(SK.Undo)])
        self.act_redo = self.session.undo_stack.createRedoAction(self, tr("Opnie&uw"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # while a moment is shown undo and redo are off; their keys then say why
        self.act_undo_reading = a(tr("Ongedaan maken"), self.session.refuse_if_viewing)
        self.act_undo_reading.setShortcuts([*self.act_undo.shortcuts(),
                                            *self.act_redo.shortcuts()])
        self.act_undo_reading.setEnabled(False)
        self.act_add = a(tr("&Persoon toevoegen"), e.add_person, "Ctrl+P")
        self.act_connect = a(tr("&Verbinden…"), e.connect, "C",
                             tr("Verbind twee geselecteerde personen met een relatie"))
        self.act_delete = a(tr("Ver&wijderen"), e.delete, SK.Delete)
        self.act_rename = a(tr("Naam &wijzigen"), self.rename, "F2")
        self.act_father = a(tr("Vader"), lambda: e.quick_add("father"), "Alt+V",
                            tr("Voeg een vader toe aan de geselecteerde persoon (Alt+V)"))
        self.act_mother = a(tr("Moeder"), lambda: e.quick_add("mother"), "Alt+M",
                            tr("Voeg een moeder toe (Alt+M)"))
        self.act_partner = a(tr("Partner"), lambda: e.quick_add("partner"), "Alt+P",
                             tr("Voeg een partner toe (Alt+P)"))
        self.act_child = a(tr("Kind"), lambda: e.quick_add("child"), "Alt+K",
                           tr("Voeg een kind toe (Alt+K)"))
        self.act_sibling = a(tr("Broer/zus"), lambda: e.quick_add("sibling"), "Alt+Z",
                             tr("Voeg een broer of zus toe (Alt+Z)"))
        self.act_household = a(tr("Samen één &huishouden"), e.same_household, "Ctrl+H")
        self.act_pin = a(tr("&Vastzetten / losmaken"), e.toggle_pin, "Ctrl+L")
        self.act_relayout = a(tr("Opnieuw &schikken"), e.relayout, "Ctrl+R")
        self.act_unpin_all = a(tr("Alles losmaken"), e.unpin_all)
        self.act_select_all = a(tr("Alles selecteren"), self._select_all, SK.SelectAll)
        self.act_zoom_in = a(tr("In&zoomen"), lambda: self.current_view().zoom_by(1.2), SK.ZoomIn)
        self.act_zoom_out = a(tr("Uit&zoomen"), lambda: self.current_view().zoom_by(1 / 1.2),
                              SK.ZoomOut)
        self.act_zoom_100 = a(tr("Ware grootte (100%)"), lambda: self.current_view().set_zoom(1.0),
                              "Ctrl+0")
        self.act_fit = a(tr("&Passend maken"), lambda: self.current_view().fit(), "Ctrl+9")
        self.act_circle = a(tr("Ringen en &sectoren…"), self._edit_circle,
                            tip=tr("De ringen en sectoren van de netwerkkaart van deze casus"))
        self.act_present = a(tr("&Presentatie (aan tafel)"), self.toggle_presentation, "F11",
                             tr("De kaart groot en rustig op het hele scherm, voor de cliënt "
                                "aan tafel (F11; Esc of F11 gaat terug)"))
        self.act_leave = a(tr("Presentatie verlaten"), self._escape, "Esc")
        self.act_leave.setEnabled(False)
        self.act_nsgc = a(tr("Overleden als schuine streep (NSGC)"), self._apply_style)
        self.act_nsgc.setCheckable(True)
        self.act_nsgc.setChecked(settings().value("deceased_style", "x") == "slash")
        self.act_care_table = a(tr("&Zorgtaken"), self.toggle_care_table, "Ctrl+T",
                                tr("Wie doet welke zorgtaak, hoe vaak en hoeveel uur per week"))
        self.act_care_table.setCheckable(True)
        self.care_dock.visibilityChanged.connect(
            lambda _v: self.act_care_table.setChecked(not self.care_dock.isHidden()))
        self.act_people_list = a(tr("&Groslijst…"), self.people_list, "Ctrl+G",
                                 tr("Typ de mensen om de cliënt heen één voor één in"))
        self.act_carer = a(tr("&Mantelzorger…"), self.toggle_carer, "Ctrl+M",
                           tr("Belasting, rollen en signalen van de gekozen mantelzorger"))
        self.act_carer.setCheckable(True)
        self.carer_dock.visibilityChanged.connect(
            lambda _v: self.act_carer.setChecked(not self.carer_dock.isHidden()))
        self.act_scan = a(tr("Mantel&Scan en kracht en risico's…"), self.toggle_scan, "Ctrl+K",
                          tr("De vijf stappen van de MantelScan, de sterke kanten en de "
                             "risico's van het netwerk"))
        self.act_scan.setCheckable(True)
        self.scan_dock.visibilityChanged.connect(
            lambda _v: self.act_scan.setChecked(not self.scan_dock.isHidden()))
        self.act_plan = a(tr("&Afspraken en verwijzingen"), self.toggle_plan, "Ctrl+J",
                          tr("Wat is afgesproken, en naar wie is verwezen"))
        self.act_plan.setCheckable(True)
        self.plan_dock.visibilityChanged.connect(
            lambda _v: self.act_plan.setChecked(not self.plan_dock.isHidden()))
        for i, kind in enumerate(MapKind):
            a(label(kind), lambda i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
        self.act_help = a(tr("&Sneltoetsen en uitleg…"), self.show_help, "F1",
                          tr("De sneltoetsen en een uitleg van de drie kaarten en de tekens"))
        # single keys act on the map only: Delete in a dropdown or C in the care table must
        # never delete or connect the people selected on the map
        for act in (self.act_connect, self.act_delete):
            self.removeAction(act)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tabs.addAction(act)

        bar = self.menuBar()
        m = bar.addMenu(tr("&Bestand"))
        for act in (self.act_new, self.act_open):
            m.addAction(act)
        self.recent_menu = QMenu(tr("&Recente bestanden"), self)
        m.addMenu(self.recent_menu)
        m.addSeparator()
        for act in (self.act_save, self.act_save_as):
            m.addAction(act)
        m.addSeparator()
        m.addAction(self.act_snapshot)
        m.addSeparator()
        m.addAction(self.act_import)
        m.addSeparator()
        for act in (self.act_password, self.act_no_password):
            m.addAction(act)
        m.addSeparator()
        for act in (self.act_export_pdf, self.act_print, self.act_export_image):
            m.addAction(act)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(tr("Be&werken"))
        for act in (self.act_undo, self.act_redo, None, self.act_add, self.act_connect,
                    self.act_rename, self.act_delete, None, self.act_household, self.act_pin,
                    None, self.act_select_all):
            m.addSeparator() if act is None else m.addAction(act)
        m = bar.addMenu(tr("&Familie"))
        for act in (self.act_father, self.act_mother, self.act_partner, self.act_child,
                    self.act_sibling):
            m.addAction(act)
        m = bar.addMenu(tr("Zo&rg"))
        m.addAction(self.act_people_list)
        m.addAction(self.act_care_table)
        m.addAction(self.act_plan)
        m.addAction(self.act_carer)
        m.addSeparator()
        m.addAction(self.act_scan)
        m = bar.addMenu(tr("Beel&d"))
        for act in (self.act_present, None, self.act_compare, self.act_now, None,
                    self.act_zoom_in, self.act_zoom_out,
                    self.act_zoom_100, self.act_fit, None,
                    self.act_relayout, self.act_unpin_all, None, self.act_circle, None,
                    self.act_nsgc):
            m.addSeparator() if act is None else m.addAction(act)
        m = bar.addMenu(tr("H&ulp"))
        m.addAction(self.act_help)

        for act, short in ((self.act_new, tr("Nieuw")), (self.act_undo, tr("Ongedaan maken")),
                           (self.act_redo, tr("Opnieuw")),
                           (self.act_add, tr("+ Persoon")), (self.act_fit, tr("Passend")),
                           (self.act_relayout, tr("Schikken")), (self.act_open, tr("Openen")),
                           (self.act_save, tr("Opslaan")), (self.act_connect, tr("Verbinden")),
                           (self.act_delete, tr("Verwijderen"))):
            act.setIconText(short)
        self.act_present.setIconText(tr("Presenteren"))
        tb = QToolBar(tr("Werkbalk"))
        self.toolbar = tb
        tb.setObjectName("main")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # the presentation button early: at 1366 px with the panel open the last buttons go
        # into the overflow menu, and this one is for the table
        for act in (self.act_save, None, self.act_undo, self.act_redo, None, self.act_add,
                    self.act_connect, self.act_delete, None, self.act_present, None):
            tb.addSeparator() if act is None else tb.addAction(act)
        self.family_label = QLabel(" " + tr("Voeg toe:") + " ")
        tb.addWidget(self.family_label)
        self.family_actions = [self.act_father, self.act_mother, self.act_partner,
                               self.act_child, self.act_sibling]
        for act in self.family_actions:
            tb.addAction(act)
        tb.addSeparator()
        for act in (self.act_fit, self.act_relayout):
            tb.addAction(act)
        self.addToolBar(tb)
        self.refresh_recent()
        self._apply_style()

    def toggle_care_table(self) -> None:
        """Ctrl+T: open the care-task table with the cursor in it, or close it."""
        if self.care_dock.isVisible() and self.care_table.table.hasFocus():
            self.care_dock.hide()
        else:
            self._open_dock(self.care_dock)
            table = self.care_table.table
            if not table.currentIndex().isValid() and self.care_table.model.tasks:
                self.care_table.go_to(self.care_table.model.tasks[0],
                                      (self.care_table.model.people or [None])[0])
            (table if self.care_table.model.tasks else self.care_table.new_task).setFocus()
        self.act_care_table.setChecked(self.care_dock.isVisible())

    def people_list(self) -> None:
        """Ctrl+G: the groslijst; the people added end up selected on the map."""
        from .people_list import PeopleListDialog

        if self.session.refuse_if_viewing() is not None:
            return
        dialog = PeopleListDialog(self.session, self)
        if dialog.exec() and dialog.added:
            self.current_scene().select_only([("person", pid) for pid in dialog.added])
            n = len(dialog.added)
            self.status(tr("1 persoon toegevoegd") if n == 1
                        else tr("{n} personen toegevoegd", n=n))

    def _follow_selection(self) -> None:
        """The carer dock shows the one person selected on the map on screen."""
        people = self.current_scene().selected_people()
        if len(people) == 1:
            self.carer.show_person(people[0])

    def toggle_carer(self) -> None:
        """Ctrl+M: the selected carer's load, roles and signals (the main carer when nobody
        is selected), or close."""
        if self.carer_dock.isVisible() and self.carer.isAncestorOf(QApplication.focusWidget()):
            self.carer_dock.hide()
        else:
            people = self.current_scene().selected_people()
            if len(people) == 1:
                self.carer.show_person(people[0])
            elif self.carer.person is None:
                from ..model.carers import overview

                self.carer.show_person(overview(self.session.case.network).main_carer)
            self._open_dock(self.carer_dock)
            self.carer.tabs.currentWidget().setFocus()
        self.act_carer.setChecked(self.carer_dock.isVisible())

    def toggle_scan(self) -> None:
        """Ctrl+K: the MantelScan guide with the strengths and risks, or close."""
        if self.scan_dock.isVisible() and self.scan.isAncestorOf(QApplication.focusWidget()):
            self.scan_dock.hide()
        else:
            self._open_dock(self.scan_dock)
            self.scan.setFocus()
        self.act_scan.setChecked(self.scan_dock.isVisible())

    def open_place(self, where: str, target: str | None = None) -> None:
        """Where the guide sends the user to fill something in."""
        kinds = {"genogram": MapKind.GENOGRAM, "ecogram": MapKind.ECOGRAM}
        if where in kinds:
            self.tabs.setCurrentIndex(list(MapKind).index(kinds[where]))
            self.current_view().setFocus()
        elif where == "care_table":
            if not self.care_dock.isVisible():
                self.toggle_care_table()
            self.care_dock.raise_()
        elif where == "case_panel":
            self.current_scene().select_only([])
            care = self.panel.case_form.care
            field = {"regie": care.regie, "aanspreekpunt": care.aanspreekpunt}.get(
                target or "", care.need)
            field.setFocus()
            self.panel.ensureWidgetVisible(field)
        elif where == "carer":
            if target:
                self.carer.show_person(target)
            self._open_dock(self.carer_dock)
        elif where == "conclusion":
            self._open_dock(self.scan_dock)
            self.scan.conclusion.setFocus()
        elif where in ("plan", "referral"):
            self._open_dock(self.plan_dock)
            if where == "referral":
                self.plan.setCurrentIndex(1)
                if target:
                    self.plan.referrals.select(target)
            self.plan.focus_list()

    def toggle_plan(self) -> None:
        """Ctrl+J: open the agreements and referrals with the cursor in the list, or close."""
        if self.plan_dock.isVisible() and self.plan.isAncestorOf(QApplication.focusWidget()):
            self.plan_dock.hide()
        else:
            self._open_dock(self.plan_dock)
            self.plan.focus_list()
        self.act_plan.setChecked(self.plan_dock.isVisible())

    def _edit_circle(self) -> None:
        from .circle_dialog import CircleDialog

        if self.session.refuse_if_viewing() is not None:
            return
        if CircleDialog(self.session, self).exec() and self.current_kind() is \
                MapKind.NETWERKKAART:
            self.current_view().fit()  # other rings and sectors: show all of it again

    def _apply_style(self) -> None:
        """McGoldrick's X or NSGC's slash for the deceased; remembered for next time. In the
        presentation mode: the large style."""
        mode = "slash" if self.act_nsgc.isChecked() else "x"
        settings().setValue("deceased_style", mode)
        base = PRESENTATION_STYLE if self.presenting else DEFAULT_STYLE
        style = replace(base, deceased_style=mode)
        for scene in self.scenes.values():
            scene.set_style(style)

    # -- presentation mode ------------------------------------------------------------------
    def toggle_presentation(self) -> None:
        """F11: the map on screen fills it, large and calm, for the client across the table;
        F11 or Esc returns. Quick edits keep working."""
        if self.presenting:
            self.end_presentation()
        else:
            self.start_presentation()

    def start_presentation(self) -> None:
        if self.presenting:
            return
        self.presenting = True
        self._before = {"docks": [d for d in (self.care_dock, self.plan_dock, self.carer_dock,
                                              self.scan_dock) if d.isVisible()],
                        "maximized": self.isMaximized(), "fullscreen": self.isFullScreen()}
        for d in self._before["docks"]:  # type: ignore[union-attr]
            d.hide()
        for w in (self.panel, self.toolbar, self.menuBar(), self.statusBar(), self.tabs.tabBar()):
            w.hide()
        self._scrollbars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.act_leave.setEnabled(True)
        self._apply_style()
        self.showFullScreen()
        self._refit_soon()
        self.presentation_hint.show_for(tr("Presentatie. Ctrl+1, 2, 3: andere kaart. "
                                             "F11 of Esc: terug naar bewerken."))

    def end_presentation(self) -> None:
        if not self.presenting:
            return
        self.presenting = False
        self.act_leave.setEnabled(self.session.viewing is not None)
        self.presentation_hint.hide()
        for w in (self.panel, self.toolbar, self.menuBar(), self.statusBar(), self.tabs.tabBar()):
            w.show()
        self._scrollbars(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        before = self._before
        if not before.get("fullscreen"):
            self.showMaximized() if before.get("maximized") else self.showNormal()
        for d in before.get("docks", []):  # type: ignore[union-attr]
            d.show()
        self._apply_style()
        self._refit_soon()

    def _escape(self) -> None:
        """Esc leaves the presentation first, then a snapshot or comparison."""
        if self.presenting:
            self.end_presentation()
        else:
            self.moments.back_to_now()

    def _viewing_changed(self) -> None:
        viewing = self.session.viewing
        self.moment_bar.show_viewing(viewing)
        reading = viewing is not None
        stack = self.session.undo_stack
        self.act_undo.setEnabled(not reading and stack.canUndo())
        self.act_redo.setEnabled(not reading and stack.canRedo())
        self.act_now.setEnabled(reading)
        self.act_undo_reading.setEnabled(reading)
        self.act_leave.setEnabled(reading or self.presenting)
        self._update_title()

    def refit_all(self) -> None:
        """Every map opens fitted again (the one on screen now, the others when shown)."""
        if self._fitted:
            self._fit_once = {self.current_kind()}
            self.current_view().open_view(PRESENT_READABLE if self.presenting else READABLE)

    def _refit_soon(self) -> None:
        """Fit every map again once the window has its new size (going full screen or back
        takes a moment, longer under a window manager): the map on screen now and again when
        the resizing settles, the others when they are shown."""
        self._fit_once = set()
        self._refit_now()
        self._refit_timer.start()

    def _refit_now(self) -> None:
        self._fit_once = {self.current_kind()}
        self.current_view().open_view(PRESENT_READABLE if self.presenting else READABLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A map's viewport changed size while the window settles after a presentation
        switch (full screen, the panel and tab bar back): fit again when it has settled."""
        if event.type() == QEvent.Type.Resize and self._refit_timer.isActive():
            self._refit_timer.start()
        return False

    def _scrollbars(self, policy: Qt.ScrollBarPolicy) -> None:
        for view in self.views.values():
            view.setHorizontalScrollBarPolicy(policy)
            view.setVerticalScrollBarPolicy(policy)

    def shortcuts(self) -> list[tuple[str, str]]:
        """Every action's key and what it does, for the help (F1): from the actions
        themselves, so the list always matches the real keys."""
        seen: set[str] = set()
        out: list[tuple[str, str]] = []
        actions = [self.act_undo, self.act_redo, *self.actions(), *self.tabs.actions()]
        for act in actions:
            if act is self.act_undo_reading:
                continue
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in act.shortcuts() if not k.isEmpty())
            keys = "Delete" if keys == "Del" else keys
            text = act.text().replace("&", "").rstrip("…")
            if act in (self.act_undo, self.act_redo):
                text = act.iconText() if act is self.act_redo else tr("Ongedaan maken")
            elif act in (self.act_father, self.act_mother, self.act_partner, self.act_child,
                         self.act_sibling):
                text = tr("{who} toevoegen aan de geselecteerde persoon", who=text)
            if not keys or (keys, text) in seen:
                continue
            seen.add((keys, text))  # type: ignore[arg-type]
            out.append((keys, text))
        return out

    def show_help(self) -> None:
        from .help_dialog import HelpDialog

        HelpDialog(self.shortcuts(), self).exec()

    def refresh_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            act = self.recent_menu.addAction(path.name)
            act.setStatusTip(str(path))
            act.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        self.recent_menu.setEnabled(bool(files))

    def _select_all(self) -> None:
        """Everyone on this map, as one selection change (nothing follows a half-done one)."""
        scene = self.current_scene()
        scene.select_only([owner for owner in scene.items_by_owner if owner[0] == "person"])

    def _tab_changed(self, _index: int) -> None:
        for scene in self.scenes.values():
            scene.set_active(scene is self.current_scene())
        self.panel.follow(self.current_scene())
        if self._fitted and self.current_kind() not in self._fit_once:
            self._fit_once.add(self.current_kind())
            self.current_view().open_view(PRESENT_READABLE if self.presenting else READABLE)
        self._show_zoom(self.current_view().zoom())

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(f"{round(factor * 100)}%")

    def _update_title(self, *_args: object) -> None:
        client = self.session.case.network.client()
        name = self.session.path.name if self.session.path else (
            client.name if client and client.name else tr("Nieuwe casus"))
        net = self.session.case.network
        viewing = self.session.viewing
        seen = f" – {viewing.title}" if viewing is not None else ""
        self.setWindowTitle(f"{name}[*]{seen} – Netwerkkaart")
        self.setWindowModified(self.session.modified)
        people = (tr("1 persoon") if len(net.people) == 1
                  else tr("{n} personen", n=len(net.people)))
        ties = tr("1 relatie") if len(net.ties) == 1 else tr("{n} relaties", n=len(net.ties))
        self.count_label.setText(f"{people} · {ties}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.files.may_discard():
            self.autosave.discard()
            event.accept()
        else:
            event.ignore()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.current_view().open_view()
            self._fit_once.add(self.current_kind())

    def _refit_after_open(self) -> None:
        """Another case (new, opened, imported): every map opens fitted again."""
        if self.session.undo_stack.count() == 0 and self._fitted:
            self._fit_once = {self.current_kind()}
            self.current_view().open_view()

    def restore(self, case: Case, origin: Path | None, sealer: Sealer | None) -> None:
        """A recovery copy back on screen: its own file (when it had one), not yet saved."""
        self.session.replace(case, origin, sealer)
        self.session.undo_stack.resetClean()  # modified: the user saves it
        self._update_title()
        self.say(tr("De herstelde casus is nog niet opgeslagen: kies Opslaan (Ctrl+S)."))

    def fit_all(self) -> None:
        self.current_view().fit()
