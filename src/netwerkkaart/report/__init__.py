"""The dossier PDF (reportlab, Qt-free): the maps as vector drawings from the same registry
and geometry as the screen, every section the case has, at a privacy level chosen at export.

* :mod:`.privacy`: the three levels, field by field;
* :mod:`.drawing`: a map as a vector drawing, painted with the embedded map font;
* :mod:`.pdf`: the document (:func:`~.pdf.build_pdf` returns bytes).

The document module (reportlab's platypus) is imported at first use, not when the app starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .privacy import Privacy, Redaction, drawing_case, redaction

if TYPE_CHECKING:
    from .pdf import ReportOptions, build_pdf, write_pdf

__all__ = ["Privacy", "Redaction", "ReportOptions", "build_pdf", "drawing_case", "redaction",
           "write_pdf"]


def __getattr__(name: str) -> Any:
    if name in ("ReportOptions", "build_pdf", "write_pdf"):
        from . import pdf

        return getattr(pdf, name)
    raise AttributeError(name)
