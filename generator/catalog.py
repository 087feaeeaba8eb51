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
    ("knelpunt", ("oplossingsrichtingen", "*", "voorstellen", "*"), "product"),
    ("knelpunt", ("gerelateerd", "*"), "knelpunt"),
    ("knelpunt", ("instrumenten", "*"), "instrument"),
    ("product", ("knelpunten", "*"), "knelpunt"),
    ("instrument", ("ondersteuning", "*", "product"), "product"),
    ("instrument", ("ondersteuning", "*", "bron", "*", "document"), "bron"),
    ("praktijkvoorbeeld", ("knelpunten", "*"), "knelpunt"),
    ("vragenlijst", ("stellingen", "*", "instrumenten", "*"), "instrument"),
    ("*", ("bron", "*", "document"), "bron"),
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
    """Ids of all products a knelpunt names: existing support and proposals."""
    patterns = [p for k, p, t in REFERENCES if k == "knelpunt" and t == "product"]
    return {v for p in patterns for _, v in walk(knelpunt, p) if isinstance(v, str)}
