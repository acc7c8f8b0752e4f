"""The sentence around a date expression: what its verbs say about when, and its neighbours.

A weekday or a month without a year is placed before or after the reference by the tense of the
nearest verb ("martedì ha visto" / "martedì vedrà"), the verb of its own clause first; a
deadline or postponement word governing it ("giovedì come termine", "slittata a lunedì") makes
it the coming one whatever the tense. The context also answers the small questions handlers ask:
the word before a mention, whether a street name precedes it, whether it opens a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from functools import cached_property, lru_cache

from negoreader.calendar_words import WEEKDAY_STEMS


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_RE_STREET_BEFORE = re.compile(
    r"\b(?:via|piazza|piazzale|viale|corso|largo)\s+(?:\d{1,2}\s+)?$", re.IGNORECASE
)
_RE_DASH_BEFORE = re.compile(r"\s[–—-]\s+$")
_RE_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’)]*\s+")
# Commas, colons, brackets, quotes and spaced dashes end a clause; a hyphen ("due-tre") does not.
RE_CLAUSE_BREAK = re.compile(r"[,;:()«»“”\"]|\s[—–-]\s")
_RE_PREVIOUS_WORDS = re.compile(r"(\w+)\s+(?:(\w+)\s+)?$")

# Tense markers: what the nearest verb says about when the sentence happens.
_PARTICIPLE = (
    r"\w+(?:at|ut|it|ett|att|itt|ess|es|est|ost|ist|ert|ort|ast|uss|us|is|unt|olt|ers|ors|ott"
    r"|int|ars)[oaie]"
)
NOT_PARTICIPLES = frozenset(
    _words("""questo questa questi queste quello presto adesso spesso
    stesso stessa stessi stesse certo certa certi tutto tutta tutti tutte
    molto molta molti molte giusto giusta esso essa
    essi esse resto modesto onesto sincero""")
)
FUTURE_PARTICIPLE = re.compile(
    r"(?:previst|attes|programmat|fissat|pianificat|calendarizzat)[oaie]$", re.IGNORECASE
)
RE_COMPOUND = re.compile(
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
PAST_WORDS = re.compile(
    r"\b(?:\w+(?:arono|erono|irono|avano|evano|ivano)"
    rf"|{'|'.join(_REMOTO_IRREGULAR)}"
    r"|scors[oaie]|passat[oaie]|era|erano|fu|furono|aveva|avevano"
    r"|was|were|had|did|said|met|held|spoke|told|went|came|agreed|signed)\b",
    re.IGNORECASE,
)
# "-rò" is a future ("farò") except after o/u: "durò", "lavorò" are past ("vorrò" is not).
PAST_ENDINGS = re.compile(r"\b\w+(?:[^\Wr]ò|[ou]rò|ì|\w(?:ava|eva))\b", re.IGNORECASE)
PAST_NOT_FUTURE = ("orò", "urò")
NOT_PAST = frozenset(
    _words("""può ciò però perciò così sì lì costì colì
    geneva brava ottava schiava slava java lava cava fava clava bava nava leva greva""")
)
FUTURE_WORDS = re.compile(
    r"\b(?:\w+r(?:à|ò|anno|emo)|\w+rebbe(?:ro)?"
    r"|(?:previst|attes|programmat|fissat|pianificat)[oaie]|in\s+programma|in\s+vista\s+d\w*"
    r"|entro|a\s+breve|prevede\s+di|prossim[oaie]"
    r"|will|shall|won't|going\s+to|\w+'ll)\b",
    re.IGNORECASE,
)
NOT_FUTURE = frozenset(_words("però perciò tiranno estremo supremo remo"))
REPORTIVE = frozenset(_words("avrebbe avrebbero sarebbe sarebbero"))
# A deadline or a postponement looks forward even from a past-tense clause: "aveva indicato
# giovedì come termine", "la riunione è slittata a lunedì", "fissato per venerdì". These words
# govern a day named within a few words of them, in its clause.
_FORWARD = (
    "termine", "scadenza", "ultimatum", "entro", "limite", r"slitt\w*",
    r"(?:fissat|previst|programmat|calendarizzat|attes|rinviat|rimandat|posticipat)[oaie]",
    r"rinvi(?:o|a|are|ano|erà)", r"rimand(?:a|are|ano|erà)", r"posticip(?:a|are|ano|erà)",
    # "Appuntamento a giovedì", "appuntamento per lunedì": a date set ahead; "scade venerdì".
    r"appuntament[oi]\s+(?:a|al|per)", r"scad(?:e|ono|rà|ranno)",
)  # fmt: skip
_FORWARD_WORDS = re.compile(rf"\b(?:{'|'.join(_FORWARD)})\b", re.IGNORECASE)
# "la scadenza di giovedì è scaduta": a deadline that has passed looks back.
_RE_LAPSED = re.compile(r"\b(?:scadut|superat|mancat|rispettat|saltat)[oaie]\b", re.IGNORECASE)
_FORWARD_REACH = 4  # words either side of the day that a forward word governs
_RE_WORD = re.compile(r"\w+")
# An infinitive just before a date ("di rivedersi a febbraio", "per tornare a Mosca a marzo"):
# the date belongs to what is intended, not to the time of the finite verb.
_RE_INFINITIVE_BEFORE = re.compile(
    r"\b(?:di|a|per)\s+\w+(?:are|ere|ire|(?:ar|er|ir)(?:si|ci|vi|lo|la|li|le|ne|gli))\s+"
    r"(?:[\w'’]+\s+){0,2}$",
    re.IGNORECASE,
)


# What one word is, as a tense marker: bits of _word_kinds.
_PAST_WORD, _PAST_ENDING, _FUTURE_WORD = 1, 2, 4
# FUTURE_WORDS' alternatives of one word, and those of several words or an apostrophe.
_FUTURE_ONE_WORD = re.compile(
    r"\w+r(?:à|ò|anno|emo)|\w+rebbe(?:ro)?|(?:previst|attes|programmat|fissat|pianificat)[oaie]"
    r"|entro|prossim[oaie]|will|shall",
    re.IGNORECASE,
)
_FUTURE_PHRASES = re.compile(
    r"\b(?:in\s+programma|in\s+vista\s+d\w*|a\s+breve|prevede\s+di|won't|going\s+to|\w+'ll)\b",
    re.IGNORECASE,
)
_FUTURE_PHRASE_HINT = re.compile(r"\b(?:in|a|prevede|going)\s|'", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _word_kinds(word: str) -> int:
    """Which one-word tense markers a whole word is: bits _PAST_WORD, _PAST_ENDING, _FUTURE_WORD.

    A match of PAST_WORDS or PAST_ENDINGS is always a whole word (\\b, \\w only, \\b), so the
    word either is one or is not; the filters of `_markers` apply as before.
    """
    kinds = 0
    low = word.lower()
    if PAST_WORDS.fullmatch(word):
        kinds |= _PAST_WORD
    if PAST_ENDINGS.fullmatch(word) and low not in NOT_PAST and not low.startswith(WEEKDAY_STEMS):
        kinds |= _PAST_ENDING
    if (
        _FUTURE_ONE_WORD.fullmatch(word)
        and low not in NOT_FUTURE
        and low not in REPORTIVE  # "avrebbe detto" is a reported past, caught as compound
        and not low.endswith(PAST_NOT_FUTURE)
    ):
        kinds |= _FUTURE_WORD
    return kinds


_RE_THAT = re.compile(r"\bche\b", re.IGNORECASE)
# ", ha detto Peskov," ", secondo fonti del Cremlino,": a short aside of saying after a clause.
_RE_REPORTING_ASIDE = re.compile(
    r",\s*(?:(?:ha|hanno|avrebbe|avrebbero)\s+(?:detto|spiegato|aggiunto|riferito|precisato"
    r"|dichiarato|annunciato|assicurato|sottolineato|ricordato|scritto|confermato|fatto\s+sapere)"
    r"|(?:dice|dicono|spiega|spiegano|aggiunge|riferisce|precisa|assicura|secondo))"
    r"\b[^,;.!?]{0,60},",
    re.IGNORECASE,
)
_QUOTE_OPEN = ("«", "“")
_QUOTE_CLOSE = ("»", "”")


class Context:
    """The text being scanned, its reference date and, lazily, its tense markers."""

    def __init__(self, text: str, ref: date | None, *, query: bool = False) -> None:
        self.text = text
        self.ref = ref
        self.query = query
        self._marker_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self._around_cache: dict[tuple[int, int], tuple[int, int, int, int]] = {}

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
        for m in scan(RE_COMPOUND):
            participle = m["part"].lower()
            if participle in NOT_PARTICIPLES:
                continue
            tense = "future" if FUTURE_PARTICIPLE.search(participle) else "past"
            markers.append((m.start(), m.end(), tense))
        # The one-word markers, from each word's kinds (remembered per word): the same as a
        # pass of each pattern, whose every match is a whole word, at a fraction of the cost.
        words = [(m.start(), m.end(), _word_kinds(m.group())) for m in scan(_RE_WORD)]
        markers += [(a, b, "past") for a, b, kinds in words if kinds & _PAST_WORD]
        markers += [(a, b, "past") for a, b, kinds in words if kinds & _PAST_ENDING]
        future = [(a, b, "future") for a, b, kinds in words if kinds & _FUTURE_WORD]
        if _FUTURE_PHRASE_HINT.search(text, begin, finish):
            future += [(m.start(), m.end(), "future") for m in scan(_FUTURE_PHRASES)]
            future.sort()
        self._marker_cache[key] = markers + future
        return markers + future

    def _around(self, start: int, end: int) -> tuple[int, int, int, int]:
        """The [begin, finish) of the sentences holding [start, end), then of its clause."""
        key = (start, end)
        known = self._around_cache.get(key)
        if known is not None:
            return known  # a handler asks for the tense, the forward words, the infinitive
        starts = self._sentence_starts
        begin = starts[bisect_right(starts, start) - 1]
        after_end = bisect_right(starts, end)
        finish = starts[after_end] if after_end < len(starts) else len(self.text)
        breaks = [m.end() for m in RE_CLAUSE_BREAK.finditer(self.text, begin, start)]
        after = RE_CLAUSE_BREAK.search(self.text, end, finish)
        found = begin, finish, breaks[-1] if breaks else begin, after.start() if after else finish
        self._around_cache[key] = found
        return found

    def sentence_start(self, position: int) -> bool:
        """Whether only punctuation or quotes stand between the sentence's start and here, or a
        spaced dash does: the dateline's ("Roma, 2 dicembre 2025 – Ieri …") opens the text."""
        start = self._sentence_starts[bisect_right(self._sentence_starts, position) - 1]
        if _RE_DASH_BEFORE.search(self.text, max(start, position - 4), position):
            return True
        return not re.search(r"\w", self.text[start:position])

    def tense(self, start: int, end: int) -> str | None:
        """Past or future, from the verb nearest this mention, or None.

        The verb of the mention's own clause first: in "avverrà nel fine settimana, ha detto
        Umerov" the saying is past, the event to come. Then the nearest in the sentence.
        """
        if self.query:
            return None
        begin, finish, _, _ = self._around(start, end)
        return self.tense_from(self._markers(begin, finish), start, end)

    def tense_from(self, markers: list[tuple[int, int, str]], start: int, end: int) -> str | None:
        """The tense `tense` decides for [start, end) from the given (start, end, tense) markers."""
        begin, finish, clause_begin, clause_end = self._around(start, end)
        # A quotation is a sentence of its own: the verb that reports it tells nothing of it.
        begin, finish = self._quotation(begin, finish, start, end)
        # "ha annunciato che venerdì …, si terrà": the day belongs to the clause "che" opens.
        opened = _RE_THAT.search(self.text, clause_begin, start)
        if opened is not None and not _RE_THAT.search(self.text, opened.end(), start):
            found = self._nearest(markers, start, end, opened.end(), clause_end) or self._nearest(
                markers, start, end, opened.end(), finish
            )
            if found:
                return found
        own = self._nearest(markers, start, end, clause_begin, clause_end)
        if own:
            return own
        # "Mercoledì, ha detto Peskov, ci sarà una risposta": the saying set between commas
        # tells nothing of the day; the rest of the sentence does.
        aside = _RE_REPORTING_ASIDE.match(self.text, clause_end)
        if aside is not None and aside.end() < finish:
            kept = [m for m in markers if not (aside.start() <= m[0] < aside.end())]
            return self._nearest(kept, start, end, begin, finish)
        return self._nearest(markers, start, end, begin, finish)

    def _quotation(self, begin: int, finish: int, start: int, end: int) -> tuple[int, int]:
        """The quotation holding [start, end) within [begin, finish), or [begin, finish)."""
        opening = max(self.text.rfind(q, begin, start) for q in _QUOTE_OPEN)
        if opening < 0 or any(self.text.find(q, opening, start) >= 0 for q in _QUOTE_CLOSE):
            return begin, finish
        closings = [i for q in _QUOTE_CLOSE if (i := self.text.find(q, end, finish)) >= 0]
        return opening + 1, min(closings, default=finish)

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
        _, _, clause_begin, clause_end = self._around(start, end)
        before_words = _RE_WORD.findall(self.text, clause_begin, start)
        after_words = _RE_WORD.findall(self.text, end, clause_end)
        # The mention's own words count: its preposition may be "entro".
        own = self.text[start:end]
        near = " ".join((*before_words[-_FORWARD_REACH:], own, *after_words[:_FORWARD_REACH]))
        if not _FORWARD_WORDS.search(near) or _RE_LAPSED.search(near):
            return False
        return self._forward_governs(clause_begin, start, end, clause_end)

    def _forward_governs(self, clause_begin: int, start: int, end: int, clause_end: int) -> bool:
        """Whether a forward word near the mention governs it: one before it does not when a
        verb of its own stands between ("il rinvio era stato annunciato venerdì": the
        announcing was on Friday). Asked only once a forward word is near."""
        low = max(clause_begin, start - 80)
        for word in _FORWARD_WORDS.finditer(self.text, low, min(clause_end, end + 80)):
            if word.start() >= start:
                return True  # the mention's own preposition ("entro") or a word after it
            if len(_RE_WORD.findall(self.text, word.end(), start)) > _FORWARD_REACH:
                continue
            verb = RE_COMPOUND.search(self.text, word.end(), start)
            if verb is None or FUTURE_PARTICIPLE.search(verb["part"]):
                return True
        return False

    def infinitive_before(self, position: int) -> bool:
        """Whether an infinitive of the same clause stands a few words before position."""
        _, _, clause_begin, _ = self._around(position, position)
        return bool(_RE_INFINITIVE_BEFORE.search(self.text, clause_begin, position))

    def previous_word(self, position: int) -> str:
        """The last word before position, lower case; '' when there is none."""
        m = _RE_PREVIOUS_WORDS.search(self.text[max(0, position - 40) : position])
        return m[2].lower() if m and m[2] else m[1].lower() if m else ""

    def street_before(self, position: int) -> bool:
        """Whether a street name ends here: "via 20 settembre" names no date."""
        return bool(_RE_STREET_BEFORE.search(self.text[max(0, position - 20) : position]))
