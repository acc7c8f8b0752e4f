"""Turning article text into Textual `Content` safely: never parsed as markup, no control codes.

Every string from the store or the user goes through `safe()` or `highlighted()` before it is
shown; `Content` is never parsed, so `[@click=app.quit]` stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from rich._wrap import divide_line
from rich.cells import cell_len
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


class ListRow(Content):
    """Content whose height is counted from its plain text: a row of a long list.

    An OptionList measures every option's height before its first frame and again on each
    resize; `Content.get_height` formats every line with its styles to count them, about four
    times the work of wrapping the plain text with the same function, which gives the same
    count. Anything but plain wrapping (padding, no wrap, ellipsis, tabs) is left to Content.
    """

    def get_height(self, rules: Mapping[str, Any], width: int) -> int:
        plain = self.plain
        if (
            rules.get("line_pad", 0)
            or rules.get("text_wrap", "wrap") != "wrap"
            or rules.get("text_overflow", "fold") != "fold"
            or "\t" in plain
        ):
            return super().get_height(rules, width)  # type: ignore[arg-type]
        return sum(wrapped_lines(line, width) for line in plain.split("\n"))


# Words as rich's wrapping finds them (a word and the spaces after it; the first takes the
# spaces before it too), and text whose characters are all one cell wide (Latin, accents).
_WORD = re.compile(r"\s*\S+\s*")
_ONE_CELL_EACH = re.compile(r"[\x20-\x7e\xa0-\xac\xae-\u02ff]*")


def wrapped_lines(line: str, width: int) -> int:
    """How many lines one line of text takes wrapped at `width`, as Content wraps it.

    Content wraps with rich's `divide_line`; for text of one-cell characters whose words all
    fit the width this is the same greedy count, on lengths instead of measured cells (about
    three times faster: 10,000 list rows are measured before the first frame).
    """
    if len(line) <= width and cell_len(line) <= width:
        return 1
    if _ONE_CELL_EACH.fullmatch(line):
        lines, used, start = 1, 0, 0
        for word in _WORD.findall(line):
            length = len(word.rstrip())
            if length > width:
                break  # a word folded across lines: counted below, as Content does
            if width - used >= length:
                used += len(word)
            elif used and start:
                lines, used = lines + 1, len(word)
            start += len(word)
        else:
            return lines
    return len(divide_line(line, width, fold=True)) + 1


def row(parts: Iterable[tuple[str, str]]) -> ListRow:
    """A list row from (text, style) parts, each untrusted text made printable, never parsed.

    The same as `Content.assemble` of `safe()` parts, built in one go: a long list makes
    thousands of these before its first frame.
    """
    text: list[str] = []
    spans: list[Span] = []
    at = 0
    for part, style in parts:
        part = printable(part)
        if style and part:
            spans.append(Span(at, at + len(part), style))
        text.append(part)
        at += len(part)
    return ListRow("".join(text), spans)
