"""The benchmark still works: generator and run.py at a tiny N. Figures are not checked, only sense."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

from generate import generate  # noqa: E402
from queries import MIN_QUERIES, build_queries, keystrokes  # noqa: E402

KEYS = {
    "load_s",
    "load_mb_per_s",
    "text_mb",
    "store_open_s",
    "store_open_cold_s",
    "search_p50_ms",
    "search_p95_ms",
    "queries",
    "fzf_p95_ms",
    "first_paint_s",
    "baseline_first_paint_s",
    "peak_rss_mb",
    "articles",
}


def test_generator_is_deterministic_and_looks_like_the_seeds(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", 30, seed=3)
    second = generate(tmp_path / "b", 30, seed=3)
    other = generate(tmp_path / "c", 30, seed=4)
    files = sorted(p.name for p in first.folder.iterdir())
    assert files == sorted(p.name for p in second.folder.iterdir())
    assert len(files) == 31 and "INDEX.md" in files
    for name in files:
        assert (first.folder / name).read_bytes() == (second.folder / name).read_bytes()
    assert files != sorted(p.name for p in other.folder.iterdir())
    index = (first.folder / "INDEX.md").read_text(encoding="utf-8")
    assert "| file | title | source | author | date |" in index
    texts = [p.read_text(encoding="utf-8") for p in first.folder.glob("*.txt")]
    # A dateline paragraph ("Città, 6 dicembre 2025 – ...") opens most articles, as in the seeds.
    dateline = re.compile(r"^[A-Z][\w-]*, \d{1,2} [a-z]+ 20\d\d(, \d\d:\d\d)? – ", re.MULTILINE)
    assert sum(bool(dateline.search(t)) for t in texts) >= len(texts) // 2
    assert all(len(t) > 1000 for t in texts)


def test_distinct_people_grow_with_the_corpus(tmp_path: Path) -> None:
    small = generate(tmp_path / "small", 40, seed=1)
    large = generate(tmp_path / "large", 400, seed=1)
    assert len(large.people) >= 400 / 4
    assert len(large.people) > 3 * len(small.people)


def test_queries_are_many_and_typed_one_character_at_a_time(tmp_path: Path) -> None:
    corpus = generate(tmp_path, 20, seed=1)
    queries = build_queries(sorted(corpus.people), sorted(corpus.places))
    assert len(queries) >= MIN_QUERIES
    assert queries == build_queries(sorted(corpus.people), sorted(corpus.places))
    typed = keystrokes(["abc"])
    assert typed == ["a", "ab", "abc"]


def test_run_prints_one_json_object_with_sane_figures(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--articles", "20", "--json", "--keep", tmp_path],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)  # exactly one JSON document, nothing else on stdout
    assert set(result) >= KEYS
    assert result["articles"] == 20
    assert result["queries"] >= MIN_QUERIES
    assert 0 < result["queries_found"] <= result["queries"]
    assert result["text_mb"] > 0.02
    for key in ("load_s", "store_open_s", "store_open_cold_s", "search_p50_ms", "peak_rss_mb"):
        assert result[key] > 0, key
    assert result["load_mb_per_s"] == pytest.approx(result["text_mb"] / result["load_s"], rel=0.05)
    assert result["search_p50_ms"] <= result["search_p95_ms"]
    assert result["baseline_first_paint_s"] > 0
    for key in ("fzf_p95_ms", "first_paint_s"):
        assert result[key] is None or result[key] > 0, key
    assert (tmp_path / "data" / "articles.yaml").is_file()
