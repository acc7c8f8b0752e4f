"""The timeline: every meeting in date order; Enter opens the article that reports it."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from negoreader.records import Library, Meeting
from negoreader.tui.text import counted, safe
from negoreader.tui.widgets.footer import KeysFooter
from negoreader.tui.widgets.lists import ViOptionList
from negoreader.views import meetings_in_order


def meeting_prompt(meeting: Meeting, library: Library) -> Content:
    """Date, place and kind; who took part; the summary; the articles that report it."""
    count = len(meeting.sources)
    titles = [
        article.title or article.id
        for article in (library.article(source.article) for source in meeting.sources)
        if article is not None
    ]
    head = Content.assemble(
        safe(meeting.date or "no date", "bold"),
        "  ",
        safe(meeting.place, "underline") if meeting.place else safe("place not given", "dim"),
        "  ",
        safe(meeting.kind, "dim"),
    )
    who = ", ".join(meeting.participants) or "participants not named"
    lines = [head, safe(who)]
    if meeting.summary:
        lines.append(safe(meeting.summary, "italic"))
    reported = counted(count, "article")
    lines.append(safe(f"{reported}: {' · '.join(titles)}" if titles else reported, "dim"))
    return Content("\n").join(lines)


class TimelineScreen(Screen[str | None]):
    """All meetings in time order; dismissed with the chosen meeting's id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,t", "close", "Back to articles"),
        Binding("question_mark,f1", "app.help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def compose(self) -> ComposeResult:
        meetings = meetings_in_order(self.library)
        yield Header()
        yield Static(
            safe(f"Timeline · {len(meetings)} meetings"), id="timeline-title", markup=False
        )
        options: list[Option | None] = []
        for meeting in meetings:
            if options:
                options.append(None)
            options.append(Option(meeting_prompt(meeting, self.library), id=meeting.id))
        yield ViOptionList(id="timeline")
        self._options = options
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = "Timeline"
        timeline = self.query_one("#timeline", ViOptionList)
        timeline.set_options(self._options)
        if self._options:
            timeline.highlighted = 0
        timeline.focus()

    @on(OptionList.OptionSelected, "#timeline")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        self.dismiss(None)
