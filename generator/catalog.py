"""The shape of the catalog: the record kinds, and where one record refers to another.

Both the validator (which checks every reference) and the model (which derives the reverse
direction of every link) read the link table here, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.load import Document, KeyPath

Index = dict[str, dict[str, Document]]

# (record kind or "*", key path with "*" for any list item, kind it points to)
REFERENCES: list[tuple[str, KeyPath, str]] = [
    ("knelpunt", ("ondersteuningsbehoefte", "*", "bestaande_ondersteuning", "*"), "product"),
    ("knelpunt", ("ondersteuningsbehoefte", "*", "voorstellen", "*"), "product"),
    ("knelpunt", ("ondersteuningsbehoefte", "*", "voorstel_bouwt_voort_op", "*"), "product"),
    ("knelpunt", ("oplossingsrichtingen", "*", "voorstellen", "*"), "product"),
    ("knelpunt", ("producten", "*"), "product"),
    ("knelpunt", ("gerelateerd", "*"), "knelpunt"),
    ("knelpunt", ("instrumenten", "*"), "instrument"),
    ("product", ("knelpunten", "*"), "knelpunt"),
    ("product", ("instrumenten", "*"), "instrument"),
    ("product", ("aanbieders", "*"), "aanbieder"),
    ("instrument", ("ondersteuning", "*", "product"), "product"),
    ("instrument", ("ondersteuning", "*", "bron", "*", "document"), "bron"),
    ("instrument", ("organisaties", "*"), "aanbieder"),
    ("praktijkvoorbeeld", ("knelpunten", "*"), "knelpunt"),
    ("bron", ("aanbieder",), "aanbieder"),
    ("route", ("stappen", "*", "knelpunten", "*"), "knelpunt"),
    ("route", ("stappen", "*", "instrumenten", "*"), "instrument"),
    ("route", ("stappen", "*", "producten", "*"), "product"),
    ("route", ("stappen", "*", "praktijkvoorbeelden", "*"), "praktijkvoorbeeld"),
    ("vragenlijst", ("stellingen", "*", "instrumenten", "*"), "instrument"),
    ("*", ("bron", "*", "document"), "bron"),
    ("*", ("beheer", "organisatie"), "aanbieder"),
]

# Where the report itself names a product for a knelpunt (the tables of chapters 2 and 3).
REPORT_LINKS: list[KeyPath] = [
    ("ondersteuningsbehoefte", "*", "bestaande_ondersteuning", "*"),
    ("ondersteuningsbehoefte", "*", "voorstellen", "*"),
    ("ondersteuningsbehoefte", "*", "voorstel_bouwt_voort_op", "*"),
    ("oplossingsrichtingen", "*", "voorstellen", "*"),
]


def walk(data: Any, pattern: KeyPath, here: KeyPath = ()) -> Iterator[tuple[KeyPath, Any]]:
    """Yield (key path, value) for every place in data that matches the pattern."""
    if not pattern:
        yield here, data
        return
    step, rest = pattern[0], pattern[1:]
    if step == "*" and isinstance(data, list):
        for index, item in enumerate(data):
            yield from walk(item, rest, (*here, index))
    elif isinstance(data, dict) and step in data:
        yield from walk(data[step], rest, (*here, step))


def walk_keys(data: Any, keys: tuple[str, ...], here: KeyPath = ()) -> Iterator[tuple[KeyPath, Any]]:
    """Yield (key path, value) for every mapping key named in keys, at any depth."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys:
                yield (*here, key), value
            yield from walk_keys(value, keys, (*here, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from walk_keys(item, keys, (*here, index))


def products_named_by(knelpunt: dict[str, Any]) -> set[str]:
    """Ids of the products the report names for a knelpunt: existing support and proposals."""
    return {v for p in REPORT_LINKS for _, v in walk(knelpunt, p) if isinstance(v, str)}
