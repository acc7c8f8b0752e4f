"""Bad seeds: one line per problem naming the file, never a traceback, and nothing lost.

Checked through the public functions and through the installed `negoreader` script.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from negoreader.load import load_seeds
from negoreader.manifest import read_index, read_seed
from negoreader.problems import InputError

GOOD = (
    "Nuovo round a Istanbul\n\nMario Bianchi\n\nGennaio 10, 2026\n\n"
    "Istanbul, 10 gennaio 2026 – Le delegazioni si sono incontrate oggi a Istanbul.\n"
)
HEADER = "| file | title | source | author | date |\n|---|---|---|---|---|\n"


def make_seeds(root: Path, rows: list[str], files: dict[str, str | bytes]) -> Path:
    """A seeds folder holding `good.txt`, these files, and INDEX.md listing these rows."""
    seeds = root / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, content in files.items():
        path = seeds / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    lines = ["| good.txt | | | | |", *rows]
    (seeds / "INDEX.md").write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return seeds


def row(file: str, date: str = "") -> str:
    return f"| {file} | | | | {date} |"


def _symlink_out(root: Path) -> None:
    outside = root / "elsewhere.txt"
    outside.write_text(GOOD, encoding="utf-8")
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / "link.txt").symlink_to(outside)


def _folder(root: Path) -> None:
    (root / "seeds" / "cartella.txt").mkdir(parents=True)


# name → (INDEX.md rows, files to create, extra setup, the file the message names, words in it)
BAD_FILES: dict[
    str, tuple[list[str], dict[str, str | bytes], Callable[[Path], None] | None, str, str]
] = {
    "missing": ([row("assente.txt")], {}, None, "assente.txt", "missing"),
    "empty": ([row("vuoto.txt")], {"vuoto.txt": b""}, None, "vuoto.txt", "empty"),
    "whitespace": ([row("spazi.txt")], {"spazi.txt": " \n\t\r\n "}, None, "spazi.txt", "empty"),
    "binary": (
        [row("foto.txt")],
        {"foto.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))},
        None,
        "foto.txt",
        "binary",
    ),
    "binary without NUL": (
        [row("dati.txt")],
        {"dati.txt": bytes(range(1, 32)) * 40},
        None,
        "dati.txt",
        "binary",
    ),
    "only control characters": (
        [row("ctrl.txt")],
        {"ctrl.txt": "\x1b[2J\x1b[H\x07\x1b]0;x\x07"},
        None,
        "ctrl.txt",
        "empty",
    ),
    "parent folder": ([row("../elsewhere.txt")], {}, None, "elsewhere.txt", "outside"),
    "absolute path": ([row("/etc/hostname")], {}, None, "/etc/hostname", "outside"),
    "symlink out": ([row("link.txt")], {}, _symlink_out, "link.txt", "outside"),
    "folder": ([row("cartella.txt")], {}, _folder, "cartella.txt", "folder"),
}
BAD_INDEX: dict[str, tuple[str, str]] = {
    "no table": ("Gli articoli:\n- good.txt\n", "malformed"),
    "no file column": ("| nome |\n|---|\n| good.txt |\n", "no `file` column"),
    "wrong cells": (HEADER + "| good.txt | titolo |\n", "2 cells"),
    "listed twice": (HEADER + row("good.txt") + "\n" + row("good.txt") + "\n", "listed twice"),
    "bad date": (HEADER + row("good.txt", "10/01/2026") + "\n", "ISO 8601"),
}


def bad_seeds(root: Path, case: str) -> tuple[Path, str, str]:
    rows, files, setup, named, words = BAD_FILES[case]
    if setup:
        setup(root)
    return make_seeds(root, rows, files), named, words


# --- the public functions ----------------------------------------------------------------------


@pytest.mark.parametrize("case", BAD_FILES)
def test_read_seed_names_the_file_and_the_problem(tmp_path: Path, case: str) -> None:
    seeds, named, words = bad_seeds(tmp_path, case)
    entry = read_index(seeds)[1]
    with pytest.raises(InputError) as error:
        read_seed(seeds, entry)
    [problem] = error.value.problems
    assert named in problem.file and words in problem.message
    assert "\n" not in str(problem)


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_load_with_a_bad_file_lists_it_and_skip_bad_keeps_the_good(
    tmp_path: Path, case: str
) -> None:
    seeds, named, _ = bad_seeds(tmp_path, case)
    with pytest.raises(InputError) as error:
        load_seeds(seeds)
    assert [named in p.file for p in error.value.problems] == [True]
    result = load_seeds(seeds, skip_bad=True)
    assert [a.file for a in result.library.articles] == ["good.txt"]
    assert result.skipped == [read_index(seeds)[1].file]


@pytest.mark.parametrize("case", BAD_INDEX)
def test_a_bad_index_is_one_line_naming_it(tmp_path: Path, case: str) -> None:
    index, words = BAD_INDEX[case]
    seeds = make_seeds(tmp_path, [], {})
    (seeds / "INDEX.md").write_text(index, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_seeds(seeds, skip_bad=True)
    [problem] = error.value.problems
    assert problem.file.endswith("INDEX.md") and words in problem.message


def test_every_problem_is_listed_in_one_load(tmp_path: Path) -> None:
    seeds = make_seeds(
        tmp_path,
        [row("assente.txt"), row("vuoto.txt"), row("../fuori.txt")],
        {"vuoto.txt": ""},
    )
    with pytest.raises(InputError) as error:
        load_seeds(seeds)
    named = [p.file for p in error.value.problems]
    assert len(named) == 3
    assert [any(n in f for f in named) for n in ("assente", "vuoto", "fuori")] == [True] * 3


def test_a_cp1252_article_loads_with_a_warning(tmp_path: Path) -> None:
    text = "Perché la tregua è “fragile”\n\nAnkara, 2 febbraio 2026 – L’incontro è finito.\n"
    seeds = make_seeds(tmp_path, [row("vecchio.txt")], {"vecchio.txt": text.encode("cp1252")})
    result = load_seeds(seeds)
    old = next(a for a in result.library.articles if a.file == "vecchio.txt")
    assert old.title == "Perché la tregua è “fragile”"
    [warning] = result.problems
    assert warning.warning and "vecchio.txt" in warning.file and "cp1252" in warning.message


def test_escapes_in_an_article_never_reach_the_library(tmp_path: Path) -> None:
    text = "Titolo \x1b[5mlampeggiante\x1b[0m\n\nIl [bold]testo[/] resta\x07 com'è.\n"
    seeds = make_seeds(tmp_path, [row("esc.txt")], {"esc.txt": text})
    article = next(a for a in load_seeds(seeds).library.articles if a.file == "esc.txt")
    assert article.title == "Titolo lampeggiante"
    assert article.paragraphs[0].text == "Il [bold]testo[/] resta com'è."


# --- the installed script ----------------------------------------------------------------------


def negoreader(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = shutil.which("negoreader")
    command = [script] if script else [sys.executable, "-m", "negoreader"]
    return subprocess.run(
        [*command, *args],
        cwd=cwd,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def good_store(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A store the script loaded from the good article alone."""
    root = tmp_path_factory.mktemp("good")
    seeds = make_seeds(root, [], {})
    store = root / "data" / "articles.yaml"
    result = negoreader("load", "--seeds", str(seeds), "--store", str(store), cwd=root)
    assert result.returncode == 0, result.stderr
    return store.read_bytes()


def existing_store(root: Path, content: bytes) -> Path:
    """The store a user already has, before the seeds go bad."""
    store = root / "data" / "articles.yaml"
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_bytes(content)
    return store


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "error" in line]


@pytest.mark.parametrize("case", BAD_FILES)
def test_script_reports_a_bad_file_and_keeps_the_store(
    tmp_path: Path, case: str, good_store: bytes
) -> None:
    seeds, named, words = bad_seeds(tmp_path, case)
    store = existing_store(tmp_path, good_store)
    result = negoreader("load", "--seeds", str(seeds), "--store", str(store), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    assert named in line and words in line
    assert store.read_bytes() == good_store


@pytest.mark.parametrize("case", BAD_INDEX)
def test_script_reports_a_bad_index_and_keeps_the_store(
    tmp_path: Path, case: str, good_store: bytes
) -> None:
    index, words = BAD_INDEX[case]
    seeds = make_seeds(tmp_path, [], {})
    store = existing_store(tmp_path, good_store)
    (seeds / "INDEX.md").write_text(index, encoding="utf-8")
    result = negoreader("load", "--seeds", str(seeds), "--store", str(store), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    assert "INDEX.md" in line and words in line
    assert store.read_bytes() == good_store


def test_script_with_no_index_at_all(tmp_path: Path) -> None:
    (tmp_path / "vuota").mkdir()
    store = tmp_path / "data" / "articles.yaml"
    result = negoreader(
        "load", "--seeds", str(tmp_path / "vuota"), "--store", str(store), cwd=tmp_path
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    assert "INDEX.md" in line and "missing" in line
    assert not store.exists()


def test_script_skip_bad_stores_the_good_and_lists_the_skipped(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path, [row("assente.txt"), row("vuoto.txt")], {"vuoto.txt": ""})
    store = tmp_path / "data" / "articles.yaml"
    args = ("load", "--seeds", str(seeds), "--store", str(store))
    result = negoreader(*args, "--skip-bad", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(error_lines(result.stderr)) == 2
    assert "skipped 2: assente.txt, vuoto.txt" in result.stderr
    listing = negoreader("list", "--json", "--store", str(store), cwd=tmp_path)
    assert '"file": "good.txt"' in listing.stdout
    assert "assente" not in listing.stdout and "vuoto" not in listing.stdout


def test_script_loads_a_cp1252_file_with_a_warning(tmp_path: Path) -> None:
    text = "Perché la tregua è “fragile”\n\nAnkara, 2 febbraio 2026 – L’incontro è finito.\n"
    seeds = make_seeds(tmp_path, [row("vecchio.txt")], {"vecchio.txt": text.encode("cp1252")})
    store = tmp_path / "data" / "articles.yaml"
    result = negoreader("load", "--seeds", str(seeds), "--store", str(store), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [line] = [x for x in result.stderr.splitlines() if "warning" in x]
    assert "vecchio.txt" in line and "not UTF-8; read as cp1252" in line
    shown = negoreader("list", "--json", "--store", str(store), cwd=tmp_path)
    assert "Perché la tregua è “fragile”" in shown.stdout


def test_script_with_a_seeds_folder_that_does_not_exist(tmp_path: Path) -> None:
    store = tmp_path / "data" / "articles.yaml"
    missing = tmp_path / "nessuna"
    result = negoreader("load", "--seeds", str(missing), "--store", str(store), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    assert "nessuna" in line and "no such folder" in line
    assert not store.exists()
