"""The reader application: sets the theme, pushes the main screen, remembers the theme."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen

from negoreader import locations
from negoreader.records import Library
from negoreader.tui.early import EarlyList
from negoreader.tui.screens.main import MainScreen
from negoreader.tui.settings import load_settings, save_settings


def library_commands() -> type[Provider]:
    """The palette's provider of articles, people, places and meetings, imported when the
    palette first opens."""
    from negoreader.tui.commands import LibraryCommands

    return LibraryCommands


class ReaderApp(App[None]):
    """negoreader's reader; the work is done by MainScreen and the screens it pushes."""

    CSS_PATH = "reader.tcss"
    TITLE = "negoreader"
    COMMANDS = App.COMMANDS | {library_commands}
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [
        (0, "-tiny"),  # panes stack
        (60, "-narrow"),
        (100, "-wide"),
    ]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [
        (0, "-short"),  # a dozen rows: the article takes the header's and status line's rows
        (16, "-tall"),
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            show=False,  # the footer already shows Textual's own palette key at its right
            tooltip="Articles, people, places, meetings and commands",
        ),
        Binding("ctrl+q", "quit", "Quit", show=False, tooltip="Quit from anywhere"),
        Binding("question_mark,f1", "help", "Help", show=False, tooltip="This list of keys"),
    ]

    def __init__(
        self,
        store: Path | None = None,
        library: Library | None = None,
        early_list: EarlyList | None = None,
    ) -> None:
        super().__init__()
        self.store = store or locations.default_store()
        self.library = library
        # The article list is read from the cache from now on (if the caller has not begun to
        # already), while Textual starts up.
        if library is None:
            early_list = early_list or EarlyList(self.store)
        self.early_list = early_list
        # The remembered theme before the styles are first read: set once they were, every
        # style sheet was parsed again for its colours before the first frame.
        theme = load_settings().get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, lambda theme: save_settings(theme=theme.name))

    def get_default_screen(self) -> Screen:
        # The main screen is the first one, not pushed over a blank default: one screen to
        # style, lay out and draw before the first frame.
        return MainScreen(self.store, self.library, self.early_list)

    def action_help(self) -> None:
        from negoreader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands, then every binding of the screen shown, by its description."""
        yield from super().get_system_commands(screen)
        for binding in screen.BINDINGS:
            if not isinstance(binding, Binding) or binding.action in ("quit", "help"):
                continue
            if screen.check_action(binding.action, ()) is not True:
                continue
            yield SystemCommand(
                binding.description,
                binding.tooltip or binding.description,
                lambda action=binding.action: screen.run_action(action),
            )
