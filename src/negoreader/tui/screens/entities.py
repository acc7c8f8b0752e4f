"""The entity index: people, places and dates, filtered as you type, with a detail pane."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from negoreader.navigation import EntityRow, entity_detail, entity_rows, filter_rows
from negoreader.records import Library
from negoreader.tui.text import counted, safe
from negoreader.tui.widgets.footer import KeysFooter
from negoreader.tui.widgets.lists import ViOptionList
from negoreader.tui.widgets.reading_pane import DATE, PERSON, PLACE

KIND_STYLE = {"person": PERSON, "place": PLACE, "date": DATE}


def row_prompt(row: EntityRow) -> Content:
    head = Content.assemble(
        safe(f"{row.kind:<6}", "dim"), "  ", safe(row.name, KIND_STYLE.get(row.kind, ""))
    )
    if row.role:
        head = head + safe(f" · {row.role}", "dim")
    counts = f"  {counted(row.mentions, 'mention')} in {counted(len(row.articles), 'article')}"
    if row.aliases:
        counts += " · also " + ", ".join(row.aliases)
    return Content.assemble(head, "\n", safe(counts, "dim"))


class EntityScreen(Screen[tuple[str, str] | None]):
    """Dismissed with (kind, name) of the entity to filter the articles by."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back to articles"),
        Binding("slash", "focus_filter", "Filter"),
        Binding("question_mark,f1", "app.help", "Help"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.rows = entity_rows(library)
        self.shown: list[EntityRow] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="type to filter people, places, dates", id="entity-filter")
        with Horizontal(id="entity-body"):
            yield ViOptionList(id="entity-list")
            with VerticalScroll(id="entity-detail"):
                yield Static(id="entity-detail-text", markup=False)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = "Index"
        self.show_rows("")
        self.query_one("#entity-filter").focus()

    def show_rows(self, text: str) -> None:
        self.shown = filter_rows(self.rows, text)
        entity_list = self.query_one("#entity-list", ViOptionList)
        entity_list.set_options(Option(row_prompt(r)) for r in self.shown)
        entity_list.border_title = f"{len(self.shown)} of {len(self.rows)}"
        if self.shown:
            entity_list.highlighted = 0
            self.show_detail(self.shown[0])
        else:
            self.query_one("#entity-detail-text", Static).update(safe("Nothing matches."))

    @on(Input.Changed, "#entity-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.show_rows(event.value)

    @on(Input.Submitted, "#entity-filter")
    def _filter_submitted(self) -> None:
        index = self.query_one("#entity-list", ViOptionList).highlighted
        if index is not None and self.shown:
            self.dismiss((self.shown[index].kind, self.shown[index].name))

    def action_focus_filter(self) -> None:
        self.query_one("#entity-filter").focus()

    @on(OptionList.OptionHighlighted, "#entity-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self.shown):
            self.show_detail(self.shown[event.option_index])

    @on(OptionList.OptionSelected, "#entity-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        row = self.shown[event.option_index]
        self.dismiss((row.kind, row.name))

    def show_detail(self, row: EntityRow) -> None:
        detail = entity_detail(self.library, row.kind, row.name)
        lines = [safe(detail.name, "bold " + KIND_STYLE.get(row.kind, ""))]
        if detail.role:
            lines.append(safe(detail.role, "italic"))
        if detail.aliases:
            lines.append(safe("Also written: " + ", ".join(detail.aliases)))
        lines.append(safe(f"\nArticles ({len(detail.articles)})", "bold"))
        for article in detail.articles:
            lines.append(safe(f"  {article.day or 'no date'}  {article.title or article.id}"))
        lines.append(safe(f"\nMeetings ({len(detail.meetings)})", "bold"))
        for meeting in detail.meetings:
            where = " · ".join(
                x for x in (meeting.date or "no date", meeting.place, meeting.kind) if x
            )
            lines.append(safe(f"  {where}"))
            if meeting.participants:
                lines.append(safe("    with " + ", ".join(meeting.participants), "dim"))
        lines.append(safe("\nEnter shows the articles that mention it.", "dim"))
        self.query_one("#entity-detail-text", Static).update(Content("\n").join(lines))

    def action_close(self) -> None:
        self.dismiss(None)
