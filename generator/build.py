"""Generate the catalog pages, and build the site with MkDocs or Zensical.

`generate` validates the catalog and renders every page in memory; nothing is written.
`site_build` then puts what an engine needs into the git-ignored staging folder .build/ (the hand-written
docs plus the generated pages, and a config that inherits mkdocs.yml), runs the engine there
and swaps the result into site/. Under `mkdocs serve` the hook (generator/hook.py) hands the
same pages to MkDocs from .build/pages/ instead, so that nothing lands in the watched docs/ folder
and one save causes one build.

Either way the snippet targets (`catalogus/_*.md`, included with pymdownx.snippets) are files
in .build/snippets/, which mkdocs.yml lists as a snippet base path.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import yaml
from mkdocs.utils.yaml import yaml_load

from generator.findings import Finding, has_errors
from generator.identity import identity_extra, identity_files
from generator.load import load_all
from generator.model import Settings, build_site
from generator.render import render_all
from generator.schemas import SOURCE_FOLDERS, taxonomies
from generator.search import index_site
from generator.urls import FOLDER, page_url
from generator.validate import Index, validate

STAGING = ".build"
SNIPPETS = f"{STAGING}/snippets"
PAGES = f"{STAGING}/pages"  # the generated pages as the hook hands them to MkDocs
GENERATED = "catalogus"  # the folder of the site that holds every generated page
EDIT_URL_KEY = "record_edit_url"  # front matter of generated pages; read by partials/actions.html
DIR_MODE, FILE_MODE = 0o755, 0o644


@dataclass(frozen=True)
class Result:
    findings: list[Finding]
    files: dict[str, str]  # path under catalogus/ -> content; empty when there are errors

    @property
    def ok(self) -> bool:
        return not has_errors(self.findings)


def check_catalog(root: Path, today: dt.date) -> tuple[Index, list[Finding]]:
    """Load and validate every YAML file of the catalog and the questionnaire."""
    documents, load_findings = load_all(root, SOURCE_FOLDERS)
    index, findings = validate(documents, root, today)
    return index, sorted(load_findings + findings)


def read_config(root: Path) -> dict[str, Any]:
    """mkdocs.yml as MkDocs reads it (environment variables in !ENV resolved)."""
    with (root / "mkdocs.yml").open(encoding="utf-8") as file:
        return yaml_load(file) or {}


def read_settings(config: Mapping[str, Any]) -> Settings:
    """Age limits (`extra.actualiteit`) and the editors (`extra.redactie`) from mkdocs.yml."""
    extra = config.get("extra") or {}
    ages = {k: int(v) for k, v in (extra.get("actualiteit") or {}).items()}
    editors = extra.get("redactie") or {}
    names = {"redactie": editors.get("naam"), "meld_url": editors.get("meld_url")}
    return Settings(**ages, **{k: str(v) for k, v in names.items() if v})


def generate(root: Path, today: dt.date | None = None,
             config: Mapping[str, Any] | None = None) -> Result:
    """Validate, then render every generated file; on any error no file is rendered.

    config is mkdocs.yml as read by MkDocs (the hook passes its own); without it, it is read here."""
    today = today or dt.date.today()
    index, findings = check_catalog(root, today)
    if has_errors(findings):
        return Result(findings, {})
    config = read_config(root) if config is None else config
    site = build_site(index, root, taxonomies(root), today, read_settings(config))
    files = {**render_all(site, root), **identity_files(config, today)}
    edit_urls = record_edit_urls(config, root, site.paths)
    return Result(findings, {path: with_edit_url(path, content, edit_urls.get(path, ""))
                             for path, content in files.items()})


def edit_base(config: Mapping[str, Any]) -> str | None:
    """The web editor's address of the docs folder (repo_url + edit_uri), or None."""
    repo_url, edit_uri = config.get("repo_url"), config.get("edit_uri")
    if not repo_url or not edit_uri:
        return None
    return urljoin(repo_url.rstrip("/") + "/", edit_uri.rstrip("/") + "/")


def record_edit_urls(config: Mapping[str, Any], root: Path,
                     sources: Mapping[tuple[str, str], str]) -> dict[str, str]:
    """Generated page -> the forge's web editor for the YAML file the page comes from."""
    base = edit_base(config)
    if base is None:
        return {}
    docs = root / config.get("docs_dir", "docs")
    return {page_url(kind, record_id): urljoin(base, Path(os.path.relpath(root / source, docs)).as_posix())
            for (kind, record_id), source in sources.items() if kind in FOLDER}


def is_snippet(path: str) -> bool:
    return Path(path).name.startswith("_")


def with_edit_url(path: str, content: str, edit_url: str) -> str:
    """A generated page with its edit link (empty: none) in the front matter; other files as they are.

    Every generated page carries the key, so that the theme never falls back to MkDocs' own
    edit link, which would point at Markdown that is not in the repository."""
    if not path.endswith(".md") or is_snippet(path):
        return content
    line = f"{EDIT_URL_KEY}: {json.dumps(edit_url)}\n"
    if content.startswith("---\n"):
        return "---\n" + line + content.removeprefix("---\n")
    return f"---\n{line}---\n\n{content}"


def write_tree(files: Mapping[str, str | bytes], target: Path) -> list[str]:
    """Make target hold exactly these files; touch only what changed. Returns changed paths."""
    changed = []
    for relative, content in sorted(files.items()):
        file = target / relative
        data = content.encode("utf-8") if isinstance(content, str) else content
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


def write_snippets(root: Path, files: Mapping[str, str]) -> list[str]:
    """Write the snippet targets to .build/snippets/catalogus/, where no watcher looks."""
    snippets = {path: content for path, content in files.items() if is_snippet(path)}
    return write_tree(snippets, root / SNIPPETS / GENERATED)


def write_pages(root: Path, files: Mapping[str, str]) -> Path:
    """Write the other generated files to .build/pages/catalogus/, where no watcher looks, touching
    only what changed: an unchanged page keeps its time, so a dirty build skips it. Returns the folder."""
    write_tree({path: content for path, content in files.items() if not is_snippet(path)},
               root / PAGES / GENERATED)
    return root / PAGES


# ---------------------------------------------------------------------------------------------
# Building with an engine


def _mkdocs(config_file: Path, output: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
            "--config-file", str(config_file), "--site-dir", str(output)]


def _zensical(config_file: Path, output: Path) -> list[str]:
    # Zensical builds into the site_dir of its config (.build/site); --clean drops its cache,
    # which does not notice a changed snippet.
    return [sys.executable, "-m", "zensical", "build", "--strict", "--clean",
            "--config-file", str(config_file)]


ENGINES: dict[str, Callable[[Path, Path], list[str]]] = {"mkdocs": _mkdocs, "zensical": _zensical}
DEFAULT_ENGINE = "mkdocs"


def staged_config(root: Path, config: Mapping[str, Any], engine: str, today: dt.date) -> dict[str, Any]:
    """The engine's config in the staging folder: mkdocs.yml with the staged docs and no hooks.

    Zensical's own search is switched off: the site search is Pagefind, and Zensical's index
    would be unused weight (at 100x the catalog it even refuses the long overview pages)."""
    staged: dict[str, Any] = {"INHERIT": "../mkdocs.yml", "docs_dir": "docs", "site_dir": "site",
                              "hooks": [], "watch": [], "extra": identity_extra(config, today)}
    if engine == "zensical":
        staged["plugins"] = [{"search": {"enabled": False}}]
    theme = config.get("theme") or {}
    if isinstance(theme, dict) and theme.get("custom_dir"):
        staged["theme"] = {"custom_dir": os.path.relpath(root / theme["custom_dir"], root / STAGING)}
    return staged


def stage(root: Path, files: Mapping[str, str], engine: str, today: dt.date) -> Path:
    """Write the staged project (.build/docs/ and .build/<engine>.yml) and the snippets.

    Returns the engine's config file. Files are rewritten only when their content changed."""
    config = read_config(root)
    docs = root / config.get("docs_dir", "docs")
    tree: dict[str, str | bytes] = {
        file.relative_to(docs).as_posix(): file.read_bytes()
        for file in sorted(docs.rglob("*"))
        if file.is_file() and file.relative_to(docs).parts[0] != GENERATED}
    tree.update({f"{GENERATED}/{path}": content for path, content in files.items() if not is_snippet(path)})
    write_tree(tree, root / STAGING / "docs")
    write_snippets(root, files)
    config_file = root / STAGING / f"{engine}.yml"
    text = ("# Written by generator/build.py for every build; edit mkdocs.yml instead.\n"
            + yaml.safe_dump(staged_config(root, config, engine, today), allow_unicode=True, sort_keys=False))
    if not config_file.is_file() or config_file.read_text("utf-8") != text:
        config_file.write_text(text, "utf-8")
    return config_file


def engine_build(root: Path, config_file: Path, engine: str,
                 output: Path) -> subprocess.CompletedProcess[str]:
    """Run one engine on the staged project, leaving the site in output."""
    completed = subprocess.run(ENGINES[engine](config_file, output), cwd=root, capture_output=True,
                               text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if engine == "zensical" and completed.returncode == 0:
        shutil.rmtree(output)
        shutil.move(config_file.parent / "site", output)
    return completed


def readable_by_all(folder: Path) -> None:
    """Folders 755 and files 644, whatever the umask or mkdtemp made: any web server may read them."""
    folder.chmod(DIR_MODE)
    for parent, folders, files in os.walk(folder):
        for name in folders:
            os.chmod(os.path.join(parent, name), DIR_MODE)
        for name in files:
            os.chmod(os.path.join(parent, name), FILE_MODE)


def site_build(root: Path, site_dir: Path, result: Result, engine: str = DEFAULT_ENGINE,
               today: dt.date | None = None) -> subprocess.CompletedProcess[str]:
    """Stage the generated files and build them with engine into a fresh folder next to
    site_dir, swapped in on success. A failed build leaves the previous site exactly as it was."""
    config_file = stage(root, result.files, engine, today or dt.date.today())
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    output = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    completed = engine_build(root, config_file, engine, output)
    if completed.returncode == 0:
        completed = index_site(output)
    if completed.returncode != 0:
        shutil.rmtree(output, ignore_errors=True)
        return completed
    readable_by_all(output)
    old = site_dir.with_name(f".{site_dir.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    output.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
    return completed
