"""Escaping of catalog text for the two places it lands: Markdown and raw HTML.

Catalog text is plain text. It must never become markup it did not ask for, so every
value a template prints is escaped unless the template marks it as built markup.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from functools import lru_cache
from typing import Any

from markupsafe import Markup

# Python-Markdown's escapable characters plus '|' (tables); others would show a backslash.
# Escaping '{' and '}' everywhere also stops attr_list ('{: .klasse }', '{ #id }').
MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+!|])")
# What can still start a block at the beginning of a line after that: a list ('-', '1.', '1)'),
# and pymdownx.details ('???', '???+'), whose '?' Markdown cannot backslash-escape, so it becomes
# a character reference. Snippets ('--8<--') cannot start: html.escape has turned '<' into '&lt;'.
LIST_START = re.compile(r"^(\d+)([.)])|^-")
DETAILS_START = re.compile(r"^\?")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def markdown_inline(value: object) -> Markup:
    """Plain text as one line of Markdown that renders exactly as written, wherever a template
    puts it: inline, at the start of a line, in a heading, a list item or a table cell.

    The one escape function for catalog text in Markdown: whitespace becomes one line (no
    indented code, no setext headings, no table rows), HTML is escaped (no md_in_html), Markdown
    punctuation is backslash-escaped (emphasis, links, attr_list, admonitions '!!!', toc
    '[TOC]'), and a block start is neutralised ('-', '1.', '???').
    """
    return _markdown_inline(str(value))


@lru_cache(maxsize=1 << 16)  # names, labels and titles recur on many pages
def _markdown_inline(value: str) -> Markup:
    text = " ".join(value.split())
    text = MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(text, quote=False))
    text = DETAILS_START.sub("&#63;", text, count=1)
    return Markup(LIST_START.sub(_escape_list_start, text, count=1))


def _escape_list_start(match: re.Match[str]) -> str:
    return "\\-" if match.group(0) == "-" else f"{match.group(1)}\\{match.group(2)}"


def paragraphs(value: object) -> Markup:
    """Plain text with blank lines between paragraphs, as Markdown paragraphs."""
    blocks = [b for b in re.split(r"\n\s*\n", str(value).strip()) if b.strip()]
    return Markup("\n\n".join(markdown_inline(b) for b in blocks))


def html_text(value: object) -> Markup:
    """Plain text for raw HTML (tables with data attributes, where Markdown is not parsed)."""
    return Markup(html.escape(" ".join(str(value).split()), quote=True))


# What htm (the browser views' templates) drops: whitespace holding a newline at either end of
# the text between two tags.
HTM_DROPPED_WHITESPACE = re.compile(r"(?<=>)\s*\n\s*|\s*\n\s*(?=<)")


def as_htm_renders(markup: str) -> Markup:
    """Raw HTML of a mount without the whitespace its browser view does not have.

    Preact's first render over the static markup then finds every element where it expects
    it and moves none: a moved element would lose the focus a visitor just gave it.
    """
    return Markup(HTM_DROPPED_WHITESPACE.sub("", markup))


def visible(text: str) -> str:
    """Text with every invisible or control character written as an escape (zero-width space
    as \\u200b, escape as \\x1b): two ids that look alike are told apart, and no terminal
    control sequence from a value reaches the editor's terminal."""
    return "".join(_visible_char(c) for c in text)


def _visible_char(char: str) -> str:
    if char == " " or unicodedata.category(char)[0] not in "CZ":
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def has_visible_text(text: str) -> bool:
    """True when text holds a character one can see: not only spaces, no-break spaces or
    zero-width characters."""
    return any(unicodedata.category(c)[0] not in "CZ" for c in text)


# A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text: a leading apostrophe before a formula start
    (as the zelfscan's export does)."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


def json_for_script(value: Any) -> Markup:
    """JSON that is safe inside <script type="application/json">."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def dutch_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def dutch_source_date(value: str) -> str:
    """A source date as precise as the source gives it: '2020', or '2020-03(-31)' -> 'maart 2020'."""
    year, _, rest = value.partition("-")
    return f"{MONTHS[int(rest[:2]) - 1]} {year}" if rest else year


def finalize(value: object) -> object:
    """Jinja finalize: escape every printed value that is not built markup."""
    if isinstance(value, Markup) or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    if value is None:
        return ""
    return markdown_inline(value)
