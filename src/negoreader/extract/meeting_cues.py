"""Meeting cues: the words that name a meeting in a sentence, and what their own words say.

A cue ("colloqui", "telefonata", "vertice", "si sono incontrati" …) in a sentence is a mention of a
meeting. The few words around it say whether it is one (not "vertici militari"), of which kind
(talks, summit, call), whether it is planned, generic, an ordinal of a series or a point in time.
`meeting_ties.py` then ties the sentence's places, dates and people to these mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from negoreader.extract.meeting_events import (
    CALLED_OFF,
    CALLED_OFF_STEMS,
    has_any,
)
from negoreader.extract.meeting_text import (
    STRONG_MARK,
    anchors,
    lower,
)

# Longer cues first: "colloqui telefonici" is a call, not talks.
_CALL = (
    r"telefonat[ae]|videochiamat[ae]|chiamat[ae]|videoconferenz[ae]|colloqui[o]? telefonic[oi]"
    r"|conversazion[ei] telefonic[ae]|consultazioni telefoniche|(?:phone|video) calls?"
    r"|(?:una|la|alla|della) call|ha(?:nno)? (?:poi |anche |già |subito )?telefonato"
    r"|telefoner(?:à|anno)|telefonare|al telefono|telefonicamente"
    r"|ha(?:nno)? (?:poi |anche |già |subito )?(?:ri)?chiamato"
    # "in videocollegamento con Trump"; alone ("ha partecipato in videocollegamento") it says how
    # someone took part in another meeting (checked in cues_of).
    r"|video-?collegament[oi]|collegament[oi] video|in collegamento (?:video|telefonico)"
)


_SUMMIT = r"vertice|vertici|summit"


_TALKS = (
    r"colloqui[o]?|negoziati|negoziato|trattativ[ae]|round|tavol[ae] rotond[ae]|faccia a faccia"
    r"|riunion[ei]|incontr[oi]|maratona (?:diplomatica|negoziale)|consultazioni"
    r"|(?:si sono )?incontrat[oaie]|incontrarsi|incontrare|incontrer(?:à|anno)|incontra(?:no)?"
    r"|si incontr\w+|si (?:sono )?riunit[ie]|si riuni(?:r(?:à|anno)|sc(?:e|ono))|riunirsi"
    r"|ritrovarsi|rivedersi|vedersi|si ritrover(?:à|anno)|si rivedr(?:à|anno)|vedere|vedr(?:à|anno)"
    r"|(?:sarà|saranno|verrà|verranno|(?:è|sono) stat[oaie]) ricevut[oaie]|ricever(?:à|anno)"
    # Receiving, hosting, visiting someone: a meeting only with a person as the object (checked
    # in cues_of): "ha ricevuto ad Ankara Umerov", not "ha ricevuto una lettera".
    r"|ricevut[oaie]|ricev(?:e|ono)|accolt[oaie]|accogli(?:e|ono)|accoglier(?:à|anno)"
    r"|ospitat[oaie]|ospit(?:a|ano)|ospiter(?:à|anno)|accogliendo|ricevendo|ospitando"
    # "nel confronto con la delegazione ucraina": talks; "il confronto dei dati" is not.
    r"|confronto(?=\s+(?:diretto\s+)?(?:con|tra|fra)\b)"
    # "era a Kiev per presentare il piano a Zelensky": handing something to a person in person.
    r"|(?:per |a )?(?:presentare|illustrare|consegnare)|(?:ha|hanno) (?:presentato|illustrato"
    r"|consegnato)"
    # "il primo contatto tra americani e russi a Riad"; "restare in contatto" is not.
    r"|contatt[oi](?=\s+(?:dirett[oi]\s+)?(?:tra|fra)\b)"
    r"|si (?:è|sono) recat[oaie]|si recher(?:à|anno)|recarsi"
    r"|si (?:sono )?vist[ie]|si vedono|si vedr(?:à|anno)"
    # "russi e ucraini si sono parlati": talking to each other (not "si è parlato di", one talked).
    r"|si (?:sono )?parlat[ie]|si parlano|si parler(?:à|anno)|parlarsi"
    r"|bilateral[ei]|trilateral[ei]"
    r"|scontro|attes[oaie](?=\s+(?:a|ad|in)\s)"
    # "un secondo giro con gli ucraini", "un giro di consultazioni": a round ("giro di vite" is not).
    r"|giro(?=\s+(?:di\s+(?:colloqui|consultazioni|negoziati|incontri|telefonate)|con|tra|fra)\b)"
    # "il tavolo di Ginevra", "un tavolo tecnico tra X e Y": a round of talks ("sul tavolo" is
    # not, checked in _find_cues; "al tavolo" tells who sits at one).
    r"|tavol[oi](?=\s+(?:(?:tecnic|negozial|diplomatic|bilateral|trilateral)[oi]\s+)?"
    r"(?:(?:di|a|ad)\s+(?-i:[A-Z])|tra\b|fra\b|con\b))"
    r"|(?:si (?:sono |)sedut[ie]|sedut[oaie]|sedersi|si siederanno|si siederà|si siedono)"
    r"(?: \w+){0,2}?"  # "si sono seduti oggi allo stesso tavolo"
    r" (?:allo stesso|al|attorno al) tavolo"
    # English, as in quoted posts: "Productive talks in Geneva".
    r"|talks|meetings?|negotiations"
)


_CUE = re.compile(
    rf"(?<![\w@])(?:(?P<call>{_CALL})|(?P<summit>{_SUMMIT})|(?P<talks>{_TALKS}))(?![^\W-])",
    re.IGNORECASE,
)


# Cues rarer than those above, searched only in a sentence holding one of their words (every
# alternative costs the search above at each position of every sentence it reads).
_RARE_CUE = re.compile(
    # "Trump e Zelensky si sentiranno oggi", "si sono sentiti al telefono": they call each other
    # ("si sono sentiti traditi" is a feeling: checked in _find_cues).
    r"(?<![\w@])(?:(?P<call>si (?:sono )?(?:ri)?sentit[ie]|si (?:ri)?sentiranno|si (?:ri)?sentono)"
    # "i dettagli saranno discussi a Riad mercoledì": a round to come, named by its business.
    r"|(?P<talks>(?:sarà|saranno|verrà|verranno) (?:discuss|esaminat|affrontat|negoziat)[oaie]))"
    r"(?![^\W-])",
    re.IGNORECASE,
)
_RARE_STEMS = (
    "si sent", "si risent", "si sono sent", "si sono risent", "à discuss", "anno discuss",
    "à esaminat", "anno esaminat", "à affrontat", "anno affrontat", "à negoziat", "anno negoziat",
)  # fmt: skip


_CUE_STEMS = (
    "collegament", "colloqu", "negozi", "trattativ", "round", "tavol", "faccia", "riuni", "incontr", "maratona",
    "consultazion", "ritrov", "rived", "vede", "vedr", "scontr", "attes", "ricev", "talks",
    "meeting", "negotiation", "telefon", "chiamat", "call", "video", "vertic", "summit", "sed",
    "sied", "accol", "accogl", "ospit", "recat", "rech", "recars", "vist", "bilateral",
    "trilateral", "giro", "confront", "contatt", "present", "illustr", "consegn", "parlat", "parlano", "parler", "parlars",
    *_RARE_STEMS,
)  # fmt: skip


# "vedere" is a meeting only as a plan ("dovrebbe vedere a Miami Umerov"), never "resta da vedere".
_MODAL_BEFORE = re.compile(
    r"\b(?:dovrebbe|dovrebbero|potrebbe|potrebbero|dovrà|dovranno|potrà|potranno|deve|devono)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# Verbs of receiving someone: the object must be a person, named soon after the verb.
_RECEIVING = re.compile(r"(?:ricev|accol|accog|ospit|si (?:è|sono) recat|si rech|recars)")


# "ha ricevuto una lettera da X", "ha accolto la proposta di X": a thing, not a guest.
_THING_BETWEEN = re.compile(
    r"[.;:“”«»]|\b(?:un|una|uno|un['’]|alcun[ie])\s*"
    r"(?!(?:ministr|president|inviat|delegazion|capo|segretari|consiglier|premier|leader"
    r"|emissari|omolog|rappresentant|negoziator|collega)\w*\b)[a-zà-ù]"
    r"|\b(?:(?:l['’]|la|le|il|lo|i|gli)\s*)?(?:lettera|lettere|messaggi\w*|garanzi\w+|richiest\w+"
    r"|propost\w+|invit\w+|piano|risposta|notizia|aiuti|armi|sostegno|appello|critiche"
    r"|rassicurazion\w+|impegn\w+|offert\w+|document\w+|testo|bozza|premio|onori)\b",
    re.IGNORECASE,
)


_RECEIVE_WINDOW = 90


# "un bilaterale", "al trilaterale", "bilaterale tra X e Y" are meetings; "accordo bilaterale",
# "rapporti bilaterali" are adjectives.
_NOUN_ARTICLE_BEFORE = re.compile(
    r"(?:^|\b(?:un|il|al|nel|del|dal|col|i|ai|nei|dei|dai|gli|agli|negli|degli|nuovo|primo)\s+)$",
    re.IGNORECASE,
)


# "lo scontro tra Trump e Zelensky" is a meeting; "gli scontri a Kharkiv" are fighting.
_BETWEEN_AFTER = re.compile(r"^(?:\s+[\w'’]+){0,6}?\s+(?:tra|fra)\s", re.IGNORECASE)


# "in videocollegamento con Trump" is a call; "ha partecipato in videocollegamento" is not.
_WITH_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:con|tra|fra)\b", re.IGNORECASE)


# "a metà riunione Trump ha chiamato Putin", "durante il vertice": a call held during a meeting
# is a meeting of its own, on the meeting's day, between the people of its own clause.
_FRAME_BEFORE = re.compile(
    r"\b(?:durante|a metà|nel corso|nel mezzo|nel pieno)\s*(?:(?:d?[ei]l|d?ell['’]|d?ella|d?ello"
    r"|d?ei|d?egli|d?elle|il|la|lo|l['’]|i|gli|le)\s*)?$",
    re.IGNORECASE,
)


# "vertici militari", "ai vertici del partito": leaders, not summits.
_LEADERS_AFTER = re.compile(
    r"\s+(?:militar|politic|aziendal|istituzional|dell|del\b|della|dello|dei|delle|degli|di\b)",
    re.IGNORECASE,
)


_LEADERS_BEFORE = re.compile(r"\b(?:a|ai|dai|coi|con i|nei)\s+$", re.IGNORECASE)


# "al vertice del ministero": the top of something, not a summit ("al vertice di Helsinki" is).
_TOP_OF_AFTER = re.compile(r"\s+(?:del|della|dello|dei|degli|delle)\s+[a-zà-ù]")  # "della Nato" is


_AT_THE_TOP_BEFORE = re.compile(r"\b(?:al|dal|nel|sul|a)\s+$", re.IGNORECASE)


# "Subito dopo Trump ha chiamato Zelensky", "Poco dopo, ha telefonato a X": another call, after.
_THEN_BEFORE = re.compile(
    r"(?:^|[.;:,]\s*)(?:subito|poco|poi|\w+\s+minuti)\s+dopo\s*,?\s*(?:[\w'’]+\s+){0,3}$"
    r"|\bpiù tardi\s*,?\s*(?:[\w'’]+\s+){0,3}$",
    re.IGNORECASE,
)
# "Lavrov ha chiuso la porta a un negoziato", "Mosca ha respinto il vertice": refused, not held.
_REJECTED_BEFORE = re.compile(
    r"\b(?:(?:ha|hanno|aveva|avevano)\s+(?:chiuso la porta|detto no|respinto|rifiutato|bocciato)"
    r"|(?:chiude|chiudono) la porta)\s+(?:a|ad|al|alla|all['’]|ai|agli|alle|il|lo|la|l['’]|i|gli"
    r"|le|un|una|uno|un['’]|ogni|qualsiasi)?\s*(?:[\w'’]+\s+)?$",
    re.IGNORECASE,
)
_REJECTED_STEMS = ("porta", "detto no", "respint", "rifiutat", "bocciat")
# "sul tavolo di Zelensky", "al tavolo con i russi": a desk, or who sits at the table.
_ON_THE_TABLE_BEFORE = re.compile(r"\b(?:sul|al|dal|nel|sui|ai)\s+$", re.IGNORECASE)
# "ha incontrato la stampa", "round di sanzioni", "consultazioni elettorali": not negotiations.
_NOT_TALKS_AFTER = re.compile(
    r"\s+(?:(?:la|i|gli|le)\s+)?(?:stampa|giornalisti|cronisti|reporter|cittadini|soldati|truppe"
    r"|studenti|familiari|feriti|sfollati|tifosi|elettori)\b"
    r"|\s+di\s+(?:sanzioni|attacchi|raid|bombardamenti|aiuti|finanziamenti|tagli|arresti|nomine)\b"
    r"|\s+(?:elettorali|popolari|referendarie)\b",
    re.IGNORECASE,
)


# "si sentiranno oggi", "si sono sentiti al telefono", "si sentono spesso": calls; "si sono sentiti
# traditi", "si sentono più sicuri" are feelings. A call's words follow, or a time, or nothing.
_HEARD_AFTER = re.compile(
    r"\s*(?:[,.;:]|$|\b(?:al telefono|telefonicamente|oggi|domani|ieri|stasera|stamattina|stanotte"
    r"|in serata|in mattinata|nel pomeriggio|nel|nei|nella|entro|a breve|presto|di nuovo|ancora"
    r"|spesso|più volte|regolarmente|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|per|con|dopo|prima|questa|questo|la prossima|il prossimo|già|poi|anche|\d)\b)",
    re.IGNORECASE,
)


# "La raggiungiamo al telefono", "intervistato telefonicamente": a journalist's call, no meeting.
_REACHED_BEFORE = re.compile(
    r"\b(?:raggiung\w*|raggiunt[oaie]|intervistat[oaie]|intervist\w*|contattat[oaie])"
    r"(?:\s+\w+)?\s+$",
    re.IGNORECASE,
)


# "nessun incontro", "non parteciperà ad alcun vertice", "non ha in agenda incontri": none held.
_NEGATED_BEFORE = re.compile(
    r"\b(?:nessun[oa]?|alcun[oa]?)\s+(?:\w+\s+)?$|\b(?:nessun|alcun)['’]\s*$"
    r"|\bnon\s+(?:\w+\s+){0,2}?(?:in agenda|in programma|previst[oaie])\s+$",
    re.IGNORECASE,
)
_NEGATED_STEMS = ("nessun", "alcun", "non ")


# "I colloqui dovrebbero proseguire anche domani", "i negoziati continuano oggi": the same
# meeting on one more day.
_GOES_ON_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:prosegu|continu)\w*\b(?!\s+(?:a|ad|di)\s)", re.IGNORECASE
)


# "nella stessa chiamata", "allo stesso incontro": the meeting just told, no other.
_SAME_BEFORE = re.compile(r"\bstess[oaie]\s+$", re.IGNORECASE)


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


_ORDINAL_STEMS = ("prim", "second", "terz", "quart", "quint", "precedent", "ultim")


_ORDINAL_BEFORE = re.compile(
    r"\b(?:prim[oaie]|second[oaie]|terz[oaie]|quart[oaie]|quint[oaie]|precedent[ei]|ultim[oaie])"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "prima del faccia a faccia", "al termine dei colloqui": the other cues of that sentence are
# a different event.
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:prima|dopo|in vista|al termine|alla fine|alla vigilia|all['’]indomani)\s+(?:d[ei]l|dell['’]|della|dei|degli|delle"
    r"|il|la|l['’]|i|gli|le)\s*$",
    re.IGNORECASE,
)


_PLANNED_BEFORE = re.compile(
    r"\b(?:prossim[oaie]|previst[oaie]|ulterior[ie])\b(?:\s+\S+){0,2}\s+$", re.IGNORECASE
)


# "hanno concordato di rivedersi", "hanno deciso di incontrarsi": a meeting to come.
_AGREED_BEFORE = re.compile(
    r"\b(?:concordat[oaie]|decis[oaie]|convenut[oaie]|stabilit[oaie]|promess[oaie]|accettat[oaie]"
    r"|d['’]accordo|pront[oaie]|disponibil[ei]|(?:torneranno|tornerà|torna|tornano))\s+(?:di|a)\s+$",
    re.IGNORECASE,
)


_PLANNED_AFTER = re.compile(r"^(?:\s+\S+){0,3}?\s+(?:previst[oaie]|attes[oaie]|in programma)\b")


_MODAL = re.compile(
    r"\b(?:dovrebbe|dovrebbero|potrebbe|potrebbero|dovrà|dovranno|potrà|potranno|dovesse"
    r"|dovessero)\s+(?:\w+\s+){0,2}?\w+(?:are|ere|ire|arsi|ersi|irsi)\b",
    re.IGNORECASE,
)


# A verb in the simple future ("si terrà", "incontreranno"); "sarà" only counts after the cue:
# "saranno al centro degli incontri" speaks of topics, not of a coming meeting.
FUTURE = re.compile(r"\b(?!sar(?:à|anno)\b|tiranno\b)\w{2,}r(?:à|anno)\b", re.IGNORECASE)


TO_BE_FUTURE = re.compile(r"\b(?:sarà|saranno)\b", re.IGNORECASE)


_FUTURE_PASSIVE = re.compile(
    r"\b(?:sarà|saranno|verrà|verranno)\s+\w+[aiu]t[oaie]\b", re.IGNORECASE
)


_PAST_BEFORE = re.compile(
    r"\b(?:ultim[oaie]|scors[oaie]|recent[ei]|precedent[ei])\b(?:\s+\S+){0,1}\s+$", re.IGNORECASE
)


_CLAUSE_MARK = re.compile(r"[,;:()“”\"«»–—]")


# Each expression above matches only a window holding one of its words (lower-cased): a test of
# these is far cheaper than the search, which tries every position of the window.
_GENERIC_STEMS = (
    "serie", "altr", "divers", "vari", "numeros", "molt", "tant", "ogni", "qualsiasi", "qualunque",
    "futur", "precedent",
)  # fmt: skip


_INDEFINITE_STEMS = ("un", "nuov", "altr", "ulterior")


OTHER_EVENT_STEMS = ("prima", "dopo", "vista", "termine", "fine", "vigilia", "indomani")


_PAST_STEMS = ("ultim", "scors", "recent", "precedent")


_PLANNED_STEMS = ("prossim", "previst", "ulterior")


_AGREED_STEMS = (
    "concordat", "decis", "convenut", "stabilit", "promess", "accettat", "accordo", "pront",
    "disponibil", "torn",
)  # fmt: skip


_MODAL_STEMS = ("dovr", "potr", "doves")


# Reports of talks and of a summit may be one meeting; a plan and a call are each their own kind.
FAMILY = {"talks": "talks", "summit": "talks", "call": "call", "planned": "planned"}


@dataclass
class Mention:
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
    ordinal: bool = False  # "il primo contatto", "il secondo round": one of a series
    listed: bool = False  # ": il primo il 16 maggio, il secondo il 2 giugno": an item of a list
    between: bool = False  # "il vertice tra Trump, Putin e Zelensky": named by its parties
    then: bool = False  # "ha poi chiamato X": a call after the one told before, that day
    delegation: bool = False  # "la delegazione russa era guidata da …", with no cue
    marker: bool = False  # "prima del colloquio": an event known from elsewhere
    frame: bool = False  # "durante il vertice", in a sentence that tells of a call within it
    framed: bool = False  # a call within a meeting ("a metà incontro … in videochiamata")
    called_off: bool = False  # "il vertice … è stato messo in pausa": never held
    refused: bool = False  # "ha chiuso la porta a un negoziato": the day before is the refusal's
    same: bool = False  # "nella stessa chiamata": the meeting just told, its days not lent
    goes_on: bool = False  # "i colloqui proseguiranno domani": the same meeting, one more day
    cue: str = "talks"  # what the cue word names (talks, summit, call), planned or not

    def moved(self, by: int) -> Mention:
        """A fresh copy `by` characters further on, with nothing tied to it yet."""
        # A copy of the fields' dict: dataclasses.replace calls __init__, several times slower.
        copy = object.__new__(Mention)
        copy.__dict__.update(self.__dict__)
        copy.start, copy.end = self.start + by, self.end + by
        copy.places, copy.dates, copy.people = [], [], []
        return copy

    @property
    def anchored(self) -> bool:
        return bool(self.places) or any(anchors(v, self.kind) for v in self.dates)


@dataclass
class Sentence:
    """A sentence of a paragraph, its cues and the entities it names."""

    span: tuple[int, int]
    cues: list[Mention]
    people: list[tuple[int, int, str]] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)
    dates: list[tuple[int, int, str]] = field(default_factory=list)


# What decides the cues of a sentence: the character before it (the cue's word boundary) and
# up to this many after it ("tra X e Y" read past its end).
_CUE_READS_ON = 80


def cues_of(text: str, span: tuple[int, int], persons: list[tuple[int, int, str]]) -> list[Mention]:
    """The cues of a sentence with what their own words say of them (kind, generic, planned …)."""
    start, end = span
    lead = max(0, start - 1)
    window = text[lead : end + _CUE_READS_ON]
    near = tuple((s - lead, e - lead, name) for s, e, name in persons)
    # Fresh mentions each time: the cached ones are templates the ties must not change.
    return [m.moved(lead) for m in _sentence_cues(window, start - lead, end - lead, near)]


@lru_cache(maxsize=4096)
def _sentence_cues(
    text: str, start: int, end: int, persons: tuple[tuple[int, int, str], ...]
) -> tuple[Mention, ...]:
    """The cues of text[start:end], a sentence with the little around it its cues read.

    Agency copy and running coverage repeat whole sentences across articles: a sentence seen
    before costs a look-up instead of the cue expression and the tests of each cue's words.
    """
    # Most sentences name no meeting: a substring test for the cues' stems is far cheaper than
    # the cue expression itself.
    folded = text[start:end].casefold()
    if not has_any(folded, _CUE_STEMS):
        return ()
    return tuple(_find_cues(text, start, end, list(persons), has_any(folded, _RARE_STEMS)))


def _find_cues(
    text: str, start: int, end: int, persons: list[tuple[int, int, str]], rare: bool
) -> list[Mention]:
    found: list[Mention] = []
    markers: list[Mention] = []
    matches = list(_CUE.finditer(text, start, end))
    if rare:
        matches = sorted([*matches, *_RARE_CUE.finditer(text, start, end)], key=re.Match.start)
    for match in matches:
        word = match.group().casefold()
        kind = match.lastgroup or "talks"
        # The few words around a cue decide what it is; a short window keeps "…$" searches cheap.
        before = text[max(start, match.start() - 80) : match.start()]
        after = text[match.end() : min(end, match.end() + 80)]
        # Substring tests first: most "…$" expressions hold a word most windows lack.
        low_before = lower(before)
        if word == "vertici" and (_LEADERS_AFTER.match(after) or _LEADERS_BEFORE.search(before)):
            continue
        if word == "vertice" and _AT_THE_TOP_BEFORE.search(before) and _TOP_OF_AFTER.match(after):
            continue
        if _NOT_TALKS_AFTER.match(after):
            continue
        if word.startswith(("chiamat", "negoziato")) and _VERB_BEFORE.search(before):
            continue
        if word.startswith("si ") and "sent" in word and not _HEARD_AFTER.match(after):
            continue
        if word in ("al telefono", "telefonicamente") and _REACHED_BEFORE.search(before[-40:]):
            continue
        if "collegament" in word and not _WITH_AFTER.match(after):
            continue
        # "ha chiamato Putin" is a call; "ha chiamato a raccolta gli alleati" is not.
        if word.endswith("chiamato") and not _guest_after(text, match.end(), end, persons):
            continue
        if word == "vedere" and not _MODAL_BEFORE.search(before):
            continue
        if word.startswith("tavol") and _ON_THE_TABLE_BEFORE.search(before):
            continue
        if word == "scontro" and not _between_people(text, match.end(), persons):
            continue
        if _RECEIVING.match(word) and not _guest_after(text, match.end(), end, persons):
            continue
        if _HANDING.search(word) and not _recipient_after(text, match.end(), end, persons):
            continue
        if word.startswith(("bilateral", "trilateral")) and not (
            _NOUN_ARTICLE_BEFORE.search(before) or _between_people(text, match.end(), persons)
        ):
            continue
        mention = Mention(0, match.start(), match.end(), kind, cue=kind)
        mention.generic = (
            has_any(low_before, _GENERIC_STEMS) and bool(_GENERIC_BEFORE.search(before))
        ) or (has_any(low_before[-40:], _NEGATED_STEMS) and bool(_NEGATED_BEFORE.search(before)))
        mention.same = "stess" in low_before[-8:] and bool(_SAME_BEFORE.search(before))
        mention.indefinite = has_any(low_before, _INDEFINITE_STEMS) and bool(
            _INDEFINITE_BEFORE.search(before)
        )
        # Cheap substring tests first: most cues have no ordinal, no "tra", no "poi".
        lowered_before, lowered_after = low_before[-30:], after.lower()
        mention.ordinal = has_any(lowered_before, _ORDINAL_STEMS) and bool(
            _ORDINAL_BEFORE.search(before)
        )
        mention.between = (" tra " in lowered_after or " fra " in lowered_after) and (
            _between_people(text, match.end(), persons)
        )
        mention.goes_on = ("prosegu" in lowered_after or "continu" in lowered_after) and bool(
            _GOES_ON_AFTER.match(after)
        )
        mention.then = kind == "call" and (
            " poi " in word
            or " subito " in word
            or (
                ("dopo" in low_before or "più tardi" in low_before)
                and bool(_THEN_BEFORE.search(before))
            )
        )
        # "il vertice … è stato messo in pausa": announced, never held.
        mention.refused = kind != "call" and bool(
            has_any(low_before, _REJECTED_STEMS) and _REJECTED_BEFORE.search(before)
        )
        called_off = mention.refused or (
            has_any(lowered_after, CALLED_OFF_STEMS) and CALLED_OFF.search(after)
        )
        mention.called_off = kind != "call" and bool(called_off)
        planned = kind != "call" and (
            mention.called_off or _is_planned(text, start, end, match, low_before)
        )
        if planned or word.startswith("attes"):
            mention.kind = "planned"
        if has_any(low_before, OTHER_EVENT_STEMS) and _OTHER_EVENT_BEFORE.search(before):
            mention.marker = True
            markers.append(mention)
        found.append(mention)
    for mention in found:
        mention.other_event = bool(markers) and all(mention is not m for m in markers)
    if any(m.kind == "call" for m in found):
        for mention in found:
            before = text[max(start, mention.start - 40) : mention.start]
            mention.frame = mention.kind != "call" and bool(_FRAME_BEFORE.search(before))
        framing = any(m.frame for m in found)
        for mention in found:
            mention.framed = framing and mention.kind == "call"
    found += _listed(text, start, end, found)
    found.sort(key=lambda m: m.start)
    # Cues of one expression ("un nuovo round di colloqui") are one mention.
    merged: list[Mention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if last and mention.start - last.end <= 12 and FAMILY[last.kind] == FAMILY[mention.kind]:
            last.end = mention.end
            last.generic = last.generic and mention.generic
            continue
        merged.append(mention)
    return merged


# "Il secondo round, a giugno, … Il terzo, sempre a Istanbul, a luglio, …": an ordinal with its
# noun left out opens a sentence after one that names a round of a series.
_ELIDED_ORDINAL = re.compile(
    r"\s*(?:il|la|l['’])\s*(?P<word>(?:prim|second|terz|quart|quint|ultim)[oa])"
    r"(?=\s*,|\s+(?:a|ad|in|il|l['’]|sempre|invece|poi|si|è|fu)\b)",
    re.IGNORECASE,
)


def elided_ordinal(text: str, span: tuple[int, int], previous: list[Mention]) -> list[Mention]:
    """The next round of a series named by its ordinal alone, at the opening of a sentence."""
    series = [m for m in previous if m.ordinal and not m.listed]
    match = _ELIDED_ORDINAL.match(text, span[0], span[1]) if series else None
    if not match:
        return []
    last = series[-1]
    return [
        Mention(0, match.start("word"), match.end("word"), last.kind, cue=last.cue, ordinal=True)
    ]


# "I due round si erano svolti lì: il primo il 16 maggio, il secondo il 2 giugno al palazzo X":
# after a colon, each ordinal that a day or a place follows is one meeting of the cue's kind.
_LISTED = re.compile(
    r"(?:^|[,;:]|\be)\s*(?:il|l['’])\s*(?:primo|secondo|terzo|quarto|quinto|ultimo)"
    r"(?=\s+(?:il\s+\d|l['’]\d|\d|a|ad|al|alla|all['’]|in|nel|nella|a\s+\w+|,))",
    re.IGNORECASE,
)


def _listed(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    colon = text.find(":", found[-1].end, end) if found else -1
    if colon < 0 or any(m.start > colon for m in found):
        return []
    kind = found[-1].kind
    items = []
    for match in _LISTED.finditer(text, colon, end):
        word = match.group().split()[-1]
        at = match.end() - len(word)
        item = Mention(0, at, match.end(), kind, cue=found[-1].cue, ordinal=True, listed=True)
        items.append(item)
    return items


def _between_people(text: str, at: int, persons: list[tuple[int, int, str]]) -> bool:
    """Whether "tra X e Y" naming two people follows the cue closely."""
    between = _BETWEEN_AFTER.match(text[at : at + 80])
    if not between:
        return False
    window = at + between.end() + 60
    return len({name for s, _, name in persons if at + between.end() <= s < window}) >= 2


_HANDING = re.compile(r"(?:presentat|presentar|illustr|consegn)")


# "… il piano in 28 punti a Volodymyr Zelensky", "… al presidente Zelensky": to whom.
_TO_PERSON = re.compile(r"\b(?:a|al|alla|all['’]|ai|agli)\s*(?:[a-zà-ù]+\s+){0,3}$", re.IGNORECASE)


def _recipient_after(text: str, at: int, end: int, persons: list[tuple[int, int, str]]) -> bool:
    """Whether a person is named soon after a verb of handing, as the one it goes to."""
    for start, _, _ in persons:
        if at <= start < min(end, at + _RECEIVE_WINDOW):
            between = text[at:start]
            if not STRONG_MARK.search(between) and _TO_PERSON.search(between):
                return True
    return False


def _guest_after(text: str, at: int, end: int, persons: list[tuple[int, int, str]]) -> bool:
    """Whether a person is named soon after a verb of receiving, with no thing before them."""
    guest = next((s for s, _, _ in persons if at <= s < min(end, at + _RECEIVE_WINDOW)), None)
    return guest is not None and not _THING_BETWEEN.search(text, at, guest)


def _is_planned(text: str, start: int, end: int, match: re.Match[str], low_before: str) -> bool:
    before = text[max(start, match.start() - 80) : match.start()]
    if has_any(low_before, _PAST_STEMS) and _PAST_BEFORE.search(before):
        return False
    if has_any(low_before, _PLANNED_STEMS) and _PLANNED_BEFORE.search(before):
        return True
    if _PLANNED_AFTER.match(text[match.end() : end]):
        return True
    if has_any(low_before, _AGREED_STEMS) and _AGREED_BEFORE.search(before):
        return True
    clause_start = max(
        (m.end() for m in _CLAUSE_MARK.finditer(text, start, match.start())), default=start
    )
    next_mark = _CLAUSE_MARK.search(text, match.end(), end)
    clause_end = next_mark.start() if next_mark else end
    clause = text[clause_start:clause_end]
    low = lower(clause)
    after_cue = text[match.end() : clause_end]
    return bool(
        (has_any(low, _MODAL_STEMS) and _MODAL.search(clause))
        or (("rà" in low or "ranno" in low) and FUTURE.search(clause))
        or ("sar" in lower(after_cue) and TO_BE_FUTURE.search(after_cue))
        or (("sar" in low or "verr" in low) and _FUTURE_PASSIVE.search(clause))
    )
