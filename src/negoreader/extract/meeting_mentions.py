"""Meeting mentions: cue words in sentences, and the places, dates and people tied to them.

A cue ("colloqui", "telefonata", "vertice", "si sono incontrati" …) in a sentence is a mention of
a meeting. The places, dates and people of that sentence are tied to the nearest cue in the same
clause; a sentence that names no date or no participant borrows them from the sentences of its
paragraph that have no cue of their own. `meetings.py` groups the mentions into meetings.

The data flow, paragraph by paragraph: `meeting_text` splits sentences → `meeting_cues` finds the
cues of each → `meeting_ties` ties places, dates and people to them (asking `meeting_participants`
who takes part, `meeting_events` which words tell of another event) → mentions, here.
"""

from __future__ import annotations

import re
from itertools import pairwise

from negoreader.extract.meeting_cues import (
    FAMILY,
    Mention,
    Sentence,
    cues_of,
    elided_ordinal,
)
from negoreader.extract.meeting_events import has_any
from negoreader.extract.meeting_participants import (
    author_names,
    people_spellings,
)
from negoreader.extract.meeting_text import (
    dateline_end,
    fold,
    precision,
    split_sentences,
    within,
)
from negoreader.extract.meeting_ties import (
    borrow_from_paragraph,
    dated_from_reference,
    dateline_city,
    delegations,
    named_days,
    part_of_day,
    place_at_dateline,
    same_place_as_before,
    tie,
    unsettle,
)
from negoreader.records import Article

__all__ = [
    "FAMILY",
    "Mention",
    "dateline_end",
    "find_mentions",
    "fold",
    "people_spellings",
    "precision",
]


def find_mentions(article: Article, who: dict[str, str], kinds: dict[str, str]) -> list[Mention]:
    """Every cue in the article with what its sentence ties to it, in text order.

    `who` maps folded spellings of people to canonical names (for quote authors); `kinds` maps
    place names to their kind (city, venue …).
    """
    by_paragraph = _entities_by_paragraph(article)
    authors = author_names(article, who)
    days = named_days(article)
    mentions: list[Mention] = []
    for index, paragraph in enumerate(article.paragraphs):
        text = paragraph.text
        skip_to = dateline_end(text) if index == 0 else 0
        persons, places, dates = (
            [x for x in spans if x[0] >= skip_to] for spans in by_paragraph.get(index, ([], [], []))
        )
        sentences = []
        for span in split_sentences(text, skip_to):
            people = within(persons, span)
            sentences.append(Sentence(span, cues_of(text, span, people), people=people))
        for before, sentence in pairwise(sentences):
            if not sentence.cues and before.cues:
                sentence.cues = elided_ordinal(text, sentence.span, before.cues)
        if any(sentence.cues for sentence in sentences):
            places = _with_seats(text, places, skip_to)
        for number, sentence in enumerate(sentences):
            span = sentence.span
            sentence.places = within(places, span)
            sentence.dates = within(dates, span)
            if sentence.cues:
                tie(text, sentence, kinds, authors.get(index, ""))
                unsettle(text, sentence)
                dated_from_reference(text, sentence, article.date[:10])
                words = text[span[0] : span[1]]
                if "stess" in words:  # "nello stesso albergo"
                    earlier = [m for s in sentences[:number] for m in s.cues]
                    same_place_as_before(text, sentence, mentions + earlier)
                if "in corso" in words:
                    _under_way(text, sentence, article.day)
                if sentence.dates:
                    _history(text, sentence, article.day)
        for sentence in sentences:
            part_of_day(text, sentence, index, days)
        found = [m for sentence in sentences for m in sentence.cues]
        borrow_from_paragraph(text, found, sentences, kinds)
        found += delegations(text, sentences, kinds)
        if index < 6 and found and (city := dateline_city(text, kinds)):
            place_at_dateline(text, found, city, kinds)
        for mention in found:
            mention.paragraph = index
        mentions.extend(found)
    return mentions


# "Zelensky sarà alla Casa Bianca", "ricevuti al Cremlino": a seat of government named as where
# people meet is in its city (the seat itself is an actor, not a place: docs/extraction.md).
_SEATS = {
    "casa bianca": "Washington",
    "studio ovale": "Washington",
    "cremlino": "Mosca",
    "eliseo": "Parigi",
    "downing street": "Londra",
    "palazzo chigi": "Roma",
}
_SEAT = re.compile(
    r"(?<!\w)(?:alla|nella|al|nel|allo|nello|all['’]|a|presso\s+(?:la|il|lo|l['’]))\s*"
    r"(?P<seat>Casa Bianca|Studio Ovale|Cremlino|Eliseo|Downing Street|Palazzo Chigi)\b"
)
# "fonti vicine al Cremlino": near the seat as an actor, not at it.
_NEAR_SEAT = re.compile(r"\b(?:vicin|legat|fedel|grad|invis)[\w]*\s+$", re.IGNORECASE)
_SEAT_WORDS = ("Casa Bianca", "Studio Ovale", "Cremlino", "Eliseo", "Downing Street", "Chigi")


def _with_seats(
    text: str, places: list[tuple[int, int, str]], skip_to: int
) -> list[tuple[int, int, str]]:
    """The paragraph's places, with the city of each seat of government named as a venue."""
    if not has_any(text, _SEAT_WORDS):
        return places
    added = []
    for match in _SEAT.finditer(text, skip_to):
        start, end = match.span("seat")
        if any(s < end and start < e for s, e, _ in places):
            continue  # already a place of its own ("Studio Ovale" as a venue)
        if _NEAR_SEAT.search(text, max(0, match.start() - 20), match.start()):
            continue
        added.append((start, end, _SEATS[match.group("seat").lower()]))
    return sorted(places + added) if added else places


_UNDER_WAY = re.compile(r"\b(?:è|sono)\s+(?:ancora\s+|tuttora\s+|già\s+)?in corso\b", re.IGNORECASE)


def _under_way(text: str, sentence: Sentence, day: str) -> None:
    """ "È in corso il collegamento con Zelensky", "i colloqui sono in corso": today's."""
    if not day or not _UNDER_WAY.search(text, *sentence.span):
        return
    for mention in sentence.cues:
        if not mention.dates and not mention.generic and mention.kind != "planned":
            mention.dates = [day]


# "Tre ore di colloqui, ieri, a Ginevra, di fronte al palazzo che ospitò il vertice del 2004":
# what a year long past dates is history told in passing; only its own place ("i colloqui di
# Istanbul del 2022") makes it a meeting.
_OWN_PLACE_AFTER = re.compile(r"\s*(?:[a-zà-ù]+\s+)?(?:di|del|dell['’]|a|ad|in)\s*[A-Z]")


def _history(text: str, sentence: Sentence, day: str) -> None:
    if not day:
        return
    for mention in sentence.cues:
        years = [v for v in mention.dates if precision(v) == "year"]
        if not years or len(years) < len(mention.dates):
            continue
        if int(max(years)) > int(day[:4]) - 2:
            continue
        if _OWN_PLACE_AFTER.match(text, mention.end):
            continue
        mention.generic = True


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
            (ref.mention.start, ref.mention.end, ref.value)
        )
    for lists in table.values():
        for spans in lists:
            spans.sort()
    return table
