"""Search: fuzzy over people, places and dates, and full text over titles and bodies.

`SearchIndex` is built once per Library (normalised aliases, entity → articles); a query then
does no per-article work. Ranking: exact alias, whole word, prefix, then fuzzy (rapidfuzz OSA
similarity against whole aliases and against their words). Transliterations match through
aliases, not through a lower threshold: "kyiv" and "kiev" are two letters apart in four.
"""

from __future__ import annotations

import heapq
import re
import threading
import unicodedata
import weakref
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from negoreader.records import Article, Library, Span

# rapidfuzz and the date grammar are imported where first used: the reader imports this module
# as it opens the library, on a thread, and other modules want only TITLE and the types.

# Scores: the tier sets the order, so a fuzzy match never outranks a prefix match.
EXACT = 100.0
WHOLE_WORD = 95.0
PREFIX = 90.0
FUZZY_SCALE = 89.0  # fuzzy score = 89 x similarity (0–1), always below PREFIX
# A date query ("dicembre 2025") lists the dates inside the period first, then the periods
# around it, then those that only overlap it; within each, the closer in length the better.
DATE_INSIDE = 85.0
DATE_AROUND = 80.0
DATE_OVERLAP = 75.0

# Fuzzy similarity is OSA (Levenshtein that counts a swap of two neighbours as one edit), as a
# share of the longer string. Measured on the example typos, against words of the names:
#                      ratio  WRatio  partial  OSA
#   witkof/witkoff      92.3   92.3    100     85.7
#   dmitirev/dmitriev   87.5   87.5    87.5    87.5
#   dmitirev/dmitrev    93.3   93.3    100     87.5   (another name, one letter short)
#   zelenski/zelensky   87.5   87.5    93.3    87.5
#   ab/abdullah         40.0   90.0    100     25.0
#   witkof/witkowski    66.7   81.8    90.9    55.6
# WRatio and partial_ratio score any substring high, blurring typos with prefixes (which have
# their own tier). ratio counts a swapped pair as two edits, so "dmitirev" found a Dmitrev
# before Dmitriev in a 10,000-article corpus; OSA ties them and the articles decide.
# The cutoff, one wrong letter in five, keeps rubio/rubin (80) and drops kyiv/kiev (50).
FUZZY_CUTOFF = (
    0.799  # 0.8 less rapidfuzz's rounding (at 0.8 it drops 4 of 5); no query reaches 0.799
)
FUZZY_MIN_QUERY = 3  # one or two letters are a prefix, never a typo
# While a misspelt name is being typed ("dmitir…") it is compared with the beginnings of words
# of the same length, so results do not vanish between keystrokes. Shorter beginnings cannot
# reach the cutoff with even one wrong letter, so they are not kept.
HEAD_MIN = 5
HEAD_SCALE = 85.0  # below a whole-word typo of the same similarity
MAX_QUERY_CHARS = 64  # the normalised query scored; longer input is cut, never rejected
MAX_RAW_CHARS = 256  # raw input looked at before normalising
MAX_TEXT_WORDS = 8


# --- normalisation ---------------------------------------------------------------------------


class _FoldTable(dict[int, str]):
    """str.translate table: each character → one character, casefolded and without accents.

    One character for one keeps offsets in folded text equal to offsets in the original, so
    matched positions need no mapping back. Rare expansions (ß → ss) keep their first letter.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        folded = base.casefold()
        result = folded[0] if folded else char
        self[code] = result
        return result


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Casefolded, accents stripped, same length as `text` (offsets stay valid)."""
    return text.translate(_FOLD)


def search_key(text: str) -> tuple[str, tuple[int, ...]]:
    """The form names are compared in: folded, words of letters and digits, single spaces.

    Returns the key and, for each of its characters, the index of the character of `text` it
    came from (so a match in the key can be highlighted in the original).
    """
    folded = fold(text)
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(folded):
        if char.isalnum():
            chars.append(char)
            where.append(index)
        elif unicodedata.combining(char):
            continue  # a decomposed accent belongs to its letter, it does not split a word
        elif chars and chars[-1] != " ":
            chars.append(" ")
            where.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        where.pop()
    return "".join(chars), tuple(where)


# --- dates -----------------------------------------------------------------------------------


def _iso_bounds(value: str) -> tuple[int, int] | None:
    """First and last day (as ordinals) of an ISO day, month, year or interval; None if not one."""
    from negoreader.extract.dates import date_bounds

    bounds = date_bounds(value)
    return (bounds[0].toordinal(), bounds[1].toordinal()) if bounds else None


def _date_score(query: tuple[int, int], entity: tuple[int, int]) -> float | None:
    """How well a date entity answers a date query; None when their days do not overlap.

    The same test as `extract.dates.date_covers`, on bounds computed once per index.
    """
    overlap = min(query[1], entity[1]) - max(query[0], entity[0]) + 1
    if overlap <= 0:
        return None
    if entity == query:
        return EXACT
    share = overlap / (max(query[1], entity[1]) - min(query[0], entity[0]) + 1)
    if query[0] <= entity[0] and entity[1] <= query[1]:
        return DATE_INSIDE + 4 * share
    if entity[0] <= query[0] and query[1] <= entity[1]:
        return DATE_AROUND + 4 * share
    return DATE_OVERLAP + 4 * share


# --- the index -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One search result: the entity, how well it matched, and where."""

    name: str
    kind: str  # person, place, date
    score: float
    matched: str  # the alias (or date text) that matched
    positions: tuple[int, ...]  # matched character positions in `matched`
    articles: tuple[str, ...]


@dataclass(frozen=True)
class TextMatch:
    """An article whose title or body holds every word of a query, and where they stand.

    A span's paragraph is the index in `Article.paragraphs`; -1 stands for the title.
    """

    article: str
    spans: tuple[Span, ...]


TITLE = -1  # the paragraph index a span in an article's title carries


@dataclass(frozen=True)
class _Entity:
    name: str
    kind: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class _Alias:
    entity: int
    text: str
    key: str
    where: tuple[int, ...]  # key index → index in text


class _KindIndex:
    """The normalised aliases of one kind of entity, arranged for exact, prefix and fuzzy lookup."""

    def __init__(self, aliases: Sequence[Sequence[str]], base: int) -> None:
        self.aliases: list[_Alias] = []
        self.exact: dict[str, list[int]] = {}
        starts: list[tuple[str, int, int]] = []  # key from a word start, alias, offset
        choices: dict[str, list[tuple[int, int]]] = {}
        heads: dict[int, dict[str, list[tuple[int, int]]]] = {}  # length → word beginnings
        for number, names in enumerate(aliases):
            seen: set[str] = set()
            for text in names:
                key, where = search_key(text)
                if not key or text in seen:
                    continue
                seen.add(text)
                alias_index = len(self.aliases)
                self.aliases.append(_Alias(base + number, text, key, where))
                self.exact.setdefault(key, []).append(alias_index)
                choices.setdefault(key, []).append((alias_index, 0))
                offset = 0
                for word in key.split(" "):
                    starts.append((key[offset:], alias_index, offset))
                    if len(word) >= FUZZY_MIN_QUERY and len(word) < len(key):
                        choices.setdefault(word, []).append((alias_index, offset))
                    for length in range(HEAD_MIN, len(word)):
                        head = heads.setdefault(length, {})
                        head.setdefault(word[:length], []).append((alias_index, offset))
                    offset += len(word) + 1
        starts.sort()
        self.start_keys = [s[0] for s in starts]
        self.start_refs = [(s[1], s[2]) for s in starts]
        self.choices = (list(choices), list(choices.values()))
        self.heads = {n: (list(h), list(h.values())) for n, h in heads.items()}


Choices = tuple[list[str], list[list[tuple[int, int]]]]  # normalised strings → (alias, offset)


Found = dict[int, tuple[float, bool, str, tuple[int, ...]]]  # entity → score, is name, alias, pos


class SearchIndex:
    """Everything a query needs, computed once from a Library."""

    def __init__(self, library: Library) -> None:
        self._articles: tuple[Article, ...] = library.articles
        order = {
            a.id: (not a.date, a.date, i) for i, a in enumerate(library.articles)
        }  # by date, undated last, then as listed

        def by_date(ids: set[str]) -> tuple[str, ...]:
            return tuple(sorted(ids, key=order.__getitem__))

        self._entities: list[_Entity] = []
        self._kinds: dict[str, _KindIndex] = {}
        for kind, records, attr in (
            ("person", library.people, "people"),
            ("place", library.places, "places"),
        ):
            mentions: dict[str, set[str]] = {}
            for article in library.articles:
                for ref in getattr(article, attr):
                    mentions.setdefault(ref.name, set()).add(article.id)
            names: dict[str, list[str]] = {r.name: [r.name, *r.aliases] for r in records}
            for name in mentions:
                names.setdefault(name, [name])  # mentioned but missing from the records
            self._add_kind(
                kind, [(n, by_date(mentions.get(n, set())), a) for n, a in names.items()]
            )

        dates: dict[str, tuple[list[str], set[str]]] = {}
        for article in library.articles:
            for ref in article.dates:
                texts, ids = dates.setdefault(ref.value, ([], set()))
                if ref.text not in texts:
                    texts.append(ref.text)
                ids.add(article.id)
        first_date = len(self._entities)
        self._add_kind(
            "date", [(v, by_date(ids), [v, *texts]) for v, (texts, ids) in dates.items()]
        )
        # Each date's first alias is its own ISO value: what a date query shows as matched.
        own_value = {a.entity: a for a in reversed(self._kinds["date"].aliases)}
        self._date_bounds: list[tuple[_Alias, tuple[int, int]]] = [
            (own_value[first_date + i], bounds)
            for i, value in enumerate(dates)
            if (bounds := _iso_bounds(value)) is not None and first_date + i in own_value
        ]
        days = [a.day for a in library.articles if len(a.day) == 10 and _iso_bounds(a.day)]
        self.reference = date.fromisoformat(max(days)) if days else date.today()
        self._text: list[str] | None = None
        self._text_lock = threading.Lock()

    def _add_kind(self, kind: str, rows: list[tuple[str, tuple[str, ...], list[str]]]) -> None:
        base = len(self._entities)
        self._entities.extend(_Entity(name, kind, ids) for name, ids, _ in rows)
        self._kinds[kind] = _KindIndex([r[2] for r in rows], base)

    # --- entity search -------------------------------------------------------------------

    def search(self, query: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
        """People, places and dates matching `query`, best first."""
        if kind is not None and kind not in self._kinds:
            raise ValueError(f"unknown kind {kind!r}: expected one of {', '.join(self._kinds)}")
        if limit <= 0:
            return []
        raw = query[:MAX_RAW_CHARS]
        key = search_key(raw)[0][:MAX_QUERY_CHARS].rstrip()
        kinds = [self._kinds[kind]] if kind else list(self._kinds.values())
        found: Found = {}
        if kind in (None, "date") and self._dates(raw, found):
            # A date query finds dates by their days, not by their text: "6 dicembre" is not
            # "16 dicembre" nor, one letter off, "5 dicembre".
            kinds = [index for index in kinds if index is not self._kinds["date"]]
        if key:
            for index in kinds:
                self._exact_and_prefix(index, key, found)
        if len(key) >= FUZZY_MIN_QUERY and len(found) < limit:
            for index in kinds:
                self._fuzzy(index, key, found, limit)
        entities = self._entities

        def rank(item: tuple[int, tuple[float, bool, str, tuple[int, ...]]]) -> tuple:
            entity = entities[item[0]]
            return (-item[1][0], -len(entity.articles), entity.name)

        # A one-letter query can match thousands: rank them all, build Hits for the best only.
        best = heapq.nsmallest(limit, found.items(), key=rank)
        return [
            Hit(e.name, e.kind, score, alias, positions, e.articles)
            for number, (score, _, alias, positions) in best
            for e in (entities[number],)
        ]

    def _keep(self, found: Found, alias: _Alias, score: float, positions: tuple[int, ...]) -> None:
        is_name = alias.text == self._entities[alias.entity].name  # show the name on ties
        current = found.get(alias.entity)
        if current is None or (score, is_name) > current[:2]:
            found[alias.entity] = (score, is_name, alias.text, positions)

    def _exact_and_prefix(self, index: _KindIndex, key: str, found: Found) -> None:
        for alias_index in index.exact.get(key, ()):
            alias = index.aliases[alias_index]
            self._keep(found, alias, EXACT, tuple(alias.where))
        at = bisect_left(index.start_keys, key)
        while at < len(index.start_keys) and index.start_keys[at].startswith(key):
            alias_index, offset = index.start_refs[at]
            alias = index.aliases[alias_index]
            end = offset + len(key)
            whole = end == len(alias.key) or alias.key[end] == " "
            score = WHOLE_WORD if whole else PREFIX
            self._keep(found, alias, score, alias.where[offset:end])
            at += 1

    def _fuzzy(self, index: _KindIndex, key: str, found: Found, limit: int) -> None:
        self._fuzzy_over(index, index.choices, key, FUZZY_SCALE, found, limit)
        if " " not in key and len(key) in index.heads:
            self._fuzzy_over(index, index.heads[len(key)], key, HEAD_SCALE, found, limit)

    def _fuzzy_over(
        self, index: _KindIndex, choices: Choices, key: str, scale: float, found: Found, limit: int
    ) -> None:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA, Indel

        keys, refs = choices
        results = process.extract(
            key,
            keys,
            scorer=OSA.normalized_similarity,
            score_cutoff=FUZZY_CUTOFF,
            limit=max(limit * 4, 50),
        )
        for choice, similarity, number in results:
            # OSA gives no alignment; the longest common subsequence marks the letters that match.
            blocks = [b for b in Indel.opcodes(key, choice) if b.tag == "equal"]
            for alias_index, offset in refs[number]:
                alias = index.aliases[alias_index]
                positions = tuple(
                    alias.where[offset + i] for b in blocks for i in range(b.dest_start, b.dest_end)
                )
                self._keep(found, alias, similarity * scale, positions)

    def _dates(self, raw: str, found: Found) -> bool:
        """Date entities answering a date query; False when the query names no date."""
        from negoreader.extract.dates import parse_date_query

        value = parse_date_query(raw, self.reference)
        bounds = _iso_bounds(value) if value else None
        if bounds is None:
            return False
        for alias, entity_bounds in self._date_bounds:
            score = _date_score(bounds, entity_bounds)
            if score is not None:
                self._keep(found, alias, score, tuple(range(len(alias.text))))
        return True

    # --- full text -----------------------------------------------------------------------

    def full_text(self, query: str, limit: int = 20) -> list[TextMatch]:
        """Articles whose title or body holds every word of `query` (as a word start), best first.

        Ranked by how often the words occur, then in library order.
        """
        words = _query_words(query)
        if not words or limit <= 0:
            return []
        texts = self._folded_texts()
        rarest_first = sorted(words, key=len, reverse=True)  # long words rule articles out sooner
        candidates = []
        for number, text in enumerate(texts):
            if all(word in text for word in rarest_first):
                candidates.append((-sum(text.count(word) for word in words), number))
        candidates.sort()
        # Longest first, so "miami" wins over "mi" where both begin.
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, rarest_first)) + ")")
        results = []
        for _, number in candidates:
            article = self._articles[number]
            spans, seen = _spans(article, pattern)
            if seen >= set(words):  # a word met only inside another word does not count
                results.append(TextMatch(article.id, spans))
                if len(results) == limit:
                    break
        return results

    def _folded_texts(self) -> list[str]:
        """Each article's title and paragraphs, folded, built on the first full-text query."""
        with self._text_lock:
            if self._text is None:
                self._text = [
                    fold("\n".join([a.title, *(p.text for p in a.paragraphs)]))
                    for a in self._articles
                ]
            return self._text


def _query_words(query: str) -> list[str]:
    words = search_key(query[:MAX_RAW_CHARS])[0].split(" ")
    unique = list(dict.fromkeys(w[:MAX_QUERY_CHARS] for w in words if len(w) >= 2))
    return unique[:MAX_TEXT_WORDS]


def _spans(article: Article, pattern: re.Pattern[str]) -> tuple[tuple[Span, ...], set[str]]:
    spans = []
    seen: set[str] = set()
    blocks = [(TITLE, article.title), *((i, p.text) for i, p in enumerate(article.paragraphs))]
    for paragraph, text in blocks:
        for match in pattern.finditer(fold(text)):
            spans.append(Span(paragraph, match.start(), match.end()))
            seen.add(match.group())
    return tuple(spans), seen


# --- one index per Library -------------------------------------------------------------------

# Keyed by id(): a Library holds a dict, so it cannot be hashed cheaply, and equal libraries
# may be different objects anyway. The weak reference both checks that an id was not reused and
# drops the index when its Library goes away.
_INDEXES: dict[int, tuple[weakref.ref[Library], SearchIndex]] = {}
# Re-entrant: the collector may run `_forget` on this thread while index_for holds the lock.
_INDEXES_LOCK = threading.RLock()


def index_for(library: Library) -> SearchIndex:
    """The SearchIndex of this Library object, built on first use."""
    key = id(library)
    with _INDEXES_LOCK:
        entry = _INDEXES.get(key)
        if entry is not None and entry[0]() is library:
            return entry[1]
    index = SearchIndex(library)
    with _INDEXES_LOCK:
        _INDEXES[key] = (weakref.ref(library, _forget(key)), index)
    return index


def _forget(key: int) -> Callable[[weakref.ref[Library]], None]:
    def callback(ref: weakref.ref[Library]) -> None:
        with _INDEXES_LOCK:
            entry = _INDEXES.get(key)
            if entry is not None and entry[0] is ref:
                del _INDEXES[key]

    return callback


def search(library: Library, query: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
    """People, places and dates matching `query`, best first (see SearchIndex.search)."""
    return index_for(library).search(query, kind=kind, limit=limit)


def full_text_search(library: Library, query: str, limit: int = 20) -> list[TextMatch]:
    """Articles holding every word of `query` in title or body, with where (see full_text)."""
    return index_for(library).full_text(query, limit=limit)


__all__ = [
    "TITLE",
    "Hit",
    "SearchIndex",
    "TextMatch",
    "fold",
    "full_text_search",
    "index_for",
    "search",
    "search_key",
]
