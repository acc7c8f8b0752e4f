"""Meeting participants: whether a person named near a cue is one of the people who met.

Speakers quoting a meeting, principals ("l'inviato di Trump"), people spoken of ("pressioni su X"),
photo credits and people said to be elsewhere are not participants.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from negoreader.extract.meeting_cues import (
    Mention,
    Sentence,
)
from negoreader.extract.meeting_events import (
    has_any,
)
from negoreader.extract.meeting_text import (
    fold,
    lower,
)
from negoreader.records import Article, Person

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


FIRST_PERSON = re.compile(
    r"\b(?:I|I['’]ve|I['’]m|we|We|we['’]ve|We['’]ve|ho|Ho|abbiamo|Abbiamo|ci siamo|mi sono)\b"
)


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


# "Da Parigi, il presidente Macron ha chiesto …": said from elsewhere.
REMOTE_OPENING = re.compile(r"\s*(?:Da|Dalla|Dal)\s+[A-Z][\w'’ ]{1,30},")


def participants(text: str, sentence: Sentence) -> list[str]:
    start = sentence.span[0]
    if REMOTE_OPENING.match(text, start):
        return []
    return [
        name for s, e, name in sentence.people if takes_part(text[start:s], None, text[e : e + 80])
    ]


def takes_part(before: str, mention: Mention | None, after: str = "") -> bool:
    """Whether a person named after `before` (the sentence so far) can be a participant."""
    if _REMOTE_AFTER.match(after):
        return False
    tail = before[-80:]
    low = lower(tail)
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


def author_names(article: Article, spellings: dict[str, str]) -> dict[int, str]:
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
