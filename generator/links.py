"""`python -m generator links`: check every web address in the catalog.

For editors on a machine with internet access. Addresses are fetched a few at a time with a
time-out; a redirect is reported (the record may need the new address), a failure is an error.
Every result is a finding at the file and line of the address.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.client import HTTPException

from generator.catalog import walk_keys
from generator.findings import Finding, error, warning
from generator.load import Document

USER_AGENT = "Ondersteuningswijzer-linkcontrole/1.0"


@dataclass(frozen=True)
class Target:
    path: str
    line: int
    url: str


@dataclass(frozen=True)
class Outcome:
    """What fetching one address gave: an HTTP status (0 when no answer) and, for a redirect,
    where it points; `problem` explains a failure without a status."""

    status: int
    location: str = ""
    problem: str = ""


def targets(documents: Iterable[Document]) -> list[Target]:
    """Every `url` value in the catalog with its position, in file order."""
    return [Target(d.path, d.line_of(path), value)
            for d in documents for path, value in walk_keys(d.data, ("url",)) if isinstance(value, str)]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # report the redirect instead of following it


def fetch(url: str, timeout: float) -> Outcome:
    """HEAD the address (GET when the server refuses HEAD), without following redirects."""
    opener = urllib.request.build_opener(_NoRedirect)
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with opener.open(request, timeout=timeout) as response:
                return Outcome(response.status)
        except urllib.error.HTTPError as exc:
            if exc.code in (405, 501) and method == "HEAD":
                continue
            return Outcome(exc.code, exc.headers.get("Location", ""))
        except TimeoutError:
            return Outcome(0, problem=f"geen antwoord binnen {_seconds(timeout)} seconden")
        except (urllib.error.URLError, HTTPException, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                return Outcome(0, problem=f"geen antwoord binnen {_seconds(timeout)} seconden")
            return Outcome(0, problem=f"niet bereikbaar ({reason})")
    return Outcome(0, problem="de server weigert HEAD en GET")


def _seconds(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def judge(target: Target, outcome: Outcome) -> Finding | None:
    """A finding for an address that does not simply answer 200, or None."""
    where = f"webadres {target.url}"
    if 200 <= outcome.status < 300:
        return None
    if 300 <= outcome.status < 400:
        new = f" naar {outcome.location}" if outcome.location else ""
        return warning(target.path, target.line, f"{where} verwijst door{new} (HTTP {outcome.status}); "
                       "neem het nieuwe adres over als het de juiste pagina is", "webadres-verwijst-door")
    if outcome.status:
        return error(target.path, target.line, f"{where} geeft HTTP {outcome.status}; zoek het juiste adres "
                     "of leg in 'verificaties' vast dat het product niet meer bestaat", "webadres-werkt-niet")
    return error(target.path, target.line, f"{where}: {outcome.problem}; probeer het later nog eens of zoek "
                 "het juiste adres", "webadres-werkt-niet")


def check_links(found: list[Target], timeout: float = 10.0, workers: int = 8) -> Iterator[Finding]:
    """Fetch the addresses at most `workers` at a time (each once) and judge them."""
    unique = list(dict.fromkeys(t.url for t in found))
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        outcomes = dict(zip(unique, pool.map(lambda url: fetch(url, timeout), unique), strict=True))
    for target in found:
        finding = judge(target, outcomes[target.url])
        if finding is not None:
            yield finding
