"""MkDocs hook: hand MkDocs the generated catalog pages, before every build.

Nothing lands in the watched docs/ folder (the pages go to .build/pages/, the snippet targets to
.build/snippets/), so under `mkdocs serve` one save causes one build. Under serve a broken
catalog keeps the last good pages and puts a banner with the first error on every page; with no
good pages yet (a fresh checkout with an error) the preview is one page that lists the errors.
Under `mkdocs build` errors stop the build.

scripts/serve runs `mkdocs serve --dirty`: MkDocs then builds only the pages whose source is newer
than their output, and a generated page keeps its file time while its content stays the same.
A change that shows on every page (the banner, the navigation, the theme, mkdocs.yml, a page
added or removed) empties the preview folder first, so that every page is built again. The
search index (Pagefind) follows in the background under serve.
"""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs import utils
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator.build import GENERATED, Result, generate, write_pages, write_snippets
from generator.findings import Finding, Level
from generator.identity import identity_extra
from generator.render import environment
from generator.search import index_site

log = logging.getLogger("mkdocs.hooks.generator")
BANNER_KEY = "voorbeeldfout"  # config.extra key read by overrides/main.html
_serving = False
_dirty = False
_last_good: Result | None = None
_last_look: str | None = None  # what every page shows, as of the previous build (see site_look)
_indexer = ThreadPoolExecutor(max_workers=1)  # Pagefind under serve, one run at a time


class CompiledTemplates(BytecodeCache):
    """The theme's compiled templates, kept in memory between preview builds: MkDocs makes a new
    template environment for every build. Jinja drops an entry whose template source changed."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


_compiled = CompiledTemplates()


def on_startup(command: str, dirty: bool, **_: Any) -> None:
    global _serving, _dirty
    _serving, _dirty = command == "serve", dirty
    if dirty:
        # MkDocs warns on every dirty build that the navigation may be stale; site_look takes care
        # of that, and under `strict: true` the warning would stop every build.
        logging.getLogger("mkdocs.commands.build").addFilter(
            lambda record: not record.getMessage().startswith("A 'dirty' build is being performed"))


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    if _serving:
        env.bytecode_cache = _compiled
    return env


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.extra.update(identity_extra(config, dt.date.today()))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _last_good
    root = Path(config.config_file_path).resolve().parent
    result = generate(root, config=config)
    # Findings are logged as INFO: a WARNING would fail the strict build even for
    # catalog warnings, which only `python -m generator check --strict` treats as errors.
    for finding in result.findings:
        log.info(finding.format())
    errors = [f for f in result.findings if f.level is Level.ERROR]
    if result.ok:
        _last_good = result
    elif not _serving:
        raise PluginError(f"de catalogus bevat {len(errors)} fout(en); zie de meldingen hierboven")
    else:
        config.extra[BANNER_KEY] = banner(errors, _last_good is not None)
        log.info("De catalogus bevat %d fout(en): %s", len(errors),
                 "de site toont de laatste goede versie tot ze zijn opgelost" if _last_good
                 else "er is nog geen goede versie; de site toont alleen de fouten")
    if _last_good is None:
        files = error_site(files, config, errors)
    else:
        write_snippets(root, _last_good.files)
        files = with_generated(files, config, write_pages(root, _last_good.files))
    if _dirty:
        rebuild_all_when_the_look_changed(files, config)
    return files


def banner(errors: list[Finding], has_last_good: bool) -> dict[str, Any]:
    """What the preview banner says: how many errors, the first one, and what is shown."""
    first = errors[0]
    return {"aantal": len(errors), "bestand": first.path, "regel": first.line,
            "melding": first.message, "vorige_versie": has_last_good}


def with_generated(files: Files, config: MkDocsConfig, folder: Path) -> Files:
    """files plus the generated pages written to folder; anything that older versions of the
    generator left in docs/catalogus/ is dropped."""
    for file in [f for f in files if f.src_uri.startswith(f"{GENERATED}/")]:
        files.remove(file)
    for path in sorted((folder / GENERATED).rglob("*")):
        if path.is_file():
            uri = path.relative_to(folder).as_posix()
            files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def site_look(files: Files, config: MkDocsConfig) -> str:
    """What every page shows besides its own content: the settings and banner (extra), the
    navigation, the set of pages, and when mkdocs.yml or the theme's overrides last changed."""
    theme_dir = config.theme.custom_dir
    theme_files = sorted(Path(theme_dir).rglob("*")) if theme_dir else []
    times = [Path(config.config_file_path).stat().st_mtime, *(p.stat().st_mtime for p in theme_files)]
    pages = sorted(f.src_uri for f in files.documentation_pages())
    return repr((dict(config.extra), config.nav, pages, max(times)))


def rebuild_all_when_the_look_changed(files: Files, config: MkDocsConfig) -> None:
    """Empty the preview folder when every page changes, so that the dirty build builds them all."""
    global _last_look
    look = site_look(files, config)
    if _last_look is not None and look != _last_look:
        log.info("Elke pagina verandert: alle pagina's worden opnieuw gebouwd")
        utils.clean_directory(config.site_dir)
    _last_look = look


def error_site(files: Files, config: MkDocsConfig, errors: list[Finding]) -> Files:
    """A preview of one page that lists the errors: there is no good version to show yet."""
    for file in list(files.documentation_pages()):
        files.remove(file)
    config.nav = None
    page = environment().get_template("voorbeeldfout.md.j2").render(fouten=errors)
    files.append(File.generated(config, "index.md", content=page))
    return files


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    """Index the built site for the search (Pagefind). `generator build` runs no hooks and
    indexes its own output; this covers `mkdocs serve`, `mkdocs build` and `mkdocs gh-deploy`.
    Under serve the index follows in the background, so the changed page shows without waiting."""
    site = Path(config.site_dir)
    if _serving:
        _indexer.submit(index_in_background, site)
        return
    indexed = index_site(site)
    if indexed.returncode != 0:
        raise PluginError(f"de zoekindex (Pagefind) is niet gemaakt: {indexed.stderr.strip()}")


def index_in_background(site: Path) -> None:
    # Logged as INFO: a warning while the next build runs would count against that build.
    indexed = index_site(site)
    if indexed.returncode != 0:
        log.info("De zoekindex (Pagefind) is niet bijgewerkt: %s", indexed.stderr.strip())
