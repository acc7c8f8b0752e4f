"""The status line: the filter and "mention 3 of 11", the meeting jumped to, or a notice."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from negoreader.navigation import Filter
from negoreader.records import Library
from negoreader.tui.prompts import meeting_label
from negoreader.tui.text import counted, safe

HINT = "/ search · t timeline · e index · ] next meeting · ? help"


class StatusLine(Static):
    """Shows what the screen's filter, mention and meeting are; a notice overrides them."""

    library: reactive[Library | None] = reactive(None, repaint=False)
    filter: reactive[Filter | None] = reactive(None, repaint=False)
    cursor: reactive[int | None] = reactive(None, repaint=False)
    meeting: reactive[str | None] = reactive(None, repaint=False)
    notice: reactive[str] = reactive("", repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def watch_library(self) -> None:
        self._show()

    def watch_filter(self) -> None:
        self._show()

    def watch_cursor(self) -> None:
        self._show()

    def watch_meeting(self) -> None:
        self._show()

    def watch_notice(self) -> None:
        self._show()

    def _show(self) -> None:
        if self.notice:
            self.update(safe(self.notice))
            return
        parts: list[Content] = []
        if self.filter is not None:
            total = len(self.filter.mentions)
            where = f"mention {self.cursor + 1} of {total}" if self.cursor is not None else ""
            where = where or counted(total, "mention")
            parts.append(Content.assemble(safe(self.filter.label, "bold"), safe(f" · {where}")))
            parts.append(safe("n/N next/prev · esc clears", "dim"))
        meeting = self.library.meeting(self.meeting) if self.library and self.meeting else None
        if meeting is not None:
            parts.append(safe(f"meeting: {meeting_label(meeting)}"))
        if not parts:
            parts.append(safe(HINT, "dim"))
        self.update(Content("  │  ").join(parts))
