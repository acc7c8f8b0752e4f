"""The seeds folder's INDEX.md: which article files to load, and metadata that overrides the text.

INDEX.md is a Markdown table whose header names its columns (`file` is required; `title`,
`source`, `author`, `date` are optional, in any order). Every problem is reported as one line
naming the file; an article file that cannot be used is reported by `read_seed`, so a load with
`--skip-bad` can leave it out and keep the rest.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath

from negoreader.files import write_text_atomically
from negoreader.problems import InputError, Problem

INDEX_NAME = "INDEX.md"
COLUMNS = ("file", "title", "source", "author", "date")
# Far beyond any news article; keeps a mislisted video or archive from being read into memory.
MAX_ARTICLE_BYTES = 5_000_000

_SEPARATOR = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$")
# Escape sequences a terminal would act on: CSI (colours, cursor moves), OSC/DCS/PM/APC strings
# up to their terminator, and the two-character ESC sequences (charset selection etc.). The
# one-byte C1 CSI takes its parameters with it (a colour code costs at most one letter of a stray
# byte); the C1 string openers are only stripped as single characters below: in a latin-1 text
# they are stray bytes, and treating them as openers would swallow the words after them.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    # An unterminated string stops at the line's end, so a stray ESC ] never eats the article.
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
# Control characters (keeping \n and \t) and the bidirectional overrides that can make text
# show in a different order than it is stored.
_ESCAPE_START = re.compile(r"[\x1b\x9b]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# Control characters no text file holds (text keeps \t \n \v \f \r).
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class IndexEntry:
    """One row of INDEX.md; blank cells are filled from the article's text."""

    file: str
    title: str = ""
    source: str = ""
    author: str = ""
    date: str = ""


@dataclass(frozen=True)
class _Table:
    """Where the table sits in INDEX.md: its column names and the line index after its last row."""

    columns: tuple[str, ...]
    end: int


# --- reading INDEX.md ------------------------------------------------------------------------


def split_row(line: str) -> list[str]:
    """The cells of a Markdown table row; `\\|` is a literal bar and `\\\\` a backslash."""
    text = line.strip()
    cells: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in "|\\":
            current.append(text[index + 1])
            index += 2
            continue
        if char == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    cells.append("".join(current))
    # The outer bars are optional in Markdown: drop the empty edges they leave.
    if text.startswith("|"):
        cells = cells[1:]
    if text.endswith("|") and not text.endswith("\\|") and cells:
        cells = cells[:-1]
    return [cell.strip() for cell in cells]


def _find_table(lines: list[str]) -> tuple[int, tuple[str, ...]] | None:
    """The header line's index and column names of the first table, or None."""
    for number, line in enumerate(lines[:-1]):
        if "|" in line and _SEPARATOR.match(lines[number + 1].strip()):
            return number, tuple(cell.lower() for cell in split_row(line))
    return None


def _table_end(lines: list[str], header: int) -> int:
    end = header + 2
    while end < len(lines) and lines[end].strip() and "|" in lines[end]:
        end += 1
    return end


def _read_index_lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(
            Problem(str(path), "missing: the seeds folder needs an INDEX.md")
        ) from None
    except IsADirectoryError:
        raise InputError(Problem(str(path), "is a folder, not a file")) from None
    except OSError as error:
        raise InputError(Problem(str(path), f"cannot read: {error.strerror}")) from None
    text, _ = decode(data)
    return sanitize(text).split("\n")


def _same_path(file: str) -> str:
    return os.path.normpath(file.replace("\\", "/"))


def read_index(seeds_dir: Path) -> list[IndexEntry]:
    """Parse INDEX.md; raise InputError naming the file and every problem.

    When INDEX.md itself has problems, the listed files' problems are reported with them, so
    one run shows everything to fix.
    """
    if not Path(seeds_dir).is_dir():
        raise InputError(Problem(str(seeds_dir), "no such folder (the seeds folder with INDEX.md)"))
    path = Path(seeds_dir) / INDEX_NAME
    lines = _read_index_lines(path)
    where = str(path)
    found = _find_table(lines)
    if found is None:
        message = "malformed: no Markdown table (expected a header row `| file | title | … |`)"
        raise InputError(Problem(where, message))
    header, columns = found
    if "file" not in columns:
        raise InputError(
            Problem(where, f"malformed: line {header + 1}: the table has no `file` column")
        )
    problems: list[Problem] = []
    repeated = sorted({c for c in columns if c and columns.count(c) > 1})
    if repeated:
        problems.append(
            Problem(where, f"malformed: line {header + 1}: column {repeated[0]!r} appears twice")
        )
    entries: list[IndexEntry] = []
    first_line: dict[str, int] = {}
    for number in range(header + 2, _table_end(lines, header)):
        line_no = number + 1
        cells = split_row(lines[number])
        if len(cells) != len(columns):
            problems.append(
                Problem(
                    where,
                    f"line {line_no}: {len(cells)} cells, but the header has {len(columns)}",
                )
            )
            continue
        row = dict(zip(columns, cells, strict=True))
        file = row["file"].strip("`").strip()
        if not file:
            problems.append(Problem(where, f"line {line_no}: no file named in the `file` column"))
            continue
        key = _same_path(file)
        if key in first_line:
            problems.append(
                Problem(
                    where,
                    f"line {line_no}: {file} is listed twice (also on line {first_line[key]})",
                )
            )
            continue
        first_line[key] = line_no
        cell_date = row.get("date", "")
        if cell_date and not is_iso_date(cell_date):
            problems.append(
                Problem(
                    where,
                    f"line {line_no}: date {cell_date!r} for {file} is not an ISO 8601 date "
                    "(2025-12-06) or date-time (2025-12-06T00:38)",
                )
            )
            continue
        entries.append(
            IndexEntry(
                file=file,
                title=row.get("title", ""),
                source=row.get("source", ""),
                author=row.get("author", ""),
                date=cell_date,
            )
        )
    if problems:
        for entry in entries:
            try:
                read_seed(seeds_dir, entry)
            except InputError as error:
                problems.extend(error.problems)
        raise InputError(problems)
    return entries


def is_iso_date(value: str) -> bool:
    """True for an ISO 8601 calendar date or date-time that exists (2025-12-06T00:38)."""
    if not _ISO_DATE.match(value):
        return False
    try:
        if "T" in value:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            date.fromisoformat(value)
    except ValueError:
        return False
    return True


# --- reading one article file ----------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """Bytes as text and the encoding used: UTF-8 (BOM stripped), UTF-16 with a BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"


def _strip_escapes(text: str) -> str:
    # Most articles hold no escape at all; the character test spares them the costly search.
    return _ESCAPES.sub("", text) if _ESCAPE_START.search(text) else text


def sanitize(text: str) -> str:
    """Text safe to show in a terminal: no BOM, escape sequences or control characters; \\n lines."""
    text = text.replace("\ufeff", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = (
        text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\f", "\n").replace("\v", "\n")
    )
    return _CONTROLS.sub("", _strip_escapes(text))


def _looks_binary(data: bytes, text: str) -> bool:
    """NUL bytes, or control characters (other than escape sequences) over a tenth of the text."""
    if b"\x00" in data[:65536]:
        return True
    # Escape sequences are a terminal's text, stripped later; they say nothing about binariness.
    sample = _strip_escapes(text[:65536])
    controls = len(_BINARY_CONTROLS.findall(sample))
    # A handful of stray controls in a tiny file is noise to strip, not a binary format.
    return controls >= 4 and controls / len(sample) > 0.1


def is_inside(seeds_dir: Path, file: str) -> str:
    """'' when `file` stays inside the seeds folder, else why it does not."""
    if PurePosixPath(file).is_absolute() or PureWindowsPath(file).drive or file.startswith("\\"):
        return "outside the seeds folder: an absolute path (list it relative to INDEX.md)"
    if _same_path(file).split("/")[0] == "..":
        return "outside the seeds folder: the path leaves it through `..`"
    folder = Path(seeds_dir).resolve()
    target = (Path(seeds_dir) / file).resolve()
    if not target.is_relative_to(folder):
        return "outside the seeds folder: a link that leads out of it"
    return ""


def read_seed(seeds_dir: Path, entry: IndexEntry) -> tuple[str, list[Problem]]:
    """Read one article file as clean text; warnings (e.g. a cp1252 file) come back beside it."""
    shown = str(Path(seeds_dir) / entry.file)
    outside = is_inside(seeds_dir, entry.file)
    if outside:
        raise InputError(Problem(shown, outside))
    path = Path(seeds_dir) / entry.file
    try:
        if path.is_dir():
            raise InputError(Problem(shown, "is a folder, not an article file"))
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            message = f"too large for an article ({size // 1_000_000} MB; the limit is 5 MB)"
            raise InputError(Problem(shown, message))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(Problem(shown, "missing: listed in INDEX.md but not found")) from None
    except OSError as error:
        raise InputError(Problem(shown, f"cannot read: {error.strerror or error}")) from None
    if not data.strip():
        raise InputError(Problem(shown, "empty: the file has no text"))
    text, encoding = decode(data)
    if encoding != "utf-16" and _looks_binary(data, text):
        raise InputError(Problem(shown, "binary: not a text file"))
    text = sanitize(text)
    if not text.strip():
        raise InputError(Problem(shown, "empty: the file has no text"))
    warnings = []
    if encoding in ("cp1252", "latin-1"):
        warnings.append(Problem(shown, f"not UTF-8; read as {encoding}", warning=True))
    return text, warnings


# --- writing INDEX.md ------------------------------------------------------------------------


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip()


def append_index_rows(seeds_dir: Path, entries: list[IndexEntry]) -> None:
    """Add rows at the end of INDEX.md's table, in its column order, keeping everything else.

    A value for a column the table lacks is an InputError; INDEX.md is created when missing.
    """
    path = Path(seeds_dir) / INDEX_NAME
    if path.exists():
        lines = _read_index_lines(path)
        found = _find_table(lines)
        if found is None or "file" not in found[1]:
            raise InputError(Problem(str(path), "malformed: no table with a `file` column"))
        table = _Table(found[1], _table_end(lines, found[0]))
    else:
        lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS), ""]
        table = _Table(COLUMNS, 2)
    rows = []
    for entry in entries:
        for name in COLUMNS:
            if getattr(entry, name) and name not in table.columns:
                message = f"has no `{name}` column for the {name} of {entry.file}"
                raise InputError(Problem(str(path), message))
        cells = [
            _cell(getattr(entry, name, "")) if name in COLUMNS else "" for name in table.columns
        ]
        rows.append("| " + " | ".join(cells) + " |")
    lines[table.end : table.end] = rows
    text = "\n".join(lines)
    if not text.endswith("\n"):
        text += "\n"
    write_text_atomically(path, [text])  # an interrupted add never leaves half an INDEX.md
