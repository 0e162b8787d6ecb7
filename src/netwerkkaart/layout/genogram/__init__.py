"""The genogram layout pipeline, stage by stage (``shared/genogram-layout.md`` section 3).

* :mod:`.family`: who is drawn, unions, one layout family per child, twins (S0);
* :mod:`.rows`: generations as one small linear program (S1);
* :mod:`.blocks`: partners on one row as rigid blocks (S2);
* :mod:`.order`: initial order and sibship-preserving sweeps (S3, S4);
* :mod:`.xplace`: x by isotonic regression, pins as hard constraints (S5);
* :mod:`.levels`: couple-line and bar levels, row heights (S6);
* :mod:`.pipeline`: :func:`genogram_layout`, the stages in order;
* :mod:`.draw` and :mod:`.lines`: the display list from a layout, in the notation of
  :mod:`..notation`.

The map itself (what it shows, its legend, what a drop means) is :mod:`..maps.genogram`.
"""

from .pipeline import genogram_layout
from .types import GenogramLayout

__all__ = ["GenogramLayout", "genogram_layout"]
