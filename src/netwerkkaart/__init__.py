"""Netwerkkaart: genogram, ecogram and netwerkkaart for Dutch social-care professionals."""

__version__ = "0.1.0"
