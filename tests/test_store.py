"""The YAML store: round trip, determinism, atomic writes, refusal of corrupt or unsafe stores."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from negoreader.load import load_into_store, load_seeds
from negoreader.problems import InputError
from negoreader.store import article_text, dump_library, read_store, write_store

from .conftest import SEEDS, STORE


def test_round_trip_keeps_every_record(tmp_path: Path) -> None:
    library = load_seeds(SEEDS).library
    write_store(library, tmp_path / "a.yaml")
    assert read_store(tmp_path / "a.yaml") == library


def test_same_seeds_give_byte_identical_store(tmp_path: Path) -> None:
    load_into_store(SEEDS, tmp_path / "a.yaml")
    load_into_store(SEEDS, tmp_path / "b.yaml")
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "b.yaml").read_bytes()


def test_committed_store_is_what_load_produces(tmp_path: Path) -> None:
    load_into_store(SEEDS, tmp_path / "a.yaml")
    assert (tmp_path / "a.yaml").read_bytes() == STORE.read_bytes(), "run: negoreader load"


def test_store_is_block_style_and_versioned() -> None:
    text = STORE.read_text(encoding="utf-8")
    assert text.startswith("schema: 2\n")
    assert "text: |" in text


def test_a_failed_write_leaves_the_old_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.yaml"
    library = load_seeds(SEEDS).library
    write_store(library, path)
    before = path.read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        write_store(library, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_corrupt_store_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("schema: 1\narticles:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_store(path)
    message = str(error.value)
    assert str(path) in message and "line " in message and "column " in message
    assert "negoreader load" in message


def test_store_with_python_tags_is_refused_and_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "a.yaml"
    path.write_text(
        "schema: 1\narticles: !!python/object/apply:os.system ['touch " + str(marker) + "']\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as error:
        read_store(path)
    assert "refused" in str(error.value)
    assert not marker.exists()


def test_wrong_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("schema: 99\narticles: []\n", encoding="utf-8")
    with pytest.raises(InputError, match="schema 99"):
        read_store(path)


def test_a_store_cut_short_at_any_record_is_refused_with_one_line(tmp_path: Path) -> None:
    # Cut where a record or a section begins, the rest is still good YAML: without its last
    # line the store would open as a smaller library, without a word.
    lines = STORE.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[-1] == "end: true\n"
    cuts = [n for n, line in enumerate(lines) if n and not line.startswith(" ")]
    assert len(cuts) > 20
    path = tmp_path / "articles.yaml"
    for cut in cuts:
        path.write_text("".join(lines[:cut]), encoding="utf-8")
        with pytest.raises(InputError) as raised:
            read_store(path)
        message = str(raised.value)
        assert "cut short" in message and str(path) in message and "\n" not in message


def test_an_older_store_is_refused_with_the_command_that_rebuilds_it(tmp_path: Path) -> None:
    path = tmp_path / "articles.yaml"
    path.write_text("schema: 1\narticles: []\n", encoding="utf-8")
    with pytest.raises(InputError, match="schema 1, expected 2; rebuild it with: negoreader load"):
        read_store(path)


def test_dump_is_deterministic() -> None:
    library = load_seeds(SEEDS).library
    assert dump_library(library) == dump_library(library)


def test_store_gets_the_umasks_permissions_not_private_ones(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_store(load_seeds(SEEDS).library, tmp_path / "a.yaml")
    finally:
        os.umask(old)
    assert (tmp_path / "a.yaml").stat().st_mode & 0o777 == 0o644


def test_reading_record_by_record_gives_what_one_parse_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from negoreader import store

    text = STORE.read_text(encoding="utf-8")
    assert store._load_by_record(text) is not None
    by_record = store.parse_store(text, STORE)
    monkeypatch.setattr(store, "_load_by_record", lambda text: None)
    assert store.parse_store(text, STORE) == by_record


def test_a_store_laid_out_by_hand_still_reads(tmp_path: Path) -> None:
    library = load_seeds(SEEDS).library
    import yaml

    from negoreader.store import library_to_data

    path = tmp_path / "a.yaml"
    # Flow style, and an anchor used in another article: not the writer's layout.
    data = library_to_data(library)
    shared = data["articles"][0]["meetings"]
    data["articles"][1]["meetings"] = shared
    path.write_text(yaml.safe_dump(data, default_flow_style=True, width=80), encoding="utf-8")
    expected = read_store(path)
    assert expected.articles[1].meetings == library.articles[0].meetings
    assert len(expected.articles) == len(library.articles)


def test_an_error_deep_in_the_articles_names_its_own_line(tmp_path: Path) -> None:
    text = STORE.read_text(encoding="utf-8").splitlines(keepends=True)
    broken_line = next(i for i, line in enumerate(text) if line.startswith("- id:") and i > 10)
    text[broken_line] = "- id: [unclosed\n"
    path = tmp_path / "a.yaml"
    path.write_text("".join(text), encoding="utf-8")
    with pytest.raises(InputError, match=f"line {broken_line + 2}"):
        read_store(path)


@pytest.mark.parametrize(
    "meetings",
    [(), ("miami-2025-12-20",), ("2025-12-20", "yes", "a: b", "#x", "- y", "’ginevra’")],
)
def test_articles_written_before_their_meetings_give_the_same_bytes(
    tmp_path: Path, meetings: tuple[str, ...]
) -> None:
    # The loader writes each article's text while the meetings are merged, and appends the
    # meeting ids last: ids a YAML reader would take for a date, a boolean, a mapping, a
    # comment or a list must come out quoted exactly as in a whole dump.
    library = load_seeds(SEEDS).library
    articles = tuple(replace(a, meetings=meetings) for a in library.articles)
    library = replace(library, articles=articles)
    early = [article_text(replace(a, meetings=())) for a in articles]
    write_store(library, tmp_path / "early.yaml", articles_text=early)
    write_store(library, tmp_path / "whole.yaml")
    assert (tmp_path / "early.yaml").read_bytes() == (tmp_path / "whole.yaml").read_bytes()
    assert (tmp_path / "whole.yaml").read_text(encoding="utf-8") == dump_library(library)
    assert read_store(tmp_path / "early.yaml") == library


def test_a_write_that_fails_midway_leaves_no_cache_body(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    library = load_seeds(SEEDS).library

    def texts():  # the workers' text of each article, failing at the second
        yield article_text(library.articles[0])
        raise OSError("worker lost")

    with pytest.raises(OSError):
        write_store(library, path, cached=True, articles_text=texts())
    assert list(tmp_path.iterdir()) == []


def test_a_store_nested_too_deeply_is_one_clear_problem(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    lines = STORE.read_text(encoding="utf-8").splitlines(keepends=True)
    author = next(i for i, line in enumerate(lines) if line.startswith("  author:"))
    lines[author] = "  author: " + "[" * 3000 + "]" * 3000 + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_store(path)
    assert "nested too deeply" in str(error.value)
    assert str(path) in str(error.value)
