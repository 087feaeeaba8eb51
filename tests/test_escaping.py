"""Escaping by construction: catalog text never becomes markup it did not ask for.

Every block and inline construct of the site's Markdown extensions (read from mkdocs.yml) is
written as catalog text into every place a template puts text, rendered to HTML with
Python-Markdown and those extensions, and must come out literally, with no element the
template did not write. The open-data CSV neutralises spreadsheet formulas.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml

from generator.build import generate
from generator.render import environment
from generator.text import csv_cell
from tests.conftest import ROOT

SECRET = "GEHEIME-INHOUD-VAN-EEN-SNIPPET"

PAYLOADS = {
    "admonition": '!!! danger "Let op"',
    "admonition without title": "!!! note",
    "details": '??? danger "x"',
    "details open": '???+ note "x"',
    "details with body": "??? note\n    inhoud",
    "attr_list block": "{: .rood #anker }",
    "attr_list after text": "tekst { #anker .klasse }",
    "attr_list inline": "*x*{: .rood }",
    "snippet": '--8<-- "geheim.md"',
    "snippet escaped": ';--8<-- "geheim.md"',
    "snippet block": "--8<--\ngeheim.md\n--8<--",
    "md_in_html": '<div markdown="1">**vet**</div>',
    "raw html": "<script>alert(1)</script>",
    "table": "a | b\n--- | ---\nc | d",
    "table row": "| a | b |",
    "toc marker": "[TOC]",
    "heading": "# kop #",
    "setext heading": "kop\n===",
    "bullet list": "- item",
    "star list": "* item",
    "plus list": "+ item",
    "numbered list": "1. item",
    "numbered list with parenthesis": "1) item",
    "blockquote": "> citaat",
    "indented code": "    code",
    "fenced code": "```\ncode\n```",
    "tilde fence": "~~~\ncode\n~~~",
    "horizontal rule": "---",
    "horizontal rule stars": "***",
    "horizontal rule underscores": "___",
    "emphasis": "*a* _b_ **c** __d__",
    "inline code": "`code`",
    "link": "[a](https://voorbeeld.nl)",
    "image": "![a](plaatje.png)",
    "autolink": "<https://voorbeeld.nl>",
    "reference definition": "[a]: https://voorbeeld.nl",
    "abbreviation": "*[HTML]: tekst",
    "entities": "&amp; &#63; &lt;",
    "backslashes": "C:\\map\\*bestand*",
    "hard line break": "a  \nb",
}
# (name, template): every place a template puts plain catalog text
CONTEXTS = {
    "paragraph": "{{ v }}\n",
    "paragraphs": "{{ v | paras }}\n",
    "list item": "- {{ v }}\n",
    "numbered item": "1. {{ v }}\n",
    "heading": "# {{ v }}\n",
    "table cell": "| Kop | Waarde |\n| --- | --- |\n| a | {{ v }} |\n",
    "admonition body": '!!! note "Let op"\n    {{ v }}\n',
    "link text": "[{{ v }}](pagina.html)\n",
}
HARMLESS = "tekst"


def _ignore_tags(loader: Any, suffix: str, node: yaml.Node) -> None:
    return None


def site_markdown(snippets: Path) -> markdown.Markdown:
    """Python-Markdown with the extensions of mkdocs.yml (plus MkDocs' own defaults)."""
    loader = type("Loader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("", _ignore_tags)
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=loader)
    extensions, configs = ["toc", "tables", "fenced_code"], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        extensions.append(name)
        configs[name] = dict(options or {})
    configs["pymdownx.snippets"] = {**configs.get("pymdownx.snippets", {}), "base_path": [str(snippets)]}
    return markdown.Markdown(extensions=extensions, extension_configs=configs)


class Structure(HTMLParser):
    """The elements (with their attributes except ids and links) and the text of some HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, tuple(a for a in attrs if a[0] not in ("id", "href"))))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def structure(html: str) -> tuple[list[tuple[str, tuple[tuple[str, str | None], ...]]], str]:
    parser = Structure()
    parser.feed(html)
    return parser.elements, " ".join("".join(parser.text).split())


@pytest.fixture(scope="module")
def to_html(tmp_path_factory: pytest.TempPathFactory) -> Any:
    snippets = tmp_path_factory.mktemp("snippets")
    (snippets / "geheim.md").write_text(SECRET, "utf-8")
    converter = site_markdown(snippets)

    def convert(context: str, value: str) -> str:
        converter.reset()
        return converter.convert(environment().from_string(CONTEXTS[context]).render(v=value))

    return convert


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_catalog_text_comes_out_literally(to_html: Any, context: str, payload: str) -> None:
    text = PAYLOADS[payload]
    elements, shown = structure(to_html(context, text))
    expected_elements, _ = structure(to_html(context, HARMLESS))
    assert " ".join(text.split()) in shown
    assert SECRET not in shown
    assert elements == expected_elements


def test_the_site_enables_no_extension_the_table_does_not_cover() -> None:
    covered = {"toc", "tables", "attr_list", "md_in_html", "admonition", "pymdownx.details",
               "pymdownx.snippets"}
    loader = type("Loader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("", _ignore_tags)
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=loader)
    names = {next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]}
    assert names <= covered, f"add payloads for {names - covered} to PAYLOADS"


@pytest.mark.parametrize(("value", "cell"), [
    ("=HYPERLINK(\"https://x.nl\")", "'=HYPERLINK(\"https://x.nl\")"),
    ("+31 20 123", "'+31 20 123"),
    ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tTab", "'\tTab"),
    ("\rCR", "'\rCR"),
    ("Gewone tekst", "Gewone tekst"),
    (2019, "2019"),
    (None, ""),
])
def test_csv_cells_cannot_start_a_formula(value: object, cell: str) -> None:
    assert csv_cell(value) == cell


def test_open_data_csv_neutralises_formulas(project: Path) -> None:
    product = project / "catalog/producten/training-lokale-driehoek.yaml"
    text = product.read_text("utf-8").replace(
        "titel: Een sterke lokale driehoek voor een sterke lokale democratie",
        "titel: '=HYPERLINK(\"https://x.nl\",\"klik\")'")
    product.write_text(text, "utf-8")
    result = generate(project, dt.date(2026, 12, 1))
    assert result.ok
    rows = list(csv.reader(io.StringIO(result.files["data/producten.csv"]), delimiter=";"))
    titles = [row[1] for row in rows[1:]]
    assert "'=HYPERLINK(\"https://x.nl\",\"klik\")" in titles
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
