"""Genogram layout timings on seeded random pedigrees of 50 to 5,000 people."""

from __future__ import annotations

import random
import statistics
import time

from netwerkkaart.layout.genogram.pipeline import genogram_layout
from netwerkkaart.model import (
    AnyTie,
    Network,
    ParentChildTie,
    PartnershipTie,
    Person,
    Sex,
    TwinSet,
)

SIZES = (50, 500, 1000, 5000)
REPEATS = 5


def random_pedigree(size: int, seed: int = 1) -> Network:
    """A plausible family tree: founder couples, married-in spouses (some with their own
    parents), remarriages, twins, and the odd cousin marriage. Same seed, same network."""
    rng = random.Random(seed)
    people: list[Person] = []
    ties: list[AnyTie] = []
    twins: list[TwinSet] = []
    born: dict[str, int] = {}
    single_by_decade: dict[int, list[str]] = {}
    open_unions: list[tuple[str, str, int]] = []

    def person(sex: Sex, year: int) -> str:
        pid = f"p{len(people):05d}"
        people.append(Person(id=pid, name=f"Persoon {len(people)}", sex=sex, birth=f"{year}"))
        born[pid] = year
        return pid

    def couple(a: str, b: str, year: int) -> None:
        ties.append(PartnershipTie(id=f"u{len(ties):05d}", a=a, b=b, start=f"{year}"))
        open_unions.append((a, b, year))

    def child(a: str, b: str, c: str) -> None:
        for p in (a, b):
            ties.append(ParentChildTie(id=f"c{len(ties):05d}", a=p, b=c))

    while len(people) < size:
        year = 1850 + rng.randint(0, 30)
        couple(person(Sex.MALE, year), person(Sex.FEMALE, year + 2), year + 25)
        while open_unions and len(people) < size:
            a, b, wed = open_unions.pop(rng.randrange(len(open_unions)))
            for k in range(rng.choice((0, 1, 2, 2, 3, 3, 4))):
                if len(people) >= size:
                    break
                c = person(rng.choice((Sex.MALE, Sex.FEMALE)), wed + 1 + 2 * k)
                child(a, b, c)
                if rng.random() < 0.03 and len(people) < size:
                    t = person(rng.choice((Sex.MALE, Sex.FEMALE)), born[c])
                    child(a, b, t)
                    twins.append(TwinSet(id=f"t{len(twins):04d}", members=(c, t)))
                if born[c] > 2000 or rng.random() < 0.2 or len(people) >= size:
                    continue
                pool = single_by_decade.setdefault(born[c] // 10, [])
                if pool and rng.random() < 0.05:
                    couple(c, pool.pop(rng.randrange(len(pool))), born[c] + 24)
                    continue
                if rng.random() < 0.3:
                    pool.append(c)
                    continue
                spouse_sex = Sex.FEMALE if people[-1].sex == Sex.MALE else Sex.MALE
                s = person(spouse_sex, born[c] + rng.randint(-3, 3))
                couple(c, s, born[c] + 25)
                if rng.random() < 0.1 and len(people) < size:
                    s2 = person(spouse_sex, born[c] + rng.randint(-3, 8))
                    couple(c, s2, born[c] + 40)
                if rng.random() < 0.1 and len(people) + 2 <= size:
                    pa, ma = person(Sex.MALE, born[s] - 28), person(Sex.FEMALE, born[s] - 26)
                    couple(pa, ma, born[s] - 3)
                    child(pa, ma, s)
    return Network(refs={"client": people[0].id},
                   people={p.id: p for p in people}, ties={t.id: t for t in ties},
                   twin_sets={t.id: t for t in twins})


def run() -> None:
    for size in SIZES:
        net = random_pedigree(size)
        times = []
        for _ in range(REPEATS if size <= 1000 else 3):
            start = time.perf_counter()
            layout = genogram_layout(net)
            times.append(time.perf_counter() - start)
        rows = len(layout.row_y)
        print(f"layout genogram {size} people: {statistics.median(times):.2f} s "
              f"(median of {len(times)}; {rows} rows)")
