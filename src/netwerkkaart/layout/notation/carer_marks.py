"""What a carer carries on the maps, around the symbol's row (Qt-free).

* upper right: the hours of informal care per week ("40 u", green pill);
* left, upper half: the load, as a letter in a coloured circle, so it reads without colour: the
  EDIZ-plus band (G geen, L licht, M matig, Z zwaar), otherwise the CSI (H hoge belasting,
  N niet hoog), otherwise E for an EDIZ total without a band, otherwise ? (onbekend);
* left, lower half: the SOFA letters, the dominant one bold and underlined;
* right, lower half: ★ main carer, ⚑ regie, ☎ aanspreekpunt.

All of it stays within the person's label width and the row of the symbol (the layouts keep
that room free for everyone), so marks never cover names or each other. The colours are from
the Okabe-Ito palette, safe for colour-blind readers; the letters carry the meaning.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model.care import format_hours
from ...model.carer import LoadLevel, Sofa, latest, load_badge
from ...model.carers import gives_informal_care, overview
from ...model.network import Network
from ..primitives import Ellipse, Group, Pen, Polyline, Primitive, Rect, Text
from ..style import MapStyle
from ..text import text_width

LOAD_LETTER = {
    LoadLevel.GEEN: "G", LoadLevel.LICHT: "L", LoadLevel.MATIG: "M", LoadLevel.ZWAAR: "Z",
    LoadLevel.HOOG: "H", LoadLevel.NIET_HOOG: "N", LoadLevel.EDIZ: "E",
    LoadLevel.ONBEKEND: "?",
}
LOAD_COLOURS = {  # (fill, line): Okabe-Ito hues, light fills so the dark letter reads
    LoadLevel.GEEN: ("#d5efe6", "#009E73"), LoadLevel.LICHT: ("#d6eaf6", "#0072B2"),
    LoadLevel.MATIG: ("#fbe6b8", "#E69F00"), LoadLevel.ZWAAR: ("#f7d3c1", "#D55E00"),
    LoadLevel.HOOG: ("#f7d3c1", "#D55E00"), LoadLevel.NIET_HOOG: ("#d6eaf6", "#0072B2"),
    LoadLevel.EDIZ: ("#f1dbe8", "#CC79A7"), LoadLevel.ONBEKEND: ("#eeeeee", "#8a8a8a"),
}
MAIN, REGIE, CONTACT = "★", "⚑", "☎"


@dataclass(frozen=True)
class CarerMarks:
    hours: str | None = None
    load: LoadLevel | None = None
    sofa: tuple[Sofa, ...] = ()
    dominant: Sofa | None = None
    marks: str = ""
    """★ ⚑ ☎, in that order, for who this person is in the case."""

    @property
    def empty(self) -> bool:
        return self == NO_MARKS


NO_MARKS = CarerMarks()


@dataclass(frozen=True)
class _Context:
    """What every person's marks need from the network, worked out once per network (a
    full draw asks for every person)."""

    carers: frozenset[str]
    main_carer: str | None
    hours: dict[str, float]
    with_result: frozenset[str]
    regie: str | None
    contact: str | None


_LAST: list[tuple[Network, _Context]] = []


def _context(net: Network) -> _Context:
    if _LAST and _LAST[0][0] is net:
        return _LAST[0][1]
    over = overview(net)
    ctx = _Context(frozenset(over.carers), over.main_carer, dict(over.hours_by_person),
                   frozenset(a.person for a in net.records("assessments").values()
                             if not a.draft),
                   net.ref("regie"), net.ref("aanspreekpunt"))
    _LAST[:] = [(net, ctx)]
    return ctx


def carer_marks(net: Network, pid: str) -> CarerMarks:
    """What this person carries: hours and load for a mantelzorger (load also for anyone with
    a result), roles when recorded, and the case's main carer, regie and aanspreekpunt."""
    person = net.people.get(pid)
    if person is None or pid == net.client_id:
        return NO_MARKS
    ctx = _context(net)
    hours = ctx.hours.get(pid, 0.0)
    hours_text = f"{format_hours(hours)} u" if hours > 0 and gives_informal_care(person) \
        else None
    load = load_badge(net, pid).level if (pid in ctx.carers or pid in ctx.with_result) \
        else None
    roles = latest(net, "roles", pid) if net.records("roles") else []
    role = roles[0] if roles else None
    marks = "".join(m for m, on in ((MAIN, pid == ctx.main_carer), (REGIE, pid == ctx.regie),
                                    (CONTACT, pid == ctx.contact)) if on)
    if not (hours_text or load or role or marks):
        return NO_MARKS
    return CarerMarks(hours_text, load, tuple(role.sofa) if role else (),
                      role.dominant if role else None, marks)


def marks_prims(m: CarerMarks, half: float, style: MapStyle) -> list[Primitive]:
    """The marks around a symbol of half-size ``half``, relative to its centre."""
    out: list[Primitive] = []
    size = style.small_size
    pill_h = size * 1.45
    top, bottom = -half, half * 0.5
    if m.hours:
        out += pill(m.hours, half * 0.6, top, style, anchor="left")
    if m.load is not None:
        fill, line = LOAD_COLOURS[m.load]
        r = pill_h / 2
        cx, cy = -half - r - 2, -half * 0.5  # left of the symbol, clear of the birth year
        out.append(Ellipse(cx, cy, r, r, pen=Pen(line, 1.6), fill=fill))
        out.append(Text(cx, cy, LOAD_LETTER[m.load], size=size, bold=True, color=style.text,
                        valign="middle"))
    small = size - 1  # four letters fit the room beside the radial maps' symbols
    if m.sofa:
        x = -half - 2  # left of the symbol, on its lower half
        for letter in reversed([s for s in Sofa if s in m.sofa]):
            bold = letter is m.dominant
            w = text_width(letter.value, small, bold=bold)
            x -= w + 1
            out.append(Text(x, bottom, letter.value, size=small, bold=bold, color=style.text,
                            align="left", valign="middle", background=style.background))
            if bold:
                y = bottom + small * 0.62
                out.append(Polyline(((x, y), (x + w, y)), pen=Pen(style.text, 1.2)))
    if m.marks:
        out.append(Text(half + 3, bottom, m.marks, size=small + 2, color=style.text,
                        align="left", valign="middle", background=style.background))
    return out


def pill(text: str, x: float, cy: float, style: MapStyle,
         anchor: str = "center") -> list[Primitive]:
    """A small green pill with ``text``, centred on (x, cy), or starting at x."""
    size = style.small_size
    h = size * 1.45
    w = text_width(text, size, bold=True) + size * 0.9
    cx = x + w / 2 if anchor == "left" else x
    return [Rect(cx - w / 2, cy - h / 2, w, h, pen=Pen(style.badge_line, 1.2),
                 fill=style.badge_fill, radius=h / 2),
            Text(cx, cy, text, size=size, bold=True, color=style.badge_text, valign="middle")]


# -- the legend -----------------------------------------------------------------------------

HOURS_LEGEND = "Mantelzorg: uren per week"
LOAD_WORDS = {
    LoadLevel.GEEN: "geen", LoadLevel.LICHT: "licht", LoadLevel.MATIG: "matig",
    LoadLevel.ZWAAR: "zwaar (EDIZ-plus)", LoadLevel.HOOG: "hoog (CSI)",
    LoadLevel.NIET_HOOG: "niet hoog (CSI)", LoadLevel.EDIZ: "EDIZ, geen grens",
    LoadLevel.ONBEKEND: "onbekend",
}
SOFA_LEGEND = "Rollen S O F A (vet: belangrijkste)"
MARK_WORDS = {MAIN: "hoofdmantelzorger", REGIE: "regie", CONTACT: "aanspreekpunt"}


def legend_entries(net: Network, people: list[str] | None = None) -> list[tuple[str, object]]:
    """(Dutch text, draw(cx, cy, style)) for the carers' marks this case uses, at most four
    rows (hours, load, roles, who is who), so the legend stays small; ``people``: only
    those on this map."""
    from ...i18n import tr

    marks = [carer_marks(net, pid) for pid in (people if people is not None else net.people)]
    out: list[tuple[str, object]] = []
    if any(m.hours for m in marks):
        out.append((tr(HOURS_LEGEND), lambda cx, cy, st: pill("8 u", cx, cy, st)))
    levels = [lv for lv in LoadLevel if any(m.load is lv for m in marks)]
    if levels:
        words = ", ".join(f"{LOAD_LETTER[lv]} {tr(LOAD_WORDS[lv])}" for lv in levels)
        out.append((tr("Belasting: {words}", words=words),
                    lambda cx, cy, st, lv=levels[-1]: _load_sample(lv, cx, cy, st)))
    if any(m.sofa for m in marks):
        out.append((tr(SOFA_LEGEND), lambda cx, cy, st: [Text(
            cx, cy, "SOFA", size=st.small_size, bold=True, color=st.text, valign="middle")]))
    signs = [s for s in MARK_WORDS if any(s in m.marks for m in marks)]
    if signs:
        words = ", ".join(f"{s} {tr(MARK_WORDS[s])}" for s in signs)
        joined = "".join(signs)
        out.append((words, lambda cx, cy, st, t=joined: [Text(
            cx, cy, t, size=st.small_size + 1, color=st.text, valign="middle")]))
    return out


def _load_sample(level: LoadLevel, cx: float, cy: float, style: MapStyle) -> list[Primitive]:
    fill, line = LOAD_COLOURS[level]
    r = style.small_size * 1.45 / 2
    return [Ellipse(cx, cy, r, r, pen=Pen(line, 1.6), fill=fill),
            Text(cx, cy, LOAD_LETTER[level], size=style.small_size, bold=True,
                 color=style.text, valign="middle")]


def carers_legend(entries: list[tuple[str, object]], style: MapStyle) -> Group | None:
    """A small box explaining the carers' marks (a map's second legend); None without any."""
    from ...i18n import tr

    if not entries:
        return None
    prims: list[Primitive] = [Text(12, 12, tr("Mantelzorgers"), size=style.small_size + 1,
                                   bold=True, align="left")]
    y = 40.0
    for text, draw in entries:
        prims.extend(draw(30, y, style))  # type: ignore[operator]
        prims.append(Text(56, y, text, size=style.small_size, align="left", valign="middle"))
        y += 24
    width = max(text_width(t.text, t.size, t.bold) + t.x for t in prims
                if isinstance(t, Text)) + 12
    prims.insert(0, Rect(0, 0, width, y - 6, Pen("#9a9a9a", 1.0), "#ffffff", radius=6))
    return Group(("legend", "carers"), tuple(prims), z=40, bounds=(0, 0, width, y - 6))
