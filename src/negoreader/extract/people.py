"""People and places across the corpus: find mentions, unify spellings, give roles.

`extract_people_and_places` scans every paragraph (mentions.py), groups full names whose
spellings are transliteration variants (Zelensky/Zelenskyy, Andriy/Andrii Hnatov), then resolves
what a single paragraph cannot: a surname alone ("Rubio", "Trump") becomes the full name seen in
the same article, elsewhere in the corpus or in the knowledge file; a social handle (@SteveWitkoff,
@jaredkushner) becomes the person whose name its letters spell; a name in Cyrillic becomes the
person its transliteration matches. Unresolved single words become a person only after role
words ("il ministro Fidan") and a place only after a place cue ("a Tampere").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from negoreader.extract.knowledge import Knowledge, KnownPerson, load_knowledge
from negoreader.extract.mentions import Candidate, ParagraphScanner
from negoreader.extract.names import compact, fold, name_key, split_handle, transliterate, word_key
from negoreader.extract.places import PlaceCluster, PlaceIndex, venue_key
from negoreader.extract.roles import Role
from negoreader.records import Article, EntityRef, Person, Place, Span

_MIN_HANDLE_SURNAME = 4
_SAME_GIVEN_NAME = 82  # rapidfuzz ratio: dmitro/dmitri 83 meet; maria/mario, ivan/ivanka 80 do not


@dataclass(eq=False)
class PersonCluster:
    """One person: the spellings seen, the roles the texts give."""

    known: KnownPerson | None
    keys: set[tuple[str, ...]] = field(default_factory=set)
    spellings: Counter[str] = field(default_factory=Counter)
    full_spellings: Counter[str] = field(default_factory=Counter)
    roles: list[Role] = field(default_factory=list)
    # The fullest spelling, asked for each time a surname is looked up; forgotten when a
    # spelling is added (PersonIndex._add_key).
    _fullest: tuple[str, ...] | None = field(default=None, init=False, repr=False)

    @property
    def surname(self) -> str:
        longest = self._longest()
        return longest[-1] if longest else ""

    @property
    def given(self) -> tuple[str, ...]:
        return self._longest()[:-1]

    def _longest(self) -> tuple[str, ...]:
        # The fullest spelling decides surname and first names (ties: the first in order).
        if self._fullest is None:
            self._fullest = min(self.keys, key=lambda k: (-len(k), k)) if self.keys else ()
        return self._fullest

    @property
    def name(self) -> str:
        if self.known:
            return self.known.name
        pool = self.full_spellings or self.spellings
        return min(pool, key=lambda s: (-pool[s], -len(s), s))

    def person(self) -> Person:
        name = self.name
        aliases = set(self.spellings) | set(self.known.aliases if self.known else ())
        aliases.discard(name)
        # An office given anywhere beats a rank ("generale") given elsewhere, however often;
        # then the role given most often, ties going to the shorter, plainer wording.
        offices = [r for r in self.roles if r.text and not r.rank] or self.roles
        roles = Counter(r.text for r in offices if r.text)
        role = min(roles, key=lambda r: (-roles[r], len(r), r)) if roles else ""
        countries = Counter(r.country for r in self.roles if r.country)
        country = min(countries, key=lambda c: (-countries[c], c)) if countries else ""
        if self.known:
            role = role or self.known.role
            country = country or self.known.country
        return Person(name, tuple(sorted(aliases, key=lambda a: (fold(a), a))), role, country)


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """First names that may be one person's: missing, one within the other, or close spellings
    with the same initial (Dmytro/Dmitry), never two different names (Donald/Ivanka)."""
    if not a or not b:
        return True
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    return a[0][:1] == b[0][:1] and fuzz.ratio(a[0], b[0]) >= _SAME_GIVEN_NAME


class PersonIndex:
    """Groups person spellings into clusters, knowledge entries first."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.clusters: list[PersonCluster] = []
        self._by_known: dict[str, PersonCluster] = {}
        self._by_key: dict[tuple[str, ...], PersonCluster] = {}
        self._by_surname: dict[str, list[PersonCluster]] = {}
        for known in knowledge.people:
            cluster = self._new(known)
            self._by_known[known.name] = cluster
            for spelling in (known.name, *known.aliases):
                if len(name_key(spelling)) > 1:
                    self._add_key(cluster, name_key(spelling))

    def _new(self, known: KnownPerson | None) -> PersonCluster:
        cluster = PersonCluster(known)
        self.clusters.append(cluster)
        return cluster

    def _add_key(self, cluster: PersonCluster, key: tuple[str, ...]) -> None:
        cluster.keys.add(key)
        cluster._fullest = None
        self._by_key.setdefault(key, cluster)
        pool = self._by_surname.setdefault(key[-1], [])
        if cluster not in pool:
            pool.append(cluster)

    def _with_surname(self, surname: str) -> list[PersonCluster]:
        return [c for c in self._by_surname.get(surname, ()) if c.surname == surname]

    def full_name(self, spelling: str, known: KnownPerson | None) -> PersonCluster:
        """The cluster of a full name, created when no spelling variant is known."""
        key = name_key(spelling)
        cluster = self._by_known.get(known.name) if known else None
        cluster = cluster or self._by_key.get(key)
        if cluster is None:
            cluster = next(
                (c for c in self._with_surname(key[-1]) if _given_compatible(c.given, key[:-1])),
                None,
            )
        if cluster is None:
            cluster = self._new(None)
        self._add_key(cluster, key)
        return cluster

    def is_surname(self, word: str) -> bool:
        """Whether some full name seen so far ends with this word."""
        return bool(self._with_surname(word_key(word)))

    def by_surname(self, word: str, local: list[PersonCluster]) -> PersonCluster | None:
        """The person a surname alone names: the article's own first, then a unique one."""
        key = word_key(word)
        everyone = self._with_surname(key)
        local_matches = [c for c in local if c in everyone]
        if local_matches:
            return local_matches[0] if len(local_matches) == 1 else None
        if len(everyone) == 1:
            return everyone[0]
        # "Trump" in an article that names no one of that surname in full, in a corpus where
        # "Melania Trump" appears too: the one the knowledge file lists, when it lists one.
        known = [c for c in everyone if c.known]
        return known[0] if len(known) == 1 else None

    def by_handle(self, handle: str, local: list[PersonCluster]) -> PersonCluster | None:
        """The person whose name the handle's letters spell (@SteveWitkoff, @ZelenskyyUa)."""
        letters = compact(handle)
        shape = word_key(letters)
        words = tuple(word_key(w) for w in split_handle(handle).split())
        for pool in (local, self.clusters):
            matches = []
            for cluster in pool:
                forms = {"".join(key) for key in cluster.keys}
                if (
                    any(shape.startswith(f) for f in forms if f)
                    or (len(cluster.surname) >= _MIN_HANDLE_SURNAME and cluster.surname in shape)
                    or (words and len(words) > 1 and words in cluster.keys)
                ):
                    matches.append(cluster)
            if len(matches) == 1:
                return matches[0]
        return None

    def by_transliteration(self, spelling: str) -> PersonCluster | None:
        key = name_key(transliterate(spelling))
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        matches = [c for c in self._with_surname(key[-1]) if _given_compatible(c.given, key[:-1])]
        return matches[0] if len(matches) == 1 else None

    def single(self, word: str) -> PersonCluster:
        """A person known only by one word ("il ministro Fidan")."""
        key = (word_key(word),)
        cluster = self._by_key.get(key)
        if cluster is None:
            cluster = self._new(None)
            self._add_key(cluster, key)
        return cluster


@dataclass(slots=True)
class _Found:
    """A resolved mention in one article."""

    span: Span
    person: PersonCluster | None = None
    place: PlaceCluster | None = None


def scan_article(article: Article, scanner: ParagraphScanner) -> list[Candidate]:
    """The candidates of one article, every paragraph in order: the step that needs no corpus."""
    return [c for i, p in enumerate(article.paragraphs) for c in scanner.scan(i, p.text)]


def extract_people_and_places(
    articles: Sequence[Article],
    knowledge: Knowledge | None = None,
    scanned: list[Sequence[Candidate] | None] | None = None,
) -> tuple[list[Article], tuple[Person, ...], tuple[Place, ...]]:
    """Fill each article's people and places; return them with the corpus-wide entities.

    `scanned`, when given, holds each article's `scan_article` result (made elsewhere, e.g. in
    worker processes); the list is emptied as the articles are resolved.
    """
    knowledge = knowledge or load_knowledge()
    people = PersonIndex(knowledge)
    places = PlaceIndex(knowledge)
    if scanned is None:
        scanner = ParagraphScanner(knowledge)
        scanned = [scan_article(article, scanner) for article in articles]  # type: ignore[misc]
    # First every full name everywhere, so that a surname can find one from another article.
    # Each article's candidates are kept (one list per article) until they are resolved, then
    # dropped: at 10,000 articles they are a good part of the memory the load needs.
    full_by_article: list[dict[tuple[int, int], PersonCluster]] = []
    # Unknown places a cue revealed somewhere: the same word elsewhere, with no cue, is one too
    # ("una sala del Ritz-Carlton" in one article, "al Ritz-Carlton" in the next).
    seen_places: set[str] = set()
    cued_singles: set[str] = set()  # places unless they turn out to be surnames
    for candidates in scanned:
        full: dict[tuple[int, int], PersonCluster] = {}
        for c in candidates or ():
            if c.kind == "person" and (c.known_person or len(c.text.split()) > 1):
                full[(c.paragraph, c.start)] = people.full_name(c.text, c.known_person)
            elif c.kind == "place" and not c.known_place:
                seen_places.add(venue_key(c.text))
            elif c.kind == "single" and c.place_kind and not c.role_cue:
                cued_singles.add(c.text)
        full_by_article.append(full)
    seen_places.update(venue_key(s) for s in cued_singles if not people.is_surname(s))
    found_by_article: list[list[_Found] | None] = []
    for number, full in enumerate(full_by_article):
        local = list(dict.fromkeys(full.values()))
        found = []
        for c in scanned[number] or ():
            if c.kind == "single" and "-" in c.text:
                pair = _pair_of_people(c, people, local)
                if pair:
                    found += [_record(part, cluster, places) for part, cluster in pair]
                    continue
            resolved = _resolve(c, full.get((c.paragraph, c.start)), people, local, seen_places)
            if resolved:
                found.append(_record(c, resolved, places))
        scanned[number] = None
        found_by_article.append(found)
    # Names are final only now: the most frequent spelling may come from a later article.
    finished = []
    mentioned: set[int] = set()
    for number, article in enumerate(articles):
        found = found_by_article[number] or []
        mentioned.update(id(f.person) for f in found if f.person)
        finished.append(_with_refs(article, found))
        found_by_article[number] = None
    persons = sorted(
        (c.person() for c in people.clusters if id(c) in mentioned),
        key=lambda p: (fold(p.name), p.name),
    )
    return finished, tuple(persons), places.places()


def _resolve(
    c: Candidate,
    cluster: PersonCluster | None,
    people: PersonIndex,
    local: list[PersonCluster],
    seen_places: set[str],
) -> PersonCluster | str | None:
    """A person cluster, "place", or None when the candidate is dropped."""
    if cluster is not None:
        return cluster
    if c.kind == "place":
        return "place"
    if c.kind == "person":  # one word the knowledge file spells in full, e.g. an alias
        return people.full_name(c.text, c.known_person)
    if c.kind == "handle":
        return people.by_handle(c.text, local)
    if c.kind == "cyrillic":
        return people.by_transliteration(c.text)
    if c.kind == "single":
        person = people.by_surname(c.text, local)
        if person:
            return person
        if c.role_cue:
            return people.single(c.text)
        if c.place_kind or (seen_places and fold(c.text) in seen_places):
            return "place"
    return None


def _pair_of_people(
    c: Candidate, people: PersonIndex, local: list[PersonCluster]
) -> list[tuple[Candidate, PersonCluster]]:
    """ "il vertice Trump-Putin", "l'incontro Witkoff-Dmitriev": surnames joined by a hyphen,
    each of a person seen in full; [] when any part is not ("Lvova-Belova", "Ritz-Carlton")."""
    if c.known_person or people.by_surname(c.text, local):
        return []
    pair = []
    offset = c.start
    for part in c.text.split("-"):
        cluster = people.by_surname(part, local) if part[:1].isupper() else None
        if cluster is None:
            return []
        pair.append((replace(c, start=offset, end=offset + len(part), text=part), cluster))
        offset += len(part) + 1
    return pair if len(pair) > 1 else []


def _record(c: Candidate, resolved: PersonCluster | str, places: PlaceIndex) -> _Found:
    span = Span(c.paragraph, c.start, c.end)
    if isinstance(resolved, PersonCluster):
        resolved.spellings[c.text] += 1
        if c.kind == "person" and len(c.text.split()) > 1:
            resolved.full_spellings[c.text] += 1
        if c.role:
            resolved.roles.append(c.role)
        return _Found(span, person=resolved)
    return _Found(span, place=places.add(c.text, c.place_kind))


def _with_refs(article: Article, found: list[_Found]) -> Article:
    people: dict[str, list[Span]] = {}
    places: dict[str, list[Span]] = {}
    for f in found:
        if f.person:
            people.setdefault(f.person.name, []).append(f.span)
        elif f.place:
            places.setdefault(f.place.name, []).append(f.span)
    return replace(
        article,
        people=_by_first_mention([EntityRef(n, tuple(sorted(s))) for n, s in people.items()]),
        places=_by_first_mention([EntityRef(n, tuple(sorted(s))) for n, s in places.items()]),
    )


def _by_first_mention(refs: list[EntityRef]) -> tuple[EntityRef, ...]:
    return tuple(sorted(refs, key=lambda r: (r.mentions[0], r.name)))
