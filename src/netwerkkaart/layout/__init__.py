"""Placement and drawing geometry of every map, shared by the screen, PNG/SVG and the PDF.

Pure Python, no Qt. Coordinates are scene units (1 unit = 1 pixel at 100% zoom), y down.

Start at the maps:

* :mod:`.registry`: the one description per map (:class:`~.registry.MapSpec`): which people
  it shows, its layout (cached on its real inputs), its display list and legend, what a drop
  means, and which groups an edit redraws;
* :mod:`.maps`: the genogram, the ecogram and the netwerkkaart.

Then the stages and the notation they use:

* :mod:`.genogram`: the genogram layout pipeline, stage by stage;
* :mod:`.radial`: placement around the client (ecogram, netwerkkaart rings and sectors);
* :mod:`.notation`: symbols, lines and legends;
* :mod:`.primitives`, :mod:`.style`, :mod:`.text`: the display list, sizes and colours, and
  the text metric of the one shipped font.
"""
