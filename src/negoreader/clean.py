"""Cleaning: a raw page's text becomes an Article with title, byline, date, dateline and blocks.

The rules describe how Italian news pages are laid out when saved as text — a title (sometimes
repeated), a byline, a date line, a dateline opening the first paragraph, section headings,
embedded posts, image captions — and what pages add around the article: share prompts, link
lists, the publisher's legal footer, stray buttons. Each line of the text is one block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import PurePosixPath

from negoreader.records import Article, Paragraph

# --- dates -----------------------------------------------------------------------------------

_MONTHS = {
    **dict.fromkeys(("gennaio", "gen", "january", "jan"), 1),
    **dict.fromkeys(("febbraio", "feb", "february"), 2),
    **dict.fromkeys(("marzo", "mar", "march"), 3),
    **dict.fromkeys(("aprile", "apr", "april"), 4),
    **dict.fromkeys(("maggio", "mag", "may"), 5),
    **dict.fromkeys(("giugno", "giu", "june", "jun"), 6),
    **dict.fromkeys(("luglio", "lug", "july", "jul"), 7),
    **dict.fromkeys(("agosto", "ago", "august", "aug"), 8),
    **dict.fromkeys(("settembre", "set", "sett", "september", "sep", "sept"), 9),
    **dict.fromkeys(("ottobre", "ott", "october", "oct"), 10),
    **dict.fromkeys(("novembre", "nov", "november"), 11),
    **dict.fromkeys(("dicembre", "dic", "december", "dec"), 12),
}
_WEEKDAYS = (
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lunedi|martedi|mercoledi|giovedi"
    "|venerdi|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:,|-|–|alle|ore|alle ore|h)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
_DAY_MONTH_YEAR = (
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\s+(?P<y1>\d{{4}})"  # 18 Dicembre 2025
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"  # Dicembre 22, 2025
    r"|(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>\d{4})"  # 22/12/2025
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2}))"  # 2025-12-22
)
# "3 minuti di lettura" after the date on a byline: page furniture, not part of the date.
_READING_TIME = re.compile(
    r"\s*[|·•–-]?\s*(?:tempo di lettura:?\s*)?\d+\s*min(?:uti|\.)?(?:\s+(?:di\s+)?lettura)?$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:(?:pubblicato|aggiornato|ultimo aggiornamento|data|published|updated)\s*(?:il|on|:)?\s*)?"
    rf"(?:(?:{_WEEKDAYS}),?\s+)?{_DAY_MONTH_YEAR}(?:\s*{_TIME})?\s*$",
    re.IGNORECASE,
)
# "Miami, 30 novembre 2025 –", "Washington, 6 dicembre 2025, 00:38 –", "Roma (ANSA), 3 marzo –"
_PLACE = (
    r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|di|de|del|della|dello|sul|sulla|am|an))" + "{0,3}"
)
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})\s*(?:\([^)]{{1,40}}\))?\s*,\s*"
    rf"(?:(?:{_WEEKDAYS}),?\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:\s+(?P<year>\d{{4}}))?"
    rf"(?:\s*{_TIME})?\s*[–—-]\s",
    re.IGNORECASE,
)
# "ROMA –", "Kiev (Adnkronos) –": a place with no date before the dash.
_DATELINE_PLAIN = re.compile(
    rf"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’. ]{{1,30}}[A-ZÀ-Ý]|{_PLACE}(?=\s*\([^)]{{1,40}}\)))"
    r"\s*(?:\([^)]{1,40}\))?\s*[–—]\s"
)


def _month(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _iso(
    year: str, month: int, day: str, hour: str | None = None, minute: str | None = None
) -> str:
    """ISO 8601 for a date that exists, with the time when given; '' otherwise."""
    try:
        day_value = date(int(year), month, int(day))
        if hour is None or minute is None:
            return day_value.isoformat()
        moment = datetime(day_value.year, month, day_value.day, int(hour), int(minute))
    except ValueError:
        return ""
    return moment.isoformat(timespec="minutes")


def parse_date_line(line: str) -> str | None:
    """The ISO date (and time) of a line that is only a date, e.g. 'Dicembre 22, 2025'; else None."""
    match = _DATE_LINE.match(_READING_TIME.sub("", line))
    if not match:
        return None
    g = match.groupdict()
    if g["y1"]:
        value = _iso(g["y1"], _month(g["m1"]), g["d1"], g["hour"], g["minute"])
    elif g["y2"]:
        value = _iso(g["y2"], _month(g["m2"]), g["d2"], g["hour"], g["minute"])
    elif g["y3"]:
        value = _iso(g["y3"], int(g["m3"]), g["d3"], g["hour"], g["minute"])
    else:
        value = _iso(g["y4"], int(g["m4"]), g["d4"], g["hour"], g["minute"])
    return value or None


def parse_dateline(text: str) -> tuple[str, str]:
    """The place and ISO date of a paragraph's opening dateline; ('', '') when it has none."""
    match = _DATELINE.match(text)
    if match:
        when = ""
        if match["year"]:
            when = _iso(
                match["year"], _month(match["month"]), match["day"], match["hour"], match["minute"]
            )
        return _place_name(match["place"]), when
    match = _DATELINE_PLAIN.match(text)
    return (_place_name(match["place"]), "") if match else ("", "")


def _place_name(place: str) -> str:
    place = place.strip()
    # Agencies write the dateline in capitals ("NEW YORK –"); the place is "New York".
    return place.title() if place.isupper() else place


# --- what is not the article -----------------------------------------------------------------

_UI_WORDS = frozenset(
    [
        "share",
        "condividi",
        "tweet",
        "twitter",
        "facebook",
        "whatsapp",
        "telegram",
        "linkedin",
        "email",
        "e-mail",
        "mail",
        "stampa",
        "print",
        "chiudi",
        "close",
        "menu",
        "cerca",
        "search",
        "commenta",
        "commenti",
        "copia",
        "link",
        "x",
        "pinterest",
        "reddit",
        "home",
        "salva",
        "segui",
        "pin",
        "messenger",
        "threads",
        "bluesky",
        "instagram",
        "youtube",
        "tiktok",
        "pubblicità",
        "advertisement",
        "adv",
        "sponsorizzato",
    ]
)
# Share and subscribe prompts: those that open a line, and those found anywhere in a short one.
_PROMPT_START = re.compile(
    r"(?:seguici (?:anche )?su\b"
    r"|(?:condividi|share)\b.{0,40}$"
    r"|(?:resta|rimani|rimanete) aggiornat[oi]\b"
    r"|(?:tempo di lettura|lettura)\s*:?\s*\d+\s*min"
    r"|\d+\s*min(?:uti)?\s+(?:di\s+)?lettura$"
    r"|ascolta (?:l['’]|questo )?articolo"
    r"|(?:tags?|argomenti)\s*:"
    r"|visualizza questo post su instagram$"
    r"|accett[ao] (?:tutti i )?cookie"
    r"|commenti\s*\(\d+\)$)",
    re.IGNORECASE,
)
_PROMPT_ANYWHERE = re.compile(
    r"è anche su (?:whatsapp|telegram|google news|instagram|facebook|threads)"
    r"|clicca qui per (?:iscriver|ricevere|seguir|unirt|entrare)"
    r"|\biscriviti (?:alla|al|alle|ai) (?:nostr[aoei] )?(?:newsletter|canale|notifiche)"
    r"|\bricevi (?:le|tutte le) (?:notizie|news)\b"
    r"|\bscarica (?:la nostra |l['’])app\b"
    r"|questo sito (?:utilizza|usa) (?:i )?cookie",
    re.IGNORECASE,
)
# Words one of the prompts above must contain: a cheap test before the costly search.
_PROMPT_HINTS = ("anche su", "clicca qui", "iscriviti", "ricevi", "scarica", "cookie")
_LINK_LIST = re.compile(
    r"^(?:(?:articoli|notizie|post|news)\s+(?:recenti|correlat[ie]|simili|più lett[ie])"
    r"|(?:leggi|vedi|guarda) anche|(?:ti )?potrebbe(?:ro)? (?:anche )?interessar(?:ti|e)"
    r"|(?:i |gli articoli )?più lett[ie](?: di oggi| della settimana)?|ultime notizie|altre notizie"
    r"|correlati|dalla stessa sezione|da non perdere|in evidenza|ultim[ie] articol[io])\s*:?\s*$",
    re.IGNORECASE,
)
_INLINE_LINK = re.compile(r"^(?:leggi|vedi|guarda) anche\b", re.IGNORECASE)
# Phrases only a legal footer uses, and phrases a news sentence may use too: the second kind
# marks a footer only in a line that is not a sentence.
_FOOTER = re.compile(
    r"testata giornalistica|registrat[ao] (?:presso )?(?:il |al )?tribunale|\breg\.\s*trib"
    r"|\bp\.\s?iva\b|\bpartita iva\b|riproduzione riservata"
    r"|tutti i diritti (?:sono )?riservati|all rights reserved|©\s*\d{4}|\(c\)\s*\d{4}|^©",
    re.IGNORECASE,
)
_FOOTER_WEAK = re.compile(
    r"\bcodice fiscale\b|^copyright\b|privacy policy|cookie policy|direttore responsabile",
    re.IGNORECASE,
)
_FOOTER_HINTS = (
    "©",
    "(c)",
    " iva",
    ".iva",
    "riservat",
    "testata",
    "tribunale",
    "trib.",
    "reserved",
)
_FOOTER_WEAK_HINTS = ("fiscale", "copyright", "policy", "direttore responsabile")
_COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[-–—|,]?\s*"
    r"(?P<name>[A-ZÀ-Ý][^|©]{1,60}?)"
    r"(?=\s+[-–—|]\s|,\s|\.\s|\s*$|\s+(?:tutti i diritti|all rights|p\.?\s?iva))",
    re.IGNORECASE,
)
_COMPANY = re.compile(r"\s+(?:S\.?p\.?A|S\.?r\.?l\.?s?|Spa|Srl)\.?$", re.IGNORECASE)
_ALSO_ON = re.compile(r"^(?P<name>[A-ZÀ-Ý][^.!?]{1,60}?) è anche su ", re.IGNORECASE)


_CRUMB = re.compile(r"\s+[›»>]\s+")


def _is_ui(line: str) -> bool:
    """A button, symbol or breadcrumb left from the page: '×', 'Share', 'Home › Esteri'."""
    if len(line) > 100:
        return False
    if not any(char.isalnum() for char in line):
        return len(line) <= 5
    crumbs = _CRUMB.split(line)
    if len(crumbs) > 1 and all(len(c.split()) <= 4 and c[-1:] not in ".!?" for c in crumbs):
        return True
    words = [word.strip(".:|·•/").lower() for word in line.split()]
    return len(words) <= 8 and all(word in _UI_WORDS or not word for word in words)


def _is_prompt(line: str) -> bool:
    """A share or subscribe prompt ('Seguici su…', 'Name è anche su Whatsapp. Clicca qui…')."""
    if len(line) >= 300:
        return False
    if _PROMPT_START.match(line):
        return True
    lowered = line.lower()
    return any(hint in lowered for hint in _PROMPT_HINTS) and bool(_PROMPT_ANYWHERE.search(line))


def _is_footer(line: str) -> bool:
    """A line of the publisher's legal footer: registration, VAT number, copyright."""
    if len(line) >= 400:
        return False
    lowered = line.lower()
    # Words each footer phrase contains: a cheap test before the costly searches.
    if any(hint in lowered for hint in _FOOTER_HINTS) and _FOOTER.search(line):
        return True
    if line.endswith((".", "!", "?")):
        return False
    return any(hint in lowered for hint in _FOOTER_WEAK_HINTS) and bool(_FOOTER_WEAK.search(line))


def _publisher(lines: list[str]) -> str:
    """The publisher a page names in its footer ('© 2025 - Name') or prompts ('Name è anche su')."""
    for line in reversed(lines):
        if _is_footer(line) and (match := _COPYRIGHT_NAME.search(line)):
            name = _COMPANY.sub("", match["name"].strip())
            if len(name.split()) <= 6 and not _FOOTER.search(name):
                return name
    for line in lines:
        if (match := _ALSO_ON.match(line)) and len(match["name"].split()) <= 6:
            return match["name"].strip()
    return ""


def _is_body(line: str) -> bool:
    """Running text: a sentence ending in punctuation, or too long to be a heading or a link."""
    if len(line) > 150 or line.endswith((".", "!", "?", "…")):
        return True
    # A closing quote, colon or bracket ends running text only in a line of some length.
    return len(line) > 60 and line.endswith((":", ";", "»", "”", '"', ")"))


def _drop_page_furniture(lines: list[str]) -> list[str]:
    """Remove UI leftovers, prompts, link lists and the legal footer, keeping the article."""
    kept: list[str] = []
    index = 0
    in_footer = False
    while index < len(lines):
        line = lines[index]
        index += 1
        if _is_ui(line) or _is_prompt(line):
            continue
        if _is_footer(line):
            # Past the footer only more page furniture follows, unless running text resumes.
            in_footer = True
            continue
        if in_footer and not _is_body(line):
            continue
        in_footer = False
        if _LINK_LIST.match(line):
            index = _skip_links(lines, index)
            continue
        if _INLINE_LINK.match(line) and len(line) < 250:
            continue
        kept.append(line)
    return kept


def _skip_links(lines: list[str], index: int) -> int:
    """The index after the links that follow a link-list heading such as 'Articoli Recenti'."""
    first = True
    while index < len(lines) and not _is_body(lines[index]):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        # A short line followed by running text is the article's next heading, not a link.
        if not first and following and _is_body(following):
            break
        first = False
        index += 1
    return index


# --- title, byline, blocks -------------------------------------------------------------------

_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*|d[ei]|del|della|da|van|von|der|la|le|d['’]\w+)$")
_BYLINE_PREFIX = re.compile(
    r"^(?:di|a cura di|by|testo di|(?:dal nostro|dalla nostra) (?:inviat[oa]|corrispondente))\s+",
    re.IGNORECASE,
)
# "Mario Rossi, inviato a Kiev": the role after the name is not part of it.
_BYLINE_ROLE = re.compile(r",\s+[a-zà-ÿ][\w'’ ]{0,40}$")
_TERMINAL = (".", ";", ",", ":", "!", "?", "…")
_SIGNATURE = re.compile(
    r"(?:^|\s)[—–-]\s*(?P<name>[^()\n—]{1,120}?)\s*\((?P<handle>@\w{1,30})\)\s*"
    rf"(?:(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>\d{{4}}))\s*$",
    re.IGNORECASE,
)
_EMBED_LINK = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://t\.co/\S+))+\s*$")
# Instagram's embed ends with "Un post condiviso da Name (@handle)" under the post's text.
_SHARED_BY = re.compile(
    r"^un post condiviso da\s+(?P<name>[^()]+?)\s*(?:\((?P<handle>@[\w.]+)\))?$", re.IGNORECASE
)
_CREDIT = re.compile(
    r"(?:^|[\s(|])(?:fonte|foto|credits?|crediti|ph|photo|immagine|image)\s*[:©]"
    r"|\((?:foto|ph|photo|credit)\b[^)]*\)(?:\s*\([^)]{1,30}\))?\s*$",
    re.IGNORECASE,
)


def byline(line: str) -> str:
    """The author's name when the line is a byline of 2–4 capitalised words ('di Mario Rossi')."""
    name = _BYLINE_ROLE.sub("", _BYLINE_PREFIX.sub("", line)).strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or len(name) > 60:
        return ""
    if not all(_NAME_WORD.match(word) for word in words):
        return ""
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return ""
    if any(word.lower().rstrip(".") in _MONTHS for word in words) or any(
        char.isdigit() for char in name
    ):
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
class _Header:
    title: str = ""
    author: str = ""
    date: str = ""
    source: str = ""
    standfirst: list[str] = field(default_factory=list)  # a summary under the title: body text
    body: int = 0  # index of the first line after the header


_TIME_LINE = re.compile(r"^(?:ore\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})$", re.IGNORECASE)
_META_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+")
_SITE_SUFFIX = re.compile(r"^\s*[|–—-]\s*(?P<site>[^|–—]{2,60})$")


def _byline_and_date(line: str) -> tuple[str, str] | None:
    """'di Mario Rossi | 22 dicembre 2025': a byline and a date on one line."""
    parts = _META_SEPARATOR.split(line)
    if len(parts) != 2:
        return None
    for name, when in (parts, parts[::-1]):
        value = parse_date_line(when)
        if value and byline(name):
            return byline(name), value
    return None


def _with_time(day: str, line: str) -> str | None:
    """The date with a clock time given on its own line under it ('10:45'); None if not a time."""
    match = _TIME_LINE.match(line)
    if not match or len(day) != 10:
        return None
    return _iso(day[:4], int(day[5:7]), day[8:10], match["hour"], match["minute"]) or None


def _date_ahead(lines: list[str]) -> bool:
    """Whether a date line (alone or beside a byline) comes within the next three lines."""
    return any(
        parse_date_line(line) is not None or _byline_and_date(line) is not None
        for line in lines[:3]
    )


def is_label(line: str) -> bool:
    """A section or place label over an article ('Esteri', 'ROMA', 'GUERRA IN UCRAINA')."""
    words = line.split()
    if not words or len(line) > 30 or not line[0].isupper() or line[-1] in ".,;:!?…":
        return False
    return len(words) == 1 or (line.isupper() and len(words) <= 3)


def _read_header(lines: list[str]) -> _Header:
    """Title, byline and date lines at the top, in whatever order the page put them.

    Between the title and the date a page may put a summary (kept as body text), a byline and
    section or place labels (dropped).
    """
    header = _Header()
    index = 0
    while index < len(lines) and index < 12:
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
        elif (
            before_title
            and following
            and is_label(line)
            and _looks_like_title(following[0], following[1:])
        ):
            pass
        elif before_title and _looks_like_title(line, following):
            header.title, header.source = _split_site(line, following)
        elif header.title and not header.date and _date_ahead(following):
            if parse_dateline(line)[0] or len(line) > 300:
                break
            if not is_label(line):
                if header.standfirst or header.author:
                    break
                header.standfirst.append(line)
        else:
            break
        index += 1
    header.body = index
    return header


def _split_site(line: str, following: list[str]) -> tuple[str, str]:
    """A page title 'Titolo - Testata' over the article's own 'Titolo': the title and the site."""
    if following and following[0] != line and line.startswith(following[0]):
        match = _SITE_SUFFIX.match(line[len(following[0]) :])
        if match and len(match["site"].split()) <= 6:
            return following[0], match["site"].strip()
    return line, ""


def _quote(text_lines: list[str], signature: re.Match[str]) -> Paragraph:
    """An embedded post as one quote block: its text without the media link, author and date."""
    name = signature["name"].split(" / ")[0].strip()
    if signature["y"]:
        when = _iso(signature["y"], _month(signature["m"]), signature["d"])
    else:
        when = _iso(signature["y2"], _month(signature["m2"]), signature["d2"])
    text = "\n".join(_EMBED_LINK.sub("", line).strip() for line in text_lines)
    return Paragraph("quote", text.strip(), author=f"{name} ({signature['handle']})", date=when)


def _blocks(lines: list[str]) -> list[Paragraph]:
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
    if following is None or (following.kind == "paragraph" and not _is_body(following.text)):
        return block
    return Paragraph("heading", text)


def _first_sentence(text: str, limit: int = 90) -> str:
    """A title made from the opening sentence, cut at a word when longer than `limit`."""
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–— ")
    return cut + "…"


def _dateline_end(text: str) -> int:
    match = _DATELINE.match(text) or _DATELINE_PLAIN.match(text)
    return match.end() if match else 0


# --- the article -----------------------------------------------------------------------------


def article_id(file: str) -> str:
    """The id an article is known by: its file name without the extension."""
    return PurePosixPath(file).stem


def clean_article(text: str, file: str) -> Article:
    """Turn raw text into an Article with no entities yet."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    source = _publisher(lines)
    lines = _drop_page_furniture(lines)
    header = _read_header(lines)
    body = header.standfirst + [line for line in lines[header.body :] if line != header.title]
    paragraphs = _blocks(body)
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
            title = _first_sentence(first[_dateline_end(first) :])
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
