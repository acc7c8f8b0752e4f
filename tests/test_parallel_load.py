"""The per-article steps on worker processes give the store the sequential load gives, byte for byte."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

from negoreader.extract import pipeline as extract
from negoreader.load import load_into_store, load_seeds
from negoreader.problems import InputError

from .conftest import ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate

UNSEEN = ROOT / "tests" / "gold" / "unseen"


@pytest.fixture
def two_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two CPUs as the loader sees them, so the pool runs on any machine."""
    monkeypatch.setattr(extract.os, "cpu_count", lambda: 2)
    monkeypatch.delenv("NEGOREADER_WORKERS", raising=False)


def _stores(seeds: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, bytes]:
    """The store written with the pool, then with NEGOREADER_WORKERS=1."""
    assert extract.workers(len(list(seeds.rglob("*.txt")))) == 2
    load_into_store(seeds, out / "pool.yaml", skip_bad=True)
    monkeypatch.setenv("NEGOREADER_WORKERS", "1")
    load_into_store(seeds, out / "one.yaml", skip_bad=True)
    monkeypatch.delenv("NEGOREADER_WORKERS")
    return (out / "pool.yaml").read_bytes(), (out / "one.yaml").read_bytes()


def _append_rows(seeds: Path, files: list[str]) -> None:
    with (seeds / "INDEX.md").open("a", encoding="utf-8") as index:
        index.writelines(f"| {name} | | | | |\n" for name in files)


@pytest.mark.usefixtures("two_cpus")
def test_generated_corpus_gives_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(tmp_path / "corpus", 150, seed=5)
    pool, one = _stores(tmp_path / "corpus" / "seeds", tmp_path, monkeypatch)
    assert pool == one
    assert pool.count(b"\n- id: ") >= 150


@pytest.mark.usefixtures("two_cpus")
def test_copies_with_the_same_stems_give_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bundled and the unseen articles, each in several folders: the same stems get -2, -3 …
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "INDEX.md").write_text(
        "| file | title | source | author | date |\n|---|---|---|---|---|\n"
    )
    rows = []
    for copy in range(8):
        for source in (SEEDS, UNSEEN):
            for text in sorted(source.glob("*.txt")):
                name = f"c{copy}/{source.name}_{text.name}"
                (seeds / name).parent.mkdir(exist_ok=True)
                shutil.copy(text, seeds / name)
                rows.append(name)
    _append_rows(seeds, rows)
    pool, one = _stores(seeds, tmp_path, monkeypatch)
    assert pool == one
    assert b"-8\n" in pool  # the eighth copy of a stem


@pytest.mark.usefixtures("two_cpus")
def test_bad_files_are_reported_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate(tmp_path / "corpus", 80, seed=7)
    seeds = tmp_path / "corpus" / "seeds"
    (seeds / "vuoto.txt").write_bytes(b"")
    (seeds / "foto.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    _append_rows(seeds, ["vuoto.txt", "assente.txt", "foto.txt"])
    with pytest.raises(InputError) as pooled_error:
        load_seeds(seeds)
    pooled = load_seeds(seeds, skip_bad=True)
    monkeypatch.setenv("NEGOREADER_WORKERS", "1")
    with pytest.raises(InputError) as one_error:
        load_seeds(seeds)
    one = load_seeds(seeds, skip_bad=True)
    assert pooled_error.value.problems == one_error.value.problems
    assert [Path(p.file).name for p in one_error.value.problems] == [
        "vuoto.txt",
        "assente.txt",
        "foto.txt",
    ]
    assert (pooled.problems, pooled.skipped) == (one.problems, one.skipped)
    assert pooled.skipped == ["vuoto.txt", "assente.txt", "foto.txt"]
    assert pooled.library == one.library


@pytest.mark.usefixtures("two_cpus")
def test_progress_counts_every_article_in_order(tmp_path: Path) -> None:
    generate(tmp_path / "corpus", 70, seed=2)
    seen: list[tuple[int, int]] = []
    load_seeds(
        tmp_path / "corpus" / "seeds", progress=lambda done, total, _: seen.append((done, total))
    )
    assert seen == [(n, 70) for n in range(1, 71)]


@pytest.mark.usefixtures("two_cpus")
def test_pool_map_runs_elsewhere_and_keeps_the_order() -> None:
    here = os.getpid()
    results = list(extract.pool_map(lambda n: (n, os.getpid()), 200))
    assert [n for n, _ in results] == list(range(200))
    assert here not in {pid for _, pid in results}


@pytest.mark.usefixtures("two_cpus")
def test_a_started_pool_works_while_this_process_does_something_else() -> None:
    here = os.getpid()
    with extract.pool_started(lambda n: (n, os.getpid()), 200, most=1) as results:
        meanwhile = sum(range(1000))  # the body's own work, the tasks already under way
        done = list(results)
    assert meanwhile == 499500
    assert [n for n, _ in done] == list(range(200))
    assert len({pid for _, pid in done}) == 1 and here not in {pid for _, pid in done}


def test_a_started_pool_without_workers_runs_the_tasks_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEGOREADER_WORKERS", "1")
    with extract.pool_started(lambda n: (n, os.getpid()), 200) as results:
        assert list(results) == [(n, os.getpid()) for n in range(200)]


@pytest.mark.usefixtures("two_cpus")
def test_when_the_pool_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    assert extract.workers(1000) == 2
    assert extract.workers(extract.MIN_PARALLEL - 1) == 1
    monkeypatch.setenv("NEGOREADER_WORKERS", "1")
    assert extract.workers(1000) == 1
    monkeypatch.delenv("NEGOREADER_WORKERS")
    monkeypatch.setattr(extract.os, "cpu_count", lambda: 1)
    assert extract.workers(1000) == 1


@pytest.mark.usefixtures("two_cpus")
def test_no_fork_while_another_thread_runs() -> None:
    # The reader loads in a worker thread: a fork there could copy a lock held by another thread.
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert extract.workers(1000) == 1
    finally:
        stop.set()
        thread.join()
