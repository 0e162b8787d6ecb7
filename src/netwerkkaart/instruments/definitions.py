"""The load instruments as data (``shared/domain.md`` section 4).

Item labels are short paraphrases written by us: the official wording belongs to the
instruments' owners, and the professional uses the official form. Where we could not verify
the order of the official items (EDIZ-plus), the items are numbered, not named, so that a
label never points at the wrong question.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Band:
    code: str
    """A stable code: ``geen``, ``licht``, ``matig``, ``zwaar``."""
    label: str
    low: int
    high: int


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    source: str
    items: tuple[str, ...]
    answers: tuple[str, ...]
    """The answer labels, in the order of their values (0, 1, ...)."""
    points: tuple[int, ...]
    """The points each answer value scores."""
    bands: tuple[Band, ...] = ()
    cutoff: int | None = None
    """From this total on: overloaded (hoge belasting); None: no published cut-off."""
    cutoff_label: str = ""
    rule: str = ""
    """How the answers score, in one Dutch sentence: printed with every result."""
    open_rule: bool = False
    """domain.md marks the scoring rule as open: the UI and every printout say which was used."""

    @property
    def max_total(self) -> int:
        return len(self.items) * max(self.points)


EDIZ = Instrument(
    id="ediz",
    name="EDIZ",
    source="Ervaren Druk door Informele Zorg (Pot, Van Dyck en Deeg, 1995)",
    items=(
        "Komt te weinig aan het eigen leven toe",
        "Zorg lastig te combineren met werk of gezin",
        "Doet anderen tekort door de zorg",
        "Moet altijd klaarstaan",
        "Eigen zelfstandigheid in de knel",
        "De situatie vraagt voortdurend aandacht",
        "Conflicten thuis of op het werk door de zorg",
        "De situatie laat niet meer los",
        "Voelt zich over het geheel zwaar onder druk",
    ),
    answers=("nee!", "nee", "min of meer", "ja", "ja!"),
    points=(0, 0, 1, 1, 1),
    rule="Min of meer, ja en ja! tellen 1 punt; nee! en nee 0. Totaal 0 tot en met 9; "
         "er is geen gepubliceerde grens voor overbelasting.",
)

EDIZ_PLUS = Instrument(
    id="ediz_plus",
    name="EDIZ-plus",
    source="Ervaren Druk door Informele Zorg-plus (De Boer, Oudijk, Timmermans en Pot, 2012)",
    items=tuple(f"Stelling {i} van het formulier" for i in range(1, 16)),
    answers=("nee", "min of meer", "ja"),
    points=(0, 1, 1),
    bands=(Band("geen", "geen belasting", 0, 0), Band("licht", "licht belast", 1, 3),
           Band("matig", "matig belast", 4, 8), Band("zwaar", "zwaar belast", 9, 15)),
    cutoff=9,
    cutoff_label="overbelast",
    rule="Telling: 'min of meer' en 'ja' tellen 1 punt, 'nee' 0, zoals bij de EDIZ (de "
         "bron zegt niet of 'min of meer' meetelt). 0 geen, 1-3 licht, 4-8 matig, 9-15 zwaar "
         "belast: overbelast.",
    open_rule=True,
)

CSI = Instrument(
    id="csi",
    name="CSI",
    source="Caregiver Strain Index (Robinson, 1983; Nederlandse versie Schure e.a., 1995)",
    items=(
        "Slaapt slecht of wordt gestoord in de slaap",
        "De zorg is onhandig of lastig in te passen",
        "De zorg is lichamelijk zwaar",
        "Voelt zich vastzitten",
        "Het gezin heeft zich moeten aanpassen",
        "Eigen plannen moesten veranderen",
        "Andere dingen vragen ook tijd",
        "Emotioneel moeten aanpassen",
        "Gedrag van de naaste is moeilijk",
        "Verdrietig dat de naaste zo veranderd is",
        "Werk moest worden aangepast",
        "De zorg kost (te) veel geld",
        "Voelt zich overweldigd",
    ),
    answers=("nee", "ja"),
    points=(0, 1),
    cutoff=7,
    cutoff_label="hoge belasting",
    rule="Ja telt 1 punt, nee 0. Totaal 0 tot en met 13; vanaf 7 hoge belasting.",
)

INSTRUMENTS: dict[str, Instrument] = {i.id: i for i in (EDIZ, EDIZ_PLUS, CSI)}
