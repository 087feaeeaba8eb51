"""The zelfscan's fixture project: tests/fixtures/zelfscan, a small catalog with a 19-statement
questionnaire that the browser and node tests use instead of the shipped one.

`python -m tests.zelfscan_fixture` rewrites tests/js/fixtures/zelfscan-data.json from it; the
contract test in tests/test_zelfscan_data.py fails until that file equals the generator's output.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from generator.build import check_catalog, read_config, read_settings
from generator.model import build_site
from generator.questionnaire import questionnaire_data
from generator.schemas import taxonomies
from tests.conftest import ROOT, make_project

JS_FIXTURE = ROOT / "tests/js/fixtures/zelfscan-data.json"
TODAY = dt.date(2026, 12, 1)


def fixture_data(project: Path) -> dict[str, Any]:
    """questionnaire_data() of a project, as the page embeds it (JSON round trip)."""
    index, findings = check_catalog(project, TODAY)
    assert not [f for f in findings if f.level.name == "ERROR"], findings
    site = build_site(index, project, taxonomies(project), TODAY, read_settings(read_config(project)))
    return json.loads(json.dumps(questionnaire_data(site)))


def write_js_fixture() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = fixture_data(make_project(Path(folder) / "project", fixture="zelfscan"))
    JS_FIXTURE.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    write_js_fixture()
