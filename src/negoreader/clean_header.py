"""The top of an article: title, byline, date, and the labels and summary between them.

Pages put these in any order; what is read here is kept out of the body, except a summary
under the title, which is running text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from negoreader.calendar_words import is_month
from negoreader.clean_dates import iso, parse_date_line, parse_dateline

_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*|d[ei]|del|della|da|van|von|der|la|le|d['’]\w+)$")
_BYLINE_PREFIX = re.compile(
    r"^(?:di|da|a cura di|by|testo di|scritto da|(?:intervista|servizio) di"
    r"|(?:autore|autrice|author)\s*:"
    r"|(?:dal nostro|dalla nostra) (?:inviat[oa]|corrispondente))\s+",
    re.IGNORECASE,
)
# The newsroom signing for itself: "Redazione", "Redazione Esteri", "La Redazione".
_NEWSROOM = re.compile(r"^(?:la\s+)?redazione(?:\s+[\w'’]+){0,2}$", re.IGNORECASE)
# "Mario Rossi, inviato a Kiev": the role after the name is not part of it.
_BYLINE_ROLE = re.compile(r",\s+[a-zà-ÿ][\w'’ ]{0,40}$")
_ARTICLES = frozenset(["Il", "Lo", "La", "I", "Gli", "Le", "The"])
_AUTHORS_JOINED = re.compile(r"\s+(?:e|and|&)\s+|,\s+(?=[A-ZÀ-Ý])")
# "[Immagine: … © Agency]" as much as "Foto: …" or "(foto Ansa)".
_CREDIT = re.compile(
    r"(?:^|[\s(|\[])(?:fonte|foto|credits?|crediti|ph|photo|immagine|image)\s*[:©\]]"
    r"|\((?:foto|ph|photo|credit)\b[^)]*\)(?:\s*\([^)]{1,30}\))?\s*$",
    re.IGNORECASE,
)


def byline(line: str) -> str:
    """The author's name when the line is a byline of 2–4 capitalised words ('di Mario Rossi').

    Two authors ('di Mario Rossi e Anna Bianchi') are both kept, joined as written.
    """
    name = _BYLINE_ROLE.sub("", _BYLINE_PREFIX.sub("", line)).strip()
    names = _AUTHORS_JOINED.split(name)
    if len(names) == 2:
        both = [_one_author(part) for part in names]
        return " e ".join(both) if all(both) else ""
    return _one_author(name)


def _one_author(name: str) -> str:
    if _NEWSROOM.match(name) and name[0].isupper():
        return name
    words = name.split()
    if not 2 <= len(words) <= 4 or len(name) > 60:
        return ""
    if words[0] in _ARTICLES:
        return ""  # "Il Corriere Europeo" is a masthead: no name opens on an article
    if not all(_NAME_WORD.match(word) for word in words):
        return ""
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return ""
    if any(is_month(word) for word in words) or any(char.isdigit() for char in name):
        return ""
    # Some pages set the byline in capitals; the name is "Mario Rossi".
    return name.title() if name.isupper() else name


def is_caption(line: str) -> bool:
    """An image caption: a short line carrying a credit ('… Fonte: X @name', '(Foto Ansa)')."""
    return len(line) <= 250 and not line.endswith(".") and bool(_CREDIT.search(line))


def _looks_like_title(line: str, rest: list[str]) -> bool:
    if not rest or parse_date_line(line) or parse_dateline(line)[0] or is_caption(line):
        return False
    if line in rest[:6]:
        return True
    return (
        not line.endswith((".", ",", ";", ":"))
        and len(line) <= 200
        and not line[0].islower()
        and len(line.split()) >= 2
    )


@dataclass
class Header:
    title: str = ""
    author: str = ""
    date: str = ""
    source: str = ""
    standfirst: list[str] = field(default_factory=list)  # a summary under the title: body text
    body: int = 0  # index of the first line after the header


_HEADER_REACH = 6  # lines a header's date may lie ahead, labels included
_MENU_REACH = 8  # section labels, one a line, that may stand over a title
_HEADER_LINES = 16  # a header, menus of labels included, ends within this many lines
_LATE_BYLINE_REACH = 3  # lines under the header where a byline may still stand
_TIME_LINE = re.compile(r"^(?:ore\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})$", re.IGNORECASE)
_META_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+")
_SITE_SUFFIX = re.compile(r"^\s*[|–—-]\s*(?P<site>[^|–—]{2,60})$")


def _byline_and_date(line: str) -> tuple[str, str] | None:
    """'di Mario Rossi | 22 dicembre 2025': a byline and a date on one line.

    The date may hold a separator of its own ("Redazione — 14/03/2026 - 09:15"): each
    separator is tried as the one between the two.
    """
    for separator in _META_SEPARATOR.finditer(line):
        first, second = line[: separator.start()], line[separator.end() :]
        for name, when in ((first, second), (second, first)):
            value = parse_date_line(when)
            if value and byline(name):
                return byline(name), value
    return None


def _with_time(day: str, line: str) -> str | None:
    """The date with a clock time given on its own line under it ('10:45'); None if not a time."""
    match = _TIME_LINE.match(line)
    if not match or len(day) != 10:
        return None
    return iso(day[:4], int(day[5:7]), day[8:10], match["hour"], match["minute"]) or None


def _date_ahead(lines: list[str]) -> bool:
    """Whether a date line (alone or beside a byline) comes within the next three lines.

    Labels between do not count ('ESTERI' over the headline, the byline, the date).
    """
    unlabelled = [line for line in lines[:_HEADER_REACH] if not is_label(line)]
    return any(
        parse_date_line(line) is not None or _byline_and_date(line) is not None
        for line in unlabelled[:3]
    )


def _is_masthead(line: str) -> bool:
    """A short name over the article, no sentence: a masthead or section ('Il Corriere Europeo')."""
    words = line.split()
    return len(words) <= 4 and len(line) <= 40 and line[0].isupper() and line[-1].isalnum()


def is_label(line: str) -> bool:
    """A section, place or masthead label over an article ('Esteri', 'ROMA', 'GUERRA IN UCRAINA'),
    or a trail of them ('MONDO | Le interviste', 'ESTERI › Europa')."""
    words = line.split()
    if not words or len(line) > 40 or not line[0].isupper() or line[-1] in '.,;:!?…"”»':
        return False
    if len(line) > 30:
        return _is_trail(line)
    return len(words) == 1 or (line.isupper() and len(words) <= 4) or _is_trail(line)


_TRAIL_SEPARATOR = re.compile(r"\s+[|›>»/]\s+")


def _is_trail(line: str) -> bool:
    """Section names joined by separators, the first in capitals: 'MONDO | Le interviste'.
    (A title with a separator, 'Ucraina | Zelensky a Roma', opens on a word in lower case.)"""
    parts = _TRAIL_SEPARATOR.split(line)
    return (
        len(parts) > 1
        and parts[0].isupper()
        and all(part and len(part.split()) <= 3 and part[0].isupper() for part in parts)
    )


def _title_after_labels(lines: list[str]) -> bool:
    """Whether a title comes next, past any more labels ('IL GIORNALE', then 'ESTERI')."""
    for index, line in enumerate(lines[:_MENU_REACH]):
        if not is_label(line):
            return _looks_like_title(line, lines[index + 1 :])
    return False


def read_header(lines: list[str]) -> Header:
    """Title, byline and date lines at the top, in whatever order the page put them.

    Between the title and the date a page may put a summary (kept as body text), a byline and
    section or place labels (dropped).
    """
    header = Header()
    index = 0
    while index < len(lines) and index < _HEADER_LINES:
        line = lines[index]
        following = lines[index + 1 :]
        next_is_date = bool(following) and parse_date_line(following[0]) is not None
        before_title = not (header.title or header.author)
        if header.title and line == header.title:
            pass
        elif (when := parse_date_line(line)) is not None:
            header.date = header.date or when
        elif header.date and (timed := _with_time(header.date, line)):
            header.date = timed
        elif not header.author and (both := _byline_and_date(line)):
            header.author, when = both
            header.date = header.date or when
        elif not header.author and (header.title or next_is_date) and byline(line):
            header.author = byline(line)
        elif before_title and is_label(line) and _title_after_labels(following):
            pass
        elif before_title and _looks_like_title(line, following):
            header.title, header.source = _split_site(line, following)
        elif _masthead_taken(header) and is_label(line):
            pass  # "Il Faro Quotidiano", then "ESTERI": a masthead and a section, no title yet
        elif (
            _masthead_taken(header)
            and _date_ahead(following)
            and not _is_masthead(line)
            and _looks_like_title(line, following)
        ):
            # The headline under a masthead taken for the title: the masthead names the source.
            header.source = header.source or header.title
            header.title = line
        elif header.title and not header.date and _date_ahead(following):
            if parse_dateline(line)[0] or len(line) > 300:
                break
            if not (is_label(line) or _is_masthead(line)):
                if header.standfirst or header.author:
                    break
                header.standfirst.append(line)
        else:
            break
        index += 1
    header.body = index
    return header


# Words newspapers name themselves with: a short line holding one over the headline is the
# masthead ("Il Faro Quotidiano", "Notizie dal mondo"), not a short title ("Tregua più vicina").
_MASTHEAD_WORDS = frozenset((
    "giornale", "quotidiano", "corriere", "gazzetta", "notizie", "news", "post", "voce", "eco",
    "messaggero", "tribuna", "cronache", "cronaca", "diario", "osservatore", "online",
    "magazine", "times", "telegrafo", "stampa", "agenzia", "tg", "settimanale", "rassegna",
    "notiziario",
))  # fmt: skip


def late_byline(lines: list[str], header: Header) -> int | None:
    """The index of a byline set just under the header, after a summary ("Parla X, …", then
    "di Mario Rossi"): it names the author, no one the article is about. Only a line that
    opens with a byline's word counts."""
    if header.author:
        return None
    for index in range(header.body, min(len(lines), header.body + _LATE_BYLINE_REACH)):
        if _BYLINE_PREFIX.match(lines[index]) and byline(lines[index]):
            return index
    return None


_SIGNATURE = re.compile(r"^[(\[]?\s*(?:[—–-]\s*)?(?P<name>[^()\[\]]{3,60}?)\s*[)\]]?\.?$")


def signature(line: str) -> str:
    """The author a last line signs with ("Marco Bellini", "— Marco Bellini", "(Marco
    Bellini)", "di Marco Bellini"), or ''."""
    match = _SIGNATURE.match(line)
    return byline(match["name"]) if match else ""


def _masthead_taken(header: Header) -> bool:
    """Whether the title read so far is only a masthead, with nothing read under it yet."""
    return (
        bool(header.title)
        and _is_masthead(header.title)
        and not (header.date or header.author or header.standfirst)
        and any(word.lower() in _MASTHEAD_WORDS for word in header.title.split())
    )


def _split_site(line: str, following: list[str]) -> tuple[str, str]:
    """A page title 'Titolo - Testata' over the article's own 'Titolo': the title and the site."""
    if following and following[0] != line and line.startswith(following[0]):
        match = _SITE_SUFFIX.match(line[len(following[0]) :])
        if match and len(match["site"].split()) <= 6:
            return following[0], match["site"].strip()
    return line, ""
