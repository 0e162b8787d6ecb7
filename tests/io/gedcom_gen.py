"""A random but plausible GEDCOM family tree, for tests and benchmarks.

``python tests/io/gedcom_gen.py OUT.ged [PEOPLE] [SEED]`` writes one; :func:`generate_gedcom`
returns the text. Generations are built from founder couples downwards: each family has a
marriage (sometimes a divorce, a remarriage, or no marriage at all), children born 18-45 years
after their parents with now and then an adoption or a foster child, qualified and partial
dates, deaths, notes with CONC/CONT, and custom tags that the importer must skip.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

_GIVEN_M = ["Jan", "Piet", "Kees", "Henk", "Willem", "Gerrit", "Bram", "Daan", "Sem", "Lucas",
            "Thijs", "Joris", "Mohamed", "Ahmet", "Koen", "Ruud", "Frits", "Bart"]
_GIVEN_F = ["Maria", "Anna", "Johanna", "Els", "Ineke", "Sanne", "Fleur", "Emma", "Julia",
            "Fatima", "Ayse", "Noor", "Lotte", "Zoë", "Renée", "Greet", "Truus", "Mieke"]
_SURNAMES = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
             "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
             "van Dijk", "Yılmaz", "El Amrani", "Brouwer", "Jacobs"]
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


@dataclass
class _Person:
    xref: str
    sex: str
    given: str
    surname: str
    born: int
    died: int | None = None
    famc: list[tuple[str, str]] = field(default_factory=list)  # (family xref, PEDI)
    fams: list[str] = field(default_factory=list)


@dataclass
class _Family:
    xref: str
    husb: str | None
    wife: str | None
    married: int | None
    divorced: int | None
    children: list[str] = field(default_factory=list)


def _date(rng: random.Random, year: int) -> str:
    roll = rng.random()
    if roll < 0.5:
        return f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {year}"
    if roll < 0.65:
        return f"{rng.choice(_MONTHS)} {year}"
    if roll < 0.8:
        return str(year)
    if roll < 0.9:
        return f"{rng.choice(['ABT', 'EST', 'CAL', 'BEF', 'AFT'])} {year}"
    return f"BET {year} AND {year + 2}"


def generate_gedcom(people: int = 500, seed: int = 0) -> str:
    """GEDCOM 5.5.1 text with exactly ``people`` individuals."""
    rng = random.Random(seed)
    persons: list[_Person] = []
    families: list[_Family] = []

    def person(sex: str, born: int, surname: str | None = None) -> _Person:
        given = rng.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
        p = _Person(f"@I{len(persons) + 1}@", sex, given, surname or rng.choice(_SURNAMES), born)
        if born < 1950 and rng.random() < 0.7:
            p.died = min(born + rng.randint(40, 95), 2024)
        persons.append(p)
        return p

    founders = max(2, people // 25)
    queue: list[_Person] = [person("M" if i % 2 == 0 else "F", rng.randint(1880, 1910))
                            for i in range(founders)]
    while len(persons) < people and queue:
        a = queue.pop(0)
        if len(a.fams) >= 2 or len(persons) >= people:
            continue
        b = person("F" if a.sex == "M" else "M", a.born + rng.randint(-5, 5))
        husb, wife = (a, b) if a.sex == "M" else (b, a)
        married = a.born + rng.randint(19, 35) if rng.random() < 0.85 else None
        divorced = married + rng.randint(3, 20) if married and rng.random() < 0.15 else None
        fam = _Family(f"@F{len(families) + 1}@", husb.xref, wife.xref, married, divorced)
        families.append(fam)
        a.fams.append(fam.xref)
        b.fams.append(fam.xref)
        for _ in range(rng.choice([0, 1, 2, 2, 3, 3, 4, 5])):
            if len(persons) >= people:
                break
            roll = rng.random()
            pedi = "adopted" if roll < 0.05 else "foster" if roll < 0.07 else "birth"
            child = person(rng.choice("MF"), max(husb.born, wife.born) + rng.randint(18, 45),
                           husb.surname)
            child.famc.append((fam.xref, pedi))
            fam.children.append(child.xref)
            queue.append(child)
        if divorced:
            queue.append(a)  # remarriage
    while len(persons) < people:  # unattached relatives, should the tree die out
        person(rng.choice("MFU"), rng.randint(1900, 2000))

    out = ["0 HEAD", "1 SOUR gedcom_gen", "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED",
           "1 CHAR UTF-8"]
    for p in persons:
        out += [f"0 {p.xref} INDI", f"1 NAME {p.given} /{p.surname}/", f"1 SEX {p.sex}",
                "1 BIRT", f"2 DATE {_date(rng, p.born)}", "2 PLAC Nederland"]
        if p.died is not None:
            out += ["1 DEAT", f"2 DATE {p.died}"] if rng.random() < 0.8 else ["1 DEAT Y"]
        for fam_xref, pedi in p.famc:
            out += [f"1 FAMC {fam_xref}", f"2 PEDI {pedi}"]
        out += [f"1 FAMS {x}" for x in p.fams]
        if rng.random() < 0.1:
            out += ["1 NOTE Een notitie die over", "2 CONC  meerdere regels", "2 CONT loopt."]
        if rng.random() < 0.1:
            out += ["1 _UID " + "".join(rng.choice("0123456789ABCDEF") for _ in range(32))]
    for f in families:
        out.append(f"0 {f.xref} FAM")
        out += [f"1 HUSB {f.husb}"] if f.husb else []
        out += [f"1 WIFE {f.wife}"] if f.wife else []
        if f.married:
            out += ["1 MARR", f"2 DATE {_date(rng, f.married)}"]
        if f.divorced:
            out += ["1 DIV", f"2 DATE {f.divorced}"]
        out += [f"1 CHIL {c}" for c in f.children]
    out.append("0 TRLR")
    return "\n".join(out) + "\n"


def write_gedcom(path: Path, people: int = 500, seed: int = 0) -> None:
    Path(path).write_text(generate_gedcom(people, seed), encoding="utf-8")


if __name__ == "__main__":
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    s = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    write_gedcom(Path(sys.argv[1]), n, s)
