"""Coding the events a report describes in ACLED's taxonomy."""
