"""The body's lines become blocks: paragraphs, headings, image captions and embedded posts.

An embedded post (a tweet's text, "— Name (@handle) December 6, 2025") becomes one quote block
with its author and its own date; a short unpunctuated line over running text is a heading.
"""

from __future__ import annotations

import re

from negoreader.calendar_words import month_number
from negoreader.clean_dates import MONTH, iso
from negoreader.clean_furniture import is_body
from negoreader.clean_header import is_caption
from negoreader.records import Paragraph

_TERMINAL = (".", ";", ",", ":", "!", "?", "…")
_SIGNATURE = re.compile(
    r"(?:^|\s)[—–-]\s*(?P<name>[^()\n—]{1,120}?)\s*\((?P<handle>@\w{1,30})\)\s*"
    rf"(?:(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH})\s+(?P<y2>\d{{4}}))\s*$",
    re.IGNORECASE,
)
_EMBED_LINK = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://t\.co/\S+))+\s*$")
# Instagram's embed ends with "Un post condiviso da Name (@handle)" under the post's text.
_SHARED_BY = re.compile(
    r"^un post condiviso da\s+(?P<name>[^()]+?)\s*(?:\((?P<handle>@[\w.]+)\))?$", re.IGNORECASE
)


def _quote(text_lines: list[str], signature: re.Match[str]) -> Paragraph:
    """An embedded post as one quote block: its text without the media link, author and date."""
    name = signature["name"].split(" / ")[0].strip()
    if signature["y"]:
        when = iso(signature["y"], month_number(signature["m"]), signature["d"])
    else:
        when = iso(signature["y2"], month_number(signature["m2"]), signature["d2"])
    text = "\n".join(_EMBED_LINK.sub("", line).strip() for line in text_lines)
    return Paragraph("quote", text.strip(), author=f"{name} ({signature['handle']})", date=when)


def body_blocks(lines: list[str]) -> list[Paragraph]:
    """Sort the body's lines into paragraphs, headings, captions and quote blocks."""
    blocks: list[Paragraph] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        # The "(@" test spares the costly search on the lines that cannot hold a signature.
        signature = _SIGNATURE.search(line) if "(@" in line else None
        if signature:
            own_text = line[: signature.start()].strip()
            text_lines = [own_text] if own_text else []
            if not own_text and blocks and blocks[-1].kind == "paragraph":
                text_lines = [blocks.pop().text]
            # The embed's remaining text can come after the signature, ending in its media link.
            if index + 1 < len(lines) and _EMBED_LINK.search(lines[index + 1]):
                index += 1
                text_lines.append(lines[index])
            quote = _quote(text_lines, signature)
            # A signature with no post text left is kept as the line it is.
            blocks.append(quote if quote.text else Paragraph("paragraph", line))
        elif (shared := _SHARED_BY.match(line)) and blocks and blocks[-1].kind == "paragraph":
            author = shared["name"] + (f" ({shared['handle']})" if shared["handle"] else "")
            blocks.append(Paragraph("quote", blocks.pop().text, author=author))
        elif is_caption(line):
            blocks.append(Paragraph("caption", line))
        else:
            blocks.append(Paragraph("paragraph", line))
        index += 1
    return [_heading_or_paragraph(blocks, i) for i in range(len(blocks))]


def _heading_or_paragraph(blocks: list[Paragraph], index: int) -> Paragraph:
    """A short line with no closing punctuation, followed by running text, is a heading."""
    block = blocks[index]
    text = block.text
    if block.kind != "paragraph" or len(text) > 120 or len(text.split()) > 16:
        return block
    if text.endswith(_TERMINAL) or text[0].islower():
        return block
    following = next((b for b in blocks[index + 1 :] if b.kind != "caption"), None)
    if following is None or (following.kind == "paragraph" and not is_body(following.text)):
        return block
    return Paragraph("heading", text)
