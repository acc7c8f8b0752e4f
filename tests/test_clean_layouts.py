"""Page layouts with menus and mastheads over the article: only the article is kept."""

from __future__ import annotations

from negoreader.clean import clean_article

# A page written for this test in the layout of an Italian daily's site saved as text.
MENU_PAGE = """Accedi | Abbonati

LA GAZZETTA DEL LAGO
Politica · Esteri · Cultura · Sport

ESTERI

Tregua sul Mar Nero, le delegazioni tornano a Doha

Il nodo delle centrali elettriche divide ancora le parti

di Paolo Verdi e Anna Neri
14/03/2026 - 09:15

[Immagine: i negoziatori all'arrivo in hotel – © Agenzia/Marta Sala]

Le delegazioni sono arrivate ieri a Doha per il terzo giro di colloqui sulla tregua.

Il documento finale, secondo fonti vicine ai negoziatori, potrebbe essere firmato domani.

▶ LEGGI ANCHE: Che cosa prevede la tregua

Accetta i cookie per vedere il video. Gestisci preferenze
Riproduzione riservata © La Gazzetta del Lago | Contatti | Lavora con noi
"""


def test_menus_and_mastheads_are_not_the_title() -> None:
    article = clean_article(MENU_PAGE, "gazzetta.txt")
    assert article.title == "Tregua sul Mar Nero, le delegazioni tornano a Doha"
    assert (article.author, article.date) == ("Paolo Verdi e Anna Neri", "2026-03-14T09:15")
    assert article.source == "La Gazzetta del Lago"
    assert [(p.kind, p.text[:30]) for p in article.paragraphs] == [
        ("paragraph", "Il nodo delle centrali elettri"),
        ("caption", "[Immagine: i negoziatori all'a"),
        ("paragraph", "Le delegazioni sono arrivate i"),
        ("paragraph", "Il documento finale, secondo f"),
    ]


def test_a_byline_and_date_line_after_a_standfirst() -> None:
    page = MENU_PAGE.replace("di Paolo Verdi e Anna Neri\n", "Redazione Esteri — ")
    article = clean_article(page, "gazzetta.txt")
    assert (article.author, article.date) == ("Redazione Esteri", "2026-03-14T09:15")


# Another layout written for this test: a masthead in one word, a section label and the
# headline again between the page title and the byline, the date line four lines down.
LABELLED_PAGE = """Tregua sul Mar Nero: le delegazioni tornano a Doha

LAGAZZETTAONLINE
ESTERI
Tregua sul Mar Nero, a Doha il terzo giro di colloqui tra le delegazioni
Di Paolo Verdi
Sabato 14 marzo 2026, 09:15

Le delegazioni sono arrivate ieri a Doha per il terzo giro di colloqui sulla tregua.
"""


def test_labels_and_a_headline_before_the_byline_are_skipped() -> None:
    article = clean_article(LABELLED_PAGE, "gazzetta.txt")
    assert (article.author, article.date) == ("Paolo Verdi", "2026-03-14T09:15")
    assert [p.text[:20] for p in article.paragraphs] == [
        "Tregua sul Mar Nero,",
        "Le delegazioni sono ",
    ]


def test_a_masthead_naming_no_person_is_not_the_author() -> None:
    page = LABELLED_PAGE.replace("LAGAZZETTAONLINE\nESTERI\n", "La Gazzetta Europea\n")
    article = clean_article(page, "gazzetta.txt")
    assert (article.author, article.date) == ("Paolo Verdi", "2026-03-14T09:15")
    assert "La Gazzetta Europea" not in [p.text for p in article.paragraphs]


def test_bulleted_links_are_dropped_even_before_running_text() -> None:
    page = LABELLED_PAGE + (
        "LEGGI ANCHE\n› Il prezzo del grano scende ancora\n› Tutte le tappe del negoziato\n"
        "Le parti torneranno a vedersi la prossima settimana, secondo fonti diplomatiche.\n"
    )
    texts = [p.text for p in clean_article(page, "gazzetta.txt").paragraphs]
    assert not any("›" in text for text in texts)
    assert texts[-1].startswith("Le parti torneranno")


# An interview page written for this test: a trail of section names over the headline, a
# standfirst, the interviewer's byline and a numeric date, then questions and answers.
INTERVIEW_PAGE = """ESTERI | Le interviste
"Sul Donbass non firmeremo nulla senza garanzie"
Parla Ivanna Kostenko, negoziatrice ucraina: "Il tempo gioca contro di noi"
Di Marta Lanzoni
11/02/2026
Aggiornato alle 10:40
Ivanna Kostenko ha seguito da vicino il round di colloqui.
Com'è andata?
"È stato un confronto duro".
"""


def test_a_trail_of_sections_is_a_label_and_the_interviewer_is_the_author() -> None:
    article = clean_article(INTERVIEW_PAGE, "intervista.txt")
    assert article.title == '"Sul Donbass non firmeremo nulla senza garanzie"'
    assert (article.author, article.date) == ("Marta Lanzoni", "2026-02-11")
    texts = [p.text for p in article.paragraphs]
    assert texts[0].startswith("Parla Ivanna Kostenko")
    assert not any("Lanzoni" in t or "Aggiornato" in t for t in texts)


def test_other_trails_of_sections() -> None:
    for trail in ("MONDO › Europa", "POLITICA / Esteri / Ucraina", "LIVE | Esteri | Ue"):
        page = INTERVIEW_PAGE.replace("ESTERI | Le interviste", trail)
        article = clean_article(page, "intervista.txt")
        assert article.title.startswith('"Sul Donbass'), trail
        assert article.author == "Marta Lanzoni", trail


def test_a_headline_with_a_separator_is_no_trail() -> None:
    page = INTERVIEW_PAGE.replace(
        'ESTERI | Le interviste\n"Sul Donbass non firmeremo nulla senza garanzie"\n',
        "Ucraina | nuovi colloqui a Ginevra\n",
    )
    article = clean_article(page, "intervista.txt")
    assert article.title == "Ucraina | nuovi colloqui a Ginevra"


# Pages written for this test: a masthead taken for a title until the headline under it shows.
MASTHEAD_PAGES = [
    # a menu of one-word sections, one a line, under the masthead
    "Il Giornale del Lago\nHome\nPolitica\nEsteri\nEconomia\nSport\nESTERI\n"
    "Ginevra, nuovo giro di colloqui sulla tregua\ndi Paolo Verdi\n14/03/2026 - 09:15\n",
    # a breadcrumb between the masthead and the headline
    "Notizie dal mondo\nHome › Esteri › Ucraina\n"
    "Ginevra, nuovo giro di colloqui sulla tregua\nSabato 14 marzo 2026, 09:15\nDi Paolo Verdi\n",
    # the masthead inside a bar of buttons
    "☰ Menu   La Gazzetta del Lago   Abbonati   Login\nMondo > Europa\n"
    "Ginevra, nuovo giro di colloqui sulla tregua\nPaolo Verdi\nMarzo 14, 2026\n"
    "Aggiornato alle 10:20\n",
]


def test_a_masthead_over_the_headline_is_not_the_title() -> None:
    body = "Le delegazioni sono arrivate ieri a Ginevra per il terzo giro di colloqui.\n"
    for page in MASTHEAD_PAGES:
        article = clean_article(page + body, "pagina.txt")
        assert article.title == "Ginevra, nuovo giro di colloqui sulla tregua", page
        assert article.author == "Paolo Verdi", page
        assert article.date.startswith("2026-03-14"), page
        assert [p.text for p in article.paragraphs] == [body.strip()], page


def test_promotion_lines_are_dropped() -> None:
    page = MASTHEAD_PAGES[0] + (
        "Le delegazioni sono arrivate ieri a Ginevra.\n"
        "Ti potrebbe interessare: Che cosa prevede la tregua\n"
        "Sostieni il giornalismo indipendente: abbonati a Lago24.\n"
    )
    article = clean_article(page, "pagina.txt")
    assert [p.text for p in article.paragraphs] == ["Le delegazioni sono arrivate ieri a Ginevra."]


# An interview page written for this test: the byline comes after the summary under the date.
LATE_BYLINE_PAGE = """ESTERI
"Sul Donbass non firmeremo nulla"
12 febbraio 2026
Parla Ivanna Kostenko, negoziatrice ucraina.
{byline}
Ivanna Kostenko ha seguito da vicino il round di colloqui a Ginevra.
"""


def test_a_byline_under_the_summary_is_the_author() -> None:
    for line in ("di Marta Lanzoni", "Intervista di Marta Lanzoni", "A cura di Marta Lanzoni"):
        article = clean_article(LATE_BYLINE_PAGE.format(byline=line), "intervista.txt")
        assert article.author == "Marta Lanzoni", line
        assert [p.text[:20] for p in article.paragraphs] == [
            "Parla Ivanna Kostenk",
            "Ivanna Kostenko ha s",
        ], line


def test_a_body_line_that_only_looks_like_a_byline_stays() -> None:
    page = LATE_BYLINE_PAGE.format(byline="Da Ginevra a Miami")
    article = clean_article(page, "intervista.txt")
    assert article.author == ""
    assert "Da Ginevra a Miami" in [p.text for p in article.paragraphs]


SIGNED_PAGE = """Esteri
Ginevra, nuovo giro di colloqui
12 dicembre 2025
Le delegazioni sono arrivate ieri a Ginevra per il terzo giro di colloqui sulla tregua.
Il documento finale potrebbe essere firmato domani.
Molti si aspettano una svolta.
{signature}
"""


def test_a_signature_under_the_text_is_the_author() -> None:
    for line in ("Marta Lanzoni", "— Marta Lanzoni", "(Marta Lanzoni)", "di Marta Lanzoni",
                 "(Servizio di Marta Lanzoni, corrispondente)"):  # fmt: skip
        article = clean_article(SIGNED_PAGE.format(signature=line), "firmato.txt")
        assert article.author == "Marta Lanzoni", line
        assert article.paragraphs[-1].text == "Molti si aspettano una svolta.", line


def test_a_last_sentence_naming_people_is_no_signature() -> None:
    for line in ("Volodymyr Zelensky ha parlato.", "Zelensky e Trump"):
        article = clean_article(SIGNED_PAGE.format(signature=line), "firmato.txt")
        assert article.author == "", line
        assert article.paragraphs[-1].text == line
