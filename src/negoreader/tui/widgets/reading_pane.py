"""The reading pane: one article, one Static per block, people/places/dates highlighted.

It shows what the screen binds into it (`article`, `marks`); a click on a highlighted name,
place or date posts `EntityClicked`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from textual import events, on
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.widget import AwaitMount
from textual.widgets import Static

from negoreader.navigation import Marks, entity_at
from negoreader.records import Article, Span
from negoreader.tui.text import highlighted, safe

# Three styles that stay apart without colour: bold, underline, italic.
PERSON = "bold $text-accent"
PLACE = "underline $text-success"
DATE = "italic $text-warning"
MATCH = "reverse"
CURRENT = "reverse bold $warning"
META = -2  # the index of the byline block, beside TITLE (-1) and the paragraphs (0…)
MESSAGE = -3  # a notice shown instead of an article


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


def byline(article: Article) -> str:
    """Author · source · date (marked when inferred) · dateline."""
    date = article.date.replace("T", " ")
    if date and article.date_inferred:
        date += " (inferred)"
    return " · ".join(
        part for part in (article.author, article.source, date, article.dateline) if part
    )


@dataclass(frozen=True)
class Shape:
    """What one block should show: its content, which block of the article, its CSS classes."""

    content: Content
    index: int
    classes: str


def line_starts(content: Content, width: int) -> list[tuple[int, str]]:
    """Each line of the content wrapped to `width`: where it starts in the text, and its text.

    The wrap drops the spaces it breaks at, so each line is found in the text rather than
    counted; a wrap that cannot be followed ends the list early.
    """
    text = content.plain
    lines: list[tuple[int, str]] = []
    start = 0
    for line in content.wrap(max(1, width)):
        found = text.find(line.plain, start) if line.plain else start
        if found < 0:
            break
        lines.append((found, line.plain))
        start = found + len(line.plain)
    return lines


def character_at(content: Content, width: int, x: int, y: int) -> int | None:
    """The offset in `content` of the character drawn at cell (x, y) once wrapped to `width`."""
    lines = line_starts(content, width)
    if not 0 <= y < len(lines):
        return None
    start, line = lines[y]
    cells = 0
    for offset, char in enumerate(line):
        cells += cell_len(char)
        if cells > x:
            return start + offset
    return None  # beyond the end of the line


def line_of(content: Content, width: int, offset: int) -> int:
    """The wrapped line (from 0) that holds the character at `offset`."""
    lines = line_starts(content, width)
    for number, (start, line) in enumerate(lines):
        if offset < start + len(line):
            return number
    return max(0, len(lines) - 1)


class Block(Static):
    """One block of the article: the title, a paragraph, a heading, a quote or a caption."""

    @dataclass
    class Clicked(Message):
        index: int
        offset: int

    def __init__(self, shape: Shape) -> None:
        super().__init__(shape.content, markup=False, classes=shape.classes)
        self.index = shape.index

    def reshape(self, shape: Shape) -> None:
        """Take another block's place; a block already showing that content is left alone."""
        self.index = shape.index
        shown = self.content
        same = (
            isinstance(shown, Content)
            and shown.plain == shape.content.plain  # Content's == compares the text only
            and shown.spans == shape.content.spans
        )
        if not same:
            self.update(shape.content)
        self.set_classes(shape.classes)
        self.display = True

    @property
    def text_length(self) -> int:
        return len(self.content.plain)

    def on_click(self, event: events.Click) -> None:
        # Offsets into the article's own text, never text from it: nothing here is markup.
        at = event.get_content_offset(self)
        if at is None or not isinstance(self.content, Content):
            return
        offset = character_at(self.content, self.content_region.width, at.x, at.y)
        if offset is not None:
            self.post_message(self.Clicked(self.index, offset))


class ReadingPane(VerticalScroll, can_focus=True):
    """Shows one article; scrolls to a block or a mention."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    @dataclass
    class EntityClicked(Message):
        """A highlighted person, place or date was clicked."""

        kind: str
        name: str

    article: reactive[Article | None] = reactive(None, repaint=False)
    marks: reactive[Marks] = reactive(Marks, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Article | None = None  # the article the blocks hold now
        self._target: tuple[int | None, Span | None, float | None] = (None, None, None)
        self._mounting: AwaitMount | None = None
        self._drawn: tuple[Article, Marks] | None = None  # what the blocks were last filled with

    # --- what is shown -------------------------------------------------------------------------

    def watch_article(self) -> None:
        self._show_article()

    def watch_marks(self) -> None:
        self._show_article()

    def _show_article(self) -> None:
        article = self.article
        if article is None:
            return
        # The screen's marks follow its article; until both have arrived, show none.
        marks = self.marks if self.marks.article == article.id else Marks(article.id)
        if self._drawn is not None and self._drawn[0] is article and self._drawn[1] == marks:
            return
        self._drawn = (article, marks)
        shapes = self._shapes(article, marks)
        if self._shown is article:
            self._refill(shapes, keep_scroll=True)
        else:
            self._shown = article
            self._refill(shapes, keep_scroll=False)

    def show_message(self, content: Content, classes: str = "message") -> None:
        """Show a notice instead of an article (loading, an error, an empty library)."""
        self._shown = None
        self._drawn = None
        self._refill([Shape(content, MESSAGE, classes)], keep_scroll=False)

    def _refill(self, shapes: list[Shape], *, keep_scroll: bool) -> None:
        """Put the shapes into the blocks on screen, adding or hiding blocks as needed.

        The blocks are refilled rather than replaced: mounting a few dozen fresh widgets per
        article was most of the time a move in the list took. Refilling is synchronous, so
        the pane is never caught half-way between two articles.
        """
        shown = self.blocks(visible_only=False)
        for block, shape in zip(shown, shapes, strict=False):
            block.reshape(shape)
        for block in shown[len(shapes) :]:
            block.display = False
        if len(shapes) > len(shown):
            self._mounting = self.mount_all(Block(shape) for shape in shapes[len(shown) :])
        if not keep_scroll:
            self.scroll_home(animate=False, immediate=True)

    def _shapes(self, article: Article, marks: Marks) -> list[Shape]:
        from negoreader.search import TITLE  # search is loaded with the library, not before

        entity_spans = _entity_spans(article)
        for span in marks.spans:
            style = CURRENT if span == marks.current else MATCH
            entity_spans.setdefault(span.paragraph, []).append((span.start, span.end, style))
        current = marks.current.paragraph if marks.current else None

        def shape(index: int, text: str, kind: str, extra: Content | None = None) -> Shape:
            content = highlighted(text, entity_spans.get(index, []))
            if extra is not None:
                content = content + extra
            return Shape(content, index, f"{kind} -current" if index == current else kind)

        shapes = [shape(TITLE, article.title or article.id, "title")]
        if meta := byline(article):
            shapes.append(Shape(safe(meta), META, "meta"))
        for index, paragraph in enumerate(article.paragraphs):
            extra = None
            if paragraph.kind == "quote" and (paragraph.author or paragraph.date):
                credit = " — ".join(x for x in (paragraph.author, paragraph.date) if x)
                extra = Content("\n") + safe(f"— {credit}", "italic")
            shapes.append(shape(index, paragraph.text, paragraph.kind, extra))
        return shapes

    def blocks(self, *, visible_only: bool = True) -> list[Block]:
        return [b for b in self.query_children(Block) if b.display or not visible_only]

    def block(self, index: int) -> Block | None:
        return next((b for b in self.blocks() if b.index == index), None)

    # --- clicks --------------------------------------------------------------------------------

    @on(Block.Clicked)
    def _block_clicked(self, event: Block.Clicked) -> None:
        event.stop()
        if self._shown is not None and (found := entity_at(self._shown, event.index, event.offset)):
            self.post_message(self.EntityClicked(*found))

    # --- where the article is scrolled to --------------------------------------------------------

    def go_to(
        self, *, paragraph: int | None = None, span: Span | None = None, scroll: float | None = None
    ) -> None:
        """Scroll to a scroll position, a mention or a block once the article is laid out."""
        self._target = (paragraph, span, scroll)
        self.call_after_refresh(self._go)

    async def _go(self) -> None:
        if self._mounting is not None:  # new blocks must be laid out before they are scrolled to
            mounting, self._mounting = self._mounting, None
            await mounting
            self.call_after_refresh(self._go)
            return
        paragraph, span, scroll = self._target
        if scroll is not None:
            self.scroll_to(y=scroll, animate=False, immediate=True)
        elif span is not None:
            self.scroll_to_span(span)
        elif paragraph is not None:
            self.scroll_to_block(paragraph)

    def scroll_to_block(self, index: int, *, animate: bool = False) -> None:
        if (block := self.block(index)) is not None:
            self.scroll_to_widget(block, top=True, animate=animate, immediate=True)

    def scroll_to_span(self, span: Span) -> None:
        """Bring a mention into view, centred when the block is taller than the pane."""
        block = self.block(span.paragraph)
        if block is None:
            return
        width = block.content_region.width or self.size.width or 1
        line = (
            line_of(block.content, width, span.start) if isinstance(block.content, Content) else 0
        )
        region = block.virtual_region
        self.scroll_to_region(
            Region(0, region.y + line, region.width, 1),
            center=True,
            animate=False,
            immediate=True,
        )
