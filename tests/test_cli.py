"""Meta-tests that guard drift: every command has help and a README entry; one version source."""
import json
import re
import tomllib
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import khabar
from khabar.cli import main

REPO = Path(__file__).resolve().parents[1]


def _commands(group: click.Group, prefix: str = "khabar") -> list[tuple[str, click.Command]]:
    out = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        out.append((path, command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, path))
    return out


COMMANDS = _commands(main)


@pytest.mark.parametrize("path,command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_has_help(path, command):
    args = path.split()[1:] + ["--help"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert command.help and len(command.help.split()) >= 4
    assert "Usage:" in result.output


@pytest.mark.parametrize("path", [p for p, c in COMMANDS if not isinstance(c, click.Group)])
def test_every_command_is_in_the_readme(path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"`{path}" in readme, f"{path} is not documented in README.md"


def test_one_version_source():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    result = CliRunner().invoke(main, ["--version"])
    assert result.output.strip().endswith(khabar.__version__)
    assert re.fullmatch(r"\d+\.\d+\.\d+", khabar.__version__)


def test_a_bad_date_says_how_to_write_it():
    result = CliRunner().invoke(main, ["events", "--since", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_every_record_field_is_documented_in_the_readme():
    from khabar.model import Actor, Event, Mention, Place, Size
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    record = Event(id="x", doc_id="d", event="ASSAULT", text="").to_plover()
    nested = [*Actor(text="a", name="a").to_dict(), *Place(text="p", name="p").to_dict(), *Size().to_dict(),
              *Mention(text="", span=(0, 0)).to_dict()]
    missing = [name for name in [*record, *nested] if f"`{name}`" not in readme]
    assert not missing, f"fields missing from README.md: {missing}"


def test_python_dash_m_khabar_runs_the_command():
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "khabar", "--help"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout and "extract" in result.stdout


@pytest.mark.model
def test_relations_of_sources_print_one_object_per_relation(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Militia leader meets officials\nPublished: 2021-05-02\n\nBAGHDAD — Kataib Hezbollah leader "
                       "Abu Fadak al-Mohammedawi met Iraqi officials on Monday, the group said.", encoding="utf-8")
    result = CliRunner().invoke(main, ["relations", str(article), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["subject"]["name"], r["relation"], r["object"]["name"]) for r in rows} >= \
        {("Abu Fadak al-Mohammedawi", "leader_of", "Kataib Hezbollah")}
    assert all(set(r) >= {"doc_id", "subject", "relation", "object", "date", "text"} for r in rows)
    assert "missing.txt" in result.stderr and result.exit_code == 1  # the failure is told, the rest kept
