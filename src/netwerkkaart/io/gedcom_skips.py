"""What a GEDCOM import had to leave out, as Dutch lines for the user.

Each kind of problem is counted once per occurrence and remembers its first example (an xref
or a line number, never a name), so a file with a thousand broken dates gives one line, not a
thousand.
"""

from __future__ import annotations

from ..i18n import tr


class GedcomError(ValueError):
    """Nothing usable in the file; ``str(err)`` is a Dutch message without personal data."""


# kind -> (singular, plural); {n} is the count, {where} the first example or "".
_MESSAGES: dict[str, tuple[str, str]] = {
    "truncated": (
        "Het bestand is onvolledig: de afsluitende regel (0 TRLR) ontbreekt. Alles tot het "
        "einde is ingelezen.",
        "Het bestand is onvolledig: de afsluitende regel (0 TRLR) ontbreekt. Alles tot het "
        "einde is ingelezen.",
    ),
    "malformed": (
        "1 onleesbare regel overgeslagen{where}.",
        "{n} onleesbare regels overgeslagen{where}.",
    ),
    "no_xref": (
        "1 persoon of gezin zonder verwijzingscode (xref) overgeslagen{where}.",
        "{n} personen of gezinnen zonder verwijzingscode (xref) overgeslagen{where}.",
    ),
    "duplicate": (
        "1 record met een verwijzingscode die al eerder voorkwam overgeslagen{where}; het "
        "eerste record is gehouden.",
        "{n} records met een verwijzingscode die al eerder voorkwam overgeslagen{where}; "
        "steeds is het eerste record gehouden.",
    ),
    "bad_person": (
        "1 persoon kon niet worden ingelezen{where}.",
        "{n} personen konden niet worden ingelezen{where}.",
    ),
    "missing_person": (
        "1 verwijzing naar een persoon die niet in het bestand staat overgeslagen{where}.",
        "{n} verwijzingen naar personen die niet in het bestand staan overgeslagen{where}.",
    ),
    "missing_family": (
        "1 verwijzing naar een gezin dat niet in het bestand staat overgeslagen{where}.",
        "{n} verwijzingen naar gezinnen die niet in het bestand staan overgeslagen{where}.",
    ),
    "self_partner": (
        "1 gezin met twee keer dezelfde partner: die partnerrelatie is overgeslagen{where}.",
        "{n} gezinnen met twee keer dezelfde partner: die partnerrelaties zijn "
        "overgeslagen{where}.",
    ),
    "cycle": (
        "1 ouder-kindrelatie weggelaten omdat iemand daardoor zijn of haar eigen voorouder "
        "zou zijn{where}.",
        "{n} ouder-kindrelaties weggelaten omdat iemand daardoor zijn of haar eigen voorouder "
        "zou zijn{where}.",
    ),
    "third_parent": (
        "1 derde biologische ouder overgeslagen (iemand heeft er hoogstens twee){where}.",
        "{n} derde biologische ouders overgeslagen (iemand heeft er hoogstens twee){where}.",
    ),
    "date": (
        "1 datum kon niet worden gelezen en is leeg gelaten{where}.",
        "{n} data konden niet worden gelezen en zijn leeg gelaten{where}.",
    ),
    "future_date": (
        "1 geboorte- of sterfdatum lag in de toekomst en is leeg gelaten{where}.",
        "{n} geboorte- of sterfdata lagen in de toekomst en zijn leeg gelaten{where}.",
    ),
    "death_before_birth": (
        "1 overlijdensdatum lag voor de geboortedatum en is leeg gelaten{where}.",
        "{n} overlijdensdata lagen voor de geboortedatum en zijn leeg gelaten{where}.",
    ),
    "step": (
        "1 stiefouderrelatie overgeslagen: het genogram leidt die af uit de partnerrelatie.",
        "{n} stiefouderrelaties overgeslagen: het genogram leidt die af uit de "
        "partnerrelaties.",
    ),
    "pedi_other": (
        "1 afstamming van een andere soort (bijvoorbeeld SEALING of OTHER) is als biologisch "
        "ingelezen.",
        "{n} afstammingen van een andere soort (bijvoorbeeld SEALING of OTHER) zijn als "
        "biologisch ingelezen.",
    ),
    "asso": (
        "1 ASSO-verwijzing (een relatie buiten de familie) overgeslagen; voeg die zo nodig "
        "zelf toe in het ecogram of de netwerkkaart.",
        "{n} ASSO-verwijzingen (relaties buiten de familie) overgeslagen; voeg die zo nodig "
        "zelf toe in het ecogram of de netwerkkaart.",
    ),
}


class Skips:
    """Counts per kind of problem, with the first example of each."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.examples: dict[str, str] = {}

    def add(self, kind: str, n: int = 1, *, xref: str = "", line: int = 0) -> None:
        if n <= 0:
            return
        self.counts[kind] = self.counts.get(kind, 0) + n
        if kind not in self.examples:
            if xref:
                self.examples[kind] = tr(" (o.a. {xref})", xref=xref[:40])
            elif line:
                self.examples[kind] = tr(" (o.a. regel {line})", line=line)
            else:
                self.examples[kind] = ""

    def lines(self) -> tuple[str, ...]:
        out: list[str] = []
        for kind, (one, many) in _MESSAGES.items():
            n = self.counts.get(kind, 0)
            if n:
                out.append(tr(one if n == 1 else many, n=n, where=self.examples.get(kind, "")))
        return tuple(out)
