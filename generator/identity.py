"""Who runs the site and when it was published: `extra.redactie` in mkdocs.yml plus the build date.

Shown in the footer (overrides/partials/copyright.html) and on *Over deze site* (the snippet
catalogus/_redactie.md). A value that is not configured is left out: the site never names an
editor or an address that nobody configured.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from generator.render import environment
from generator.text import dutch_date

EMAIL = re.compile(r"[^@\s/:]+@[^@\s/:]+\.[^@\s/:]+")


def redactie(config: Mapping[str, Any]) -> dict[str, str]:
    """`extra.redactie` with every unset value left out."""
    values = (config.get("extra") or {}).get("redactie") or {}
    return {key: str(value).strip() for key, value in values.items() if value and str(value).strip()}


def contact_url(value: str) -> str | None:
    """A link for the contact value: an https:// address, or mailto: for an e-mail address."""
    if value.startswith("https://") and " " not in value:
        return value
    if EMAIL.fullmatch(value):
        return f"mailto:{value}"
    return None


def identity_extra(config: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    """`extra` values that the build adds for the footer: the publication date and the contact link."""
    extra = {"gepubliceerd": dutch_date(today.isoformat())}
    link = contact_url(redactie(config).get("contact", ""))
    if link:
        extra["contact_url"] = link
    return extra


def identity_files(config: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    """The identity paragraph of *Over deze site*, as a generated snippet."""
    values = redactie(config)
    extra = identity_extra(config, today)
    text = environment().get_template("redactie.md.j2").render(
        naam=values.get("naam"), contact=values.get("contact"), contact_url=extra.get("contact_url"),
        gepubliceerd=extra["gepubliceerd"])
    return {"_redactie.md": text}
