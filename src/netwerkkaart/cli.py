"""The command line: start the GUI, write the example, check, render and import cases.

    netwerkkaart [CASE]                      start the app (on CASE)
    netwerkkaart --example                   start the app on the built-in example case
    netwerkkaart example -o CASE             write the example case
    netwerkkaart check CASE [--json]         validate and summarise; exit 2 when invalid
    netwerkkaart render CASE --view V -o OUT draw a map to PNG or SVG, no display needed
    netwerkkaart import FILE.ged -o CASE [--client XREF]
    netwerkkaart compare CASE --from NAME [--to NAME] [--json]   then versus now
    netwerkkaart screenshot -o OUT.png       the main window on the example (for the README)

Errors are one Dutch line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .i18n import tr
from .model.dates import display

if TYPE_CHECKING:
    from .analysis.moments import Moment
    from .model import Case

SUBCOMMANDS = {"example", "check", "render", "import", "screenshot", "export", "encrypt",
               "decrypt", "compare"}


_ARGPARSE_DUTCH = [
    (re.compile(r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)"),
     "ongeldige waarde '{1}' voor {0}; kies uit {2}"),
    (re.compile(r"the following arguments are required: (.*)"), "verplicht: {0}"),
    (re.compile(r"unrecognized arguments: (.*)"), "onbekende opties: {0}"),
    (re.compile(r"argument (\S+): expected one argument"), "{0} verwacht een waarde"),
    (re.compile(r"argument (\S+): invalid float value: '?([^']*)'?"), "{0}: '{1}' is geen getal"),
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """One Dutch line on stderr and exit code 2, as every other error."""
        for pattern, dutch in _ARGPARSE_DUTCH:
            m = pattern.search(message)
            if m:
                message = dutch.format(*m.groups())
                break
        print(tr("Fout: {m} (zie netwerkkaart --help).", m=message), file=sys.stderr)
        raise SystemExit(2)

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = tr("argumenten")
        self._optionals.title = tr("opties")
        self.add_argument("-h", "--help", action="help", help=tr("toon deze hulp en stop"))

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", tr("gebruik:"), 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", tr("gebruik:"), 1)


MIN_PASSWORD = 8
"""As in the window's password dialog."""


def _password_arg(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--password-file", type=Path, required=required,
                        help=tr("bestand met het wachtwoord van de casus (eerste regel)"))


class _PasswordFileError(Exception):
    pass


def _password(ns: argparse.Namespace) -> str | None:
    """The password from ``--password-file`` (its first line), or None."""
    path = getattr(ns, "password_file", None)
    if path is None:
        return None
    from .io.reading import ReadError, read_limited

    try:
        data = read_limited(path, 64 * 1024, tr("wachtwoordbestand"))
    except ReadError as err:
        raise _PasswordFileError(str(err)) from None
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise _PasswordFileError(tr("Het wachtwoordbestand is geen leesbare tekst.")) from None
    if not lines or not lines[0]:
        raise _PasswordFileError(tr("Het wachtwoordbestand is leeg: zet het wachtwoord op de "
                                    "eerste regel."))
    return lines[0]


def _load(ns: argparse.Namespace) -> Case:
    """The case of ``ns.case``, with ``--password-file`` for an encrypted one."""
    from .io.casefile import LoadError, PasswordNeeded, load_case

    try:
        return load_case(ns.case, _password(ns))
    except PasswordNeeded:
        raise LoadError(tr("{name} is beveiligd met een wachtwoord: geef het met "
                           "--password-file BESTAND.", name=ns.case.name)) from None
    except _PasswordFileError as err:
        raise LoadError(str(err)) from None


def _sub_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="netwerkkaart", description=tr("Netwerkkaart vanaf de opdrachtregel"))
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser,
                           title=tr("opdrachten"))
    ex = sub.add_parser("example", help=tr("schrijf de voorbeeldcasus naar een bestand"))
    ex.add_argument("-o", "--output", required=True, type=Path)
    ch = sub.add_parser("check", help=tr("controleer een casusbestand"))
    ch.add_argument("case", type=Path)
    ch.add_argument("--json", action="store_true")
    _password_arg(ch)
    cp = sub.add_parser("compare", help=tr("vergelijk een momentopname met nu of met een "
                                           "andere momentopname"))
    cp.add_argument("case", type=Path)
    cp.add_argument("--from", dest="from_", required=True, metavar="NAAM",
                    help=tr("de momentopname van toen: naam, datum of nummer"))
    cp.add_argument("--to", default=None, metavar="NAAM",
                    help=tr("de momentopname om mee te vergelijken, of ‘nu’ (standaard: nu); "
                            "de oudste van de twee is altijd ‘toen’"))
    cp.add_argument("--json", action="store_true")
    _password_arg(cp)
    rd = sub.add_parser("render", help=tr("teken een kaart als PNG of SVG"))
    rd.add_argument("case", type=Path)
    _password_arg(rd)
    rd.add_argument("--view", choices=["genogram", "ecogram", "netwerkkaart"], default="genogram")
    rd.add_argument("-o", "--output", required=True, type=Path)
    rd.add_argument("--scale", type=float, default=2.0, help=tr("vergroting (standaard 2)"))
    rd.add_argument("--privacy", choices=["volledig", "initialen", "anoniem"],
                    default="volledig", help=tr("hoeveel de afbeelding laat zien"))
    rd.add_argument("--deceased", choices=["x", "slash"], default="x",
                    help=tr("overleden: kruis (McGoldrick) of schuine streep (NSGC)"))
    im = sub.add_parser("import", help=tr("importeer een GEDCOM-stamboom"))
    im.add_argument("gedcom", type=Path)
    im.add_argument("-o", "--output", required=True, type=Path)
    im.add_argument("--client", default=None)
    xp = sub.add_parser("export", help=tr("maak de samenvatting voor het dossier als PDF"))
    xp.add_argument("case", type=Path)
    _password_arg(xp)
    en = sub.add_parser("encrypt", help=tr("beveilig een casusbestand met een wachtwoord"))
    en.add_argument("case", type=Path)
    _password_arg(en, required=True)
    de = sub.add_parser("decrypt", help=tr("schrijf een onbeveiligde kopie van een casus"))
    de.add_argument("case", type=Path)
    de.add_argument("-o", "--output", required=True, type=Path)
    _password_arg(de, required=True)
    xp.add_argument("-o", "--output", required=True, type=Path)
    xp.add_argument("--privacy", choices=["volledig", "initialen", "anoniem"],
                    default="volledig", help=tr("hoeveel de PDF laat zien (standaard volledig)"))
    xp.add_argument("--maps", default="genogram,ecogram,netwerkkaart",
                    help=tr("welke kaarten, met komma's (standaard alle drie; leeg: geen)"))
    xp.add_argument("--compare", default=None, metavar="NAAM",
                    help=tr("voeg toe wat er veranderde sinds deze momentopname (naam, datum "
                            "of nummer)"))
    xp.add_argument("--compare-to", default=None, metavar="NAAM",
                    help=tr("met --compare: vergelijk tot deze momentopname in plaats van tot "
                            "nu"))
    xp.add_argument("--notes", action="store_true",
                    help=tr("notities afdrukken bij 'initialen' (volledig: altijd, anoniem: "
                            "nooit)"))
    sc = sub.add_parser("screenshot", help=tr("schermafbeelding van het hoofdvenster"))
    sc.add_argument("-o", "--output", required=True, type=Path)
    sc.add_argument("--case", type=Path, default=None)
    return p


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            return _run_sub(_sub_parser().parse_args(args))
        gui = _Parser(prog="netwerkkaart", description=tr("Start Netwerkkaart."),
                      epilog=tr("Opdrachten: example, check, render, import, export, encrypt, "
                                "decrypt, compare, screenshot (netwerkkaart OPDRACHT --help)."))
        gui.add_argument("case", nargs="?", type=Path, help=tr("casusbestand om te openen"))
        gui.add_argument("--example", action="store_true", help=tr("open de voorbeeldcasus"))
        ns = gui.parse_args(args)
        if ns.case is not None and not ns.case.exists():
            return _fail(tr("Het bestand {name} bestaat niet. Opdrachten zijn: example, check, "
                            "render, import, export, encrypt, decrypt, compare, screenshot.",
                            name=ns.case.name))
        if (sys.platform.startswith("linux") and os.environ.get("QT_QPA_PLATFORM") != "offscreen"
                and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
            return _fail(tr("Geen beeldscherm gevonden: start Netwerkkaart op een computer met "
                            "een bureaublad. Tekenen zonder scherm kan met 'netwerkkaart render'."))
        from .app import run_gui

        return run_gui(ns.case, example=ns.example)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader stopped early (| head): not an error; nothing more to write
        # (https://docs.python.org/3/library/signal.html#note-on-sigpipe)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _run_sub(ns: argparse.Namespace) -> int:
    from .io.atomic import SaveError
    from .io.casefile import LoadError, save_case

    if ns.command == "example":
        from .example import example_case

        try:
            save_case(example_case(), ns.output)
        except SaveError as err:
            return _fail(str(err))
        print(tr("Voorbeeldcasus geschreven naar {p}", p=ns.output))
        return 0
    if ns.command == "check":
        try:
            case = _load(ns)
        except LoadError as err:
            return _fail(str(err))
        print(json.dumps(summary(case), ensure_ascii=False, indent=2) if ns.json
              else summary_text(case))
        return 0
    if ns.command == "compare":
        return _compare(ns)
    if ns.command == "export":
        return _export(ns)
    if ns.command in ("encrypt", "decrypt"):
        return _crypt(ns)
    if ns.command == "import":
        from .io.gedcom import import_command

        code, text = import_command(ns.gedcom, ns.output, ns.client)
        print(text, file=sys.stdout if code == 0 else sys.stderr)
        return code
    return _run_qt(ns)


def _compare(ns: argparse.Namespace) -> int:
    from .analysis.compare import as_json, compare, summary
    from .io.casefile import LoadError

    try:
        case = _load(ns)
    except LoadError as err:
        return _fail(str(err))
    picked = _pick_moments(case, ns.from_, ns.to)
    if isinstance(picked, str):
        return _fail(picked)
    result = compare(*picked)
    if ns.json:
        print(json.dumps(as_json(result), ensure_ascii=False, indent=2))
    else:
        print(summary(result))
    return 0


def _pick_moments(case: Case, first: str, second: str | None
                  ) -> tuple[Moment, Moment] | str:
    """The two moments ``--from``/``--to`` name (a snapshot's name, date or number, or
    ‘nu’; ``second`` None: now), the older first; or what is wrong, in Dutch. A swap is
    said on stderr."""
    from .analysis.moments import NOW, find_snapshot, moments_between

    if not case.snapshots:
        return _no_snapshot(case, first)
    ids: list[str | None] = []
    for key in (first, second):
        now = key is None or key.strip().casefold() == tr(NOW).casefold()
        snap = None if now else find_snapshot(case, key or "")
        if not now and snap is None:
            return _no_snapshot(case, key or "")
        ids.append(snap.id if snap is not None else None)
    a, b = ids
    if a is None:  # "--from nu --to X": now is the later moment in any case
        a, b = b, None
    pair = moments_between(case, a or "", b)
    if pair is None:
        return tr("Van en tot wijzen naar hetzelfde moment: kies twee verschillende momenten.")
    if pair[0].snapshot_id != ids[0]:
        print(tr("Let op: omgedraaid. ‘{then}’ is het oudste moment; de vergelijking gaat van "
                 "‘{then}’ naar ‘{now}’.", then=pair[0].name, now=pair[1].name),
              file=sys.stderr)
    return pair


def _no_snapshot(case: Case, key: str) -> str:
    if not case.snapshots:
        return tr("Deze casus heeft nog geen momentopnames: maak er eerst een in het "
                  "programma (Bestand > Momentopname maken).")
    known = "; ".join(f"{s.name} ({display(s.date)})" for s in case.snapshots)
    return tr("Er is geen momentopname ‘{key}’. De casus heeft: {known}.", key=key,
              known=known)


def _run_qt(ns: argparse.Namespace) -> int:
    from .io.casefile import LoadError
    from .model import CaseError, MapKind
    from .ui.qt_setup import application, ensure_platform

    ensure_platform()
    if ns.command == "render":
        try:
            case = _load(ns)
        except LoadError as err:
            return _fail(str(err))
        if ns.output.suffix.lower() not in (".png", ".svg"):
            return _fail(tr("Kies een uitvoerbestand dat eindigt op .png of .svg."))
        if not ns.output.resolve().parent.is_dir():
            return _fail(tr("De map voor {name} bestaat niet.", name=ns.output.name))
        application()
        from .report.privacy import Privacy
        from .ui.export_image import ExportError, export_map

        try:
            from dataclasses import replace

            from .layout.style import DEFAULT_STYLE

            style = replace(DEFAULT_STYLE, deceased_style=ns.deceased)
            result = export_map(case, MapKind(ns.view), ns.output, Privacy(ns.privacy),
                                ns.scale, style)
        except ExportError as err:
            return _fail(str(err))
        except (OSError, CaseError) as err:
            return _fail(tr("Tekenen mislukt: {e}", e=err))
        if result.capped:
            print(tr("De kaart is groot: getekend op {w} x {h} pixels (vergroting {s:.2f} in "
                     "plaats van {asked}), de grootste afbeelding die Netwerkkaart maakt.",
                     w=result.width, h=result.height, s=result.scale, asked=ns.scale))
        print(tr("{view} getekend in {p}", view=ns.view, p=ns.output))
        return 0
    return _screenshot(ns.output, ns.case)


def _crypt(ns: argparse.Namespace) -> int:
    """``encrypt CASE``: in place, under the password; ``decrypt CASE -o OUT``: a plain copy
    (the user's explicit choice)."""
    from .io.atomic import SaveError
    from .io.casefile import LoadError, PasswordNeeded, load_case, save_case
    from .io.crypto import Sealer

    try:
        password = _password(ns)
        assert password is not None
        if ns.command == "encrypt" and len(password) < MIN_PASSWORD:
            return _fail(tr("Kies een wachtwoord van minstens {n} tekens.", n=MIN_PASSWORD))
        if ns.command == "decrypt" and ns.output.resolve() == ns.case.resolve():
            return _fail(tr("Kies voor de onbeveiligde kopie een ander bestand dan het "
                            "beveiligde: dat blijft zo bewaard."))
        if ns.command == "encrypt":
            case = load_case(ns.case)  # a plain file: an encrypted one needs decrypt first
            save_case(case, ns.case, Sealer(password))
            print(tr("{name} is nu beveiligd met een wachtwoord.", name=ns.case.name))
            return 0
        case = load_case(ns.case, password)
        save_case(case, ns.output)
    except _PasswordFileError as err:
        return _fail(str(err))
    except PasswordNeeded:
        return _fail(tr("{name} is al beveiligd met een wachtwoord.", name=ns.case.name))
    except LoadError as err:
        return _fail(str(err))
    except SaveError as err:
        return _fail(str(err))
    print(tr("Onbeveiligde kopie geschreven naar {p}. Let op: dit bestand is niet "
             "versleuteld.", p=ns.output))
    return 0


def _export(ns: argparse.Namespace) -> int:
    from .io.atomic import SaveError
    from .io.casefile import LoadError
    from .model import MapKind
    from .report import Privacy, ReportOptions, write_pdf

    names = [m.strip() for m in ns.maps.split(",") if m.strip()]
    known = {k.value: k for k in MapKind}
    wrong = [m for m in names if m not in known]
    if wrong:
        return _fail(tr("Onbekende kaart bij --maps: kies uit genogram, ecogram en "
                        "netwerkkaart, gescheiden door komma's."))
    if ns.output.suffix.lower() != ".pdf":
        return _fail(tr("Kies een uitvoerbestand dat eindigt op .pdf."))
    if not ns.output.resolve().parent.is_dir():
        return _fail(tr("De map voor {name} bestaat niet.", name=ns.output.name))
    try:
        case = _load(ns)
    except LoadError as err:
        return _fail(str(err))
    since = until = None
    if ns.compare is not None or ns.compare_to is not None:
        picked = _pick_moments(case, ns.compare or tr("nu"), ns.compare_to)
        if isinstance(picked, str):
            return _fail(picked)
        since, until = picked[0].snapshot_id, picked[1].snapshot_id
    opts = ReportOptions(privacy=Privacy(ns.privacy), maps=tuple(known[m] for m in names),
                         notes=ns.notes, compare_from=since, compare_to=until)
    try:
        write_pdf(case, ns.output, opts)
    except SaveError as err:
        return _fail(str(err))
    print(tr("PDF geschreven naar {p}", p=ns.output))
    return 0


def _screenshot(out: Path, path: Path | None) -> int:
    from .example import example_case
    from .io.casefile import LoadError, load_case
    from .ui.main_window import MainWindow
    from .ui.qt_setup import application

    app = application()
    try:
        case = load_case(path) if path else example_case()
    except LoadError as err:
        return _fail(str(err))
    window = MainWindow(case, path)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.fit_all()
    app.processEvents()
    if not window.grab().save(str(out)):
        return _fail(tr("Kan {p} niet schrijven.", p=out))
    window.session.undo_stack.setClean()
    window.close()
    print(tr("Schermafbeelding geschreven naar {p}", p=out))
    return 0


def summary(case: Case) -> dict[str, object]:
    from .model import MapKind

    net = case.network
    client = net.client()
    return {
        "people": len(net.people),
        "ties": net.tie_counts(),
        "client": {"id": client.id, "name": client.name} if client else None,
        "households": len(net.households),
        "twin_sets": len(net.twin_sets),
        "maps": {k.value: {"placed": len(case.view(k).positions),
                           "pinned": sum(p.pinned for p in case.view(k).positions.values())}
                 for k in MapKind},
        "reference": case.meta.reference,
        "care": care_summary(case),
        "carers": carers_summary(case),
        "findings": findings_summary(case),
        "mantelscan": mantelscan_summary(case),
        "warnings": warnings_summary(case),
        "snapshots": [{"id": snap.id, "name": snap.name, "date": snap.date,
                       "made_by": snap.made_by, "note": snap.note,
                       "people": len(snap.state.network.people)}
                      for snap in case.snapshots],
    }


def warnings_summary(case: Case) -> list[dict[str, object]]:
    """What is possible but implausible (a child born before its parent...): it loads, and
    the professional may want to look (``model.plausible``)."""
    from .model.plausible import case_warnings

    return [{"message": w.message, "record": w.record_id} for w in case_warnings(case.network)]


def care_summary(case: Case, today: str | None = None) -> dict[str, object]:
    """Who is who, for scripts: tasks with hours per person, uncovered and fragile tasks,
    carers and the main carer, regie and aanspreekpunt, agreements and referrals."""
    import datetime as dt

    from .labels import label
    from .model.care import format_hours, overdue
    from .model.carers import overview

    net = case.network
    today = today or dt.date.today().isoformat()
    o = overview(net)

    def who(pid: str | None) -> dict[str, str] | None:
        person = net.people.get(pid or "")
        return {"id": person.id, "name": person.name} if person else None

    tasks = []
    for tid, task in net.records("care_tasks").items():
        doing = [a for a in net.records("assignments").values() if a.task == tid]
        tasks.append({
            "id": tid, "task": label(task.kind), "needed": task.needed,
            "hours": o.hours_by_task.get(tid, 0.0),
            "uncovered": tid in o.uncovered, "fragile": tid in o.fragile,
            "people": [{**(who(a.person) or {}), "hours": a.hours,
                        "frequency": a.frequency.value if a.frequency else None,
                        "since": a.since} for a in doing],
        })
    return {
        "situation": {"conditions": [c.value for c in case.care.conditions],
                      "since": case.care.since,
                      "residence": case.care.residence.value if case.care.residence else None},
        "tasks": tasks,
        "hours_per_person": [{**(who(pid) or {}), "hours": hours,
                              "hours_text": format_hours(hours), "carer": pid in o.carers}
                             for pid, hours in o.hours_by_person.items()],
        "main_carer": who(o.main_carer),
        "uncovered": [label(net.records("care_tasks")[t].kind) for t in o.uncovered],
        "fragile": [label(net.records("care_tasks")[t].kind) for t in o.fragile],
        "regie": who(net.ref("regie")),
        "aanspreekpunt": who(net.ref("aanspreekpunt")),
        "agreements": [{"what": a.what, "who": [who(p) for p in a.who], "by_when": a.by_when,
                        "done": a.done, "overdue": overdue(a, today)}
                       for a in net.records("agreements").values()],
        "referrals": [{"to": label(r.destination),
                       "area": r.area.value if r.area else None,
                       "for": who(r.for_whom), "date": r.date, "warm": r.warm,
                       "checked_back": r.checked_back}
                      for r in net.records("referrals").values()],
    }


def carers_summary(case: Case, today: str | None = None) -> list[dict[str, object]]:
    """Per carer (a mantelzorger, or anyone with roles or results): the latest roles, the
    latest result per instrument (date, total, band, overloaded, the rule used), the latest
    balance check, the load badge, the signals ticked and the risk groups and factors."""
    from .model.carer import latest, latest_results, load_badge
    from .model.carers import overview
    from .model.risk import carer_risk

    net = case.network
    carers = set(overview(net).carers)
    for kind in ("roles", "assessments", "balance_checks", "carer_checks"):
        carers |= {r.person for r in net.records(kind).values()}
    out: list[dict[str, object]] = []
    for pid in [p for p in net.people if p in carers]:
        roles = latest(net, "roles", pid)
        role = roles[0] if roles else None
        balance = latest(net, "balance_checks", pid)
        checks = latest(net, "carer_checks", pid)
        check = checks[0] if checks else None
        risk = carer_risk(case, pid, today)
        badge = load_badge(net, pid)
        out.append({
            "id": pid, "name": net.people[pid].name,
            "roles": None if role is None else {
                "date": role.date, "sofa": [r.value for r in role.sofa],
                "dominant": role.dominant.value if role.dominant else None,
                "wifa": {k.value: v for k, v in role.wifa.items()},
                "can": role.can, "know": role.know, "want": role.want},
            "results": {inst: {"date": a.date, "total": s.total, "band": s.band,
                               "overloaded": s.overloaded, "rule": s.rule}
                        for inst, (a, s) in latest_results(net, pid).items()},
            "balance": None if not balance else {
                "date": balance[0].date, "how": balance[0].how,
                "keep_up": balance[0].keep_up.value if balance[0].keep_up else None,
                "note": "stand-in, geen gevalideerd instrument"},
            "load": {"level": badge.level.value, "text": badge.text, "source": badge.source},
            "signals": [s.value for s in check.signals] if check else [],
            "risk_groups": [g.value for g in risk.groups],
            "risk_factors": sorted({f.value for f in risk.factors} | (
                {f.value for f in check.risk_factors} if check else set())),
        })
    return out


def findings_summary(case: Case, today: str | None = None) -> list[dict[str, object]]:
    """The strengths and risks: code, risk or strength, people, figures, the sentence and the
    suggested support."""
    from .analysis import findings

    net = case.network
    return [{"code": f.code, "risk": f.risk, "text": f.text,
             "people": [{"id": p, "name": net.people[p].name} for p in f.people
                        if p in net.people],
             "figures": f.figures,
             "suggestions": [{"area": s.area.value, "destination": s.destination.value}
                             for s in f.suggestions]}
            for f in findings(case, today)]


def mantelscan_summary(case: Case, today: str | None = None) -> dict[str, object]:
    """The five steps: done or not, the rule, and what is still missing."""
    from .analysis.mantelscan import steps

    path = steps(case, today)
    return {"done": sum(s.done for s in path), "steps": [
        {"number": s.number, "title": s.title, "done": s.done, "rule": s.rule,
         "missing": [m.text for m in s.missing]} for s in path],
        "conclusion": case.scan.text, "conclusion_date": case.scan.date}


def summary_text(case: Case) -> str:
    s = summary(case)
    ties = s["ties"]
    assert isinstance(ties, dict)
    client = s["client"]
    name = client["name"] if isinstance(client, dict) else "?"
    from .labels import label
    from .model import TieKind

    parts = ", ".join(f"{v} × {label(TieKind(k)).lower()}" for k, v in ties.items())
    text = tr("Geldig casusbestand: {n} personen, relaties: {t}; cliënt: {c}.",
              n=s["people"], t=parts, c=name)
    warnings = s["warnings"]
    assert isinstance(warnings, list)
    for w in warnings:
        text += "\n" + tr("Let op (relatie {rid}): {message}", rid=w["record"],
                          message=w["message"])
    if case.snapshots:
        text += "\n" + tr("Momentopnames:") + " " + "; ".join(
            f"{snap.name} ({display(snap.date)})" for snap in case.snapshots) + "."
    return text


if __name__ == "__main__":
    raise SystemExit(main())
