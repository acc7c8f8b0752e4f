"""The search bar: an Input whose down arrow moves into the results below it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class SearchBar(Input):
    """Typing here searches as you type; down goes to the results, enter takes the highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "screen.focus_results", "Results", show=False)
    ]
