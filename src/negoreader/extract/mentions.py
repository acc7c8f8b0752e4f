"""First pass over a paragraph: the candidate mentions of people and places, with their cues.

Capitalised word sequences are cut into known people and places (longest spelling first) and
unknown stretches; an unknown stretch becomes a person (first name, role words, apposition, or a
mid-sentence name shape), a place (a cue before it, a venue word, the dateline), or — when it is a
single word — a candidate the corpus-wide pass resolves (a surname seen elsewhere, a role cue, a
place cue). Organisations and outlets are blanked out first, so they never become either.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from negoreader.extract.knowledge import Knowledge, KnownPerson, KnownPlace
from negoreader.extract.names import Token, fold, has_cyrillic, tokenize
from negoreader.extract.places import (
    AGREEMENT_WORDS,
    BUILDING_WORDS,
    PLACE_ADJECTIVES,
    SAINT_WORDS,
    STREET_PREPOSITIONS,
    STREET_WORDS,
    VENUE_HEADS,
    VENUE_JOINERS,
    VENUE_WORDS,
    WATER_WORDS,
    place_after,
    place_cue,
    toponym_shape,
)
from negoreader.extract.roles import LIST_REACH, Role, RoleFinder
from negoreader.records import pickled_by_fields

# "Minsk II", "gli accordi di Minsk": a cheap test on the paragraph before the token check,
# derived from the same words (the stems match any case of their first and last letter).
_AGREEMENT_NUMERALS = frozenset({"II", "III", "IV", "bis"})
_AGREEMENT_STEMS = frozenset(word[1:-1] for word in AGREEMENT_WORDS)

# Particles inside a name: "Ursula von der Leyen", "Mohammed bin Salman".
_PARTICLES = {"von", "van", "der", "den", "de", "bin", "ibn", "al", "el", "dos", "du", "le"}
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben)-[^\W\d_]", re.UNICODE)
_ROMAN = re.compile(r"[IVXLC]+")
# Not ":" — in Italian a colon is followed by lower case, so a capital there is a name.
_SENTENCE_OPENERS = {".", "!", "?", "…", "“", "«", '"', "—", "–", "-", "(", "•", "|"}
_ARTICLES_AND_PREPOSITIONS = {
    "il", "lo", "la", "l'", "i", "gli", "le", "un", "una", "uno", "un'", "di", "del", "della",
    "dello", "dei", "degli", "delle", "dell'", "d'", "a", "ad", "al", "alla", "allo", "ai",
    "agli", "alle", "all'", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall'",
    "in", "nel", "nella", "nello", "nei", "negli", "nelle", "nell'", "su", "sul", "sulla",
    "sullo", "sui", "sugli", "sulle", "sull'", "per", "tra", "fra", "con", "the", "of",
}  # fmt: skip
_DATELINE = re.compile(
    r"\s*(?P<place>[^\W\d_][^\W\d_’'.-]*(?: [^\W\d_][^\W\d_’'.-]*){0,3}),\s+\d{1,2}°?\s+[^\W\d_]+\s+\d{4}"
)
_MAX_NAME_WORDS = 4
_STREET_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(STREET_WORDS))})\s$")
# Not "Nella foto: X e Y", which says who is pictured.
_CREDIT = re.compile(
    r"(?:©|(?<!nella )(?<!in )\b(?:foto|photo|ph|credits?|crediti)\s*:)[^)\]\n]*"
    # "(foto Epa/Name)", "(Foto Reuters/Name)": an agency and a photographer in brackets
    r"|(?<=\()(?:foto|photo|ph)\s+[^()\n]{1,80}(?=\))",
    re.IGNORECASE,
)
_CREDIT_HINTS = ("oto", "OTO", "redit", "REDIT", "ph", "Ph", "PH")
_FOREIGN_ARTICLES = {"Le", "La", "Les", "Los", "Las", "El"}
_BARE_PREPOSITIONS = {"a", "ad", "di", "da", "in"}
# "con Mikko Virtanen", "guidata da Mikko Virtanen", "tra Mikko Virtanen e …": people.
_PERSON_PREPOSITIONS = {"con", "da", "tra", "fra"}
_REPEATED_PREPOSITIONS = {"a", "ad", "da", "di", "in", "verso", "per", "su"}
_MAX_HEADING_WORDS = 15
_ROLE_WINDOW = 20  # tokens either side of a name
# Venue words that are part of a building's name: "l'hotel Ritz-Carlton" is "Hotel Ritz-Carlton".
_NAMED_BUILDINGS = frozenset(
    {
        "hotel",
        "palazzo",
        "villa",
        "castello",
        "resort",
        "monastero",
        "cattedrale",
        "basilica",
        "parco",
    }
)
# Words a preposition joins to the capitalised name after it: "Palazzo delle Nazioni",
# "Mare del Nord", "Lago di Garda".
_JOINED_WORDS = frozenset(VENUE_WORDS | WATER_WORDS)


@pickled_by_fields  # the loader's workers send candidates back: half the pickling time
@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch of a paragraph that may name a person or a place.

    kind: "person" (a full name), "place", "single" (one capitalised word, resolved later),
    "handle" (@name) or "cyrillic" (a name in Cyrillic, matched to a known person later).
    """

    paragraph: int
    start: int
    end: int
    text: str
    kind: str
    known_person: KnownPerson | None = None
    known_place: KnownPlace | None = None
    role: Role | None = None
    place_kind: str = ""
    role_cue: bool = False


def _names_pattern(names: list[str]) -> re.Pattern[str]:
    """Any of the names, longest first, standing alone: not inside a word or a handle.

    Written "(?<![\\w@])(?:Axios|…)" it costs a full attempt at every position of the text; with
    the look-behind after each name's first letter ("A(?<![\\w@].)xios", the same test: the
    character before the name) the alternatives open on literals, which the engine skips to.
    """

    def alternative(name: str) -> str:
        first, rest = (re.escape(part).replace("'", "['’]") for part in (name[0], name[1:]))
        return rf"{first}(?<![\w@].){rest}"

    ordered = sorted(names, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(alternative(n) for n in ordered)})(?![\w])")


@cache
def _organisation_pattern(organisations: tuple[str, ...]) -> re.Pattern[str]:
    return _names_pattern(list(organisations))


def _particle_place_pattern(places: tuple[KnownPlace, ...]) -> re.Pattern[str] | None:
    spellings = {
        s
        for place in places
        for s in (place.name, *place.aliases)
        if any(w.islower() for w in s.split()) or "'" in s
    }
    return _names_pattern(list(spellings)) if spellings else None


def _coordinated_places(tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """ "a Kramatorsk e Sloviansk": a word joined by "e"/"o" to a place is a place too."""
    kinds: dict[int, str] = {}
    result = []
    index_at: dict[int, int] = {}
    for c in sorted(found, key=lambda c: c.start):
        if c.kind == "single" and not c.place_kind and not c.role_cue:
            index_at = index_at or {t.start: i for i, t in enumerate(tokens)}
            index = index_at.get(c.start)
            if index is not None:
                kind = _coordinated_kind(tokens, index, kinds)
                if kind:
                    c = replace(c, place_kind=kind)
        if c.kind == "place":
            kinds[c.end] = c.place_kind or (c.known_place.kind if c.known_place else "") or "city"
        elif c.kind == "single" and c.place_kind:
            kinds[c.end] = c.place_kind
        result.append(c)
    return result


def _venue_before(tokens: list[Token], index: int) -> bool:
    """A lower-case venue word a few adjectives before: "la base militare congiunta X"."""
    # Walk back over lower-case adjectives only: an article or preposition between stops it
    # ("in base a X" is according to X, "il centro studi di X" names the institute).
    if not index or tokens[index - 1].text in _ARTICLES_AND_PREPOSITIONS:
        return False  # most names: "a Kiev", "il ministro" (a quick answer before the walk)
    for token in reversed(tokens[max(0, index - 3) : index]):
        if not (token.is_word and token.text.islower()):
            return False
        word = fold(token.text)
        if word in VENUE_WORDS:
            return True
        if word in _ARTICLES_AND_PREPOSITIONS:
            return False
    return False


def _coordinated_kind(tokens: list[Token], index: int, kinds: dict[int, str]) -> str:
    """ "X e Y", "X e da Y", "X o a Y" where X is a place: Y's kind, or ''."""
    words = [fold(t.text) for t in tokens[max(0, index - 3) : index]]
    if len(words) >= 2 and words[-1] in {"e", "ed", "o"}:
        return kinds.get(tokens[index - 2].end, "")
    if len(words) == 3 and words[-2] in {"e", "ed", "o"} and words[-1] in _REPEATED_PREPOSITIONS:
        return kinds.get(tokens[index - 3].end, "")
    return ""


class ParagraphScanner:
    """Finds candidates in paragraphs, using the knowledge file's word lists."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.organisations = _organisation_pattern(knowledge.organisations)
        self.roles = RoleFinder(knowledge, self.could_be_name)
        self.particle_places = _particle_place_pattern(knowledge.places)
        self._organisation_words = frozenset(fold(o) for o in knowledge.organisations)
        # Lookups by spelling, asked again and again across a corpus: remembered.
        self._name_words: dict[str, bool] = {}
        self._people: dict[str, KnownPerson | None] = {}
        self._places: dict[str, KnownPlace | None] = {}
        self._word_classes: dict[str, tuple[bool, bool, bool]] = {}
        self._could_be_names: dict[str, bool] = {}
        self._folded_tokens: list[Token] | None = None
        self._folded: list[str] = []

    def could_be_name(self, token: Token) -> bool:
        """A capitalised word that is not an institution, a function word, a place or a demonym."""
        # A function of the word alone, asked around every name the roles look at: remembered.
        known = self._could_be_names.get(token.text)
        if known is None:
            known = self._could_be_names[token.text] = self._could_be_name(token)
        return known

    def _could_be_name(self, token: Token) -> bool:
        k = self.knowledge
        return (
            token.is_word
            and token.is_capitalised
            and not k.is_office_word(token.text)
            and not k.is_function_word(token.text)
            and not k.country_of_demonym(token.text)
            and k.place(token.text) is None
            and fold(token.text) not in self._organisation_words  # "la commissaria Ue X"
        )

    def scan(self, paragraph: int, text: str) -> list[Candidate]:
        tokens = tokenize(text)
        if "-" in text:
            tokens = self._split_compounds(tokens)
        blocked = self._blocked(text, tokens)
        found: list[Candidate] = []
        starts: list[int] = []
        # Known places with lower-case words ("Corea del Sud") are not capitalised sequences.
        for match in self.particle_places.finditer(text) if self.particle_places else ():
            start, end = match.span()
            starts = starts or [t.start for t in tokens]
            first = bisect_left(starts, start)
            inside = set()
            for i in range(first, len(tokens)):
                if tokens[i].end > end:
                    break
                inside.add(i)
            if inside & blocked:
                continue
            known = self.knowledge.place(match.group())
            found.append(
                Candidate(paragraph, start, end, match.group(), "place", known_place=known)
            )
            blocked |= inside
        dateline = _DATELINE.match(text) if paragraph < 8 else None
        if dateline:
            start, end = dateline.span("place")
            place = dateline.group("place")
            known = self.knowledge.place(place)
            found.append(
                Candidate(
                    paragraph, start, end, place, "place", known_place=known, place_kind="city"
                )
            )
            blocked |= {i for i, t in enumerate(tokens) if t.start < end}
        title_case = _is_title_case(tokens)
        cyrillic = has_cyrillic(text)
        for run in self._runs(text, tokens, blocked):
            found += self._classify_run(paragraph, text, tokens, run, title_case, cyrillic)
        found = _coordinated_places(tokens, found)
        if any(c.kind == "place" for c in found) and (
            any(stem in text for stem in _AGREEMENT_STEMS)
            or any(f" {numeral}" in text for numeral in _AGREEMENT_NUMERALS)
        ):
            index_at = {t.start: i for i, t in enumerate(tokens)}
            found = [
                c
                for c in found
                if not (c.kind == "place" and _in_agreement_name(tokens, c, index_at))
            ]
        for i, token in enumerate(tokens if "@" in text else ()):
            if token.is_handle and i not in blocked:
                found.append(Candidate(paragraph, token.start, token.end, token.text, "handle"))
        return found

    def _split_compounds(self, tokens: list[Token]) -> list[Token]:
        """ "Usa-Ucraina" → "Usa", "Ucraina" when a part is a known place."""
        result: list[Token] = []
        for token in tokens:
            if "-" in token.text and self._is_place_compound(token):
                offset = token.start
                for part in token.text.split("-"):
                    if part:
                        result.append(Token(part, offset, offset + len(part)))
                    offset += len(part) + 1
            else:
                result.append(token)
        return result

    def _is_place_compound(self, token: Token) -> bool:
        if "-" not in token.text:
            return False
        parts = token.text.split("-")
        if len(parts) < 2 or not token.is_capitalised or self.knowledge.place(token.text):
            return False
        named = [p for p in parts if p and p[0].isupper()]
        known = [bool(self.knowledge.place(p)) for p in named]
        # "Usa-Ucraina", "vertice Ue-Russia": places and institutions; "Kupiansk-Vuzlovyi" is
        # one town's double name, though its first part is a town too.
        return any(known) and all(
            k or fold(p) in self._organisation_words for p, k in zip(named, known, strict=True)
        )

    def _blocked(self, text: str, tokens: list[Token]) -> set[int]:
        covered: set[int] = set()
        if "©" in text or (
            (":" in text or "(" in text) and any(hint in text for hint in _CREDIT_HINTS)
        ):
            # "[… – © Reuters/Jonathan Ernst]", "(Foto: Agenzia/Name)": a credit names no one
            # the article is about.
            for match in _CREDIT.finditer(text):
                covered.update(range(*match.span()))
        for match in self.organisations.finditer(text):
            if _STREET_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                continue  # "in via Bankova": the street, not the office named after it
            covered.update(range(*match.span()))
        if not covered:
            return covered
        return {i for i, t in enumerate(tokens) if t.start in covered and t.end - 1 in covered}

    def _is_name_word(self, token: Token) -> bool:
        # A function of the word alone, asked of every word of every paragraph: remembered.
        known = self._name_words.get(token.text)
        if known is None:
            known = self._name_words[token.text] = self._is_name_word_uncached(token)
        return known

    def _is_name_word_uncached(self, token: Token) -> bool:
        if _PARTICLE_NAME.match(token.text) and token.text.split("-", 1)[1][:1].isupper():
            return True  # "al-Aiban", "bin-Salman"
        if not (token.is_word and token.is_capitalised) or token.is_handle:
            return False
        if token.text[-1] in "'’":
            return False  # an elided article or preposition: "All’", "Dell’"
        letters = re.sub(r"\W", "", token.text)
        if len(letters) < 2 and not token.text.endswith("."):
            return False  # "X", "A", "I": never a name on their own
        if len(letters) > 2 and letters.isupper() and not has_cyrillic(letters):
            if _ROMAN.fullmatch(letters):
                return True  # "Leone XIV"
            return self.knowledge.place(token.text) is not None  # acronyms only when known (USA)
        return True

    def _runs(self, text: str, tokens: list[Token], blocked: set[int]) -> list[list[int]]:
        # Whether each token is a name word, all at once: most are plain words seen before.
        known = self._name_words
        names = [known.get(t.text) for t in tokens]
        for i, name in enumerate(names):
            if name is None:
                names[i] = self._is_name_word(tokens[i])
        for i in blocked:
            names[i] = False
        runs: list[list[int]] = []
        current: list[int] = []
        taken = 0  # tokens before this one are in a run already
        # Only the name words are visited (most words are not): a run ends where a word that is
        # not one stands between two that are, or where more than one space does.
        for first in [i for i, name in enumerate(names) if name]:
            if first < taken:
                continue
            i = first
            while True:
                if current:
                    last = tokens[current[-1]]
                    gap = text[last.end : tokens[i].start]
                    apart = current[-1] != i - 1
                    # "dell'Eliseo": an elided joiner touches the name
                    if apart or (gap != " " and not (gap == "" and last.text[-1] in "'’")):
                        runs.append(current)
                        current = []
                current.append(i)
                # A particle joins two capitalised words: "von der Leyen"; a preposition joins
                # a venue word to its name: "Palazzo delle Nazioni".
                venue = fold(tokens[i].text) in _JOINED_WORDS
                joiners = VENUE_JOINERS if venue else _PARTICLES
                j = i + 1
                while (
                    j < len(tokens) and fold(tokens[j].text) in joiners and tokens[j].text.islower()
                ):
                    j += 1
                # "Palazzo dell'Eliseo": a venue word joins even an institution's name.
                if j > i + 1 and j < len(tokens) and (names[j] or (venue and j in blocked)):
                    names[j] = True
                    current.extend(range(i + 1, j))
                    i = j
                    continue
                break
            taken = i + 1
        if current:
            runs.append(current)
        return runs

    def _classify_run(
        self,
        paragraph: int,
        text: str,
        tokens: list[Token],
        run: list[int],
        title_case: bool,
        cyrillic: bool,
    ) -> list[Candidate]:
        if cyrillic and any(has_cyrillic(tokens[i].text) for i in run):
            start, end = tokens[run[0]].start, tokens[run[-1]].end
            return [Candidate(paragraph, start, end, text[start:end], "cyrillic")]
        found: list[Candidate] = []
        unknown: list[int] = []
        i = 0
        while i < len(run):
            for j in range(len(run), i, -1):
                start, end = tokens[run[i]].start, tokens[run[j - 1]].end
                spelling = text[start:end]
                person = self._person(spelling) if j - i > 1 else None
                place = None if person else self._place(spelling)
                if person or place:
                    found += self._unknown(paragraph, text, tokens, unknown, title_case)
                    unknown = []
                    if person:
                        role = self._role(tokens, run[i], run[j - 1] + 1)
                        found.append(
                            Candidate(
                                paragraph,
                                start,
                                end,
                                spelling,
                                "person",
                                known_person=person,
                                role=role,
                            )
                        )
                    else:
                        found.append(
                            Candidate(paragraph, start, end, spelling, "place", known_place=place)
                        )
                    i = j
                    break
            else:
                unknown.append(run[i])
                i += 1
        found += self._unknown(paragraph, text, tokens, unknown, title_case)
        return found

    def _person(self, spelling: str) -> KnownPerson | None:
        if spelling not in self._people:
            self._people[spelling] = self.knowledge.person(spelling)
        return self._people[spelling]

    def _place(self, spelling: str) -> KnownPlace | None:
        if spelling not in self._places:
            self._places[spelling] = self.knowledge.place(spelling)
        return self._places[spelling]

    def _role(self, tokens: list[Token], first: int, end: int) -> Role | None:
        # Roles sit within a few words of the name: look at a window, not the whole paragraph.
        low, high = max(0, first - _ROLE_WINDOW), min(len(tokens), end + _ROLE_WINDOW)
        window = tokens[low:high]
        # The paragraph's words folded once, not once per window (a paragraph has many names).
        if self._folded_tokens is not tokens:
            self._folded_tokens, self._folded = tokens, [fold(t.text) for t in tokens]
        words = self._folded
        before = self.roles.before(window, first - low, words[low:high])
        if before and not before.rank and not self.roles.is_title(before):
            return before
        after = self.roles.after(window, end - low, words[low:high])
        if after or before:
            return after or before
        # A plural role before a list of names may stand further back than the window.
        wide = max(0, first - LIST_REACH)
        return self.roles.listed(tokens[wide:first], first - wide, words[wide:first])

    def _unknown(
        self, paragraph: int, text: str, tokens: list[Token], run: list[int], title_case: bool
    ) -> list[Candidate]:
        """Split an unknown stretch at institution and function words; classify each piece.

        "Esteri Mikhail Galuzin" (from "il viceministro degli Esteri Mikhail Galuzin") leaves
        the name; "Sicurezza Nazionale" leaves nothing.
        """
        found: list[Candidate] = []
        piece: list[int] = []
        classes = self._word_classes
        for i in [*run, None]:
            # Function words and demonyms open a piece only at its start ("Secondo", "Russi");
            # inside a name they are particles or surnames ("Luigi Di Maio", "Luca Greco").
            if i is not None:
                word = tokens[i].text
                function, opener, office = classes.get(word) or self._word_class(word)
                opening = not piece and (
                    (function and not self._foreign_article(tokens, i)) or opener
                )
                if not office and not opening:
                    piece.append(i)
                    continue
            if i is not None and piece and fold(tokens[piece[0]].text) in VENUE_WORDS:
                piece.append(i)  # "Hotel Centrale": a venue's name may hold any word
                continue
            while piece and tokens[piece[-1]].text.islower():
                piece = piece[:-1]  # a trailing particle
            if piece:
                found += self._piece(paragraph, text, tokens, piece, title_case)
            piece = []
        return found

    def _word_class(self, word: str) -> tuple[bool, bool, bool]:
        """Whether a capitalised word is a function word, a word that opens a new piece (a
        demonym, a role word: "Russi", "Papa Leone XIV"), an office word: a function of the
        word alone, remembered."""
        k = self.knowledge
        found = (
            k.is_function_word(word),
            bool(k.country_of_demonym(word)) or self.roles.is_role_word(word),
            k.is_office_word(word),
        )
        self._word_classes[word] = found
        return found

    @staticmethod
    def _foreign_article(tokens: list[Token], index: int | None) -> bool:
        """ "di Le Bourget", "a Los Angeles": after a bare preposition an article opens a name
        (Italian would have joined them: "della", "alla")."""
        if index is None or index == 0 or tokens[index].text not in _FOREIGN_ARTICLES:
            return False
        return fold(tokens[index - 1].text) in _BARE_PREPOSITIONS

    @staticmethod
    def _lower_case_venue(text: str, tokens: list[Token], run: list[int]) -> tuple[int, str] | None:
        """ "nel palazzo di Diriyah" → Palazzo di Diriyah; "in via Bankova" → via Bankova."""
        at = run[0]
        last = tokens[run[-1]]
        if at >= 3 and fold(tokens[at - 1].text) in VENUE_JOINERS:
            building = tokens[at - 2]
            if building.text.islower() and fold(building.text) in BUILDING_WORDS:
                name = text[building.start : last.end]
                return building.start, name[:1].upper() + name[1:]
        street = at >= 2 and tokens[at - 1].text in STREET_WORDS
        if street and fold(tokens[at - 2].text) in STREET_PREPOSITIONS:
            return tokens[at - 1].start, text[tokens[at - 1].start : last.end]
        return None

    def _portfolio(self, tokens: list[Token], index: int, *, possessive: bool = True) -> bool:
        """tokens[index] completes a role: "ministro dell'Energia", "commissario per l'Energia".

        possessive=False leaves out a bare "di", "a", "da": "l'inviato di Kellogg" names whose
        envoy, a person, where "il ministro dello Sviluppo" names a portfolio.
        """
        if not possessive and (index == 0 or fold(tokens[index - 1].text) in _BARE_PREPOSITIONS):
            return False
        back = index - 1
        while back >= 0 and fold(tokens[back].text) in _ARTICLES_AND_PREPOSITIONS:
            back -= 1
        if back < index - 1 and back > 0 and self._qualifier(tokens[back].text):
            back -= 1  # "la commissaria Ue all'Allargamento", "il ministro russo dell'Energia"
        return back < index - 1 and back >= 0 and self.roles.is_role_word(tokens[back].text)

    def _qualifier(self, word: str) -> bool:
        """An institution or a demonym that may stand between a role word and its portfolio."""
        return fold(word) in self._organisation_words or bool(
            self.knowledge.country_of_demonym(word)
        )

    def _apposed_person(self, tokens: list[Token], last: int) -> bool:
        """ "Iryna, moglie di un marinaio", "Kovalenko, 44 anni": an apposition only a person
        takes."""
        if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
            return False
        following = tokens[last + 1 : last + 4]
        word = fold(following[1].text)
        if word in self.knowledge.person_cues:
            return True
        return word.isdigit() and len(following) == 3 and fold(following[2].text) == "anni"

    def _piece(
        self, paragraph: int, text: str, tokens: list[Token], run: list[int], title_case: bool
    ) -> list[Candidate]:
        k = self.knowledge
        first, last = tokens[run[0]], tokens[run[-1]]
        head = fold(first.text)
        spelling = text[first.start : last.end]
        cue = place_cue(tokens, run[0]) or place_after(tokens, run[-1], k)
        if head in VENUE_WORDS and len(run) > 1:
            return [
                Candidate(paragraph, first.start, last.end, spelling, "place", place_kind="venue")
            ]
        previous = tokens[run[0] - 1] if run[0] > 0 else None
        venue = self._lower_case_venue(text, tokens, run)
        if venue is not None:
            start, name = venue
            return [Candidate(paragraph, start, last.end, name, "place", place_kind="venue")]
        if len(run) > 1 and fold(last.text) in VENUE_HEADS:
            # "una saletta del Congress Centre"
            return [
                Candidate(paragraph, first.start, last.end, spelling, "place", place_kind="venue")
            ]
        if previous and fold(previous.text) in VENUE_WORDS and previous.text.islower():
            # "all’hotel Ritz-Carlton": the venue word written in lower case is part of the
            # name for a building ("Hotel Ritz-Carlton"); "la base Ramstein" is "Ramstein".
            if fold(previous.text) not in _NAMED_BUILDINGS:
                return [
                    Candidate(
                        paragraph, first.start, last.end, spelling, "place", place_kind="venue"
                    )
                ]
            name = f"{previous.text.capitalize()} {spelling}"
            return [
                Candidate(paragraph, previous.start, last.end, name, "place", place_kind="venue")
            ]
        if _venue_before(tokens, run[0]):
            # "nella base militare congiunta Elmendorf-Richardson"
            return [
                Candidate(paragraph, first.start, last.end, spelling, "place", place_kind="venue")
            ]
        if sum(not tokens[i].text.islower() for i in run) > _MAX_NAME_WORDS:
            return []
        if len(run) >= 2 and self._portfolio(tokens, run[0]):
            # "la ministra dell'Energia Svitlana Hrynchuk": the ministry's name, then the person.
            return self._piece(paragraph, text, tokens, run[1:], title_case)
        if head in WATER_WORDS and len(run) > 1:
            # "Mar Nero", "Mare del Nord", "Lago Ladoga": a sea or lake, wherever it stands.
            return [
                Candidate(paragraph, first.start, last.end, spelling, "place", place_kind="region")
            ]
        if len(run) == 2 and head in PLACE_ADJECTIVES:
            # "i villaggi di Stepnohirsk e Mala Tokmachka": a Slavic place name's adjective.
            kind = cue or "city"
            return [Candidate(paragraph, first.start, last.end, spelling, "place", place_kind=kind)]
        if head in SAINT_WORDS and len(run) > 1:
            kind = cue or "city"
            return [Candidate(paragraph, first.start, last.end, spelling, "place", place_kind=kind)]
        if (
            len(run) >= 3
            and k.is_given_name(tokens[run[1]].text)
            and not k.is_given_name(first.text)
        ):
            # "l'inviato di Pechino Li Hui": a word before a first name is not part of the name.
            return self._piece(paragraph, text, tokens, run[:1], title_case) + self._piece(
                paragraph, text, tokens, run[1:], title_case
            )
        if len(run) == 1 and self._portfolio(tokens, run[0], possessive=False):
            return []  # "il vice ministro per lo Sviluppo", "vicedirettrice per l'Eurasia"
        role = self._role(tokens, run[0], run[-1] + 1)
        # "il collega Albares", "il suo omologo X", "X, moglie di …": a person, though no office
        # is given.
        cued = (
            role is not None
            or (previous is not None and fold(previous.text) in k.person_cues)
            or self._apposed_person(tokens, run[-1])
            or (
                len(run) == 1
                and not cue
                and not _sentence_initial(tokens, run[0])  # "Doveva", "Nuova": verbs, adjectives
                and _surname_shape(first.text, previous)
            )
        )
        if len(run) == 1:
            if _is_bank(first.text):
                return []  # "sulla Rosselkhozbank": a company
            if previous and fold(previous.text) in k.thing_nouns:
                # "alla tv Zvezda" names an outlet, "il piano Witkoff" a person: only a surname
                # seen in full elsewhere makes it one, no cue.
                return [Candidate(paragraph, first.start, last.end, spelling, "single")]
            return [
                Candidate(
                    paragraph,
                    first.start,
                    last.end,
                    spelling,
                    "single",
                    role=role,
                    # "compresa Druzhkivka": a Slavic place name's ending is cue enough.
                    place_kind=cue or ("city" if toponym_shape(first.text) else ""),
                    role_cue=cued,
                )
            ]
        if k.is_given_name(first.text) or cued:
            return [Candidate(paragraph, first.start, last.end, spelling, "person", role=role)]
        if cue:
            return [Candidate(paragraph, first.start, last.end, spelling, "place", place_kind=cue)]
        previous_word = fold(previous.text) if previous else ""
        if (
            title_case
            or _sentence_initial(tokens, run[0])
            or (
                previous_word in _ARTICLES_AND_PREPOSITIONS
                and previous_word not in _PERSON_PREPOSITIONS
            )
            or previous_word in k.thing_nouns  # "il gasdotto Nord Stream", "i missili Storm Shadow"
        ):
            return []
        return [Candidate(paragraph, first.start, last.end, spelling, "person", role=role)]


# Endings only Slavic, Georgian and Armenian surnames have ("Syrskyi", "Medvedev", "Kovalenko",
# "Zakharova", "Pashinyan"): such a word alone, with no place cue before it, is a person.
_SURNAME_ENDINGS = (
    "ov", "ev", "enko", "chuk", "yuk", "iuk", "sky", "skyi", "skiy", "skij", "ova", "eva",
    "ovich", "evich", "shvili", "yan",
)  # fmt: skip


def _surname_shape(word: str, previous: Token | None) -> bool:
    if len(word) < 5 or not word.isalpha() or not word[1:].islower():
        return False
    if previous is not None:
        before = fold(previous.text)
        if before in _ARTICLES_AND_PREPOSITIONS and before not in _PERSON_PREPOSITIONS:
            return False  # "l'Azov", "a Rostov": a unit, a place ("con Aliyev": a person)
    return fold(word).endswith(_SURNAME_ENDINGS)


def _is_bank(word: str) -> bool:
    return len(word) > 6 and word.lower().endswith("bank")


def _in_agreement_name(tokens: list[Token], candidate: Candidate, index_at: dict[int, int]) -> bool:
    """ "gli accordi di Minsk", "dopo Minsk II": the place names an agreement, not where."""
    index = index_at.get(candidate.start)
    if index is None:
        return False
    end = index
    while end + 1 < len(tokens) and tokens[end + 1].start < candidate.end:
        end += 1
    following = tokens[end + 1].text if end + 1 < len(tokens) else ""
    if following in _AGREEMENT_NUMERALS:
        return True
    words = [fold(t.text) for t in tokens[max(0, index - 2) : index]]
    return len(words) == 2 and words[1] in {"di", "del"} and words[0] in AGREEMENT_WORDS


def _sentence_initial(tokens: list[Token], index: int) -> bool:
    return index == 0 or tokens[index - 1].text in _SENTENCE_OPENERS


def _is_title_case(tokens: list[Token]) -> bool:
    """A heading in Title Case ("Articoli Recenti"): capitals there say nothing about names."""
    if not tokens or tokens[-1].text in {".", "!", "?", "»", "”", '"'}:
        return False  # a sentence, however many names it holds
    words = [t for t in tokens if t.is_word and len(t.text) > 3]
    if len(words) > _MAX_HEADING_WORDS:
        return False
    return len(words) >= 2 and sum(t.is_capitalised for t in words) >= 0.6 * len(words)
