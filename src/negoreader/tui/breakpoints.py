"""The size classes a screen gets from the app's breakpoints, known before its first layout."""

from __future__ import annotations

from textual.app import App


def _chosen(dimension: int, breakpoints: list[tuple[int, str]]) -> str | None:
    # Textual's rule: the class of the largest breakpoint not above the dimension.
    for at, name in sorted(breakpoints, reverse=True):
        if dimension >= at:
            return name
    return None


def breakpoint_classes(app: App[object]) -> dict[str, bool]:
    """Each breakpoint class of the app → whether its current size sets it, as Textual's
    screen decides on a resize (HORIZONTAL_BREAKPOINTS by width, VERTICAL_ by height)."""
    width, height = app.size
    horizontal = app.HORIZONTAL_BREAKPOINTS or []
    vertical = app.VERTICAL_BREAKPOINTS or []
    chosen = {_chosen(width, horizontal), _chosen(height, vertical)}
    return {name: name in chosen for _, name in (*horizontal, *vertical)}
