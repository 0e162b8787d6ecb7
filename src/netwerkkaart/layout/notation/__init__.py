"""The notation every map draws with, as Qt-free display lists: person symbols, couple and
child lines, emotional lines, Hartman support lines, and the legends that explain them."""
