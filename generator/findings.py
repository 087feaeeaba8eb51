"""Problems found in the input, as values with a position."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from generator.text import visible


class Level(StrEnum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one file, at a 1-based line, found by the rule with id `rule`
    (every id is listed with its explanation in generator/rules.py and on the Bijdragen page)."""

    path: str
    line: int
    message: str
    level: Level
    rule: str

    def format(self) -> str:
        """One line for the terminal; invisible and control characters are shown as escapes."""
        return visible(f"{self.path}:{self.line}: {self.level.value}: {self.message} [{self.rule}]")

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "level": self.level.value}


def error(path: str, line: int, message: str, rule: str) -> Finding:
    return Finding(path, line, message, Level.ERROR, rule)


def warning(path: str, line: int, message: str, rule: str) -> Finding:
    return Finding(path, line, message, Level.WARNING, rule)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.level is Level.ERROR for f in findings)
