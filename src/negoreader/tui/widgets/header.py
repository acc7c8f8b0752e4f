"""The header: the palette's icon at the left and the screen's title, drawn by one widget.

Textual's Header is four widgets (itself, icon, title, clock space), each styled and laid out
before the first frame. This one draws the same line: the icon in the first eight columns
(a click opens the command palette), the title centred between them and the clock's space.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.strip import Strip
from textual.widget import Widget

ICON = "⭘"
ICON_WIDTH = 8  # as Textual's header: the icon's column, padded
CLOCK_WIDTH = 10  # the clock's space at the right, kept so the title sits where it did


class TitleHeader(Widget):
    """The screen's title (else the app's) in a line at the top; a click on the icon opens the
    command palette."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"title-header--icon-hover"}
    DEFAULT_CSS = """
    TitleHeader {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        .title-header--icon-hover {
            background: $foreground 10%;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._icon_hover = False

    def on_mount(self) -> None:
        for node in (self.app, self.screen):
            self.watch(node, "title", self.refresh, init=False)
            self.watch(node, "sub_title", self.refresh, init=False)

    def render_line(self, y: int) -> Strip:
        # Segments, not a rendered Content: the blanks carry only the background, as the
        # padding of Textual's header widgets did, so the line is drawn (and exported) the same.
        width = self.size.width
        base = self.rich_style
        blank = RichStyle(bgcolor=base.bgcolor)
        if y != self.size.height // 2:
            return Strip([Segment(" " * width, blank)], width)
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        text = app.format_title(title, sub_title)
        room = max(width - ICON_WIDTH - CLOCK_WIDTH, 0)
        if text.cell_length > room:
            text = text.truncate(room, ellipsis=True)
        left = (room - text.cell_length) // 2
        icon_style = base
        if self._icon_hover:
            icon_style = self.get_component_rich_style("title-header--icon-hover")
            blank_icon = RichStyle(bgcolor=icon_style.bgcolor)
        else:
            blank_icon = blank
        icon_pad = ICON_WIDTH - 1 - cell_len(ICON)
        segments = [
            Segment(" ", blank_icon),
            Segment(ICON, icon_style),
            Segment(" " * icon_pad, blank_icon),
            Segment(" " * left, blank),
            *text.render_segments(self.visual_style),
        ]
        used = ICON_WIDTH + left + text.cell_length
        segments.append(Segment(" " * max(width - used, 0), blank))
        return Strip(segments).adjust_cell_length(width, blank)

    def on_click(self, event: events.Click) -> None:
        if event.x < ICON_WIDTH and app_has_palette(self):
            event.stop()
            self.app.action_command_palette()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        over = event.x < ICON_WIDTH
        if over != self._icon_hover:
            self._icon_hover = over
            self.tooltip = "Open the command palette" if over and app_has_palette(self) else None
            self.refresh()

    def on_leave(self) -> None:
        if self._icon_hover:
            self._icon_hover = False
            self.tooltip = None
            self.refresh()


def app_has_palette(widget: Widget) -> bool:
    return bool(widget.app.ENABLE_COMMAND_PALETTE)
