"""Cleaning: a raw page's text becomes an Article with title, byline, date, dateline and blocks."""

from __future__ import annotations

from pathlib import PurePosixPath

from negoreader.records import Article, Paragraph


def article_id(file: str) -> str:
    """The id an article is known by: its file name without the extension."""
    return PurePosixPath(file).stem


def clean_article(text: str, file: str) -> Article:
    """Turn raw text into an Article with no entities yet."""
    blocks = [line.strip() for line in text.splitlines() if line.strip()]
    paragraphs = tuple(Paragraph("paragraph", block) for block in blocks)
    title = blocks[0] if blocks else ""
    return Article(
        id=article_id(file), file=PurePosixPath(file).name, title=title, paragraphs=paragraphs
    )
