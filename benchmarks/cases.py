"""Realistic synthetic cases for the benchmarks: a client's family over several generations
(with in-laws, households and divorces followed by new partners), friends, neighbours,
volunteers and professionals, support ties to the client, care tasks shared by about ten
carers with hours per week, and load results (EDIZ-plus) for the carers. Same size and seed,
same case."""

from __future__ import annotations

import random

from tests.network_cases import random_network_case

from netwerkkaart.model import (
    Assignment,
    CareTask,
    Case,
    Frequency,
    PartnershipStatus,
    PartnershipTie,
    PersonKind,
    SupportStrength,
    SupportTie,
    TaskKind,
    validate_case,
)
from netwerkkaart.model.carer import Assessment


def realistic_case(n: int, seed: int = 1) -> Case:
    rng = random.Random(seed)
    base = random_network_case(n, seed)
    net = base.network
    people = list(net.people.values())
    client = net.client_id or people[0].id
    ties = dict(net.ties)
    # remarriages: some partnerships ended in divorce, and one of the two married again
    partnered = {t.a for t in net.partnerships()} | {t.b for t in net.partnerships()}
    singles = [p.id for p in people if p.id not in partnered and p.kind is PersonKind.FAMILY
               and p.id != client]
    for t in list(net.partnerships()):
        if rng.random() < 0.15 and singles:
            ties[t.id] = t.model_copy(update={"status": PartnershipStatus.DIVORCED,
                                              "start": "1980", "end": "1995"})
            new = PartnershipTie(a=t.a, b=singles.pop(), status=PartnershipStatus.MARRIED,
                                 start="1998")
            ties[new.id] = new
    # support ties to the client from part of the network
    others = [p for p in people if p.id != client and not p.is_deceased]
    for p in rng.sample(others, k=min(len(others), max(3, n // 5))):
        tie = SupportTie(a=p.id, b=client,
                         strength=rng.choice(list(SupportStrength)))
        ties[tie.id] = tie
    # care tasks shared by about ten carers
    carers = [p.id for p in rng.sample(others, k=min(len(others), 10))]
    tasks = {t.id: t for t in (CareTask(kind=k) for k in list(TaskKind)[:8])}
    assignments = {}
    for task in tasks.values():
        for pid in rng.sample(carers, k=min(len(carers), rng.randint(1, 3))):
            a = Assignment(task=task.id, person=pid, frequency=rng.choice(list(Frequency)),
                           hours=float(rng.randint(1, 12)))
            assignments[a.id] = a
    assessments = {}
    for pid in carers[:6]:
        for date in ("2026-03-01", "2026-09-01"):
            a = Assessment(person=pid, date=date, instrument="ediz_plus",
                           answers=tuple(rng.randint(0, 2) for _ in range(15)))
            assessments[a.id] = a
    network = net.replace(ties=ties, care_tasks=tasks, assignments=assignments,
                          assessments=assessments)
    case = base.model_copy(update={"network": network})
    validate_case(case)
    return case


def with_snapshots(case, count: int = 10):  # type: ignore[no-untyped-def]
    """``case`` after ``count`` moments, each a snapshot of a slightly different network (one
    more person renamed each time), as a case file of a long-running case holds them."""
    from netwerkkaart.analysis.moments import make_snapshot

    snaps = []
    people_ids = sorted(case.network.people)
    for n in range(count):
        people = dict(case.network.people)
        pid = people_ids[n % len(people_ids)]
        people[pid] = people[pid].model_copy(update={"name": f"Iemand {n}"})
        case = case.model_copy(update={"network": case.network.replace(people=people)})
        snaps.append(make_snapshot(case, f"Moment {n + 1}", f"2026-{1 + n % 9:02d}-1{n % 10}"))
    return case.model_copy(update={"snapshots": tuple(snaps)})
