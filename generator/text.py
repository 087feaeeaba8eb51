"""Escaping of catalog text for the two places it lands: Markdown and raw HTML.

Catalog text is plain text. It must never become markup it did not ask for, so every
value a template prints is escaped unless the template marks it as built markup.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any

from markupsafe import Markup

# Python-Markdown's escapable characters plus '|' (tables); others would show a backslash.
MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+!|])")
LIST_START = re.compile(r"^(\d+)([.)])|^-")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def markdown_inline(value: object) -> Markup:
    """Plain text as one line of Markdown that renders exactly as written."""
    text = " ".join(str(value).split())
    text = MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(text, quote=False))
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
