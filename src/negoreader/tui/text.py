"""Turning article text into Textual `Content` safely: never parsed as markup, no control codes.

Every string from the store or the user goes through `safe()` or `highlighted()` before it is
shown; `Content` is never parsed, so `[@click=app.quit]` stays text.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content, Span


def _visible(char: str) -> str:
    code = ord(char)
    if code < 0x20 and char not in "\n\t":
        return chr(0x2400 + code)  # the Unicode "control picture": ␛ for ESC
    if code == 0x7F:
        return "\u2421"
    if 0x80 <= code < 0xA0:
        return "\ufffd"
    return char


def printable(text: str) -> str:
    """The text with control characters replaced one for one, so offsets stay valid."""
    if text.isprintable():
        return text
    return "".join(_visible(char) for char in text)


def safe(text: str, style: str = "") -> Content:
    """Untrusted text as Content: shown literally, never interpreted."""
    content = Content(printable(text))
    return content.stylize(style) if style else content


def highlighted(text: str, spans: Iterable[tuple[int, int, str]]) -> Content:
    """Untrusted text with styles laid over character ranges (clipped to the text)."""
    size = len(text)
    clipped = [
        Span(max(0, start), min(size, end), style)
        for start, end, style in spans
        if start < end and start < size and end > 0
    ]
    return Content(printable(text)).add_spans(clipped)


def marked_positions(text: str, positions: Iterable[int], style: str) -> Content:
    """Text with single characters styled: the characters a search matched."""
    return highlighted(text, ((p, p + 1, style) for p in positions))


def counted(count: int, noun: str, plural: str = "") -> str:
    """'1 article', '3 articles': a count with its noun in the right number."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
