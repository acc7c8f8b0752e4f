"""Tokens and name keys shared by the people and places extractors.

`tokenize` cuts a paragraph into words, handles and punctuation with their offsets, splitting
Italian elisions ("dell’Ucraina" → "dell’", "Ucraina"). `fold` and `name_key` turn spellings into
comparison keys, so that transliterations (Zelensky/Zelenskyy, Andriy/Andrii/Andrij) meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, sub
from typing import NamedTuple

APOSTROPHES = "'’"

# A word: letters (any script), digits, inner hyphens and apostrophes, dots of initials.
_TOKEN = re.compile(
    r"@\w+"  # a social handle
    r"|(?:[^\W\d_]\.){2,}"  # initials: J.D.
    r"|[A-Z]\.(?=\s[A-Z])"  # one initial: George W. Bush
    r"|(?:St|Mt|Ft)\.(?=\s[A-Z])"  # an abbreviated "Saint": St. Regis, St. Moritz
    r"|[^\W\d_][\w]*(?:[-'’.][^\W_][\w]*)*"  # words: Keller-Sutter, Mar-a-Lago
    r"|\d+(?:[.,]\d+)*"
    r"|\S",
    re.UNICODE,
)

# Elided articles and prepositions that stand before a vowel: "l’", "dell’", "all’", "un’".
_ELISIONS = {
    "l", "dell", "all", "dall", "nell", "sull", "coll", "un", "quest", "quell", "c", "s",
    "d", "tutt", "sant", "bell", "nessun", "anch", "dov", "com", "senz", "cos", "po",
}  # fmt: skip

_CYRILLIC = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
            "y",
            "e",
            "e",
            "",
        ],
        strict=True,
    )
)


class Token(NamedTuple):
    """A word, handle or punctuation mark and its offsets [start, end) in the paragraph.

    A named tuple: a paragraph has dozens and the corpus millions; it is made in a third of the
    time of a frozen dataclass.
    """

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_handle(self) -> bool:
        return self.text.startswith("@") and len(self.text) > 1


def tokenize(text: str) -> list[Token]:
    """Words, handles, numbers and punctuation of `text`, elisions split off their word."""
    # Tokens cover every non-space character, so each token's end is the running sum of the
    # lengths of it and the spaces before it: offsets and tokens are built without a Python loop
    # (a corpus has millions of tokens).
    pairs = _SPACED_TOKEN.findall(text)
    if not pairs:
        return []
    spaces, words = zip(*pairs, strict=True)
    lengths = list(map(len, words))
    ends = list(accumulate(map(add, map(len, spaces), lengths)))
    tokens = list(
        map(_new_tuple, repeat(Token), zip(words, map(sub, ends, lengths), ends, strict=True))
    )
    if "'" in text or "’" in text:
        elided = [i for i, word in enumerate(words) if "'" in word or "’" in word]
        for i in reversed(elided):  # from the end, so that earlier indices still hold
            tokens[i : i + 1] = _split_elision(tokens[i])
    return tokens


_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")
_new_tuple = tuple.__new__


def _split_elision(token: Token) -> list[Token]:
    """ "dell’Ucraina" → "dell’", "Ucraina"; "D'Alema" stays whole."""
    word, start, end = token
    for mark in APOSTROPHES:
        head, sep, tail = word.partition(mark)
        if sep and tail and head.lower() in _ELISIONS and not (head == "D" and tail[0].isupper()):
            cut = start + len(head) + 1
            return [Token(word[: len(head) + 1], start, cut), Token(tail, cut, end)]
    return [token]


def strip_accents(text: str) -> str:
    """The text without diacritics (ð, ø and the like stay)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form, typographic apostrophes made plain."""
    return strip_accents(text).casefold().replace("’", "'").strip()


_RE_CYRILLIC = re.compile("[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    return _RE_CYRILLIC.search(text) is not None


def transliterate(text: str) -> str:
    """Cyrillic letters in Latin (a plain Ukrainian/Russian scheme); other text unchanged."""
    out = []
    for char in text:
        latin = _CYRILLIC.get(char.lower())
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """A key that transliteration variants of one word share.

    Zelensky/Zelenskyy/Zelenskyi, Andriy/Andrii/Andrij, Yermak/Jermak, Dmitriev/Dmitrijev,
    Serhiy/Sergiy all meet: y and j become i, doubled letters collapse, kh/ch/g become h, w
    becomes v, x becomes ks.
    """
    key = fold(transliterate(word))
    key = re.sub(r"[^a-z]", "", key)
    key = key.replace("kh", "h").replace("ch", "h").replace("w", "v").replace("ck", "k")
    # Ukrainian г is written h or g (Serhiy/Sergiy, Hnatov/Gnatov); x is ks (Olexandr).
    key = key.replace("g", "h").replace("x", "ks")
    key = key.replace("y", "i").replace("j", "i")
    key = re.sub(r"(.)\1+", r"\1", key)
    return key


def name_key(name: str) -> tuple[str, ...]:
    """Word keys of a name: ("volodimir", "zelenski")."""
    return tuple(k for w in re.split(r"[\s\-]+", name) if (k := word_key(w)))


def compact(text: str) -> str:
    """Letters and digits only, folded: the shape of a social handle."""
    return re.sub(r"[^a-z0-9]", "", fold(transliterate(text)))


def split_handle(handle: str) -> str:
    """ "@SteveWitkoff" → "Steve Witkoff", "@rustem_umerov" → "rustem umerov"."""
    body = handle.lstrip("@").replace("_", " ")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", body).strip()
