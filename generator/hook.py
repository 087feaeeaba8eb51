"""MkDocs hook: generate the catalog pages before every build.

Under `mkdocs serve` a broken YAML file is reported in the terminal and the last good
pages keep being served; under `mkdocs build` it stops the build.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from generator.build import GENERATED_ENV, generate
from generator.findings import Level
from generator.search import index_site

log = logging.getLogger("mkdocs.hooks.generator")
_serving = False


def on_startup(command: str, dirty: bool, **_: Any) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any, **_: Any) -> None:
    if os.environ.get(GENERATED_ENV):
        return
    root = Path(config.config_file_path).resolve().parent
    result = generate(root)
    # Findings are logged as INFO: a WARNING would fail the strict build even for
    # catalog warnings, which only `python -m generator check --strict` treats as errors.
    for finding in result.findings:
        log.info(finding.format())
    if result.ok:
        return
    errors = sum(f.level is Level.ERROR for f in result.findings)
    if not _serving:
        raise PluginError(f"de catalogus bevat {errors} fout(en); zie de meldingen hierboven")
    log.info("De catalogus bevat %d fout(en): de site toont de laatste goede versie "
             "tot ze zijn opgelost.", errors)


def on_post_build(config: Any, **_: Any) -> None:
    # `generator build` indexes its staging folder itself; serve and gh-deploy are indexed here
    if os.environ.get(GENERATED_ENV):
        return
    indexed = index_site(Path(config.site_dir))
    if indexed.returncode != 0:
        raise PluginError(f"de zoekindex (Pagefind) is niet gemaakt: {indexed.stderr.strip()}")
