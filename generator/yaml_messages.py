"""YAML syntax errors in Dutch, on the line where the editor should look.

The parser's own text is English and often points past the real mistake (an unclosed
quote is noticed lines later, where another quote happens to close it). Every message here
is Dutch; no parser text reaches the editor.
"""

from __future__ import annotations

import yaml

from generator.findings import Finding, error
from generator.text import visible

# (part of the parser's problem text, Dutch explanation); the first match wins.
PROBLEMS: list[tuple[str, str]] = [
    ("mapping values are not allowed", "een dubbele punt met een spatie erna (': ') staat midden in een "
     "waarde; zet de hele waarde tussen aanhalingstekens, bijvoorbeeld titel: \u201cRaad: rol en "
     "positie\u201d met rechte dubbele aanhalingstekens"),
    ("could not find expected ':'", "na de veldnaam ontbreekt ': ', of de tekst van de regel "
     "erboven loopt door zonder inspringing; schrijf 'veld: waarde' of spring de vervolgregel in"),
    ("did not find expected key", "de inspringing klopt niet: deze regel springt anders in dan de "
     "velden erboven; gebruik voor velden op hetzelfde niveau precies evenveel spaties"),
    ("did not find expected '-' indicator", "de inspringing van de lijst klopt niet: elk item begint "
     "met '- ' en staat even ver ingesprongen als de andere items"),
    ("block sequence entries are not allowed", "een lijstitem ('- ') mag hier niet staan; zet het op "
     "een eigen regel, ingesprongen onder het veld"),
    ("mapping keys are not allowed", "hier mag geen nieuw veld beginnen; controleer de inspringing"),
    ("did not find expected ',' or ']'", "in een lijst tussen [ en ] ontbreekt een komma of de "
     "afsluitende ]; zet tekst met een komma of dubbele punt tussen aanhalingstekens"),
    ("did not find expected ',' or '}'", "in een mapping tussen { en } ontbreekt een komma of de "
     "afsluitende }"),
    ("found unexpected ':'", "een dubbele punt staat op een plek waar dat niet mag; zet de waarde "
     "tussen aanhalingstekens"),
    ("found unknown escape character", "tussen dubbele aanhalingstekens heeft een backslash (\\) een "
     "speciale betekenis; gebruik enkele aanhalingstekens of schrijf \\\\"),
    ("invalid Unicode character escape", "tussen dubbele aanhalingstekens staat een ongeldige "
     "\\u- of \\x-code; gebruik enkele aanhalingstekens of typ het teken zelf"),
    ("undefined alias", "een alias (*naam) verwijst naar een anker (&naam) dat niet bestaat; zet een "
     "waarde die met * begint tussen aanhalingstekens"),
    ("duplicate anchor", "een anker (&naam) staat er twee keer in; zet een waarde die met & begint "
     "tussen aanhalingstekens"),
    ("expected alphabetic or numeric character", "na & of * moet een naam staan; zet een waarde die "
     "met & of * begint tussen aanhalingstekens"),
    ("single document", "het bestand bevat meer dan één document (gescheiden door ---); een record is "
     "één document"),
    ("another document", "het bestand bevat meer dan één document (gescheiden door ---); een record is "
     "één document"),
    ("document indicator", "een regel met alleen --- of ... scheidt documenten; binnen een tekst "
     "moet die regel ingesprongen staan"),
    ("tag", "een waarde die met ! begint is een YAML-label; zet de waarde tussen aanhalingstekens"),
    ("directive", "een regel die met % begint is een YAML-instructie; zet de tekst tussen "
     "aanhalingstekens"),
    ("indentation indicator", "na | of > mag alleen een cijfer van 1 tot 9 staan"),
    ("expected comment or line break", "na | of > of na een afgesloten waarde mag op dezelfde regel "
     "alleen nog commentaar (#) staan"),
    ("maximum nesting depth", "de gegevens zijn te diep genest; controleer de haakjes [ en {"),
    ("expected <document start>", "hier staat tekst waar geen nieuw veld kan beginnen; controleer de "
     "inspringing en de dubbele punten"),
    ("found character that cannot start any token", "dit teken kan een waarde niet beginnen; zet de "
     "waarde tussen aanhalingstekens"),
]
GENERAL = ("de YAML-opbouw klopt hier niet; controleer de inspringing, de dubbele punten (veld: "
           "waarde) en de aanhalingstekens")
UNCLOSED_QUOTE = ("aanhalingsteken wordt niet gesloten; zet aan het eind van de tekst hetzelfde teken")
UNCLOSED_FLOW = "een lijst [ of mapping { wordt niet gesloten met ] of }"
TAB = "tab-teken gevonden; spring in met spaties, niet met tabs"


def _char_at(text: str, mark: yaml.Mark | None) -> str:
    lines = text.splitlines()
    if mark is None or mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return ""
    return lines[mark.line][mark.column]


def _at_end(text: str, mark: yaml.Mark | None) -> bool:
    """True when the parser only noticed the problem at the end of the file."""
    return mark is None or not text[mark.index:].strip()


def _open_quote(text: str, loader: type, problem_line: int) -> int | None:
    """Line of a quoted text that runs over several lines and ends on the problem line: an
    unclosed quote that a later quote (often in a comment) closed by accident."""
    scanner = loader(text)
    try:
        while scanner.check_token():
            token = scanner.get_token()
            if (isinstance(token, yaml.ScalarToken) and token.style in ('"', "'")
                    and token.start_mark.line < token.end_mark.line == problem_line):
                return token.start_mark.line + 1
    except yaml.YAMLError:
        return None
    finally:
        scanner.dispose()
    return None


def _explain(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or ""
    return next((dutch for english, dutch in PROBLEMS if english in problem), GENERAL)


def syntax_error(exc: yaml.MarkedYAMLError | None, text: str, path: str, loader: type) -> Finding:
    """A YAML syntax error as a Dutch finding, pointing where the editor should look."""
    if exc is None:
        return error(path, 1, GENERAL, "yaml-syntax")
    context = exc.context or ""
    at_end = _at_end(text, exc.problem_mark)
    mark = (exc.context_mark if at_end else None) or exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    char = _char_at(text, exc.problem_mark)
    if char == "\t" or "tab" in (exc.problem or ""):
        return error(path, line, TAB, "yaml-syntax")
    if mark and (quote_line := _open_quote(text, loader, mark.line)):
        return error(path, quote_line, UNCLOSED_QUOTE, "yaml-syntax")
    if at_end and "quoted scalar" in context:
        return error(path, line, UNCLOSED_QUOTE, "yaml-syntax")
    if at_end and "flow" in context:
        return error(path, line, UNCLOSED_FLOW, "yaml-syntax")
    shown = _char_at(text, mark)
    where = f" (kolom {mark.column + 1}, bij '{visible(shown)}')" if mark and shown.strip() else ""
    return error(path, line, f"{_explain(exc)}{where}", "yaml-syntax")
