"""What a saved page adds around the article: buttons, share prompts, link lists, legal footer.

These lines are dropped before the article is read; the footer and the prompts also name the
publisher ("© 2025 Name", "Name è anche su Whatsapp").
"""

from __future__ import annotations

import re

_UI_WORDS = frozenset(
    [
        "share",
        "condividi",
        "tweet",
        "twitter",
        "facebook",
        "whatsapp",
        "telegram",
        "linkedin",
        "email",
        "e-mail",
        "mail",
        "stampa",
        "print",
        "chiudi",
        "close",
        "menu",
        "cerca",
        "search",
        "commenta",
        "commenti",
        "copia",
        "link",
        "x",
        "pinterest",
        "reddit",
        "home",
        "salva",
        "segui",
        "pin",
        "messenger",
        "threads",
        "bluesky",
        "instagram",
        "youtube",
        "tiktok",
        "pubblicità",
        "advertisement",
        "adv",
        "sponsorizzato",
        "accedi",
        "login",
        "registrati",
        "abbonati",
        "esci",
        "logout",
    ]
)
# Share and subscribe prompts: those that open a line, and those found anywhere in a short one.
_PROMPT_START = re.compile(
    r"(?:seguici (?:anche )?su\b"
    r"|(?:condividi|share)\b.{0,40}$"
    r"|(?:resta|rimani|rimanete) aggiornat[oi]\b"
    r"|(?:tempo di lettura|lettura)\s*:?\s*\d+\s*min"
    r"|\d+\s*min(?:uti)?\s+(?:di\s+)?lettura$"
    r"|ascolta (?:l['’]|questo )?articolo"
    # "Aggiornato alle 09:30", "Ultimo aggiornamento: 10:15", "Aggiorna la diretta": a line of
    # its own, no sentence.
    r"|(?:ultimo )?aggiornat[oa]\s+(?:alle|il|ore)\s+(?:ore\s+)?[\d:./ -]+(?:ore\s+[\d:.]+)?$"
    r"|aggiorna (?:la diretta|la pagina|il live)$"
    r"|sostieni (?:il (?:nostro )?giornalismo|l['’]informazione|la (?:nostra )?redazione)"
    r"|(?:tags?|argomenti)\s*:"
    r"|visualizza questo post su instagram$"
    r"|accett[ao] (?:tutti )?(?:i )?cookie"
    r"|commenti\s*\(\d+\)$)",
    re.IGNORECASE,
)
_PROMPT_ANYWHERE = re.compile(
    r"è anche su (?:whatsapp|telegram|google news|instagram|facebook|threads)"
    r"|clicca qui per (?:iscriver|ricevere|seguir|unirt|entrare)"
    r"|\biscriviti (?:alla|al|alle|ai) (?:nostr[aoei] )?(?:newsletter|canale|notifiche)"
    r"|\bricevi (?:le|tutte le) (?:notizie|news)\b"
    r"|\bscarica (?:la nostra |l['’])app\b"
    r"|questo sito (?:utilizza|usa) (?:i )?cookie",
    re.IGNORECASE,
)
# Words one of the prompts above must contain: a cheap test before the costly search.
_PROMPT_HINTS = ("anche su", "clicca qui", "iscriviti", "ricevi", "scarica", "cookie")
_LINK_LIST = re.compile(
    r"^(?:(?:articoli|notizie|post|news)\s+(?:recenti|correlat[ie]|simili|più lett[ie])"
    r"|(?:leggi|vedi|guarda) anche|(?:ti )?potrebbe(?:ro)? (?:anche )?interessar(?:ti|e)"
    r"|(?:i |gli articoli )?più lett[ie](?: di oggi| della settimana)?|ultime notizie|altre notizie"
    r"|correlati|dalla stessa sezione|da non perdere|in evidenza|ultim[ie] articol[io])\s*:?\s*$",
    re.IGNORECASE,
)
# "Leggi anche: …", also behind an arrow or a bullet ("▶ LEGGI ANCHE: …"); "Ti potrebbe
# interessare: …".
_INLINE_LINK = re.compile(
    r"^[^\w\s]*\s*(?:(?:leggi|vedi|guarda) anche\b|(?:ti )?potrebbe(?:ro)? (?:anche )?interessar)",
    re.IGNORECASE,
)
# Phrases only a legal footer uses, and phrases a news sentence may use too: the second kind
# marks a footer only in a line that is not a sentence.
_FOOTER = re.compile(
    r"testata giornalistica|registrat[ao] (?:presso )?(?:il |al )?tribunale|\breg\.\s*trib"
    r"|\bp\.\s?iva\b|\bpartita iva\b|riproduzione riservata"
    r"|tutti i diritti (?:sono )?riservati|all rights reserved|©\s*\d{4}|\(c\)\s*\d{4}|^©",
    re.IGNORECASE,
)
_FOOTER_WEAK = re.compile(
    r"\bcodice fiscale\b|^copyright\b|privacy policy|cookie policy|direttore responsabile",
    re.IGNORECASE,
)
_FOOTER_HINTS = (
    "©",
    "(c)",
    " iva",
    ".iva",
    "riservat",
    "testata",
    "tribunale",
    "trib.",
    "reserved",
)
_FOOTER_WEAK_HINTS = ("fiscale", "copyright", "policy", "direttore responsabile")
_COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[-–—|,]?\s*"
    r"(?P<name>[A-ZÀ-Ý][^|©]{1,60}?)"
    r"(?=\s+[-–—|]\s|,\s|\.\s|\s*$|\s+(?:tutti i diritti|all rights|p\.?\s?iva))",
    re.IGNORECASE,
)
_COMPANY = re.compile(r"\s+(?:S\.?p\.?A|S\.?r\.?l\.?s?|Spa|Srl)\.?$", re.IGNORECASE)
_ALSO_ON = re.compile(r"^(?P<name>[A-ZÀ-Ý][^.!?]{1,60}?) è anche su ", re.IGNORECASE)


_CRUMB = re.compile(r"\s+[›»>]\s+")
# A menu bar: items set apart by bars, dots or wide gaps ("Home | Esteri | Politica",
# "MENU  CRONACA  MONDO", "Primo piano · Esteri · Economia").
_MENU_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s{2,}")
_MENU_ITEMS = 3
_MENU_ITEM_WORDS = 3
# A date or a clock time: a line carrying one is a byline or a date line, never a menu.
_DATE_OR_TIME = re.compile(r"\d{1,2}[/.:-]\d{1,2}|\b(?:19|20)\d\d\b")


def _is_ui(line: str) -> bool:
    """A button, symbol or breadcrumb left from the page: '×', 'Share', 'Home › Esteri'."""
    if len(line) > 100:
        return False
    if not any(char.isalnum() for char in line):
        return len(line) <= 5
    crumbs = _CRUMB.split(line)
    if len(crumbs) > 1 and all(len(c.split()) <= 4 and c[-1:] not in ".!?" for c in crumbs):
        return True
    if _is_menu(line):
        return True
    words = [word.strip(".:|·•/").lower() for word in line.split()]
    return len(words) <= 8 and all(word in _UI_WORDS or not word for word in words)


def _is_menu(line: str) -> bool:
    """A menu or share bar: three or more short items, or items that are all UI words."""
    items = [item for item in _MENU_SEPARATOR.split(line) if item]
    if len(items) < 2 or _DATE_OR_TIME.search(line):
        return False
    buttons = sum(all(_is_ui_word(word) for word in item.split()) for item in items)
    if len(items) >= _MENU_ITEMS and buttons >= len(items) - 1:
        return True  # "☰ Menu   Il Quotidiano del Nord   Abbonati   Login": the masthead in a bar
    if any(len(item.split()) > _MENU_ITEM_WORDS or item[-1] in ".!?" for item in items):
        return False
    words = [word.strip(".:|·•/").lower() for word in line.split()]
    # Icons and counters ("💬", "↗", "(34)") beside the words say nothing.
    return len(items) >= _MENU_ITEMS or all(
        word in _UI_WORDS or not any(c.isalpha() for c in word) for word in words
    )


def _is_ui_word(word: str) -> bool:
    """A button's word ('Menu', 'Login') or an icon ('☰', '🔗')."""
    word = word.strip(".:|·•/").lower()
    return word in _UI_WORDS or not any(c.isalpha() for c in word)


def _is_prompt(line: str) -> bool:
    """A share or subscribe prompt ('Seguici su…', 'Name è anche su Whatsapp. Clicca qui…')."""
    if len(line) >= 300:
        return False
    if _PROMPT_START.match(line):
        return True
    lowered = line.lower()
    return any(hint in lowered for hint in _PROMPT_HINTS) and bool(_PROMPT_ANYWHERE.search(line))


def _is_footer(line: str) -> bool:
    """A line of the publisher's legal footer: registration, VAT number, copyright."""
    if len(line) >= 400:
        return False
    lowered = line.lower()
    # Words each footer phrase contains: a cheap test before the costly searches.
    if any(hint in lowered for hint in _FOOTER_HINTS) and _FOOTER.search(line):
        return True
    if line.endswith((".", "!", "?")):
        return False
    return any(hint in lowered for hint in _FOOTER_WEAK_HINTS) and bool(_FOOTER_WEAK.search(line))


def publisher(lines: list[str]) -> str:
    """The publisher a page names in its footer ('© 2025 - Name') or prompts ('Name è anche su')."""
    for line in reversed(lines):
        if _is_footer(line) and (match := _COPYRIGHT_NAME.search(line)):
            name = _COMPANY.sub("", match["name"].strip())
            if len(name.split()) <= 6 and not _FOOTER.search(name):
                return name
    for line in lines:
        if (match := _ALSO_ON.match(line)) and len(match["name"].split()) <= 6:
            return match["name"].strip()
    return ""


def is_body(line: str) -> bool:
    """Running text: a sentence ending in punctuation, or too long to be a heading or a link."""
    if len(line) > 150 or line.endswith((".", "!", "?", "…")):
        return True
    # A closing quote, colon or bracket ends running text only in a line of some length.
    return len(line) > 60 and line.endswith((":", ";", "»", "”", '"', ")"))


def drop_page_furniture(lines: list[str]) -> list[str]:
    """Remove UI leftovers, prompts, link lists and the legal footer, keeping the article."""
    kept: list[str] = []
    index = 0
    in_footer = False
    while index < len(lines):
        line = lines[index]
        index += 1
        if _is_ui(line) or _is_prompt(line):
            continue
        if _is_footer(line):
            # Past the footer only more page furniture follows, unless running text resumes.
            in_footer = True
            continue
        if in_footer and not is_body(line):
            continue
        in_footer = False
        if _LINK_LIST.match(line):
            index = _skip_links(lines, index)
            continue
        if _INLINE_LINK.match(line) and len(line) < 250:
            continue
        kept.append(line)
    return kept


_LINK_BULLET = re.compile(r"^[›»>•▶►▸→\-–—*·]\s")


def _skip_links(lines: list[str], index: int) -> int:
    """The index after the links that follow a link-list heading such as 'Articoli Recenti'."""
    first = True
    while index < len(lines) and not is_body(lines[index]):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        # A short line followed by running text is the article's next heading, not a link,
        # unless a bullet or an arrow marks it as one of the list ("› Titolo").
        bulleted = _LINK_BULLET.match(lines[index]) is not None
        if not first and not bulleted and following and is_body(following):
            break
        first = False
        index += 1
    return index
