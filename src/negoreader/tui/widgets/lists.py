"""An OptionList with vi keys; every long list of the reader is one (ListView is too slow)."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class ViOptionList(OptionList):
    """OptionList plus j/k/g/G; its prompts are Content, so markup is never parsed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._lines_width: int | None = None  # the width the rows were measured at

    # OptionList measures every row (wrapping its prompt) and forgets them all on any resize.
    # A resize arrives after the frame that already measured the rows at the new size, so a
    # long list was measured twice before the reader could use it (1,000 articles: 15 ms each
    # time). Rows are forgotten here only when the width they were measured at has changed:
    # the height of the list changes no row. (Private hooks of OptionList: Textual is pinned.)

    def _update_lines(self) -> None:
        if not self._line_cache.lines:
            self._lines_width = self.scrollable_content_region.width
        super()._update_lines()

    def _on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width == self._lines_width:
            event.prevent_default()  # OptionList's own handler would forget every row
