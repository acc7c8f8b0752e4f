"""The reading pane: one article, one Static per block, people/places/dates highlighted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static

from negoreader.records import Article, Span
from negoreader.search import TITLE
from negoreader.tui.text import highlighted, safe

# Three styles that stay apart without colour: bold, underline, italic.
PERSON = "bold $text-accent"
PLACE = "underline $text-success"
DATE = "italic $text-warning"
MATCH = "reverse"
CURRENT = "reverse bold $warning"
META = -2  # the index of the byline block, beside TITLE (-1) and the paragraphs (0…)


@dataclass(frozen=True)
class Marks:
    """The search matches to show in the article, and which one is current."""

    spans: tuple[Span, ...] = ()
    current: Span | None = None


def _entity_spans(article: Article) -> dict[int, list[tuple[int, int, str]]]:
    by_paragraph: dict[int, list[tuple[int, int, str]]] = {}
    for refs, style in ((article.people, PERSON), (article.places, PLACE)):
        for ref in refs:
            for span in ref.mentions:
                by_paragraph.setdefault(span.paragraph, []).append((span.start, span.end, style))
    for date in article.dates:
        span = date.mention
        by_paragraph.setdefault(span.paragraph, []).append((span.start, span.end, DATE))
    return by_paragraph


class Block(Static):
    """One block of the article: the title, a paragraph, a heading, a quote or a caption."""

    def __init__(self, content: Content, index: int, kind: str) -> None:
        super().__init__(content, markup=False, classes=kind)
        self.index = index
        self.text_length = len(content.plain)


class ReadingPane(VerticalScroll, can_focus=True):
    """Shows one article; scrolls to a block or a mention."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    article: Article | None = None

    async def show_message(self, content: Content, classes: str = "message") -> None:
        """Replace the article with a notice (loading, an error, an empty library)."""
        self.article = None
        await self.remove_children()
        await self.mount(Static(content, markup=False, classes=classes))

    async def show(self, article: Article, marks: Marks = Marks()) -> None:
        """Show the article with its entities and the given search marks.

        The blocks already on screen are refilled rather than replaced: mounting a few dozen
        fresh widgets per article was most of the time a move in the list took.
        """
        self.article = article
        fresh = self._blocks(article, marks)
        if any(not isinstance(child, Block) for child in self.children):
            await self.remove_children()
        shown = list(self.query_children(Block))
        for widget, new in zip(shown, fresh, strict=False):
            widget.index = new.index
            widget.update(new.content)
            widget.set_classes(new.classes)
        if len(shown) > len(fresh):
            await self.remove_children(shown[len(fresh) :])
        elif len(fresh) > len(shown):
            await self.mount_all(fresh[len(shown) :])
        self.scroll_home(animate=False, immediate=True)

    def mark(self, marks: Marks) -> None:
        """Re-highlight the shown article, keeping the blocks and the scroll position."""
        if self.article is None:
            return
        fresh = {b.index: b for b in self._blocks(self.article, marks)}
        for block in self.query(Block):
            if block.index in fresh:
                block.update(fresh[block.index].content)
                block.set_class(fresh[block.index].has_class("-current"), "-current")

    def _blocks(self, article: Article, marks: Marks) -> list[Block]:
        entity_spans = _entity_spans(article)
        for span in marks.spans:
            style = CURRENT if span == marks.current else MATCH
            entity_spans.setdefault(span.paragraph, []).append((span.start, span.end, style))
        current = marks.current.paragraph if marks.current else None

        def block(index: int, text: str, kind: str, extra: Content | None = None) -> Block:
            content = highlighted(text, entity_spans.get(index, []))
            if extra is not None:
                content = content + extra
            widget = Block(content, index, kind)
            widget.set_class(index == current, "-current")
            return widget

        blocks: list[Block] = [block(TITLE, article.title or article.id, "title")]
        date = article.date.replace("T", " ")
        if date and article.date_inferred:
            date += " (inferred)"
        meta = [part for part in (article.author, article.source, date, article.dateline) if part]
        if meta:
            blocks.append(Block(safe(" · ".join(meta)), META, "meta"))
        for index, paragraph in enumerate(article.paragraphs):
            extra = None
            if paragraph.kind == "quote" and (paragraph.author or paragraph.date):
                credit = " — ".join(x for x in (paragraph.author, paragraph.date) if x)
                extra = Content("\n") + safe(f"— {credit}", "italic")
            blocks.append(block(index, paragraph.text, paragraph.kind, extra))
        return blocks

    def block(self, index: int) -> Block | None:
        return next((b for b in self.query(Block) if b.index == index), None)

    def scroll_to_block(self, index: int, *, animate: bool = False) -> None:
        if (block := self.block(index)) is not None:
            self.scroll_to_widget(block, top=True, animate=animate, immediate=True)

    def scroll_to_span(self, span: Span) -> None:
        """Bring a mention into view, centred when the block is taller than the pane."""
        block = self.block(span.paragraph)
        if block is None:
            return
        width = block.content_region.width or self.size.width or 1
        line = 0
        try:
            offset = 0
            for number, wrapped in enumerate(block.content.wrap(width)):
                offset += len(wrapped.plain)
                line = number
                if offset > span.start:
                    break
                offset += 1  # the space or newline the wrap took
        except Exception:  # a wrap we cannot follow: the block's top will do
            line = 0
        region = block.virtual_region
        self.scroll_to_region(
            Region(0, region.y + line, region.width, 1),
            center=True,
            animate=False,
            immediate=True,
        )
