"""The footer: Textual's own, rebuilt only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.widgets import Footer


class KeysFooter(Footer):
    """Textual's Footer, recomposed only when the keys it would show differ from those shown.

    Textual's Footer rebuilds its dozen key widgets whenever the screen's bindings may have
    changed: on every focus change and every change of a reactive declared with
    `bindings=True`. Most change nothing the footer shows (the list's own keys are hidden), yet
    each rebuild mounts and styles every key again: three of them came before the reader's
    first frame (10-35 ms each), and another with nearly every key press.
    """

    _shown: Hashable = None  # what the keys shown were composed from

    def _keys(self) -> Hashable:
        """What `compose` builds the keys from: the shown bindings, enabled or not, and the
        command palette's key."""
        active = self.screen.active_bindings
        keys = tuple(
            (b.key, b.action, b.description, b.group, enabled, tooltip)
            for _, b, enabled, tooltip in active.values()
            if b.show
        )
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        palette_key = None
        if palette is not None:
            _, binding, enabled, tooltip = palette
            palette_key = (binding.key, binding.description, enabled, tooltip)
        return keys, palette_key, self.show_command_palette, self.compact

    def compose(self) -> ComposeResult:
        # Textual's Footer composes no keys until the screen first says its bindings changed,
        # then rebuilds itself after a frame: the reader's first frame had an empty footer.
        # The screen's bindings are known as it is composed, so the keys are shown at once.
        self._bindings_ready = True
        self._shown = self._keys()
        yield from super().compose()

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        keys = self._keys()
        if keys == self._shown:
            return
        self._shown = keys
        await super().recompose()
