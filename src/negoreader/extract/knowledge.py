"""The curated knowledge file (package data `knowledge.yaml`), loaded once and indexed.

The file's format is documented at its top. Everything here is a lookup by folded spelling, so
"KYIV", "Kyïv" and "kyiv" find the same place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from negoreader.extract.names import fold, name_key


@dataclass(frozen=True)
class KnownPerson:
    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    country: str = ""


@dataclass(frozen=True)
class KnownPlace:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = ""


@dataclass
class Knowledge:
    """Indexed contents of the knowledge file."""

    people: tuple[KnownPerson, ...] = ()
    places: tuple[KnownPlace, ...] = ()
    place_by_spelling: dict[str, KnownPlace] = field(default_factory=dict)
    person_by_spelling: dict[str, KnownPerson] = field(default_factory=dict)
    person_by_key: dict[tuple[str, ...], KnownPerson] = field(default_factory=dict)
    demonym_country: dict[str, str] = field(default_factory=dict)
    organisations: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    ranks: tuple[str, ...] = ()
    person_cues: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()
    office_words: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()

    def place(self, spelling: str) -> KnownPlace | None:
        return self.place_by_spelling.get(fold(spelling))

    def person(self, spelling: str) -> KnownPerson | None:
        found = self.person_by_spelling.get(fold(spelling))
        return found or self.person_by_key.get(name_key(spelling))

    def country_of_demonym(self, word: str) -> str:
        return self.demonym_country.get(fold(word), "")

    def is_given_name(self, word: str) -> bool:
        return fold(word) in self.given_names

    def is_function_word(self, word: str) -> bool:
        return fold(word) in self.function_words

    def is_office_word(self, word: str) -> bool:
        return fold(word) in self.office_words


def _words(value: object) -> list[str]:
    if isinstance(value, str):
        return value.split()
    return [str(v) for v in value or ()]


def parse_knowledge(data: dict) -> Knowledge:
    """Index the parsed YAML of a knowledge file."""
    people = tuple(
        KnownPerson(
            name=entry["name"],
            aliases=tuple(entry.get("aliases") or ()),
            role=entry.get("role", ""),
            country=entry.get("country", ""),
        )
        for entry in data.get("people") or ()
    )
    places = [
        KnownPlace(entry["name"], tuple(entry.get("aliases") or ()), entry.get("kind", ""))
        for entry in data.get("places") or ()
    ]
    places += [
        KnownPlace(str(names[0]), tuple(str(n) for n in names[1:]), "country")
        for names in data.get("countries") or ()
    ]
    knowledge = Knowledge(
        people=people,
        places=tuple(places),
        organisations=tuple(str(o) for o in data.get("organisations") or ()),
        roles=tuple(data.get("roles") or ()),
        ranks=tuple(data.get("ranks") or ()),
        person_cues=frozenset(fold(w) for w in _words(data.get("person_cues"))),
        thing_nouns=frozenset(fold(w) for w in _words(data.get("thing_nouns"))),
        office_words=frozenset(fold(w) for w in _words(data.get("office_words"))),
        function_words=frozenset(fold(w) for w in _words(data.get("function_words"))),
        given_names=frozenset(fold(w) for w in _words(data.get("given_names"))),
    )
    for place in places:
        for spelling in (place.name, *place.aliases):
            knowledge.place_by_spelling.setdefault(fold(spelling), place)
    for person in people:
        for spelling in (person.name, *person.aliases):
            knowledge.person_by_spelling.setdefault(fold(spelling), person)
            if not spelling.startswith("@"):
                knowledge.person_by_key.setdefault(name_key(spelling), person)
    for country, forms in (data.get("demonyms") or {}).items():
        for form in _words(forms):
            knowledge.demonym_country[fold(form)] = str(country)
    return knowledge


@cache
def load_knowledge() -> Knowledge:
    """The knowledge file shipped with the package, parsed once."""
    text = resources.files("negoreader").joinpath("data", "knowledge.yaml").read_text("utf-8")
    # The C loader when libyaml is there: the pure-Python one takes ten times as long.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return parse_knowledge(yaml.load(text, Loader=loader) or {})
