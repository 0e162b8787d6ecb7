"""Small family builder and a random family generator for the genogram layout tests."""

from __future__ import annotations

import random

from netwerkkaart.model import (
    AnyTie,
    Network,
    ParentChildKind,
    ParentChildTie,
    PartnershipTie,
    Person,
    PersonKind,
    Sex,
    TwinSet,
    Zygosity,
)

SEXES = {"m": Sex.MALE, "f": Sex.FEMALE, "x": Sex.NONBINARY, "u": Sex.UNKNOWN}


class Family:
    """Build a :class:`Network` with short readable ids (the id doubles as the name)."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.ties: dict[str, AnyTie] = {}
        self.twin_sets: dict[str, TwinSet] = {}
        self.client: str | None = None

    def person(self, pid: str, sex: str = "u", birth: str | None = None, *,
               kind: PersonKind = PersonKind.FAMILY, client: bool = False) -> str:
        self.people[pid] = Person(id=pid, name=pid, sex=SEXES[sex], birth=birth, kind=kind)
        if client:
            self.client = pid
        return pid

    def couple(self, a: str, b: str, start: str | None = None, tid: str | None = None) -> str:
        tid = tid or f"u:{a}-{b}" + (f"@{start}" if start else "")
        self.ties[tid] = PartnershipTie(id=tid, a=a, b=b, start=start)
        return tid

    def child(self, parents: tuple[str, ...] | str, child: str,
              relation: ParentChildKind = ParentChildKind.BIOLOGICAL) -> None:
        for parent in (parents,) if isinstance(parents, str) else parents:
            tid = f"pc:{parent}>{child}:{relation.value}"
            self.ties[tid] = ParentChildTie(id=tid, a=parent, b=child, relation=relation)

    def kids(self, parents: tuple[str, ...] | str, *children: str) -> None:
        for c in children:
            self.child(parents, c)

    def twins(self, tid: str, *members: str, zygosity: Zygosity = Zygosity.UNKNOWN) -> None:
        self.twin_sets[tid] = TwinSet(id=tid, members=members, zygosity=zygosity)

    def network(self, shuffle: random.Random | None = None) -> Network:
        def order(d: dict[str, object]) -> list[str]:
            keys = list(d)
            if shuffle is not None:
                shuffle.shuffle(keys)
            return keys

        # People keep their order: it is data (undated siblings stand in the order they were
        # added). Ties and twin sets may come in any order without changing the layout.
        return Network(people=dict(self.people),
                       ties={k: self.ties[k] for k in order(self.ties)},
                       twin_sets={k: self.twin_sets[k] for k in order(self.twin_sets)},
                       refs={"client": self.client} if self.client else None)


def random_family(rng: random.Random, size: int) -> Family:
    """A valid random family: remarriages, cousin marriages, twins, adoptions, loners."""
    f = Family()
    year: dict[str, int] = {}
    unions: list[tuple[str, ...]] = []
    count = 0

    def new(sex: str | None = None, born: int = 1900) -> str:
        nonlocal count
        count += 1
        pid = f"p{count:03d}"
        f.person(pid, sex or rng.choice("mmffx"), f"{born:04d}", client=count == 1)
        year[pid] = born
        return pid

    a, b = new("m", 1900), new("f", 1902)
    f.couple(a, b, "1925")
    unions.append((a, b))
    while len(f.people) < size:
        roll = rng.random()
        people = sorted(f.people)
        if roll < 0.45 and unions:
            parents = rng.choice(unions)
            born = max(year[p] for p in parents) + rng.randint(20, 30) + rng.randint(0, 900) / 100
            c = new(born=int(born) + len(f.people) % 7)
            f.kids(parents, c)
            if rng.random() < 0.15 and len(f.people) < size:
                t = new(born=year[c])
                f.kids(parents, t)
                f.twins(f"tw:{c}", c, t)
        elif roll < 0.7:
            p = rng.choice(people)
            q = new(born=year[p] + rng.randint(-3, 3))
            f.couple(p, q, f"{year[p] + 20 + len(f.ties) % 9:04d}")
            unions.append((p, q))
            if rng.random() < 0.25 and len(f.people) + 2 <= size:
                qa, qb = new("m", year[q] - 28), new("f", year[q] - 26)
                f.couple(qa, qb)
                f.kids((qa, qb), q)
        elif roll < 0.8:
            p, q = rng.sample(people, 2)
            if (p, q) not in unions and (q, p) not in unions:
                f.couple(p, q, f"{max(year[p], year[q]) + 22:04d}")
                unions.append((p, q))
        elif roll < 0.88 and unions:
            parents = rng.choice(unions)
            c = new(born=max(year[p] for p in parents) + 25)
            f.kids(parents, c)
            other = rng.choice(unions)
            if other != parents:
                rel = rng.choice([ParentChildKind.ADOPTED, ParentChildKind.FOSTER])
                for p in other:
                    f.child(p, c, rel)
        elif roll < 0.94:
            p = rng.choice(people)
            c = new(born=year[p] + 27)
            f.child(p, c)
            unions.append((p,))
        else:
            pid = new(born=1950)
            f.people[pid] = f.people[pid].model_copy(update={"kind": PersonKind.NEIGHBOUR})
    return f
