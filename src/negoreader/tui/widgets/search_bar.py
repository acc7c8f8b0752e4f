"""The search bar and the results under it.

The bar searches as you type in a worker and posts what it found; the results list shows the
screen's `results` and posts `Chosen` when one is taken.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, OptionList

from negoreader.tui.prompts import result_options
from negoreader.tui.widgets.lists import ViOptionList

if TYPE_CHECKING:  # the search itself is imported with the library, after the first frame
    from negoreader.tui.search_service import Results, SearchService

PAUSE = 0.05  # seconds of no typing before a search starts: a fast typist's keys are not held up


class SearchBar(Input):
    """Typing here searches as you type; down goes to the results, enter takes the highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "screen.focus_results", "Results", show=False)
    ]

    @dataclass
    class Found(Message):
        """The answer to what is typed now; None when the bar is empty."""

        results: Results | None

    @dataclass
    class Entered(Message):
        """Enter: take the highlighted result of these (fresh) results."""

        results: Results

    service: reactive[SearchService | None] = reactive(None, repaint=False)

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.search(event.value)

    def watch_service(self, service: SearchService | None) -> None:
        # Typed while the library was still opening (the list is drawn first): answer it now.
        if service is not None and self.value.strip():
            self.search(self.value)

    @work(exclusive=True, group="search")
    async def search(self, query: str) -> None:
        """Search after a short pause in typing; a newer keystroke cancels this one."""
        await asyncio.sleep(PAUSE)
        if not query.strip() or self.service is None:
            self.post_message(self.Found(None))
            return
        if (results := await self._ask(query)) is not None:
            self.post_message(self.Found(results))

    @on(Input.Submitted)
    async def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            return
        self.cancel()
        if (results := await self._ask(event.value)) is not None:
            self.post_message(self.Entered(results))

    def cancel(self) -> None:
        """Drop a search under way (the bar is being cleared)."""
        self.workers.cancel_group(self, "search")

    async def _ask(self, query: str) -> Results | None:
        """The service's answer, from a thread; a fault in search must not end the app."""
        if self.service is None:
            return None
        try:
            return await asyncio.to_thread(self.service.search, query)
        except Exception as error:
            self.log.error(f"search failed for {query!r}: {error!r}")
            self.notify(f"Search failed: {type(error).__name__}", severity="error", markup=False)
            return None


class SearchResults(ViOptionList):
    """People, places and dates that match, and a last line for the text; hidden when none."""

    @dataclass
    class Chosen(Message):
        results: Results
        index: int

    results: reactive[Results | None] = reactive(None, repaint=False)

    def watch_results(self, results: Results | None) -> None:
        self.display = results is not None
        if results is not None:
            self.set_options(result_options(results))
            self.highlighted = 0

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.results is not None:
            self.post_message(self.Chosen(self.results, event.option_index))
