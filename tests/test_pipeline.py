"""Load → validate → render → build on the small test catalog."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

from generator.build import generate, write_tree
from generator.load import parse_text
from generator.text import markdown_inline, paragraphs
from tests.conftest import ROOT

TODAY = dt.date(2026, 11, 25)


def build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "build"],
                          cwd=ROOT, capture_output=True, text=True, check=False)


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_loader_keeps_the_line_of_every_key() -> None:
    document, findings = parse_text("id: a\nlijst:\n  - x\n  - sub: 1\n    naam: b\n", "f.yaml")
    assert findings == []
    assert document is not None
    assert document.lines[("lijst",)] == 2
    assert document.lines[("lijst", 1, "naam")] == 5
    assert document.line_of(("lijst", 1, "onbekend")) == 4


def test_loader_keeps_dates_as_text() -> None:
    document, _ = parse_text("verwacht_voor: 2026-11-25\n", "f.yaml")
    assert document is not None and document.data["verwacht_voor"] == "2026-11-25"


def test_markdown_escaping_keeps_text_literal() -> None:
    assert markdown_inline("<script>alert(1)</script>") == "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"
    assert markdown_inline("*niet vet* en a|b") == "\\*niet vet\\* en a\\|b"
    assert markdown_inline("1. geen lijst") == "1\\. geen lijst"
    assert paragraphs("een\n\ntwee") == "een\n\ntwee"


def test_generate_renders_every_page_type(project: Path) -> None:
    result = generate(project, TODAY)
    assert result.ok, result.findings
    for page in ("knelpunten/functioneren-lokale-driehoek.md", "producten/index.md",
                 "producten/training-lokale-driehoek.md", "instrumenten/juniorenconvent.md",
                 "rollen/burgemeester.md", "praktijk/bergen-2023.md", "ladder.md",
                 "zelfscan.md", "ontbrekend.md", "beheer.md", "bronnen.md", "_tellingen.md",
                 "data/catalogus.json", "data/producten.csv", "schema/product.schema.json"):
        assert page in result.files, page
    knelpunt = result.files["knelpunten/functioneren-lokale-driehoek.md"]
    assert "[Een sterke lokale driehoek voor een sterke lokale democratie]" \
           "(../producten/training-lokale-driehoek.md)" in knelpunt
    assert "[Driehoeksoverleg activeren](../instrumenten/driehoeksoverleg-activeren.md)" in knelpunt


def test_staging_rewrites_only_what_changed(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write_tree(generate(project, TODAY).files, out)
    assert write_tree(generate(project, TODAY).files, out) == []
    product = project / "catalog/producten/training-lokale-driehoek.yaml"
    product.write_text(product.read_text("utf-8").replace("jaar: 2019", "jaar: 2020"), "utf-8")
    changed = write_tree(generate(project, TODAY).files, out)
    assert "producten/training-lokale-driehoek.md" in changed
    assert "knelpunten/functioneren-lokale-driehoek.md" not in changed


def test_write_tree_removes_files_that_are_no_longer_generated(tmp_path: Path) -> None:
    write_tree({"a.md": "A", "sub/b.md": "B"}, tmp_path)
    assert write_tree({"a.md": "A"}, tmp_path) == ["sub/b.md"]
    assert not (tmp_path / "sub").exists()


def test_errors_stop_generation_before_anything_is_written(project: Path) -> None:
    (project / "catalog/producten/training-lokale-driehoek.yaml").write_text("titel: [\n", "utf-8")
    result = generate(project, TODAY)
    assert not result.ok
    assert result.files == {}


def test_script_in_catalog_text_is_escaped_in_the_built_html(project: Path) -> None:
    product = project / "catalog/producten/training-lokale-driehoek.yaml"
    text = product.read_text("utf-8").replace(
        "titel: Een sterke lokale driehoek voor een sterke lokale democratie",
        'titel: "Driehoek <script>alert(1)</script> *training*"')
    product.write_text(text, "utf-8")
    completed = build(project)
    assert completed.returncode == 0, completed.stderr
    site = project / "site"
    pages = [site / "catalogus/producten/training-lokale-driehoek.html",
             site / "catalogus/producten/index.html",
             site / "catalogus/knelpunten/functioneren-lokale-driehoek.html"]
    for page in pages:
        html = page.read_text("utf-8")
        assert "<script>alert(1)</script>" not in html, page
        assert "Driehoek &lt;script&gt;alert(1)&lt;/script&gt; *training*" in html, page


def test_failed_build_leaves_the_previous_site_untouched(project: Path) -> None:
    assert build(project).returncode == 0
    before = tree_digest(project / "site")
    (project / "catalog/producten/training-lokale-driehoek.yaml").write_text(
        "id: training-lokale-driehoek\nstatus: onbekend\n", "utf-8")
    completed = build(project)
    assert completed.returncode == 1
    assert "status" in completed.stdout
    assert tree_digest(project / "site") == before


def test_failed_mkdocs_build_leaves_the_previous_site_untouched(project: Path) -> None:
    assert build(project).returncode == 0
    before = tree_digest(project / "site")
    (project / "docs/over/privacy.md").write_text("[kapot](bestaat-niet.md)\n", "utf-8")
    completed = build(project)
    assert completed.returncode == 1
    assert "bestaat-niet.md" in completed.stderr
    assert tree_digest(project / "site") == before
