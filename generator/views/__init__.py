"""Per-page view models: everything a template prints, worked out in Python.

Templates only print what a view gives them: no counts, no filtering, no guards for missing
fields. One module per family of pages.
"""
