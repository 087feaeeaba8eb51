"""Problems found in the input, as values with a position."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one file, at a 1-based line, found by the rule with id `rule`
    (listed with its explanation on the Bijdragen page)."""

    path: str
    line: int
    message: str
    level: Level = Level.ERROR
    rule: str = ""

    def format(self) -> str:
        rule = f" [{self.rule}]" if self.rule else ""
        return f"{self.path}:{self.line}: {self.level.value}: {self.message}{rule}"

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "level": self.level.value}


def error(path: str, line: int, message: str, rule: str = "") -> Finding:
    return Finding(path, line, message, Level.ERROR, rule)


def warning(path: str, line: int, message: str, rule: str = "") -> Finding:
    return Finding(path, line, message, Level.WARNING, rule)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.level is Level.ERROR for f in findings)
