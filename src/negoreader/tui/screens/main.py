"""The main screen: the reader's state, and the panes it is bound into.

State flows down: the screen owns the reactives (`library`, `articles`, `current`, `filter`,
`cursor`, `meeting`, `results`) and binds them into the panes, which render them. Events flow
up: the panes post small messages (`ArticleList.Opened`, `SearchBar.Entered`,
`SearchResults.Chosen`, `RelatedPanel.Opened`, `ReadingPane.EntityClicked`) that the screen
turns into state, using the rules in `negoreader.navigation`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen

from negoreader.navigation import (
    Filter,
    History,
    Location,
    Marks,
    articles_shown,
    cursor_on_opening,
    entity_filter,
    marks_for,
    meeting_kept,
    meeting_target,
    step,
    step_meeting,
)
from negoreader.records import Article, Library, Meeting
from negoreader.tui.breakpoints import breakpoint_classes
from negoreader.tui.early import EarlyList, release_frozen, resume_gc
from negoreader.tui.opening import (
    Failed,
    Listed,
    Opened,
    Progress,
    open_library,
    problem_text,
)
from negoreader.tui.text import printable, safe
from negoreader.tui.widgets.article_list import ArticleList, ListCount
from negoreader.tui.widgets.footer import KeysFooter
from negoreader.tui.widgets.header import TitleHeader
from negoreader.tui.widgets.reading_pane import ReadingPane
from negoreader.tui.widgets.related_panel import RelatedPanel
from negoreader.tui.widgets.search_bar import SearchBar, SearchResults
from negoreader.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from textual.widgets import ProgressBar

    from negoreader.tui.search_service import Results, SearchService

# How long the screen's first frame waits for the article list (being read from the cache since
# the reader started): long enough for 10,000 articles, short enough that a slow disk still
# gets the screen drawn with "Opening the library…" rather than nothing.
FIRST_LIST_WAIT_S = 1.0


class MainScreen(Screen[None]):
    """Everything the reader does on one screen; other screens are pushed over it."""

    # The list has the keys from the start: it is drawn before the library opens, and j/k or
    # the arrows pressed then must move in it, not type into the search bar.
    AUTO_FOCUS = "#articles"

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

    library: reactive[Library | None] = reactive(None, bindings=True)
    service: reactive[SearchService | None] = reactive(None)
    articles: reactive[tuple[Article, ...]] = reactive(())  # the list as shown (filtered)
    current: reactive[str | None] = reactive(None, bindings=True)  # the article shown
    filter: reactive[Filter | None] = reactive(None, bindings=True)  # the entity or text chosen
    cursor: reactive[int | None] = reactive(None)  # the current mention, in filter.mentions
    meeting: reactive[str | None] = reactive(None)  # the meeting last jumped to
    results: reactive[Results | None] = reactive(None)  # what the search bar found
    related: reactive[bool] = reactive(False)  # the related panel is open
    notice: reactive[str] = reactive("")  # the status line's word while loading
    # Computed from the above for the reading pane: the record shown, and what to highlight.
    article: reactive[Article | None] = reactive(None)
    marks: reactive[Marks] = reactive(Marks)

    def __init__(
        self, store: Path, library: Library | None = None, early: EarlyList | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.history = History()
        self._given = library  # a library opened by the caller; else the store is opened here
        self._early = early  # the article list, being read since the reader started

    def compute_article(self) -> Article | None:
        return self.library.article(self.current) if self.library and self.current else None

    def compute_marks(self) -> Marks:
        return marks_for(self.filter, self.cursor, self.current)

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The size classes (the app's breakpoints) before the first layout: Textual sets them
        # on the first resize, after laying the screen out, and changed there they made it
        # restyle, lay out and draw the whole screen again before the first frame (~10 ms).
        self.update_classes(breakpoint_classes(self.app), update=False)
        yield TitleHeader()
        yield SearchBar(
            placeholder="/ search people, places, dates or text", id="search"
        ).data_bind(service=MainScreen.service)
        yield SearchResults(id="results").data_bind(MainScreen.results)
        with Horizontal(id="body"):
            with Vertical(id="list-column"):
                yield ListCount(id="list-count").data_bind(
                    MainScreen.library, MainScreen.articles, MainScreen.filter
                )
                yield ArticleList(id="articles").data_bind(MainScreen.articles, MainScreen.current)
            with Vertical(id="read-column"):
                yield ReadingPane(id="reader").data_bind(MainScreen.article, MainScreen.marks)
                yield RelatedPanel(id="related").data_bind(
                    MainScreen.library, article=MainScreen.current, shown=MainScreen.related
                )
        yield StatusLine(id="status").data_bind(
            MainScreen.library,
            MainScreen.filter,
            MainScreen.cursor,
            MainScreen.meeting,
            MainScreen.notice,
        )
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#results").display = False
        self.query_one("#related").display = False
        self.title = "negoreader"
        if self._given is not None:
            self.library_ready(self._given)
        else:
            self.reader.show_message(safe("Opening the library…"))
            if self._early is None:  # the app gives one whenever it gives no library
                raise ValueError("MainScreen needs a library or the early list of its store")
            # The list in the first frame when the cache gives it soon; else it comes as Listed.
            if listed := self._early.claim(timeout=FIRST_LIST_WAIT_S):
                self.articles = listed
                self._when_settled(self._early.shown.set)
            self.open_library(self._early)
        # The collector, paused for start-up, runs again once the first frame is drawn.
        self.call_after_refresh(resume_gc)

    def on_unmount(self) -> None:
        resume_gc()
        release_frozen()
        if self._early is not None:
            self._early.cancel()  # the opening worker may still be waiting for the list's frame

    def watch_related(self, related: bool) -> None:
        self.query_one("#body").set_class(related, "-related")

    @property
    def reader(self) -> ReadingPane:
        return self.query_one(ReadingPane)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    # --- loading ---------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def open_library(self, early: EarlyList) -> None:
        """Read the store, building it first when missing, without holding up the screen."""
        open_library(self.store, self.post_message, early)

    @on(Listed)
    def _listed(self, event: Listed) -> None:
        if self.library is None:
            self.articles = event.articles
        self._when_settled(event.shown.set)

    def _when_settled(self, callback: Callable[[], object]) -> None:
        """Call back once the list is drawn and what its frame set off has been handled too.

        The library's decoding holds the interpreter for long stretches: started as soon as the
        list is drawn, it held up the frames right after it (focus, footer, the first key).
        """
        self.call_after_refresh(self.call_after_refresh, callback)

    @on(Progress)
    def _progress(self, event: Progress) -> None:
        bar = self._progress_bar()
        bar.display = True
        bar.update(total=event.total, progress=event.done)
        self.notice = f"Building the store: {event.done} of {event.total} — {event.name}"

    def _progress_bar(self) -> ProgressBar:
        """The bar of a store being built, mounted above the reading pane the first time.

        Only a build has progress to show: a bar in every first frame cost its widgets, styles
        and the idle bar's animation for nothing.
        """
        from textual.widgets import ProgressBar

        bars = self.query("#progress").results(ProgressBar)
        if (bar := next(bars, None)) is None:
            bar = ProgressBar(id="progress", show_eta=False)
            self.query_one("#read-column").mount(bar, before="#reader")
        return bar

    @on(Failed)
    def _failed(self, event: Failed) -> None:
        self.query("#progress").set(display=False)
        self.reader.show_message(problem_text(self.store, event.problem), classes="message problem")
        self.notice = "The library could not be opened"
        self.set_focus(None)  # keys reach the screen's bindings: the message says "press q"

    @on(Opened)
    def _opened(self, event: Opened) -> None:
        self.library_ready(event.library, event.service)

    def library_ready(self, library: Library, service: SearchService | None = None) -> None:
        self.query("#progress").set(display=False)
        self.notice = ""
        if service is None:
            from negoreader.tui.search_service import SearchService  # not before the first frame

            service = SearchService(library)
        self.service = service
        self.library = library
        self.articles = articles_shown(library, None)
        if not library.articles:
            self.reader.show_message(safe("The library has no articles yet."))
            return
        # The list may have been painted early and moved in already: open the row the reader is on.
        on_row = self.article_list.highlighted_option
        self.open_article(on_row.id if on_row and on_row.id else self.articles[0].id, record=False)
        self.article_list.focus()

    # --- moving between articles -------------------------------------------------------------

    def location(self) -> Location | None:
        if self.current is None:
            return None
        return Location(self.current, self.reader.scroll_y, self.filter, self.cursor)

    def remember(self) -> None:
        """Record where the reader is, before going somewhere new."""
        if (here := self.location()) is not None:
            self.history.visit(here)
            self.refresh_bindings()

    def open_article(
        self,
        article_id: str,
        *,
        paragraph: int | None = None,
        mention: int | None = None,
        scroll: float | None = None,
        record: bool = True,
    ) -> bool:
        """Show an article, at a block, a mention or a scroll position; record where we were."""
        if self.library is None or self.library.article(article_id) is None:
            return False
        if record:
            self.remember()
        self.cursor = cursor_on_opening(self.filter, self.cursor, article_id, mention)
        self.meeting = meeting_kept(self.library, self.meeting, article_id)
        self.current = article_id
        span = self.filter.mentions[mention].span if self.filter and mention is not None else None
        self.reader.go_to(paragraph=paragraph, span=span, scroll=scroll)
        return True

    def show_filter(self, chosen: Filter | None) -> None:
        """Narrow the list to a filter's articles (or widen it to all); the mention is unset."""
        if self.library is None:
            return
        self.filter = chosen
        self.cursor = None
        self.articles = articles_shown(self.library, chosen)

    @on(ArticleList.Opened)
    def _article_opened(self, event: ArticleList.Opened) -> None:
        first = self.filter.first_in(event.article) if self.filter else None
        self.open_article(event.article, mention=first)

    @on(ArticleList.Chosen)
    def _article_chosen(self) -> None:
        self.reader.focus()

    def open_anywhere(self, article_id: str) -> None:
        """Open an article from outside the list, leaving a filter that would hide it."""
        self.remember()  # before the filter goes, so back brings it back
        if not self.article_list.holds(article_id):
            self.show_filter(None)
        first = self.filter.first_in(article_id) if self.filter else None
        self.open_article(article_id, mention=first, record=False)
        self.reader.focus()

    # --- search and filters ------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.search_bar.focus()

    def action_focus_results(self) -> None:
        results_list = self.query_one(SearchResults)
        if results_list.display:
            results_list.focus()

    @on(SearchBar.Found)
    def _found(self, event: SearchBar.Found) -> None:
        self.results = event.results

    @on(SearchBar.Entered)
    async def _submitted(self, event: SearchBar.Entered) -> None:
        highlighted = self.query_one(SearchResults).highlighted
        fresh = event.results != self.results
        self.results = event.results
        await self.choose(event.results, 0 if fresh else highlighted or 0)

    @on(SearchResults.Chosen)
    async def _result_chosen(self, event: SearchResults.Chosen) -> None:
        await self.choose(event.results, event.index)

    async def choose(self, results: Results, index: int) -> None:
        """Filter by one line of the results: an entity, or the text typed."""
        if self.service is None:
            return
        chosen = await asyncio.to_thread(self.service.chosen, results, index)
        self.search_bar.cancel()
        self.results = None
        self.apply_filter(chosen, typed=True)

    @on(ReadingPane.EntityClicked)
    def _entity_clicked(self, event: ReadingPane.EntityClicked) -> None:
        if self.library is not None:
            self.apply_filter(entity_filter(self.library, event.kind, event.name))

    def apply_filter(self, chosen: Filter, *, typed: bool = False) -> None:
        """Narrow the list to the articles mentioning it and go to the first mention.

        A filter taken from anywhere but the search bar (a click, the index, the palette)
        empties the bar, which would otherwise name something else.
        """
        if self.library is None:
            return
        if not chosen.mentions:
            self.notify(
                f"Nothing found for {printable(chosen.label)}", severity="warning", markup=False
            )
            return
        self.remember()  # back returns to the list as it was
        if not typed and self.search_bar.value:
            self.search_bar.cancel()
            self.search_bar.value = ""
        self.show_filter(chosen)
        self.go_to_mention(0, record=False)
        self.article_list.focus()

    def go_to_mention(self, index: int, *, record: bool = True) -> None:
        if self.filter is None:
            return
        target = self.filter.mentions[index]
        record = record and target.article != self.current  # n/N inside one article: no entry
        self.open_article(target.article, mention=index, record=record)

    def action_next_mention(self) -> None:
        self._step_mention(1)

    def action_previous_mention(self) -> None:
        self._step_mention(-1)

    def _step_mention(self, direction: int) -> None:
        if self.filter is not None:
            index = step(self.cursor, len(self.filter.mentions), direction)
            if index is not None:
                self.go_to_mention(index)

    def action_clear(self) -> None:
        """Escape: close the results, then empty the search bar, then drop the filter."""
        search = self.search_bar
        if self.results is not None or (self.focused is search and search.value):
            search.cancel()
            self.results = None
            search.value = ""
            if self.filter is None:
                return
        if self.filter is not None:
            self.show_filter(None)
        self.article_list.focus()

    # --- related ---------------------------------------------------------------------------

    def action_toggle_related(self) -> None:
        self.related = not self.related
        if self.related:
            self.query_one("#related-list").focus()
        else:
            self.article_list.focus()

    @on(RelatedPanel.Opened)
    def _related_opened(self, event: RelatedPanel.Opened) -> None:
        self.open_anywhere(event.article)

    # --- meetings --------------------------------------------------------------------------

    def jump_to_meeting(self, meeting: Meeting) -> None:
        target = meeting_target(meeting, prefer=self.current)
        if target is None:
            self.notify("No article reports this meeting", severity="warning")
            return
        article_id, paragraph = target
        self.remember()
        if not self.article_list.holds(article_id):
            self.show_filter(None)
        self.meeting = meeting.id
        self.open_article(article_id, paragraph=paragraph, record=False)

    def _step_meeting(self, direction: int) -> None:
        if self.library is None:
            return
        meeting = step_meeting(self.library, self.article, self.meeting, direction)
        if meeting is None:
            self.notify("No later meeting" if direction > 0 else "No earlier meeting")
            return
        self.jump_to_meeting(meeting)

    def action_next_meeting(self) -> None:
        self._step_meeting(1)

    def action_previous_meeting(self) -> None:
        self._step_meeting(-1)

    # --- other screens -----------------------------------------------------------------------

    def action_timeline(self) -> None:
        from negoreader.tui.screens.timeline import TimelineScreen

        if self.library is not None:
            self.app.push_screen(TimelineScreen(self.library), self._timeline_chosen)

    def _timeline_chosen(self, meeting_id: str | None) -> None:
        if meeting_id and self.library and (meeting := self.library.meeting(meeting_id)):
            self.jump_to_meeting(meeting)

    def action_entities(self) -> None:
        from negoreader.tui.screens.entities import EntityScreen

        if self.library is not None:
            self.app.push_screen(EntityScreen(self.library), self._entity_chosen)

    def _entity_chosen(self, chosen: tuple[str, str] | None) -> None:
        if chosen and self.library:
            self.apply_filter(entity_filter(self.library, *chosen))

    def action_help(self) -> None:
        from negoreader.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_quit(self) -> None:
        self.app.exit()

    # --- history ---------------------------------------------------------------------------

    def action_back(self) -> None:
        if (here := self.location()) and (there := self.history.back(here)):
            self._restore(there)

    def action_forward(self) -> None:
        if (here := self.location()) and (there := self.history.forward(here)):
            self._restore(there)

    def _restore(self, there: Location) -> None:
        """Go back to a location as it was: its filter, its article, its mention, its scroll."""
        if there.filter is not self.filter:
            self.show_filter(there.filter)
        self.open_article(there.article, mention=there.mention, scroll=there.scroll, record=False)
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
