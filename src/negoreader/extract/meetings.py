"""Meetings: the talks, calls, summits and planned rounds the articles report.

A cue ("colloqui", "telefonata", "vertice", "si sono incontrati" …) in a sentence is a mention of a
meeting. The places, dates and people of that sentence are tied to the nearest cue; a sentence that
names no date or no participant borrows them from the rest of its paragraph. A mention tied to a
place or a date anchors a meeting; one with neither ("i colloqui", "la telefonata") refers back to
the article's meeting of that kind and only adds its paragraph and people. Meetings of different
articles are then merged: the same kind, compatible dates and the same place (or, on the same days,
one place unknown) are one meeting, listed with every article and paragraph that reports it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from negoreader.records import Article, DateRef, Meeting, MeetingSource, Person, Place

# --- cue words --------------------------------------------------------------------------------

# Longer cues first: "colloqui telefonici" is a call, not talks.
_CALL = (
    r"telefonat[ae]|videochiamat[ae]|chiamat[ae]|videoconferenz[ae]|colloqui[o]? telefonic[oi]"
    r"|conversazion[ei] telefonic[ae]|consultazioni telefoniche|(?:phone|video) calls?"
    r"|(?:una|la|alla|della) call|ha(?:nno)? telefonato|telefoner(?:à|anno)|telefonare"
    r"|al telefono|telefonicamente"
)
_SUMMIT = r"vertice|vertici|summit"
_TALKS = (
    r"colloqui[o]?|negoziati|negoziato|trattativ[ae]|round|tavol[ae] rotond[ae]|faccia a faccia"
    r"|riunion[ei]|incontr[oi]|maratona (?:diplomatica|negoziale)|consultazioni"
    r"|(?:si sono )?incontrat[oaie]|incontrarsi|incontrare|incontrer(?:à|anno)|incontra(?:no)?"
    r"|si incontr\w+|si (?:sono )?riunit[ie]|si riunir(?:à|anno)|riunirsi"
    r"|ritrovarsi|rivedersi|vedersi|si ritrover(?:à|anno)|si rivedr(?:à|anno)|vedere|vedr(?:à|anno)"
    r"|(?:sarà|saranno|verrà|verranno|(?:è|sono) stat[oaie]) ricevut[oaie]|ricever(?:à|anno)"
    r"|scontro|attes[oaie](?=\s+(?:a|ad|in)\s)"
    # English, as in quoted posts: "Productive talks in Geneva".
    r"|talks|meetings?|negotiations"
)
_CUE = re.compile(
    rf"(?<![\w@])(?:(?P<call>{_CALL})|(?P<summit>{_SUMMIT})|(?P<talks>{_TALKS}))(?![^\W-])",
    re.IGNORECASE,
)
_CUE_STEMS = (
    "colloqu", "negozi", "trattativ", "round", "tavol", "faccia", "riuni", "incontr", "maratona",
    "consultazion", "ritrov", "rived", "vede", "vedr", "scontr", "attes", "ricev", "talks",
    "meeting", "negotiation", "telefon", "chiamat", "call", "video", "vertic", "summit",
)  # fmt: skip
# "vedere" is a meeting only as a plan ("dovrebbe vedere a Miami Umerov"), never "resta da vedere".
_MODAL_BEFORE = re.compile(
    r"\b(?:dovrebbe|dovrebbero|potrebbe|potrebbero|dovrà|dovranno|potrà|potranno|deve|devono)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "lo scontro tra Trump e Zelensky" is a meeting; "gli scontri a Kharkiv" are fighting.
_BETWEEN_AFTER = re.compile(r"^(?:\s+[\w'’]+){0,6}?\s+(?:tra|fra)\s", re.IGNORECASE)
# "delegazione", "capo delegazione": who sits at the table, even in a sentence with no cue.
_DELEGATION = re.compile(
    r"\b(?:(?:delegazion[ei]|squadr[ae])\b.*\b(?:guidat[oaie]|compost[oaie]|includ\w+"
    r"|comprend\w+|figurava|c['’]er[ao]|facevano parte|faceva parte)"
    r"|capo delegazione|a guidare (?:la|le) (?:delegazion|squadr)\w*"
    r"|(?:ha|hanno) inviato|(?:erano|era) present[ei]|sedeva(?:no)?|al tavolo"
    r"|(?:ha|hanno) preso parte)\b",
    re.IGNORECASE,
)
# "dopo lo scontro del 28 febbraio a Washington, …": what that clause names is another event's.
_OTHER_EVENT_CLAUSE = re.compile(
    r"\b(?:prima|dopo|in vista|al termine|alla fine)\s+(?:d[ei]l|dell['’]|della|dei|degli|delle"
    r"|il|lo|la|l['’]|i|gli|le)\s*[^,;:.]*",
    re.IGNORECASE,
)

# "vertici militari", "ai vertici del partito": leaders, not summits.
_LEADERS_AFTER = re.compile(
    r"\s+(?:militar|politic|aziendal|istituzional|dell|del\b|della|dello|dei|delle|degli|di\b)",
    re.IGNORECASE,
)
_LEADERS_BEFORE = re.compile(r"\b(?:a|ai|dai|coi|con i|nei)\s+$", re.IGNORECASE)
# "è chiamata a", "accordo negoziato": the verb, not the noun.
_VERB_BEFORE = re.compile(
    r"\b(?:è|sono|viene|vengono|stat[aoie]|accordo|soluzione|piano|testo)\s+$", re.IGNORECASE
)

# "una serie di vertici", "altri incontri": no specific event.
_GENERIC_BEFORE = re.compile(
    r"\b(?:serie|altri|altre|diversi|diverse|vari|varie|numerosi|numerose|molti|molte|tanti|tante"
    r"|ogni|qualsiasi|qualunque|futuri|future|precedenti)\b(?:\s+\S+){0,2}\s+$",
    re.IGNORECASE,
)
_INDEFINITE_BEFORE = re.compile(
    r"\b(?:un|uno|una|un['’]|nuov[oaie]|altr[oaie]|ulterior[ie])\s*(?:\w+\s+)?$", re.IGNORECASE
)
# "prima del faccia a faccia", "al termine dei colloqui": the other cues of that sentence are
# a different event.
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:prima|dopo|in vista|al termine|alla fine)\s+(?:d[ei]l|dell['’]|della|dei|degli|delle"
    r"|il|la|l['’]|i|gli|le)\s*$",
    re.IGNORECASE,
)

# --- planned rounds ---------------------------------------------------------------------------

_PLANNED_BEFORE = re.compile(
    r"\b(?:prossim[oaie]|previst[oaie]|ulterior[ie])\b(?:\s+\S+){0,2}\s+$", re.IGNORECASE
)
_PLANNED_AFTER = re.compile(r"^(?:\s+\S+){0,3}?\s+(?:previst[oaie]|attes[oaie]|in programma)\b")
_MODAL = re.compile(
    r"\b(?:dovrebbe|dovrebbero|potrebbe|potrebbero|dovrà|dovranno|potrà|potranno|dovesse"
    r"|dovessero)\s+(?:\w+\s+){0,2}?\w+(?:are|ere|ire|arsi|ersi|irsi)\b",
    re.IGNORECASE,
)
# A verb in the simple future ("si terrà", "incontreranno"); "sarà" only counts after the cue:
# "saranno al centro degli incontri" speaks of topics, not of a coming meeting.
_FUTURE = re.compile(r"\b(?!sar(?:à|anno)\b|tiranno\b)\w{2,}r(?:à|anno)\b", re.IGNORECASE)
_TO_BE_FUTURE = re.compile(r"\b(?:sarà|saranno)\b", re.IGNORECASE)
_FUTURE_PASSIVE = re.compile(
    r"\b(?:sarà|saranno|verrà|verranno)\s+\w+[aiu]t[oaie]\b", re.IGNORECASE
)
_PAST_BEFORE = re.compile(
    r"\b(?:ultim[oaie]|scors[oaie]|recent[ei]|precedent[ei])\b(?:\s+\S+){0,1}\s+$", re.IGNORECASE
)
_CLAUSE_MARK = re.compile(r"[,;:()“”\"«»–—]")

# --- people who are not participants ----------------------------------------------------------

# "l'inviato di Trump", "l'amministrazione Trump", "genero del presidente Trump": a principal.
_PRINCIPAL_BEFORE = re.compile(
    r"\b(?:amministrazion[ei]|govern[oi]|presidenza|staff|entourage)\s+$"
    r"|\b(?:amministrazion[ei]|govern[oi]|presidenza|staff|entourage|inviat[oaie]|emissari[oa]?"
    r"|consiglier[ei]|genero|portavoce|uomini|fedelissim[oi]|alleat[oi])\b(?:\s+\w+)?"
    r"\s+(?:di|del|dell['’]|della|dello)\s*(?:(?:ex\s+)?(?:presidente|premier|leader)\s+)?$",
    re.IGNORECASE,
)
# "pressioni su Zelensky", "in contatto con il presidente Zelensky": spoken of, not present.
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:su|sul|sulla|contro)\s+|\bcontatto\s+con\s+(?:il\s+|la\s+|l['’])?(?:\w+\s+){0,2})$",
    re.IGNORECASE,
)
# '…”, ha affermato Zelensky': who speaks of a meeting was not necessarily there.
_SPEAKER_BEFORE = re.compile(
    r"\b(?:ha|hanno|avrebbe|avrebbero)\s+(?:affermato|detto|dichiarato|scritto|aggiunto|spiegato"
    r"|sottolineato|ammesso|confidato|commentato|precisato|riferito|definito)\s+(?:\w+\s+){0,2}$"
    r"|\bsecondo\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# "Zelensky, parlando da Ankara,", "Zelensky, da Tirana,": somewhere else.
_REMOTE_AFTER = re.compile(r"^,?\s*(?:parlando\s+|intervenendo\s+|collegato\s+)?da\s+[A-Z]")
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’]ve|I['’]m|we|We|we['’]ve|We['’]ve|ho|Ho|abbiamo|Abbiamo|ci siamo|mi sono)\b"
)

# --- places -----------------------------------------------------------------------------------

_ARTICLE = r"(?:(?:gli|i|il|la|le|lo|l['’])\s*)?"
_PARTY_BEFORE = re.compile(rf"\b(?:tra|fra|con|contro|e|ed|verso)\s+{_ARTICLE}$", re.IGNORECASE)
_LIST_BEFORE = re.compile(rf"(?:,|\be|\bed)\s+{_ARTICLE}$", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:a|ad|in|nel|nella|nello|negli|nei|presso|alla|al)\s+|\ball['’])$"
    r"|\b(?:a|ad|in|nel|nella|nello|presso|alla|al|all['’])\s*(?:[\w'’]+\s+){0,4}?"
    r"(?:di|del|dell['’]|della)\s*$",
    re.IGNORECASE,
)
# A country is where talks happen only "in" it: "all'Ucraina" is a dative, "a" a party.
_IN_COUNTRY_BEFORE = re.compile(r"\b(?:in|nel|nella|negli|nei)\s+$", re.IGNORECASE)
_GENITIVE_BEFORE = re.compile(r"\b(?:dei|degli|delle|della|dello|del|dell['’])\s*$", re.IGNORECASE)
_TOPIC_IN_BEFORE = re.compile(
    r"\b(?:guerra|conflitto|pace|crisi|situazione|invasione|combattimenti|offensiva|tregua|fuoco"
    r"|truppe|soldati|forze|presenza|interessi|ricostruzione)\s+(?:in|nel|nella|negli|nei)\s+$",
    re.IGNORECASE,
)
_ALTERNATIVE_BEFORE = re.compile(r"\b(?:o|oppure|or)\s+(?:a\s+|in\s+)?$", re.IGNORECASE)
_HOST_AFTER = re.compile(
    r"^\s+(?:(?:dovrebbe|potrebbe|dovrà|potrà|ha|avrebbe|aveva)\s+)?ospit", re.IGNORECASE
)
_OF_AFTER_CUE = re.compile(r"^\s*(?:di|del|dell['’])\s*$", re.IGNORECASE)
# Places at one level exclude each other (two cities); a venue, its city, its region and its
# country do not.
_LEVEL = {
    "venue": "venue",
    "district": "venue",
    "city": "city",
    "region": "region",
    "country": "country",
    "continent": "country",
}
_PLACE_RANK = {"city": 0, "district": 1, "venue": 2, "region": 3, "country": 4, "continent": 5}

# --- dates ------------------------------------------------------------------------------------

_DATELINE = re.compile(r"^\s*[^\W\d][^,–—\n]{0,40},\s*[^–—\n]{3,40}?\s[–—-]\s")
# Reports in the same news cycle: an undated report of a meeting at a place joins a dated one
# there when the report was written within this many days of it.
_SAME_CYCLE_DAYS = 3

_FAMILY = {"talks": "talks", "summit": "talks", "call": "call", "planned": "planned"}
# A reference back ("i colloqui") may point at a meeting of these kinds, most likely first.
_REFERS_TO = {
    "talks": ("talks", "planned"),
    "summit": ("talks", "planned"),
    "call": ("call",),
    "planned": ("planned",),
}


@dataclass
class _Mention:
    """One cue in one sentence, with what the sentence ties to it."""

    paragraph: int
    start: int
    end: int
    kind: str
    places: list[str] = field(default_factory=list)
    alternatives: bool = False
    dates: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    generic: bool = False
    other_event: bool = False
    indefinite: bool = False  # "un incontro tra Trump e Putin": a new event, not a reference
    delegation: bool = False  # "la delegazione russa era guidata da …", with no cue
    marker: bool = False  # "prima del colloquio": an event known from elsewhere

    @property
    def anchored(self) -> bool:
        return bool(self.places) or any(_anchors(v, self.kind) for v in self.dates)


@dataclass
class _Group:
    """A meeting as reported by one article (later: by several)."""

    kind: str
    places: list[str] = field(default_factory=list)
    alternatives: bool = False
    dates: list[str] = field(default_factory=list)
    context_date: str = ""
    people: list[str] = field(default_factory=list)
    sources: dict[str, set[int]] = field(default_factory=dict)
    days: list[str] = field(default_factory=list)  # the reporting articles' days
    kinds: list[str] = field(default_factory=list)
    # Where (paragraph, offset) the article ties it to a place or a date.
    anchors: set[tuple[int, int]] = field(default_factory=set)
    anchor_kinds: list[str] = field(default_factory=list)

    @property
    def family(self) -> str:
        return _FAMILY[self.kind]

    def add(self, mention: _Mention, article: str) -> None:
        self.places = list(dict.fromkeys(self.places + mention.places))
        self.alternatives = self.alternatives or mention.alternatives
        self.dates = list(dict.fromkeys(self.dates + mention.dates))
        self.people = list(dict.fromkeys(self.people + mention.people))
        self.sources.setdefault(article, set()).add(mention.paragraph)
        self.kinds.append(mention.kind)


# --- public -----------------------------------------------------------------------------------


def find_meetings(
    articles: Sequence[Article], people: Sequence[Person], places: Sequence[Place]
) -> tuple[Meeting, ...]:
    """The meetings the articles report, merged across articles, in date order."""
    kinds = {place.name: place.kind for place in places}
    spellings = _place_spellings(places)
    who = _people_spellings(people)
    groups: list[_Group] = []
    for article in articles:
        groups.extend(_article_groups(article, who, kinds, spellings))
    merged = _merge(groups, kinds)
    meetings = [_meeting(group, kinds) for group in merged]
    return _with_unique_ids(sorted(meetings, key=lambda m: (not m.date, m.date, m.id)))


@lru_cache(maxsize=4096)
def meeting_span(value: str) -> tuple[date, date] | None:
    """The first and last day an ISO date, month, year or interval covers."""
    try:
        if "/" in value:
            first, last = value.split("/", 1)
            a, b = meeting_span(first), meeting_span(last)
            return (a[0], b[1]) if a and b else None
        parts = [int(x) for x in value.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            first_day = date(parts[0], parts[1], 1)
            following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first_day, following - timedelta(days=1)
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def human_date(value: str) -> str:
    """'2025-12-19/2025-12-21' → '19–21 Dec 2025'; '2026-01' → 'Jan 2026'."""
    span = meeting_span(value)
    if not span:
        return value
    first, last = span
    if "/" not in value and value.count("-") == 1:
        return first.strftime("%b %Y")
    if "/" not in value and "-" not in value:
        return str(first.year)
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


# --- one article ------------------------------------------------------------------------------


def _article_groups(
    article: Article, who: dict[str, str], kinds: dict[str, str], spellings: dict[str, str]
) -> list[_Group]:
    mentions = _mentions(article, who, kinds)
    groups: list[_Group] = []
    for mention in (m for m in mentions if m.anchored and not m.generic):
        # Where the report names no place it shares, it is about the article's first meeting.
        fitting = [g for g in groups if _fits(g, mention, kinds)]
        sharing = [g for g in fitting if set(g.places) & set(mention.places)]
        group = (sharing or fitting or [None])[0]
        if group is None:
            group = _Group(mention.kind)
            groups.append(group)
        group.add(mention, article.id)
        group.anchors.add((mention.paragraph, mention.start))
        group.anchor_kinds.append(mention.kind)
    for mention in (m for m in mentions if not m.anchored and not m.generic):
        if mention.other_event or mention.indefinite:
            continue
        # An article's first meeting of a kind is the one its references back are about; a
        # delegation belongs to the meeting last reported before it.
        fitting = [g for g in groups if g.family in _REFERS_TO[mention.kind]]
        if mention.delegation:
            at = (mention.paragraph, mention.start)
            before = [g for g in fitting if min(g.anchors) <= at]
            fitting = sorted(
                before, key=lambda g: max(a for a in g.anchors if a <= at), reverse=True
            )
        target = fitting[0] if fitting else None
        if target is not None:
            target.add(mention, article.id)
    dateline = _dateline_date(article)
    home = spellings.get(_fold(article.dateline), article.dateline)
    published = meeting_span(article.day) if article.day else None
    for group in groups:
        group.days = [article.day] if article.day else []
        # Reported the day it happens, or the day after, from the city in the dateline: there.
        own = _best_date(group.dates, "")
        span = meeting_span(own) if own and _precision(own) in ("day", "interval") else None
        filed = meeting_span(dateline) if dateline else None
        same_days = bool(span and filed and filed[0] - timedelta(days=1) <= span[0] <= filed[1])
        if group.family == "talks" and not group.places and home and same_days:
            group.places.append(home)
        # Filed from the place of the meeting on that day: the dateline dates the meeting.
        if dateline and home and group.places and _main_place(group, kinds) == home:
            group.context_date = dateline
        # Filed from a city the same day as a meeting at a venue: the venue is in that city.
        venues_only = group.places and {_LEVEL.get(kinds.get(p, ""), "") for p in group.places} == {
            "venue"
        }
        if venues_only and dateline and home and _best_date(group.dates, "") == dateline:
            group.places.append(home)
        if group.family != "call":
            group.kind = _talks_kind(group, published)
    return groups


def _talks_kind(group: _Group, published: tuple[date, date] | None) -> str:
    """Planned when most reports of it announce it, or when it falls after the article's day."""
    when = _best_date(group.dates, group.context_date)
    span = meeting_span(when) if when else None
    if published and span and span[0] > published[1]:
        return "planned"
    planned = group.anchor_kinds.count("planned")
    if planned * 2 > len(group.anchor_kinds):
        return "planned"
    summits = group.anchor_kinds.count("summit")
    return "summit" if summits * 2 > len(group.anchor_kinds) - planned else "talks"


def _fits(group: _Group, mention: _Mention, kinds: dict[str, str]) -> bool:
    """Whether a mention with its own place or date belongs to a meeting already found.

    In one article, talks and a plan for them can be one meeting ("lunedì sarà ricevuto…";
    "…prendere parte all'incontro di Washington"); calls are calls.
    """
    if (group.family == "call") != (mention.kind == "call"):
        return False
    if _places_conflict(group.places, mention.places, kinds):
        return False
    if group.dates and mention.dates:
        return any(_overlap(a, b) for a in group.dates for b in mention.dates)
    return True


def _places_conflict(xs: list[str], ys: list[str], kinds: dict[str, str]) -> bool:
    """Two different cities (or two different venues) are two meetings; a venue and a city not.

    "L'incontro di Gedda" and "i colloqui si sono svolti all'hotel Ritz-Carlton" are one meeting.
    """
    if not xs or not ys or set(xs) & set(ys):
        return False

    def levels(names: list[str]) -> set[str]:
        return {_LEVEL.get(kinds.get(n, "") or "city", "city") for n in names}

    return bool(levels(xs) & levels(ys))


def _mentions(article: Article, who: dict[str, str], kinds: dict[str, str]) -> list[_Mention]:
    by_paragraph = _entities_by_paragraph(article)
    authors = _author_names(article, who)
    mentions: list[_Mention] = []
    for index, paragraph in enumerate(article.paragraphs):
        text = paragraph.text
        skip_to = _dateline_end(text) if index == 0 else 0
        persons, places, dates = (
            [x for x in spans if x[0] >= skip_to] for spans in by_paragraph.get(index, ([], [], []))
        )
        sentences = [
            _Sentence(span, _cues(text, span, _within(persons, span)))
            for span in _sentences(text, skip_to)
        ]
        for sentence in sentences:
            span = sentence.span
            sentence.people = _within(persons, span)
            sentence.places = _within(places, span)
            sentence.dates = _within(dates, span)
            if sentence.cues:
                _tie(text, sentence, kinds, authors.get(index, ""))
        found = [m for sentence in sentences for m in sentence.cues]
        _borrow_from_paragraph(text, found, sentences)
        found += _delegations(text, sentences)
        for mention in found:
            mention.paragraph = index
        mentions.extend(found)
    return mentions


@dataclass
class _Sentence:
    """A sentence of a paragraph, its cues and the entities it names."""

    span: tuple[int, int]
    cues: list[_Mention]
    people: list[tuple[int, int, str]] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)
    dates: list[tuple[int, int, str]] = field(default_factory=list)


def _tie(text: str, sentence: _Sentence, kinds: dict[str, str], author: str) -> None:
    """Tie the sentence's places, dates and people to its cues."""
    found = sentence.cues
    s_start, s_end = sentence.span
    shields = [m.span() for m in _OTHER_EVENT_CLAUSE.finditer(text, s_start, s_end)]

    def shielded(at: int, mention: _Mention) -> bool:
        return any(a <= at < b and not a <= mention.start < b for a, b in shields)

    _tie_places(text, found, sentence.places, kinds, shielded)
    for start, end, value in sentence.dates:
        tied = _nearest_in_clause(text, found, start, end)
        if tied and not shielded(start, tied):
            tied.dates.append(value)
    remote = bool(_REMOTE_OPENING.match(text, s_start))
    for start, end, name in [] if remote else sentence.people:
        tied = _nearest_in_clause(text, found, start, end) or _nearest(found, start, end)
        after = text[end : end + 40]
        if not shielded(start, tied) and _takes_part(text[s_start:start], tied, after):
            tied.people.append(name)
    if author and _FIRST_PERSON.search(text[s_start:s_end]):
        for mention in found:
            mention.people.append(author)


def _within(
    spans: list[tuple[int, int, str]], sentence: tuple[int, int]
) -> list[tuple[int, int, str]]:
    return [x for x in spans if sentence[0] <= x[0] < sentence[1]]


# "Da Parigi, il presidente Macron ha chiesto …": said from elsewhere.
_REMOTE_OPENING = re.compile(r"\s*(?:Da|Dalla|Dal)\s+[A-Z][\w'’ ]{1,30},")


def _participants(text: str, sentence: _Sentence) -> list[str]:
    start = sentence.span[0]
    if _REMOTE_OPENING.match(text, start):
        return []
    return [
        name for s, e, name in sentence.people if _takes_part(text[start:s], None, text[e : e + 40])
    ]


def _borrow_from_paragraph(text: str, mentions: list[_Mention], sentences: list[_Sentence]) -> None:
    """A cue takes dates and people from the paragraph's sentences that have no cue of their own.

    "Dal 19 al 21 dicembre, la delegazione ha dialogato … sintetizzando il senso degli incontri";
    "Sono iniziati a Miami i colloqui. La delegazione è guidata da Rustem Umerov …";
    "Domenica era a Ginevra con Rubio … «Productive talks in Geneva», ha scritto Yermak".
    """
    for mention in mentions:
        # "Poche ore prima del colloquio, … lunedì …": the paragraph's dates are not its.
        if mention.generic or mention.other_event or mention.marker:
            continue
        home = next(i for i, s in enumerate(sentences) if any(m is mention for m in s.cues))
        quiet = [s for s in sentences if not s.cues]
        # A sentence that names the meeting's place (as where something happens) is about it.
        here = [s for s in quiet if _names_place(text, s, mention.places)]
        days = {
            v
            for s in (here if mention.places else quiet)
            for _, _, v in s.dates
            if _precision(v) in ("day", "interval")
        }
        if not mention.dates and len(days) == 1:
            mention.dates = sorted(days)
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
            mention.people += [p for p in _participants(text, sentence) if p not in mention.people]


def _names_place(text: str, sentence: _Sentence, places: list[str]) -> bool:
    return any(
        name in places and _LOCATIVE_BEFORE.search(text[max(0, start - 60) : start])
        for start, _, name in sentence.places
    )


def _delegations(text: str, sentences: list[_Sentence]) -> list[_Mention]:
    """Sentences that say who is in a delegation, naming no place where: references back."""
    found = []
    for sentence in sentences:
        if sentence.cues or _names_place(text, sentence, [n for _, _, n in sentence.places]):
            continue
        match = _DELEGATION.search(text, *sentence.span)
        if match and (people := _participants(text, sentence)):
            found.append(
                _Mention(0, match.start(), match.end(), "talks", people=people, delegation=True)
            )
    return found


def _cues(text: str, span: tuple[int, int], persons: list[tuple[int, int, str]]) -> list[_Mention]:
    start, end = span
    # Most sentences name no meeting: a substring test for the cues' stems is far cheaper than
    # the cue expression itself.
    lowered = text[start:end].casefold()
    if not any(stem in lowered for stem in _CUE_STEMS):
        return []
    found: list[_Mention] = []
    markers: list[_Mention] = []
    for match in _CUE.finditer(text, start, end):
        # The few words around a cue decide what it is; a short window keeps "…$" searches cheap.
        before = text[max(start, match.start() - 80) : match.start()]
        after = text[match.end() : min(end, match.end() + 80)]
        word = match.group().casefold()
        kind = match.lastgroup or "talks"
        if word == "vertici" and (_LEADERS_AFTER.match(after) or _LEADERS_BEFORE.search(before)):
            continue
        if word.startswith(("chiamat", "negoziato")) and _VERB_BEFORE.search(before):
            continue
        if word == "vedere" and not _MODAL_BEFORE.search(before):
            continue
        if word == "scontro" and not _between_people(text, match.end(), persons):
            continue
        mention = _Mention(0, match.start(), match.end(), kind)
        mention.generic = bool(_GENERIC_BEFORE.search(before))
        mention.indefinite = bool(_INDEFINITE_BEFORE.search(before))
        planned = kind != "call" and _is_planned(text, start, end, match)
        if planned or word.startswith("attes"):
            mention.kind = "planned"
        if _OTHER_EVENT_BEFORE.search(before):
            mention.marker = True
            markers.append(mention)
        found.append(mention)
    for mention in found:
        mention.other_event = bool(markers) and all(mention is not m for m in markers)
    # Cues of one expression ("un nuovo round di colloqui") are one mention.
    merged: list[_Mention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if last and mention.start - last.end <= 12 and _FAMILY[last.kind] == _FAMILY[mention.kind]:
            last.end = mention.end
            last.generic = last.generic and mention.generic
            continue
        merged.append(mention)
    return merged


def _between_people(text: str, at: int, persons: list[tuple[int, int, str]]) -> bool:
    """Whether "tra X e Y" naming two people follows the cue closely."""
    between = _BETWEEN_AFTER.match(text[at : at + 80])
    if not between:
        return False
    window = at + between.end() + 60
    return len({name for s, _, name in persons if at + between.end() <= s < window}) >= 2


def _is_planned(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    before = text[max(start, match.start() - 80) : match.start()]
    if _PAST_BEFORE.search(before):
        return False
    if _PLANNED_BEFORE.search(before) or _PLANNED_AFTER.match(text[match.end() : end]):
        return True
    clause_start = max(
        (m.end() for m in _CLAUSE_MARK.finditer(text, start, match.start())), default=start
    )
    next_mark = _CLAUSE_MARK.search(text, match.end(), end)
    clause_end = next_mark.start() if next_mark else end
    clause = text[clause_start:clause_end]
    after_cue = text[match.end() : clause_end]
    return bool(_MODAL.search(clause) or _FUTURE.search(clause) or _TO_BE_FUTURE.search(after_cue))


def _tie_places(
    text: str,
    found: list[_Mention],
    places: list[tuple[int, int, str]],
    kinds: dict[str, str],
    shielded: Callable[[int, _Mention], bool],
) -> None:
    """Give each cue the places the sentence says it happens at (not the parties to it)."""
    previous: tuple[int, int, str, bool, bool] | None = None  # start, end, name, party, locative
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
        tied = _nearest_in_clause(text, found, start, end)
        # "a Kiev si attende l'esito dei colloqui": a cue in the genitive is a reference to talks
        # held elsewhere; only "dei colloqui di Ginevra" or what follows it places them.
        genitive = (
            tied is not None
            and start < tied.start
            and _GENITIVE_BEFORE.search(text[max(0, tied.start - 12) : tied.start])
        )
        if tied is None or shielded(start, tied) or genitive:
            previous = (start, end, name, party, False)
            continue
        mention = tied
        cue_gap = text[mention.end : start] if mention.end <= start else ""
        locative = not party and bool(
            _LOCATIVE_BEFORE.search(before)
            or _HOST_AFTER.match(after)
            or _OF_AFTER_CUE.match(cue_gap)
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
        previous = (start, end, name, party, locative)


def _takes_part(before: str, mention: _Mention | None, after: str = "") -> bool:
    """Whether a person named after `before` (the sentence so far) can be a participant."""
    if _REMOTE_AFTER.match(after):
        return False
    tail = before[-80:]
    if _PRINCIPAL_BEFORE.search(tail) or _OBJECT_BEFORE.search(tail):
        return False
    # A reference back ("i colloqui") names who speaks of the meeting, not who was there.
    return not (mention is not None and not mention.anchored and _SPEAKER_BEFORE.search(tail))


# Where a quotation, a parenthesis or a colon begins, the places and dates it names are its own.
_STRONG_MARK = re.compile(r"[;:“”«»()\"]|\s[–—]\s")


def _nearest_in_clause(text: str, found: list[_Mention], start: int, end: int) -> _Mention | None:
    """The nearest cue with no quotation mark, parenthesis or colon between it and [start, end)."""
    near = [
        m for m in found if _STRONG_MARK.search(text, min(m.end, end), max(m.start, start)) is None
    ]
    return _nearest(near, start, end) if near else None


def _nearest(found: list[_Mention], start: int, end: int) -> _Mention:
    def distance(m: _Mention) -> int:
        return max(m.start - end, start - m.end, 0)

    return min(found, key=distance)


# --- text -------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*\s+(?=[\"“«‘(]?[^\W\d_a-z])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:sig|dott|prof|gen|reg|trib|art|n|p|ecc|st))\.$")


def _sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of a paragraph, from `start`."""
    spans = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start):
        if _ABBREVIATION.search(text[begin : match.start() + 1]):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    if begin < len(text):
        spans.append((begin, len(text)))
    return spans


def _dateline_end(text: str) -> int:
    """Where the dateline ("Miami, 30 novembre 2025 – ") of a first paragraph ends, or 0."""
    match = _DATELINE.match(text)
    return match.end() if match and any(ch.isdigit() for ch in match.group()) else 0


def _dateline_date(article: Article) -> str:
    if not article.paragraphs:
        return ""
    end = _dateline_end(article.paragraphs[0].text)
    return next(
        (
            d.value
            for d in article.dates
            if d.mention.paragraph == 0 and d.mention.start < end and _precision(d.value) == "day"
        ),
        "",
    )


def _entities_by_paragraph(
    article: Article,
) -> dict[int, tuple[list[tuple[int, int, str]], ...]]:
    table: dict[int, tuple[list[tuple[int, int, str]], ...]] = {}
    for slot, refs in ((0, article.people), (1, article.places)):
        for ref in refs:
            for span in ref.mentions:
                table.setdefault(span.paragraph, ([], [], []))[slot].append(
                    (span.start, span.end, ref.name)
                )
    for ref in article.dates:
        table.setdefault(ref.mention.paragraph, ([], [], []))[2].append(
            (ref.mention.start, ref.mention.end, _value(ref))
        )
    for lists in table.values():
        for spans in lists:
            spans.sort()
    return table


def _value(ref: DateRef) -> str:
    return ref.value


def _author_names(article: Article, spellings: dict[str, str]) -> dict[int, str]:
    """Quote blocks whose author is a known person: paragraph index → canonical name.

    An embed's author reads "Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa)": any run
    of up to four of its words that is a person's spelling names the person.
    """
    result = {}
    for index, paragraph in enumerate(article.paragraphs):
        if not paragraph.author:
            continue
        words = _fold(paragraph.author).replace("(", " ").replace(")", " ").split()
        runs = (" ".join(words[i : i + n]) for n in (4, 3, 2, 1) for i in range(len(words)))
        name = next((spellings[run] for run in runs if len(run) > 3 and run in spellings), "")
        if name:
            result[index] = name
    return result


def _people_spellings(people: Sequence[Person]) -> dict[str, str]:
    table: dict[str, str] = {}
    for person in people:
        for spelling in (person.name, *person.aliases):
            table.setdefault(_fold(spelling), person.name)
    return table


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _place_spellings(places: Sequence[Place]) -> dict[str, str]:
    table = {}
    for place in places:
        for spelling in (place.name, *place.aliases):
            table.setdefault(_fold(spelling), place.name)
    return table


# --- dates ------------------------------------------------------------------------------------


def _precision(value: str) -> str:
    if "/" in value:
        return "interval"
    return {0: "year", 1: "month", 2: "day"}.get(value.count("-"), "")


def _anchors(value: str, kind: str) -> bool:
    """A year alone ("uno sguardo al 2026") does not place past talks in time; it dates a plan."""
    return kind == "planned" or _precision(value) != "year"


def _overlap(a: str, b: str, slack: int = 0) -> bool:
    x, y = meeting_span(a), meeting_span(b)
    if not x or not y:
        return False
    return x[0] - timedelta(days=slack) <= y[1] and y[0] - timedelta(days=slack) <= x[1]


def _best_date(dates: list[str], context: str) -> str:
    """The most precise date covering the others: an interval beats a day within it."""
    return _best_date_of(tuple(dates), context)


@lru_cache(maxsize=8192)
def _best_date_of(dates: tuple[str, ...], context: str) -> str:
    """ "Cinque ore di colloqui ieri, altre quattro questa mattina": consecutive days are one span."""
    fine = sorted(
        (span, value)
        for value in dates
        if _precision(value) in ("day", "interval") and (span := meeting_span(value))
    )
    if len(fine) > 1:
        first, last = fine[0][0]
        for (start, end), _ in fine[1:]:
            if start - last > timedelta(days=1):
                break
            last = max(last, end)
        else:
            return first.isoformat() if first == last else f"{first}/{last}"
    return _covering_date(dates, context)


def _covering_date(dates: tuple[str, ...], context: str) -> str:
    fine = [d for d in dates if _precision(d) in ("day", "interval")]
    if fine:

        def covers(value: str) -> int:
            return sum(_overlap(value, other) for other in fine)

        def width(value: str) -> int:
            span = meeting_span(value)
            return (span[1] - span[0]).days if span else 0

        return max(fine, key=lambda v: (covers(v), width(v), v))
    coarse = sorted(dates, key=lambda v: (_precision(v) != "month", v))
    if context and (not coarse or _overlap(context, coarse[0])):
        return context
    return coarse[0] if coarse else ""


# --- across articles --------------------------------------------------------------------------


def _merge(groups: list[_Group], kinds: dict[str, str]) -> list[_Group]:
    """Merge reports of one meeting, comparing each only with those that could match it.

    Reports can be one meeting only if their dates overlap, or if they share a place and one
    date is unknown, so merged meetings are indexed by day (month for coarse dates) and by place
    and day; the first match in report order wins, as it would in a scan of them all.
    """
    merged: list[_Group] = []
    buckets: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for group in groups:
        candidates = sorted({i for key in _lookup_keys(group, kinds) for i in buckets.get(key, ())})
        target_index = next((i for i in candidates if _same_meeting(merged[i], group, kinds)), None)
        if target_index is None:
            merged.append(group)
            for key in _stored_keys(group, kinds):
                buckets[key].append(len(merged) - 1)
            continue
        target = merged[target_index]
        before = _stored_keys(target, kinds)
        target.places += [p for p in group.places if p not in target.places]
        target.alternatives = target.alternatives or group.alternatives
        target.dates += [d for d in group.dates if d not in target.dates]
        target.context_date = target.context_date or group.context_date
        target.people += [p for p in group.people if p not in target.people]
        for article, paragraphs in group.sources.items():
            target.sources.setdefault(article, set()).update(paragraphs)
        target.days += group.days
        target.kinds += group.kinds
        for key in _stored_keys(target, kinds) - before:
            buckets[key].append(target_index)
    return merged


_FINE_SPAN_DAYS = 62  # longer intervals are indexed by month


def _date_keys(value: str) -> tuple[list[date], list[tuple[int, int]]]:
    """The days a fine date covers (none for a coarse one) and the months it covers."""
    span = meeting_span(value) if value else None
    if span is None:
        return [], []
    first, last = span
    months = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month) and len(months) < 24:
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    length = (last - first).days
    if _precision(value) in ("day", "interval") and length <= _FINE_SPAN_DAYS:
        return [first + timedelta(days=n) for n in range(length + 1)], months
    return [], months


def _near(days: list[str]) -> list[date]:
    """Article days and the days around them that count as the same news cycle."""
    found = []
    for value in days:
        span = meeting_span(value[:10])
        if span:
            found += [span[0] + timedelta(days=n) for n in range(-_SAME_CYCLE_DAYS, 4)]
    return found


_LEVEL_SETS = [
    frozenset(c)
    for n in range(len(set(_LEVEL.values())) + 1)
    for c in itertools.combinations(sorted(set(_LEVEL.values())), n)
]


def _levels(places: list[str], kinds: dict[str, str]) -> frozenset[str]:
    return frozenset(_LEVEL.get(kinds.get(p, "") or "city", "city") for p in places)


def _stored_keys(g: _Group, kinds: dict[str, str]) -> set[tuple[object, ...]]:
    family, keys = g.family, set()
    values = [v for v in (*g.dates, g.context_date) if v]
    levels = _levels(g.places, kinds)
    for value in values:
        days, months = _date_keys(value)
        # Dated reports on one day match when they share a place (below) or their places are
        # at different levels (a venue, a city) or unknown: indexed by the set of levels.
        keys.update((family, "day", d, levels) for d in days)
        # A month or a year matches other dates only at a shared place.
        for place in g.places:
            keys.update((family, "placeday", place, d) for d in days)
            month_key = "placefinemonth" if days else "placemonth"
            keys.update((family, month_key, place, m) for m in months)
    if not values:
        for place in g.places:
            keys.update((family, "undated", place, d) for d in _near(g.days))
            keys.update((family, "undatedmonth", place, (d.year, d.month)) for d in _near(g.days))
    return keys


def _lookup_keys(g: _Group, kinds: dict[str, str]) -> set[tuple[object, ...]]:
    family, keys = g.family, set()
    values = [v for v in (*g.dates, g.context_date) if v]
    levels = _levels(g.places, kinds)
    apart = [other for other in _LEVEL_SETS if not other & levels]
    for value in values:
        days, months = _date_keys(value)
        keys.update((family, "day", d, other) for d in days for other in apart)
        for place in g.places:
            keys.update((family, "placeday", place, d) for d in days)
            keys.update((family, "placemonth", place, m) for m in months)
            if not days:
                keys.update((family, "placefinemonth", place, m) for m in months)
            keys.update((family, "undatedmonth", place, m) for m in months)
    if not values:
        for place in g.places:
            for d in _near(g.days):
                keys.add((family, "undated", place, d))
                keys.add((family, "placeday", place, d))
                keys.add((family, "placemonth", place, (d.year, d.month)))
                keys.add((family, "placefinemonth", place, (d.year, d.month)))
    return keys


def _same_meeting(a: _Group, b: _Group, kinds: dict[str, str]) -> bool:
    if a.family != b.family:
        return False
    if _places_conflict(a.places, b.places, kinds):
        return False
    same_place = bool(set(a.places) & set(b.places))
    date_a, date_b = _best_date(a.dates, a.context_date), _best_date(b.dates, b.context_date)
    if date_a and date_b:
        if not _overlap(date_a, date_b):
            return False
        # On the same days, a report that gives no place is of the meeting that has one.
        fine = {_precision(date_a), _precision(date_b)} <= {"day", "interval"}
        return same_place or fine
    if not same_place:
        return False
    # One date unknown: the same place, reported in the same news cycle.
    undated = b if date_a else a
    known = date_a or date_b
    if not known:
        return _close_days(a.days, b.days)
    return any(_overlap(known, day, _SAME_CYCLE_DAYS) for day in undated.days)


def _close_days(xs: list[str], ys: list[str]) -> bool:
    return any(_overlap(x, y, _SAME_CYCLE_DAYS) for x in xs for y in ys)


def _main_place(group: _Group, kinds: dict[str, str]) -> str:
    if group.alternatives or not group.places:
        return ""

    def rank(name: str) -> tuple[int, int]:
        return _PLACE_RANK.get(kinds.get(name, "") or "city", 9), group.places.index(name)

    return min(group.places, key=rank)


def _meeting(group: _Group, kinds: dict[str, str]) -> Meeting:
    kind = group.kind
    when = _best_date(group.dates, group.context_date)
    place = _main_place(group, kinds)
    sources = tuple(
        MeetingSource(article, tuple(sorted(paragraphs)))
        for article, paragraphs in group.sources.items()
    )
    meeting_id = "-".join(part for part in (when.split("/")[0], _slug(place), kind) if part)
    return Meeting(
        id=meeting_id,
        kind=kind,
        date=when,
        place=place,
        participants=tuple(group.people),
        summary=_summary(kind, when, place, group),
        sources=sources,
    )


_KIND_WORDS = {
    "talks": "Talks",
    "summit": "Summit",
    "call": "Phone call",
    "planned": "Planned talks",
}


def _summary(kind: str, when: str, place: str, group: _Group) -> str:
    """One line: 'Talks in Miami, 19–21 Dec 2025: Umerov, Hnatov, Witkoff'."""
    head = _KIND_WORDS[kind] + (f" in {place}" if place else "")
    if not place and group.alternatives and group.places:
        head += " (" + " or ".join(group.places) + ")"
    if when:
        head += f", {human_date(when)}"
    surnames = [name.split()[-1] for name in group.people]
    return head + (": " + ", ".join(surnames) if surnames else "")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")


def _with_unique_ids(meetings: list[Meeting]) -> tuple[Meeting, ...]:
    seen: dict[str, int] = {}
    result = []
    for meeting in meetings:
        count = seen.get(meeting.id, 0) + 1
        seen[meeting.id] = count
        if count > 1:
            meeting = Meeting(
                f"{meeting.id}-{count}",
                meeting.kind,
                meeting.date,
                meeting.place,
                meeting.participants,
                meeting.summary,
                meeting.sources,
            )
        result.append(meeting)
    return tuple(result)
