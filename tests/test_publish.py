"""The way to publish: the CI workflows are valid, test every change and publish with the README's
build command, and CONTRIBUTING's publishing route works when followed step by step."""

from __future__ import annotations

import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
import yaml

from generator.rules import BY_ID
from tests.conftest import ROOT, build_env, make_project

GITHUB = ROOT / ".github/workflows/site.yml"
GITLAB = ROOT / ".gitlab-ci.yml"
FORGE = "https://forge.example/redactie/ondersteuningswijzer"
PRODUCT = "catalog/producten/training-lokale-driehoek.yaml"


def readme_build_command() -> str:
    """The build command as the README gives it."""
    commands = re.findall(r"^(\S*python -m generator build)\b", (ROOT / "README.md").read_text("utf-8"), re.M)
    assert len(set(commands)) == 1, commands
    return commands[0]


def publishing_section() -> str:
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    return text.split("\n## Publiceren")[1].split("\n## ")[0]


@pytest.mark.parametrize(("workflow", "schema"),
                         [(GITHUB, "vendor.github-workflows"), (GITLAB, "vendor.gitlab-ci")])
def test_workflow_files_are_valid(workflow: Path, schema: str) -> None:
    """Checked against the forge's schema as vendored in check-jsonschema: no network needed."""
    completed = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(workflow)],
        capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_github_tests_every_pull_request_and_publishes_main_with_the_readme_command() -> None:
    workflow = yaml.safe_load(GITHUB.read_text("utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    jobs = workflow["jobs"]
    assert [s["run"] for s in jobs["test"]["steps"] if "run" in s] == [".ci/run"]
    assert "if" not in jobs["test"]
    assert "refs/heads/main" in jobs["build"]["if"] and jobs["build"]["needs"] == "test"
    build_lines = [line for s in jobs["build"]["steps"] for line in s.get("run", "").splitlines()]
    assert readme_build_command() in build_lines
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in jobs["publish"]["steps"])


def test_gitlab_tests_every_merge_request_and_publishes_the_default_branch_with_the_readme_command() -> None:
    pipeline = yaml.safe_load(GITLAB.read_text("utf-8"))
    assert pipeline["test"]["script"] == [".ci/run"]
    assert any("merge_request_event" in rule["if"] for rule in pipeline["test"]["rules"])
    assert [rule["if"] for rule in pipeline["pages"]["rules"]] == ["$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"]
    assert readme_build_command() in pipeline["pages"]["script"]


def test_ci_runs_the_readme_test_command() -> None:
    assert (ROOT / ".ci/run").read_text("utf-8").strip().endswith("exec scripts/test")


def test_the_review_checklist_names_rule_ids_that_check_uses() -> None:
    ids = re.findall(r"`\[([a-z0-9-]+)\]`", publishing_section())
    assert ids, "the checklist names no rule ids"
    assert [i for i in ids if i not in BY_ID] == []


EDITOR = {"GIT_AUTHOR_NAME": "Redacteur", "GIT_AUTHOR_EMAIL": "redacteur@voorbeeld.example",
          "GIT_COMMITTER_NAME": "Redacteur", "GIT_COMMITTER_EMAIL": "redacteur@voorbeeld.example"}


def git(project: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(project), *args], capture_output=True, text=True, check=True,
                          env=build_env(**EDITOR)).stdout


def publish(project: Path) -> Path:
    """The publish job: the README's build command (`python -m generator build`), for the
    repository in project, with the settings the workflow gives it."""
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(project), "build"],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env=build_env(SITE_URL="https://ondersteuning.example.nl/", REPO_URL=FORGE,
                      EDIT_URI="edit/main/docs/"))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return project / "site"


def test_following_the_publishing_route_once(tmp_path: Path) -> None:
    """CONTRIBUTING's route 1 as a dry run in a local repository: the edit button leads to the
    record's file, a change on a branch passes the CI gate, and after the merge the publish build
    shows it."""
    project = make_project(tmp_path / "repository")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Catalogus")
    site = publish(project)
    page = (site / "catalogus/producten/training-lokale-driehoek.html").read_text("utf-8")
    # 1. the edit button opens the record's YAML file in the forge's web editor
    link = unescape(re.search(r'<a href="([^"]*)"[^>]*rel="edit"', page).group(1))
    assert link == f"{FORGE}/edit/main/{PRODUCT}"
    assert (project / link.removeprefix(f"{FORGE}/edit/main/")).is_file()
    # 2. the change, on a branch of its own, as the web editor's "start a pull request" makes it
    git(project, "switch", "-q", "-c", "omschrijving-training")
    file = project / PRODUCT
    file.write_text(file.read_text("utf-8").replace(
        "Training voor burgemeester, griffier en secretaris samen.",
        "Training voor de hele lokale driehoek, nagekeken."), "utf-8")
    git(project, "commit", "-q", "-am", "Omschrijving van de training bijgewerkt")
    # 3. the CI gate for catalog changes (part of scripts/test)
    check = subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "check", "--strict"],
                           cwd=ROOT, capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    # 4. after review the branch is merged, and the publish job builds main
    git(project, "switch", "-q", "main")
    git(project, "merge", "-q", "--no-ff", "-m", "Samenvoegen", "omschrijving-training")
    published = (publish(project) / "catalogus/producten/training-lokale-driehoek.html").read_text("utf-8")
    assert "Training voor de hele lokale driehoek, nagekeken." in published
    assert "Gepubliceerd op" in published
