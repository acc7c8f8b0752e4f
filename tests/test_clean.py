"""Cleaning: each rule on small Italian texts written for the test, then the five seeds."""

from __future__ import annotations

import random

import pytest

from negoreader.clean import article_id, clean_article
from negoreader.clean_dates import parse_date_line, parse_dateline
from negoreader.clean_header import byline, is_caption, is_label
from negoreader.manifest import IndexEntry, is_iso_date, read_seed
from negoreader.records import Article

from .conftest import ROOT, SEEDS

PAGES = ROOT / "tests" / "fixtures" / "clean"

BODY = "I ministri hanno discusso a lungo del calendario dei prossimi incontri tra le delegazioni."
MORE = (
    "La riunione si è chiusa in serata senza una dichiarazione comune, secondo fonti diplomatiche."
)

PAGE = f"""Vertice a Ginevra: l'Europa chiede garanzie

Vertice a Ginevra: l'Europa chiede garanzie

Vertice a Ginevra: l'Europa chiede garanzie

Giulia Ferrari

Gennaio 14, 2026
Share
Ginevra, 14 gennaio 2026, 09:15 – I ministri degli Esteri europei si sono riuniti questa mattina a Ginevra. La riunione è durata tre ore.

delegazione europea ginevra Foto: Reuters

Le richieste dei ministri

{BODY}
×
{MORE}
Seguici su Telegram per tutte le notizie
La Gazzetta del Lago è anche su Whatsapp. Clicca qui per iscriverti al canale.
Leggi anche
Il nuovo piano di pace spiegato in cinque punti
Chi sono i negoziatori europei
›
Testata registrata presso il Tribunale di Como n. 12/2019 - P.IVA 01234567890
© 2026 La Gazzetta del Lago - Tutti i diritti riservati
"""


def texts(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


def kinds(article: Article) -> list[str]:
    return [p.kind for p in article.paragraphs]


# --- a whole page ------------------------------------------------------------------------------


def test_a_page_becomes_an_article() -> None:
    article = clean_article(PAGE, "seeds/2026/ginevra.txt")
    assert article.id == "ginevra"
    assert article.file == "ginevra.txt"
    assert article.title == "Vertice a Ginevra: l'Europa chiede garanzie"
    assert article.author == "Giulia Ferrari"
    assert article.date == "2026-01-14T09:15"
    assert article.date_inferred is False
    assert article.dateline == "Ginevra"
    assert article.source == "La Gazzetta del Lago"
    assert kinds(article) == ["paragraph", "caption", "heading", "paragraph", "paragraph"]
    assert texts(article) == [
        "Ginevra, 14 gennaio 2026, 09:15 – I ministri degli Esteri europei si sono riuniti "
        "questa mattina a Ginevra. La riunione è durata tre ore.",
        "delegazione europea ginevra Foto: Reuters",
        "Le richieste dei ministri",
        BODY,
        MORE,
    ]
    assert not (article.people or article.places or article.dates or article.meetings)


def test_paragraph_text_is_kept_exactly() -> None:
    line = "  «Non è finita»,  ha detto — con [bold]enfasi[/] — il ministro: “vedremo”.  "
    article = clean_article(f"Titolo del pezzo\n\n{line}\n", "a.txt")
    assert texts(article) == [line.strip()]


# --- title -------------------------------------------------------------------------------------


def test_repeated_title_lines_are_one_title() -> None:
    article = clean_article(f"Kiev e Mosca al tavolo\nKiev e Mosca al tavolo\n{BODY}\n", "a.txt")
    assert article.title == "Kiev e Mosca al tavolo"
    assert texts(article) == [BODY]


def test_title_repeated_lower_in_the_page_is_dropped() -> None:
    article = clean_article(
        f"Kiev e Mosca al tavolo\n{BODY}\nKiev e Mosca al tavolo\n{MORE}\n", "a"
    )
    assert texts(article) == [BODY, MORE]


def test_without_a_title_line_the_first_heading_is_the_title() -> None:
    text = f"Roma, 3 marzo 2026 – {BODY}\nLa posizione italiana\n{MORE}\n"
    article = clean_article(text, "a.txt")
    assert article.title == "La posizione italiana"
    assert kinds(article) == ["paragraph", "heading", "paragraph"]


def test_without_title_or_heading_the_first_sentence_is_shortened() -> None:
    first = (
        "Mentre i negoziati proseguono a rilento, la diplomazia europea cerca un ruolo più "
        "visibile nelle trattative sul futuro del Paese. Seconda frase."
    )
    article = clean_article(f"BRUXELLES – {first}\n{MORE}\n", "a.txt")
    assert article.title.endswith("…")
    assert len(article.title) <= 91
    assert article.title.startswith("Mentre i negoziati proseguono")
    assert "Seconda" not in article.title


def test_a_short_first_sentence_is_the_whole_title() -> None:
    article = clean_article("Il vertice è rinviato. Le delegazioni restano a casa.\n", "a.txt")
    assert article.title == "Il vertice è rinviato"


def test_a_date_line_is_not_a_title() -> None:
    article = clean_article(f"18 Marzo 2026\nTregua più vicina\n{BODY}\n", "a.txt")
    assert article.title == "Tregua più vicina"
    assert article.date == "2026-03-18"
    assert texts(article) == [BODY]


# --- byline ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Matteo Bianchi", "Matteo Bianchi"),
        ("di Anna Maria De Santis", "Anna Maria De Santis"),
        ("Luca di Montezemolo", "Luca di Montezemolo"),
        ("dal nostro inviato Pietro Galli", "Pietro Galli"),
        ("Sara Conti, corrispondente da Mosca", "Sara Conti"),
        ("MARIA GRAZIA NERI", "Maria Grazia Neri"),
        ("Kiev, Mosca e Washington", ""),
        ("Incontro tra Usa e Russia", ""),
        ("Accordi di sicurezza e deterrenza", ""),
        ("Marzo 2026", ""),
        ("Giovanni", ""),
        ("di Paolo Verdi e Anna Neri", "Paolo Verdi e Anna Neri"),
        ("Di Redazione", "Redazione"),
        ("da Redazione Esteri", "Redazione Esteri"),
        ("Autore: Paolo Verdi", "Paolo Verdi"),
        ("Redazione della sera di oggi", ""),
        ("Kiev, Mosca e Washington", ""),
        ("Uno Due Tre Quattro Cinque", ""),
    ],
)
def test_byline(line: str, author: str) -> None:
    assert byline(line) == author


def test_byline_between_title_and_date_is_the_author() -> None:
    article = clean_article(f"Tregua più vicina\n\ndi Paolo Verdi\n\n2 marzo 2026\n\n{BODY}\n", "a")
    assert article.author == "Paolo Verdi"
    assert texts(article) == [BODY]


def test_a_heading_after_the_title_is_not_an_author() -> None:
    article = clean_article(f"Tregua più vicina\nCosa chiede Kiev\n{BODY}\n", "a.txt")
    assert article.author == ""
    assert kinds(article) == ["heading", "paragraph"]


def test_byline_and_date_on_one_line() -> None:
    article = clean_article(f"Tregua più vicina\ndi Paolo Verdi | 2 marzo 2026\n{BODY}\n", "a")
    assert (article.author, article.date) == ("Paolo Verdi", "2026-03-02")
    assert texts(article) == [BODY]


def test_a_clock_time_under_the_date_line_joins_it() -> None:
    article = clean_article(f"Tregua più vicina\n2 marzo 2026\n10:45\n{BODY}\n", "a.txt")
    assert article.date == "2026-03-02T10:45"
    assert texts(article) == [BODY]


def test_a_summary_between_title_and_byline_stays_as_text() -> None:
    summary = "Il presidente ucraino dopo la telefonata con la Casa Bianca"
    text = f"Tregua più vicina\n{summary}\nAnna Rosi\n2 marzo 2026\n{BODY}\n"
    article = clean_article(text, "a.txt")
    assert (article.title, article.author, article.date) == (
        "Tregua più vicina",
        "Anna Rosi",
        "2026-03-02",
    )
    assert texts(article) == [summary, BODY]


def test_a_page_title_with_the_site_name_over_the_article_title() -> None:
    text = f"Tregua più vicina - Corriere di Valle\nTregua più vicina\n{BODY}\n"
    article = clean_article(text, "a.txt")
    assert (article.title, article.source) == ("Tregua più vicina", "Corriere di Valle")
    assert texts(article) == [BODY]


# --- dates and datelines -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Dicembre 22, 2025", "2025-12-22"),
        ("18 Dicembre 2025", "2025-12-18"),
        ("lunedì, 5 gennaio 2026", "2026-01-05"),
        ("Pubblicato il 3 marzo 2026 alle 10:45", "2026-03-03T10:45"),
        ("3 mar. 2026 - 7.05", "2026-03-03T07:05"),
        ("03/03/2026", "2026-03-03"),
        ("2026-03-03", "2026-03-03"),
        ("March 3, 2026", "2026-03-03"),
        ("31 febbraio 2026", None),
        ("Il 22 dicembre 2025 è stato un giorno lungo.", None),
        ("Dicembre 2025", None),
        ("03 Dicembre 2025 alle 08:12 3 minuti di lettura", "2025-12-03T08:12"),
        ("3 marzo 2026 (modificato il 4 marzo 2026 | 09:10)", "2026-03-03"),
        ("Pubblicato il: 03/03/2026 - Aggiornato il: 04/03/2026", "2026-03-03"),
        ("03-03-2026 18:05", "2026-03-03T18:05"),
        ("Mar 3 mar 2026", "2026-03-03"),
        ("Mar 3, 2026", "2026-03-03"),
        ("2026-03-03T18:05:00+01:00", "2026-03-03T18:05"),
        ("3 marzo 2026 | 18:05", "2026-03-03T18:05"),
    ],
)
def test_date_lines(line: str, value: str | None) -> None:
    assert parse_date_line(line) == value


@pytest.mark.parametrize(
    ("text", "place", "value"),
    [
        ("Kiev, 3 marzo 2026 – Le sirene hanno suonato.", "Kiev", "2026-03-03"),
        ("New York, 3 marzo 2026, 18:05 – All'Onu.", "New York", "2026-03-03T18:05"),
        ("Reggio Calabria, martedì 3 marzo 2026 - Il porto.", "Reggio Calabria", "2026-03-03"),
        ("Varsavia, 3 marzo – Senza anno.", "Varsavia", ""),
        ("ROMA – La premier ha parlato.", "Roma", ""),
        ("Bruxelles (ANSA) – Il Consiglio si riunisce.", "Bruxelles", ""),
        ("(AGI) - VARSAVIA, 3 marzo 2026 - Il vertice.", "Varsavia", "2026-03-03"),
        ("DALLA NOSTRA INVIATA LEOPOLI – Le sirene.", "Leopoli", ""),
        ("Mentre la guerra continua – dice – i colloqui.", "", ""),
        ("Secondo Axios, 3 fonti – confermano.", "", ""),
    ],
)
def test_datelines(text: str, place: str, value: str) -> None:
    assert parse_dateline(text) == (place, value)


def test_the_dateline_stays_in_the_first_paragraph_and_dates_the_article() -> None:
    line = f"Ankara, 12 febbraio 2026 – {BODY}"
    article = clean_article(f"Colloqui ad Ankara\n{line}\n", "a.txt")
    assert article.dateline == "Ankara"
    assert article.date == "2026-02-12"
    assert texts(article) == [line]


def test_the_byline_date_wins_when_the_dateline_disagrees() -> None:
    text = f"Colloqui ad Ankara\n13 febbraio 2026\nAnkara, 12 febbraio 2026, 22:10 – {BODY}\n"
    assert clean_article(text, "a.txt").date == "2026-02-13"


def test_no_date_leaves_the_date_empty() -> None:
    article = clean_article(f"Colloqui ad Ankara\n{BODY}\nIl 12 febbraio 2026 si vedrà.\n", "a")
    assert (article.date, article.date_inferred) == ("", False)


def test_a_date_line_inside_the_body_is_left_alone() -> None:
    text = f"Colloqui ad Ankara\n{BODY}\n{MORE}\n12 febbraio 2026\n{BODY}\n"
    article = clean_article(text, "a.txt")
    assert article.date == ""
    assert "12 febbraio 2026" in texts(article)


# --- headings ----------------------------------------------------------------------------------


def test_headings_are_short_unpunctuated_lines_before_running_text() -> None:
    text = (
        f"Titolo dell'articolo\n{BODY}\nLe richieste di Kiev\n{MORE}\n"
        "Una riga breve che finisce.\n"
        f"Due righe brevi\nuna dopo l'altra\n{BODY}\n"
        "Ultima riga senza punto"
    )
    article = clean_article(text, "a.txt")
    assert kinds(article) == [
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
        "paragraph",
        "paragraph",
        "paragraph",
        "paragraph",
    ]


# --- quotes from embedded posts ----------------------------------------------------------------


def test_an_embedded_post_becomes_one_quote_block() -> None:
    text = (
        f"Titolo dell'articolo\n{BODY}\n"
        "Abbiamo avuto un incontro produttivo con i partner europei a Varsavia.\n"
        "— Radosław Sikorski / Радослав Сікорський (@sikorskiradek) January 9, 2026\n"
        "Domani continueremo il lavoro sul piano… pic.twitter.com/AbCdEf123\n"
        f"{MORE}\n"
    )
    article = clean_article(text, "a.txt")
    assert kinds(article) == ["paragraph", "quote", "paragraph"]
    quote = article.paragraphs[1]
    assert quote.text == (
        "Abbiamo avuto un incontro produttivo con i partner europei a Varsavia.\n"
        "Domani continueremo il lavoro sul piano…"
    )
    assert quote.author == "Radosław Sikorski (@sikorskiradek)"
    assert quote.date == "2026-01-09"


def test_a_one_line_embed_with_an_italian_date_and_a_short_link() -> None:
    line = (
        "Oggi a Kiev per parlare di pace https://t.co/Xy12 — Mario Neri (@marioneri) 9 gennaio 2026"
    )
    article = clean_article(f"Titolo dell'articolo\n{BODY}\n{line}\n", "a.txt")
    quote = article.paragraphs[1]
    assert (quote.kind, quote.text) == ("quote", "Oggi a Kiev per parlare di pace")
    assert (quote.author, quote.date) == ("Mario Neri (@marioneri)", "2026-01-09")


def test_an_instagram_embed_becomes_a_quote() -> None:
    text = (
        f"Titolo dell'articolo\n{BODY}\nVisualizza questo post su Instagram\n"
        "Oggi a Kiev con i sindaci europei. Slava Ukraini!\n"
        "Un post condiviso da Vitali Klitschko (@vitaliklitschko)\n"
        f"{MORE}\n"
    )
    article = clean_article(text, "a.txt")
    assert kinds(article) == ["paragraph", "quote", "paragraph"]
    quote = article.paragraphs[1]
    assert quote.text == "Oggi a Kiev con i sindaci europei. Slava Ukraini!"
    assert quote.author == "Vitali Klitschko (@vitaliklitschko)"


# --- captions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("witkoff kushner miami Fonte: X @utente_foto", True),
        ("Il presidente al vertice (Foto Reuters)", True),
        ("La delegazione a Ginevra. Credit: Ansa", True),
        ("ministri europei Ph: Getty Images", True),
        ("[Immagine: la delegazione all'arrivo – © Agenzia/Nome Cognome]", True),
        ("Secondo la fonte: “i colloqui continueranno” nelle prossime settimane.", False),
        (BODY, False),
    ],
)
def test_captions(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


# --- what is not the article -------------------------------------------------------------------


@pytest.mark.parametrize(
    "noise",
    [
        "×",
        "›",
        "Share",
        "Condividi",
        "Facebook Twitter WhatsApp",
        "Il Foglio del Nord è anche su Telegram. Clicca qui per unirti.",
        "Seguici su Instagram",
        "Iscriviti alla nostra newsletter",
        "Tempo di lettura: 4 min",
        "Tag: Ucraina, Russia, Stati Uniti",
        "Leggi anche: Le tappe del negoziato",
        "Riproduzione riservata ©",
        "© 2026 Editoriale Nord S.r.l. - P.IVA 0123456789",
        "Copyright © 2026 Editoriale Nord. Tutti i diritti riservati.",
        "LEGGI ANCHE Le tappe del negoziato",
        "Pubblicità",
        "Questo sito utilizza cookie tecnici e di profilazione. Accetta per continuare.",
        "Commenti (12)",
        "Home | Mondo | Sport | Meteo | Abbonati",
        "CRONACA  SPORT  CULTURA  METEO",
        "Chi siamo · Contatti · Lavora con noi",
        "Accedi | Abbonati",
        "Condividi su X | Condividi su Telegram | Copia link",
        "▶ LEGGI ANCHE: Il piano in dieci punti",
        "Accetta i cookie per vedere il video. Gestisci preferenze",
    ],
)
def test_page_furniture_is_dropped(noise: str) -> None:
    article = clean_article(f"Titolo dell'articolo\n{BODY}\n{noise}\n{MORE}\n", "a.txt")
    assert texts(article) == [BODY, MORE]


def test_a_link_list_and_what_follows_it_are_dropped() -> None:
    text = (
        f"Titolo dell'articolo\n{BODY}\nPotrebbe interessarti\nPrimo titolo di un altro pezzo\n"
        f"12 marzo 2026\nSecondo titolo di un altro pezzo\nArticoli correlati\n"
    )
    assert texts(clean_article(text, "a.txt")) == [BODY]


def test_running_text_after_a_link_list_is_kept() -> None:
    text = (
        f"Titolo dell'articolo\n{BODY}\nLeggi anche\nUn titolo in elenco\nUn altro titolo\n"
        f"Nuova sezione\n{MORE}\n"
    )
    article = clean_article(text, "a.txt")
    assert texts(article) == [BODY, "Nuova sezione", MORE]
    assert kinds(article) == ["paragraph", "heading", "paragraph"]


def test_a_sentence_mentioning_copyright_is_not_a_footer() -> None:
    line = "Il direttore responsabile del giornale ha smentito la notizia."
    assert texts(clean_article(f"Titolo dell'articolo\n{BODY}\n{line}\n", "a")) == [BODY, line]


# --- source ------------------------------------------------------------------------------------


def test_source_from_the_copyright_line() -> None:
    text = (
        f"Titolo dell'articolo\n{BODY}\n© 2026 Il Sole 24 Ore S.p.A. - Tutti i diritti riservati\n"
    )
    assert clean_article(text, "a.txt").source == "Il Sole 24 Ore"


def test_source_from_a_subscribe_prompt() -> None:
    text = f"Titolo dell'articolo\n{BODY}\nLa Voce di Pianura è anche su Whatsapp. Clicca qui.\n"
    assert clean_article(text, "a.txt").source == "La Voce di Pianura"


def test_no_source_when_the_page_names_none() -> None:
    assert clean_article(f"Titolo dell'articolo\n{BODY}\n", "a.txt").source == ""


def test_article_id_is_the_file_stem() -> None:
    assert article_id("2026/01/kiev.txt") == "kiev"
    assert article_id("003_8422180b2a79a20b.txt") == "003_8422180b2a79a20b"


# --- pages laid out the way other Italian sites lay them out ----------------------------------


def page(name: str) -> Article:
    return clean_article((PAGES / name).read_text(encoding="utf-8"), name)


def test_an_agency_page() -> None:
    article = page("agenzia.txt")
    assert article.title == 'Ucraina, Zelensky: "Pronti a un nuovo round di colloqui a Ginevra"'
    assert (article.author, article.source) == ("Redazione ANSA", "ANSA")
    assert (article.date, article.dateline) == ("2026-01-23T10:45", "Roma")
    assert kinds(article) == [
        "paragraph",
        "paragraph",
        "paragraph",
        "caption",
        "heading",
        "paragraph",
    ]
    assert (
        texts(article)[0]
        == "Il presidente ucraino dopo la telefonata con l'inviato americano Witkoff"
    )
    assert texts(article)[1].startswith("ROMA, 23 GEN - ")
    assert not any(t in {"ROMA", "10:45", "Facebook", "X"} for t in texts(article))
    assert "Kiev, blackout" not in "\n".join(texts(article))


def test_a_daily_paper_page_with_a_section_label_and_reading_time() -> None:
    article = page("quotidiano.txt")
    assert article.title == "Putin riceve Witkoff al Cremlino: cinque ore di colloqui"
    assert (article.author, article.date, article.dateline) == (
        "Rosalba Castelletti",
        "2025-12-03T08:12",
        "Mosca",
    )
    assert texts(article)[0] == 'Sul tavolo il piano in 20 punti. Ushakov: "Conversazione utile"'
    assert kinds(article) == ["paragraph", "paragraph", "paragraph", "heading", "paragraph"]
    assert not any(t == "Esteri" or "Riproduzione" in t or "P.Iva" in t for t in texts(article))


def test_a_blog_page_with_breadcrumbs_an_embed_and_link_lists() -> None:
    article = page("blog.txt")
    assert article.title == "Varsavia, vertice dei volenterosi: garanzie per Kiev sul tavolo"
    assert (article.date, article.dateline, article.source) == (
        "2026-01-12T18:30",
        "Varsavia",
        "Il Notiziario Europeo",
    )
    assert kinds(article) == ["paragraph", "paragraph", "quote", "heading", "paragraph"]
    quote = article.paragraphs[2]
    assert (quote.author, quote.date) == ("Donald Tusk (@donaldtusk)", "2026-01-12")
    body = "\n".join(texts(article))
    for noise in (
        "Home",
        "Leggi anche",
        "Tag:",
        "newsletter",
        "Telegram",
        "correlate",
        "P.IVA",
        "Policy",
    ):
        assert noise not in body


@pytest.mark.parametrize(
    ("line", "label"),
    [("Esteri", True), ("ROMA", True), ("GUERRA IN UCRAINA", True), ("Tregua fragile", False)],
)
def test_labels(line: str, label: bool) -> None:
    assert is_label(line) is label


# --- the five seeds ----------------------------------------------------------------------------


def seed(prefix: str) -> Article:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text, warnings = read_seed(SEEDS, IndexEntry(path.name))
    assert warnings == []
    return clean_article(text, path.name)


@pytest.mark.parametrize(
    ("prefix", "author", "date", "dateline"),
    [
        ("000", "", "2025-11-30", "Miami"),
        ("001", "Matteo Rigamonti", "2025-12-22", "Miami"),
        ("002", "", "2025-12-18", ""),
        ("003", "", "", ""),
        ("004", "Egidio Luigi", "2025-12-06T00:38", "Washington"),
    ],
)
def test_seed_byline_date_and_dateline(prefix: str, author: str, date: str, dateline: str) -> None:
    article = seed(prefix)
    assert (article.author, article.date, article.dateline) == (author, date, dateline)
    assert article.title
    for paragraph in article.paragraphs:
        assert paragraph.text.strip() not in {"×", "›", ""}
        # A title borrowed from the first heading leaves that heading in place.
        assert paragraph.text != article.title or paragraph.kind == "heading"


def test_seed_titles_from_the_text() -> None:
    assert (
        seed("001").title == "Incontri fruttuosi a Miami: Usa e Ucraina rafforzano la cooperazione"
    )
    assert (
        seed("004").title == "Usa e Ucraina chiedono alla Russia di impegnarsi per la de-escalation"
    )
    # No title line: the first heading, then a shortened first sentence.
    assert seed("000").title == "Negoziati Usa-Ucraina: le parole di Rubio e Umerov"
    assert seed("003").title.startswith("Mentre la guerra tra Russia e Ucraina")


def test_seed_with_repeated_title_keeps_it_once() -> None:
    article = seed("001")
    assert article.paragraphs[0].text.startswith("Miami, 22 dicembre 2025 –")
    assert kinds(article).count("heading") == 4


def test_seed_002_loses_its_page_furniture_and_keeps_its_caption() -> None:
    article = seed("002")
    assert article.source == "Il Giornale d'Italia"
    assert kinds(article)[0] == "caption"
    body = "\n".join(texts(article))
    for noise in ("Whatsapp", "Articoli Recenti", "Testata giornalistica", "©", "Dicembre 2025"):
        assert noise not in body


def test_seed_003_embed_is_one_quote() -> None:
    article = seed("003")
    [quote] = [p for p in article.paragraphs if p.kind == "quote"]
    assert "@ZelenskyyUa" in quote.author
    assert quote.date == "2025-12-06"
    assert "pic.twitter.com" not in quote.text
    assert quote.text.count("\n") == 1
    assert not any("(@ZelenskyyUa)" in p.text for p in article.paragraphs)


def test_seed_004_drops_the_stray_close_button() -> None:
    article = seed("004")
    assert article.paragraphs[-1].text.startswith("La situazione attuale")
    assert kinds(article).count("heading") == 2


# --- any text at all ---------------------------------------------------------------------------

PIECES = [
    BODY,
    MORE,
    "Titolo breve",
    "Roma, 3 marzo 2026 – " + BODY,
    "ROMA –",
    "3 marzo 2026",
    "Marzo 3, 2026 10:30",
    "di Anna Neri",
    "Anna Neri | 3 marzo 2026",
    "×",
    "Leggi anche",
    "Articoli Recenti",
    "© 2026 La Voce - P.IVA 123",
    "foto ministri Fonte: X @utente",
    "— Mario Rossi (@mrossi) March 3, 2026",
    "segue… pic.twitter.com/abc",
    "Un post condiviso da Anna (@anna)",
    "Home › Esteri",
    "(@",
    "—",
    "[bold]markup[/]",
    "a",
    "12:30",
    "Esteri",
]


@pytest.mark.parametrize("seed_value", range(200))
def test_any_mix_of_lines_cleans_without_error_and_keeps_text_verbatim(seed_value: int) -> None:
    rng = random.Random(seed_value)
    lines = [rng.choice(PIECES) for _ in range(rng.randint(0, 14))]
    text = "\n".join(lines)
    article = clean_article(text, "x.txt")
    sources = set(lines)
    for paragraph in article.paragraphs:
        assert paragraph.kind in {"heading", "paragraph", "quote", "caption"}
        assert paragraph.text
        if paragraph.kind != "quote":
            assert paragraph.text in sources
    assert article.date == "" or is_iso_date(article.date)
