"""The role the text gives a person: role words before the name, or an apposition after it.

"il segretario di Stato Marco Rubio", "il ministro degli Esteri turco Hakan Fidan" (role
"ministro degli Esteri", country Turchia), "il capo di stato maggiore ucraino, generale Andrii
Hnatov" (an office is preferred to the rank beside it), "Rustem Umerov, ministro della Difesa
ucraino". Works on tokens, walking out from the name until a word that cannot belong to a role.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from negoreader.extract.knowledge import Knowledge
from negoreader.extract.names import Token, fold

_ARTICLES = {"il", "lo", "la", "l'", "i", "gli", "le"}
_PREPOSITIONS = {
    "di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "d'", "per", "al", "alla",
    "allo", "ai", "agli", "alle", "all'", "presso", "dal", "dalla", "dall'", "nel", "nella",
    "nell'", "sul", "sulla", "sull'",
}  # fmt: skip
# Words that end a role phrase: conjunctions, auxiliaries, adverbs, other prepositions.
_BREAKS = {
    "e", "ed", "o", "ma", "ha", "hanno", "è", "era", "sono", "sarà", "che", "con", "non", "a",
    "ad", "in", "su", "tra", "fra", "da", "come", "anche", "ieri", "oggi", "mentre", "quando",
    "dove", "secondo", "si", "ne", "ci", "un", "una", "uno", "aveva", "avevano", "insieme",
}  # fmt: skip
_MAX_MODIFIERS = 12
# Plural role heads and their singular: "i ministri degli Esteri X e Y" gives each "ministro degli
# Esteri". Only offices that are held one per person; "leader" (the same in both) is left out.
_PLURALS = {
    "ministri": "ministro", "viceministri": "viceministro", "consiglieri": "consigliere",
    "inviati": "inviato", "negoziatori": "negoziatore", "ambasciatori": "ambasciatore",
    "capi": "capo", "segretari": "segretario", "rappresentanti": "rappresentante",
    "presidenti": "presidente", "funzionari": "funzionario", "delegati": "delegato",
    "emissari": "emissario", "consulenti": "consulente", "comandanti": "comandante",
    "direttori": "direttore", "sindaci": "sindaco", "portavoce": "portavoce",
    "titolari": "titolare", "capigruppo": "capogruppo",
}  # fmt: skip
# A list of holders after a plural role: names, the places they stand for ("X per Berlino"),
# and the words that join them.
_LIST_WORDS = {",", ":", "e", "ed", "per"}
# Heads that name no office without their complement ("il titolare della Difesa").
_INCOMPLETE = {"titolare", "membro", "vice", "responsabile", "numero uno", "numero due"}
# Words between an apposition's comma and its role: "X, indicato come comandante …", "X, in
# qualità di inviato …", "X, appena nominato ministro …". Folded, longest first.
_APPOINTING = (
    "indicato", "indicata", "designato", "designata", "nominato", "nominata", "scelto", "scelta",
    "confermato", "confermata", "incaricato", "incaricata",
)  # fmt: skip
_APPOINTED_PHRASES = [
    (*verb, *link)
    for participle in _APPOINTING
    for verb in ((participle,), ("appena", participle), ("già", participle))
    for link in ((), ("come",), ("quale",), ("a",))
]
_APPOINTED_PHRASES += [("in", "qualità", "di"), ("nelle", "vesti", "di"), ("nel", "ruolo", "di")]
_APPOINTED_PHRASES += [("a",)]  # "X, a capo della regione di …"
# By first word, longest first: asked after every name followed by a comma.
_APPOINTED: dict[str, list[list[str]]] = {}
for _phrase in sorted(_APPOINTED_PHRASES, key=len, reverse=True):
    _APPOINTED.setdefault(fold(_phrase[0]), []).append([fold(w) for w in _phrase])
# "l'inviato del presidente X": the preposition that makes a role word a complement.
_OF = {"del", "della", "dello", "dell'", "dei", "degli", "delle"}
# Roles before a name that an office in apposition after it outranks (RoleFinder.is_title).
_TITLES = {
    "ambasciatore", "ambasciatrice", "capo delegazione", "capodelegazione", "capo negoziatore",
    "capo della delegazione", "negoziatore", "negoziatrice", "delegato", "delegata",
}  # fmt: skip
LIST_REACH = 40  # tokens back from a name to the plural role its list follows


@dataclass(frozen=True, slots=True)
class Role:
    """A role phrase and the country its demonym or country name gives, if any."""

    text: str
    country: str = ""
    rank: bool = False  # a rank or title ("generale", "sceicco"): an office beside it wins


Phrases = dict[str, tuple[tuple[str, ...], ...]]  # first word → phrases, longest first


def _phrase_at(words: list[str], index: int, phrases: Phrases) -> int:
    """Length of the longest phrase starting at words[index], or 0."""
    for phrase in phrases.get(words[index], ()) if index < len(words) else ():
        if tuple(words[index : index + len(phrase)]) == phrase:
            return len(phrase)
    return 0


class RoleFinder:
    """Finds roles around a name in a tokenised paragraph."""

    def __init__(self, knowledge: Knowledge, is_name: Callable[[Token], bool]) -> None:
        def phrases(items: tuple[str, ...]) -> Phrases:
            split = sorted(
                {tuple(fold(item).split()) for item in items}, key=lambda p: (-len(p), p)
            )
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for phrase in split:
                by_first.setdefault(phrase[0], []).append(phrase)
            return {first: tuple(group) for first, group in by_first.items()}

        self.knowledge = knowledge
        # "vicecapo", "vicesegretario": a one-word head with "vice" before it is a role too.
        singles = [r for r in knowledge.roles if " " not in r and not r.startswith("vice")]
        vices = (f"{vice}{r}" for r in singles for vice in ("vice", "vice "))
        self.heads = phrases((*knowledge.roles, *vices))
        singular_of = {s: p for p, s in _PLURALS.items()}
        self.plurals = phrases(
            tuple(
                " ".join((singular_of[first], *rest))
                for first, *rest in (fold(r).split() for r in knowledge.roles)
                if first in singular_of
            )
        )
        self.ranks = phrases(knowledge.ranks)
        self.rank_lengths = sorted({len(p) for g in self.ranks.values() for p in g}, reverse=True)
        self.is_name = is_name  # is this word part of a person's name: a role stops there

    def is_role_word(self, word: str) -> bool:
        """A one-word role or rank ("Papa", "Generale") that may stand capitalised before a name."""
        one = (fold(word),)
        return one in self.heads.get(one[0], ()) or one in self.ranks.get(one[0], ())

    def _rank_length(self, words: list[str], end: int) -> int:
        """The length of a rank phrase ending just before words[end], or 0."""
        for length in self.rank_lengths:
            phrase = tuple(words[end - length : end])
            if end - length >= 0 and phrase in self.ranks.get(phrase[0] if phrase else "", ()):
                return length
        return 0

    def _person_ends_at(self, tokens: list[Token], end: int) -> bool:
        """Whether the capitalised words before tokens[end] are a full name: a first name
        opens them ("Dmytro Lubinets"), or no preposition stands before them ("… umani Aarne
        Heikkilä", not "della Santa Sede")."""
        start = end
        while start > 0 and start > end - 4 and self.is_name(tokens[start - 1]):
            start -= 1
        if end - start < 2:
            return False
        if self.knowledge.is_given_name(tokens[start].text):
            return True
        before = fold(tokens[start - 1].text) if start > 0 else ""
        return before.isalpha() and before not in _PREPOSITIONS and before not in _ARTICLES

    @staticmethod
    def is_title(role: Role) -> bool:
        """A role that an apposition after the name outranks: a bare "ambasciatore" (a career
        diplomat's title), a delegation's "capo delegazione" ("l'ambasciatore X, direttore
        generale per …", "il capo delegazione X, consigliere del presidente")."""
        return fold(role.text) in _TITLES

    def _is_break(self, token: Token, following: list[Token] | None = None) -> bool:
        word = fold(token.text)
        if word in {"e", "ed"} and following and self._continues_institution(following):
            return False  # "segretario del Consiglio per la Sicurezza Nazionale e la Difesa"
        if not token.is_word or word in _BREAKS:
            return True
        # Future and conditional verbs ("incontrerà", "potrebbe") are never part of a role.
        text = token.text.lower()
        return token.text.islower() and text.endswith(("rà", "ranno", "rebbe", "rebbero"))

    def _continues_institution(self, following: list[Token]) -> bool:
        """After "e": an article and a capitalised institution word ("e la Difesa")."""
        words = [t for t in following[:2] if t.is_word]
        if len(words) == 2 and fold(words[0].text) in _ARTICLES:
            return words[1].is_capitalised and self.knowledge.is_office_word(words[1].text)
        return False

    def _portfolio_at(self, tokens: list[Token], words: list[str], index: int) -> bool:
        """ "ministra dell'Energia Svitlana Hrynchuk": a capitalised word after the role's
        preposition, with the holder's name after it, is the ministry, unless it is a known
        person ("l'inviato di Trump Steve Witkoff")."""
        token = tokens[index]
        return (
            token.is_capitalised
            and words[index - 1] in _PREPOSITIONS
            and index + 1 < len(tokens)
            and self.is_name(tokens[index + 1])
            and self.knowledge.person(token.text) is None
            and not self.knowledge.is_given_name(token.text)
            and not self._place_at(tokens, index)
        )

    def _institution_at(self, tokens: list[Token], words: list[str], index: int, end: int) -> bool:
        """ "il capo del Gru, …", "il direttore della Cia X": one capitalised word closing the
        role after an articled preposition names an institution, unless it is a person or a
        place ("l'inviato di Trump": a bare "di" is whose)."""
        token = tokens[index]
        return (
            index == end - 1
            and token.is_capitalised
            and words[index - 1] in _OF
            and self.knowledge.person(token.text) is None
            and not self.knowledge.is_given_name(token.text)
            and not self._place_at(tokens, index)
        )

    def _names_person(self, tokens: list[Token], index: int) -> bool:
        """tokens[index] is part of a person's name, not of a place ("a Mosca")."""
        return self.is_name(tokens[index]) and not self._place_at(tokens, index)

    def _place_after(self, tokens: list[Token], index: int) -> bool:
        """ "a Mosca" inside a role: "l'ambasciatore americano a Mosca John Sullivan"."""
        return (
            fold(tokens[index].text) in {"a", "in"}
            and index + 1 < len(tokens)
            and bool(self._place_at(tokens, index + 1))
        )

    def _place_at(self, tokens: list[Token], index: int) -> str:
        """The known place that starts at tokens[index] ("Stati Uniti", "Mosca"), or ''."""
        if not tokens[index].is_capitalised:
            return ""
        for length in (3, 2, 1):
            if index + length <= len(tokens):
                spelling = " ".join(t.text for t in tokens[index : index + length])
                place = self.knowledge.place(spelling)
                if place:
                    return place.name
        return ""

    def _country(self, tokens: list[Token], index: int) -> str | None:
        """The country a demonym or country name gives; '' for one that is not a country
        ("europei"); None when the word is neither."""
        name = self.knowledge.country_of_demonym(tokens[index].text) or self._place_at(
            tokens, index
        )
        if not name:
            return None
        place = self.knowledge.place(name)
        if place and place.kind == "country":
            return name
        previous = tokens[index - 1] if index > 0 else None
        if previous and previous.is_capitalised and self.knowledge.is_office_word(previous.text):
            return None  # "Commissione europea": part of an institution's name
        return ""

    def _trim(
        self, tokens: list[Token], start: int, head_len: int, end: int, words: list[str]
    ) -> Role:
        """The role from tokens[start:end], cut at a country word, a name or a second role."""
        country = ""
        stop = end
        for i in range(start + head_len, end):
            found = self._country(tokens, i)
            if found is not None:
                country, stop = found, i
                break
            if self._portfolio_at(tokens, words, i) or self._institution_at(tokens, words, i, end):
                continue
            if self.is_name(tokens[i]) or self._place_at(tokens, i):
                stop = i
                break
            if _phrase_at(words, i, self.heads) and i > start + head_len:
                stop = i
                break
        while stop > start + head_len and (
            words[stop - 1] in _PREPOSITIONS
            or words[stop - 1] in _ARTICLES
            or words[stop - 1] in {"ex", "e", "ed"}
        ):
            stop -= 1
        text = " ".join(t.text for t in tokens[start:stop]).replace("’ ", "’").replace("' ", "'")
        if fold(text) in _INCOMPLETE:
            return Role("", country)  # "la titolare, X": the office is named elsewhere
        return Role(text, country)

    def before(
        self, tokens: list[Token], name_start: int, words: list[str] | None = None
    ) -> Role | None:
        """Role words ending just before tokens[name_start] ("il ministro degli Esteri X")."""
        words = words if words is not None else [fold(t.text) for t in tokens]
        pos = name_start
        if pos > 0 and words[pos - 1] in _PREPOSITIONS:
            return None  # "l'inviato di Trump": Trump is whom the role is of, not its holder
        rank: Role | None = None
        # "il principe ereditario saudita X", "l'ammiraglio russo X": a demonym between.
        country = self.knowledge.country_of_demonym(tokens[pos - 1].text) if pos > 1 else ""
        if country and self._rank_length(words, pos - 1):
            pos -= 1
        else:
            country = ""
        # A rank right before the name: "generale Andrii Hnatov", "il tenente generale X".
        for length in self.rank_lengths:
            phrase = tuple(words[pos - length : pos])
            if pos - length >= 0 and phrase in self.ranks.get(phrase[0] if phrase else "", ()):
                text = " ".join(t.text for t in tokens[pos - length : pos])
                rank = Role(text, country, rank=True)
                pos -= length
                break
        if rank and pos > 0 and _phrase_ends_at(words, pos - 1, self.heads):
            # "il segretario generale Mark Rutte", "il direttore generale X": the rank word
            # completes the office before it.
            office = self._office_ending_at(tokens, words, name_start)
            if office and office.text:
                return office
        if rank:
            while pos > 0 and words[pos - 1] in _ARTICLES:
                pos -= 1
        if pos > 0 and words[pos - 1] == ",":
            pos -= 1
            if self._person_ends_at(tokens, pos):
                # "il commissario Dmytro X, il colonnello Y": the office is X's ("il direttore
                # della Sala Stampa, Y" names an institution, not a person)
                return rank
        office = self._office_ending_at(tokens, words, pos)
        if office and office.text:
            return office
        return rank

    def _office_ending_at(self, tokens: list[Token], words: list[str], end: int) -> Role | None:
        lowest = max(0, end - _MAX_MODIFIERS - 3)
        for start in range(end - 1, lowest - 1, -1):
            head = _phrase_at(words, start, self.heads)
            for back in (1, 2) if head else ():
                # "alta rappresentante": a longer role ending where this one does
                longer = _phrase_at(words, start - back, self.heads) if start >= back else 0
                if longer >= head + back:
                    start, head = start - back, longer
                    break
            if head and start + head <= end:
                if start + head < end and self._names_person(tokens, start + head):
                    return None  # "le esequie di papa Francesco, Donald Trump": Francesco's
                governing = self._governing(words, start)
                if governing is not None:
                    if governing < 0:
                        return None  # "il genero del presidente X": X is the son-in-law
                    start, head = governing, _phrase_at(words, governing, self.heads)
                role = self._trim(tokens, start, head, end, words)
                if start > 0 and words[start - 1] == "vice" and role.text:
                    start -= 1  # "il vice ministro della Difesa X"
                    role = Role(f"{tokens[start].text} {role.text}", role.country)
                if start > 0 and words[start - 1] == "ex":
                    role = Role(f"{tokens[start - 1].text} {role.text}", role.country)
                return role
            if self._is_break(tokens[start]) and not self._place_after(tokens, start):
                return None
        return None

    def _governing(self, words: list[str], start: int) -> int | None:
        """For a role word that is the complement of a noun before it ("l'inviato del
        presidente X", "il genero del presidente X"): where that noun's role starts, -1 when it
        names kin or a relation rather than an office, None when there is no such noun."""
        if start < 3 or words[start - 1] not in _OF:
            return None
        last = start - 2
        # The noun must open its own phrase ("il genero", "l'inviato"): after a comma it is an
        # apposition of someone else ("Medinsky, consigliere del presidente Putin").
        if words[last] in self.knowledge.person_cues:
            return -1 if words[last - 1] in _ARTICLES else None
        for first in range(last, max(0, last - 3), -1):
            length = _phrase_at(words, first, self.heads)
            if length and first + length - 1 == last and words[first - 1] in _ARTICLES:
                return first
        return None

    def listed(
        self, tokens: list[Token], name_start: int, words: list[str] | None = None
    ) -> Role | None:
        """A plural role before a list of names this one belongs to: "i ministri degli Esteri
        X e Y", "i consiglieri per la sicurezza nazionale di A e B: X per A e Y per B". The
        role is given in the singular. The walk back stops at a verb, a sentence's end or any
        other word that cannot sit in such a list."""
        words = words if words is not None else [fold(t.text) for t in tokens]
        if name_start > 0 and words[name_start - 1] in _PREPOSITIONS:
            return None  # "gli inviati di Trump": whom the role is of, not who holds it
        lowest = max(0, name_start - LIST_REACH)
        for start in range(name_start - 1, lowest - 1, -1):
            head = _phrase_at(words, start, self.plurals)
            if head:
                end = next(
                    (i for i in range(start + head, name_start) if words[i] in {",", ":"}),
                    name_start,
                )
                role = self._trim(tokens, start, head, end, words)
                if not role.text:
                    return None
                first, _, rest = role.text.partition(" ")
                singular = _PLURALS.get(fold(first), first)
                return Role(f"{singular} {rest}".strip(), role.country)
            token = tokens[start]
            if words[start] in _LIST_WORDS or words[start] in _PREPOSITIONS:
                continue
            if words[start] in _ARTICLES or self.is_name(token) or token.is_capitalised:
                continue
            if self._is_break(token):
                return None
        return None

    def after(
        self, tokens: list[Token], name_end: int, words: list[str] | None = None
    ) -> Role | None:
        """An apposition after tokens[name_end - 1]: "X, segretario del Consiglio …"."""
        words = words if words is not None else [fold(t.text) for t in tokens]
        pos = name_end
        if pos >= len(tokens) or words[pos] != ",":
            return None
        pos += 1
        # No article: ", il capo di stato maggiore, …" after a name is the next item of a list.
        pos += _appointed_length(words, pos)
        ex = pos < len(words) and words[pos] == "ex"
        pos += ex
        office = _phrase_at(words, pos, self.heads)
        head = office or _phrase_at(words, pos, self.ranks)
        if not head:
            return None
        end = pos + head
        while (
            end < len(tokens)
            and end - pos < head + _MAX_MODIFIERS
            and not self._is_break(tokens[end], tokens[end + 1 : end + 3])
        ):
            end += 1
        role = self._trim(tokens, pos, head, end, words)
        if not role.text:
            return None
        rank = not office
        return Role(f"ex {role.text}" if ex else role.text, role.country, rank=rank)


def _phrase_ends_at(words: list[str], last: int, phrases: Phrases) -> bool:
    """Whether a phrase of `phrases` ends at words[last]."""
    return any(
        _phrase_at(words, first, phrases) == last - first + 1
        for first in range(last, max(-1, last - 4), -1)
    )


def _appointed_length(words: list[str], pos: int) -> int:
    """How many words at words[pos] say the role is given to the name: ", indicato come", ", in
    qualità di", ", nominato" ("X, indicato come comandante della forza") — 0 when none."""
    for phrase in _APPOINTED.get(words[pos], ()) if pos < len(words) else ():
        if words[pos : pos + len(phrase)] == phrase:
            return len(phrase)
    return 0
