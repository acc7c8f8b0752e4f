"""SVG snapshots of the reader's screens on the hand-written test store, at a fixed size.

Review `snapshot_report.html` before `pytest --snapshot-update`; never update blindly.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from negoreader.tui.app import ReaderApp
from negoreader.tui.screens.main import MainScreen

STORE = Path(__file__).parent / "fixtures" / "reader" / "data" / "articles.yaml"
SIZE = (110, 32)


def steps(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Wait for the library, press the keys, and let every worker finish."""

    async def run(pilot: Pilot[None]) -> None:
        for _ in range(200):
            await pilot.pause(0.02)
            screen = pilot.app.screen
            if isinstance(screen, MainScreen) and screen.current is not None:
                break
        for key in keys:
            await pilot.press(key)
        await pilot.pause(0.2)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run


def test_main_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(ReaderApp(STORE), terminal_size=SIZE, run_before=steps())


def test_search_in_progress(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(ReaderApp(STORE), terminal_size=SIZE, run_before=steps("slash", *"witkof"))


def test_filtered_list_with_highlights(snap_compare) -> None:  # type: ignore[no-untyped-def]
    keys = ("slash", *"witkof", "enter", "n", "n", "n")
    assert snap_compare(ReaderApp(STORE), terminal_size=SIZE, run_before=steps(*keys))


def test_timeline(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(ReaderApp(STORE), terminal_size=SIZE, run_before=steps("t"))


def test_entity_index(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(ReaderApp(STORE), terminal_size=SIZE, run_before=steps("e", *"wit"))


def test_help(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(ReaderApp(STORE), terminal_size=SIZE, run_before=steps("question_mark"))


def test_small_terminal(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(ReaderApp(STORE), terminal_size=(80, 24), run_before=steps("j"))


def test_tiny_terminal(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(ReaderApp(STORE), terminal_size=(40, 12), run_before=steps("j"))
