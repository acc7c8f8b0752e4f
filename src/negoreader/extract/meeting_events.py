"""Events that are not meetings, and the words that tell a sentence's date or place is theirs.

"Lunedì a Kharkiv un attacco … alla vigilia dei colloqui", "Giovedì a Mosca Putin ha tenuto
un discorso sui negoziati", "La Rada ha votato martedì una risoluzione a sostegno dei negoziati":
the day and the place belong to the attack, the speech, the vote — the cue word only names the
talks as a topic or a point in time. `meeting_mentions.py` asks here whether such an event word
stands between an entity and a cue, and where the clauses that place an event before or after
the talks begin and end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A meeting called off or put on hold did not take place (yet).
_CALLED_OFF = (
    r"mess[oaie] in pausa|sospes[oaie]|rinviat[oaie]|annullat[oaie]|cancellat[oaie]"
    r"|congelat[oaie]|saltat[oaie]|(?:ha|hanno) (?:sospeso|rinviato|annullato|cancellato)"
    # "il round … non si farà": it will not take place.
    r"|non si (?:farà|faranno|terrà|terranno)"
    # "il vertice … mai tenuto", "non si è mai svolto": announced, never held.
    r"|mai\s+(?:stat[oaie]\s+)?(?:tenut|svolt|avvenut|realizzat|celebrat)[oaie]"
)
CALLED_OFF = re.compile(rf"\b(?:{_CALLED_OFF})\b", re.IGNORECASE)
CALLED_OFF_STEMS = (
    "pausa", "sospes", "rinviat", "annullat", "cancellat", "congelat", "saltat", "mai", "non si",
)  # fmt: skip

# Events of their own: violence, ceremonies, speeches to an audience, votes, signatures.
_EVENT_NOUN = (
    r"attacc(?:o|hi)|bombardament[oi]|raid|missil[ei]|esplosion[ei]|sciopero|scioperi"
    r"|funerali|esequie|cerimoni[ae]|parata|commemorazion[ei]|manifestazion[ei]|protest[ae]"
    r"|corte[oi]|discorso|discorsi|comizio|conferenz[ae] stampa|intervist[ae]|votazion[ei]"
    r"|risoluzion[ei]|decreto|decreti|scambi[oi] di prigionieri|operazion[ei]"
    r"|(?:ha|hanno) parlato\s+(?:d[ei]|dei|del|della|degli|delle|sui|sul|sulla)"
)
# What the subject of the sentence did there instead: the day and the place are that act's,
# but its subject may still meet someone ("ha visitato il fronte, dove ha incontrato …").
# Visiting a place only: "si è recato da Merz" is a meeting cue.
_EVENT_VERB = (
    r"colpit[oaie]|(?:ha|hanno) colpito|uccis[oaie]|(?:ha|hanno) ucciso|ferit[oaie]"
    r"|distrutt[oaie]|abbattut[oaie]|bombardat[oaie]|attaccat[oaie]|(?:ha|hanno) votato"
    r"|votat[oaie]|(?:ha|hanno) visitato|visitando"
    # What was done to a meeting on another day: "il vertice, messo in pausa ieri".
    rf"|{_CALLED_OFF}"
    # A document made elsewhere: "la bozza del piano rivista a Ginevra domenica" (signing or
    # presenting a text at the talks is part of them: "hanno firmato a Istanbul …").
    r"|(?:piano|bozza|testo|documento|proposta|memorandum)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:rivist|redatt|presentat|approvat|modificat|emendat|consegnat)[oaie]"
)

# Speech: the day and the place of saying something, not of the talks spoken of.
_SPEECH = (
    r"(?:ha|hanno|aveva|avevano)\s+(?:detto|dichiarato|affermato|annunciato|spiegato|riferito"
    r"|assicurato|ribadito|sottolineato|scritto|commentato|confermato|fatto sapere)"
)
_NOUN_WORD = re.compile(rf"\b(?:{_EVENT_NOUN})\b", re.IGNORECASE)
_ACT_WORD = re.compile(rf"\b(?:{_EVENT_VERB}|{_SPEECH})\b", re.IGNORECASE)
# "la tregua sugli attacchi", "i colloqui sullo scambio di prigionieri", "hanno concordato lo
# scambio": the event word is the subject matter of the talks, not an event of its own.
_TOPIC_BEFORE = re.compile(
    r"\b(?:su|sul|sullo|sulla|sull['’]|sui|sugli|sulle|contro"
    r"|tregua|moratoria|stop|cessate|concordat\w*|accordo|accordi|intesa|propost\w*|chiest\w*"
    r"|discuss\w*|negoziat\w*|prevede|previsto)\s*"
    r"(?:(?:il|lo|la|l['’]|i|gli|le|un|uno|una|nuov[oaie])\s*)?$",
    re.IGNORECASE,
)

# "prima dei colloqui", "dopo il vertice", "alla vigilia dell'incontro", "in vista del round":
# what the rest of the sentence names happened at another time than the talks.
BEFORE_OR_AFTER = r"prima|dopo|in vista|alla vigilia|all['’]indomani"


@dataclass(frozen=True)
class Events:
    """Where the event words of one sentence begin: events of their own, and acts or sayings."""

    nouns: tuple[int, ...]
    acts: tuple[int, ...]

    def between(self, start: int, end: int, shields: list[tuple[int, int]], acts: bool) -> bool:
        """Whether an event word stands in [start, end) outside the given clauses.

        `shields` are the clauses naming another event ("dopo la conferenza stampa"): an event
        word inside one does not count. With `acts` (for dates and places, not people), verbs
        of doing something else there or of saying count too.
        """
        for at in (*self.nouns, *self.acts) if acts else self.nouns:
            if start <= at < end and not any(a <= at < b for a, b in shields):
                return True
        return False


_NONE = Events((), ())
# Stems of every event word: most sentences hold none, and substring tests are cheaper than
# one search for all of them (tests/test_meeting_other_events.py checks each word has one).
EVENT_STEMS = (
    "attac", "bombard", "raid", "missil", "esplo", "scioper", "funeral", "esequie", "cerimoni",
    "parata", "commemora", "manifesta", "protest", "corte", "discors", "comizio", "conferenz",
    "intervist", "operazion", "votazion", "risoluzion", "decret", "scambi", "parlat", "colpit", "uccis",
    "ferit", "distrutt", "abbattut", "votat", "firmat", "visitat", "visitand", "detto",
    "dichiarat", "affermat", "annunciat", "spiegat", "riferit", "assicurat", "ribadit",
    "sottolineat", "scritto", "commentat", "confermat", "fatto sapere", "pausa", "sospes",
    "rinviat", "annullat", "cancellat", "congelat", "saltat", "rivist", "redatt", "presentat",
    "approvat", "modificat", "emendat", "consegnat",
)  # fmt: skip


def has_any(lowered: str, stems: tuple[str, ...]) -> bool:
    """Whether one of the stems is in the (lower-cased) text: the test before a costly search."""
    # A plain loop: any() over a generator costs about twice as much.
    for stem in stems:  # noqa: SIM110
        if stem in lowered:
            return True
    return False


@lru_cache(maxsize=2048)  # a paragraph's sentences are asked about once per cue near them
def events_in(text: str, start: int, end: int) -> Events:
    """The event words of text[start:end] (a sentence), nouns that are a topic left out."""
    # What decides is the span and the few words before it (a noun's topic test looks back).
    lead = max(0, start - _LOOK_BACK)
    found = _events_of(text[lead:end], start - lead)
    if found is _NONE or lead == 0:
        return found
    return Events(tuple(n + lead for n in found.nouns), tuple(a + lead for a in found.acts))


_LOOK_BACK = 40


@lru_cache(maxsize=4096)  # running coverage repeats sentences across articles
def _events_of(text: str, start: int) -> Events:
    if not has_any(text[start:].lower(), EVENT_STEMS):
        return _NONE
    nouns = tuple(
        m.start()
        for m in _NOUN_WORD.finditer(text, start)
        if not _TOPIC_BEFORE.search(text[max(0, m.start() - _LOOK_BACK) : m.start()])
    )
    acts = tuple(m.start() for m in _ACT_WORD.finditer(text, start))
    return Events(nouns, acts)


def event_between(
    text: str, start: int, end: int, shields: list[tuple[int, int]], acts: bool
) -> bool:
    """Whether an event word of its own stands in text[start:end] outside the given clauses."""
    return events_in(text, start, end).between(start, end, shields, acts)


# "né una data né un luogo", "data e luogo restano da definire", "la data non è stata ancora
# fissata", "senza una data": what the text says is not settled yet.
_OPEN = (
    r"(?:da (?:definire|fissare|stabilire|decidere|concordare)|ancora incert[oaie]"
    r"|non (?:è|sono) (?:ancora )?stat[oaie] (?:ancora )?(?:fissat|decis|stabilit|definit|indicat)"
    r"\w*|(?:resta|restano|rimane|rimangono) (?:ancora )?(?:ignot|incert|apert)\w*)"
)
_LACKING = r"(?:né|senza|nessun[oa]?|non c['’]è|non ci sono|manca|mancano)"
_DATE_WORD = r"(?:data|date|giorno|calendario|tempi)"
_PLACE_WORD = r"(?:luogo|luoghi|sede|sedi|location)"
_BOTH_OPEN = re.compile(
    rf"\b{_LACKING}\s+(?:ancora\s+)?(?:(?:una|la|il|un)\s+)?{_DATE_WORD}\s+(?:né|o|e)\s+"
    rf"(?:(?:un|il|la)\s+)?{_PLACE_WORD}\b"
    rf"|\b{_LACKING}\s+(?:ancora\s+)?(?:(?:un|il)\s+)?{_PLACE_WORD}\s+(?:né|o|e)\s+"
    rf"(?:(?:una|la)\s+)?{_DATE_WORD}\b"
    rf"|\b{_DATE_WORD}\s+e\s+{_PLACE_WORD}\b[^.;]{{0,30}}?{_OPEN}"
    rf"|\b{_PLACE_WORD}\s+e\s+{_DATE_WORD}\b[^.;]{{0,30}}?{_OPEN}",
    re.IGNORECASE,
)
_DATE_OPEN = re.compile(
    rf"\b{_LACKING}\s+(?:ancora\s+)?(?:(?:una|la|un)\s+)?{_DATE_WORD}\b"
    rf"|\b{_DATE_WORD}\b[^.;]{{0,30}}?{_OPEN}",
    re.IGNORECASE,
)


_OPEN_WORDS = ("data", "date", "giorn", "calendar", "tempi", "luog", "sede", "sedi", "location")


def unsettled(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether a sentence says that no date, and no date nor place, is fixed yet."""
    lowered = text[start:end].lower()
    if not has_any(lowered, _OPEN_WORDS):
        return False, False
    both = bool(_BOTH_OPEN.search(text, start, end))
    return both or bool(_DATE_OPEN.search(text, start, end)), both


# "Witkoff era atterrato ieri sera a Pulkovo": the day of a journey, not of the talks that the
# paragraph tells of in other sentences.
_TRAVEL = re.compile(
    r"\b(?:atterrat[oaie]|arrivat[oaie]|partit[oaie]|ripartit[oaie]|giunt[oaie]|rientrat[oaie]"
    r"|volat[oaie]|decollat[oaie]|sbarcat[oaie]|in volo)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=2048)  # asked for each meeting of a paragraph about the same sentences
def other_event_in(text: str, start: int, end: int, journeys: bool = True) -> bool:
    """Whether a sentence with no meeting cue tells of an event, a saying (or a journey)."""
    if journeys and _TRAVEL.search(text, start, end):
        return True
    return event_between(text, start, end, [], True)
