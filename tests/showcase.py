"""A three-generation showcase family for the genogram: divorce and remarriage,
half-siblings, an adopted and a foster child, twins, a deceased grandparent, a household and
three emotional lines. Used by tests and to look at the notation."""

from __future__ import annotations

from netwerkkaart.model import (
    Case,
    EmotionalKind,
    EmotionalTie,
    Household,
    Network,
    ParentChildKind,
    ParentChildTie,
    PartnershipStatus,
    PartnershipTie,
    Person,
    Sex,
    TwinSet,
    Zygosity,
)


def showcase_case() -> Case:
    M, F = Sex.MALE, Sex.FEMALE
    p = {k: Person(id=k, name=n, sex=s, birth=b, death=d)
         for k, n, s, b, d in [
             ("opa", "Hendrik Post", M, "1930", "2010"),
             ("oma", "Grietje Post-Wit", F, "1933", None),
             ("piet", "Piet Post", M, "1958", None), ("anja", "Anja de Boer", F, "1960", None),
             ("ria", "Ria Post", F, "1962", None), ("els", "Els Kramer", F, "1965", None),
             ("tom", "Tom Post", M, "1985", None), ("lisa", "Lisa Post", F, "1988", None),
             ("sem", "Sem Post", M, "2000-04-01", None),
             ("roos", "Roos Post", F, "2000-04-01", None),
             ("yara", "Yara Post", F, "2005", None), ("kevin", "Kevin Jansen", M, "2008", None),
         ]}
    ties = [
        PartnershipTie(id="u1", a="opa", b="oma", start="1956"),
        PartnershipTie(id="u2", a="piet", b="anja", status=PartnershipStatus.DIVORCED,
                       start="1984", end="1995"),
        PartnershipTie(id="u3", a="piet", b="els", start="1998"),
    ]
    links = [("opa", "piet"), ("oma", "piet"), ("opa", "ria"), ("oma", "ria"),
             ("piet", "tom"), ("anja", "tom"), ("piet", "lisa"), ("anja", "lisa"),
             ("piet", "sem"), ("els", "sem"), ("piet", "roos"), ("els", "roos")]
    ties += [ParentChildTie(id=f"pc-{a}-{b}", a=a, b=b) for a, b in links]
    adopted, foster = ParentChildKind.ADOPTED, ParentChildKind.FOSTER
    ties += [ParentChildTie(id="pc-piet-yara", a="piet", b="yara", relation=adopted),
             ParentChildTie(id="pc-els-yara", a="els", b="yara", relation=adopted),
             ParentChildTie(id="pc-ria-kevin", a="ria", b="kevin", relation=foster)]
    ties += [EmotionalTie(id="e1", a="ria", b="oma", relation=EmotionalKind.CLOSE),
             EmotionalTie(id="e2", a="piet", b="anja", relation=EmotionalKind.CONFLICT),
             EmotionalTie(id="e3", a="tom", b="piet", relation=EmotionalKind.CUTOFF)]
    net = Network(
        people=p,
        ties={t.id: t for t in ties},
        households={"h1": Household(id="h1", label="Woont samen", members=("ria", "kevin", "oma"))},
        twin_sets={"tw": TwinSet(id="tw", members=("sem", "roos"), zygosity=Zygosity.DIZYGOTIC)},
        refs={"client": "ria"},
    )
    return Case(network=net)
