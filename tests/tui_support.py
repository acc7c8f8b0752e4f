"""What the reader's tests share: the hand-written fixture store and waiting for it to open."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from negoreader.tui.screens.main import MainScreen

STORE = Path(__file__).parent / "fixtures" / "reader" / "data" / "articles.yaml"


async def ready(pilot: Pilot[None]) -> MainScreen:
    """Wait until the library is open and the main screen shows it."""
    for _ in range(100):
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, MainScreen) and screen.current is not None:
            return screen
        await pilot.pause(0.02)
    raise AssertionError("the library never opened")
