"""Places: the cues that reveal an unknown place, and unifying spellings across the corpus.

A place the knowledge file lists is recognised by any of its spellings (Kyiv → Kiev). An unknown
one is taken only from a cue: "a/ad/in X", "da X" after a verb of motion, "nel quartiere di X",
"Hotel X", the dateline. Demonyms, organisations and words that start sentences never are places.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from negoreader.extract.knowledge import Knowledge, KnownPlace
from negoreader.extract.names import Token, fold
from negoreader.records import Place

# Words that open a venue's name: "Hotel Biltmore", "Palazzo Mariinsky".
VENUE_WORDS = {
    "hotel", "palazzo", "villa", "piazza", "aeroporto", "castello", "resort", "stadio",
    "ambasciata", "cattedrale", "basilica", "base", "centro", "monastero", "studio", "porta",
    "parco",
}  # fmt: skip
# Words that end a venue's name in English: "Congress Centre", "Kennedy Center".
VENUE_HEADS = {
    "centre", "center", "hall", "arena", "palace", "club", "resort", "hotel", "plaza", "tower",
    "lodge",
}  # fmt: skip
# Slavic place names opened by an adjective: "Mala Tokmachka", "Velyka Novosilka", "Nova
# Kakhovka", "Staryi Saltiv", "Nizhny Novgorod" (no first name is one of these).
PLACE_ADJECTIVES = {
    "mala", "malyi", "malaya", "velyka", "velykyi", "velikiy", "veliky", "velikij", "nova",
    "novyi", "novaya", "novyj", "stara", "staryi", "staraya", "staryj", "nyzhnia", "nyzhni",
    "nizhny", "nizhnij", "nizhniy", "verkhnia", "verkhnii", "verkhny", "verkhniy", "bila",
    "bilyi", "belaya", "chorna", "krasna", "krasny", "krasnyi", "zolota", "zelena",
}  # fmt: skip
# A sea or a lake named by its adjective: "Mar Nero", "Mare del Nord", "Lago Ladoga".
WATER_WORDS = {"mar", "mare", "lago", "golfo", "stretto", "canale"}
# A capitalised venue word joins its name over these: "Palazzo delle Nazioni", "Porta di X".
VENUE_JOINERS = {"di", "del", "della", "dei", "degli", "delle", "dello", "d'", "dell'"}
# Lower-case words that name a building before "di X": "nel palazzo di Diriyah".
BUILDING_WORDS = {
    "palazzo",
    "villa",
    "castello",
    "monastero",
    "piazza",
    "piazzale",
}  # not "resort di Belek": a town
# Lower-case street words: "in via Bankova", "sul viale X".
STREET_WORDS = {"via", "viale", "corso", "vicolo", "piazza", "piazzale", "largo", "lungomare"}
# Words before a street word that make it one ("ha parlato via Zoom" is no street).
STREET_PREPOSITIONS = {
    "in", "a", "di", "da", "su", "nella", "della", "sulla", "alla", "dalla", "nel", "del",
    "sul", "al", "dal", "lungo", "per",
}  # fmt: skip
# A place named in an agreement's name is no place: "gli accordi di Minsk", "Minsk II".
AGREEMENT_WORDS = {"accordo", "accordi", "protocollo", "protocolli", "intesa", "intese", "trattato"}
# A saint's name opens a place's ("Santa Maria Maggiore", "San Pietro", "St James's Park"),
# though a first name may follow; so does "Castel" ("Castel Gandolfo").
SAINT_WORDS = {"san", "santa", "st", "st.", "saint", "sainte", "são", "castel"}  # not "Santo"
# "nel quartiere di X", "la città di X": the noun before "di" gives the kind.
_PLACE_NOUNS = {
    "quartiere": "district", "sobborgo": "district", "distretto": "district", "città": "city",
    "cittadina": "city", "capitale": "city", "villaggio": "city", "paese": "city",
    "comune": "city", "località": "city", "porto": "city", "regione": "region",
    "provincia": "region", "oblast": "region", "regioni": "region", "province": "region",
    "quartieri": "district", "contea": "region", "isola": "region",
    "penisola": "region", "stato": "region",
    # "il vertice di Berna", "i colloqui di Ginevra": meetings are named after their city.
    "vertice": "city", "summit": "city", "colloqui": "city", "negoziati": "city",
    "conferenza": "city", "incontro": "city", "round": "city", "formato": "city",
    "trattative": "city",
    # "la conquista di Vovchansk", "alla periferia di Anchorage", "il sindaco di Kharkiv".
    "conquista": "city", "presa": "city", "liberazione": "city", "assedio": "city",
    "battaglia": "city", "periferia": "city", "dintorni": "city", "sobborghi": "city",
    "abitanti": "city", "sindaco": "city", "governatore": "region", "base": "city",
    "basi": "city", "aeroporto": "city", "centrale": "city", "raffineria": "city",
    # "nei pressi di X", "il borgo di X", "in direzione di X": where a place, not who.
    "pressi": "city", "vicinanze": "city", "zona": "city", "paesino": "city", "borgo": "city",
    "frazione": "city", "insediamento": "city", "capoluogo": "city", "municipalità": "city",
    "villaggi": "city", "cittadine": "city", "direzione": "city", "fronte": "city",
    "valico": "city", "area": "region", "territorio": "region", "golfo": "region",
    "stretto": "region", "nord": "city", "sud": "city", "est": "city", "ovest": "city",
    "condominio": "city", "condomini": "city", "edificio": "city", "edifici": "city",
    "complesso": "venue", "sede": "city", "evacuazione": "city",
    # "in una sala del Ritz-Carlton", "nelle sale dello Sheraton": a hall is in a building.
    "sala": "venue", "sale": "venue", "salone": "venue", "saloni": "venue", "hall": "venue",
    "lobby": "venue", "suite": "venue", "giardini": "venue", "terrazza": "venue",
    # "sulle rive del Bosforo", "la costa di Odesa", "le acque del Mar Nero"
    "riva": "region", "rive": "region", "sponda": "region", "sponde": "region",
    "costa": "region", "coste": "region", "foce": "region", "acque": "region",
    "ricostruzione": "city", "bombardamento": "city", "accerchiamento": "city",
}  # fmt: skip
# Words that stop the walk back from "di" to a place noun: articles, prepositions, verbs.
_NOT_ADJECTIVES = {
    "il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "uno", "di", "del", "della", "dei",
    "degli", "delle", "a", "in", "da", "con", "su", "per", "tra", "fra", "e", "o", "ha", "è",
    "sono", "hanno", "che",
}  # fmt: skip
# "ha visitato Rzeszów", "ha lasciato Kherson": verbs whose object is a place.
_PLACE_VERBS = {
    "visitato", "visitata", "visiterà", "visita", "raggiunto", "raggiunta", "raggiungerà",
    "lasciato", "lasciata", "sorvolato", "bombardato", "colpito", "attaccato", "liberato",
    "conquistato", "occupato", "evacuato", "assediato", "circondato",
    # the same with a feminine or plural object: "è stata colpita Kharkiv"
    "colpita", "bombardata", "attaccata", "liberata", "conquistata", "occupata", "evacuata",
    "assediata", "circondata", "colpite", "colpiti", "bombardate", "attaccate",
}  # fmt: skip
# "ha detto a X", "ha scritto a X": a person, not a destination.
_DATIVE_VERBS = {
    "detto", "chiesto", "scritto", "risposto", "telefonato", "spiegato", "assicurato",
    "promesso", "inviato", "consegnato", "presentato", "proposto", "ricordato", "replicato",
    "dichiarato", "mostrato", "offerto", "garantito", "confermato", "annunciato", "rivolto",
    "domandato", "chiede", "dice", "scrive", "risponde", "spiega", "chiedendo", "dicendo",
    "insieme", "accanto", "rispetto", "base", "lettera", "messaggio", "telefonata", "appello", "grazie", "pari", "oltre", "davanti",
}  # fmt: skip
# "partito da X", "rientrato da X": a motion verb makes "da" a place cue.
# "ripartire per Magadan", "volato per Riad": "per" after these is a destination.
_DEPARTURE_STEMS = (
    "partit", "partir", "ripart", "volat", "volar", "vola", "diretto", "diretta", "diretti",
    "salpat", "imbarcat", "decollat", "rientrat",
)  # fmt: skip
_MOTION_STEMS = (
    "ritir",
    "evacu",
    "espuls",
    "cacciat",
    "partit",
    "arrivat",
    "rientrat",
    "tornat",
    "venut",
    "giunt",
    "provenient",
    "fuggit",
    "lontan",
    "chilometri",
    "km",
    "volat",
    "decollat",
    "ritornat",
    "partir",  # "a partire da X"
    "passi",  # "a due passi da X"
    "distanza",
)
# "l'attacco su X", "droni su X": what strikes falls on a place.
_STRIKE_NOUNS = {
    "attacco", "attacchi", "raid", "bombardamento", "bombardamenti", "missili", "missile",
    "droni", "drone", "razzi", "offensiva", "colpi", "fuoco", "pioggia",
}  # fmt: skip


def place_cue(tokens: list[Token], index: int) -> str:
    """The kind of place the words before tokens[index] announce, or ''."""
    words = [fold(t.text) for t in tokens[max(0, index - 5) : index]]
    if not words:
        return ""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if fold(tokens[index].text) in VENUE_WORDS and not (following and following.is_capitalised):
        return ""  # "nella Basilica di …", "all'Hotel": the name is what follows, not the word
    prev = words[-1]
    before = words[-2] if len(words) > 1 else ""
    if prev in {"a", "ad"}:
        return "" if before in _DATIVE_VERBS else "city"
    if prev in {"in", "verso", "presso"}:
        return "region" if prev == "in" else "city"
    if prev == "per" and before.startswith(_DEPARTURE_STEMS):
        return "city"
    if prev == "da":
        # "partita da X", and the parenthetical "Zelensky, da Tirana, ha chiesto".
        # "ritiri le proprie truppe da X": the motion verb may stand a few words back.
        moving = any(w.startswith(_MOTION_STEMS) for w in words[:-1])
        return "city" if before == "," or moving else ""
    if prev in {"di", "del", "dello", "della"}:
        # "nel quartiere di X", "le basi aeree russe di X": a place noun, maybe with adjectives.
        for word in reversed(words[:-1]):
            if word in _PLACE_NOUNS:
                return _PLACE_NOUNS[word]
            if not word.isalpha() or word in _NOT_ADJECTIVES:
                break
    if prev == "su" and before in _STRIKE_NOUNS:
        return "city"
    if prev in {"nel", "sul", "sulla", "nella"}:
        return "region"  # "sul Bosforo", "nel Sahel"; organisations were blanked out before
    if prev in _PLACE_VERBS:
        return "city"
    return ""


# "Olenya, villaggio …", "X, cittadina del Donbass": an apposition that says what it is.
_APPOSITION_NOUNS = {
    "villaggio", "cittadina", "città", "paese", "paesino", "borgo", "località", "capoluogo",
    "porto", "frazione", "insediamento", "sobborgo", "quartiere", "centro", "base", "isola",
    "regione", "provincia", "oblast", "villaggi", "cittadine", "snodo", "roccaforte",
}  # fmt: skip
# "X, nella regione di Y", "X, vicino a Y", "X, a nord di Y": where X lies, told by Y.
_WHERE_PREPOSITIONS = {"in", "nel", "nella", "nell'", "nei", "presso"}
_NEAR = {"vicino", "nei pressi", "non lontano", "a nord", "a sud", "a est", "a ovest", "alle porte"}
# Endings of Slavic place names that no surname has: -ivka (Druzhkivka), -hrad (Myrnohrad),
# -horod (Bilhorod), -opil (Ternopil), -opol (Melitopol), -grad (Volgograd), -sk after a
# consonant (Irkutsk, Murmansk; surnames end -sky). Short words are left out (Tusk, Musk).
_TOPONYM_ENDINGS = (
    "ivka", "ovka", "yivka", "iivka", "ivske", "ivsk", "ovsk", "hrad", "grad", "horod", "gorod",
    "opil", "opol", "upol", "tsk", "nsk", "rsk", "vsk",
)  # fmt: skip


def toponym_shape(word: str) -> bool:
    """Whether a word (or a part of a hyphenated one) ends as only Slavic place names do."""
    return any(len(part) > 5 and fold(part).endswith(_TOPONYM_ENDINGS) for part in word.split("-"))


def place_after(tokens: list[Token], index: int, knowledge: Knowledge) -> str:
    """The kind of place the words after tokens[index] say it is, or ''.

    "Rzeszów, in Polonia"; "Olenya, nella regione di Murmansk"; "Belaya, vicino a Irkutsk"
    (a known place or one shaped like a place); "Shevchenko, villaggio …".
    """
    if index + 2 >= len(tokens) or tokens[index + 1].text != ",":
        return ""
    words = tokens[index + 1 : index + 6]
    folded = [fold(t.text) for t in words]
    if folded[1] in _APPOSITION_NOUNS:
        return _PLACE_NOUNS.get(folded[1], "city")
    rest = folded[1:]
    target = next((i for i, t in enumerate(words[1:], 1) if t.is_capitalised), 0)
    if not target or target > 4:
        return ""
    named = words[target].text
    between = rest[: target - 1]
    if between and between[0] in _WHERE_PREPOSITIONS:
        # "in Polonia" or "nella regione di Murmansk", "nell'oblast di Kharkiv"
        if len(between) == 1:
            return "city" if knowledge.place(named) else ""
        if between[-1] in {"di", "del", "della"} and between[1] in _PLACE_NOUNS:
            return "city"
        return ""
    phrase = " ".join(between[:2])
    if (phrase in _NEAR or (between and between[0] in _NEAR)) and (
        knowledge.place(named) or toponym_shape(named)
    ):
        return "city"
    return ""


@dataclass(eq=False)
class PlaceCluster:
    """The spellings of one place seen across the corpus."""

    known: KnownPlace | None
    spellings: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        if self.known:
            return self.known.name
        # The spelling seen most often; ties go to the alphabetically first.
        return min(self.spellings, key=lambda s: (-self.spellings[s], s))

    def place(self) -> Place:
        name = self.name
        aliases = set(self.spellings) | set(self.known.aliases if self.known else ())
        aliases.discard(name)
        if self.known and self.known.kind:
            kind = self.known.kind
        else:
            kind = min(self.kinds, key=lambda k: (-self.kinds[k], k)) if self.kinds else ""
        return Place(name, tuple(sorted(aliases, key=lambda a: (fold(a), a))), kind)


class PlaceIndex:
    """Groups place spellings: knowledge spellings by their entry, others by folded spelling."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.clusters: dict[str, PlaceCluster] = {}

    def add(self, spelling: str, kind: str = "") -> PlaceCluster:
        known = self.knowledge.place(spelling)
        key = f"known:{known.name}" if known else f"seen:{venue_key(spelling)}"
        cluster = self.clusters.get(key)
        if cluster is None:
            cluster = self.clusters[key] = PlaceCluster(known)
        cluster.spellings[spelling] += 1
        if kind:
            cluster.kinds[kind] += 1
        return cluster

    def places(self) -> tuple[Place, ...]:
        return tuple(sorted((c.place() for c in self.clusters.values()), key=lambda p: p.name))


_BUILDING_WORDS = ("hotel ", "albergo ", "palazzo ", "villa ")


def venue_key(spelling: str) -> str:
    """ "Hotel St. Regis" and "St. Regis", "Palazzo Dolmabahçe" and "Dolmabahçe" are one place:
    the word for the building does not count."""
    key = fold(spelling)
    return key.split(" ", 1)[1] if key.startswith(_BUILDING_WORDS) else key
