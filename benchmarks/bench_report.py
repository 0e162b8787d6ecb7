"""The side-by-side with Gramps (``make bench-gramps``): Gramps' relationship graph of its
2,157-person example tree against our GEDCOM-to-genogram PDF of the same tree. It needs
Debian's gramps package (which ships the tree); :func:`gramps_line` says how to get it and
skips when it is not installed. The PDF figures themselves are rows of :mod:`.suite`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


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
