"""The related panel: the shown article's related articles with the reasons, ranked off the loop."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from negoreader.records import Library
from negoreader.tui.text import safe
from negoreader.tui.widgets.lists import ViOptionList


class RelatedPanel(Vertical):
    """A title and a list for the bound `article`, while `shown`; posts `Opened` on a pick."""

    @dataclass
    class Opened(Message):
        """An article in the panel was picked: open it."""

        article: str

    library: reactive[Library | None] = reactive(None, repaint=False)
    article: reactive[str | None] = reactive(None, repaint=False)
    shown: reactive[bool] = reactive(False, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._ranked_for: str | None = None  # the article the list holds (or is being ranked for)

    def compose(self) -> ComposeResult:
        yield Static(id="related-title", markup=False)
        yield ViOptionList(id="related-list")

    def watch_shown(self, shown: bool) -> None:
        self.display = shown
        self._refresh()

    def watch_article(self) -> None:
        self._refresh()

    def watch_library(self) -> None:
        self._ranked_for = None
        self._refresh()

    def _refresh(self) -> None:
        # Ranking costs a pass over the library: only while the panel is open, once an article.
        if not self.shown or self.library is None or self.article is None:
            return
        if self.article != self._ranked_for:
            self._ranked_for = self.article
            self.query_one("#related-title", Static).update(safe("Related articles …"))
            self.rank(self.library, self.article)

    @work(thread=True, exclusive=True, group="related")
    def rank(self, library: Library, article_id: str) -> None:
        # Imported here, in the worker: ranking brings the meeting rules, which the first frame
        # does not need.
        from negoreader.related import related_articles

        options: list[Option | None] = []
        for item in related_articles(library, article_id):
            other = library.article(item.id)
            if other is None:
                continue
            reasons = "; ".join(item.reasons) or "nothing in common"
            prompt = Content.assemble(
                safe(other.day or "no date"),
                "  ",
                safe(other.title or other.id, "bold"),
                "\n",
                safe(reasons, "dim"),
            )
            if options:
                options.append(None)  # a rule between articles, as in the article list
            options.append(Option(prompt, id=item.id))
        self.app.call_from_thread(self._show, article_id, options)

    def _show(self, article_id: str, options: list[Option | None]) -> None:
        if article_id != self._ranked_for:
            return  # the reader moved on while these were ranked
        count = sum(option is not None for option in options)
        self.query_one("#related-title", Static).update(safe(f"Related articles ({count})"))
        related_list = self.query_one("#related-list", ViOptionList)
        related_list.set_options(options)
        if options:
            related_list.highlighted = 0

    @on(OptionList.OptionSelected, "#related-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Opened(event.option.id))
