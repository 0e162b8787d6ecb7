"""Random network cases for the radial maps' tests and benchmarks: a client with family
(children, grandchildren, in-laws), friends, neighbours, volunteers and professionals; some
in the client's household. Same size and seed, same case."""

from __future__ import annotations

import random

from netwerkkaart.model import (
    CLIENT,
    Case,
    Household,
    Network,
    ParentChildTie,
    PartnershipTie,
    Person,
    PersonKind,
    Profession,
    Sex,
)


def random_network_case(n: int, seed: int) -> Case:
    """A client with family (partner, children, grandchildren, in-laws), friends, neighbours,
    volunteers and professionals; some in the client's household, a few pinned or dropped."""
    rng = random.Random(seed)
    client = Person(id="c", name="Cliënt Voorbeeld", sex=Sex.FEMALE, birth="1940")
    people = [client]
    ties: list = []
    kinds = [PersonKind.FAMILY] * 5 + [PersonKind.FRIEND, PersonKind.NEIGHBOUR,
                                       PersonKind.ACQUAINTANCE, PersonKind.VOLUNTEER_ORGANISED,
                                       PersonKind.VOLUNTEER_INFORMAL, PersonKind.PROFESSIONAL,
                                       PersonKind.ORGANISATION]
    family = ["c"]
    for i in range(1, n):
        kind = rng.choice(kinds)
        p = Person(id=f"p{i:03d}", name=rng.choice(["Anna de Groot-van Wijk", "Bo", "Ali",
                                                    "Johanna Wilhelmina Jansen", "Kees"]),
                   sex=rng.choice([Sex.MALE, Sex.FEMALE]), kind=kind,
                   profession=Profession.HUISARTS if kind is PersonKind.PROFESSIONAL else None,
                   organisation="Thuiszorg" if kind is PersonKind.PROFESSIONAL else "")
        people.append(p)
        if kind is PersonKind.FAMILY:
            other = rng.choice(family)
            if rng.random() < 0.7:
                ties.append(ParentChildTie(id=f"pc{i}", a=other, b=p.id))
            else:
                ties.append(PartnershipTie(id=f"u{i}", a=other, b=p.id))
            family.append(p.id)
    household = Household(id="h", members=("c", *[p.id for p in people[1:3]]))
    net = Network(people={p.id: p for p in people}, ties={t.id: t for t in ties},
                  households={"h": household}, refs={CLIENT.name: "c"})
    return Case(network=net)
