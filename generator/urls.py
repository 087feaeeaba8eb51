"""Where each record's page lives in the generated folder catalogus/."""

from __future__ import annotations

FOLDER = {"knelpunt": "knelpunten", "product": "producten", "instrument": "instrumenten",
          "praktijkvoorbeeld": "praktijk", "rol": "rollen", "aanbieder": "aanbieders", "fase": "fasen",
          "route": "routes"}


def page_url(kind: str, record_id: str, suffix: str = ".md") -> str:
    """Path of a record page relative to catalogus/."""
    return f"{FOLDER[kind]}/{record_id}{suffix}"
