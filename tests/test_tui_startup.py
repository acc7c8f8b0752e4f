"""Start-up: a missing store is built with progress, a corrupt one explained; theme remembered."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from negoreader.store import read_store
from negoreader.tui.app import ReaderApp
from negoreader.tui.early import EarlyList
from negoreader.tui.opening import Listed, Opened, open_library
from negoreader.tui.screens.main import MainScreen
from negoreader.tui.settings import config_dir, load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "reader"
STORE = FIXTURES / "data" / "articles.yaml"


async def main_screen(pilot: Pilot[None]) -> MainScreen:
    for _ in range(200):
        await pilot.pause(0.02)
        if isinstance(pilot.app.screen, MainScreen):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            return pilot.app.screen
    raise AssertionError("no main screen")


async def test_a_missing_store_is_built_from_the_seeds_with_progress(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "seeds", tmp_path / "seeds")
    store = tmp_path / "data" / "articles.yaml"
    async with ReaderApp(store).run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        assert store.is_file()
        assert screen.library is not None and len(screen.library.articles) == 4
        assert screen.query_one("#list-count").content.plain == "4 articles"
        assert screen.query_one("#progress").total == 4  # the bar followed the build
        assert not screen.query_one("#progress").display
        assert screen.current is not None


async def test_a_corrupt_store_shows_the_problem_and_how_to_rebuild(tmp_path: Path) -> None:
    store = tmp_path / "data" / "articles.yaml"
    store.parent.mkdir()
    store.write_text("schema: 1\narticles: [\n  - {id: [unclosed\n", encoding="utf-8")
    app = ReaderApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        message = screen.reader.query_one(".problem").content.plain
        assert "corrupt store" in message and str(store) in message
        assert f"negoreader load --store {store}" in message
        assert message.count("negoreader load") == 1  # said once, whoever says it
        assert "Traceback" not in message
        await pilot.press("slash", "x", "enter", "t", "e", "r", "n", "right_square_bracket")
        await pilot.pause()
        await pilot.press("escape", "q")
        await pilot.pause()
    assert app.return_code in (0, None)


async def test_q_quits_at_once_when_the_store_is_corrupt(tmp_path: Path) -> None:
    store = tmp_path / "data" / "articles.yaml"
    store.parent.mkdir()
    store.write_text("schema: 1\narticles: [\n", encoding="utf-8")
    app = ReaderApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        assert "Press q to quit" in screen.reader.query_one(".problem").content.plain
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_no_store_and_no_seeds_is_explained(tmp_path: Path) -> None:
    store = tmp_path / "nowhere" / "data" / "articles.yaml"
    async with ReaderApp(store).run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        message = screen.reader.query_one(".problem").content.plain
        assert "INDEX.md" in message


async def test_an_empty_library_says_so(tmp_path: Path) -> None:
    store = tmp_path / "data" / "articles.yaml"
    store.parent.mkdir()
    store.write_text("schema: 2\narticles: []\nend: true\n", encoding="utf-8")
    async with ReaderApp(store).run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        assert "no articles" in screen.reader.query_one(".message").content.plain
        await pilot.press("n", "t", "escape", "e", "escape", "r", "right_square_bracket")
        await pilot.pause()
        assert pilot.app.is_running


async def test_the_theme_is_remembered_between_runs() -> None:
    assert config_dir() == Path(os.environ["NEGOREADER_HOME"])  # never the real config folder
    async with ReaderApp(STORE).run_test(size=(100, 30)) as pilot:
        await main_screen(pilot)
        pilot.app.theme = "textual-light"
        await pilot.pause()
    assert load_settings()["theme"] == "textual-light"
    async with ReaderApp(STORE).run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        assert pilot.app.theme == "textual-light"
        # Set before the styles were first read: the screen is drawn in its colours.
        assert pilot.app.has_class("-light-mode")
        assert screen.styles.background.brightness > 0.5


def test_settings_live_where_the_environment_says(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEGOREADER_CONFIG", str(tmp_path / "config"))
    assert config_dir() == tmp_path / "config"
    assert load_settings() == {}
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "reader.json").write_text("not json", encoding="utf-8")
    assert load_settings() == {}


def test_the_list_is_posted_from_a_warm_cache_before_the_library(tmp_path: Path) -> None:
    store = tmp_path / "data" / "articles.yaml"
    store.parent.mkdir()
    shutil.copy(STORE, store)
    posted: list[object] = []

    def post(message: object) -> None:
        posted.append(message)
        if isinstance(message, Listed):
            message.shown.set()  # as the screen does once the list is drawn

    open_library(store, post, EarlyList(store))  # no cache yet: the library only
    assert [type(m) for m in posted] == [Opened]
    posted.clear()
    open_library(store, post, EarlyList(store))
    assert [type(m) for m in posted] == [Listed, Opened]
    listed, opened = posted
    assert isinstance(listed, Listed) and isinstance(opened, Opened)
    assert [a.id for a in listed.articles] == [
        a.id for a in sorted(read_store(store).articles, key=lambda a: (not a.date, a.date, a.id))
    ]
    assert all(not a.paragraphs for a in listed.articles)  # the list's fields only


async def test_a_row_moved_to_before_the_library_opens_is_the_one_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import negoreader.load

    store = tmp_path / "data" / "articles.yaml"
    store.parent.mkdir()
    shutil.copy(STORE, store)
    read_store(store)  # warm the cache, so the list comes first
    gate = threading.Event()
    real_open = negoreader.load.open_store

    def held_open(*args: Any, **kwargs: Any) -> Any:
        gate.wait(timeout=5)  # the library opens only once the test has moved in the list
        return real_open(*args, **kwargs)

    monkeypatch.setattr(negoreader.load, "open_store", held_open)
    async with ReaderApp(store).run_test(size=(100, 30)) as pilot:
        for _ in range(200):
            await pilot.pause(0.01)
            screen = pilot.app.screen
            if isinstance(screen, MainScreen) and screen.articles:
                break
        assert isinstance(screen, MainScreen) and screen.library is None
        assert screen.query_one("#list-count").content.plain == "4 articles"
        screen.article_list.highlighted = 2  # the second article (a rule between rows)
        await pilot.pause()
        second = screen.article_list.highlighted_option
        assert second is not None and second.id
        gate.set()
        screen = await main_screen(pilot)
        assert screen.library is not None
        assert screen.current == second.id


def test_the_command_line_imports_neither_textual_nor_the_loader_before_it_needs_them() -> None:
    # `negoreader` with no command opens the reader: it starts reading the article list, then
    # imports Textual; the loader, search and rich's tables would only delay the first frame.
    code = (
        "import sys, negoreader.cli, negoreader.tui.early, negoreader.tui.start; "
        "print(sorted(m for m in ('textual', 'negoreader.load', 'negoreader.search', "
        "'negoreader.related', 'rich.table') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_reader_opened_by_the_command_line_gets_the_list_it_began_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from negoreader import cli
    from negoreader.tui.app import ReaderApp
    from negoreader.tui.early import EarlyList, resume_gc

    store = tmp_path / "data" / "articles.yaml"
    store.parent.mkdir()
    shutil.copyfile(STORE, store)
    read_store(store)  # leaves a fresh cache
    started: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self: started.append(self))
    assert cli.main(["--store", str(store)]) == 0
    resume_gc()  # the app that would have resumed it never ran
    [reader] = started
    early = reader.early_list
    assert reader.store == store and isinstance(early, EarlyList)
    listed = early.claim(timeout=5)
    assert listed is not None and len(listed) == 4
