"""The main screen: search bar, article list, reading pane, related panel and status line."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from negoreader.navigation import (
    Filter,
    History,
    Location,
    Mention,
    articles_in_order,
    entity_filter,
    meeting_target,
    step,
    step_meeting,
    text_filter,
)
from negoreader.problems import InputError
from negoreader.records import Article, Library, Meeting
from negoreader.tui.prompts import article_prompt, meeting_label, result_options
from negoreader.tui.search_service import Results, SearchService
from negoreader.tui.text import printable, safe
from negoreader.tui.widgets.lists import ViOptionList
from negoreader.tui.widgets.reading_pane import Marks, ReadingPane
from negoreader.tui.widgets.related_panel import RelatedPanel
from negoreader.tui.widgets.search_bar import SearchBar


class MainScreen(Screen[None]):
    """Everything the reader does on one screen; other screens are pushed over it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", tooltip="Search people, places, dates or text"),
        Binding("n", "next_mention", "Next", tooltip="Next mention, on into the next article"),
        Binding("N", "previous_mention", "Prev", tooltip="Previous mention"),
        Binding(
            "escape",
            "clear",
            "Clear",
            tooltip="Close the results, clear the search, drop the filter",
        ),
        Binding("r", "toggle_related", "Related", tooltip="Show or hide the related articles"),
        Binding(
            "right_square_bracket",
            "next_meeting",
            "Next meeting",
            tooltip="The next meeting in time",
        ),
        Binding(
            "left_square_bracket",
            "previous_meeting",
            "Prev meeting",
            tooltip="The previous meeting in time",
        ),
        Binding("t", "timeline", "Timeline", tooltip="Every meeting in date order"),
        Binding("e", "entities", "Index", tooltip="Every person, place and date"),
        Binding("backspace,alt+left", "back", "Back", tooltip="Back to where you were"),
        Binding("alt+right", "forward", "Forward", tooltip="Forward again"),
        Binding("question_mark,f1", "help", "Help", tooltip="This list of keys"),
        Binding("q", "quit", "Quit", tooltip="Quit negoreader"),
    ]

    def __init__(self, store: Path, library: Library | None = None) -> None:
        super().__init__()
        self.store = store
        self.library: Library | None = library
        self.search_service: SearchService | None = None
        self.filter: Filter | None = None
        self.cursor: int | None = None  # index of the current mention in self.filter
        self.current: str | None = None  # id of the article shown
        self.meeting: str | None = None  # the meeting last jumped to
        self.history = History()
        self.results: Results | None = None
        self.problem: str | None = None
        self._moving = 0  # > 0 while the screen itself moves the list's highlight

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield SearchBar(placeholder="/ search people, places, dates or text", id="search")
        yield ViOptionList(id="results")
        with Horizontal(id="body"):
            with Vertical(id="list-column"):
                yield Static(id="list-count", markup=False)
                yield ViOptionList(id="articles")
            with Vertical(id="read-column"):
                yield ProgressBar(id="progress", show_eta=False)
                yield ReadingPane(id="reader")
                yield RelatedPanel(id="related")
        yield Static(id="status", markup=False)
        yield Footer()

    async def on_mount(self) -> None:
        self.query_one("#results").display = False
        self.query_one("#related").display = False
        self.query_one("#progress").display = False
        self.title = "negoreader"
        if self.library is not None:
            await self.library_ready(self.library)
        else:
            await self.reader.show_message(safe("Opening the library…"))
            self.open_library()

    @property
    def reader(self) -> ReadingPane:
        return self.query_one(ReadingPane)

    @property
    def article_list(self) -> ViOptionList:
        return self.query_one("#articles", ViOptionList)

    # --- loading ---------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def open_library(self) -> None:
        """Read the store, building it first when missing, without holding up the screen."""
        from negoreader.load import open_store  # the loader brings the extractor: not at start-up

        def progress(done: int, total: int, name: str) -> None:
            self.app.call_from_thread(self._show_progress, done, total, name)

        try:
            library = open_store(self.store, progress=progress)
            service = SearchService(library)
        except InputError as error:
            self.app.call_from_thread(self._show_problem, str(error))
            return
        except OSError as error:
            self.app.call_from_thread(self._show_problem, f"{self.store}: {error}")
            return
        self.search_service = service
        self.app.call_from_thread(self.library_ready, library)

    def _show_progress(self, done: int, total: int, name: str) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.display = True
        bar.update(total=total, progress=done)
        self.set_status(safe(f"Building the store: {done} of {total} — {name}"))

    async def _show_problem(self, message: str) -> None:
        self.problem = message
        self.query_one("#progress").display = False
        text = Content.assemble(
            ("The library cannot be opened.\n\n", "bold"),
            safe(message),
            "\n\nRebuild it from the articles with:\n\n",
            safe(f"    negoreader load --store {self.store}", "bold"),
            "\n\nthen start negoreader again. Press q to quit.",
        )
        await self.reader.show_message(text, classes="message problem")
        self.set_status(safe("The library could not be opened"))

    async def library_ready(self, library: Library) -> None:
        self.library = library
        if self.search_service is None:
            self.search_service = SearchService(library)
        self.query_one("#progress").display = False
        self.update_status()
        await self.show_articles(articles_in_order(library))
        if not library.articles:
            await self.reader.show_message(safe("The library has no articles yet."))
            return
        self.article_list.focus()

    # --- the article list ------------------------------------------------------------------

    async def show_articles(self, articles: list[Article]) -> None:
        """Fill the list; keep the current article highlighted when it is still there."""
        self._moving += 1
        try:
            await self._show_articles(articles)
        finally:
            self._moving -= 1

    async def _show_articles(self, articles: list[Article]) -> None:
        options: list[Option | None] = []
        for article in articles:
            if options:
                options.append(None)  # a rule between articles: two-line rows read as one each
            options.append(Option(article_prompt(article), id=article.id))
        self.article_list.set_options(options)
        total = len(self.library.articles) if self.library else 0
        if self.filter is None:
            count = safe(f"{len(articles)} articles")
        else:
            count = Content.assemble(
                safe(f"{len(articles)} of {total} articles · "),
                safe(self.filter.label, "bold"),
            )
        self.query_one("#list-count", Static).update(count)
        ids = [a.id for a in articles]
        if self.current in ids:
            self._sync_list()
        elif ids:
            await self.open_article(ids[0], record=False)  # part of a move already recorded

    @on(OptionList.OptionHighlighted, "#articles")
    async def _article_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # Key actions run on the app's task while this runs on the screen's, so a highlight the
        # screen itself moved can arrive mid-jump or after it: those are not the user's moves.
        if self._moving or event.option_index != self.article_list.highlighted:
            return
        article_id = event.option.id
        if article_id and article_id != self.current:
            await self.open_article(article_id, mention=self._first_mention_in(article_id))

    @on(OptionList.OptionSelected, "#articles")
    def _article_selected(self) -> None:
        self.reader.focus()

    def _first_mention_in(self, article_id: str) -> int | None:
        return self.filter.first_in(article_id) if self.filter else None

    # --- opening articles --------------------------------------------------------------------

    def location(self) -> Location | None:
        if self.current is None:
            return None
        return Location(self.current, self.reader.scroll_y, self.filter, self.cursor)

    async def open_article(
        self,
        article_id: str,
        *,
        paragraph: int | None = None,
        mention: int | None = None,
        scroll: float | None = None,
        record: bool = True,
    ) -> bool:
        """Show an article, at a block, a mention or a scroll position; record where we were."""
        self._moving += 1
        try:
            return await self._open_article(article_id, paragraph, mention, scroll, record)
        finally:
            self._moving -= 1

    async def _open_article(
        self,
        article_id: str,
        paragraph: int | None,
        mention: int | None,
        scroll: float | None,
        record: bool,
    ) -> bool:
        if self.library is None or (article := self.library.article(article_id)) is None:
            return False
        if record and (here := self.location()) is not None:
            self.history.visit(here)
        if mention is not None and self.filter is not None:
            self.cursor = mention
        elif self.filter is None or self.filter.first_in(article.id) is None:
            self.cursor = None
        changed = article.id != self.current
        self.current = article.id
        meeting = self.library.meeting(self.meeting) if self.meeting else None
        if meeting is not None and article.id not in meeting.articles:
            self.meeting = None  # ] and [ now start from this article's own meetings
        if changed or self.reader.article is None:
            await self.reader.show(article, self.marks())
        else:
            self.reader.mark(self.marks())
        self._sync_list()
        self.refresh_related()
        self.refresh_bindings()
        self.update_status()
        self.call_after_refresh(self._place, paragraph, mention, scroll)
        return True

    def _place(self, paragraph: int | None, mention: int | None, scroll: float | None) -> None:
        if scroll is not None:
            self.reader.scroll_to(y=scroll, animate=False, immediate=True)
        elif mention is not None and self.filter is not None:
            self.reader.scroll_to_span(self.filter.mentions[mention].span)
        elif paragraph is not None:
            self.reader.scroll_to_block(paragraph)

    def marks(self) -> Marks:
        if self.filter is None or self.current is None:
            return Marks()
        current = None
        if self.cursor is not None and self.filter.mentions[self.cursor].article == self.current:
            current = self.filter.mentions[self.cursor].span
        return Marks(tuple(self.filter.spans_in(self.current)), current)

    def _sync_list(self) -> None:
        option_list = self.article_list
        try:
            index = option_list.get_option_index(self.current or "")
        except Exception:  # the article is not in the filtered list
            return
        if option_list.highlighted != index:
            option_list.highlighted = index

    # --- status ----------------------------------------------------------------------------

    def set_status(self, content: Content) -> None:
        self.query_one("#status", Static).update(content)

    def update_status(self) -> None:
        parts: list[Content] = []
        if self.filter is not None:
            total = len(self.filter.mentions)
            where = f"mention {self.cursor + 1} of {total}" if self.cursor is not None else ""
            where = where or f"{total} mentions"
            parts.append(Content.assemble(safe(self.filter.label, "bold"), safe(f" · {where}")))
            parts.append(safe("n/N next/prev · esc clears", "dim"))
        if self.meeting and self.library and (meeting := self.library.meeting(self.meeting)):
            parts.append(safe(f"meeting: {meeting_label(meeting)}"))
        if not parts:
            parts.append(safe("/ search · t timeline · e index · ] next meeting · ? help", "dim"))
        self.set_status(Content("  │  ").join(parts))

    # --- search ----------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    @on(Input.Changed, "#search")
    def _query_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(exclusive=True, group="search")
    async def run_search(self, query: str) -> None:
        """Search after a short pause in typing; a newer keystroke cancels this one."""
        await asyncio.sleep(0.05)
        results_list = self.query_one("#results", ViOptionList)
        if not query.strip() or self.search_service is None:
            results_list.display = False
            self.results = None
            return
        results = await self._search(query)
        if results is None:
            return
        self.results = results
        results_list.set_options(result_options(results))
        results_list.display = True
        results_list.highlighted = 0

    async def _search(self, query: str) -> Results | None:
        """The search service's answer, from a thread; a fault in search must not end the app."""
        if self.search_service is None:
            return None
        try:
            return await asyncio.to_thread(self.search_service.search, query)
        except Exception as error:
            self.log.error(f"search failed for {query!r}: {error!r}")
            self.notify(f"Search failed: {type(error).__name__}", severity="error", markup=False)
            return None

    @on(Input.Submitted, "#search")
    async def _query_submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        if self.results is None or self.results.query != event.value:
            self.workers.cancel_group(self, "search")
            self.results = await self._search(event.value)
            if self.results is None:
                return
            self.query_one("#results", ViOptionList).set_options(result_options(self.results))
        index = self.query_one("#results", ViOptionList).highlighted or 0
        await self.choose_result(index)

    @on(OptionList.OptionSelected, "#results")
    async def _result_selected(self, event: OptionList.OptionSelected) -> None:
        await self.choose_result(event.option_index)

    async def choose_result(self, index: int) -> None:
        if self.results is None or self.library is None:
            return
        hits = self.results.hits
        if 0 <= index < len(hits):
            chosen = entity_filter(self.library, hits[index].kind, hits[index].name)
        elif self.results.text_searched:
            chosen = self.results.text or Filter("text", self.results.query.strip(), ())
        else:
            chosen = await asyncio.to_thread(text_filter, self.library, self.results.query)
        self.workers.cancel_group(self, "search")
        self.query_one("#results").display = False
        await self.apply_filter(chosen)

    def action_focus_results(self) -> None:
        results_list = self.query_one("#results", ViOptionList)
        if results_list.display:
            results_list.focus()

    async def apply_filter(self, chosen: Filter) -> None:
        """Narrow the list to the articles mentioning it and go to the first mention."""
        if self.library is None:
            return
        if not chosen.mentions:
            self.notify(
                f"Nothing found for {printable(chosen.label)}", severity="warning", markup=False
            )
            return
        if (here := self.location()) is not None:
            self.history.visit(here)  # back returns to the list as it was
        self.filter = chosen
        self.cursor = None
        ids = set(chosen.articles)
        await self.show_articles([a for a in articles_in_order(self.library) if a.id in ids])
        await self.go_to_mention(0, record=False)
        self.article_list.focus()
        self.update_status()
        self.refresh_bindings()

    async def go_to_mention(self, index: int, *, record: bool = True) -> None:
        if self.filter is None:
            return
        target = self.filter.mentions[index]
        record = record and target.article != self.current  # n/N inside one article: no entry
        await self.open_article(target.article, mention=index, record=record)

    async def action_next_mention(self) -> None:
        if self.filter is not None:
            index = step(self.cursor, len(self.filter.mentions), 1)
            if index is not None:
                await self.go_to_mention(index)

    async def action_previous_mention(self) -> None:
        if self.filter is not None:
            index = step(self.cursor, len(self.filter.mentions), -1)
            if index is not None:
                await self.go_to_mention(index)

    async def action_clear(self) -> None:
        """Escape: close the results, then empty the search bar, then drop the filter."""
        search = self.query_one("#search", Input)
        results_list = self.query_one("#results", ViOptionList)
        if results_list.display or (self.focused is search and search.value):
            self.workers.cancel_group(self, "search")
            results_list.display = False
            self.results = None
            search.value = ""
            if self.filter is None:
                return
        if self.filter is not None and self.library is not None:
            self.filter = None
            self.cursor = None
            await self.show_articles(articles_in_order(self.library))
            self.reader.mark(Marks())
            self.update_status()
            self.refresh_bindings()
        self.article_list.focus()

    # --- related ---------------------------------------------------------------------------

    def action_toggle_related(self) -> None:
        panel = self.query_one("#related")
        panel.display = not panel.display
        self.query_one("#body").set_class(panel.display, "-related")
        self.refresh_related()
        if panel.display:
            self.query_one("#related-list").focus()
        else:
            self.article_list.focus()

    def refresh_related(self) -> None:
        panel = self.query_one(RelatedPanel)
        if panel.display and self.library is not None and self.current is not None:
            panel.show_for(self.library, self.current)

    @on(RelatedPanel.Chosen)
    async def _related_chosen(self, event: RelatedPanel.Chosen) -> None:
        await self.open_anywhere(event.article)

    # --- meetings --------------------------------------------------------------------------

    async def jump_to_meeting(self, meeting: Meeting) -> None:
        target = meeting_target(meeting, prefer=self.current)
        if target is None:
            self.notify("No article reports this meeting", severity="warning")
            return
        article_id, paragraph = target
        self.meeting = meeting.id
        if (here := self.location()) is not None:
            self.history.visit(here)
        if not self._in_list(article_id):
            await self._drop_filter()
        await self.open_article(article_id, paragraph=paragraph, record=False)
        self.update_status()

    def _in_list(self, article_id: str) -> bool:
        try:
            self.article_list.get_option_index(article_id)
        except Exception:
            return False
        return True

    async def _drop_filter(self) -> None:
        if self.filter is not None and self.library is not None:
            self.filter = None
            self.cursor = None
            await self.show_articles(articles_in_order(self.library))

    async def _step_meeting(self, direction: int) -> None:
        if self.library is None:
            return
        article = self.library.article(self.current) if self.current else None
        meeting = step_meeting(self.library, article, self.meeting, direction)
        if meeting is None:
            self.notify("No later meeting" if direction > 0 else "No earlier meeting")
            return
        await self.jump_to_meeting(meeting)

    async def action_next_meeting(self) -> None:
        await self._step_meeting(1)

    async def action_previous_meeting(self) -> None:
        await self._step_meeting(-1)

    # --- other screens -----------------------------------------------------------------------

    def action_timeline(self) -> None:
        from negoreader.tui.screens.timeline import TimelineScreen

        if self.library is not None:
            self.app.push_screen(TimelineScreen(self.library), self._timeline_chosen)

    async def _timeline_chosen(self, meeting_id: str | None) -> None:
        if meeting_id and self.library and (meeting := self.library.meeting(meeting_id)):
            await self.jump_to_meeting(meeting)

    def action_entities(self) -> None:
        from negoreader.tui.screens.entities import EntityScreen

        if self.library is not None:
            self.app.push_screen(EntityScreen(self.library), self._entity_chosen)

    async def _entity_chosen(self, chosen: tuple[str, str] | None) -> None:
        if chosen and self.library:
            await self.apply_filter(entity_filter(self.library, *chosen))

    def action_help(self) -> None:
        from negoreader.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        self.app.exit()

    # --- history ---------------------------------------------------------------------------

    async def action_back(self) -> None:
        if (here := self.location()) and (there := self.history.back(here)):
            await self._restore(there)

    async def action_forward(self) -> None:
        if (here := self.location()) and (there := self.history.forward(here)):
            await self._restore(there)

    async def _restore(self, there: Location) -> None:
        """Go back to a location as it was: its filter, its article, its mention, its scroll."""
        if there.filter is not self.filter and self.library is not None:
            self.filter = there.filter
            self.cursor = None
            shown = articles_in_order(self.library)
            if there.filter is not None:
                ids = set(there.filter.articles)
                shown = [a for a in shown if a.id in ids]
            await self.show_articles(shown)
        await self.open_article(
            there.article, mention=there.mention, scroll=there.scroll, record=False
        )
        self.update_status()
        self.refresh_bindings()

    # --- which commands apply now ------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_mention", "previous_mention"):
            return True if self.filter and self.filter.mentions else None
        if action == "back":
            return True if self.history.can_go_back else None
        if action == "forward":
            return True if self.history.can_go_forward else None
        if action in ("toggle_related", "next_meeting", "previous_meeting"):
            return True if self.current else None
        if action in ("timeline", "entities"):
            return True if self.library else None
        return True

    # --- for the command palette -------------------------------------------------------------

    async def open_anywhere(self, article_id: str) -> None:
        """Open an article from outside the list, leaving a filter that would hide it."""
        if (here := self.location()) is not None:
            self.history.visit(here)  # before the filter goes, so back brings it back
        if not self._in_list(article_id):
            await self._drop_filter()
        await self.open_article(
            article_id, mention=self._first_mention_in(article_id), record=False
        )
        self.reader.focus()

    def current_article(self) -> Article | None:
        return self.library.article(self.current) if self.library and self.current else None

    def mention_at(self) -> Mention | None:
        if self.filter is None or self.cursor is None:
            return None
        return self.filter.mentions[self.cursor]
