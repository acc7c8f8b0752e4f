"""Opening the store for the reader: built first when missing, every step posted as a message.

`open_library` runs in a thread worker; the screen handles `Progress`, `Opened` and `Failed`.
Bad input never raises out of it: it becomes a `Failed` with one line naming the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual.content import Content
from textual.message import Message

from negoreader.problems import InputError
from negoreader.records import Library
from negoreader.tui.search_service import SearchService
from negoreader.tui.text import safe


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


def open_library(store: Path, post: Callable[[Message], object]) -> None:
    """Read the store, building it from the seeds beside it when missing; post what happens."""
    from negoreader.load import open_store  # the loader brings the extractor: not at start-up

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
