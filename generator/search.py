"""Site search: the editors' zoekterm groups, and the Pagefind index of the built site.

A zoekterm group (catalog/zoektermen/<id>.yaml) names words that users type and the records
they should lead to. Its terms are printed on those records' pages ("Ook gezocht als: …"), where
Pagefind indexes them with a high weight, and added to the product overview's search text. Its
misspellings go to the browser as data/zoektermen.json and are corrected there before a search.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.model import Site

Record = dict[str, Any]

SPELLING_FILE = "data/zoektermen.json"
PAGEFIND_FOLDER = "pagefind"
# field of a zoekterm group → the kind of record its ids name, and the Site attribute holding those
TARGETS: dict[str, tuple[str, str]] = {
    "knelpunten": ("knelpunt", "knelpunten"),
    "instrumenten": ("instrument", "instrumenten"),
    "producten": ("product", "producten"),
    "routes": ("route", "routes"),
}
# Left out of the index: permalink signs, breadcrumbs, the no-JavaScript note of the overview, and
# the titles of the sources a page cites. Nearly every record cites the report, whose title holds
# "Wet gemeenschappelijke regelingen": indexed, that query matched every page and took Pagefind
# seconds at 100x the catalog. The sources are found on their own page.
PAGEFIND_IGNORED = (".headerlink", ".kruimelpad", ".zonder-script", "a[href*='bronnen.html#']")


def zoekterm_groups(site: Site) -> list[Record]:
    """The validated zoekterm groups, by id (as the YAML files say them)."""
    return [record for (kind, _), record in sorted(site.originals.items()) if kind == "zoekterm"]


def terms_by_record(groups: list[Record]) -> dict[tuple[str, str], list[str]]:
    """(kind, id) → the terms of every group that points to the record, each once."""
    terms: dict[tuple[str, str], list[str]] = {}
    for group in groups:
        for field, (kind, _) in TARGETS.items():
            for record_id in group.get(field, []):
                known = terms.setdefault((kind, record_id), [])
                known.extend(t for t in group["termen"] if t not in known)
    return terms


def record_terms(site: Site, groups: list[Record]) -> Callable[[Record], list[str]]:
    """A lookup from a record of the site to its zoektermen, for the "Ook gezocht als" line.

    Templates hold the record, not its kind; ids may repeat across kinds, so the kind is the
    collection that holds this very record."""
    terms = terms_by_record(groups)

    def lookup(record: Record) -> list[str]:
        for kind, attribute in TARGETS.values():
            if getattr(site, attribute).get(record["id"]) is record:
                return terms.get((kind, record["id"]), [])
        return []

    return lookup


def normalise(text: str) -> str:
    """Lower case with single spaces, as the browser compares (before removing diacritics)."""
    return " ".join(text.lower().split())


def spelling_corrections(groups: list[Record]) -> dict[str, str]:
    """Misspelling → the group's first term, both normalised."""
    return {normalise(wrong): normalise(group["termen"][0])
            for group in groups for wrong in group.get("spelfouten", [])}


def spelling_file(groups: list[Record]) -> dict[str, str]:
    """The file the browser's searches read their spelling corrections from."""
    data = {"spelfouten": spelling_corrections(groups)}
    return {SPELLING_FILE: json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"}


def index_site(site_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run Pagefind over the built HTML; it writes its index into site_dir/pagefind/.

    Only what a page marks with data-pagefind-body is indexed (overrides/main.html)."""
    command = [sys.executable, "-m", "pagefind_bin", "--site", str(site_dir),
               "--output-subdir", PAGEFIND_FOLDER, "--force-language", "nl",
               "--exclude-selectors", ", ".join(PAGEFIND_IGNORED), "--quiet"]
    return subprocess.run(command, capture_output=True, text=True, check=False)
