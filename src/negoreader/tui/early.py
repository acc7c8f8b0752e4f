"""The store's article list, read from its cache on a thread while the reader starts.

No Textual here: the command line starts the read before it imports Textual, so the list is
ready by the time the screen is built.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from negoreader.navigation import in_order
from negoreader.records import Article

LIST_WAIT_S = 5.0  # the longest the library waits for the early list to be drawn

_gc_paused = False


def pause_gc() -> None:
    """Pause the cyclic garbage collector until `resume_gc`: start-up (importing Textual,
    building and styling the screen) makes hundreds of thousands of objects and little
    garbage, and the collections it set off were ~0.03 s of the first paint's 0.3 s."""
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def resume_gc() -> None:
    """Undo `pause_gc` (when it paused the collector); safe to call any number of times.

    What start-up made is moved out of the collector's sight first (`gc.freeze`): nearly all
    of it lives as long as the reader, and the first collection would otherwise go through
    all of it at once, in the frames right after the first (~10 ms at 1,000 articles).
    """
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()


def release_frozen() -> None:
    """The reader is closing: what start-up froze may be collected again (tests and other
    callers run more than one reader in a process)."""
    gc.unfreeze()


class EarlyList:
    """The store's article list in list order, read from a fresh cache on a thread of its own.

    Started with the reader (by the command line before it imports Textual), before Textual has
    read its styles or composed the screen: the
    store's bytes are read and their digest taken (neither holds the interpreter) while the
    screen is built, so the screen's first layout can already hold the list. A plain thread,
    not a Textual worker, because there is no app running yet. Whoever `claim`s the list first
    (the screen as it mounts, else the opening worker) shows it, and sets `shown` once it is
    drawn.
    """

    def __init__(self, store: Path) -> None:
        self.shown = threading.Event()
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._claimed = False
        self.cancelled = False
        self._articles: tuple[Article, ...] | None = None
        threading.Thread(target=self._read, args=(store,), name="article-list", daemon=True).start()

    def _read(self, store: Path) -> None:
        from negoreader.cache import read_article_list

        try:
            if listed := read_article_list(store):
                self._articles = tuple(in_order(listed))
        except Exception:  # only a head start: opening the store reports any real problem
            self._articles = None
        finally:
            self._done.set()

    def claim(self, timeout: float | None = None) -> tuple[Article, ...] | None:
        """The list, to the first caller only; None when there is none, or not within timeout."""
        if not self._done.wait(timeout):
            return None
        with self._lock:
            if self._claimed or not self._articles:
                return None
            self._claimed = True
            return self._articles

    def wait_shown(self) -> None:
        """Until the list is on screen (when there is one), for at most LIST_WAIT_S."""
        self._done.wait()
        if self._articles:
            self.shown.wait(timeout=LIST_WAIT_S)

    def cancel(self) -> None:
        """The reader is closing: nobody waits for the list any more, nothing is opened."""
        self.cancelled = True
        self.shown.set()
