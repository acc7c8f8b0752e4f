"""Meeting ties: the places, dates and people of a sentence tied to its cues.

The places, dates and people of a sentence are tied to the nearest cue in the same clause; a
sentence that names no date or no participant borrows them from the sentences of its paragraph
that have no cue of their own; sentences naming a delegation's members are mentions of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from negoreader.extract.meeting_cues import (
    FUTURE,
    OTHER_EVENT_STEMS,
    TO_BE_FUTURE,
    Mention,
    Sentence,
)
from negoreader.extract.meeting_events import (
    BEFORE_OR_AFTER,
    events_in,
    has_any,
    other_event_in,
    unsettled,
)
from negoreader.extract.meeting_participants import (
    FIRST_PERSON,
    REMOTE_OPENING,
    participants,
    takes_part,
)
from negoreader.extract.meeting_text import (
    CONTRAST_MARK,
    IGNORECASE_LETTERS,
    fold,
    lower,
    marks,
    nearest_cue,
    nearest_in_clause,
    other_days,
    precision,
)
from negoreader.records import Article

# "delegazione", "capo delegazione": who sits at the table, even in a sentence with no cue.
_DELEGATION = re.compile(
    r"\b(?:(?:delegazion[ei]|squadr[ae])\b.*\b(?:guidat[oaie]|compost[oaie]|includ\w+"
    r"|comprend\w+|figurava|c['’]er(?:a|ano)|facevano parte|faceva parte|affidat[oaie]"
    r"|rappresentat[oaie])"
    r"|capo delegazione|a guidare (?:la|le) (?:delegazion|squadr)\w*"
    r"|(?:ha|hanno) inviato|(?:erano|era) present[ei]|present[ei] anche|sedeva(?:no)?|al tavolo"
    # "Da Kiev erano arrivati X, Y e Z": who came for the talks.
    r"|da\s+[\w'’]+\s+(?:erano|era|sono|è)\s+(?:arrivat|giunt)[oaie]"
    r"|(?:ha|hanno) preso parte"
    # "Per l'Ucraina c'erano X e Y", "Con Zelensky c'era anche X".
    r"|(?:per|con)\s+(?:l['’]|la\s+|il\s+|i\s+|gli\s+)?[\w'’]+(?:\s+[\w'’]+)?\s+c['’]er(?:a|ano))\b",
    re.IGNORECASE,
)


# Every match of _DELEGATION holds one of these (lower-cased, after IGNORECASE_LETTERS).
_DELEGATION_WORDS = (
    "delegazion",
    "c'er",
    "c’er",
    "squadr",
    "inviato",
    "present",
    "sedeva",
    "tavolo",
    "preso parte",
    "arrivat",
    "giunt",
)


# "dopo lo scontro del 28 febbraio a Washington, …": what that clause names is another event's.
_OTHER_EVENT_CLAUSE = re.compile(
    r"\b(?:prima|dopo|in vista|al termine|alla fine|alla vigilia|all['’]indomani)\s+(?:(?:d[ei]l"
    r"|dell['’]|della|dei|degli|delle|il|lo|la|l['’]|i|gli|le)\s*"
    # "poche ore dopo che a Mosca si è chiuso il colloquio": a clause with its own verb.
    r"|che\b)[^,;:.]*",
    re.IGNORECASE,
)


_BEFORE_OR_AFTER = re.compile(rf"(?:{BEFORE_OR_AFTER})\b", re.IGNORECASE)


_ARTICLE = r"(?:(?:gli|i|il|la|le|lo|l['’])\s*)?"


_PARTY_BEFORE = re.compile(rf"\b(?:tra|fra|con|contro|e|ed|verso)\s+{_ARTICLE}$", re.IGNORECASE)


_LIST_BEFORE = re.compile(rf"(?:,|\be|\bed)\s+{_ARTICLE}$", re.IGNORECASE)


LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:a|ad|in|nel|nella|nello|negli|nei|presso|alla|al)\s+|\ball['’])$"
    r"|\b(?:a|ad|in|nel|nella|nello|presso|alla|al|all['’])\s*(?:[\w'’]+\s+){0,4}?"
    r"(?:di|del|dell['’]|della)\s*$",
    re.IGNORECASE,
)


# A country is where talks happen only "in" it: "all'Ucraina" is a dative, "a" a party.
_IN_COUNTRY_BEFORE = re.compile(r"\b(?:in|nel|nella|negli|nei)\s+$", re.IGNORECASE)


_DURING_BEFORE = re.compile(
    r"\b(?:al termine|alla fine|nel corso|a margine|all['’]inizio|in apertura)\s+(?:d[ei]l|dell['’]"
    r"|della|dei|degli|delle)\s*$",
    re.IGNORECASE,
)


_GENITIVE_BEFORE = re.compile(r"\b(?:dei|degli|delle|della|dello|del|dell['’])\s*$", re.IGNORECASE)


_TOPIC_IN_BEFORE = re.compile(
    r"\b(?:guerra|conflitto|pace|crisi|situazione|invasione|combattimenti|offensiva|tregua|fuoco"
    r"|truppe|soldati|forze|presenza|interessi|ricostruzione)\s+(?:in|nel|nella|negli|nei)\s+$",
    re.IGNORECASE,
)


# "i colloqui sul Mar Nero", "sulla navigazione nel Mar Nero", "per la Crimea", "riguardo al
# Donbass": the subject matter. Only "a", "ad", "presso" … after it name a venue again.
_TOPIC_BEFORE = re.compile(
    r"\b(?:su|sul|sullo|sulla|sull['’]|sui|sugli|sulle|per\s+(?:il|lo|la|l['’]|i|gli|le)"
    r"|riguard(?:o|ante|anti)\s+(?:a|al|allo|alla|all['’]|ai|agli|alle|il|la|lo|l['’])?"
    r"|circa|in\s+merito\s+(?:a|al|allo|alla|all['’]|ai|agli|alle)|relativ[oaie]\s+(?:a|al|alla"
    r"|allo|all['’]|ai|agli|alle))(?:(?<=['’])|\b)\s*"  # a whole word: not "su" of "summit"
    r"(?:(?!(?:a|ad|presso|al|alla|allo|ai|agli|alle|all['’]|sede|palazzo)\b)[\w'’]+\s+){0,4}$",
    re.IGNORECASE,
)


_ALTERNATIVE_BEFORE = re.compile(r"\b(?:o|oppure|or)\s+(?:a\s+|in\s+)?$", re.IGNORECASE)


_HOST_AFTER = re.compile(
    r"^\s+(?:(?:dovrebbe|potrebbe|dovrà|potrà|ha|avrebbe|aveva)\s+)?ospit", re.IGNORECASE
)


# "i colloqui di Ginevra", "il round trilaterale di Abu Dhabi": where they were held.
_OF_AFTER_CUE = re.compile(r"^\s*(?:[a-zà-ù]+\s+)?(?:di|del|dell['’])\s*$", re.IGNORECASE)


# "a Kiev sperano", "a Mosca si teme", "a Bruxelles dicono": the people of a place, hoping or saying
# something, not a venue.
_PEOPLE_THERE_AFTER = re.compile(
    r"\s+(?:si\s+(?:spera|teme|dice|pensa|crede|ritiene)|sperano|temono|auspicano|confidano"
    r"|dicono|pensano|credono|ritengono|sostengono|commentano|osservano|guardano)\b",
    re.IGNORECASE,
)
# "con Trump, rimasto a Washington": where someone stayed, away from the meeting.
_STAYED_BEFORE = re.compile(
    r"\b(?:rimast|restat)[oaie]\s+(?:(?:invece|ancora|però)\s+)?(?:a|ad|in|nel|nella)\s+$",
    re.IGNORECASE,
)
# "il memorandum, trasmesso a Mosca": where a document went, not where anyone met.
_SENT_BEFORE = re.compile(
    r"\b(?:trasmess|spedit|recapitat|inoltrat)[oaie]\s+(?:(?:già|poi|anche)\s+)?(?:a|ad)\s+$",
    re.IGNORECASE,
)
_SENT_STEMS = ("trasmess", "spedit", "recapitat", "inoltrat")
# A participle of announcing right before a date: "annunciato a ottobre", "annunciata il 3 maggio"
# ("annunciato per ottobre" names the meeting's month: "per" is not among these).
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:annunciat|proclamat|comunicat)[oaie]\s+(?:(?:a|ad|in|nel|nella|il|lo|l['’]|lo scorso"
    r"|la scorsa)\s*)?$",
    re.IGNORECASE,
)
# "la prima telefonata dallo scorso febbraio", "il primo incontro dal 2022": since when, not when
# ("dal 3 marzo" may be the first day of talks: days are not read so).
_SINCE_BEFORE = re.compile(
    r"\b(?:da|dal|dallo|dalla|dall['’]|dai|dagli|fin|sin)\s*(?:lo\s+|la\s+|il\s+)?$", re.IGNORECASE
)
_SINCE_TEXT = re.compile(r"(?:^|\s)(?:da|dal|dallo|dalla|dall['’])(?:\s|(?<=['’]))", re.IGNORECASE)


def _since(text: str, start: int, end: int, value: str) -> bool:
    """Whether a month or a year is where a span of time begins ("dallo scorso febbraio")."""
    if precision(value) not in ("month", "year"):
        return False
    return bool(
        _SINCE_TEXT.search(text, start, end)
        or _SINCE_BEFORE.search(text, max(0, start - 12), start)
    )


# "DOHA – …", "Davos, 22 gennaio 2026 – …": the city a report is filed from.
_DATELINE_CITY = re.compile(r"\s*([^\W\d][\w'’. -]{1,30}?)\s*(?:,[^–—\n]{0,40}?)?\s[–—-]\s")


def dateline_city(text: str, kinds: dict[str, str]) -> str:
    """The city a paragraph opens on as its dateline, if it is a known city ("" if none)."""
    match = _DATELINE_CITY.match(text)
    if not match:
        return ""
    wanted = fold(match.group(1))
    return next(
        (name for name, kind in kinds.items() if kind in ("", "city") and fold(name) == wanted), ""
    )


# "la recente riunione", "questo incontro": a meeting told before, not the one reported here.
_BACK_BEFORE = re.compile(
    r"\b(?:recent[ei]|ultim[oaie]|scors[oaie]|precedent[ei]|quest[oaie]|quell[oaie]|quest['’]"
    r"|quell['’])\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "Il giorno dopo il tavolo di Ginevra, …", "all'indomani dei colloqui", "due giorni prima del
# vertice": the meeting is dated by the day the rest of the sentence tells of.
_DAYS_FROM_BEFORE = re.compile(
    r"\b(?:(?P<count>il giorno|(?P<n>due|tre|quattro) giorni)\s+(?P<way>dopo|prima)"
    r"|(?P<next>all['’]indomani))\s+(?:d[ei]l|dell['’]|della|dello|dei|degli|delle|il|lo|la|l['’]"
    r"|i|gli|le)\s*$",
    re.IGNORECASE,
)
_COUNTS = {"due": 2, "tre": 3, "quattro": 4}


def dated_from_reference(text: str, sentence: Sentence, today: str) -> None:
    """Date a meeting named as the reference of "il giorno dopo", "due giorni prima" ….

    The day of reference is the one the sentence names outside that phrase, else the article's.
    """
    for mention in sentence.cues:
        if mention.dates:
            continue
        match = _DAYS_FROM_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if not match:
            continue
        own = [v for s, _, v in sentence.dates if precision(v) == "day" and s >= mention.end]
        reference = own[0] if len(set(own)) == 1 else today if precision(today) == "day" else ""
        if not reference:
            continue
        count = _COUNTS.get((match.group("n") or "").lower(), 1)
        shift = count if match.group("way") and match.group("way").lower() == "prima" else -count
        mention.dates = [(date.fromisoformat(reference) + timedelta(days=shift)).isoformat()]


# "un incontro nello stesso albergo", "nella stessa sede": where the meeting told before was.
_SAME_PLACE = re.compile(
    r"\b(?:nello|nella|allo|alla|nel|al)\s+stess[oa]\s+(?:albergo|hotel|sede|luogo|palazzo|città"
    r"|sala|edificio|resort|villa|residenza|posto)\b",
    re.IGNORECASE,
)


def same_place_as_before(text: str, sentence: Sentence, before: list[Mention]) -> None:
    """A meeting "nello stesso albergo" is where the last meeting told with a place was."""
    if not _SAME_PLACE.search(text, *sentence.span):
        return
    placed = [m for m in before if m.places and not m.generic]
    for mention in sentence.cues:
        if not mention.places and placed:
            mention.places = list(placed[-1].places)


def place_at_dateline(text: str, found: list[Mention], city: str, kinds: dict[str, str]) -> None:
    """A report under a dateline that names no city of its own was held in the dateline's city.

    "GINEVRA – Tre ore di colloqui, ieri, nella sede dell'Onu …": the talks were in Ginevra; a
    country named in the paragraph ("i bambini deportati in Russia") is not where they were.
    """
    # "Kiev, 12 gennaio – Si è svolto ieri a Parigi un vertice …": a paragraph whose meetings
    # name a city of their own reports from afar.
    if any(kinds.get(n, "") not in _WIDE for m in found for n in m.places):
        return
    for mention in found:
        if mention.kind not in ("talks", "summit") or mention.generic or mention.other_event:
            continue
        # "nel 2022 …", "a marzo …": a month or a year is a look back, not the day reported.
        if any(precision(v) in ("year", "month") for v in mention.dates):
            continue
        if _BACK_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            continue
        if mention.marker:
            continue
        mention.places = [city]


def tie(text: str, sentence: Sentence, kinds: dict[str, str], author: str) -> None:
    """Tie the sentence's places, dates and people to its cues."""
    found = sentence.cues
    s_start, s_end = sentence.span
    low = lower(text[s_start:s_end])
    clauses = (
        list(_OTHER_EVENT_CLAUSE.finditer(text, s_start, s_end))
        if has_any(low, OTHER_EVENT_STEMS)
        else []
    )
    shields = [m.span() for m in clauses]
    # "…, alla vigilia dei colloqui", "Dopo il vertice, …": the talks are named as a point in
    # time, and what the main clause tells happened at another time. What follows such a clause
    # in mid-sentence still tells of the talks ("dopo i colloqui di sabato, guidati da X"); one
    # that opens the sentence ("Pochi giorni dopo il vertice, …") is followed by the main clause.
    elsewhere = [
        (m.start(), m.end(), len(text[s_start : m.start()].split()) <= 3)
        for m in clauses
        if _BEFORE_OR_AFTER.match(m.group())
    ]

    items = [m.start for m in found if m.listed]
    events = events_in(text, s_start, s_end)

    def apart(at: int, mention: Mention, speech: bool) -> bool:
        if any(a <= at < b and not a <= mention.start < b for a, b in shields):
            return True
        # In a list, what follows an item up to the next is that item's.
        if items and (mention.listed or at > items[0]):
            owner = max((i for i in items if i < at), default=None)
            return mention.start != owner
        for a, b, opens in elsewhere:
            if a <= mention.start < b and (at < a or (at >= b and opens)):
                return True
        # "Giovedì a Mosca Putin ha tenuto un discorso sui negoziati": the day is the speech's.
        low, high = (at, mention.start) if at < mention.start else (mention.end, at)
        return events.between(low, high, shields, speech)

    def shielded(at: int, mention: Mention) -> bool:
        return apart(at, mention, True)

    # A call within a meeting ("durante il vertice di ieri a Parigi") is held on the meeting's
    # days; the places and days of the sentence are the meeting's, the people the call's.
    frames = [m for m in found if m.frame]
    hosts = [m for m in found if m.kind != "call"] if frames else found
    _tie_places(text, hosts, sentence.places, kinds, shielded)
    if items:
        _share_with_items(found, kinds)
    # Nearest first: of two dates that name different days, one an interval ("giovedì … dal 16
    # al 18"), the cue keeps the nearer; consecutive single days ("ieri … stamattina") are kept.
    by_distance = []
    for start, end, value in sentence.dates:
        # "il vertice, annunciato a ottobre e mai tenuto": the day of the announcement, not of the
        # meeting announced (a call "annunciato giovedì dopo una telefonata" may be that day's).
        announced = _ANNOUNCED_BEFORE.search(text, max(0, start - 30), start)
        if _since(text, start, end, value):
            continue
        tied = nearest_in_clause(text, [m for m in hosts if not shielded(start, m)], start, end)
        if tied and announced and tied.kind == "planned":
            continue
        if tied and tied.refused and start < tied.start:  # "Ieri Mosca ha respinto il vertice"
            continue
        if tied:
            by_distance.append((max(tied.start - end, start - tied.end, 0), start, value, tied))
    for _, _, value, tied in sorted(by_distance, key=lambda x: x[:2]):
        if not any(other_days(value, held) for held in tied.dates):
            tied.dates.append(value)
    for call in (m for m in found if frames and m.kind == "call" and not m.dates):
        call.dates = list(dict.fromkeys(v for m in frames for v in m.dates))
    takers = [m for m in found if not m.frame] or found
    remote = bool(REMOTE_OPENING.match(text, s_start))
    for start, end, name in [] if remote else sentence.people:
        open_to = [m for m in takers if not apart(start, m, False)]
        if not open_to:
            continue
        tied = nearest_in_clause(text, open_to, start, end) or nearest_cue(open_to, start, end)
        if marks(CONTRAST_MARK, text, min(tied.end, end), max(tied.start, start)):
            continue
        after = text[end : end + 80]
        if takes_part(text[s_start:start], tied, after):
            tied.people.append(name)
    if author and FIRST_PERSON.search(text[s_start:s_end]):
        for mention in found:
            mention.people.append(author)


# "Nel tardo pomeriggio Rubio ha telefonato a Lavrov": on the day the article last called
# "oggi" or "ieri" (dates ignore parts of a day with no day named).
_PART_OF_DAY = re.compile(
    r"\b(?:nel (?:primo |tardo )?pomeriggio|in (?:tarda )?serata|in (?:tarda )?mattinata"
    r"|nella tarda mattinata|a fine giornata|in giornata"
    r"|a metà (?:mattina|mattinata|pomeriggio|giornata|serata))\b",
    re.IGNORECASE,
)


_DAY_WORDS = re.compile(
    r"(?:oggi|ieri|stamattina|stamane|stasera|stanotte|questa (?:mattina|sera|notte)"
    r"|questo pomeriggio)\b",
    re.IGNORECASE,
)


def named_days(article: Article) -> list[tuple[tuple[int, int], str]]:
    """Where the article says "oggi", "ieri", "stamattina" …, and the day each names."""
    return sorted(
        ((d.mention.paragraph, d.mention.start), d.value)
        for d in article.dates
        if d.relative and precision(d.value) == "day" and _DAY_WORDS.match(d.text)
    )


def part_of_day(
    text: str, sentence: Sentence, paragraph: int, days: list[tuple[tuple[int, int], str]]
) -> None:
    cues = [m for m in sentence.cues if not m.dates and not m.generic]
    if not cues or not days or not _PART_OF_DAY.search(text, *sentence.span):
        return
    at = (paragraph, sentence.span[0])
    earlier = [value for where, value in days if where <= at]
    if earlier:
        for mention in cues:
            mention.dates = [earlier[-1]]


def unsettle(text: str, sentence: Sentence) -> None:
    """A meeting "with no date or place fixed yet" is no meeting; "no date yet" leaves no year.

    "Un vertice è possibile nel 2026, ma data e luogo restano da definire": a wish, not an event.
    A month or a place still fixed ("a gennaio, data da definire") keeps it.
    """
    no_date, neither = unsettled(text, *sentence.span)
    if not no_date:
        return
    for mention in sentence.cues:
        mention.dates = [v for v in mention.dates if precision(v) != "year"]
        if neither and not mention.places and not mention.dates:
            mention.generic = True


def borrow_from_paragraph(
    text: str, mentions: list[Mention], sentences: list[Sentence], kinds: dict[str, str]
) -> None:
    """A cue takes dates and people from the paragraph's sentences that have no cue of their own.

    "Dal 19 al 21 dicembre, la delegazione ha dialogato … sintetizzando il senso degli incontri";
    "Sono iniziati a Miami i colloqui. La delegazione è guidata da Rustem Umerov …";
    "Domenica era a Ginevra con Rubio … «Productive talks in Geneva», ha scritto Yermak".
    """
    # A paragraph whose cues name no place or day of their own: its sentences tell of one event.
    unplaced = not any(m.places or m.dates for m in mentions)
    # "Sono arrivati ieri a Kiev. Hanno incontrato Zelensky": the journey's day is the meeting's,
    # unless the paragraph dates the meeting itself ("atterrato ieri sera … incontrato oggi").
    journeys = any(m.dates for m in mentions)
    for mention in mentions:
        # "Poche ore prima del colloquio, … lunedì …": the paragraph's dates are not its.
        if mention.generic or mention.other_event or mention.marker or mention.same:
            continue
        home = next(i for i, s in enumerate(sentences) if any(m is mention for m in s.cues))
        quiet = [s for s in sentences if not s.cues]
        # A sentence that names the meeting's place (as where something happens) is about it.
        here = [s for s in quiet if _names_place(text, s, mention.places)]
        # "Giovedì un attacco ha colpito Kiev", "…», ha scritto X sabato": another event's day.
        lenders = [
            s
            for s in (here if mention.places else quiet)
            if not _tells_other_event(text, s, journeys)
        ]
        days = {v for s in lenders for _, _, v in s.dates if precision(v) in ("day", "interval")}
        if not mention.dates and len(days) == 1:
            mention.dates = sorted(days)
            # "La giornata di ieri a Mar-a-Lago …. Trump ha accolto Zelensky": that day's place.
            if unplaced and mention.kind != "call":
                mention.places = [
                    name for s in lenders if s.dates for name in _where(text, s, kinds)
                ]
        if not mention.places and mention.dates and mention.kind != "call" and home > 0:
            # "Il terreno era stato preparato a Mosca. Giovedì X è stato ricevuto da Y": where
            # the sentence just before, telling of no other day or event, says it happens.
            last = sentences[home - 1]
            # "X è arrivato oggi a Kiev. In serata ha incontrato Y": a journey there that day.
            same_day = {v for _, _, v in last.dates} <= set(mention.dates)
            where = _where(text, last, kinds) if same_day and not last.cues else []
            if len(where) == 1 and not _tells_other_event(text, last, journeys=False):
                mention.places = where
        if not mention.anchored:
            continue
        following = []
        for sentence in sentences[home + 1 :]:
            if sentence.cues:
                break
            following.append(sentence)
        on_day = [s for s in quiet if {v for _, _, v in s.dates} & set(mention.dates)]
        sources = here + on_day + ([] if mention.people else following)
        for sentence in sources:
            # A sentence about other days ("Witkoff sarà lì dal 16 al 18") is another event's.
            if mention.dates and any(
                other_days(v, held) for _, _, v in sentence.dates for held in mention.dates
            ):
                continue
            mention.people += [p for p in participants(text, sentence) if p not in mention.people]


_WIDE = ("country", "continent", "region")


def _tells_other_event(text: str, sentence: Sentence, journeys: bool = True) -> bool:
    return other_event_in(text, *sentence.span, journeys)


def _where(text: str, sentence: Sentence, kinds: dict[str, str]) -> list[str]:
    """The places a sentence with no cue says something happens at: "a Kiev", not "in Ucraina"."""
    found = []
    for start, _, name in sentence.places:
        before = text[max(0, start - 60) : start]
        if kinds.get(name, "") in ("country", "continent", "region"):
            continue
        if LOCATIVE_BEFORE.search(before) and not _TOPIC_BEFORE.search(before[-45:]):
            found.append(name)
    return list(dict.fromkeys(found))


def _names_place(text: str, sentence: Sentence, places: list[str]) -> bool:
    return any(
        name in places and LOCATIVE_BEFORE.search(text[max(0, start - 60) : start])
        for start, _, name in sentence.places
    )


def delegations(text: str, sentences: list[Sentence], kinds: dict[str, str]) -> list[Mention]:
    """Sentences that say who is in a delegation, naming no place where: references back."""
    found: list[Mention] = []
    odd = any(letter in text for letter in "İſı")  # translate() is slow: only when needed
    lowered = (text.translate(IGNORECASE_LETTERS) if odd else text).lower()
    if not has_any(lowered, _DELEGATION_WORDS):
        return found  # most paragraphs: no sentence can match
    for sentence in sentences:
        # A city or a venue where something happens is another scene ("il generale, comandante
        # in Europa" is a title).
        scenes = [n for _, _, n in sentence.places if kinds.get(n, "") not in _WIDE]
        if sentence.cues or _names_place(text, sentence, scenes):
            continue
        match = _DELEGATION.search(text, *sentence.span)
        if match and (people := participants(text, sentence)):
            # "La delegazione sarà guidata da X": the delegation of a round to come.
            clause = text[sentence.span[0] : sentence.span[1]]
            coming = bool(FUTURE.search(clause) or TO_BE_FUTURE.search(clause))
            kind = "planned" if coming else "talks"
            found.append(
                Mention(0, match.start(), match.end(), kind, people=people, delegation=True)
            )
    return found


def _share_with_items(found: list[Mention], kinds: dict[str, str]) -> None:
    """The cue a list follows names the series, not one meeting; its city is the items'."""
    first = min(m.start for m in found if m.listed)
    heads = [m for m in found if not m.listed and m.start < first]
    if not heads:
        return
    head = heads[-1]
    head.generic = True
    cities = [n for n in head.places if kinds.get(n, "") in ("", "city")]
    for item in (m for m in found if m.listed):
        if not any(kinds.get(n, "") in ("", "city") for n in item.places):
            item.places += [n for n in cities if n not in item.places]


def _tie_places(
    text: str,
    found: list[Mention],
    places: list[tuple[int, int, str]],
    kinds: dict[str, str],
    shielded: Callable[[int, Mention], bool],
) -> None:
    """Give each cue the places the sentence says it happens at (not the parties to it)."""
    previous: tuple[int, int, str, bool, bool] | None = None  # start, end, name, party, locative
    distance: dict[tuple[int, str], int] = {}  # (cue start, city) → characters between them
    for start, end, name in places:
        before = text[max(0, start - 60) : start]
        after = text[end : end + 30]
        hyphenated = text[end : end + 1] == "-" or text[start - 1 : start] == "-"
        adjacent = previous is not None and start - previous[1] <= 12
        # "tra Stati Uniti e Russia", "Usa-Ucraina", "con Mosca": the sides, not the venue.
        in_list = bool(previous and previous[3] and start - previous[1] <= 12)
        party = bool(
            hyphenated
            or (_PARTY_BEFORE.search(before) and not _ALTERNATIVE_BEFORE.search(before))
            or (in_list and _LIST_BEFORE.search(before))
        )
        tied = nearest_in_clause(text, [m for m in found if not shielded(start, m)], start, end)
        # "a Kiev si attende l'esito dei colloqui": a cue in the genitive is a reference to talks
        # held elsewhere; only "dei colloqui di Ginevra" or what follows it places them.
        genitive = (
            tied is not None
            and start < tied.start
            and _GENITIVE_BEFORE.search(text[max(0, tied.start - 12) : tied.start])
            # "Sabato a Istanbul …, al termine dei colloqui": the end of the talks held there.
            and not _DURING_BEFORE.search(text[max(0, tied.start - 30) : tied.start])
        )
        if tied is None or shielded(start, tied) or genitive:
            previous = (start, end, name, party, False)
            continue
        mention = tied
        cue_gap = text[mention.end : start] if mention.end <= start else ""
        topic = bool(_TOPIC_BEFORE.search(before[-45:]))
        locative = (
            not party
            and not topic
            and not _PEOPLE_THERE_AFTER.match(after)
            and not _STAYED_BEFORE.search(before)
            and bool(
                LOCATIVE_BEFORE.search(before)
                or _HOST_AFTER.match(after)
                or _OF_AFTER_CUE.match(cue_gap)
            )
            and not (has_any(lower(before[-24:]), _SENT_STEMS) and _SENT_BEFORE.search(before))
        )
        alternative = (
            adjacent and previous is not None and previous[4] and _ALTERNATIVE_BEFORE.search(before)
        )
        if alternative:
            mention.alternatives = True
            locative = True
        kind = kinds.get(name, "") or "city"
        # A country is where talks happen only "in" it ("colloqui in Arabia Saudita"), and "la
        # guerra in Ucraina" is the subject matter.
        in_country = _IN_COUNTRY_BEFORE.search(before) and not _TOPIC_IN_BEFORE.search(before)
        wanted = kind not in ("country", "continent") or in_country
        if locative and wanted and name not in mention.places:
            mention.places.append(name)
            distance[mention.start, name] = max(mention.start - end, start - mention.end, 0)
        previous = (start, end, name, party, locative)
    # "Era stato a Kiev giovedì, e domenica era a Ginevra nel confronto con …": of two cities
    # (not offered as alternatives) the cue is where the nearer one is.
    for mention in found:
        cities = [n for n in mention.places if kinds.get(n, "") in ("", "city")]
        if len(cities) > 1 and not mention.alternatives:
            nearest = min(cities, key=lambda n: distance.get((mention.start, n), 0))
            mention.places = [n for n in mention.places if n not in cities or n == nearest]
