"""The dossier PDF and image exports: the example case, 1,000 people, a 2,157-person GEDCOM
to a genogram PDF, and the peak memory of exports of that tree (each in a fresh process).

The side-by-side with Gramps' relationship graph of the same tree needs Debian's gramps
package (it ships that example tree): :func:`gramps_line` says how to get it and skips when
it is not installed.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREE = 2157


def _median(fn: Callable[[], object], repeats: int = 3) -> tuple[float, float, float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


def _child(code: str) -> str:
    """Run ``code`` in a fresh interpreter (offscreen Qt) and return what it printed."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": f"{ROOT}:{ROOT / 'src'}",
           "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                         text=True, env=env, timeout=900)
    return (out.stdout or out.stderr).strip().splitlines()[-1]


PEAK = """
import resource, time
from netwerkkaart.io.gedcom import read_gedcom
from tests.io.gedcom_gen import generate_gedcom
case = read_gedcom(generate_gedcom({n}, seed=5).encode()).case
start = time.perf_counter()
{body}
took = time.perf_counter() - start
# VmHWM is this process image's own peak (ru_maxrss would include the parent's: it survives
# exec on Linux)
peak = next(int(x.split()[1]) for x in open("/proc/self/status")
            if x.startswith("VmHWM")) / 1024
print(f"{{took:.2f}} s, peak {{peak:.0f}} MB")
"""


def run() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.network_cases import random_network_case

    from netwerkkaart.example import example_case
    from netwerkkaart.report import build_pdf

    example = example_case()
    med, lo, hi = _median(lambda: build_pdf(example))
    size = len(build_pdf(example)) // 1024
    print(f"pdf example case: {med:.2f} s (min {lo:.2f}, max {hi:.2f}), {size} KB")
    big = random_network_case(1000, 11)
    med, lo, hi = _median(lambda: build_pdf(big), repeats=3)
    print(f"pdf 1,000 people, three maps: {med:.2f} s (min {lo:.2f}, max {hi:.2f})")
    print("gedcom 2,157 people to a genogram pdf (import + layout + pdf): " + _child(
        PEAK.format(n=TREE, body="from netwerkkaart.report import build_pdf, ReportOptions\n"
                    "from netwerkkaart.model import MapKind\n"
                    "build_pdf(case, ReportOptions(maps=(MapKind.GENOGRAM,)))")))
    print("png of the 2,157-person genogram (capped): " + _child(
        PEAK.format(n=TREE, body="from netwerkkaart.ui.qt_setup import application\n"
                    "application([])\n"
                    "from netwerkkaart.ui.export_image import map_png\n"
                    "from netwerkkaart.model import MapKind\n"
                    "r = map_png(case, MapKind.GENOGRAM, scale=2.0)\n"
                    "print(r.width, r.height)")))
    print(gramps_line())


def gramps_line() -> str:
    gramps = shutil.which("gramps")
    if gramps is None:
        return ("gramps side-by-side: skipped (not installed; `apt-get install gramps` as root "
                "installs it and its example tree, /usr/share/doc/gramps/example/gramps/"
                "example.gramps)")
    example = Path("/usr/share/doc/gramps/example/gramps/example.gramps")
    if not example.exists():
        return "gramps side-by-side: skipped (example.gramps not found)"
    with tempfile.TemporaryDirectory() as folder:
        ged = Path(folder) / "example.ged"
        subprocess.run([gramps, "-y", "-q", "-i", str(example), "-e", str(ged)],
                       capture_output=True, timeout=900)
        start = time.perf_counter()
        subprocess.run([gramps, "-y", "-q", "-i", str(example), "-a", "report", "-p",
                        f"name=rel_graph,off=pdf,of={folder}/rel.pdf"],
                       capture_output=True, timeout=1800)
        t_gramps = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "netwerkkaart.cli", "import", str(ged), "-o",
                        f"{folder}/tree.netwerkkaart"], capture_output=True, timeout=900)
        subprocess.run([sys.executable, "-m", "netwerkkaart.cli", "export",
                        f"{folder}/tree.netwerkkaart", "-o", f"{folder}/tree.pdf", "--maps",
                        "genogram"], capture_output=True, timeout=900)
        t_ours = time.perf_counter() - start
    return (f"gramps side-by-side, example.gramps: gramps relationship graph pdf {t_gramps:.1f} s,"
            f" netwerkkaart gedcom to genogram pdf {t_ours:.1f} s "
            f"(ratio {t_ours / max(t_gramps, 1e-9):.2f})")
