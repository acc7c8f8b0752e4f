"""The reader's first frame: the article list drawn from the cache before the library opens,
list rows measured cheaply but exactly, and what is typed meanwhile answered once it opens."""

from __future__ import annotations

import random
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.content import Content
from textual.pilot import Pilot

from negoreader.store import read_store
from negoreader.tui.app import ReaderApp
from negoreader.tui.early import EarlyList
from negoreader.tui.opening import Listed, Opened, open_library
from negoreader.tui.screens.main import MainScreen
from negoreader.tui.text import ListRow, row, safe, wrapped_lines
from negoreader.tui.widgets.footer import KeysFooter

from .tui_support import STORE, ready

TEXTS = [
    "",
    "Witkoff",
    "2025-12-20  Il Post\nWitkoff e Kushner a Miami con Umerov: i colloqui proseguono domani",
    "Una parolamoltolungachenonentrainnessunariganemmenoinquellepiùlarghe e poi altre parole",
    "spazi   ripetuti    e  finali   ",
    "prima riga\n\nterza riga dopo una vuota\n",
    "東京で会談 — 中文标题也要换行 wide characters in the middle",
    "emoji 🇺🇦🇺🇸 e segni [@click=app.quit]x[/] che non sono markup",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_list_row_is_as_tall_as_the_same_content(text: str) -> None:
    for width in range(1, 61):
        assert ListRow(text).get_height({}, width) == Content(text).get_height({}, width), width


def test_wrapped_lines_count_as_content_wraps_on_many_texts() -> None:
    # Latin words with accents, runs of spaces, punctuation, words longer than the width and
    # characters two cells wide or in clusters, which take the slower exact path.
    rng = random.Random(5)
    alphabet = "abc déf ghì  jk lmnòpqrstùvwxyz,.;'[]   ÀÉ-—«»東🇺"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        for width in (1, 2, 3, 5, 8, 13, 21, 38):
            assert wrapped_lines(text, width) == Content(text).get_height({}, width), (text, width)


def test_a_list_row_with_tabs_or_other_wrapping_is_measured_by_content() -> None:
    text = "col\tumns\tafter tabs, which Content expands before wrapping"
    for width in (5, 12, 30):
        assert ListRow(text).get_height({}, width) == Content(text).get_height({}, width)
    rules = {"text_wrap": "nowrap", "text_overflow": "ellipsis"}
    assert ListRow(TEXTS[2]).get_height(rules, 10) == Content(TEXTS[2]).get_height(rules, 10)


def test_a_row_is_the_content_its_safe_parts_assemble() -> None:
    parts = [
        ("~2025-12-06", "italic"),
        ("  ", ""),
        ("[b]Fonte[/b]", "dim"),
        ("\n", ""),
        ("Titolo\x1b[31m con controlli", "bold"),
        ("", "bold"),  # an empty part adds no span
    ]
    built = row(parts)
    assembled = Content.assemble(*(safe(text, style) for text, style in parts))
    assert built.plain == assembled.plain
    assert [(s.start, s.end, str(s.style)) for s in built.spans] == [
        (s.start, s.end, str(s.style)) for s in assembled.spans
    ]
    assert "[b]Fonte[/b]" in built.plain and "\x1b" not in built.plain  # literal, printable


def warm_store(tmp_path: Path) -> Path:
    store = tmp_path / "data" / "articles.yaml"
    store.parent.mkdir()
    shutil.copy(STORE, store)
    read_store(store)  # writes the cache the list is read from
    return store


def test_the_early_list_goes_to_the_first_claimer_only(tmp_path: Path) -> None:
    store = warm_store(tmp_path)
    early = EarlyList(store)
    listed = early.claim(timeout=5)
    assert listed is not None
    assert [a.id for a in listed] == [
        a.id for a in sorted(read_store(store).articles, key=lambda a: (not a.date, a.date, a.id))
    ]
    assert early.claim(timeout=5) is None  # already shown by whoever claimed it


def test_no_early_list_without_a_fresh_cache(tmp_path: Path) -> None:
    store = tmp_path / "data" / "articles.yaml"
    store.parent.mkdir()
    shutil.copy(STORE, store)  # no cache beside it yet
    assert EarlyList(store).claim(timeout=5) is None
    assert EarlyList(tmp_path / "missing.yaml").claim(timeout=5) is None


def test_a_list_the_screen_claimed_is_not_posted_again(tmp_path: Path) -> None:
    store = warm_store(tmp_path)
    early = EarlyList(store)
    assert early.claim(timeout=5)
    early.shown.set()  # as the screen does once its first frame has settled
    posted: list[object] = []
    open_library(store, posted.append, early)
    assert [type(m) for m in posted] == [Opened]
    assert not any(isinstance(m, Listed) for m in posted)


def test_a_reader_closed_before_its_list_was_drawn_opens_nothing(tmp_path: Path) -> None:
    store = warm_store(tmp_path)
    early = EarlyList(store)
    assert early.claim(timeout=5)  # the screen took the list, then was closed before drawing it
    early.cancel()
    posted: list[object] = []
    open_library(store, posted.append, early)  # returns at once, without waiting LIST_WAIT_S
    assert posted == []


@pytest.fixture
def held_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The library opens only once the returned event is set."""
    import negoreader.load

    gate = threading.Event()
    real_open = negoreader.load.open_store

    def open_store(*args: Any, **kwargs: Any) -> Any:
        gate.wait(timeout=10)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(negoreader.load, "open_store", open_store)
    return gate


async def first_screen(pilot: Pilot[None]) -> MainScreen:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    return screen


async def test_the_first_frame_holds_the_list_before_the_library_opens(
    tmp_path: Path, held_open: threading.Event
) -> None:
    store = warm_store(tmp_path)
    async with ReaderApp(store).run_test(size=(100, 30)) as pilot:
        screen = await first_screen(pilot)
        assert screen.library is None
        assert screen.article_list.option_count == 4
        assert screen.query_one("#list-count").content.plain == "4 articles"
        assert "Opening the library" in screen.reader.blocks()[0].content.plain
        assert screen.focused is screen.article_list  # keys move in the list already
        shown_keys = [key.description for key in screen.query_one(KeysFooter).shown()]
        assert "Search" in shown_keys and "Timeline" in shown_keys  # the footer is complete
        await pilot.press("j")
        moved_to = screen.article_list.highlighted_option
        assert moved_to is not None and moved_to.id == screen.articles[1].id
        held_open.set()
        screen = await ready(pilot)
        assert screen.library is not None
        assert screen.article_list.option_count == 4
        assert screen.current == moved_to.id  # the row moved to is the one opened
        assert not screen.history.can_go_back  # opening it was no move of the reader's


async def test_a_search_typed_before_the_library_opens_is_answered_once_it_does(
    tmp_path: Path, held_open: threading.Event
) -> None:
    store = warm_store(tmp_path)
    async with ReaderApp(store).run_test(size=(100, 30)) as pilot:
        screen = await first_screen(pilot)
        await pilot.press("slash", *"dmitirev")
        await pilot.pause(0.15)
        assert screen.library is None
        assert not screen.query_one("#results").display  # nothing to search yet
        held_open.set()
        await ready(pilot)
        for _ in range(100):
            await pilot.pause(0.02)
            if screen.results is not None:
                break
        results = screen.query_one("#results")
        assert results.display
        assert results.get_option_at_index(0).prompt.plain.startswith("person  Kirill Dmitriev")
        assert screen.search_bar.value == "dmitirev"


async def list_lines(size: tuple[int, int], resize_to: tuple[int, int] | None = None) -> int:
    async with ReaderApp(STORE).run_test(size=size) as pilot:
        screen = await ready(pilot)
        if resize_to is not None:
            await pilot.resize_terminal(*resize_to)
            await pilot.pause()
        return screen.article_list.virtual_size.height


async def test_rows_are_measured_again_when_the_list_narrows_and_not_otherwise() -> None:
    wide = await list_lines((120, 40))
    assert await list_lines((120, 40), resize_to=(120, 20)) == wide  # taller or shorter: same rows
    narrow = await list_lines((80, 30))  # the list column is narrower under 100 columns
    assert narrow > wide  # titles wrap onto more lines
    assert await list_lines((120, 40), resize_to=(80, 30)) == narrow
    assert await list_lines((80, 30), resize_to=(120, 40)) == wide


async def test_the_footer_shows_the_keys_that_apply_and_redraws_when_they_change() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.pause()
        footer = screen.query_one(KeysFooter)
        keys = {key.action: key for key in footer.shown()}
        assert "Timeline" in [key.description for key in keys.values()]
        assert not keys["next_mention"].enabled  # no filter yet
        assert list(keys)[-1] == "command_palette"  # the palette's key at the right
        line = footer.render().plain
        assert line.rstrip().endswith("^p Commands") and "t Timeline" in line
        assert "Next" in line.split("Related")[0]  # shown, dimmed, in binding order
        await pilot.press("slash", *"dmitirev", "enter")
        for _ in range(100):
            await pilot.pause(0.02)
            if screen.filter is not None:
                break
        await pilot.pause()
        keys = {key.action: key for key in footer.shown()}
        assert keys["next_mention"].enabled  # n steps through the mentions now, and says so


async def test_a_click_on_a_footer_key_presses_it() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.pause()
        footer = screen.query_one(KeysFooter)
        x = footer.offset_of("timeline")
        assert x is not None
        await pilot.click(KeysFooter, offset=(x + 1, 0))
        await pilot.pause()
        assert type(pilot.app.screen).__name__ == "TimelineScreen"
        await pilot.press("escape")
        await pilot.pause()
        x = footer.offset_of("focus_search")
        assert x is not None
        await pilot.click(KeysFooter, offset=(x + 1, 0))
        await pilot.pause()
        assert screen.focused is screen.search_bar


async def test_the_header_shows_the_title_and_its_icon_opens_the_palette() -> None:
    from textual.command import CommandPalette

    from negoreader.tui.widgets.header import TitleHeader

    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        header = screen.query_one(TitleHeader)
        line = header.render_line(0).text
        assert len(line) == 120 and line.strip().startswith("⭘")
        assert line.index("negoreader") == 8 + (120 - 8 - 10 - len("negoreader")) // 2
        await pilot.click(TitleHeader, offset=(1, 0))
        await pilot.pause()
        assert isinstance(pilot.app.screen, CommandPalette)


async def test_the_collector_paused_for_start_up_runs_again_after_the_first_frame() -> None:
    import gc

    from negoreader.tui.start import build_reader

    assert gc.isenabled()
    app = build_reader(STORE)
    assert app is not None
    assert not gc.isenabled()  # paused while Textual builds and styles the screen
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert gc.isenabled()
        await pilot.press("j")  # the reader works on with the collector running
        await pilot.pause()
    assert gc.isenabled() and gc.get_freeze_count() == 0  # nothing left frozen once closed


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (59, 15), (40, 10), (100, 16)])
async def test_the_size_classes_are_set_before_the_first_layout_as_textual_sets_them(
    size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from negoreader.tui.breakpoints import breakpoint_classes

    seen: list[set[str]] = []
    original = MainScreen.compose

    def compose(screen: MainScreen) -> Any:
        composed = list(original(screen))
        seen.append(set(screen.classes))
        return composed

    monkeypatch.setattr(MainScreen, "compose", compose)
    app = ReaderApp(STORE)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        # What Textual's own resize handling left is what the screen was composed with.
        names = set(breakpoint_classes(app))
        shown = set(app.screen.classes) & names
        assert len(shown) == 2 and seen and seen[0] & names == shown
