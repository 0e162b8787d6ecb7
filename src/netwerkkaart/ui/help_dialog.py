"""Hulp (F1): the keyboard shortcuts and a one-page guide to the maps and the carers' marks.

The shortcuts come from the main window's own actions (so the list always matches the real
keys), followed by :data:`FIXED_KEYS`: keys handled inside lists, forms and the map that are
no action. The guide (:func:`guide_html`) follows what the maps and their legends draw
(``layout/notation``: symbols, couple and emotional lines, support lines, carer marks).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr

FIXED_KEYS: list[tuple[str, str]] = [
    ("Ctrl+klik", tr("Op de kaart: nog iemand erbij selecteren (bijvoorbeeld om te verbinden)")),
    ("Pijltjestoetsen", tr("Op de kaart: de geselecteerde personen een stukje verschuiven "
                           "(met Shift ingedrukt: verder)")),
    ("Ctrl+muiswiel", tr("Op de kaart: in- en uitzoomen")),
    ("Middelste muisknop", tr("Op de kaart: slepen om de kaart te verschuiven")),
    ("Esc", tr("In een invulveld: de oude tekst terugzetten, zonder op te slaan")),
    ("Enter", tr("Groslijst: naar de volgende regel")),
    ("Tab / Enter", tr("Zorgtaken: naar de volgende persoon / de volgende taak")),
    ("Delete", tr("Zorgtaken: de cel leegmaken")),
    ("Alt+H / Alt+I", tr("Zorgtaken: naar 'Hoe vaak' / 'Sinds' van de huidige cel; "
                         "Enter gaat terug naar de tabel")),
    ("1, 2, 3 … of j, n, m", tr("Vragenlijst (EDIZ, EDIZ-plus, CSI): het antwoord kiezen; "
                                "de cursor gaat door naar de volgende vraag")),
    ("Backspace", tr("Vragenlijst: het antwoord wissen")),
    ("Enter", tr("Vragenlijst: opslaan")),
    ("Enter / Delete", tr("Afspraken en verwijzingen: de gekozen regel openen / verwijderen")),
    ("Delete", tr("Mantelzorger, Belasting: de gekozen meting verwijderen")),
]
"""Keys that are no action of the main window, each checked in the code: the map view
(``view.py``: arrows, Ctrl+wheel, middle button; Ctrl+click is Qt's own multi-select), text
fields (``fields.py``), the groslijst (``people_list.py``), the care table (``care_table.py``),
the instrument form (``instrument_form.py``), the plan lists (``plan_panel.py``) and the
carer's history (``carer_panel.py``)."""

GUIDE_CSS = """
body { font-size: 11pt; line-height: 130%; }
h2 { font-size: 14pt; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 12pt; margin-top: 12px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; }
td { padding: 3px 10px 3px 0; vertical-align: top; }
.mark { white-space: nowrap; }
.pill { background-color: #d9efe2; color: #1f5f3f; font-weight: bold; }
.load { background-color: #fbe6b8; font-weight: bold; }
"""


def guide_html() -> str:
    """The 'Uitleg' page: the three maps and the marks beside a carer, as the app draws them."""
    parts = [
        f"<html><head><style>{GUIDE_CSS}</style></head><body>",
        tr("<h2>De drie kaarten</h2>"
           "<p>Het genogram, het ecogram en de netwerkkaart tonen dezelfde mensen, elk op een "
           "eigen manier; wat u op de ene kaart verandert, staat ook op de andere. Elke kaart "
           "heeft een legenda met de tekens die in deze casus voorkomen.</p>"),
        tr("<h3>Genogram (Ctrl+1): de familie over de generaties</h3>"
           "<p>Volgens McGoldrick: een <b>vierkant</b> is een man, een <b>cirkel</b> een vrouw, "
           "een <b>ruit</b> non-binair of onbekend. De cliënt heeft een <b>dubbele rand</b>. "
           "Een <b>kruis (X)</b> betekent overleden (onder Beeld kunt u een schuine streep "
           "kiezen, zoals NSGC). In het symbool staat de <b>leeftijd</b>, linksboven het "
           "geboortejaar, rechtsboven het sterfjaar.</p>"
           "<p>Een <b>doorgetrokken lijn</b> tussen partners is getrouwd, een <b>gestreepte "
           "lijn</b> samenwonend; één schuine streep is uit elkaar, twee is gescheiden. "
           "Kinderen hangen onder hun ouders, de oudste links. <b>Emotionele lijnen</b> hebben "
           "een eigen kleur: twee lijnen is een nauwe band, drie versmolten, een stippellijn "
           "afstandelijk, een zigzag conflict, twee dwarsstreepjes verbroken contact. Een "
           "<b>stippelrand</b> om mensen heen: zij wonen in één huishouden.</p>"),
        tr("<h3>Ecogram (Ctrl+2): wie staat om de cliënt heen</h3>"
           "<p>De cliënt en het huishouden staan in de <b>binnenste cirkel</b>. Ieder ander "
           "staat in de sector van zijn groep (G gezin van herkomst, F overige familie, "
           "V vrienden, K kennissen, B buren, R raadslieden, Z zorgverleners): hoe dichter bij "
           "het midden, hoe hechter het contact. Een <b>dikke lijn</b> is sterke steun, een "
           "<b>gestreepte</b> zwakke, een <b>zigzag</b> belastend of conflict; een <b>pijl</b> "
           "wijst de richting van de steun aan. De letters bij een lijn zeggen welke steun: "
           "<b>P</b> praktisch, <b>G</b> gezelschap, <b>A</b> advies of informatie, "
           "<b>E</b> emotioneel.</p>"),
        tr("<h3>Netwerkkaart (Ctrl+3): ringen en sectoren</h3>"
           "<p>De netwerkcirkel van Lensink, met de cliënt in het midden. De <b>ringen</b> "
           "zeggen hoe dichtbij iemand staat, van binnen naar buiten: intimi, vrienden, "
           "bekenden, diensten. De <b>sectoren</b> zeggen uit welk deel van het leven iemand "
           "komt: familie, vrienden en kennissen, buren, werk, vrijwilligers, professionals. "
           "U past ze per casus aan onder Beeld &gt; Ringen en sectoren.</p>"),
        tr("<h2>Tekens bij een mantelzorger</h2>"),
        "<table>",
        tr("<tr><td class='mark'><span class='pill'>&nbsp;8 u&nbsp;</span></td>"
           "<td>Uren mantelzorg per week.</td></tr>"),
        tr("<tr><td class='mark'><span class='load'>&nbsp;M&nbsp;</span></td>"
           "<td>Belasting, een letter in een rondje. EDIZ-plus: <b>Z</b> zwaar, <b>M</b> matig, "
           "<b>L</b> licht, <b>G</b> geen; anders CSI: <b>H</b> hoge belasting, <b>N</b> niet "
           "hoog; <b>E</b> alleen een EDIZ-score; <b>?</b> nog niet gemeten.</td></tr>"),
        tr("<tr><td class='mark'>S <b><u>O</u></b> F A</td>"
           "<td>Rollen (SOFA): <b>S</b> samenwerken, <b>O</b> ondersteunen, <b>F</b> "
           "faciliteren, <b>A</b> afstemmen. De belangrijkste rol is vet en "
           "onderstreept.</td></tr>"),
        tr("<tr><td class='mark'>★ ⚑ ☎</td>"
           "<td>★ hoofdmantelzorger, ⚑ heeft de regie, ☎ aanspreekpunt.</td></tr>"),
        "</table>",
        tr("<h2>Presentatie aan tafel (F11)</h2>"
           "<p>F11 zet de kaart groot en rustig op het hele scherm, zonder menu's en panelen, "
           "om samen met de cliënt te bekijken. Ctrl+1, 2 en 3 kiezen een andere kaart; "
           "iemand toevoegen of een naam aanpassen (F2) kan gewoon. F11 of Esc brengt u terug. "
           "Alles kunt u ongedaan maken met Ctrl+Z. De casus blijft op deze computer; er gaat "
           "niets over het internet.</p>"),
        tr("<h2>Momentopnames: toen en nu</h2>"
           "<p>Een momentopname (Bestand &gt; Momentopname maken, Ctrl+Shift+M) bewaart het "
           "hele netwerk van vandaag in de casus: mensen, lijnen, plaatsen, zorgtaken en uren, "
           "rollen, belasting, kracht en risico's en afspraken. Hij verandert daarna niet meer. "
           "Maak er een na de intake en bij elke evaluatie; slaat u een casus met een "
           "gespreksdatum voor het eerst op, dan vraagt het programma het één keer.</p>"
           "<p>In het casuspaneel (niets geselecteerd) staat de lijst. <b>Bekijken</b> toont "
           "een momentopname op alle kaarten, alleen lezen, onder een gele balk met de datum. "
           "<b>Vergelijken</b> (Ctrl+Shift+V) zegt in gewone zinnen wat er veranderde, met "
           "tabellen, en toont het op de kaarten: <b>NIEUW</b> bij wie erbij kwam, grijs en "
           "gestreept wie er niet meer is, een dikkere lijn met het woord erbij waar een band "
           "veranderde, en ‘was: …’ onder wie verschoof of meer of minder ging doen. Esc of "
           "‘Terug naar nu’ brengt u terug. De PDF kan de vergelijking bevatten.</p>"),
        "</body></html>",
    ]
    return "".join(parts)


class HelpDialog(QDialog):
    """Two tabs: the shortcuts (the window's actions, then :data:`FIXED_KEYS`) and the guide."""

    def __init__(self, shortcuts: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Hulp: sneltoetsen en uitleg"))
        self.resize(760, 620)
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.table = self._shortcut_table(shortcuts)
        self.tabs.addTab(self.table, tr("Sneltoetsen"))
        self.guide = QTextBrowser()
        self.guide.setOpenLinks(False)
        self.guide.setOpenExternalLinks(False)
        self.guide.document().setDocumentMargin(14)
        self.guide.setHtml(guide_html())
        self.tabs.addTab(self.guide, tr("Uitleg"))
        lay.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Sluiten"))
        lay.addWidget(buttons)

    def _shortcut_table(self, shortcuts: Sequence[tuple[str, str]]) -> QTableWidget:
        groups = [(tr("In het venster en op de kaart"), list(shortcuts)),
                  (tr("In lijsten, formulieren en op de kaart"), FIXED_KEYS)]
        rows = sum(1 + len(items) for _title, items in groups)
        table = QTableWidget(rows, 2)
        table.setHorizontalHeaderLabels([tr("Toets"), tr("Wat het doet")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        bold = QFont(table.font())
        bold.setBold(True)
        row = 0
        for title, items in groups:
            head = QTableWidgetItem(title)
            head.setFont(bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, head)
            table.setSpan(row, 0, 1, 2)
            row += 1
            for keys, what in items:
                key_item = QTableWidgetItem(keys)
                key_item.setFont(bold)
                table.setItem(row, 0, key_item)
                table.setItem(row, 1, QTableWidgetItem(what))
                row += 1
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        table.resizeRowsToContents()
        return table
