"""Analysis of the network: strengths and risks as structured findings, and the MantelScan
path. No Qt."""

from __future__ import annotations

from .findings import THRESHOLDS, Finding, Suggestion, Thresholds, by_priority, findings

__all__ = ["THRESHOLDS", "Finding", "Suggestion", "Thresholds", "by_priority", "findings"]
