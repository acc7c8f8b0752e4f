"""The command line through the installed console script, as scripts and people use it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

SUMMARY_KEYS = {"id", "file", "title", "date", "date_inferred", "source", "author", "dateline"}


def run(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed `negoreader` script."""
    script = shutil.which("negoreader")
    command = [script] if script else [sys.executable, "-m", "negoreader"]
    return subprocess.run(
        [*command, *args],
        cwd=cwd or ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def store(tmp_path: Path, seeds_copy: Path) -> Path:
    """A store built from a copy of the seeds, in a library layout (seeds/ beside data/)."""
    path = tmp_path / "data" / "articles.yaml"
    result = run("load", "--seeds", str(seeds_copy), "--store", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_console_script_is_installed() -> None:
    assert shutil.which("negoreader"), "pip install -e '.[test]' installs the negoreader script"


def test_load_reports_what_it_did(store: Path) -> None:
    assert store.is_file()
    assert store.read_text(encoding="utf-8").startswith("schema: 2")


def test_list_json_contract(store: Path) -> None:
    result = run("list", "--json", "--store", str(store))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 5
    for row in rows:
        assert set(row) == SUMMARY_KEYS
        assert row["file"].endswith(".txt")
        assert row["title"]


def test_list_shows_titles_for_people(store: Path) -> None:
    result = run("list", "--store", str(store))
    assert result.returncode == 0
    assert "Incontri fruttuosi a Miami" in result.stdout
    assert "Traceback" not in result.stderr


def test_show_json_contract(store: Path) -> None:
    listing = json.loads(run("list", "--json", "--store", str(store)).stdout)
    for row in listing:
        result = run("show", row["id"], "--json", "--store", str(store))
        assert result.returncode == 0, result.stderr
        detail = json.loads(result.stdout)
        assert set(detail) >= SUMMARY_KEYS
        assert {"paragraphs", "people", "places", "dates", "meetings"} <= set(detail)
        assert detail["paragraphs"], row["id"]
        for paragraph in detail["paragraphs"]:
            assert paragraph["kind"] in {"heading", "paragraph", "quote", "caption"}
            assert paragraph["text"].strip()
        for entity in detail["people"] + detail["places"]:
            assert {"name", "aliases", "role", "mentions"} <= set(entity)
            for mention in entity["mentions"]:
                text = detail["paragraphs"][mention["paragraph"]]["text"]
                assert 0 <= mention["start"] < mention["end"] <= len(text)
        for date in detail["dates"]:
            assert {"value", "text", "relative"} <= set(date)


def test_show_accepts_an_id_prefix(store: Path) -> None:
    first = json.loads(run("list", "--json", "--store", str(store)).stdout)[0]["id"]
    result = run("show", first[:3], "--json", "--store", str(store))
    assert result.returncode == 0
    assert json.loads(result.stdout)["id"] == first


def test_show_unknown_id_is_one_clear_line(store: Path) -> None:
    result = run("show", "nope", "--store", str(store))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "nope" in result.stderr and str(store) in result.stderr
    assert "Traceback" not in result.stderr


def test_search_related_meetings_print_json_arrays(store: Path) -> None:
    first = json.loads(run("list", "--json", "--store", str(store)).stdout)[0]["id"]
    for args in (("search", "Witkoff"), ("related", first), ("meetings",)):
        result = run(*args, "--json", "--store", str(store))
        assert result.returncode == 0, result.stderr
        assert isinstance(json.loads(result.stdout), list)
    hits = json.loads(run("search", "Witkoff", "--json", "--store", str(store)).stdout)
    for hit in hits:
        assert {"name", "kind", "score", "matched", "articles"} <= set(hit)
    related = json.loads(run("related", first, "--json", "--store", str(store)).stdout)
    assert first not in {r["id"] for r in related}
    for item in related:
        assert {"id", "score", "reasons"} <= set(item)
    for meeting in json.loads(run("meetings", "--json", "--store", str(store)).stdout):
        assert {"id", "date", "place", "participants", "articles", "summary"} <= set(meeting)


def test_a_missing_store_is_built_from_its_seeds(tmp_path: Path, seeds_copy: Path) -> None:
    store = tmp_path / "data" / "articles.yaml"
    result = run("list", "--json", "--store", str(store))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5
    assert store.is_file()


def test_corrupt_store_is_one_line_with_how_to_rebuild(tmp_path: Path) -> None:
    store = tmp_path / "articles.yaml"
    store.write_text("schema: 1\narticles: [\n", encoding="utf-8")
    result = run("list", "--store", str(store))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "line" in result.stderr and "negoreader load" in result.stderr
    assert "Traceback" not in result.stderr


def test_python_m_negoreader_works(store: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "negoreader", "list", "--json", "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5


def test_default_store_is_the_current_folders(tmp_path: Path, seeds_copy: Path) -> None:
    run("load", "--seeds", str(seeds_copy), "--store", str(tmp_path / "data" / "articles.yaml"))
    result = run("list", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5


def test_elsewhere_the_bundled_library_answers(tmp_path: Path) -> None:
    result = run("list", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5


def _new_article(folder: Path) -> Path:
    path = folder / "nuovo.txt"
    path.write_text(
        "Nuovo round di colloqui a Istanbul\n\nMario Bianchi\n\nGennaio 10, 2026\n\n"
        "Istanbul, 10 gennaio 2026 – Le delegazioni si sono incontrate oggi a Istanbul. "
        "L'inviato speciale Steve Witkoff ha guidato la delegazione americana.\n",
        encoding="utf-8",
    )
    return path


def test_add_outside_a_repository_uses_the_user_library(tmp_path: Path) -> None:
    home = tmp_path / "home"
    work = tmp_path / "work"
    work.mkdir()
    article = _new_article(work)
    env = {"NEGOREADER_HOME": str(home)}
    result = run("add", str(article), "--source", "Test", cwd=work, env=env)
    assert result.returncode == 0, result.stderr
    assert (home / "seeds" / "nuovo.txt").is_file()
    assert "nuovo.txt" in (home / "seeds" / "INDEX.md").read_text(encoding="utf-8")
    listing = json.loads(run("list", "--json", cwd=work, env=env).stdout)
    assert len(listing) == 6
    added = next(row for row in listing if row["file"] == "nuovo.txt")
    assert added["source"] == "Test"
    assert added["title"] == "Nuovo round di colloqui a Istanbul"


def test_add_in_a_repository_writes_its_seeds(tmp_path: Path, seeds_copy: Path) -> None:
    article = _new_article(tmp_path)
    result = run("add", str(article), "--title", "Istanbul", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (seeds_copy / "nuovo.txt").is_file()
    listing = json.loads(run("list", "--json", cwd=tmp_path).stdout)
    assert {"Istanbul"} <= {row["title"] for row in listing}


def test_add_of_a_bad_file_changes_nothing(tmp_path: Path, seeds_copy: Path) -> None:
    run("load", cwd=tmp_path)
    store = tmp_path / "data" / "articles.yaml"
    before_store = store.read_bytes()
    before_index = (seeds_copy / "INDEX.md").read_bytes()
    empty = tmp_path / "vuoto.txt"
    empty.write_text("", encoding="utf-8")
    result = run("add", str(empty), str(tmp_path / "missing.txt"), cwd=tmp_path)
    assert result.returncode == 1
    assert "vuoto.txt" in result.stderr and "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert store.read_bytes() == before_store
    assert (seeds_copy / "INDEX.md").read_bytes() == before_index
    assert not (seeds_copy / "vuoto.txt").exists()


def test_model_never_imports_textual() -> None:
    code = (
        "import sys, negoreader.cli, negoreader.load, negoreader.search, negoreader.related,"
        " negoreader.store, negoreader.views, negoreader.extract;"
        " print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_seeds_are_the_shared_originals_byte_for_byte() -> None:
    listed = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert len(listed) == 5
    index = (SEEDS / "INDEX.md").read_text(encoding="utf-8")
    for name in listed:
        assert name in index


def test_option_values_are_checked_before_anything_runs(store: Path) -> None:
    result = run("search", "witkoff", "--limit", "-1", "--store", str(store))
    assert result.returncode == 2
    assert "--limit" in result.stderr and "Traceback" not in result.stderr
    result = run("add", "x.txt", "--date", "31-12-2025")
    assert result.returncode == 2
    assert "--date" in result.stderr and "ISO 8601" in result.stderr


def test_an_id_prefix_shared_by_several_articles_says_so(store: Path) -> None:
    result = run("show", "00", "--store", str(store))
    assert result.returncode == 1
    assert "starts 5 article ids" in result.stderr
