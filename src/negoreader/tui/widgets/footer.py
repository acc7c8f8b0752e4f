"""The footer: the screen's keys drawn as one line by one widget.

Textual's Footer mounts a widget per key (a dozen here, and the palette's) and rebuilds them
all whenever the bindings may have changed. Styling and laying them out was a tenth of the
reader's start-up (~30 ms CPU of ~0.34 s at 1,000 articles) and came again with most key
presses. This one draws the same line from the bindings, with the same theme variables, and
redraws only when the keys it shows change. A key is clicked, hovered and explained (tooltip)
as in Textual's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


@dataclass(frozen=True)
class FooterKey:
    """One key as the footer shows it."""

    key: str  # the key pressed when it is clicked
    display: str  # how the key is written
    description: str
    action: str
    enabled: bool
    tooltip: str


class KeysFooter(Widget, can_focus=False):
    """The keys of the screen's bindings that ask to be shown, then the palette's at the right."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keys-footer--key",
        "keys-footer--description",
        "keys-footer--item",
        "keys-footer--hover",
        "keys-footer--rule",
    }
    # Textual's Footer and FooterKey styles, on one widget.
    DEFAULT_CSS = """
    KeysFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .keys-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keys-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .keys-footer--item {
            background: $footer-item-background;
        }
        .keys-footer--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        .keys-footer--rule {
            color: $foreground 20%;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._keys: tuple[FooterKey, ...] | None = None  # None: not read from the screen yet
        self._palette: FooterKey | None = None
        self._cells: list[tuple[int, int, FooterKey]] = []  # where each key was drawn
        self._hover: FooterKey | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def shown(self) -> tuple[FooterKey, ...]:
        """The keys shown, left to right, the palette's last."""
        keys, palette = self._read()
        return keys + ((palette,) if palette else ())

    def _read(self) -> tuple[tuple[FooterKey, ...], FooterKey | None]:
        """The keys the screen's bindings say to show now, and the palette's key."""
        active = self.screen.active_bindings
        seen: set[str] = set()
        keys = []
        for _, binding, enabled, tooltip in active.values():
            # One key per action, the first bound (as Textual's footer shows them).
            if binding.show and binding.action not in seen:
                seen.add(binding.action)
                display = self.app.get_key_display(binding)
                keys.append(
                    FooterKey(
                        binding.key,
                        display,
                        binding.description,
                        binding.action,
                        enabled,
                        tooltip,
                    )
                )
        palette = None
        if self.app.ENABLE_COMMAND_PALETTE and (
            found := active.get(self.app.COMMAND_PALETTE_BINDING)
        ):
            _, binding, enabled, _ = found
            palette = FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                enabled,
                binding.tooltip or binding.description,
            )
        return tuple(keys), palette

    def _bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        keys, palette = self._read()
        if (keys, palette) != (self._keys, self._palette):
            self._keys, self._palette = keys, palette
            self.refresh()

    def render(self) -> Text:
        if self._keys is None:
            self._keys, self._palette = self._read()
        width = self.size.width
        base = self.rich_style
        line = Text(no_wrap=True, overflow="crop", end="")
        self._cells = []
        for key in self._keys:
            self._append(line, key, base, width)
        if (palette := self._palette) is not None:
            # Docked at the right as in Textual's footer: over any keys that reach it.
            label = self._label(palette, base, palette=True)
            start = max(width - label.cell_len, 0)
            line.truncate(start, pad=True)
            line.append_text(label)
            self._cells = [(a, min(b, start), key) for a, b, key in self._cells if a < start]
            self._cells.append((start, start + label.cell_len, palette))
        line.stylize_before(base)
        return line

    def _append(self, line: Text, key: FooterKey, base: Style, width: int) -> None:
        label = self._label(key, base)
        start = line.cell_len
        if start >= width:
            return
        line.append_text(label)
        self._cells.append((start, line.cell_len, key))

    def _label(self, key: FooterKey, base: Style, *, palette: bool = False) -> Text:
        """' key description ' as Textual's FooterKey writes it; the palette's key compact, behind
        a rule."""
        item = base + self.get_component_rich_style("keys-footer--item", partial=True)
        if key == self._hover:
            item += self.get_component_rich_style("keys-footer--hover", partial=True)
        key_style = self.get_component_rich_style("keys-footer--key", partial=True)
        description_style = self.get_component_rich_style("keys-footer--description", partial=True)
        if palette:  # compact, and padded on the right
            parts = [(key.display, key_style), (f" {key.description}", description_style)]
        else:
            parts = [(f" {key.display} ", key_style), (f"{key.description} ", description_style)]
        label = Text.assemble(*parts)
        label.stylize_before(item)
        if not key.enabled:
            label.stylize(Style(dim=True))
        if palette:
            label.append(" ", Style(bgcolor=item.bgcolor))  # padding: a background, no text
            label = Text.assemble(("▏", self.get_component_rich_style("keys-footer--rule")), label)
        return label

    def offset_of(self, action: str) -> int | None:
        """The column where the key of an action was last drawn, None when it was not."""
        return next((start for start, _, key in self._cells if key.action == action), None)

    def _key_at(self, x: int) -> FooterKey | None:
        return next((key for start, end, key in self._cells if start <= x < end), None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self._key_at(event.x)
        if key != self._hover:
            self._hover = key
            self.tooltip = (key.tooltip or key.description) if key else None
            self.refresh()

    def on_leave(self) -> None:
        if self._hover is not None:
            self._hover = None
            self.tooltip = None
            self.refresh()
