"""Reading and writing cases: the case file, atomic saves, GEDCOM import. No Qt."""
