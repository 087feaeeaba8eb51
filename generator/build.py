"""Generate the Markdown and data files, and build the site with MkDocs.

The CLI and the MkDocs hook both call `generate`. Files are rewritten only when
their content changed, so `mkdocs serve` does not see a change and rebuild in a loop.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.findings import Finding, has_errors
from generator.load import load_all
from generator.model import Settings, build_site
from generator.render import render_all
from generator.schemas import SOURCE_FOLDERS, taxonomies
from generator.validate import Index, validate

GENERATED_DIR = "docs/catalogus"


@dataclass(frozen=True)
class Result:
    findings: list[Finding]
    written: list[str]

    @property
    def ok(self) -> bool:
        return not has_errors(self.findings)


def check_catalog(root: Path, today: dt.date) -> tuple[Index, list[Finding]]:
    """Load and validate every YAML file of the catalog and the questionnaire."""
    documents, load_findings = load_all(root, SOURCE_FOLDERS)
    index, findings = validate(documents, root, today)
    return index, sorted(load_findings + findings)


def read_settings(root: Path) -> Settings:
    """Age limits (`extra.actualiteit`) and the editors (`extra.redactie`) from mkdocs.yml;
    tags like !ENV are ignored."""
    loader = type("_Loader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("", lambda _loader, _suffix, _node: None)
    config = yaml.load((root / "mkdocs.yml").read_text("utf-8"), Loader=loader) or {}
    extra = config.get("extra") or {}
    ages = {k: int(v) for k, v in (extra.get("actualiteit") or {}).items()}
    editors = extra.get("redactie") or {}
    names = {"redactie": editors.get("naam"), "meld_url": editors.get("meld_url")}
    return Settings(**ages, **{k: str(v) for k, v in names.items() if v})


def write_tree(files: dict[str, str], target: Path) -> list[str]:
    """Make target hold exactly these files; touch only what changed. Returns changed paths."""
    changed = []
    for relative, content in sorted(files.items()):
        file, data = target / relative, content.encode("utf-8")
        if file.is_file() and file.read_bytes() == data:
            continue
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(data)
        changed.append(relative)
    for file in sorted(target.rglob("*"), reverse=True):
        relative = file.relative_to(target).as_posix()
        if file.is_file() and relative not in files:
            file.unlink()
            changed.append(relative)
        elif file.is_dir() and not any(file.iterdir()):
            file.rmdir()
    return changed


def generate(root: Path, today: dt.date | None = None) -> Result:
    """Validate, then render into docs/catalogus/; on any error nothing is written."""
    today = today or dt.date.today()
    index, findings = check_catalog(root, today)
    if has_errors(findings):
        return Result(findings, [])
    site = build_site(index, root, taxonomies(root), today, read_settings(root))
    written = write_tree(render_all(site, root), root / GENERATED_DIR)
    return Result(findings, written)


def mkdocs_build(root: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` into a fresh folder next to site_dir, swapped in on success.

    A failed build leaves the previous site exactly as it was.
    """
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
               "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(staging)]
    completed = subprocess.run(command, cwd=root, capture_output=True, text=True,
                               env=_mkdocs_env())
    if completed.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        return completed
    old = site_dir.with_name(f".{site_dir.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    staging.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
    return completed


GENERATED_ENV = "GENERATOR_HAS_RUN"


def _mkdocs_env() -> dict[str, str]:
    # the CLI has just generated the pages; the hook need not do it again
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", GENERATED_ENV: "1"}
