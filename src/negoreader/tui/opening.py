"""Opening the store for the reader: built first when missing, every step posted as a message.

`EarlyList` (negoreader.tui.early) reads the article list from the store's cache as the reader
starts; `open_library`
runs in a thread worker; the screen handles `Listed`, `Progress`, `Opened` and `Failed`. Bad
input never raises out of them: it becomes a `Failed` with one line naming the file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.content import Content
from textual.message import Message

from negoreader.records import Article, Library
from negoreader.tui.early import EarlyList
from negoreader.tui.text import safe

if TYPE_CHECKING:
    from negoreader.tui.search_service import SearchService


@dataclass
class Listed(Message):
    """The article list, read from a fresh cache before the library is open (plain fields only:
    enough for the list, not for reading). Set `shown` once it is on screen."""

    articles: tuple[Article, ...]
    shown: threading.Event


@dataclass
class Progress(Message):
    """One more article of a store being built."""

    done: int
    total: int
    name: str


@dataclass
class Opened(Message):
    """The library is open and searchable."""

    library: Library
    service: SearchService


@dataclass
class Failed(Message):
    """The store could not be read or built."""

    problem: str


def open_library(store: Path, post: Callable[[Message], object], early: EarlyList) -> None:
    """Read the store, building it from the seeds beside it when missing; post what happens."""
    # A long list painted from the cache's list line before the library itself is decoded:
    # decoding holds the interpreter for long stretches, so it waits for the list's frame;
    # so does importing what decodes it (the loader, search), which takes it as long again.
    if listed := early.claim():
        post(Listed(listed, early.shown))
    early.wait_shown()
    if early.cancelled:  # quit before the library was needed: decoding it would delay the exit
        return
    from negoreader.load import open_store  # the loader brings the extractor: not at start-up
    from negoreader.problems import InputError
    from negoreader.tui.search_service import SearchService

    try:
        library = open_store(store, progress=lambda d, t, n: post(Progress(d, t, n)))
        service = SearchService(library)
    except InputError as error:
        post(Failed(str(error)))
        return
    except OSError as error:
        post(Failed(f"{store}: {error}"))
        return
    post(Opened(library, service))


def problem_text(store: Path, problem: str) -> Content:
    """What the reading pane says when the store cannot be opened, and how to rebuild it."""
    command = f"negoreader load --store {store}"
    parts: list[Content | str | tuple[str, str]] = [
        ("The library cannot be opened.\n\n", "bold"),
        safe(problem),
    ]
    if command not in problem:  # the store's own message may already say how
        parts += ["\n\nRebuild it from the articles with:\n\n", safe(f"    {command}", "bold")]
    parts.append("\n\nthen start negoreader again. Press q to quit.")
    return Content.assemble(*parts)
