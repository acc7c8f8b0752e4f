"""Command palette provider: open an article, filter by a person or place, jump to a meeting."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from negoreader.navigation import entity_filter
from negoreader.tui.text import marked_positions, printable, safe

MAX_HITS = 40


class LibraryCommands(Provider):
    """Articles, people, places and meetings of the open library."""

    def _screen(self) -> Any:
        from negoreader.tui.screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _candidates(self) -> list[tuple[str, str, Callable[[], Any]]]:
        """(label, help, command) for everything in the library."""
        screen = self._screen()
        library = screen.library if screen is not None else None
        if library is None:
            return []
        found: list[tuple[str, str, Callable[[], Any]]] = []

        async def open_article(article_id: str) -> None:
            await self._back_to(screen)
            screen.open_anywhere(article_id)

        async def filter_by(kind: str, name: str) -> None:
            await self._back_to(screen)
            screen.apply_filter(entity_filter(library, kind, name))

        async def meeting(meeting_id: str) -> None:
            await self._back_to(screen)
            if (chosen := library.meeting(meeting_id)) is not None:
                screen.jump_to_meeting(chosen)

        for article in library.articles:
            found.append(
                (
                    f"Article: {article.title or article.id}",
                    "open the article",
                    partial(open_article, article.id),
                )
            )
        for person in library.people:
            found.append(
                (
                    f"Person: {person.name}",
                    "filter the articles by this person",
                    partial(filter_by, "person", person.name),
                )
            )
        for place in library.places:
            found.append(
                (
                    f"Place: {place.name}",
                    "filter the articles by this place",
                    partial(filter_by, "place", place.name),
                )
            )
        for item in library.meetings:
            where = " ".join(x for x in (item.date, item.place, item.kind) if x)
            found.append(
                (f"Meeting: {where}", "open the article reporting it", partial(meeting, item.id))
            )
        return found

    async def _back_to(self, screen: Any) -> None:
        while self.app.screen is not screen and len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    async def discover(self) -> Hits:
        for label, help_text, command in self._candidates()[:MAX_HITS]:
            yield DiscoveryHit(safe(label), command, text=printable(label), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, help_text, command in self._candidates():
            plain = printable(label)
            score, offsets = matcher.fuzzy_search.match(matcher.query, plain)
            if score > 0:
                display: Content = marked_positions(plain, offsets, "bold underline")
                yield Hit(score, display, command, text=plain, help=help_text)
