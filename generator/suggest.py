""""Bedoel je …?": a suggestion only when it is really close.

A wrong suggestion is worse than none: an editor who follows it breaks a correct link. So a
candidate is suggested when it differs by a typo or two (a few letters, scaled to the length),
or when every word of what was typed occurs in its id or title ('weerbaar-bestuur' for
'Netwerk weerbaar bestuur'), and only when exactly one candidate fits best.
"""

from __future__ import annotations

import re
import unicodedata

MIN_WORDS_FOR_TITLE_MATCH = 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance with adjacent swaps counted once; above limit it returns limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def typo_limit(text: str) -> int:
    """How many edits still count as a typo: none in an abbreviation ('vng' is not 'vvg'), 1 in
    a short word, 2 in most ids, 3 in long ones."""
    return 0 if len(text) <= 3 else 1 if len(text) <= 6 else 2 if len(text) <= 20 else 3


def words(text: str) -> set[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return set(re.findall(r"[a-z0-9]+", ascii_text))


def closest(value: str, candidates: dict[str, str]) -> str | None:
    """The one candidate id (of {id: title}) that value most likely meant, or None."""
    if not value or value in candidates:
        return None
    limit = typo_limit(value)
    distances = {c: edit_distance(value.lower(), c.lower(), limit) for c in candidates}
    best = min(distances.values(), default=limit + 1)
    typos = [c for c, d in distances.items() if d == best and d <= limit]
    if len(typos) == 1:
        return typos[0]
    typed = words(value)
    if len(typed) < MIN_WORDS_FOR_TITLE_MATCH or typos:
        return None
    containing = [c for c, title in candidates.items() if typed <= words(c) | words(title)]
    return containing[0] if len(containing) == 1 else None


def hint(value: object, candidates: dict[str, str]) -> str:
    """' Bedoel je 'x'?' or nothing."""
    match = closest(value, candidates) if isinstance(value, str) else None
    return f" Bedoel je '{match}'?" if match else ""


def similar(title: str, titles: dict[str, str]) -> list[str]:
    """Keys of the titles that are the same as title or very like it: a typo apart, or one's
    words (at least two) all in the other ('Weerbaar Bestuur', 'Netwerk weerbaar bestuur')."""
    typed = words(title)
    normal = " ".join(sorted(typed))
    found = []
    for key, other in titles.items():
        theirs = words(other)
        shorter = min(typed, theirs, key=len)
        close = edit_distance(normal, " ".join(sorted(theirs)), typo_limit(normal)) <= typo_limit(normal)
        if close or (len(shorter) >= MIN_WORDS_FOR_TITLE_MATCH and shorter <= typed & theirs):
            found.append(key)
    return found
