"""The dossier PDF: A4, Dutch, the maps as vector drawings, every section the case has.

:func:`build_pdf` returns the bytes (nothing touches the disk: the preview, printing and an
encrypted case work from memory); :func:`write_pdf` saves them atomically.

Order: cover block; each chosen map (its own page, landscape where that suits it, with its
legend; a map too large to read on one page as an overview plus numbered tiles with names of
6 pt or more and an index from name to tile); the people; per carer the roles, load and
signals; the care tasks; strengths and risks; agreements and referrals; notes. Each section
only when the case has something for it. Every field goes through the privacy level
(:mod:`.privacy`), metadata included.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..fonts import PDF_BOLD, PDF_REGULAR, register_pdf_fonts
from ..i18n import capital, tr
from ..instruments import INSTRUMENTS
from ..labels import label
from ..layout.style import DEFAULT_STYLE
from ..model import Case, MapKind
from ..model.care import format_hours
from ..model.carer import history, latest, latest_results
from ..model.carers import overview
from ..model.dates import display_long
from .drawing import Box, MapDrawing, draw_groups, map_drawing
from .privacy import PRIVACY_WORDS, Privacy, Redaction, drawing_case, redaction

MARGIN = 18 * mm
HEADER = 10 * mm
MIN_NAME_PT = 6.0
"""Names on paper never smaller than this: a larger map is printed as tiles."""
MAP_TITLES = {MapKind.GENOGRAM: "Genogram", MapKind.ECOGRAM: "Ecogram",
              MapKind.NETWERKKAART: "Netwerkkaart"}


@dataclass(frozen=True)
class ReportOptions:
    privacy: Privacy = Privacy.FULL
    maps: tuple[MapKind, ...] = tuple(MapKind)
    notes: bool = False
    """Print the notes at the initialen level (volledig always does, anoniem never)."""
    today: str | None = None
    compare_from: str | None = None
    """The id of a snapshot: add "Wat is er veranderd" since it (None: no comparison)."""
    compare_to: str | None = None
    """The id of a later snapshot to compare with (None: the case as it is)."""


# -- text styles ------------------------------------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    register_pdf_fonts()
    base = ParagraphStyle("body", fontName=PDF_REGULAR, fontSize=10, leading=13.5,
                          alignment=TA_LEFT, textColor=colors.HexColor("#2b2b2b"))
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11,
                                textColor=colors.HexColor("#555555")),
        "title": ParagraphStyle("title", parent=base, fontName=PDF_BOLD, fontSize=18,
                                leading=22, spaceAfter=4),
        "h1": ParagraphStyle("h1", parent=base, fontName=PDF_BOLD, fontSize=13.5, leading=17,
                             spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=PDF_BOLD, fontSize=11, leading=14,
                             spaceBefore=7, spaceAfter=3, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=PDF_BOLD, fontSize=9,
                                leading=11.5),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(rows: Sequence[Sequence[str]], widths: Sequence[float],
           st: dict[str, ParagraphStyle]) -> Table:
    cell = st["cell"]

    def fits(text: str, width: float) -> bool:  # a plain string is far cheaper to lay out
        return "\n" not in text and stringWidth(text, PDF_REGULAR, cell.fontSize) < width - 8

    data = [[_p(c, st["cellb"]) for c in rows[0]]]
    data += [[c if fits(c, w) else _p(c, cell) for c, w in zip(row, widths, strict=True)]
             for row in rows[1:]]
    t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), PDF_REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), cell.textColor),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#2b2b2b")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#cfcac0")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


# -- maps ------------------------------------------------------------------------------------

class MapFlowable(Flowable):  # type: ignore[misc]
    """One map (or one tile of it) scaled into the frame, vector, with a thin frame line."""

    def __init__(self, drawing: MapDrawing, area: Box, width: float, height: float,
                 grid: list[tuple[int, Box]] | None = None, max_scale: float = 1.0) -> None:
        super().__init__()
        self.drawing, self.area = drawing, area
        x0, y0, x1, y1 = area
        self.scale = min(width / max(1.0, x1 - x0), height / max(1.0, y1 - y0), max_scale)
        self.width, self.height = (x1 - x0) * self.scale, (y1 - y0) * self.scale
        self.grid = grid or []

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        draw_groups(c, self.drawing.groups, self.area, (0, self.height), self.scale,
                    self.drawing.boxes)
        x0, y0, _x1, _y1 = self.area
        for number, (a, b, cx, d) in self.grid:  # the tiles on the overview
            c.saveState()
            c.setStrokeColor(colors.HexColor("#8a8a8a"))
            c.setLineWidth(0.6)
            c.setDash([3, 2], 0)
            px, py = (a - x0) * self.scale, self.height - (d - y0) * self.scale
            w, h = (cx - a) * self.scale, (d - b) * self.scale
            c.rect(px, py, w, h, stroke=1, fill=0)
            size = min(9.0, w / 3, h * 0.8)
            if size >= 3.5:  # a number that fits its tile (else the register says where)
                c.setFont(PDF_BOLD, size)
                c.setFillColor(colors.HexColor("#555555"))
                c.drawString(px + 1.5, py + h - size - 1, str(number))
            c.restoreState()


def _page_for(drawing: MapDrawing) -> tuple[str, float, float]:
    x0, y0, x1, y1 = drawing.bounds
    wide = (x1 - x0) > 1.15 * (y1 - y0)
    w, h = landscape(A4) if wide else A4
    return ("landscape" if wide else "portrait", w - 2 * MARGIN,
            h - 2 * MARGIN - 2 * HEADER - 30)


def _tiles(drawing: MapDrawing, frame_w: float, frame_h: float) -> list[tuple[int, Box]]:
    """Numbered tiles at a scale where names are at least :data:`MIN_NAME_PT`."""
    scale = MIN_NAME_PT / drawing.name_size
    x0, y0, x1, y1 = drawing.bounds
    tw, th = frame_w / scale, frame_h / scale
    cols, rows = math.ceil((x1 - x0) / tw), math.ceil((y1 - y0) / th)
    out: list[tuple[int, Box]] = []
    n = 0
    for r in range(rows):
        for c in range(cols):
            box = (x0 + c * tw, y0 + r * th, min(x1, x0 + (c + 1) * tw), min(y1, y0 + (r + 1) * th))
            if any(box[0] <= px <= box[2] and box[1] <= py <= box[3]
                   for px, py in drawing.people.values()):
                n += 1
                out.append((n, _content(drawing, box)))
    return out


def _content(drawing: MapDrawing, tile: Box) -> Box:
    """The part of a tile that has something on it (printed larger when it is small)."""
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for box in drawing.boxes:
        if box is None or box[2] < tile[0] or box[0] > tile[2] or box[3] < tile[1] \
                or box[1] > tile[3]:
            continue
        x0, y0 = min(x0, box[0]), min(y0, box[1])
        x1, y1 = max(x1, box[2]), max(y1, box[3])
    if x0 == float("inf"):
        return tile
    pad = 10.0
    return (max(tile[0], x0 - pad), max(tile[1], y0 - pad), min(tile[2], x1 + pad),
            min(tile[3], y1 + pad))


def _map_section(case: Case, kind: MapKind, red: Redaction,
                 st: dict[str, ParagraphStyle]) -> list[Flowable]:
    drawing = map_drawing(case, kind, red, DEFAULT_STYLE)
    if drawing is None:
        return []
    orientation, fw, fh = _page_for(drawing)
    title = tr(MAP_TITLES[kind])
    out: list[Flowable] = [NextPageTemplate(orientation), PageBreak(), _p(title, st["h1"])]
    whole = MapFlowable(drawing, drawing.bounds, fw, fh)
    if whole.scale * drawing.name_size >= MIN_NAME_PT:
        return [*out, whole]
    tiles = _tiles(drawing, fw, fh)
    out.append(_p(tr("Overzicht: de kaart is te groot om op één blad te lezen. De genummerde "
                     "delen volgen, met een register van namen."), st["small"]))
    out.append(MapFlowable(drawing, drawing.bounds, fw, fh - 20, grid=tiles))
    for number, box in tiles:
        out += [PageBreak(), _p(tr("{title}, deel {n} van {total}", title=title, n=number,
                                   total=len(tiles)), st["h2"]),
                MapFlowable(drawing, box, fw, fh - 10)]
    index = []
    for pid, (px, py) in drawing.people.items():
        where = next((n for n, b in tiles if b[0] <= px <= b[2] and b[1] <= py <= b[3]), None)
        if where is not None and pid in case.network.people:
            index.append((red.name(pid) or tr("(naamloos)"), where))
    index.sort(key=lambda t: t[0].lower())
    out += [NextPageTemplate("portrait"), PageBreak(),
            _p(tr("{title}: register", title=title), st["h2"])]
    out.append(_table([[tr("Naam"), tr("Deel")]] + [[n, str(t)] for n, t in index],
                      [120 * mm, 25 * mm], st))
    return out


# -- sections ----------------------------------------------------------------------------------

def _cover(case: Case, red: Redaction, opts: ReportOptions,
           st: dict[str, ParagraphStyle]) -> list[Flowable]:
    meta = case.meta
    client = red.name(case.network.client_id) or tr("cliënt")
    rows = [[tr("Cliënt"), client]]
    if meta.conversation_date and red.date(meta.conversation_date):
        rows.append([tr("Datum gesprek"), red.date(meta.conversation_date)])
    if meta.professional:
        rows.append([tr("Professional"), meta.professional])
    if meta.organisation:
        rows.append([tr("Organisatie"), meta.organisation])
    present = [red.name(r.person) for r in case.network.records("present").values()
               if r.person in case.network.people]
    if present:
        rows.append([tr("Aanwezig"), ", ".join(present)])
    if meta.reference:
        rows.append([tr("Kenmerk"), meta.reference])
    rows.append([tr("Privacy"), tr(PRIVACY_WORDS[red.level])])
    data = [[_p(a, st["cellb"]), _p(b, st["cell"])] for a, b in rows]
    t = Table(data, colWidths=[38 * mm, 120 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONTNAME", (0, 0), (-1, -1), PDF_REGULAR),
                           ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [_p(tr("Netwerk van {client}", client=client), st["title"]),
            _p(tr("Samenvatting voor het dossier"), st["small"]), Spacer(1, 8), t]


def _people(case: Case, red: Redaction, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    from ..labels import person_relation

    net = case.network
    if len(net.people) < 1:
        return []
    o = overview(net)
    roles = {net.ref("regie"): tr("regie"), net.ref("aanspreekpunt"): tr("aanspreekpunt")}
    anonymous = red.level is Privacy.ANONYMOUS  # the name is the relation already
    header = [tr("Naam")] + ([] if anonymous else [tr("Relatie tot de cliënt")]) + [
        tr("Soort"), tr("Rol")]
    widths = [60 * mm, 50 * mm, 64 * mm] if anonymous else [50 * mm, 40 * mm, 38 * mm, 46 * mm]
    if red.contact:
        header.append(tr("Contact"))
        widths = [35 * mm, 34 * mm, 25 * mm, 35 * mm, 45 * mm]
    rows = [header]
    for pid, p in net.people.items():
        if p.pregnancy is not None:
            continue
        role = [roles[pid]] if pid in roles else []
        if pid == o.main_carer:
            role.insert(0, tr("hoofdmantelzorger"))
        elif pid in o.carers:
            role.insert(0, tr("mantelzorger"))
        client = net.is_client(pid)
        relation = tr("cliënt") if client else person_relation(net, pid)
        if p.is_deceased:
            relation += tr(" (overleden)")
        row = [red.name(pid) or tr("(naamloos)")] + ([] if anonymous else [relation]) + [
            "—" if client else label(p.kind), ", ".join(role)]
        if red.contact:
            row.append("\n".join(x for x in (p.phone, p.email) if x))
        rows.append(row)
    return [CondPageBreak(60 * mm), _p(tr("De mensen om de cliënt heen"), st["h1"]),
            _table(rows, widths, st)]


def _carers(case: Case, red: Redaction, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    net = case.network
    o = overview(net)
    carers = set(o.carers)
    for kind in ("roles", "assessments", "carer_checks"):
        carers |= {r.person for r in net.records(kind).values()}
    out: list[Flowable] = []
    for pid in [p for p in net.people if p in carers]:
        block: list[Flowable] = [_p(red.name(pid) or tr("(naamloos)"), st["h2"])]
        roles = latest(net, "roles", pid)
        if roles:
            r = roles[0]
            when = red.date(r.date)
            for letter in r.sofa:
                main = tr(" (belangrijkste)") if letter == r.dominant else ""
                block.append(_p(f"{letter.value} – {label(letter)}{main}", st["body"]))
            for w, text in r.wifa.items():
                block.append(_p(f"{w.value} – {label(w)}" + (f": {red.text(text)}"
                                                              if red.text(text) else ""),
                                st["body"]))
            for word, text in ((tr("Kunnen"), r.can), (tr("Weten"), r.know),
                               (tr("Willen"), r.want)):
                if red.text(text):
                    block.append(_p(f"{word}: {red.text(text)}", st["body"]))
            if when:
                block.append(_p(tr("Rollen vastgelegd: {d}", d=when), st["small"]))
        results = latest_results(net, pid)
        if results:
            dated = red.years
            rows = [[tr("Vragenlijst")] + ([tr("Datum")] if dated else []) + [
                tr("Totaal"), tr("Uitkomst"), tr("Eerder")]]
            for inst, (a, s) in results.items():
                before = [(h, hs) for h, hs in history(net, pid, inst) if h.id != a.id]
                earlier = [f"{red.date(h.date)}: {hs.total}" if dated else str(hs.total)
                           for h, hs in before]
                if before:  # the trend since the result before this one
                    prev = before[-1][1].total
                    earlier.append(tr("gestegen") if s.total > prev else tr("gedaald")
                                   if s.total < prev else tr("gelijk gebleven"))
                rows.append([INSTRUMENTS[inst].name] + ([red.date(a.date)] if dated else []) + [
                    f"{s.total} / {s.max_total}", _outcome(inst, s.words),
                    "; ".join(earlier)])
            widths = [24 * mm] + ([23 * mm] if dated else []) + [16 * mm, 71 * mm,
                                                                 (40 if dated else 63) * mm]
            block.append(_table(rows, widths, st))
            block.append(Spacer(1, 4))
        checks = latest(net, "carer_checks", pid)
        if checks and checks[0].signals:
            block.append(_p(tr("Signalen van overbelasting: {s}.", s=", ".join(
                label(s).lower() for s in checks[0].signals)), st["body"]))
        if len(block) > 1:
            out.append(KeepTogether(block))
    if not out:
        return []
    heading = _p(tr("Mantelzorgers: rollen, belasting en signalen"), st["h1"])
    return [CondPageBreak(50 * mm), KeepTogether([heading, out[0]]), *out[1:]]


def _outcome(instrument: str, words: str) -> str:
    """The result in words with the instrument's bands or cut-off: "Zwaar belast (0 geen,
    1-3 licht, 4-8 matig, 9-15 zwaar)", "Hoge belasting (afkappunt 7)"."""
    inst = INSTRUMENTS[instrument]
    text = capital(words)
    if inst.bands:
        text += " (" + ", ".join(
            f"{b.low}" + (f"-{b.high}" if b.high != b.low else "") + f" {b.code}"
            for b in inst.bands) + ")"
    elif inst.cutoff is not None:
        text += tr(" (afkappunt {n})", n=inst.cutoff)
    return text


def _tasks(case: Case, red: Redaction, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    net = case.network
    tasks = net.records("care_tasks")
    if not tasks:
        return []
    o = overview(net)
    rows = [[tr("Taak"), tr("Wie"), tr("Hoe vaak"), tr("Uur per week")]]
    for tid, task in tasks.items():
        doing = [a for a in net.records("assignments").values() if a.task == tid]
        if not doing:
            rows.append([label(task.kind), tr("niemand") if task.needed else "—", "", ""])
        for a in doing:
            rows.append([label(task.kind), red.name(a.person),
                         label(a.frequency) if a.frequency else "", format_hours(a.hours)])
    out: list[Flowable] = [CondPageBreak(50 * mm), _p(tr("Zorgtaken: wie doet wat"), st["h1"]),
                           _table(rows, [52 * mm, 52 * mm, 36 * mm, 30 * mm], st)]
    if o.uncovered:
        out.append(Spacer(1, 4))
        out.append(_p(tr("Niet gedekt: {tasks}.", tasks=", ".join(
            label(tasks[t].kind).lower() for t in o.uncovered)), st["body"]))
    return out


def _findings(case: Case, red: Redaction, today: str | None,
              st: dict[str, ParagraphStyle]) -> list[Flowable]:
    from ..analysis import findings

    shown = drawing_case(case, red)
    found = findings(shown, today)
    if not found:
        return []
    out: list[Flowable] = [CondPageBreak(40 * mm), _p(tr("Kracht en risico's"), st["h1"])]
    for risk, title in ((False, tr("Sterk")), (True, tr("Risico"))):
        items = [f for f in found if f.risk is risk]
        if items:
            out.append(_p(title, st["h2"]))
            out += [_p("• " + capital(red.scrub(f.text)), st["body"]) for f in items]
    if red.text(case.scan.text):
        out += [_p(tr("Conclusie MantelScan"), st["h2"]), _p(red.text(case.scan.text),
                                                              st["body"])]
    return out


def _plan(case: Case, red: Redaction, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    net = case.network
    agreements = net.records("agreements")
    referrals = net.records("referrals")
    if not agreements and not referrals:
        return []
    out: list[Flowable] = [CondPageBreak(40 * mm), _p(tr("Afspraken en verwijzingen"),
                                                      st["h1"])]
    if agreements:
        rows = [[tr("Afspraak"), tr("Wie"), tr("Wanneer"), tr("Gedaan")]]
        for a in agreements.values():
            rows.append([capital(red.scrub(a.what)), ", ".join(red.name(p) for p in a.who),
                         red.date(a.by_when), red.date(a.done) or ("ja" if a.done else "")])
        out.append(_table(rows, [70 * mm, 45 * mm, 28 * mm, 28 * mm], st))
    if referrals:
        rows = [[tr("Verwezen naar"), tr("Voor"), tr("Datum"), tr("Warm"), tr("Nagevraagd")]]
        for r in referrals.values():
            rows.append([label(r.destination), red.name(r.for_whom), red.date(r.date),
                         tr("ja") if r.warm else tr("nee"),
                         red.date(r.checked_back) or (tr("ja") if r.checked_back else "")])
        out += [Spacer(1, 6), _table(rows, [55 * mm, 42 * mm, 26 * mm, 18 * mm, 30 * mm], st)]
    return out


def _comparison(case: Case, red: Redaction, opts: ReportOptions,
                st: dict[str, ParagraphStyle]) -> tuple[list[Flowable], list[Flowable]]:
    """The chosen comparison: its words and tables, and its maps (each the later map with
    the changes marked), in the words of the privacy level."""
    from ..analysis.compare import compare, detail_tables, summary_paragraphs
    from ..analysis.moments import moments_between
    from ..layout.compare_view import shows_changes
    from .privacy import moment_words

    pair = moments_between(case, opts.compare_from or "", opts.compare_to, opts.today)
    if pair is None:
        return [], []
    cmp = compare(*pair)
    # every name the comparison can say, the people who left included
    people = {**cmp.then.case.network.people, **cmp.now.case.network.people}
    everyone = case.model_copy(update={"network": case.network.replace(people=people)})
    words = redaction(everyone, red.level, red.notes)

    def when(date: str) -> str:
        if red.level is Privacy.FULL:
            return tr("op {date}", date=display_long(date))
        if red.level is Privacy.INITIALS:
            return tr("in {year}", year=date[:4])
        return ""

    then = moment_words(cmp.then.name, cmp.then.date, words)
    now = moment_words(cmp.now.name, cmp.now.date, words)
    out: list[Flowable] = [CondPageBreak(60 * mm),
                           _p(tr("Wat is er veranderd: {then} → {now}", then=then, now=now),
                              st["h1"])]
    for paragraph in summary_paragraphs(cmp, name=words.in_sentence, scrub=words.scrub,
                                        when=when):
        out += [_p(paragraph, st["body"]), Spacer(1, 4)]
    for title, rows in detail_tables(cmp, name=words.name, clean=words.scrub,
                                     date=words.date):
        out += [_p(title, st["h2"]),
                _table([["", capital(then), capital(now)], *[list(r) for r in rows]],
                       [70 * mm, 50 * mm, 54 * mm], st)]
    maps: list[Flowable] = []
    for kind in opts.maps:
        drawing = map_drawing(case, kind, red, DEFAULT_STYLE, compare=cmp)
        if drawing is None or not shows_changes(drawing.groups):
            continue
        orientation, fw, fh = _page_for(drawing)
        maps += [NextPageTemplate(orientation), PageBreak(),
                 _p(tr("{title}: wat is er veranderd", title=tr(MAP_TITLES[kind])), st["h1"]),
                 MapFlowable(drawing, drawing.bounds, fw, fh - 20)]
    return out, maps


def _notes(case: Case, red: Redaction, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not red.notes:
        return []
    texts = [red.text(case.meta.notes)] if case.meta.notes.strip() else []
    people = [(red.name(pid), red.text(p.notes)) for pid, p in case.network.people.items()
              if p.notes.strip()]
    if not texts and not people:
        return []
    out: list[Flowable] = [CondPageBreak(30 * mm), _p(tr("Notities"), st["h1"])]
    out += [_p(t, st["body"]) for t in texts]
    out += [Paragraph(f"<b>{escape(name)}</b>: {escape(text)}", st["body"])
            for name, text in people]
    return out


# -- the document ------------------------------------------------------------------------------

def title_of(case: Case, red: Redaction) -> str:
    """The PDF's title: the client's name as the privacy level allows it."""
    if red.level is Privacy.ANONYMOUS:
        ref = case.meta.reference
        return tr("Netwerkkaart – {ref}", ref=ref) if ref else tr("Netwerkkaart")
    return tr("Netwerkkaart – {client}", client=red.name(case.network.client_id) or "")


def build_pdf(case: Case, opts: ReportOptions | None = None) -> bytes:
    """The dossier PDF of ``case`` as bytes."""
    opts = opts or ReportOptions()
    register_pdf_fonts()
    red = redaction(case, opts.privacy, opts.notes)
    st = _styles()
    today = opts.today or _dt.date.today().isoformat()
    buf = io.BytesIO()
    when = red.date(case.meta.conversation_date) or red.date(today)
    header_left = tr("Netwerkkaart · {d}", d=when) if when else tr("Netwerkkaart")
    header_right = case.meta.professional
    footer = tr("Vertrouwelijk") + (f" · {case.meta.reference}" if case.meta.reference else "")

    def frame(size: tuple[float, float]) -> Frame:
        return Frame(MARGIN, MARGIN + HEADER, size[0] - 2 * MARGIN,
                     size[1] - 2 * MARGIN - 2 * HEADER, id="body", leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)

    templates = [PageTemplate("portrait", [frame(A4)], pagesize=A4),
                 PageTemplate("landscape", [frame(landscape(A4))], pagesize=landscape(A4))]
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, pageTemplates=templates,
                          title=title_of(case, red), author=case.meta.professional,
                          subject=tr("Samenvatting van het netwerk voor het dossier"),
                          creator="Netwerkkaart", producer="Netwerkkaart", keywords="",
                          initialFontName=PDF_REGULAR,
                          # anoniem: no export date in the file (with the ages, a birth year)
                          invariant=int(red.level is Privacy.ANONYMOUS))
    maps: list[Flowable] = []
    for kind in opts.maps:
        maps += _map_section(case, kind, red, st)
    changes, change_maps = _comparison(case, red, opts, st)
    if change_maps:  # the maps of the change right after its words, then back to portrait
        changes += [*change_maps, NextPageTemplate("portrait"), PageBreak()]
    rest = [*_people(case, red, st), *_carers(case, red, st), *_tasks(case, red, st),
            *_findings(case, red, today, st), *changes, *_plan(case, red, st),
            *_notes(case, red, st)]
    contents = [f.getPlainText() for f in [*maps, *rest]
                if isinstance(f, Paragraph) and f.style.name == "h1"]
    story: list[Flowable] = _cover(case, red, opts, st)
    if contents:
        story += [Spacer(1, 14), _p(tr("In deze samenvatting"), st["h2"])]
        story += [_p("• " + title, st["body"]) for title in contents]
    story += maps
    story.append(NextPageTemplate("portrait"))
    if maps:
        story.append(PageBreak())
    story += rest

    class Numbered(Canvas):  # type: ignore[misc]
        """Page X van Y, and the header and footer on every page."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = PDF_REGULAR  # no unembedded Helvetica anywhere
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w, h = self._pagesize
            self.saveState()
            self.setFont(PDF_REGULAR, 8)
            self.setFillColor(colors.HexColor("#6b6b6b"))
            self.drawString(MARGIN, h - MARGIN + 2, header_left)
            self.drawRightString(w - MARGIN, h - MARGIN + 2, header_right)
            self.setStrokeColor(colors.HexColor("#cfcac0"))
            self.setLineWidth(0.5)
            self.line(MARGIN, h - MARGIN - 2, w - MARGIN, h - MARGIN - 2)
            self.line(MARGIN, MARGIN + 8, w - MARGIN, MARGIN + 8)
            self.drawString(MARGIN, MARGIN - 2, footer)
            self.drawRightString(w - MARGIN, MARGIN - 2, tr("Pagina {n} van {total}",
                                                            n=self._pageNumber, total=total))
            self.restoreState()

    doc.build(story, canvasmaker=Numbered)
    return buf.getvalue()


def write_pdf(case: Case, out: Path, opts: ReportOptions | None = None) -> Path:
    """Build and save atomically (the user's explicit export)."""
    from ..io.atomic import write_atomic

    write_atomic(out, build_pdf(case, opts))
    return out
