"""The article list and its count line: what the screen's `articles` and `current` say."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from negoreader.navigation import Filter
from negoreader.records import Article, Library
from negoreader.tui.prompts import article_prompt
from negoreader.tui.text import counted, safe
from negoreader.tui.widgets.lists import ViOptionList


def _row(article: Article) -> tuple[str, str, bool, str, str]:
    """What an article's row shows."""
    return (article.id, article.date, article.date_inferred, article.source, article.title)


class ArticleList(ViOptionList):
    """The articles shown, two lines each; posts `Opened` when the reader moves onto one."""

    @dataclass
    class Opened(Message):
        """The reader moved onto an article: show it."""

        article: str

    @dataclass
    class Chosen(Message):
        """Enter or a click on an article: read it."""

        article: str

    articles: reactive[tuple[Article, ...]] = reactive((), repaint=False)
    current: reactive[str | None] = reactive(None, repaint=False)

    def watch_articles(self, old: tuple[Article, ...], articles: tuple[Article, ...]) -> None:
        # The same rows again (the list painted early from the cache, then the library's own
        # records): rebuilding thousands of options would hold the keys up for nothing.
        if old and len(old) == len(articles) and list(map(_row, old)) == list(map(_row, articles)):
            self._highlight_current()
            return
        options: list[Option | None] = []
        for article in articles:
            if options:
                options.append(None)  # a rule between articles: two-line rows read as one each
            options.append(Option(article_prompt(article), id=article.id))
        self.set_options(options)
        self._highlight_current()

    def watch_current(self) -> None:
        self._highlight_current()

    def _highlight_current(self) -> None:
        if self.current is None:
            # The list drawn before the library opens: the reader starts on the first row,
            # which is the one opened then unless the reader has moved.
            if self.highlighted is None and self.option_count:
                self.highlighted = 0
            return
        try:
            index = self.get_option_index(self.current or "")
        except OptionDoesNotExist:  # not in the filtered list
            return
        if self.highlighted != index:
            self.highlighted = index

    def holds(self, article_id: str) -> bool:
        return any(article.id == article_id for article in self.articles)

    @on(OptionList.OptionHighlighted)
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        # A highlight this list moved itself to follow `current`, or one already overtaken by
        # a later move, is not the reader's: only a fresh move to another article opens it.
        if event.option_index != self.highlighted:
            return
        if event.option.id and event.option.id != self.current:
            self.post_message(self.Opened(event.option.id))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))


class ListCount(Static):
    """`4 articles`, or `1 of 4 articles · Kirill Dmitriev` under a filter."""

    library: reactive[Library | None] = reactive(None, repaint=False)
    articles: reactive[tuple[Article, ...]] = reactive((), repaint=False)
    filter: reactive[Filter | None] = reactive(None, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def watch_library(self) -> None:
        self._show()

    def watch_articles(self) -> None:
        self._show()

    def watch_filter(self) -> None:
        self._show()

    def _show(self) -> None:
        if self.library is None and not self.articles:
            self.update("")
        elif self.library is None or self.filter is None:
            self.update(safe(counted(len(self.articles), "article")))
        else:
            self.update(
                Content.assemble(
                    safe(
                        f"{len(self.articles)} of {counted(len(self.library.articles), 'article')} · "
                    ),
                    safe(self.filter.label, "bold"),
                )
            )
