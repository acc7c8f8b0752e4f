"""Meeting mentions: cue words in sentences, and the places, dates and people tied to them.

A cue ("colloqui", "telefonata", "vertice", "si sono incontrati" …) in a sentence is a mention of
a meeting. The places, dates and people of that sentence are tied to the nearest cue in the same
clause; a sentence that names no date or no participant borrows them from the sentences of its
paragraph that have no cue of their own. `meetings.py` groups the mentions into meetings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from negoreader.extract.meeting_events import (
    BEFORE_OR_AFTER,
    CALLED_OFF,
    CALLED_OFF_STEMS,
    events_in,
    has_any,
    other_event_in,
    unsettled,
)
from negoreader.records import Article, DateRef, Person

# --- cue words --------------------------------------------------------------------------------

# Longer cues first: "colloqui telefonici" is a call, not talks.
_CALL = (
    r"telefonat[ae]|videochiamat[ae]|chiamat[ae]|videoconferenz[ae]|colloqui[o]? telefonic[oi]"
    r"|conversazion[ei] telefonic[ae]|consultazioni telefoniche|(?:phone|video) calls?"
    r"|(?:una|la|alla|della) call|ha(?:nno)? (?:poi |anche |già |subito )?telefonato"
    r"|telefoner(?:à|anno)|telefonare|al telefono|telefonicamente"
    r"|ha(?:nno)? (?:poi |anche |già |subito )?(?:ri)?chiamato"
    # "in videocollegamento con Trump"; alone ("ha partecipato in videocollegamento") it says how
    # someone took part in another meeting (checked in _cues).
    r"|video-?collegament[oi]|collegament[oi] video|in collegamento (?:video|telefonico)"
)
_SUMMIT = r"vertice|vertici|summit"
_TALKS = (
    r"colloqui[o]?|negoziati|negoziato|trattativ[ae]|round|tavol[ae] rotond[ae]|faccia a faccia"
    r"|riunion[ei]|incontr[oi]|maratona (?:diplomatica|negoziale)|consultazioni"
    r"|(?:si sono )?incontrat[oaie]|incontrarsi|incontrare|incontrer(?:à|anno)|incontra(?:no)?"
    r"|si incontr\w+|si (?:sono )?riunit[ie]|si riunir(?:à|anno)|riunirsi"
    r"|ritrovarsi|rivedersi|vedersi|si ritrover(?:à|anno)|si rivedr(?:à|anno)|vedere|vedr(?:à|anno)"
    r"|(?:sarà|saranno|verrà|verranno|(?:è|sono) stat[oaie]) ricevut[oaie]|ricever(?:à|anno)"
    # Receiving, hosting, visiting someone: a meeting only with a person as the object (checked
    # in _cues): "ha ricevuto ad Ankara Umerov", not "ha ricevuto una lettera".
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
    r"|bilateral[ei]|trilateral[ei]"
    r"|scontro|attes[oaie](?=\s+(?:a|ad|in)\s)"
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
_CUE_STEMS = (
    "collegament", "colloqu", "negozi", "trattativ", "round", "tavol", "faccia", "riuni", "incontr", "maratona",
    "consultazion", "ritrov", "rived", "vede", "vedr", "scontr", "attes", "ricev", "talks",
    "meeting", "negotiation", "telefon", "chiamat", "call", "video", "vertic", "summit", "sed",
    "sied", "accol", "accogl", "ospit", "recat", "rech", "recars", "vist", "bilateral",
    "trilateral", "confront", "contatt", "present", "illustr", "consegn",
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
# "delegazione", "capo delegazione": who sits at the table, even in a sentence with no cue.
_DELEGATION = re.compile(
    r"\b(?:(?:delegazion[ei]|squadr[ae])\b.*\b(?:guidat[oaie]|compost[oaie]|includ\w+"
    r"|comprend\w+|figurava|c['’]er(?:a|ano)|facevano parte|faceva parte|affidat[oaie]"
    r"|rappresentat[oaie])"
    r"|capo delegazione|a guidare (?:la|le) (?:delegazion|squadr)\w*"
    r"|(?:ha|hanno) inviato|(?:erano|era) present[ei]|present[ei] anche|sedeva(?:no)?|al tavolo"
    # "Da Kiev erano arrivati X, Y e Z": who came for the talks.
    r"|da\s+[\w'’]+\s+(?:erano|era|sono|è)\s+(?:arrivat|giunt)[oaie]"
    r"|(?:ha|hanno) preso parte"
    # "Per l'Ucraina c'erano X e Y", "Con Zelensky c'era anche X".
    r"|(?:per|con)\s+(?:l['’]|la\s+|il\s+|i\s+|gli\s+)?[\w'’]+(?:\s+[\w'’]+)?\s+c['’]er(?:a|ano))\b",
    re.IGNORECASE,
)
# Every match of _DELEGATION holds one of these (lower-cased, after _IGNORECASE_LETTERS).
_DELEGATION_WORDS = (
    "delegazion",
    "c'er",
    "c’er",
    "squadr",
    "inviato",
    "present",
    "sedeva",
    "tavolo",
    "preso parte",
    "arrivat",
    "giunt",
)
# Letters re.IGNORECASE matches to an ASCII letter that str.lower() does not lower to it.
_IGNORECASE_LETTERS = str.maketrans({"İ": "i", "ſ": "s", "ı": "i"})
# "dopo lo scontro del 28 febbraio a Washington, …": what that clause names is another event's.
_OTHER_EVENT_CLAUSE = re.compile(
    r"\b(?:prima|dopo|in vista|al termine|alla fine|alla vigilia)\s+(?:d[ei]l|dell['’]|della|dei|degli|delle"
    r"|il|lo|la|l['’]|i|gli|le)\s*[^,;:.]*",
    re.IGNORECASE,
)

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
# "ha incontrato la stampa", "round di sanzioni", "consultazioni elettorali": not negotiations.
_NOT_TALKS_AFTER = re.compile(
    r"\s+(?:(?:la|i|gli|le)\s+)?(?:stampa|giornalisti|cronisti|reporter|cittadini|soldati|truppe"
    r"|studenti|familiari|feriti|sfollati|tifosi|elettori)\b"
    r"|\s+di\s+(?:sanzioni|attacchi|raid|bombardamenti|aiuti|finanziamenti|tagli|arresti|nomine)\b"
    r"|\s+(?:elettorali|popolari|referendarie)\b",
    re.IGNORECASE,
)
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
    r"\b(?:prima|dopo|in vista|al termine|alla fine|alla vigilia)\s+(?:d[ei]l|dell['’]|della|dei|degli|delle"
    r"|il|la|l['’]|i|gli|le)\s*$",
    re.IGNORECASE,
)

# --- planned rounds ---------------------------------------------------------------------------

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
_FUTURE = re.compile(r"\b(?!sar(?:à|anno)\b|tiranno\b)\w{2,}r(?:à|anno)\b", re.IGNORECASE)
_TO_BE_FUTURE = re.compile(r"\b(?:sarà|saranno)\b", re.IGNORECASE)
_FUTURE_PASSIVE = re.compile(
    r"\b(?:sarà|saranno|verrà|verranno)\s+\w+[aiu]t[oaie]\b", re.IGNORECASE
)
_PAST_BEFORE = re.compile(
    r"\b(?:ultim[oaie]|scors[oaie]|recent[ei]|precedent[ei])\b(?:\s+\S+){0,1}\s+$", re.IGNORECASE
)
_BEFORE_OR_AFTER = re.compile(rf"(?:{BEFORE_OR_AFTER})\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:()“”\"«»–—]")

# --- people who are not participants ----------------------------------------------------------

# "l'inviato di Trump", "l'amministrazione Trump", "genero del presidente Trump": a principal.
_PRINCIPAL_BEFORE = re.compile(
    r"\b(?:amministrazion[ei]|govern[oi]|presidenza|staff|entourage)\s+$"
    r"|\b(?:amministrazion[ei]|govern[oi]|presidenza|staff|entourage|inviat[oaie]|emissari[oa]?"
    r"|consiglier[ei]|genero|portavoce|uomini|fedelissim[oi]|alleat[oi])\b(?:\s+\w+)?"
    r"\s+(?:di|del|dell['’]|della|dello)\s*(?:(?:ex\s+)?(?:presidente|premier|leader)\s+)?$",
    re.IGNORECASE,
)
# "dall'insediamento di Donald Trump", "dopo l'elezione di X": a time, not a participant.
_TIME_OF_BEFORE = re.compile(
    r"\b(?:insediamento|elezione|rielezione|vittoria|mandato|arrivo|ritorno|morte|nomina"
    r"|dimissioni|epoca)\s+(?:di|del|della|dello)\s*(?:[\w'’]+\s+){0,2}$",
    re.IGNORECASE,
)
# "© Reuters/Jonathan Ernst", "Foto: X": who took the picture.
_CREDIT_BEFORE = re.compile(
    r"(?:©|\b(?:foto|credit|crediti|fonte|photo)\b\s*:?)[^,;.]{0,30}$", re.IGNORECASE
)
# "pressioni su Zelensky", "in contatto con il presidente Zelensky": spoken of, not present.
_OBJECT_BEFORE = re.compile(
    # "senza il segretario di Stato X": absent.
    r"\bsenza\s+(?:(?:il|lo|la|l['’]|i|gli|le)\s*)?(?:[\w'’]+\s+){0,5}$"
    r"|(?:\b(?:su|sul|sulla|contro)\s+|\bcontatto\s+con\s+(?:il\s+|la\s+|l['’])?(?:\w+\s+){0,2})$",
    re.IGNORECASE,
)
# '…”, ha affermato Zelensky': who speaks of a meeting was not necessarily there.
_SPEAKER_BEFORE = re.compile(
    r"\b(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:affermato|detto|dichiarato|scritto|aggiunto|spiegato"
    r"|sottolineato|ammesso|confidato|commentato|precisato|riferito|definito|annunciato"
    r"|fatto sapere|reso noto)\s+(?:\w+\s+){0,2}$"
    r"|\bsecondo\s+(?:[\w'’]+\s+){0,5}$",  # "secondo il consigliere del Cremlino X"
    re.IGNORECASE,
)
# "Peskov ha commentato …", "Kushner, genero del presidente, ha dichiarato …": a speaker too.
_SPEECH = (
    r"affermato|detto|dichiarato|aggiunto|spiegato|sottolineato|ammesso|confidato|commentato"
    r"|precisato|riferito|definito|osservato|ribadito|avvertito|assicurato|replicato|annunciato"
    r"|fatto sapere|reso noto|scritto"
)
_SPEAKER_AFTER = re.compile(
    r"^\s*(?:,[^,;:.]{0,60},\s*)?(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:poi\s+|anche\s+"
    r"|invece\s+|subito\s+)?(?:" + _SPEECH + r")|(?:commenta|dichiara|afferma|sottolinea"
    r"|spiega|dice|osserva|ribadisce|avverte|assicura|replica))\b",
    re.IGNORECASE,
)
# "Zelensky, parlando da Ankara,", "Zelensky, da Tirana,": somewhere else.
_REMOTE_AFTER = re.compile(r"^,?\s*(?:parlando\s+|intervenendo\s+|collegato\s+)?da\s+[A-Z]")
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’]ve|I['’]m|we|We|we['’]ve|We['’]ve|ho|Ho|abbiamo|Abbiamo|ci siamo|mi sono)\b"
)

# --- places -----------------------------------------------------------------------------------

_ARTICLE = r"(?:(?:gli|i|il|la|le|lo|l['’])\s*)?"
_PARTY_BEFORE = re.compile(rf"\b(?:tra|fra|con|contro|e|ed|verso)\s+{_ARTICLE}$", re.IGNORECASE)
_LIST_BEFORE = re.compile(rf"(?:,|\be|\bed)\s+{_ARTICLE}$", re.IGNORECASE)
LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:a|ad|in|nel|nella|nello|negli|nei|presso|alla|al)\s+|\ball['’])$"
    r"|\b(?:a|ad|in|nel|nella|nello|presso|alla|al|all['’])\s*(?:[\w'’]+\s+){0,4}?"
    r"(?:di|del|dell['’]|della)\s*$",
    re.IGNORECASE,
)
# A country is where talks happen only "in" it: "all'Ucraina" is a dative, "a" a party.
_IN_COUNTRY_BEFORE = re.compile(r"\b(?:in|nel|nella|negli|nei)\s+$", re.IGNORECASE)
_DURING_BEFORE = re.compile(
    r"\b(?:al termine|alla fine|nel corso|a margine|all['’]inizio|in apertura)\s+(?:d[ei]l|dell['’]"
    r"|della|dei|degli|delle)\s*$",
    re.IGNORECASE,
)
_GENITIVE_BEFORE = re.compile(r"\b(?:dei|degli|delle|della|dello|del|dell['’])\s*$", re.IGNORECASE)
_TOPIC_IN_BEFORE = re.compile(
    r"\b(?:guerra|conflitto|pace|crisi|situazione|invasione|combattimenti|offensiva|tregua|fuoco"
    r"|truppe|soldati|forze|presenza|interessi|ricostruzione)\s+(?:in|nel|nella|negli|nei)\s+$",
    re.IGNORECASE,
)
# "i colloqui sul Mar Nero", "sulla navigazione nel Mar Nero", "per la Crimea", "riguardo al
# Donbass": the subject matter. Only "a", "ad", "presso" … after it name a venue again.
_TOPIC_BEFORE = re.compile(
    r"\b(?:su|sul|sullo|sulla|sull['’]|sui|sugli|sulle|per\s+(?:il|lo|la|l['’]|i|gli|le)"
    r"|riguard(?:o|ante|anti)\s+(?:a|al|allo|alla|all['’]|ai|agli|alle|il|la|lo|l['’])?"
    r"|circa|in\s+merito\s+(?:a|al|allo|alla|all['’]|ai|agli|alle)|relativ[oaie]\s+(?:a|al|alla"
    r"|allo|all['’]|ai|agli|alle))(?:(?<=['’])|\b)\s*"  # a whole word: not "su" of "summit"
    r"(?:(?!(?:a|ad|presso|al|alla|allo|ai|agli|alle|all['’]|sede|palazzo)\b)[\w'’]+\s+){0,4}$",
    re.IGNORECASE,
)
_ALTERNATIVE_BEFORE = re.compile(r"\b(?:o|oppure|or)\s+(?:a\s+|in\s+)?$", re.IGNORECASE)
_HOST_AFTER = re.compile(
    r"^\s+(?:(?:dovrebbe|potrebbe|dovrà|potrà|ha|avrebbe|aveva)\s+)?ospit", re.IGNORECASE
)
# "i colloqui di Ginevra", "il round trilaterale di Abu Dhabi": where they were held.
_OF_AFTER_CUE = re.compile(r"^\s*(?:[a-zà-ù]+\s+)?(?:di|del|dell['’])\s*$", re.IGNORECASE)

# --- mentions ---------------------------------------------------------------------------------

# "Miami, 30 novembre 2025 – ": where and when the article was filed, not a meeting's.
_DATELINE = re.compile(r"^\s*[^\W\d][^,–—\n]{0,40},\s*[^–—\n]{3,40}?\s[–—-]\s")

# --- substring tests -------------------------------------------------------------------------

# Each expression above matches only a window holding one of its words (lower-cased): a test of
# these is far cheaper than the search, which tries every position of the window.
_GENERIC_STEMS = (
    "serie", "altr", "divers", "vari", "numeros", "molt", "tant", "ogni", "qualsiasi", "qualunque",
    "futur", "precedent",
)  # fmt: skip
_INDEFINITE_STEMS = ("un", "nuov", "altr", "ulterior")
_OTHER_EVENT_STEMS = ("prima", "dopo", "vista", "termine", "fine", "vigilia")
_PAST_STEMS = ("ultim", "scors", "recent", "precedent")
_PLANNED_STEMS = ("prossim", "previst", "ulterior")
_AGREED_STEMS = (
    "concordat", "decis", "convenut", "stabilit", "promess", "accettat", "accordo", "pront",
    "disponibil", "torn",
)  # fmt: skip
_MODAL_STEMS = ("dovr", "potr", "doves")
_PRINCIPAL_STEMS = (
    "amministrazion", "govern", "presidenza", "staff", "entourage", "inviat", "emissari",
    "consiglier", "genero", "portavoce", "uomini", "fedelissim", "alleat",
)  # fmt: skip
_OBJECT_STEMS = ("senza", "su", "contro", "contatto")
_TIME_OF_STEMS = (
    "insediamento", "elezione", "vittoria", "mandato", "arrivo", "ritorno", "morte", "nomina",
    "dimissioni", "epoca",
)  # fmt: skip
_CREDIT_STEMS = ("©", "foto", "credit", "fonte", "photo")
_SPEAKER_STEMS = ("ha", "av", "secondo")


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
    cue: str = "talks"  # what the cue word names (talks, summit, call), planned or not

    @property
    def anchored(self) -> bool:
        return bool(self.places) or any(_anchors(v, self.kind) for v in self.dates)


def find_mentions(article: Article, who: dict[str, str], kinds: dict[str, str]) -> list[Mention]:
    """Every cue in the article with what its sentence ties to it, in text order.

    `who` maps folded spellings of people to canonical names (for quote authors); `kinds` maps
    place names to their kind (city, venue …).
    """
    by_paragraph = _entities_by_paragraph(article)
    authors = _author_names(article, who)
    days = _named_days(article)
    mentions: list[Mention] = []
    for index, paragraph in enumerate(article.paragraphs):
        text = paragraph.text
        skip_to = dateline_end(text) if index == 0 else 0
        persons, places, dates = (
            [x for x in spans if x[0] >= skip_to] for spans in by_paragraph.get(index, ([], [], []))
        )
        sentences = [
            _Sentence(span, _cues(text, span, _within(persons, span)))
            for span in _sentences(text, skip_to)
        ]
        for sentence in sentences:
            span = sentence.span
            sentence.people = _within(persons, span)
            sentence.places = _within(places, span)
            sentence.dates = _within(dates, span)
            if sentence.cues:
                _tie(text, sentence, kinds, authors.get(index, ""))
                _unsettle(text, sentence)
        for sentence in sentences:
            _part_of_day(text, sentence, index, days)
        found = [m for sentence in sentences for m in sentence.cues]
        _borrow_from_paragraph(text, found, sentences, kinds)
        found += _delegations(text, sentences, kinds)
        for mention in found:
            mention.paragraph = index
        mentions.extend(found)
    return mentions


@dataclass
class _Sentence:
    """A sentence of a paragraph, its cues and the entities it names."""

    span: tuple[int, int]
    cues: list[Mention]
    people: list[tuple[int, int, str]] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)
    dates: list[tuple[int, int, str]] = field(default_factory=list)


def _tie(text: str, sentence: _Sentence, kinds: dict[str, str], author: str) -> None:
    """Tie the sentence's places, dates and people to its cues."""
    found = sentence.cues
    s_start, s_end = sentence.span
    low = _lower(text[s_start:s_end])
    clauses = (
        list(_OTHER_EVENT_CLAUSE.finditer(text, s_start, s_end))
        if has_any(low, _OTHER_EVENT_STEMS)
        else []
    )
    shields = [m.span() for m in clauses]
    # "…, alla vigilia dei colloqui", "Dopo il vertice, …": the talks are named as a point in
    # time, and what the main clause tells happened at another time. What follows such a clause
    # in mid-sentence still tells of the talks ("dopo i colloqui di sabato, guidati da X"); one
    # that opens the sentence ("Pochi giorni dopo il vertice, …") is followed by the main clause.
    elsewhere = [
        (m.start(), m.end(), len(text[s_start : m.start()].split()) <= 3)
        for m in clauses
        if _BEFORE_OR_AFTER.match(m.group())
    ]

    items = [m.start for m in found if m.listed]
    events = events_in(text, s_start, s_end)

    def apart(at: int, mention: Mention, speech: bool) -> bool:
        if any(a <= at < b and not a <= mention.start < b for a, b in shields):
            return True
        # In a list, what follows an item up to the next is that item's.
        if items and (mention.listed or at > items[0]):
            owner = max((i for i in items if i < at), default=None)
            return mention.start != owner
        for a, b, opens in elsewhere:
            if a <= mention.start < b and (at < a or (at >= b and opens)):
                return True
        # "Giovedì a Mosca Putin ha tenuto un discorso sui negoziati": the day is the speech's.
        low, high = (at, mention.start) if at < mention.start else (mention.end, at)
        return events.between(low, high, shields, speech)

    def shielded(at: int, mention: Mention) -> bool:
        return apart(at, mention, True)

    # A call within a meeting ("durante il vertice di ieri a Parigi") is held on the meeting's
    # days; the places and days of the sentence are the meeting's, the people the call's.
    frames = [m for m in found if m.frame]
    hosts = [m for m in found if m.kind != "call"] if frames else found
    _tie_places(text, hosts, sentence.places, kinds, shielded)
    if items:
        _share_with_items(found, kinds)
    # Nearest first: of two dates that name different days, one an interval ("giovedì … dal 16
    # al 18"), the cue keeps the nearer; consecutive single days ("ieri … stamattina") are kept.
    by_distance = []
    for start, end, value in sentence.dates:
        tied = _nearest_in_clause(text, [m for m in hosts if not shielded(start, m)], start, end)
        if tied:
            by_distance.append((max(tied.start - end, start - tied.end, 0), start, value, tied))
    for _, _, value, tied in sorted(by_distance, key=lambda x: x[:2]):
        if not any(_other_days(value, held) for held in tied.dates):
            tied.dates.append(value)
    for call in (m for m in found if frames and m.kind == "call" and not m.dates):
        call.dates = list(dict.fromkeys(v for m in frames for v in m.dates))
    takers = [m for m in found if not m.frame] or found
    remote = bool(_REMOTE_OPENING.match(text, s_start))
    for start, end, name in [] if remote else sentence.people:
        open_to = [m for m in takers if not apart(start, m, False)]
        if not open_to:
            continue
        tied = _nearest_in_clause(text, open_to, start, end) or _nearest(open_to, start, end)
        if _marks(_CONTRAST_MARK, text, min(tied.end, end), max(tied.start, start)):
            continue
        after = text[end : end + 80]
        if _takes_part(text[s_start:start], tied, after):
            tied.people.append(name)
    if author and _FIRST_PERSON.search(text[s_start:s_end]):
        for mention in found:
            mention.people.append(author)


# "Nel tardo pomeriggio Rubio ha telefonato a Lavrov": on the day the article last called
# "oggi" or "ieri" (dates ignore parts of a day with no day named).
_PART_OF_DAY = re.compile(
    r"\b(?:nel (?:primo |tardo )?pomeriggio|in (?:tarda )?serata|in (?:tarda )?mattinata"
    r"|nella tarda mattinata|a fine giornata|in giornata)\b",
    re.IGNORECASE,
)
_DAY_WORDS = re.compile(
    r"(?:oggi|ieri|stamattina|stamane|stasera|stanotte|questa (?:mattina|sera|notte)"
    r"|questo pomeriggio)\b",
    re.IGNORECASE,
)


def _named_days(article: Article) -> list[tuple[tuple[int, int], str]]:
    """Where the article says "oggi", "ieri", "stamattina" …, and the day each names."""
    return sorted(
        ((d.mention.paragraph, d.mention.start), d.value)
        for d in article.dates
        if d.relative and precision(d.value) == "day" and _DAY_WORDS.match(d.text)
    )


def _part_of_day(
    text: str, sentence: _Sentence, paragraph: int, days: list[tuple[tuple[int, int], str]]
) -> None:
    cues = [m for m in sentence.cues if not m.dates and not m.generic]
    if not cues or not days or not _PART_OF_DAY.search(text, *sentence.span):
        return
    at = (paragraph, sentence.span[0])
    earlier = [value for where, value in days if where <= at]
    if earlier:
        for mention in cues:
            mention.dates = [earlier[-1]]


def _unsettle(text: str, sentence: _Sentence) -> None:
    """A meeting "with no date or place fixed yet" is no meeting; "no date yet" leaves no year.

    "Un vertice è possibile nel 2026, ma data e luogo restano da definire": a wish, not an event.
    A month or a place still fixed ("a gennaio, data da definire") keeps it.
    """
    no_date, neither = unsettled(text, *sentence.span)
    if not no_date:
        return
    for mention in sentence.cues:
        mention.dates = [v for v in mention.dates if precision(v) != "year"]
        if neither and not mention.places and not mention.dates:
            mention.generic = True


def _within(
    spans: list[tuple[int, int, str]], sentence: tuple[int, int]
) -> list[tuple[int, int, str]]:
    return [x for x in spans if sentence[0] <= x[0] < sentence[1]]


# "Da Parigi, il presidente Macron ha chiesto …": said from elsewhere.
_REMOTE_OPENING = re.compile(r"\s*(?:Da|Dalla|Dal)\s+[A-Z][\w'’ ]{1,30},")


def _participants(text: str, sentence: _Sentence) -> list[str]:
    start = sentence.span[0]
    if _REMOTE_OPENING.match(text, start):
        return []
    return [
        name for s, e, name in sentence.people if _takes_part(text[start:s], None, text[e : e + 80])
    ]


def _borrow_from_paragraph(
    text: str, mentions: list[Mention], sentences: list[_Sentence], kinds: dict[str, str]
) -> None:
    """A cue takes dates and people from the paragraph's sentences that have no cue of their own.

    "Dal 19 al 21 dicembre, la delegazione ha dialogato … sintetizzando il senso degli incontri";
    "Sono iniziati a Miami i colloqui. La delegazione è guidata da Rustem Umerov …";
    "Domenica era a Ginevra con Rubio … «Productive talks in Geneva», ha scritto Yermak".
    """
    # A paragraph whose cues name no place or day of their own: its sentences tell of one event.
    unplaced = not any(m.places or m.dates for m in mentions)
    # "Sono arrivati ieri a Kiev. Hanno incontrato Zelensky": the journey's day is the meeting's,
    # unless the paragraph dates the meeting itself ("atterrato ieri sera … incontrato oggi").
    journeys = any(m.dates for m in mentions)
    for mention in mentions:
        # "Poche ore prima del colloquio, … lunedì …": the paragraph's dates are not its.
        if mention.generic or mention.other_event or mention.marker:
            continue
        home = next(i for i, s in enumerate(sentences) if any(m is mention for m in s.cues))
        quiet = [s for s in sentences if not s.cues]
        # A sentence that names the meeting's place (as where something happens) is about it.
        here = [s for s in quiet if _names_place(text, s, mention.places)]
        # "Giovedì un attacco ha colpito Kiev", "…», ha scritto X sabato": another event's day.
        lenders = [
            s
            for s in (here if mention.places else quiet)
            if not _tells_other_event(text, s, journeys)
        ]
        days = {v for s in lenders for _, _, v in s.dates if precision(v) in ("day", "interval")}
        if not mention.dates and len(days) == 1:
            mention.dates = sorted(days)
            # "La giornata di ieri a Mar-a-Lago …. Trump ha accolto Zelensky": that day's place.
            if unplaced and mention.kind != "call":
                mention.places = [
                    name for s in lenders if s.dates for name in _where(text, s, kinds)
                ]
        if not mention.places and mention.dates and mention.kind != "call" and home > 0:
            # "Il terreno era stato preparato a Mosca. Giovedì X è stato ricevuto da Y": where
            # the sentence just before, telling of no other day or event, says it happens.
            last = sentences[home - 1]
            # "X è arrivato oggi a Kiev. In serata ha incontrato Y": a journey there that day.
            same_day = {v for _, _, v in last.dates} <= set(mention.dates)
            where = _where(text, last, kinds) if same_day and not last.cues else []
            if len(where) == 1 and not _tells_other_event(text, last, journeys=False):
                mention.places = where
        if not mention.anchored:
            continue
        following = []
        for sentence in sentences[home + 1 :]:
            if sentence.cues:
                break
            following.append(sentence)
        on_day = [s for s in quiet if {v for _, _, v in s.dates} & set(mention.dates)]
        sources = here + on_day + ([] if mention.people else following)
        for sentence in sources:
            # A sentence about other days ("Witkoff sarà lì dal 16 al 18") is another event's.
            if mention.dates and any(
                _other_days(v, held) for _, _, v in sentence.dates for held in mention.dates
            ):
                continue
            mention.people += [p for p in _participants(text, sentence) if p not in mention.people]


_WIDE = ("country", "continent", "region")


def _tells_other_event(text: str, sentence: _Sentence, journeys: bool = True) -> bool:
    return other_event_in(text, *sentence.span, journeys)


def _where(text: str, sentence: _Sentence, kinds: dict[str, str]) -> list[str]:
    """The places a sentence with no cue says something happens at: "a Kiev", not "in Ucraina"."""
    found = []
    for start, _, name in sentence.places:
        before = text[max(0, start - 60) : start]
        if kinds.get(name, "") in ("country", "continent", "region"):
            continue
        if LOCATIVE_BEFORE.search(before) and not _TOPIC_BEFORE.search(before[-45:]):
            found.append(name)
    return list(dict.fromkeys(found))


def _names_place(text: str, sentence: _Sentence, places: list[str]) -> bool:
    return any(
        name in places and LOCATIVE_BEFORE.search(text[max(0, start - 60) : start])
        for start, _, name in sentence.places
    )


def _delegations(text: str, sentences: list[_Sentence], kinds: dict[str, str]) -> list[Mention]:
    """Sentences that say who is in a delegation, naming no place where: references back."""
    found: list[Mention] = []
    odd = any(letter in text for letter in "İſı")  # translate() is slow: only when needed
    lowered = (text.translate(_IGNORECASE_LETTERS) if odd else text).lower()
    if not has_any(lowered, _DELEGATION_WORDS):
        return found  # most paragraphs: no sentence can match
    for sentence in sentences:
        # A city or a venue where something happens is another scene ("il generale, comandante
        # in Europa" is a title).
        scenes = [n for _, _, n in sentence.places if kinds.get(n, "") not in _WIDE]
        if sentence.cues or _names_place(text, sentence, scenes):
            continue
        match = _DELEGATION.search(text, *sentence.span)
        if match and (people := _participants(text, sentence)):
            # "La delegazione sarà guidata da X": the delegation of a round to come.
            clause = text[sentence.span[0] : sentence.span[1]]
            coming = bool(_FUTURE.search(clause) or _TO_BE_FUTURE.search(clause))
            kind = "planned" if coming else "talks"
            found.append(
                Mention(0, match.start(), match.end(), kind, people=people, delegation=True)
            )
    return found


def _lower(text: str) -> str:
    """Lower-cased for the substring tests before a search (same letters as re.IGNORECASE)."""
    lowered = text.lower()
    # Of the letters re.IGNORECASE folds to ASCII, only these two survive lower().
    return lowered.translate(_IGNORECASE_LETTERS) if "ſ" in lowered or "ı" in lowered else lowered


# What decides the cues of a sentence: the character before it (the cue's word boundary) and
# up to this many after it ("tra X e Y" read past its end).
_CUE_READS_ON = 80


def _cues(text: str, span: tuple[int, int], persons: list[tuple[int, int, str]]) -> list[Mention]:
    """The cues of a sentence with what their own words say of them (kind, generic, planned …)."""
    start, end = span
    lead = max(0, start - 1)
    window = text[lead : end + _CUE_READS_ON]
    near = tuple((s - lead, e - lead, name) for s, e, name in persons)
    # Fresh mentions each time: the cached ones are templates the ties must not change.
    return [
        replace(m, start=m.start + lead, end=m.end + lead, places=[], dates=[], people=[])
        for m in _sentence_cues(window, start - lead, end - lead, near)
    ]


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
    if not has_any(text[start:end].casefold(), _CUE_STEMS):
        return ()
    return tuple(_find_cues(text, start, end, list(persons)))


def _find_cues(
    text: str, start: int, end: int, persons: list[tuple[int, int, str]]
) -> list[Mention]:
    found: list[Mention] = []
    markers: list[Mention] = []
    for match in _CUE.finditer(text, start, end):
        word = match.group().casefold()
        kind = match.lastgroup or "talks"
        # The few words around a cue decide what it is; a short window keeps "…$" searches cheap.
        before = text[max(start, match.start() - 80) : match.start()]
        after = text[match.end() : min(end, match.end() + 80)]
        # Substring tests first: most "…$" expressions hold a word most windows lack.
        low_before = _lower(before)
        if word == "vertici" and (_LEADERS_AFTER.match(after) or _LEADERS_BEFORE.search(before)):
            continue
        if word == "vertice" and _AT_THE_TOP_BEFORE.search(before) and _TOP_OF_AFTER.match(after):
            continue
        if _NOT_TALKS_AFTER.match(after):
            continue
        if word.startswith(("chiamat", "negoziato")) and _VERB_BEFORE.search(before):
            continue
        if "collegament" in word and not _WITH_AFTER.match(after):
            continue
        # "ha chiamato Putin" is a call; "ha chiamato a raccolta gli alleati" is not.
        if word.endswith("chiamato") and not _guest_after(text, match.end(), end, persons):
            continue
        if word == "vedere" and not _MODAL_BEFORE.search(before):
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
        mention.generic = has_any(low_before, _GENERIC_STEMS) and bool(
            _GENERIC_BEFORE.search(before)
        )
        mention.indefinite = has_any(low_before, _INDEFINITE_STEMS) and bool(
            _INDEFINITE_BEFORE.search(before)
        )
        # Cheap substring tests first: most cues have no ordinal, no "tra", no "poi".
        lowered_before, lowered_after = before[-30:].lower(), after.lower()
        mention.ordinal = has_any(lowered_before, _ORDINAL_STEMS) and bool(
            _ORDINAL_BEFORE.search(before)
        )
        mention.between = (" tra " in lowered_after or " fra " in lowered_after) and (
            _between_people(text, match.end(), persons)
        )
        mention.then = kind == "call" and (" poi " in word or " subito " in word)
        # "il vertice … è stato messo in pausa": announced, never held.
        called_off = has_any(lowered_after, CALLED_OFF_STEMS) and CALLED_OFF.search(after)
        mention.called_off = kind != "call" and bool(called_off)
        planned = kind != "call" and (
            mention.called_off or _is_planned(text, start, end, match, low_before)
        )
        if planned or word.startswith("attes"):
            mention.kind = "planned"
        if has_any(low_before, _OTHER_EVENT_STEMS) and _OTHER_EVENT_BEFORE.search(before):
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


def _share_with_items(found: list[Mention], kinds: dict[str, str]) -> None:
    """The cue a list follows names the series, not one meeting; its city is the items'."""
    first = min(m.start for m in found if m.listed)
    heads = [m for m in found if not m.listed and m.start < first]
    if not heads:
        return
    head = heads[-1]
    head.generic = True
    cities = [n for n in head.places if kinds.get(n, "") in ("", "city")]
    for item in (m for m in found if m.listed):
        if not any(kinds.get(n, "") in ("", "city") for n in item.places):
            item.places += [n for n in cities if n not in item.places]


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
            if not _STRONG_MARK.search(between) and _TO_PERSON.search(between):
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
    low = _lower(clause)
    after_cue = text[match.end() : clause_end]
    return bool(
        (has_any(low, _MODAL_STEMS) and _MODAL.search(clause))
        or (("rà" in low or "ranno" in low) and _FUTURE.search(clause))
        or ("sar" in _lower(after_cue) and _TO_BE_FUTURE.search(after_cue))
        or (("sar" in low or "verr" in low) and _FUTURE_PASSIVE.search(clause))
    )


def _tie_places(
    text: str,
    found: list[Mention],
    places: list[tuple[int, int, str]],
    kinds: dict[str, str],
    shielded: Callable[[int, Mention], bool],
) -> None:
    """Give each cue the places the sentence says it happens at (not the parties to it)."""
    previous: tuple[int, int, str, bool, bool] | None = None  # start, end, name, party, locative
    distance: dict[tuple[int, str], int] = {}  # (cue start, city) → characters between them
    for start, end, name in places:
        before = text[max(0, start - 60) : start]
        after = text[end : end + 30]
        hyphenated = text[end : end + 1] == "-" or text[start - 1 : start] == "-"
        adjacent = previous is not None and start - previous[1] <= 12
        # "tra Stati Uniti e Russia", "Usa-Ucraina", "con Mosca": the sides, not the venue.
        in_list = bool(previous and previous[3] and start - previous[1] <= 12)
        party = bool(
            hyphenated
            or (_PARTY_BEFORE.search(before) and not _ALTERNATIVE_BEFORE.search(before))
            or (in_list and _LIST_BEFORE.search(before))
        )
        tied = _nearest_in_clause(text, [m for m in found if not shielded(start, m)], start, end)
        # "a Kiev si attende l'esito dei colloqui": a cue in the genitive is a reference to talks
        # held elsewhere; only "dei colloqui di Ginevra" or what follows it places them.
        genitive = (
            tied is not None
            and start < tied.start
            and _GENITIVE_BEFORE.search(text[max(0, tied.start - 12) : tied.start])
            # "Sabato a Istanbul …, al termine dei colloqui": the end of the talks held there.
            and not _DURING_BEFORE.search(text[max(0, tied.start - 30) : tied.start])
        )
        if tied is None or shielded(start, tied) or genitive:
            previous = (start, end, name, party, False)
            continue
        mention = tied
        cue_gap = text[mention.end : start] if mention.end <= start else ""
        topic = bool(_TOPIC_BEFORE.search(before[-45:]))
        locative = (
            not party
            and not topic
            and bool(
                LOCATIVE_BEFORE.search(before)
                or _HOST_AFTER.match(after)
                or _OF_AFTER_CUE.match(cue_gap)
            )
        )
        alternative = (
            adjacent and previous is not None and previous[4] and _ALTERNATIVE_BEFORE.search(before)
        )
        if alternative:
            mention.alternatives = True
            locative = True
        kind = kinds.get(name, "") or "city"
        # A country is where talks happen only "in" it ("colloqui in Arabia Saudita"), and "la
        # guerra in Ucraina" is the subject matter.
        in_country = _IN_COUNTRY_BEFORE.search(before) and not _TOPIC_IN_BEFORE.search(before)
        wanted = kind not in ("country", "continent") or in_country
        if locative and wanted and name not in mention.places:
            mention.places.append(name)
            distance[mention.start, name] = max(mention.start - end, start - mention.end, 0)
        previous = (start, end, name, party, locative)
    # "Era stato a Kiev giovedì, e domenica era a Ginevra nel confronto con …": of two cities
    # (not offered as alternatives) the cue is where the nearer one is.
    for mention in found:
        cities = [n for n in mention.places if kinds.get(n, "") in ("", "city")]
        if len(cities) > 1 and not mention.alternatives:
            nearest = min(cities, key=lambda n: distance.get((mention.start, n), 0))
            mention.places = [n for n in mention.places if n not in cities or n == nearest]


def _takes_part(before: str, mention: Mention | None, after: str = "") -> bool:
    """Whether a person named after `before` (the sentence so far) can be a participant."""
    if _REMOTE_AFTER.match(after):
        return False
    tail = before[-80:]
    low = _lower(tail)
    if has_any(low, _PRINCIPAL_STEMS) and _PRINCIPAL_BEFORE.search(tail):
        return False
    if has_any(low, _OBJECT_STEMS) and _OBJECT_BEFORE.search(tail):
        return False
    if has_any(low, _TIME_OF_STEMS) and _TIME_OF_BEFORE.search(tail):
        return False
    if has_any(low, _CREDIT_STEMS) and _CREDIT_BEFORE.search(tail):
        return False
    # Who only speaks of a meeting ("ha commentato Peskov", "Kushner ha dichiarato", "secondo
    # Erdogan") is not placed at it; a reference back names no one else either.
    if _SPEAKER_AFTER.match(after):
        return False
    return not (has_any(low, _SPEAKER_STEMS) and _SPEAKER_BEFORE.search(tail))


# Where a quotation, a parenthesis or a colon begins, the places and dates it names are its own.
# ", mentre Witkoff sarà a Ginevra dal 16 al 18": a clause of contrast tells of another event.
# ", e a Bruxelles si temeva …", ", e domenica era a Ginevra …": a clause that opens on another
# place or another day tells of something else.
_CONTRAST = (
    r",\s*(?:mentre|ma|però|e invece)\b|,\s*e\s+(?:a|ad|in|da)\s+(?=(?-i:[A-Z])|$)"
    r"|,\s*e\s+(?=(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi"
    r"|stamattina|stasera|il giorno dopo|l['’]indomani)\b)"
)
_STRONG_MARK = re.compile(r"[;:“”«»()\"]|\s[–—]\s|" + _CONTRAST, re.IGNORECASE)
_CONTRAST_MARK = re.compile(_CONTRAST, re.IGNORECASE)


def _nearest_in_clause(text: str, found: list[Mention], start: int, end: int) -> Mention | None:
    """The nearest cue with no quotation mark, parenthesis or colon between it and [start, end)."""
    near = [m for m in found if not _split(text, min(m.end, end), max(m.start, start))]
    return _nearest(near, start, end) if near else None


_QUOTES = '“”«»"'
# A quotation of a few words ("in agosto") is part of the clause it stands in.
_SHORT_QUOTE = re.compile(r"[“«\"][^“”«»\".;:]{1,25}[”»\"]")


def _split(text: str, start: int, end: int) -> bool:
    """Whether a strong mark (not the quotes of a short quotation) stands in text[start:end]."""
    first = _STRONG_MARK.search(text, start, min(len(text), end + 16))
    if first is None or first.start() >= end:
        return False  # the common case: one search
    for mark in _marks(_STRONG_MARK, text, start, end):
        if mark.group() in _QUOTES and _in_short_quote(text, mark.start()):
            continue
        return True
    return False


def _marks(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """The marks beginning in text[start:end], each read with what follows (", e domenica")."""
    found = []
    for mark in pattern.finditer(text, start, min(len(text), end + 16)):
        if mark.start() >= end:
            break
        found.append(mark)
    return found


def _in_short_quote(text: str, at: int) -> bool:
    window = text[max(0, at - 27) : at + 28]
    offset = at - max(0, at - 27)
    return any(
        q.start() <= offset < q.end() and len(q.group().split()) <= 3
        for q in _SHORT_QUOTE.finditer(window)
    )


def _nearest(found: list[Mention], start: int, end: int) -> Mention:
    def distance(m: Mention) -> int:
        return max(m.start - end, start - m.end, 0)

    return min(found, key=distance)


# --- text -------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*\s+(?=[\"“«‘(]?[^\W\d_a-z])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:sig|dott|prof|gen|reg|trib|art|n|p|ecc|st))\.$")


def _sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of a paragraph, from `start`."""
    spans = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start):
        # An abbreviation is at most five characters and a boundary: the last eight decide.
        stop = match.start() + 1
        if _ABBREVIATION.search(text[max(begin, stop - 8) : stop]):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    if begin < len(text):
        spans.append((begin, len(text)))
    return spans


def dateline_end(text: str) -> int:
    """Where the dateline ("Miami, 30 novembre 2025 – ") of a first paragraph ends, or 0."""
    match = _DATELINE.match(text)
    return match.end() if match and any(ch.isdigit() for ch in match.group()) else 0


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
            (ref.mention.start, ref.mention.end, _value(ref))
        )
    for lists in table.values():
        for spans in lists:
            spans.sort()
    return table


def _value(ref: DateRef) -> str:
    return ref.value


def _author_names(article: Article, spellings: dict[str, str]) -> dict[int, str]:
    """Quote blocks whose author is a known person: paragraph index → canonical name.

    An embed's author reads "Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa)": any run
    of up to four of its words that is a person's spelling names the person.
    """
    result = {}
    for index, paragraph in enumerate(article.paragraphs):
        if not paragraph.author:
            continue
        words = fold(paragraph.author).replace("(", " ").replace(")", " ").split()
        runs = (" ".join(words[i : i + n]) for n in (4, 3, 2, 1) for i in range(len(words)))
        name = next((spellings[run] for run in runs if len(run) > 3 and run in spellings), "")
        if name:
            result[index] = name
    return result


def people_spellings(people: Sequence[Person]) -> dict[str, str]:
    table: dict[str, str] = {}
    for person in people:
        for spelling in (person.name, *person.aliases):
            table.setdefault(fold(spelling), person.name)
    return table


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- dates ------------------------------------------------------------------------------------


def precision(value: str) -> str:
    if "/" in value:
        return "interval"
    return {0: "year", 1: "month", 2: "day"}.get(value.count("-"), "")


def _days(value: str) -> tuple[date, date] | None:
    """The first and last day of an ISO day or interval; None for coarser dates."""
    if precision(value) not in ("day", "interval"):
        return None
    try:
        first, _, last = value.partition("/")
        return date.fromisoformat(first), date.fromisoformat(last or first)
    except ValueError:
        return None


def _other_days(value: str, held: str) -> bool:
    """Whether two fine dates share no day and one of them is an interval (not "ieri … oggi")."""
    a, b = _days(value), _days(held)
    if a is None or b is None or (a[0] <= b[1] and b[0] <= a[1]):
        return False
    return "/" in value or "/" in held


def _anchors(value: str, kind: str) -> bool:
    """A year alone ("uno sguardo al 2026") does not place past talks in time; it dates a plan."""
    return kind == "planned" or precision(value) != "year"
