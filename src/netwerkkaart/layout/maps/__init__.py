"""The three maps, registered in :data:`..registry.MAPS` on import."""

from . import ecogram, genogram, netwerkkaart

__all__ = ["ecogram", "genogram", "netwerkkaart"]
