"""MkDocs hook: hand MkDocs the generated catalog pages in memory, before every build.

Nothing lands in the watched docs/ folder (the snippet targets go to .build/snippets/), so under
`mkdocs serve` one save causes one build. Under serve a broken catalog keeps the last good pages
and puts a banner with the first error on every page; with no good pages yet (a fresh checkout
with an error) the preview is one page that lists the errors. Under `mkdocs build` errors stop
the build.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator.build import GENERATED, Result, generate, is_snippet, write_snippets
from generator.findings import Finding, Level
from generator.identity import identity_extra
from generator.render import environment
from generator.search import index_site

log = logging.getLogger("mkdocs.hooks.generator")
BANNER_KEY = "voorbeeldfout"  # config.extra key read by overrides/main.html
_serving = False
_last_good: Result | None = None


def on_startup(command: str, dirty: bool, **_: Any) -> None:
    global _serving
    _serving = command == "serve"


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
        return error_site(files, config, errors)
    write_snippets(root, _last_good.files)
    return with_generated(files, config, _last_good.files)


def banner(errors: list[Finding], has_last_good: bool) -> dict[str, Any]:
    """What the preview banner says: how many errors, the first one, and what is shown."""
    first = errors[0]
    return {"aantal": len(errors), "bestand": first.path, "regel": first.line,
            "melding": first.message, "vorige_versie": has_last_good}


def with_generated(files: Files, config: MkDocsConfig, generated: dict[str, str]) -> Files:
    """files plus the generated pages; anything that older versions of the generator left in
    docs/catalogus/ is dropped."""
    for file in [f for f in files if f.src_uri.startswith(f"{GENERATED}/")]:
        files.remove(file)
    for path, content in generated.items():
        if not is_snippet(path):
            files.append(File.generated(config, f"{GENERATED}/{path}", content=content))
    return files


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
    indexes its own output; this covers `mkdocs serve`, `mkdocs build` and `mkdocs gh-deploy`."""
    indexed = index_site(Path(config.site_dir))
    if indexed.returncode != 0:
        raise PluginError(f"de zoekindex (Pagefind) is niet gemaakt: {indexed.stderr.strip()}")
