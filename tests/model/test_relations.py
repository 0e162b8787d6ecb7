"""Relations to the client in plain Dutch: derived from the family, from the kind, or by hand."""

from __future__ import annotations

from netwerkkaart.example import example_case
from netwerkkaart.labels import person_relation
from netwerkkaart.model import (
    Custom,
    Network,
    ParentChildTie,
    PartnershipStatus,
    PartnershipTie,
    Person,
    PersonKind,
    Profession,
    Sex,
)
from netwerkkaart.model.relations import RelationCode, relations
from tests.showcase import showcase_case


def words(net: Network) -> dict[str, str]:
    return {pid: person_relation(net, pid) for pid in net.people}


def test_three_generations_with_remarriage_in_laws_adoption_and_fostering() -> None:
    net = showcase_case().network  # the client is Ria
    assert words(net) == {
        "ria": "cliënt", "opa": "vader", "oma": "moeder", "piet": "broer",
        "anja": "ex-schoonzus",  # Piet's divorced wife
        "els": "schoonzus", "tom": "neef", "lisa": "nicht", "sem": "neef", "roos": "nicht",
        "yara": "nicht",  # adopted by Piet and Els
        "kevin": "pleegzoon",
    }


def test_a_client_with_a_second_marriage_sees_steps_and_halves() -> None:
    M, F = Sex.MALE, Sex.FEMALE
    people = [Person(id=i, name=i, sex=s) for i, s in [
        ("jan", M), ("ex", F), ("nu", F), ("kind1", F), ("kind2", M), ("stiefkind", M),
        ("vorige", M), ("schoonmoeder", F), ("kleinkind", F), ("zwager", M)]]
    ties = [
        PartnershipTie(id="u1", a="jan", b="ex", status=PartnershipStatus.DIVORCED),
        PartnershipTie(id="u2", a="jan", b="nu"),
        PartnershipTie(id="u3", a="vorige", b="nu", status=PartnershipStatus.DIVORCED),
        ParentChildTie(id="p1", a="jan", b="kind1"), ParentChildTie(id="p2", a="ex", b="kind1"),
        ParentChildTie(id="p3", a="jan", b="kind2"), ParentChildTie(id="p4", a="nu", b="kind2"),
        ParentChildTie(id="p5", a="vorige", b="stiefkind"),
        ParentChildTie(id="p6", a="nu", b="stiefkind"),
        ParentChildTie(id="p7", a="schoonmoeder", b="nu"),
        ParentChildTie(id="p8", a="kind1", b="kleinkind"),
        ParentChildTie(id="p9", a="schoonmoeder", b="zwager"),
    ]
    net = Network(people={p.id: p for p in people}, ties={t.id: t for t in ties},
                  refs={"client": "jan"})
    assert words(net) == {
        "jan": "cliënt", "ex": "ex-partner", "nu": "partner", "kind1": "dochter",
        "kind2": "zoon", "stiefkind": "stiefzoon", "vorige": "aangetrouwd familielid",
        "schoonmoeder": "schoonmoeder", "kleinkind": "kleindochter", "zwager": "zwager"}
    kind2 = Network(people=net.people, ties=net.ties, refs={"client": "kind2"})
    assert person_relation(kind2, "kind1") == "halfzus"  # recomputed for another client
    assert person_relation(kind2, "stiefkind") == "halfbroer"
    assert person_relation(kind2, "jan") == "vader"


def test_outside_the_family_the_kind_and_profession_say_it() -> None:
    net = example_case().network
    by_name = {p.name.split()[0]: p.id for p in net.people.values()}
    assert person_relation(net, by_name["Henk"]) == "buurman"
    assert person_relation(net, by_name["Els"]) == "vrijwilliger"
    assert person_relation(net, by_name["Fatima"]) == "wijkverpleegkundige"
    friend = Person(name="Truus", sex=Sex.FEMALE, kind=PersonKind.FRIEND)
    doctor = Person(name="Dokter", kind=PersonKind.PROFESSIONAL, profession=Profession.HUISARTS)
    net2 = net.replace(people={**net.people, friend.id: friend, doctor.id: doctor})
    assert person_relation(net2, friend.id) == "vriendin"
    assert person_relation(net2, doctor.id) == "huisarts"


def test_set_by_hand_wins_and_may_be_the_users_own_word() -> None:
    net = example_case().network
    henk = next(p for p in net.people.values() if p.name.startswith("Henk"))
    people = dict(net.people)
    people[henk.id] = henk.model_copy(update={"relation": RelationCode.FORMER_NEIGHBOUR})
    net2 = net.replace(people=people)
    assert person_relation(net2, henk.id) == "oud-buurman"
    assert relations(net2)[henk.id].derived is False
    people[henk.id] = henk.model_copy(update={"relation": Custom(custom="Oude schoolvriend")})
    assert person_relation(net.replace(people=people), henk.id) == "Oude schoolvriend"


def test_no_client_no_relations() -> None:
    p = Person(name="A")
    assert relations(Network(people={p.id: p})) == {}
