"""Problems found in the input, as values with a position."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one file, at a 1-based line."""

    path: str
    line: int
    message: str
    level: Level = Level.ERROR

    def format(self) -> str:
        return f"{self.path}:{self.line}: {self.level.value}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "level": self.level.value}


def error(path: str, line: int, message: str) -> Finding:
    return Finding(path, line, message, Level.ERROR)


def warning(path: str, line: int, message: str) -> Finding:
    return Finding(path, line, message, Level.WARNING)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.level is Level.ERROR for f in findings)
