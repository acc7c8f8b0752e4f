"""The seeds folder's INDEX.md: which article files to load, and metadata that overrides the text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from negoreader.problems import InputError, Problem

INDEX_NAME = "INDEX.md"
COLUMNS = ("file", "title", "source", "author", "date")


@dataclass(frozen=True)
class IndexEntry:
    """One row of INDEX.md; blank cells are filled from the article's text."""

    file: str
    title: str = ""
    source: str = ""
    author: str = ""
    date: str = ""


def read_index(seeds_dir: Path) -> list[IndexEntry]:
    """Parse INDEX.md; raise InputError naming the file and every problem."""
    path = seeds_dir / INDEX_NAME
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(Problem(str(path), f"cannot read: {error}")) from None
    entries = []
    rows = [line for line in lines if line.strip().startswith("|")]
    for line in rows[2:]:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        entries.append(IndexEntry(*cells[: len(COLUMNS)]))
    return entries


def read_seed(seeds_dir: Path, entry: IndexEntry) -> tuple[str, list[Problem]]:
    """Read one article file as text; warnings (e.g. a cp1252 file) come back beside it."""
    path = seeds_dir / entry.file
    try:
        return path.read_text(encoding="utf-8"), []
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(Problem(entry.file, f"cannot read: {error}")) from None


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip()


def append_index_rows(seeds_dir: Path, entries: list[IndexEntry]) -> None:
    """Add rows to INDEX.md, keeping what is there."""
    path = seeds_dir / INDEX_NAME
    text = path.read_text(encoding="utf-8")
    if text and not text.endswith("\n"):
        text += "\n"
    for entry in entries:
        text += "| " + " | ".join(_cell(getattr(entry, name)) for name in COLUMNS) + " |\n"
    path.write_text(text, encoding="utf-8")
