"""Load instruments for carers (EDIZ, EDIZ-plus, CSI): definitions as data, scoring as pure
functions. No Qt.

    >>> from netwerkkaart.instruments import score
    >>> score("ediz_plus", [2] * 9 + [0] * 6).band
    'zwaar'
"""

from __future__ import annotations

from .definitions import CSI, EDIZ, EDIZ_PLUS, INSTRUMENTS, Band, Instrument
from .scoring import Score, band_of, check_answers, instrument, partial_total, score

__all__ = [
    "CSI", "EDIZ", "EDIZ_PLUS", "INSTRUMENTS", "Band", "Instrument", "Score", "band_of",
    "check_answers", "instrument", "partial_total", "score",
]
