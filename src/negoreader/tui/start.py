"""Starting the reader the fast way: the article list read while Textual is imported.

No Textual at import: `build_reader` pauses the collector and starts reading the store's list
from its cache first, then imports Textual (~0.1 s) while that read runs. The command line and
the benchmark's first-paint probe both start the reader here, so the figure is the user's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from negoreader.tui.early import EarlyList, pause_gc, resume_gc

if TYPE_CHECKING:
    from negoreader.tui.app import ReaderApp


def build_reader(store: Path) -> ReaderApp | None:
    """The reader app on `store`, not yet running; None when Textual cannot be imported."""
    pause_gc()  # importing Textual makes many objects and little garbage; the reader resumes it
    early = EarlyList(store)
    try:
        from negoreader.tui.app import ReaderApp
    except ImportError:
        early.cancel()
        resume_gc()
        return None
    return ReaderApp(store, early_list=early)
