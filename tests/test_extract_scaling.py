"""Extraction's shortcuts change nothing: each fast path is checked against the slow way.

The date scanner skips patterns whose key words a paragraph lacks and scans tense markers one
sentence at a time; these tests run both ways over real articles, a generated corpus and random
text built from the words the patterns key on, and compare the results.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from negoreader import calendar_words, extract
from negoreader.clean import clean_article
from negoreader.extract import (
    date_context,
    date_patterns,
    date_scan,
    dates,
    meetings,
    mentions,
    names,
)
from negoreader.extract.date_resolve import parse_day
from negoreader.extract.knowledge import load_knowledge
from negoreader.extract.meeting_mentions import people_spellings
from negoreader.extract.people import extract_people_and_places
from negoreader.manifest import read_index, read_seed
from negoreader.records import Article

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402

REFERENCE_DAY = date(2025, 12, 10)

# Pieces random text is built from: what the date patterns key on, in odd cases and shapes,
# and what stands around it.
_PIECES = (
    "dal 19 al 21 dicembre",
    "il 6 dicembre",
    "6 DIC 2025",
    "6 dic. 2025",
    "Dic",
    "sett.",
    "Mar",
    "mar",
    "primo gennaio",
    "1º",
    "1 º",
    "1°",
    "2nd",
    "December 6, 2025",
    "dicembre 22, 2025",
    "nel mese di novembre",
    "a gennaio",
    "entro la prima metà del mese di marzo 2026 scorso",
    "fine",
    "inizio",
    "metà",
    "tra il 3 e il 5 aprile",
    "il 6 e il 20 dicembre",
    "lunedì",
    "LUNEDÌ",
    "mercoledi",
    "venerdí",
    "Sunday",
    "la scorsa domenica",
    "ieri sera",
    "l’altro ieri",
    "l'altroieri",
    "dopo domani",
    "stamattina",
    "Oggi",
    "questo fine settimana",
    "weekend",
    "week-end",
    "la prossima settimana",
    "settimana scorsa",
    "l'anno scorso",
    "quest’anno",
    "il mese prossimo",
    "hanno",
    "Natale",
    "la vigilia di Natale",
    "Pasqua 2026",
    "nel 2025",
    "tra il 2014 e il 2022",
    "2100",
    "2025.",
    "10/12/2025",
    "10.12.25",
    "2025-12-06",
    "via 6 dicembre",
    "in 2000 hanno",
    "ha detto",
    "si terrà",
    "è stato ricevuto",
    "incontrarono",
    "parlò",
    "won't",
    "we'll",
    "in programma",
    "GENNAİO",
    "ſettembre",
    "gıovedì",
    "Paſqua",
    "Trump",
    "Miami",
    "colloqui",
    "e",
    "di",
    "del",
    "l’",
    "a",
)
_GLUE = (" ", " ", " ", "  ", ", ", ". ", "! ", "\n", " – ", "-", "/", "«", "» ", ": ", "(", ") ")


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 18)):
        parts.append(rng.choice(_PIECES))
        parts.append(rng.choice(_GLUE))
    return "".join(parts).strip()


def _articles(folder: Path) -> list[Article]:
    return [clean_article(read_seed(folder, entry)[0], entry.file) for entry in read_index(folder)]


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, date | None]]:
    """Every paragraph of the seeds, the unseen gold articles and a small generated corpus."""
    corpus = tmp_path_factory.mktemp("corpus")
    generate(corpus, 60, seed=5)
    found = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "gold" / "unseen", corpus / "seeds"):
        for article in _articles(folder):
            ref = parse_day(article.date)
            found += [(p.text, ref) for p in article.paragraphs]
    return found


def test_gated_date_scan_finds_what_a_full_scan_finds(
    paragraphs: list[tuple[str, date | None]],
) -> None:
    assert len(paragraphs) > 500
    for text, ref in paragraphs:
        assert date_scan.scan(text, ref) == date_scan.scan(text, ref, gated=False), text
        assert date_scan.scan(text, None) == date_scan.scan(text, None, gated=False), text


def test_gated_date_scan_on_random_text() -> None:
    rng = random.Random(11)
    found = 0
    for _ in range(3000):
        text = _random_text(rng)
        fast = date_scan.scan(text, REFERENCE_DAY)
        assert fast == date_scan.scan(text, REFERENCE_DAY, gated=False), text
        found += len(fast)
    assert found > 3000  # the random text is full of dates: the comparison means something


# The longest a month pattern can reach before its first month word and after its last.
_LONGEST = (
    (
        date_patterns.RE_MONTH,
        "entro la il prossimo prima metà del mese di mese di marzo 2026 scorso",
    ),
    (date_patterns.RE_DMY, "fino all’ il scorso lunedì 1 º di dicembre del 2025 prossimo"),
    (date_patterns.RE_RANGE, "tra il lunedì 1 º al martedì 2 º dicembre del 2025"),
    (date_patterns.RE_MDY, "fino all’ lunedì December 6th, 2025"),
)


def _spans(regex: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list:
    return [m.span() for m in regex.finditer(text, start, len(text) if end is None else end)]


def test_month_patterns_match_within_the_stretch_around_month_words(
    paragraphs: list[tuple[str, date | None]],
) -> None:
    rng = random.Random(13)
    filler = " ".join(["parola"] * 15)
    longest = [f"{filler} {phrase}, {filler}" for _, phrase in _LONGEST]
    for text in [t for t, _ in paragraphs] + [_random_text(rng) for _ in range(2000)] + longest:
        text = calendar_words.plain(text)
        clues = date_scan.Clues(text)
        for regex in date_scan.MONTH_PATTERNS:
            stretch = clues.stretch(regex)
            if stretch is None:
                assert not _spans(regex, text), text
            else:
                assert _spans(regex, text, *stretch) == _spans(regex, text), text
    for regex, phrase in _LONGEST:
        assert _spans(regex, phrase) == [(0, len(phrase))]
    # The bound is tight: "entro … mese di" is eleven words, "2026 scorso" two.
    words = re.findall(r"\w+", _LONGEST[0][1])
    assert words.index("marzo") == date_scan.MONTH_LEAD_WORDS - 1


def test_letters_that_match_only_ignoring_case_are_read_not_fatal() -> None:
    # re.IGNORECASE matches "ſ" to "s" and "ı" to "i": what it matched must be in the tables.
    assert dates.parse_date_query("6 ſettembre 2025") == "2025-09-06"
    assert dates.parse_date_query("GENNAİO 2026") == "2026-01"
    found = date_scan.scan("Paſqua 2026, gıovedì", REFERENCE_DAY)
    assert [f.value for f in found] == ["2026-04-05", "2025-12-04"]


def _markers_of_the_whole_text(text: str) -> list[tuple[int, int, str]]:
    """Tense markers as first written: every pattern over the whole text."""
    markers = []
    for m in date_context.RE_COMPOUND.finditer(text):
        participle = m["part"].lower()
        if participle not in date_context.NOT_PARTICIPLES:
            future = date_context.FUTURE_PARTICIPLE.search(participle)
            markers.append((m.start(), m.end(), "future" if future else "past"))
    markers += [(m.start(), m.end(), "past") for m in date_context.PAST_WORDS.finditer(text)]
    for m in date_context.PAST_ENDINGS.finditer(text):
        word = m.group().lower()
        if word not in date_context.NOT_PAST and not word.startswith(calendar_words.WEEKDAY_STEMS):
            markers.append((m.start(), m.end(), "past"))
    for m in date_context.FUTURE_WORDS.finditer(text):
        word = m.group().lower()
        if word.endswith(date_context.PAST_NOT_FUTURE):
            continue
        if word not in date_context.NOT_FUTURE and word not in date_context.REPORTIVE:
            markers.append((m.start(), m.end(), "future"))
    return markers


def _tense_with(
    markers: list[tuple[int, int, str]], ctx: date_context.Context, start: int, end: int
) -> str | None:
    """The tense of [start, end) from the given markers, as `Context.tense` decides it."""
    return ctx.tense_from(markers, start, end)


def test_tense_from_one_sentence_is_tense_from_the_whole_text(
    paragraphs: list[tuple[str, date | None]],
) -> None:
    rng = random.Random(12)
    texts = [text for text, _ in paragraphs] + [_random_text(rng) for _ in range(1500)]
    checked = 0
    for text in texts:
        ctx = date_context.Context(text, REFERENCE_DAY)
        markers = _markers_of_the_whole_text(text)
        # Every word as a mention: more places than the scanner asks about, none fewer.
        for word in re.finditer(r"\w+", text):
            assert ctx.tense(*word.span()) == _tense_with(markers, ctx, *word.span()), text
            checked += 1
    assert checked > 20000


def merge_by_scanning_all(groups: list, kinds: dict[str, str]) -> list:
    """Meetings merged the slow way: each report against every meeting so far, in order."""
    merged: list = []
    for group in groups:
        target = next((m for m in merged if meetings._same_meeting(m, group, kinds)), None)
        if target is None:
            merged.append(group)
            continue
        target.places += [p for p in group.places if p not in target.places]
        target.alternatives = target.alternatives or group.alternatives
        target.dates += [d for d in group.dates if d not in target.dates]
        target.context_date = target.context_date or group.context_date
        target.people += [p for p in group.people if p not in target.people]
        for article, paragraphs in group.sources.items():
            target.sources.setdefault(article, set()).update(paragraphs)
        target.days += group.days
        target.kinds += group.kinds
    return merged


def test_indexed_merge_of_meetings_is_a_scan_of_them_all(tmp_path: Path) -> None:
    generate(tmp_path, 250, seed=6)
    articles = [extract._with_dates(a) for a in _articles(tmp_path / "seeds")]
    found, people, places = extract_people_and_places(articles)
    kinds = {place.name: place.kind for place in places}
    spellings = meetings._place_spellings(places)
    who = people_spellings(people)

    def groups() -> list:
        return [g for a in found for g in meetings._article_groups(a, who, kinds, spellings)]

    fast = [meetings._meeting(g, kinds) for g in meetings._merge(groups(), kinds)]
    slow = [meetings._meeting(g, kinds) for g in merge_by_scanning_all(groups(), kinds)]
    assert len(fast) < len(groups())  # reports were merged: the comparison means something
    assert fast == slow


def test_names_pattern_finds_what_a_look_behind_first_finds(
    paragraphs: list[tuple[str, date | None]],
) -> None:
    knowledge = load_knowledge()
    names = list(knowledge.organisations)
    fast = mentions._names_pattern(names)
    alternatives = "|".join(
        re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True)
    )
    slow = re.compile(rf"(?<![\w@])(?:{alternatives})(?![\w])")
    rng = random.Random(14)
    glue = ("", " ", "@", "x", "’", "'", "\n", "-", ". ")
    texts = [t for t, _ in paragraphs]
    texts += ["".join(rng.choice(glue) + rng.choice(names) for _ in range(8)) for _ in range(2000)]
    found = 0
    for text in texts:
        spans = _spans(fast, text)
        assert spans == _spans(slow, text), text
        found += len(spans)
    assert found > 5000


def _tokens_one_by_one(text: str) -> list[tuple[str, int, int]]:
    """Tokens as first written: match by match, elisions split as they come."""
    tokens = []
    for match in names._TOKEN.finditer(text):
        word, start = match.group(), match.start()
        for mark in names.APOSTROPHES:
            head, sep, tail = word.partition(mark)
            kept = head == "D" and tail[:1].isupper()
            if sep and tail and head.lower() in names._ELISIONS and not kept:
                cut = start + len(head) + 1
                tokens.append((text[start:cut], start, cut))
                word, start = tail, cut
                break
        tokens.append((word, start, start + len(word)))
    return tokens


def test_tokens_by_running_sums_are_tokens_match_by_match(
    paragraphs: list[tuple[str, date | None]],
) -> None:
    rng = random.Random(15)
    pieces = ("dell’Ucraina", "D'Alema", "quell'altr'anno", "J.D.", "George W. Bush", "@Steve")
    pieces += ("Mar-a-Lago", "3,5", "po'", "«", "’", "anch'io", "D’Arco", "\n", "  ", "\t")
    texts = [t for t, _ in paragraphs] + ["", "   ", " a "]
    texts += [
        "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(12)) for _ in range(3000)
    ]
    for text in texts:
        assert [tuple(t) for t in names.tokenize(text)] == _tokens_one_by_one(text), text
