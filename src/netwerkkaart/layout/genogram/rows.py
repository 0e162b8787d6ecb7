"""Stage S1 of the genogram layout: which row (generation) each person and union is on.

One small linear program (layout doc §1.1), solved with HiGHS through ``scipy.optimize.linprog``:
an integer-valued variable per person and per union, with

* union row >= each partner's row (cost ``W_PARTNER`` per row of difference),
* child row >= union row + 1 (cost ``W_CHILD`` per extra row; ``W_SECONDARY`` for secondary
  links, which may stretch more easily),
* a tiny upward pull on every variable, so tops sit on row 0 and ties break the same way.

The constraints are difference constraints (a network matrix), so the optimal vertex is
integral; we round anyway. Pinned rows are equality constraints relative to one free shift
variable, so pins keep their rows *relative to each other*; when that is infeasible the row
pins are dropped and the caller warns.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from scipy.optimize import linprog  # type: ignore[import-untyped]
from scipy.sparse import coo_matrix  # type: ignore[import-untyped]

from .family import Family

W_PARTNER = 3.0
W_CHILD = 10.0
W_SECONDARY = 1.0


def assign_rows(fam: Family, row_pins: Mapping[str, int]) -> tuple[dict[str, int], bool]:
    """Rows for every family person; the bool is False when the row pins had to be dropped."""
    if not fam.people:
        return {}, True
    rows = _solve(fam, row_pins)
    if rows is None:
        rows = _solve(fam, {})
        assert rows is not None
        return rows, not row_pins
    return rows, True


def _solve(fam: Family, row_pins: Mapping[str, int]) -> dict[str, int] | None:
    index = {pid: i for i, pid in enumerate(fam.people)}
    n_people = len(index)
    union_keys = list(fam.unions)
    uindex = {k: n_people + i for i, k in enumerate(union_keys)}
    pins = {pid: r for pid, r in sorted(row_pins.items()) if pid in index}
    shift = n_people + len(union_keys)
    n_vars = shift + (1 if pins else 0)
    cost = np.full(n_vars, 1.0 / (10.0 * max(n_vars, 1)))
    rows_i: list[int] = []
    cols_i: list[int] = []
    vals: list[float] = []
    rhs: list[float] = []

    def ge(big: int, small: int, gap: float, weight: float) -> None:
        """big >= small + gap, costing weight * (big - small - gap)."""
        r = len(rhs)
        rows_i.extend((r, r))
        cols_i.extend((small, big))
        vals.extend((1.0, -1.0))
        rhs.append(-gap)
        cost[big] += weight
        cost[small] -= weight

    for key in union_keys:
        u = uindex[key]
        for partner in fam.unions[key].partners:
            ge(u, index[partner], 0.0, W_PARTNER)
    for child in sorted(fam.layout_union):
        ge(index[child], uindex[fam.layout_union[child]], 1.0, W_CHILD)
    for key, child, _rel in fam.secondary:
        ge(index[child], uindex[key], 1.0, W_SECONDARY)
    a_ub = coo_matrix((vals, (rows_i, cols_i)), shape=(len(rhs), n_vars)).tocsr() if rhs else None
    bounds: list[tuple[float | None, float | None]] = [(0.0, None)] * n_vars
    a_eq = b_eq = None
    if pins:
        cost[shift] = 0.0
        bounds[shift] = (None, None)
        eq_r: list[int] = []
        eq_c: list[int] = []
        eq_v: list[float] = []
        b_eq_l: list[float] = []
        for k, (pid, r) in enumerate(pins.items()):
            eq_r.extend((k, k))
            eq_c.extend((index[pid], shift))
            eq_v.extend((1.0, -1.0))
            b_eq_l.append(float(r))
        a_eq = coo_matrix((eq_v, (eq_r, eq_c)), shape=(len(pins), n_vars)).tocsr()
        b_eq = np.array(b_eq_l)
    res = linprog(cost, A_ub=a_ub, b_ub=np.array(rhs) if rhs else None, A_eq=a_eq, b_eq=b_eq,
                  bounds=bounds, method="highs-ds")
    if res.status != 0:
        return None
    values = np.rint(res.x[:n_people]).astype(int)
    low = int(values.min()) if n_people else 0
    return {pid: int(values[i]) - low for pid, i in index.items()}
