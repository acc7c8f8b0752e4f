"""Cleaning: a raw page's text becomes an Article with title, byline, date, dateline and blocks.

The rules describe how Italian news pages are laid out when saved as text — a title (sometimes
repeated), a byline, a date line, a dateline opening the first paragraph, section headings,
embedded posts, image captions — and what pages add around the article: share prompts, link
lists, the publisher's legal footer, stray buttons. Each line of the text is one block.

In order: clean_furniture.py drops what is not the article, clean_header.py reads title, byline
and date, clean_blocks.py sorts the body into blocks; clean_dates.py reads date lines and
datelines for both.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from negoreader.clean_blocks import body_blocks
from negoreader.clean_dates import dateline_end, parse_dateline
from negoreader.clean_furniture import drop_page_furniture, publisher
from negoreader.clean_header import byline, late_byline, read_header, signature
from negoreader.records import Article, Paragraph


def _first_sentence(text: str, limit: int = 90) -> str:
    """A title made from the opening sentence, cut at a word when longer than `limit`."""
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–— ")
    return cut + "…"


def article_id(file: str) -> str:
    """The id an article is known by: its file name without the extension."""
    return PurePosixPath(file).stem


def clean_article(text: str, file: str) -> Article:
    """Turn raw text into an Article with no entities yet."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    source = publisher(lines)
    lines = drop_page_furniture(lines)
    header = read_header(lines)
    late = late_byline(lines, header)
    if late is not None:
        header.author = byline(lines[late])
        lines = lines[:late] + lines[late + 1 :]
    if len(lines) > header.body + 1 and (signed := signature(lines[-1])):
        # A signature under the text names its author, no one the article is about.
        header.author = header.author or signed
        lines = lines[:-1]
    body = header.standfirst + [line for line in lines[header.body :] if line != header.title]
    paragraphs = body_blocks(body)
    # A summary under the title is running text however short it is.
    for number in range(min(len(header.standfirst), len(paragraphs))):
        if paragraphs[number].kind == "heading":
            paragraphs[number] = Paragraph("paragraph", paragraphs[number].text)

    dateline, dateline_date = "", ""
    texts = [p.text for p in paragraphs if p.kind == "paragraph"]
    first = texts[0] if texts else None
    # The dateline opens the first paragraph, or the second when a summary came first.
    for opening in texts[:2]:
        dateline, dateline_date = parse_dateline(opening)
        if dateline:
            break
    published = header.date
    if dateline_date and (not published or dateline_date[:10] == published[:10]):
        # The dateline often adds the time the byline date leaves out.
        published = max(published, dateline_date, key=len)

    title = header.title
    if not title:
        heading = next((p for p in paragraphs if p.kind == "heading"), None)
        if heading is not None:
            title = heading.text
        elif first is not None:
            title = _first_sentence(first[dateline_end(first) :])
    return Article(
        id=article_id(file),
        file=PurePosixPath(file).name,
        title=title,
        author=header.author,
        source=source or header.source,
        date=published,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
    )
