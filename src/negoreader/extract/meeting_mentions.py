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

from itertools import pairwise

from negoreader.extract.meeting_cues import (
    FAMILY,
    Mention,
    Sentence,
    cues_of,
    elided_ordinal,
)
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
        for number, sentence in enumerate(sentences):
            span = sentence.span
            sentence.places = within(places, span)
            sentence.dates = within(dates, span)
            if sentence.cues:
                tie(text, sentence, kinds, authors.get(index, ""))
                unsettle(text, sentence)
                dated_from_reference(text, sentence, article.date[:10])
                if "stess" in text[span[0] : span[1]]:  # "nello stesso albergo"
                    earlier = [m for s in sentences[:number] for m in s.cues]
                    same_place_as_before(text, sentence, mentions + earlier)
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
