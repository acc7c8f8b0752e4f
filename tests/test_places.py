"""Places: known spellings unify, unknown places come from cues, non-places stay out."""

from __future__ import annotations

import pytest

from negoreader.extract.knowledge import load_knowledge
from negoreader.extract.people import extract_people_and_places
from negoreader.records import Article, Place

from .conftest import article


def extract(*paragraphs: str) -> tuple[Article, dict[str, Place]]:
    [found], _, places = extract_people_and_places([article(*paragraphs)])
    return found, {p.name: p for p in places}


def place_names(found: Article) -> list[str]:
    return [ref.name for ref in found.places]


def assert_unknown(*spellings: str) -> None:
    for spelling in spellings:
        assert load_knowledge().place(spelling) is None, spelling


@pytest.mark.parametrize(
    ("italian", "other"),
    [
        ("Mosca", "Moscow"),
        ("Ginevra", "Geneva"),
        ("Kiev", "Kyiv"),
        ("Varsavia", "Warsaw"),
        ("Stati Uniti", "Usa"),
        ("Bruxelles", "Brussels"),
    ],
)
def test_italian_and_english_spellings_are_one_place(italian: str, other: str) -> None:
    texts = [
        article(f"I colloqui si sono svolti a {italian}.", article_id="a1"),
        article(f"Le delegazioni sono arrivate a {other} ieri.", article_id="a2"),
    ]
    found, _, places = extract_people_and_places(texts)
    assert [r.name for r in found[0].places] == [italian]
    assert [r.name for r in found[1].places] == [italian]
    [place] = places
    assert place.name == italian and other in place.aliases and italian not in place.aliases


def test_known_aliases_are_listed_even_when_not_seen() -> None:
    _, places = extract("La delegazione è rientrata a Kiev.")
    assert "Kyiv" in places["Kiev"].aliases
    assert places["Kiev"].kind == "city"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("La delegazione è arrivata ieri a Tampere per i colloqui.", "Tampere", "city"),
        ("Le riunioni si sono svolte nel quartiere di Kallio.", "Kallio", "district"),
        ("L’incontro si è tenuto all’Hotel Kämp, nel centro.", "Hotel Kämp", "venue"),
        ("I colloqui si sono svolti all’hotel Torni.", "Hotel Torni", "venue"),
        ("Il generale ha visitato Rzeszów, in Polonia.", "Rzeszów", "city"),
        ("Il presidente, da Lahti, ha chiesto sanzioni.", "Lahti", "city"),
        ("Le truppe sono vicino a Sudža.", "Sudža", "city"),
        ("Il vertice di Turku si è chiuso senza accordo.", "Turku", "city"),
        ("La flotta resta sul Limanskyi.", "Limanskyi", "region"),
        ("La delegazione è partita da Oulu all’alba.", "Oulu", "city"),
        ("Prima di ripartire per Magadan ha deposto fiori.", "Magadan", "city"),
        ("Chiede che ritiri le truppe da Druzhkivka e da Dobropillia.", "Dobropillia", "city"),
        ("Ha rivendicato la conquista di Pokrovsk e di Bohodukhiv.", "Bohodukhiv", "city"),
        ("Il fronte ormai si estende fino a Balakliia.", "Balakliia", "city"),
        ("Si combatte nei pressi di Kalynivka da tre giorni.", "Kalynivka", "city"),
        ("Un drone è caduto nelle vicinanze di Stepnohirsk.", "Stepnohirsk", "city"),
        ("Le truppe avanzano in direzione di Kurakhove.", "Kurakhove", "city"),
        ("Il villaggio di Zolote è stato evacuato.", "Zolote", "city"),
        ("Nella cittadina di Selydove non resta nessuno.", "Selydove", "city"),
        ("Un raid su Lubny ha ucciso tre persone.", "Lubny", "city"),
        ("Il fronte si è spostato a partire da Borova verso ovest.", "Borova", "city"),
        ("Il villaggio si trova a due passi da Sviatohirsk.", "Sviatohirsk", "city"),
        ("Pesanti combattimenti a sud di Malokaterynivka.", "Malokaterynivka", "city"),
        ("Un drone ha colpito tre edifici di Okhtyrka.", "Okhtyrka", "city"),
        ("Il complesso di Mezhyhirya è chiuso al pubblico.", "Mezhyhirya", "venue"),
        ("L'evacuazione di Kurakhove è cominciata all'alba.", "Kurakhove", "city"),
        ("Nella notte è stata colpita Bilhorod dai droni.", "Bilhorod", "city"),
        ("Il corteo si è fermato a Santa Maria in Trastevere.", "Santa Maria", "city"),
        ("La messa è stata celebrata a San Giovanni Rotondo.", "San Giovanni Rotondo", "city"),
        ("L'accordo è stato firmato nello Studio Giallo.", "Studio Giallo", "venue"),
        (
            "Il vertice si è tenuto nella base militare congiunta Elmendorf-Richardson.",
            "Elmendorf-Richardson",
            "venue",
        ),
    ],
)
def test_unknown_places_from_cues(text: str, name: str, kind: str) -> None:
    assert_unknown(name)
    found, places = extract(text)
    assert name in place_names(found)
    assert places[name].kind == kind


def test_a_capital_standing_for_its_government_is_a_place() -> None:
    found, places = extract(
        "Berna ha fatto sapere che la sede è pronta.",
        "Secondo Berna la sede è pronta.",
        "La proposta ha ricevuto i buoni uffici di Berna, ha detto il ministro.",
    )
    [berna] = found.places
    assert berna.name == "Berna" and [m.paragraph for m in berna.mentions] == [0, 1, 2]
    assert places["Berna"].kind == "city" and "Bern" in places["Berna"].aliases


def test_the_dateline_is_a_place() -> None:
    assert_unknown("Tampere")
    found, _ = extract("Tampere, 3 febbraio 2026 – Sono iniziati i colloqui.")
    assert place_names(found) == ["Tampere"]
    assert found.places[0].mentions[0].start == 0


def test_known_places_with_lower_case_words_and_coordinated_places() -> None:
    assert_unknown("Druzhkivka", "Dobropillia")
    found, _ = extract(
        "La Corea del Sud e gli Stati Uniti d’America guardano a Druzhkivka e Dobropillia."
    )
    assert place_names(found) == ["Corea del Sud", "Stati Uniti", "Druzhkivka", "Dobropillia"]


def test_a_compound_of_places_is_split() -> None:
    found, _ = extract("Negoziati Usa-Ucraina: le parole dei delegati")
    assert place_names(found) == ["Stati Uniti", "Ucraina"]
    spans = [m for r in found.places for m in r.mentions]
    assert [found.paragraphs[0].text[m.start : m.end] for m in spans] == ["Usa", "Ucraina"]


@pytest.mark.parametrize(
    "text",
    [
        "Gli ucraini e i russi, con gli europei e gli statunitensi, non sono d’accordo.",
        "Secondo Axios, la Casa Bianca e il Cremlino tacciono.",
        "La Nato, l’Unione europea e le Nazioni Unite chiedono una tregua.",
        "Il Giornale d'Italia è anche su Whatsapp. Clicca qui per iscriversi al canale.",
        "In un post su X, il ministro ha parlato del futuro del Paese.",
        "Mercoledì a Gennaio, in Consiglio: nessuna novità.",
        "Il documento è stato citato da Reuters e ripreso dal New York Times.",
        "La nota è stata firmata da Lehtonen, secondo quanto riferito.",
        "Lo ha deciso in base a Lehtonen, e lo ha scritto in una lettera a Niskanen.",
        # place cues before organisations, people and bare venue words
        "Le proteste si sono svolte nei pressi della Casa Bianca e nella zona del Cremlino.",
        "Il piano va in direzione della Nato, secondo Axios.",
        "La lettera è arrivata fino a Witkoff.",
        "Il piano su Trump e l'attacco su Rubio dei giornali.",
        "I delegati hanno cenato nell'Hotel e pregato nella Cattedrale.",
    ],
)
def test_no_place_in_demonyms_organisations_and_outlets(text: str) -> None:
    found, places = extract(text)
    assert place_names(found) == []
    assert places == {}


def test_a_person_after_a_is_not_a_place() -> None:
    found, _ = extract(
        "Il ministro Hakan Fidan è arrivato.", "Il presidente ha detto a Fidan di attendere."
    )
    assert place_names(found) == []
    assert [r.name for r in found.people] == ["Hakan Fidan"]


def test_mentions_are_offsets_into_the_paragraph_text() -> None:
    found, _ = extract(
        "Dopo Ginevra, i colloqui proseguono a Miami.", "Da Kyiv e da Mosca nessun commento."
    )
    texts = {
        ref.name: [found.paragraphs[m.paragraph].text[m.start : m.end] for m in ref.mentions]
        for ref in found.places
    }
    assert texts == {
        "Ginevra": ["Ginevra"],
        "Miami": ["Miami"],
        "Kiev": ["Kyiv"],
        "Mosca": ["Mosca"],
    }
    assert place_names(found) == ["Ginevra", "Miami", "Kiev", "Mosca"]


def test_places_across_the_corpus_are_sorted_by_name() -> None:
    texts = [
        article("A Varsavia e a Tampere.", article_id="a1"),
        article("Poi a Ginevra.", article_id="a2"),
    ]
    _, _, places = extract_people_and_places(texts)
    assert [p.name for p in places] == ["Ginevra", "Tampere", "Varsavia"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue word joins its name over a preposition; a building named after its place
        ("I delegati si sono visti al Palazzo delle Nazioni.", ["Palazzo delle Nazioni"]),
        ("Il vertice si è tenuto nel palazzo di Qasr Tavola, a Ginevra.",
         ["Palazzo di Qasr Tavola", "Ginevra"]),
        # a street, even one whose name stands for an office elsewhere
        ("È stato ricevuto nella sede in via Bankova.", ["via Bankova"]),
        ("Ha parlato via Zoom con i cronisti.", []),
        # an English venue's last word; a foreign article after a bare preposition
        ("Si sono visti in una sala del Lakeside Centre.", ["Lakeside Centre"]),
        ("Il ministro è atterrato all'aeroporto di Le Touquet.", ["Le Touquet"]),
        ("Il Papa potrebbe ospitarli a Castel Ruggero.", ["Castel Ruggero"]),
        # a place inside an agreement's name is no place
        ("Gli accordi di Minsk sono falliti.", []),
        ("Dopo Minsk II nessuno si fida.", []),
        ("Si parlava già di un Minsk bis e di un Minsk IV.", []),
        ("Il vertice si è tenuto a Minsk.", ["Minsk"]),
        # an outlet or a company after the noun that says so
        ("Ha parlato alla tv Zarnitsa dopo l'incontro.", []),
        ("Le sanzioni sulla Volgakreditbank restano.", []),
    ],
)  # fmt: skip
def test_venues_streets_and_agreements(text: str, expected: list[str]) -> None:
    found, _ = extract(text)
    assert place_names(found) == expected
    assert [r.name for r in found.people] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue word some adjectives back, past a preposition before it
        ("Atterrati sulla pista della base aerea congiunta Varjola-Kestilä, i ministri sono "
         "ripartiti.", ["Varjola-Kestilä"]),
        ("I droni hanno colpito la base navale Hiidenlahti.", ["Hiidenlahti"]),
        ("Sulla pista della base Varjola-Kestilä sono atterrati.", ["Varjola-Kestilä"]),
        ("Sono atterrati all'aeroporto Kestilänkangas.", ["Kestilänkangas"]),
        ("Le delegazioni alloggiano all'hotel Borealis.", ["Hotel Borealis"]),
        ("In base a Kettunen il piano non regge.", []),
        # a hall in a building; an English venue's last word
        ("I tecnici hanno lavorato in una sala del Borealis-Lakeview sul porto.",
         ["Borealis-Lakeview"]),
        ("La cena si è tenuta nelle sale dello Saarinen Grand.", ["Saarinen Grand"]),
        ("Le delegazioni si sono viste allo Pinecrest Bay Club.", ["Pinecrest Bay Club"]),
        ("Il pranzo è stato servito al Harbourview Resort.", ["Harbourview Resort"]),
        # a sea, a lake or a gulf named with its adjective, wherever it stands
        ("Si è parlato dello sminamento del Mar Bianco.", ["Mar Bianco"]),
        ("Le navi incrociano nel Mare del Nord.", ["Mare del Nord"]),
        ("La tregua riguarda anche il Lago Onega.", ["Lago Onega"]),
    ],
)  # fmt: skip
def test_venues_and_waters_without_a_place_cue(text: str, expected: list[str]) -> None:
    found, _ = extract(text)
    assert place_names(found) == expected
    assert [r.name for r in found.people] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, nella regione di Y", "X, vicino a Y", "X, villaggio …": what follows says where
        ("Colpite due basi, tra cui Severomorsk-3, nella regione di Kandalaksha.",
         ["Severomorsk-3", "Kandalaksha"]),
        ("I droni hanno raggiunto anche Verkhnyaya, vicino a Ozernovsk.",
         ["Verkhnyaya", "Ozernovsk"]),
        ("Restano fuori i giacimenti come quello di Kovalenko, villaggio a ridosso del fronte.",
         ["Kovalenko"]),
        ("Si combatte a Petrenko, cittadina ormai svuotata.", ["Petrenko"]),
        # a Slavic place name's ending is cue enough
        ("Mosca chiede anche Zolotivka e Myrnopil.", ["Mosca", "Zolotivka", "Myrnopil"]),
        ("Al buio è rimasta parte di Bilopillia-Novohrad.", ["Bilopillia-Novohrad"]),
    ],
)  # fmt: skip
def test_unknown_places_from_what_follows_or_their_shape(text: str, expected: list[str]) -> None:
    found, _ = extract(text)
    assert place_names(found) == expected


def test_what_follows_a_person_says_nothing_of_a_place() -> None:
    found, _ = extract("Lo ha detto Taras Kovalenko, vicino a Zelensky, poi Kovalenko, deputato.")
    assert place_names(found) == []
    assert [r.name for r in found.people] == ["Taras Kovalenko", "Volodymyr Zelensky"]


def test_a_hotel_and_its_name_alone_are_one_place() -> None:
    found, places = extract(
        "Le delegazioni sono arrivate nell'hotel St. Borealis sull'isola.",
        "Le foto dell'arrivo al St. Borealis di Doha.",
    )
    assert place_names(found) == ["Hotel St. Borealis", "Doha"]
    assert "St. Borealis" in places["Hotel St. Borealis"].aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Slavic place names opened by an adjective
        ("Bombe sui villaggi di Zorivka e Mala Hlybochka.", ["Zorivka", "Mala Hlybochka"]),
        ("Le truppe avanzano verso Velyka Pysarivka.", ["Velyka Pysarivka"]),
        ("È stata colpita Nova Zorya nella notte.", ["Nova Zorya"]),
        # a square or a palace named after an institution or an idea
        ("Centinaia di madri in piazza dell'Indipendenza hanno protestato.",
         ["Piazza dell'Indipendenza"]),
        ("La firma in un salone del Palazzo dell'Eliseo.", ["Palazzo dell'Eliseo"]),
        ("Si sono visti nel piazzale della Vittoria.", ["Piazzale della Vittoria"]),
        # a shore, a coast, the waters of a place
        ("Il vertice si è tenuto sulle rive del Kalmius.", ["Kalmius"]),
        ("I droni hanno colpito la costa di Zatoka.", ["Zatoka"]),
        ("Navi russe nelle acque del Sivash.", ["Sivash"]),
        # a place joined to another by "e su"
        ("Missili su Bila Tserkva e su Kremenchuk nella notte.", ["Bila Tserkva", "Kremenchuk"]),
        ("Droni sull'oblast di Sumy e su Okhtyrka.", ["Sumy", "Okhtyrka"]),
        ("Colpi di artiglieria su Nikopol e su Marhanets.", ["Nikopol", "Marhanets"]),
    ],
)  # fmt: skip
def test_more_unknown_places(text: str, expected: list[str]) -> None:
    found, _ = extract(text)
    assert place_names(found) == expected
    assert [r.name for r in found.people] == []


def test_a_word_a_cue_made_a_place_is_a_place_in_another_article() -> None:
    texts = [
        article("Hanno lavorato in una sala del Borealis-Lakeview di Doha.", article_id="a1"),
        article("Il round si è svolto al Borealis-Lakeview ed è durato ore.", article_id="a2"),
        article("La firma è arrivata al Palazzo Kestilä.", article_id="a3"),
        article("Dal Kestilä le delegazioni sono uscite in silenzio.", article_id="a4"),
    ]
    found, _, _ = extract_people_and_places(texts)
    assert [[r.name for r in a.places] for a in found] == [
        ["Borealis-Lakeview", "Doha"],
        ["Borealis-Lakeview"],
        ["Kestilä"],
        ["Kestilä"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's double name is one place, though its first part is a town too
        ("L'esercito russo ha conquistato Kupiansk-Vuzlovyi.", ["Kupiansk-Vuzlovyi"]),
        ("Raid nella notte a Kherson-Zakhidnyi.", ["Kherson-Zakhidnyi"]),
        # places and institutions joined name each place
        ("Il vertice Usa-Ucraina e il formato Ue-Russia.", ["Stati Uniti", "Ucraina", "Russia"]),
        ("Il dialogo Nato-Russia è fermo.", ["Russia"]),
    ],
)
def test_hyphenated_names(text: str, expected: list[str]) -> None:
    found, _ = extract(text)
    assert place_names(found) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street, a square or a park named after a person is a place, not the person
        ("Il corteo è passato per via Mykhailo Hrushevsky.", ["via Mykhailo Hrushevsky"]),
        ("Il monumento in largo Volodymyr Velykyi.", ["largo Volodymyr Velykyi"]),
        ("Sirene nel parco Taras Shevchenko.", ["Parco Taras Shevchenko"]),
        ("La protesta in piazza Taras Shevchenko.", ["piazza Taras Shevchenko"]),
        ("Ha parlato per via telefonica con i cronisti.", []),
    ],
)
def test_streets_squares_and_parks_named_after_people(text: str, expected: list[str]) -> None:
    found, _ = extract(text)
    assert place_names(found) == expected
    assert [r.name for r in found.people] == []
