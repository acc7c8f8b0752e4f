"""Dates in Italian news text: a small grammar that finds date expressions and normalises them.

Values are ISO 8601: a day `2025-12-06`, a month `2025-12`, a year `2025`, or an interval
`2025-12-19/2025-12-21`. The reference for everything the text leaves open is the paragraph's
own date (an embedded post) or else the article's date:

- a day or holiday without a year ("il 6 dicembre", "dal 19 al 21 dicembre", "Natale") takes the
  year that puts it closest to the reference ("lo scorso"/"prossimo" force the direction); it
  names a calendar day, so it is not marked relative;
- a month without a year ("a gennaio", "nel mese di novembre") goes forward or back by the verb
  tense of its sentence ("si terrà" / "è stato"), else to the closest; marked relative;
- deictic words ("ieri sera", "mercoledì", "questo fine settimana", "la prossima settimana",
  "l'anno scorso") are resolved from the reference, weekdays by the tense (default: past, as news
  mostly reports); marked relative.

Without a reference, whatever needs one is skipped rather than guessed. Durations ("quasi 4
anni", "tre giorni"), vague spans ("nei giorni scorsi"), clock times and plain numbers are not
dates: every pattern asks for a month name, a weekday, a deictic word or a preposition before a
year, never a bare number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property

from negoreader.records import Article, DateRef, Span

__all__ = [
    "date_covers",
    "find_dates",
    "latest_explicit_date",
    "parse_date_query",
    "precision",
]

# ---------------------------------------------------------------------------------------------
# Vocabulary


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_MONTHS_IT = _words(
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
)
_MONTHS_EN = _words(
    "january february march april may june july august september october november december"
)
_ABBREVIATIONS = {
    "gen": 1, "feb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6, "lug": 7, "ago": 8,
    "set": 9, "sett": 9, "ott": 10, "nov": 11, "dic": 12,
    "jan": 1, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "dec": 12,
}  # fmt: skip
_MONTH_NUMBER = {
    **{name: n for n, name in enumerate(_MONTHS_IT, 1)},
    **{name: n for n, name in enumerate(_MONTHS_EN, 1)},
    **_ABBREVIATIONS,
}
_WEEKDAY_STEMS = ("luned", "marted", "mercoled", "gioved", "venerd", "sabato", "domenica")
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Words before a weekday that make it habitual ("il lunedì", "ogni domenica"), not one day.
_HABITUAL = frozenset(
    _words("ogni il la i le al alla dal dalla nei nelle del della ai alle tutti tutte")
)
# Words before "fine settimana" that make it plural or habitual.
_HABITUAL_WEEKEND = frozenset(_words("ogni i nei dei ai tutti"))

_QUERY_LIMIT = 60  # no date query is longer; anything longer is not one

# Letters re.IGNORECASE matches to an ASCII letter that str.lower() does not lower to it
# ("ſettembre" matches the month): spelled plainly before scanning, so that what a pattern
# matched is found in the tables. Same length, same case: positions and capitals still hold.
_CASE_ODDITIES = "İſı"
_PLAIN_LETTERS = str.maketrans({"İ": "I", "ſ": "s", "ı": "i"})


def _plain(text: str) -> str:
    return text.translate(_PLAIN_LETTERS) if any(c in text for c in _CASE_ODDITIES) else text


# ---------------------------------------------------------------------------------------------
# Regular expressions, compiled once

_A = "['’]"  # apostrophe, straight or typographic
_FULL_MONTH = "|".join(sorted((*_MONTHS_IT, *_MONTHS_EN), key=len, reverse=True))
_ABBR = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
_YEAR_DIGITS = r"(?:19\d\d|20\d\d|2100)(?![\d%]|[.,:]\d)"
# An abbreviated month needs its dot or a year after it in running text ("6 dic. 2025"):
# "mar", "set" and "gen" are also words. A query may type it bare ("6 dic").
_MONTH_TEXT = (
    rf"(?:{_FULL_MONTH})\b|(?:{_ABBR})(?:\.|\b(?=\s+(?:19|20)\d\d\b))"
    # agency datelines write it in capitals: "ROMA, 12 DIC -"
    rf"|(?-i:{_ABBR.upper()})\b"
)
_MONTH_QUERY = rf"(?:{_FULL_MONTH}|{_ABBR})\b\.?"
_WD = (
    r"(?:luned[iìí]|marted[iìí]|mercoled[iìí]|gioved[iìí]|venerd[iìí]|sabato|domenica"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_ORD = r"(?:\s?[°º]|st\b|nd\b|rd\b|th\b)?"
# Articles and prepositions that belong to the expression ("il 6 dicembre", "a gennaio",
# "entro il 2026"); each alternative ends in a space or an apostrophe.
_LEAD = r"(?:entro|fino|prima|dopo|verso)"
_ART = (
    r"(?:dal|al|del|nel|sul|il|lo|la|alla|dalla|della|nella|a|ad|di|da|in)\s+"
    rf"|(?:dall|all|dell|nell|sull|l){_A}\s*"
)
_PREP = rf"(?P<prep>(?:{_LEAD}\s+)?(?:{_ART})|{_LEAD}\s+)?"
_PART_OF_DAY = r"mattina|mattino|pomeriggio|sera|notte|morning|afternoon|evening|night"


def _day_month(month: str) -> str:
    return (
        rf"(?<![\w.,:/\-–]){_PREP}"
        r"(?:(?:(?:lo|il|la)\s+)?(?P<premod>scors[oa]|prossim[oa])\s+)?"
        rf"(?:(?P<wd>{_WD}),?\s+)?"
        rf"(?P<d>{_DAY}|primo){_ORD}\s+(?:di\s+)?(?P<m>{month})"
        rf"(?:(?:,\s*|\s+(?:del\s+)?)(?P<y>{_YEAR_DIGITS}))?"
        r"(?:\s+(?P<post>scors[oa]|prossim[oa]|passat[oa]))?"
    )


def _month_day(month: str) -> str:
    return (
        rf"(?<!\w){_PREP}(?:(?P<wd>{_WD}),?\s+)?"
        rf"(?P<m>{month})\s+(?P<d>{_DAY})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<y>{_YEAR_DIGITS}))?"
    )


def _day_range(month: str) -> str:
    first = rf"(?:(?P<wd1>{_WD}),?\s+)?(?P<d1x>(?P<d1>{_DAY}|primo){_ORD})"
    second = rf"(?:(?P<wd2>{_WD}),?\s+)?(?P<d2>{_DAY}){_ORD}"
    return (
        r"(?<![\w.,:/\-–])"
        rf"(?P<rprep>(?:dal|da|tra|fra)\s+(?:(?:il|l{_A})\s*)?|(?:dall|l){_A}\s*|il\s+)?"
        rf"{first}(?:\s+(?P<m1>{month})(?:\s+(?P<y1>{_YEAR_DIGITS}))?)?"
        rf"(?P<sep>\s*[-–—]\s*|\s+(?:al|a|e)\s+(?:(?:il|l{_A})\s*)?|\s+all{_A}\s*)"
        rf"{second}\s+(?P<m2>{month})(?:(?:,\s*|\s+(?:del\s+)?)(?P<y2>{_YEAR_DIGITS}))?"
    )


def _month_alone(month: str) -> str:
    return (
        rf"(?<!\w){_PREP}"
        r"(?:(?:(?:lo|il)\s+)?(?P<premod>scorso|prossimo)\s+)?"
        r"(?:(?P<part>fine|inizio|met[àa]|primi|prima\s+met[àa]|seconda\s+met[àa])\s+"
        r"(?:(?:del\s+mese\s+)?di\s+)?)?"
        r"(?P<mese>mese\s+di\s+)?"
        rf"(?P<m>{month})(?:(?:\s+del)?\s+(?P<y>{_YEAR_DIGITS}))?"
        r"(?:\s+(?P<post>scorso|prossimo|passato))?"
    )


_NUMERIC_BODY = (
    r"(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\w/]|[.\-]\d)"
)
_RE_NUMERIC = re.compile(rf"(?<![\w/.:\-]){_PREP}{_NUMERIC_BODY}", re.IGNORECASE)
_RE_ISO = re.compile(
    rf"(?<![\w/.\-]){_PREP}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?!\d|-\d)", re.IGNORECASE
)
_RE_YEAR = re.compile(
    rf"(?<!\w)(?P<prep>(?:{_LEAD}\s+)?"
    rf"(?:nel|del|dal|al|il|sul|(?:nell|dell|l){_A}\s*anno|anno|fine|inizio|met[àa]"
    r"|estate|primavera|autunno|inverno|in)\s+)"
    rf"(?P<y>{_YEAR_DIGITS})",
    re.IGNORECASE,
)
# What may follow a year that is really a quantity ("nel 2000 per cento", "al 2030 euro").
_RE_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|per\s*cento|euro|dollari|€|\$|milion|miliard|persone|soldati|uomini|km|chilometri)",
    re.IGNORECASE,
)
_RE_YEAR_RANGE = re.compile(
    r"(?<!\w)(?P<prep>(?:tra|fra)\s+il\s+|dal\s+|nel\s+|del\s+|negli\s+anni\s+)?"
    rf"(?P<y1>{_YEAR_DIGITS})(?P<sep>\s*[-–/]\s*|\s+(?:al|e\s+il)\s+)(?P<y2>{_YEAR_DIGITS})",
    re.IGNORECASE,
)
_RE_REL_DAY = re.compile(
    r"(?<!\w)(?P<pre>(?:il|un|del|al|nel)\s+)?"
    rf"(?P<w>l{_A}\s*altro\s*ieri|altroieri|avantieri|dopodomani|dopo\s+domani|oggi|ieri|domani"
    r"|stamattina|stamani|stamane|stasera|stanotte|today|yesterday|tomorrow|tonight)"
    rf"(?:\s+(?P<part>{_PART_OF_DAY}))?\b",
    re.IGNORECASE,
)
_RE_WEEKDAY = re.compile(
    r"(?<!\w)(?:(?:(?:lo|la|il)\s+)?(?P<premod>scors[oa]|prossim[oa]|quest[oa])\s+"
    r"|(?P<enmod>last|next|this)\s+)?"
    rf"(?P<wd>{_WD})(?:\s+(?P<d>{_DAY})(?!\s*[°º%\d]|[.,:]\d))?"
    rf"(?:\s+(?P<part>{_PART_OF_DAY}))?(?:\s+(?P<post>scors[oa]|prossim[oa]))?",
    re.IGNORECASE,
)
_RE_WEEKEND = re.compile(
    r"(?<!\w)(?P<pre>(?:(?:in|per|durante|entro|a|da|su)\s+)?"
    rf"(?:quest[oa]|nel|il|lo|nello|del|dello|al|dal|(?:l|dell|nell){_A}\s*ultimo|ultimo)\s+"
    r"(?:(?:prossimo|scorso)\s+)?|(?:prossimo|scorso)\s+|(?:this|next|last|the)\s+)?"
    r"(?P<w>fine[\s-]settimana|week-?end)\b"
    r"(?:\s+(?P<post>prossimo|scorso|passato|appena\s+trascorso))?",
    re.IGNORECASE,
)
_RE_WEEK = re.compile(
    r"(?<!\w)(?P<pre>(?:nella|della|alla|per\s+la|entro\s+la|la|in)\s+)?"
    r"(?:(?P<m1>prossima|scorsa|questa)\s+settimana|settimana\s+(?P<m2>prossima|scorsa|passata))"
    r"\b",
    re.IGNORECASE,
)
_RE_REL_PERIOD = re.compile(
    r"(?<!\w)(?:(?:(?:il|lo|nel|nello|del|dello|dal|al|entro\s+il|entro\s+lo)\s+"
    rf"|(?:l|nell|dell|dall|all){_A}\s*)?"
    r"(?:(?P<m1>prossim[oa]|scors[oa])\s+)?(?P<unit>mese|anno)\b"
    r"(?:\s+(?P<m2>prossimo|scorso|passato|in\s+corso))?"
    rf"|(?P<this>quest{_A}\s*anno|questo\s+mese))\b",
    re.IGNORECASE,
)
_RE_HOLIDAY = re.compile(
    rf"(?<!\w){_PREP}(?P<vig>(?:la\s+)?vigilia\s+di\s+)?"
    r"(?P<h>natale|capodanno|epifania|ferragosto|pasqua)\b"
    rf"(?:\s+(?:del\s+)?(?P<y>{_YEAR_DIGITS}))?",
    re.IGNORECASE,
)
_RE_STREET_BEFORE = re.compile(
    r"\b(?:via|piazza|piazzale|viale|corso|largo)\s+(?:\d{1,2}\s+)?$", re.IGNORECASE
)
_RE_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’)]*\s+")
# Commas, colons, brackets, quotes and spaced dashes end a clause; a hyphen ("due-tre") does not.
_RE_CLAUSE_BREAK = re.compile(r"[,;:()«»“”\"]|\s[—–-]\s")
_RE_PREVIOUS_WORDS = re.compile(r"(\w+)\s+(?:(\w+)\s+)?$")

# Tense markers: what the nearest verb says about when the sentence happens.
_PARTICIPLE = (
    r"\w+(?:at|ut|it|ett|att|itt|ess|es|est|ost|ist|ert|ort|ast|uss|us|is|unt|olt|ers|ors|ott"
    r"|int|ars)[oaie]"
)
_NOT_PARTICIPLES = frozenset(
    _words("""questo questa questi queste quello presto adesso spesso
    stesso stessa stessi stesse certo certa certi tutto tutta tutti tutte
    molto molta molti molte giusto giusta esso essa
    essi esse resto modesto onesto sincero""")
)
_FUTURE_PARTICIPLE = re.compile(
    r"(?:previst|attes|programmat|fissat|pianificat|calendarizzat)[oaie]$", re.IGNORECASE
)
_RE_COMPOUND = re.compile(
    r"\b(?:ha|hanno|ho|abbiamo|avete|hai|aveva|avevano|avevo|è|e'|sono|siamo|siete|era|erano"
    r"|fu|furono|sia|siano|fosse|fossero|avesse|avessero|abbia|abbiano|avrebbe|avrebbero"
    r"|sarebbe|sarebbero)\s+"
    r"(?:(?:già|anche|poi|infatti|ancora|appena|non|mai|più|inoltre|ufficialmente|subito|pure"
    r"|sempre|quindi|invece|finalmente|stat[oaie])\s+)*"
    rf"(?P<part>{_PARTICIPLE})\b",
    re.IGNORECASE,
)
_REMOTO_IRREGULAR = _words(
    "disse dissero fece fecero ebbe ebbero venne vennero prese presero mise misero decise "
    "decisero chiese chiesero rispose risposero scrisse scrissero giunse giunsero rimase "
    "rimasero volle vollero vide videro"
)
_PAST_WORDS = re.compile(
    r"\b(?:\w+(?:arono|erono|irono|avano|evano|ivano)"
    rf"|{'|'.join(_REMOTO_IRREGULAR)}"
    r"|scors[oaie]|passat[oaie]|era|erano|fu|furono|aveva|avevano"
    r"|was|were|had|did|said|met|held|spoke|told|went|came|agreed|signed)\b",
    re.IGNORECASE,
)
_PAST_ENDINGS = re.compile(r"\b\w+(?:[^\Wr]ò|ì|\w(?:ava|eva))\b", re.IGNORECASE)
_NOT_PAST = frozenset(
    _words("""può ciò però perciò così sì lì costì colì
    geneva brava ottava schiava slava java lava cava fava clava bava nava leva greva""")
)
_FUTURE_WORDS = re.compile(
    r"\b(?:\w+r(?:à|ò|anno|emo)|\w+rebbe(?:ro)?"
    r"|(?:previst|attes|programmat|fissat|pianificat)[oaie]|in\s+programma|in\s+vista\s+d\w*"
    r"|entro|a\s+breve|prevede\s+di|prossim[oaie]"
    r"|will|shall|won't|going\s+to|\w+'ll)\b",
    re.IGNORECASE,
)
_NOT_FUTURE = frozenset(_words("però perciò tiranno estremo supremo remo"))
_REPORTIVE = frozenset(_words("avrebbe avrebbero sarebbe sarebbero"))
# A deadline or a postponement looks forward even from a past-tense clause: "aveva indicato
# giovedì come termine", "la riunione è slittata a lunedì", "fissato per venerdì". These words
# govern a day named within a few words of them, in its clause.
_FORWARD_WORDS = re.compile(
    r"\b(?:termine|scadenza|ultimatum|entro|limite"
    r"|(?:fissat|previst|programmat|calendarizzat|attes|rinviat|rimandat|posticipat)[oaie]"
    r"|slitt\w*|rinvi(?:o|a|are|ano|erà)|rimand(?:a|are|ano|erà)|posticip(?:a|are|ano|erà))\b",
    re.IGNORECASE,
)
# "la scadenza di giovedì è scaduta": a deadline that has passed looks back.
_RE_LAPSED = re.compile(r"\b(?:scadut|superat|mancat|rispettat)[oaie]\b", re.IGNORECASE)
_FORWARD_REACH = 4  # words either side of the day that a forward word governs

# ---------------------------------------------------------------------------------------------
# Resolution against a reference date


@dataclass(frozen=True, slots=True)
class _Found:
    """One normalised expression at [start, end) of the scanned text."""

    start: int
    end: int
    value: str
    relative: bool


def _parse_day(value: str | date | None) -> date | None:
    """An ISO date or date-time string (or a date) as a date; None when it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat((value or "")[:10])
    except (TypeError, ValueError):
        return None


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(word: str) -> int:
    return _MONTH_NUMBER[word.lower().rstrip(".")]


def _weekday_number(word: str) -> int:
    lower = word.lower()
    if lower in _WEEKDAYS_EN:
        return _WEEKDAYS_EN.index(lower)
    return next(n for n, stem in enumerate(_WEEKDAY_STEMS) if lower.startswith(stem))


_RE_BACK = re.compile(r"\b(?:scors|passat|last|ultim|appena\s+trascors)", re.IGNORECASE)
_RE_FORWARD = re.compile(r"\b(?:prossim|next)", re.IGNORECASE)


def _direction(*modifiers: str | None) -> str | None:
    """ "scorso"/"last" point strictly back, "prossimo"/"next" strictly forward."""
    for modifier in modifiers:
        if modifier and _RE_BACK.search(modifier):
            return "past!"
        if modifier and _RE_FORWARD.search(modifier):
            return "future!"
    return None


def _closest_day(
    month: int, day: int, ref: date, direction: str | None, weekday: int | None = None
) -> date | None:
    """The day/month in the year that puts it nearest the reference, or in the direction given."""
    candidates = [
        d for year in (ref.year - 1, ref.year, ref.year + 1) if (d := _make_date(year, month, day))
    ]
    if weekday is not None and any(d.weekday() == weekday for d in candidates):
        candidates = [d for d in candidates if d.weekday() == weekday]
    if direction in ("past", "past!"):
        candidates = [d for d in candidates if d < ref or (d == ref and direction == "past")]
        return max(candidates, default=None)
    if direction in ("future", "future!"):
        candidates = [d for d in candidates if d > ref or (d == ref and direction == "future")]
        return min(candidates, default=None)
    return min(candidates, key=lambda d: (abs((d - ref).days), d > ref), default=None)


def _month_year(month: int, ref: date, direction: str | None) -> int:
    """The year of a month named without one."""
    ahead = (month - ref.month) % 12
    if direction is None:
        if ahead == 0:
            return ref.year
        direction = "future" if ahead < 12 - ahead else "past"
    if direction.startswith("past"):
        back = month < ref.month or (month == ref.month and direction == "past")
        return ref.year if back else ref.year - 1
    forward = month > ref.month or (month == ref.month and direction == "future")
    return ref.year if forward else ref.year + 1


def _weekday_date(weekday: int, ref: date, direction: str | None) -> date:
    ahead = (weekday - ref.weekday()) % 7
    back = (ref.weekday() - weekday) % 7
    if direction == "future!":
        return ref + timedelta(days=ahead or 7)
    if direction == "past!":
        return ref - timedelta(days=back or 7)
    if ahead == 0:
        return ref  # a news item naming today's weekday means today
    if direction == "future":
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def _interval(start: date, end: date) -> str:
    return f"{start.isoformat()}/{end.isoformat()}"


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


_HOLIDAYS = {"natale": (12, 25), "capodanno": (1, 1), "epifania": (1, 6), "ferragosto": (8, 15)}

# ---------------------------------------------------------------------------------------------
# Scanning


class _Context:
    """The text being scanned, its reference date and, lazily, its tense markers."""

    def __init__(self, text: str, ref: date | None, *, query: bool = False) -> None:
        self.text = text
        self.ref = ref
        self.query = query
        self._marker_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [0, *(m.end() for m in _RE_SENTENCE_END.finditer(self.text))]

    def _markers(self, begin: int, finish: int) -> list[tuple[int, int, str]]:
        """Tense markers that start in [begin, finish), a stretch of whole sentences.

        No marker crosses a sentence's start nor reaches it (each is words and the spaces between
        them, ending on a word; a sentence starts after a stop and a space), so scanning just the
        stretch finds those of a scan of the whole text; the order (compounds, past words, past
        endings, future words) is kept, for ties.
        """
        key = (begin, finish)
        if key in self._marker_cache:
            return self._marker_cache[key]
        text = self.text

        def scan(regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
            return regex.finditer(text, begin, finish)

        markers = []
        for m in scan(_RE_COMPOUND):
            participle = m["part"].lower()
            if participle in _NOT_PARTICIPLES:
                continue
            tense = "future" if _FUTURE_PARTICIPLE.search(participle) else "past"
            markers.append((m.start(), m.end(), tense))
        for m in scan(_PAST_WORDS):
            markers.append((m.start(), m.end(), "past"))
        for m in scan(_PAST_ENDINGS):
            word = m.group().lower()
            if word not in _NOT_PAST and not word.startswith(_WEEKDAY_STEMS):
                markers.append((m.start(), m.end(), "past"))
        for m in scan(_FUTURE_WORDS):
            word = m.group().lower()
            if word in _NOT_FUTURE or word in _REPORTIVE:
                continue  # "avrebbe detto" is a reported past, caught as compound above
            markers.append((m.start(), m.end(), "future"))
        self._marker_cache[key] = markers
        return markers

    def sentence_start(self, position: int) -> bool:
        """Whether only punctuation or quotes stand between the sentence's start and here."""
        start = max(s for s in self._sentence_starts if s <= position)
        return not re.search(r"\w", self.text[start:position])

    def tense(self, start: int, end: int) -> str | None:
        """Past or future, from the verb nearest this mention, or None.

        The verb of the mention's own clause first: in "avverrà nel fine settimana, ha detto
        Umerov" the saying is past, the event to come. Then the nearest in the sentence.
        """
        if self.query:
            return None
        begin = max(s for s in self._sentence_starts if s <= start)
        finish = min((s for s in self._sentence_starts if s > end), default=len(self.text))
        breaks = [m.end() for m in _RE_CLAUSE_BREAK.finditer(self.text, begin, start)]
        clause_begin = breaks[-1] if breaks else begin
        after = _RE_CLAUSE_BREAK.search(self.text, end, finish)
        clause_end = after.start() if after else finish
        markers = self._markers(begin, finish)
        return self._nearest(markers, start, end, clause_begin, clause_end) or self._nearest(
            markers, start, end, begin, finish
        )

    @staticmethod
    def _nearest(
        markers: list[tuple[int, int, str]], start: int, end: int, begin: int, finish: int
    ) -> str | None:
        best: tuple[int, str] | None = None
        for m_start, m_end, tense in markers:
            if m_start < begin or m_end > finish or (m_start < end and start < m_end):
                continue
            distance = start - m_end if m_end <= start else m_start - end
            if best is None or distance < best[0]:
                best = (distance, tense)
        return best[1] if best else None

    def looks_forward(self, start: int, end: int) -> bool:
        """Whether a deadline or postponement word governs the mention: then it is to come.

        "aveva indicato giovedì come termine" is the coming Thursday whatever the verb's tense;
        the word must stand in the mention's clause, at most a few words away.
        """
        if self.query:
            return False
        begin = max(s for s in self._sentence_starts if s <= start)
        finish = min((s for s in self._sentence_starts if s > end), default=len(self.text))
        breaks = [m.end() for m in _RE_CLAUSE_BREAK.finditer(self.text, begin, start)]
        after = _RE_CLAUSE_BREAK.search(self.text, end, finish)
        before_words = _RE_WORD.findall(self.text, breaks[-1] if breaks else begin, start)
        after_words = _RE_WORD.findall(self.text, end, after.start() if after else finish)
        # The mention's own words count: its preposition may be "entro".
        own = self.text[start:end]
        near = " ".join((*before_words[-_FORWARD_REACH:], own, *after_words[:_FORWARD_REACH]))
        return bool(_FORWARD_WORDS.search(near)) and not _RE_LAPSED.search(near)

    def previous_word(self, position: int) -> str:
        m = _RE_PREVIOUS_WORDS.search(self.text[max(0, position - 40) : position])
        return m[2].lower() if m and m[2] else m[1].lower() if m else ""

    def street_before(self, position: int) -> bool:
        return bool(_RE_STREET_BEFORE.search(self.text[max(0, position - 20) : position]))


Handler = Callable[[re.Match[str], _Context], list[_Found] | None]


def _one(m: re.Match[str], value: str, relative: bool, start: int | None = None) -> list[_Found]:
    return [_Found(m.start() if start is None else start, m.end(), value, relative)]


def _day_month_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    if ctx.street_before(m.start()):
        return None
    month = _month_number(m["m"])
    day = int(m["d"]) if m["d"].isdigit() else 1  # "primo"
    english = m["m"].lower() in _MONTHS_EN and m["m"][0].isupper()
    if m.re is _RE_MDY and not m["y"] and not ctx.query and not english:
        return None  # "December 6" in an English quote; "dicembre 22", "Dec 6" need their year
    if m["y"]:
        found = _make_date(int(m["y"]), month, day)
        return _one(m, found.isoformat(), False) if found else None
    if ctx.ref is None:
        return None
    groups = m.groupdict()
    direction = _direction(groups.get("premod"), groups.get("post"))
    weekday = _weekday_number(m["wd"]) if m["wd"] else None
    found = _closest_day(month, day, ctx.ref, direction, weekday)
    return _one(m, found.isoformat(), False) if found else None


def _range_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    lead = (m["rprep"] or "").lower()
    word = m["sep"].strip().lower()
    joined_by_and = word.startswith("e")
    if word.startswith("a") and not lead.startswith("da"):
        return None  # "al 21" needs its "dal 19"
    m2 = _month_number(m["m2"])
    m1 = _month_number(m["m1"]) if m["m1"] else m2
    d1 = 1 if not m["d1"].isdigit() else int(m["d1"])
    d2 = int(m["d2"])
    if m["y2"] or m["y1"]:
        if m["y1"]:
            year1 = int(m["y1"])
        else:
            year1 = int(m["y2"]) if (m1, d1) <= (m2, d2) else int(m["y2"]) - 1
        start = _make_date(year1, m1, d1)
    elif ctx.ref is not None:
        start = _closest_day(m1, d1, ctx.ref, None)
    else:
        return None
    if start is None:
        return None
    if m["y2"]:
        end = _make_date(int(m["y2"]), m2, d2)
    else:
        end = _make_date(start.year + ((m2, d2) < (m1, d1)), m2, d2)
    if end is None or end <= start:
        return None
    if joined_by_and and not lead.startswith(("tra", "fra")) and (end - start).days > 1:
        # "il 6 e il 20 dicembre": two days, not the fortnight between them
        first_end = m.end("y1") if m["y1"] else m.end("m1") if m["m1"] else m.end("d1x")
        second_start = m.start("wd2") if m["wd2"] else m.start("d2")
        return [
            _Found(m.start(), first_end, start.isoformat(), False),
            _Found(second_start, m.end(), end.isoformat(), False),
        ]
    return _one(m, _interval(start, end), False)


def _month_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    word = m["m"]
    month = _month_number(word)
    english = word.lower() in _MONTHS_EN and word.lower() not in _MONTHS_IT
    if ctx.street_before(m.start()):
        return None
    if not ctx.query:
        bare = not any(m[g] for g in ("prep", "premod", "part", "mese", "y", "post"))
        english_in = (m["prep"] or "").strip().lower() == "in"
        if english and not (word[0].isupper() and (m["y"] or english_in)):
            return None  # "may", "march", "il governo di May" are not months
        if bare and word[0].isupper() and not ctx.sentence_start(m.start()):
            return None  # "Aprile", "Maggio" mid-sentence are surnames
        if not m["y"] and re.match(r"\s+\d", ctx.text[m.end() :]):
            return None  # "dicembre 22" without its year: no reading is safe
    if m["y"]:
        return _one(m, f"{int(m['y']):04d}-{month:02d}", False)
    if ctx.ref is None:
        return None
    direction = _direction(m["premod"], m["post"])
    if direction is None and ctx.looks_forward(m.start(), m.end()):
        direction = "future"  # "entro gennaio", "gennaio come scadenza"
    direction = direction or ctx.tense(m.start(), m.end())
    year = _month_year(month, ctx.ref, direction)
    return _one(m, f"{year:04d}-{month:02d}", True)


def _numeric_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    year = int(m["y"])
    if len(m["y"]) == 2:
        if m["s"] != "/":
            return None  # "10.30.45" is no date; only d/m/yy is common enough
        year += 2000
    found = _make_date(year, int(m["m"]), int(m["d"]))
    return _one(m, found.isoformat(), False) if found and 1900 <= year <= 2100 else None


def _iso_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    found = _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _one(m, found.isoformat(), False) if found else None


def _year_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    if _RE_QUANTITY_AFTER.match(ctx.text, m.end()):
        return None
    prep = m["prep"].strip().lower()
    if prep == "in" and not re.match(r"\s*(?:[.,;:!?)”\"]|$)", ctx.text[m.end() :]):
        return None  # Italian "in 2000 hanno manifestato" counts people; English "in 2025." a year
    return _one(m, m["y"], False)


def _year_range_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    sep = m["sep"].strip().lower()
    prep = (m["prep"] or "").lower()
    if sep == "al" and not prep.startswith("dal"):
        return None
    if sep.startswith("e") and not prep.startswith(("tra", "fra")):
        return None
    if not y1 < y2 <= y1 + 50:
        return None
    return _one(m, f"{y1}/{y2}", False)


def _relative_day_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    word = re.sub(r"\W+", "", m["w"].lower())
    if m["pre"] and "domani" in word:
        return None  # "il domani", "un domani": the future, not tomorrow
    if m["w"][0].isupper() and not ctx.sentence_start(m.start("w")):
        return None  # "Russia Today", "Italia Oggi": names of outlets
    if ctx.ref is None:
        return None
    if word in ("laltroieri", "altroieri", "avantieri"):
        offset = -2
    elif word in ("ieri", "yesterday"):
        offset = -1
    elif word in ("domani", "tomorrow"):
        offset = 1
    elif word in ("dopodomani",):
        offset = 2
    else:
        offset = 0
    return _one(m, (ctx.ref + timedelta(days=offset)).isoformat(), True, start=m.start("w"))


def _weekday_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    word = m["wd"]
    if word.lower() in _WEEKDAYS_EN and not word[0].isupper():
        return None
    modifier = m["premod"] or m["enmod"]
    if not modifier and ctx.previous_word(m.start()) in _HABITUAL:
        return None
    if ctx.ref is None:
        return None
    weekday = _weekday_number(word)
    if m["d"]:
        # "sabato 20": the 20th nearest the reference that falls on a Saturday
        day = int(m["d"])
        first = ctx.ref.replace(day=1)
        months = [(first - timedelta(days=1)).replace(day=1), first]
        months.append((first + timedelta(days=32)).replace(day=1))
        candidates = [d for mo in months if (d := _make_date(mo.year, mo.month, day))]
        matching = [d for d in candidates if d.weekday() == weekday] or candidates
        found = min(matching, key=lambda d: (abs((d - ctx.ref).days), d > ctx.ref))
        return _one(m, found.isoformat(), True)
    direction = _direction(modifier, m["post"])
    if direction is None and (modifier or "").lower().startswith(("quest", "this")):
        direction = "future"
    if direction is None and ctx.looks_forward(m.start(), m.end()):
        direction = "future"
    if direction is None:
        direction = ctx.tense(m.start(), m.end()) or "past"
    return _one(m, _weekday_date(weekday, ctx.ref, direction).isoformat(), True)


def _weekend_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    if not m["pre"] and ctx.previous_word(m.start()) in _HABITUAL_WEEKEND:
        return None
    if re.match(r"\s+(?:del|di|dal|tra\s+il)\s+\d", ctx.text[m.end() :]):
        return None  # "il weekend del 20-21 dicembre": the explicit days say which
    if ctx.ref is None:
        return None
    ref = ctx.ref
    weekday = ref.weekday()
    current = ref - timedelta(days=weekday - 5) if weekday >= 5 else ref + timedelta(5 - weekday)
    previous = current - timedelta(days=7) if weekday >= 5 else ref - timedelta(days=weekday + 2)
    direction = _direction(m["pre"], m["post"])
    if direction is None and ctx.looks_forward(m.start(), m.end()):
        direction = "future"
    if direction is None and "quest" not in (m["pre"] or "").lower():
        direction = ctx.tense(m.start(), m.end())
    if direction == "past!" or (direction == "past" and weekday < 5):
        saturday = previous
    elif direction == "future!" and weekday >= 5:
        saturday = current + timedelta(days=7)
    else:
        saturday = current
    return _one(m, _interval(saturday, saturday + timedelta(days=1)), True)


def _week_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    if ctx.ref is None:
        return None
    which = (m["m1"] or m["m2"]).lower()
    monday = ctx.ref - timedelta(days=ctx.ref.weekday())
    if which == "prossima":
        monday += timedelta(days=7)
    elif which in ("scorsa", "passata"):
        monday -= timedelta(days=7)
    return _one(m, _interval(monday, monday + timedelta(days=6)), True)


def _period_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    if ctx.ref is None:
        return None
    if m["this"]:
        unit, offset = ("anno" if "anno" in m["this"].lower() else "mese"), 0
    else:
        direction = _direction(m["m1"], m["m2"])
        if direction is None and not (m["m2"] or "").lower().startswith("in"):
            return None  # "l'anno", "il mese" alone
        unit, offset = m["unit"].lower(), {"past!": -1, "future!": 1}.get(direction or "", 0)
    if unit == "anno":
        return _one(m, f"{ctx.ref.year + offset:04d}", True)
    index = ctx.ref.year * 12 + ctx.ref.month - 1 + offset
    return _one(m, f"{index // 12:04d}-{index % 12 + 1:02d}", True)


def _holiday_handler(m: re.Match[str], ctx: _Context) -> list[_Found] | None:
    name = m["h"].lower()
    if not ctx.query:
        if not m["h"][0].isupper():
            return None  # "città natale" is a hometown
        if ctx.previous_word(m.start()) == "babbo":
            return None
        if not (m["prep"] or m["vig"] or m["y"]) and re.match(r"\s+[A-Z]", ctx.text[m.end() :]):
            return None  # "Natale Rossi": a first name
    eve = bool(m["vig"])

    def day_in(year: int) -> date:
        day = _easter(year) if name == "pasqua" else date(year, *_HOLIDAYS[name])
        return day - timedelta(days=1) if eve else day

    if m["y"]:
        return _one(m, day_in(int(m["y"])).isoformat(), False)
    if ctx.ref is None:
        return None
    ref = ctx.ref
    direction = "future" if ctx.looks_forward(m.start(), m.end()) else None
    direction = direction or ctx.tense(m.start(), m.end())
    candidates = [day_in(year) for year in (ref.year - 1, ref.year, ref.year + 1)]
    if direction == "past":
        found = max(d for d in candidates if d <= ref)
    elif direction == "future":
        found = min(d for d in candidates if d >= ref)
    else:
        found = min(candidates, key=lambda d: (abs((d - ref).days), d > ref))
    return _one(m, found.isoformat(), False)


_RE_DMY = re.compile(_day_month(_MONTH_TEXT), re.IGNORECASE)
_RE_MDY = re.compile(_month_day(rf"(?:{_FULL_MONTH})\b|(?:{_ABBR})\b\.?"), re.IGNORECASE)
_RE_RANGE = re.compile(_day_range(_MONTH_TEXT), re.IGNORECASE)
_RE_MONTH = re.compile(_month_alone(rf"(?:{_FULL_MONTH})\b"), re.IGNORECASE)

_TEXT_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_RE_RANGE, _range_handler),
    (_RE_DMY, _day_month_handler),
    (_RE_MDY, _day_month_handler),
    (_RE_NUMERIC, _numeric_handler),
    (_RE_ISO, _iso_handler),
    (_RE_MONTH, _month_handler),
    (_RE_YEAR_RANGE, _year_range_handler),
    (_RE_YEAR, _year_handler),
    (_RE_REL_DAY, _relative_day_handler),
    (_RE_WEEKDAY, _weekday_handler),
    (_RE_WEEKEND, _weekend_handler),
    (_RE_WEEK, _week_handler),
    (_RE_REL_PERIOD, _period_handler),
    (_RE_HOLIDAY, _holiday_handler),
)


# Cheap tests of what a pattern cannot match without. Most paragraphs name no month, weekday or
# deictic word, and the patterns, which open on optional prepositions, cost a pass over every
# position; so a pattern runs only where its key word (or digit shape) is in the text. Each
# key word stands between word boundaries in every match of its pattern, so the set of the
# paragraph's lower-cased words decides, with no false negative.
_RE_WORD = re.compile(r"\w+")
_RE_DIGITS_JOINED = re.compile(r"\d[/.\-]\d")
_RE_YEAR_SHAPE = re.compile(r"(?:19|20|21)\d\d")
_MONTH_WORDS = frozenset(_MONTH_NUMBER)
_WEEKDAY_WORDS = frozenset(
    (*(stem + end for stem in _WEEKDAY_STEMS[:5] for end in "iìí"), "sabato", "domenica")
) | frozenset(_WEEKDAYS_EN)
_REL_DAY_WORDS = frozenset(
    _words(
        "ieri altroieri avantieri oggi domani dopodomani stamattina stamani stamane stasera "
        "stanotte today yesterday tomorrow tonight"
    )
)
_PERIOD_WORDS = frozenset(("mese", "anno"))
_HOLIDAY_WORDS = frozenset((*_HOLIDAYS, "pasqua"))
# A match of a month pattern starts at most this many words (\w+ runs) before its first month
# word ("dal" "l" … in "a prima metà del mese di dicembre": 11 at most, in _month_alone) and
# ends within this many after its last (a year and "scorso": 3); each has a margin. So those
# patterns need scan only that stretch of a paragraph: the matches are the same.
_MONTH_LEAD_WORDS = 12
_MONTH_TRAIL_WORDS = 5
_MONTH_PATTERNS = (_RE_RANGE, _RE_DMY, _RE_MDY, _RE_MONTH)
# Positions in _TEXT_PATTERNS, by identity: hashing a compiled pattern hashes its whole code.
_SLOT = {id(regex): i for i, (regex, _) in enumerate(_TEXT_PATTERNS)}


def _slots(*regexes: re.Pattern[str]) -> tuple[int, ...]:
    return tuple(_SLOT[id(regex)] for regex in regexes)


_MONTH_SLOTS = _slots(*_MONTH_PATTERNS)
_NUMBER_SLOTS = _slots(_RE_NUMERIC, _RE_ISO)
_YEAR_SLOTS = _slots(_RE_YEAR_RANGE, _RE_YEAR)
_REL_DAY_SLOTS = _slots(_RE_REL_DAY)
_WEEKDAY_SLOTS = _slots(_RE_WEEKDAY)
_WEEK_SLOTS = _slots(_RE_WEEKEND, _RE_WEEK)
_WEEKEND_SLOTS = _slots(_RE_WEEKEND)
_PERIOD_SLOTS = _slots(_RE_REL_PERIOD)
_HOLIDAY_SLOTS = _slots(_RE_HOLIDAY)


class _Clues:
    """Where in a text each pattern may match: from its lower-cased words and digit shapes."""

    def __init__(self, text: str) -> None:
        low = text.lower()  # of a _plain() text: the words re.IGNORECASE matches
        words = frozenset(_RE_WORD.findall(low))
        whole = (0, len(text))
        # The [start, end) each pattern of _TEXT_PATTERNS is to scan, or None: not at all.
        self.stretches: list[tuple[int, int] | None] = [None] * len(_TEXT_PATTERNS)
        if not words.isdisjoint(_MONTH_WORDS):
            self._allow(_MONTH_SLOTS, _month_stretch(low))
        if _RE_DIGITS_JOINED.search(text):
            self._allow(_NUMBER_SLOTS, whole)
        if _RE_YEAR_SHAPE.search(text):
            self._allow(_YEAR_SLOTS, whole)
        if not words.isdisjoint(_REL_DAY_WORDS):
            self._allow(_REL_DAY_SLOTS, whole)
        if not words.isdisjoint(_WEEKDAY_WORDS):
            self._allow(_WEEKDAY_SLOTS, whole)
        if "settimana" in low:
            self._allow(_WEEK_SLOTS, whole)
        elif "week" in low:
            self._allow(_WEEKEND_SLOTS, whole)
        if not words.isdisjoint(_PERIOD_WORDS):
            self._allow(_PERIOD_SLOTS, whole)
        if not words.isdisjoint(_HOLIDAY_WORDS):
            self._allow(_HOLIDAY_SLOTS, whole)

    def _allow(self, slots: tuple[int, ...], stretch: tuple[int, int]) -> None:
        for slot in slots:
            self.stretches[slot] = stretch

    def stretch(self, regex: re.Pattern[str]) -> tuple[int, int] | None:
        """Where one of _TEXT_PATTERNS is to scan; None: nowhere."""
        return self.stretches[_SLOT[id(regex)]]


def _month_stretch(low: str) -> tuple[int, int]:
    """[start, end) of a text with month words that holds every match of a month pattern."""
    words = list(_RE_WORD.finditer(low))
    months = [i for i, m in enumerate(words) if m.group() in _MONTH_WORDS]
    first, last = months[0] - _MONTH_LEAD_WORDS, months[-1] + _MONTH_TRAIL_WORDS
    start = words[first].start() if first > 0 else 0
    return start, words[last].end() if last < len(words) else len(low)


def _scan(text: str, ref: date | None, *, gated: bool = True) -> list[_Found]:
    """Every date expression in one text; where two overlap, the longer wins.

    `gated=False` runs every pattern over the whole text, whatever it holds: the reference the
    gates are tested against.
    """
    text = _plain(text)
    ctx = _Context(text, ref)
    everywhere: list[tuple[int, int] | None] = [(0, len(text))] * len(_TEXT_PATTERNS)
    stretches = _Clues(text).stretches if gated else everywhere
    candidates: list[tuple[int, int, list[_Found]]] = []
    for (regex, handler), stretch in zip(_TEXT_PATTERNS, stretches, strict=True):
        if stretch is None:
            continue
        for m in regex.finditer(text, *stretch):
            found = handler(m, ctx)
            if found:
                candidates.append((found[0].start, found[-1].end, found))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    result: list[_Found] = []
    for start, end, found in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        result.extend(found)
    return sorted(result, key=lambda f: f.start)


# ---------------------------------------------------------------------------------------------
# Public API


def find_dates(article: Article) -> tuple[DateRef, ...]:
    """Every date expression in the article's paragraphs, in reading order.

    An embedded post's own date is the reference inside it; elsewhere the article's date.
    """
    article_ref = _parse_day(article.date)
    refs = []
    for index, paragraph in enumerate(article.paragraphs):
        ref = _parse_day(paragraph.date) or article_ref
        for found in _scan(paragraph.text, ref):
            text = paragraph.text[found.start : found.end]
            span = Span(index, found.start, found.end)
            refs.append(DateRef(found.value, text, found.relative, span))
    return tuple(refs)


def latest_explicit_date(article: Article) -> str:
    """The latest full day date, written with its year, that the text mentions; or ''.

    Embedded posts count with their own dates: the article cannot be older than what it embeds.
    """
    days = []
    for paragraph in article.paragraphs:
        if day := _parse_day(paragraph.date):
            days.append(day.isoformat())  # an embedded post's date was written out in the page
        for found in _scan(paragraph.text, None):  # no reference: only what is written out
            days.extend(part for part in found.value.split("/") if len(part) == 10)
    return max(days, default="")


_RE_ISO_QUERY = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?")
_RE_DAY_MONTH_QUERY = re.compile(
    r"(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?:(?P=s)(?P<y>\d{4}|\d{2}))?"
)
_RE_MONTH_YEAR_QUERY = re.compile(r"(?P<m>\d{1,2})[/.\-](?P<y>\d{4})")
_QUERY_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (re.compile(_day_range(_MONTH_QUERY), re.IGNORECASE), _range_handler),
    (re.compile(_day_month(_MONTH_QUERY), re.IGNORECASE), _day_month_handler),
    (_RE_MDY, _day_month_handler),
    # a month alone only in full: "gen", "mar", "set" are prefixes of names being typed
    (_RE_MONTH, _month_handler),
    (_RE_YEAR_RANGE, _year_range_handler),
    (_RE_YEAR, _year_handler),
    (_RE_HOLIDAY, _holiday_handler),
)


def _iso_query(text: str) -> str | None:
    """'2025', '2025-12', '2025-12-6' as ISO values, validated."""
    if not _RE_ISO_QUERY.fullmatch(text):
        return None
    parts = [int(p) for p in text.split("-")]
    if not 1900 <= parts[0] <= 2100:
        return None
    if len(parts) == 1:
        return f"{parts[0]:04d}"
    if len(parts) == 2:
        return f"{parts[0]:04d}-{parts[1]:02d}" if 1 <= parts[1] <= 12 else None
    found = _make_date(*parts)
    return found.isoformat() if found else None


def parse_date_query(query: str, reference: str | date = "") -> str | None:
    """A search query read as a date value, or None when it is not one.

    "6 dicembre" → a day, "dicembre 2025" → a month, "19-21 dicembre" → an interval,
    "2025-12-20", "2025-12", "2025", "December 6, 2025", "6/12/2025" (day first). A day or month
    without a year takes the year that puts it closest to `reference` (an ISO date or a `date`,
    typically the newest article's); with no reference, closest to today.
    """
    text = query.strip()
    if not text or len(text) > _QUERY_LIMIT:
        return None
    text = _plain(text)
    if "/" in text and _RE_ISO_QUERY.match(text):
        bounds = [_iso_query(part.strip()) for part in text.split("/")]
        if len(bounds) == 2 and all(bounds):
            return f"{bounds[0]}/{bounds[1]}"
        return None
    if iso := _iso_query(text[:10] if _RE_PRECISION[0][1].fullmatch(text) else text):
        return iso
    if (m := _RE_MONTH_YEAR_QUERY.fullmatch(text)) and 1 <= int(m["m"]) <= 12:
        return f"{m['y']}-{int(m['m']):02d}" if 1900 <= int(m["y"]) <= 2100 else None
    ref = _parse_day(reference) or date.today()
    if m := _RE_DAY_MONTH_QUERY.fullmatch(text):
        month, day = int(m["m"]), int(m["d"])
        if m["y"]:
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
            found = _make_date(year, month, day)
        else:
            found = _closest_day(month, day, ref, None) if 1 <= month <= 12 else None
        return found.isoformat() if found else None
    ctx = _Context(text, ref, query=True)
    for regex, handler in _QUERY_PATTERNS:
        if (m := regex.fullmatch(text)) and (found := handler(m, ctx)) and len(found) == 1:
            return found[0].value
    return None


def date_bounds(value: str) -> tuple[date, date] | None:
    """The first and last day a date value (day, month, year or interval) covers; None if none."""
    parts = value.split("/")
    if len(parts) > 2:
        return None
    first, last = _part_bounds(parts[0]), _part_bounds(parts[-1])
    if first is None or last is None or last[1] < first[0]:
        return None
    return first[0], last[1]


def _part_bounds(value: str) -> tuple[date, date] | None:
    kind = precision(value)
    try:
        if kind == "year":
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31)
        if kind == "month":
            start = date(int(value[:4]), int(value[5:7]), 1)
            following = (start + timedelta(days=32)).replace(day=1)
            return start, following - timedelta(days=1)
        if kind == "day":
            day = date.fromisoformat(value[:10])
            return day, day
    except ValueError:
        return None
    return None


def date_covers(value: str, query: str) -> bool:
    """Whether the days a date value spans overlap those of a query value.

    An interval covers the days inside it, a month its days, a year its months; a day matches the
    month or year it falls in.
    """
    a, b = date_bounds(value), date_bounds(query)
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


_RE_PRECISION = (
    ("day", re.compile(r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")),
    ("month", re.compile(r"\d{4}-\d{2}")),
    ("year", re.compile(r"\d{4}")),
)


def precision(value: str) -> str:
    """'day', 'month', 'year' or 'interval' for a date value; '' when it is none of them."""
    if "/" in value:
        parts = value.split("/")
        return "interval" if len(parts) == 2 and all(map(precision, parts)) else ""
    return next((kind for kind, regex in _RE_PRECISION if regex.fullmatch(value)), "")
