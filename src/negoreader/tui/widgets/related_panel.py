"""The related panel: the shown article's related articles with the reasons, ranked off the loop."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from negoreader.records import Library
from negoreader.related import related_articles
from negoreader.tui.text import safe
from negoreader.tui.widgets.lists import ViOptionList


class RelatedPanel(Vertical):
    """A title and a list; posts `Chosen` when an article in it is picked."""

    @dataclass
    class Chosen(Message):
        article: str

    article: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="related-title", markup=False)
        yield ViOptionList(id="related-list")

    def show_for(self, library: Library, article_id: str) -> None:
        """Rank the articles related to this one (in a thread) and list them."""
        if article_id != self.article:
            self.article = article_id
            self.query_one("#related-title", Static).update(safe("Related articles …"))
            self.rank(library, article_id)

    @work(thread=True, exclusive=True, group="related")
    def rank(self, library: Library, article_id: str) -> None:
        options = []
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
            options.append(Option(prompt, id=item.id))
        self.app.call_from_thread(self._show, article_id, options)

    def _show(self, article_id: str, options: list[Option]) -> None:
        if article_id != self.article:
            return  # the reader moved on while these were ranked
        self.query_one("#related-title", Static).update(safe(f"Related articles ({len(options)})"))
        related_list = self.query_one("#related-list", ViOptionList)
        related_list.set_options(options)
        if options:
            related_list.highlighted = 0

    @on(OptionList.OptionSelected, "#related-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))
