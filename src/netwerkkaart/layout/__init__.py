"""Placement and drawing geometry for every map, shared by the screen, PNG/SVG and the PDF.
Pure Python: no Qt. Coordinates are scene units (1 unit = 1 pixel at 100% zoom), y down."""
