"""Placement around the client for the ecogram and the netwerkkaart (rings, sectors, slots)."""
