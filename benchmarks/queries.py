"""The fixed list of search queries the benchmark types, one character at a time.

Built from the generated corpus's people and places (so every name is in the corpus) with a
fixed random seed: full names, surnames, typos (a letter dropped, doubled, swapped or changed),
prefixes, places in Italian and English spellings, Italian dates. The same corpus always gives
the same list.
"""

from __future__ import annotations

import random

MIN_QUERIES = 200

# People the seed articles name, as a user would misspell them; they stay in part of the corpus.
KNOWN = ("witkof", "zelenski", "umerov", "kushner", "dmitirev", "rubio", "putin", "hnatov")
PLACE_SPELLINGS = ("Kyiv", "Kiev", "Geneva", "Moscow", "Warsaw", "Brussels", "Berlin", "Miami")
DATES = (
    "6 dicembre",
    "19 dicembre 2025",
    "dicembre 2025",
    "30 novembre",
    "novembre 2025",
    "1 gennaio 2026",
    "gennaio",
    "12 marzo",
    "marzo 2025",
    "21 giugno 2025",
    "agosto",
    "15 agosto 2025",
    "2025-12-06",
    "settembre 2025",
    "3 ottobre",
    "ottobre 2025",
    "28 febbraio 2026",
    "aprile 2026",
    "7 maggio",
    "luglio 2025",
    "dal 19 al 21 dicembre",
    "fine novembre",
    "2025",
    "22 dicembre 2025",
    "9 luglio",
    "10 settembre 2025",
    "maggio 2025",
    "13 novembre",
    "febbraio",
    "4 aprile 2025",
)


def typo(word: str, rng: random.Random) -> str:
    """One slip of the finger: a letter dropped, doubled, swapped with the next, or changed."""
    if len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:at] + word[at + 1 :]
    if kind == 1:
        return word[:at] + word[at] + word[at:]
    if kind == 2:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word[:at] + rng.choice("aeiouklmnrst") + word[at + 1 :]


def build_queries(people: list[str], places: list[str], seed: int = 7) -> list[str]:
    """At least MIN_QUERIES queries: names, typos, prefixes, places, Italian dates."""
    rng = random.Random(seed)
    people = sorted(people)
    places = sorted(places)
    chosen = rng.sample(people, min(len(people), 60))
    queries: list[str] = []
    queries += [name for name in chosen[:25]]  # full names, as typed
    queries += [name.split()[-1].lower() for name in chosen[25:45]]  # surnames, lower case
    queries += [typo(name.split()[-1].lower(), rng) for name in chosen]  # a misspelt surname
    queries += [name.split()[-1][: rng.randint(2, 4)].lower() for name in chosen[:30]]  # prefixes
    queries += list(KNOWN)
    queries += [typo(place.lower(), rng) for place in rng.sample(places, min(len(places), 15))]
    queries += rng.sample(places, min(len(places), 20))
    queries += list(PLACE_SPELLINGS)
    queries += list(DATES)
    while len(queries) < MIN_QUERIES:  # a tiny corpus: more typos of what there is
        queries.append(typo(rng.choice(people + places).lower(), rng))
    return queries


def keystrokes(queries: list[str]) -> list[str]:
    """Every prefix of every query, in typing order: what a search box sees."""
    return [query[:end] for query in queries for end in range(1, len(query) + 1)]
