"""Help: every key binding and what it does, read from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from negoreader.tui.text import safe

SCROLL_KEYS = "↑ ↓ PgUp PgDn Home End, mouse wheel; click to choose"
CLICK_ENTITY = "Show the articles that mention a highlighted name, place or date"


def sections() -> list[tuple[str, list[BindingType]]]:
    """Each screen's and widget's bindings, in the order a reader meets them."""
    from negoreader.tui.app import ReaderApp
    from negoreader.tui.screens.entities import EntityScreen
    from negoreader.tui.screens.main import MainScreen
    from negoreader.tui.screens.timeline import TimelineScreen
    from negoreader.tui.widgets.lists import ViOptionList
    from negoreader.tui.widgets.reading_pane import ReadingPane
    from negoreader.tui.widgets.search_bar import SearchBar

    return [
        ("Articles", list(MainScreen.BINDINGS)),
        ("Search bar", list(SearchBar.BINDINGS)),
        ("Lists", list(ViOptionList.BINDINGS)),
        ("Reading pane", list(ReadingPane.BINDINGS)),
        ("Timeline", list(TimelineScreen.BINDINGS)),
        ("Index", list(EntityScreen.BINDINGS)),
        ("Everywhere", list(ReaderApp.BINDINGS)),
    ]


class HelpScreen(ModalScreen[None]):
    """A scrollable list of every binding; escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help")
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(self.help_text(), markup=False, id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help").border_title = "Keys"
        self.query_one("#help").border_subtitle = "esc closes"

    def help_text(self) -> Content:
        lines: list[Content] = []
        for title, bindings in sections():
            lines.append(safe(title, "bold underline"))
            for binding in bindings:
                if not isinstance(binding, Binding):
                    continue
                keys = ", ".join(
                    self.app.get_key_display(Binding(key, binding.action))
                    for key in binding.key.split(",")
                )
                what = binding.tooltip or binding.description or binding.action.replace("_", " ")
                lines.append(Content.assemble(safe(f"  {keys:<14}", "bold"), safe(what)))
            if title == "Lists":
                lines.append(
                    Content.assemble(safe(f"  {'mouse, arrows':<14}", "bold"), safe(SCROLL_KEYS))
                )
            if title == "Reading pane":
                lines.append(Content.assemble(safe(f"  {'click':<14}", "bold"), safe(CLICK_ENTITY)))
            lines.append(Content(""))
        lines.append(
            safe("ctrl+p opens the command palette: articles, people, places, meetings.", "dim")
        )
        return Content("\n").join(lines)
