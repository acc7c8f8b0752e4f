"""People: found in Italian text the extractor was not written for, unified, given their roles.

Most texts here name people and places the knowledge file does not list (checked by
`assert_unknown`), so what is found comes from the rules, not from the curated list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from negoreader.extract.knowledge import load_knowledge
from negoreader.extract.names import fold
from negoreader.extract.people import extract_people_and_places
from negoreader.load import load_seeds
from negoreader.records import Article, Person

from .conftest import article

ROOT = Path(__file__).resolve().parent.parent


def extract(*paragraphs: str) -> tuple[Article, dict[str, Person]]:
    [found], people, _ = extract_people_and_places([article(*paragraphs)])
    return found, {p.name: p for p in people}


def names(found: Article) -> list[str]:
    return [ref.name for ref in found.people]


def mention_texts(found: Article, name: str) -> list[str]:
    ref = next(r for r in found.people if r.name == name)
    return [found.paragraphs[m.paragraph].text[m.start : m.end] for m in ref.mentions]


def assert_unknown(*spellings: str) -> None:
    """These names are not in the knowledge file, so finding them proves the rules work."""
    knowledge = load_knowledge()
    for spelling in spellings:
        assert knowledge.person(spelling) is None, spelling
        assert knowledge.place(spelling) is None, spelling
        for word in spelling.split():
            assert not knowledge.is_given_name(word), word


def test_an_unknown_envoy_is_found_with_role_and_country() -> None:
    assert_unknown("Virtanen", "Mikko", "Tampere")
    found, people = extract(
        "L’inviato finlandese Mikko Virtanen ha incontrato ieri a Tampere la delegazione "
        "ucraina. Virtanen ha poi raggiunto Helsinki."
    )
    assert names(found) == ["Mikko Virtanen"]
    assert mention_texts(found, "Mikko Virtanen") == ["Mikko Virtanen", "Virtanen"]
    assert people["Mikko Virtanen"].role == "inviato"
    assert people["Mikko Virtanen"].country == "Finlandia"
    assert people["Mikko Virtanen"].aliases == ("Virtanen",)


def test_role_words_before_a_name_give_role_and_country() -> None:
    assert_unknown("Hakan", "Fidan", "Smirne")
    found, people = extract(
        "Il ministro degli Esteri turco Hakan Fidan ha accolto a Smirne i negoziatori russi. "
        "Fidan ha spiegato che la Turchia è pronta."
    )
    assert names(found) == ["Hakan Fidan"]
    assert people["Hakan Fidan"].role == "ministro degli Esteri"
    assert people["Hakan Fidan"].country == "Turchia"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ha parlato il consigliere Oskari Lehtonen.", "Oskari Lehtonen", "consigliere"),
        ("Era presente il generale Tapio Niskanen.", "Tapio Niskanen", "generale"),
        ("Lo ha detto il tenente generale Aarne Heikkilä.", "Aarne Heikkilä", "tenente generale"),
        ("Parla l’inviato speciale Eero Salminen.", "Eero Salminen", "inviato speciale"),
        (
            "È arrivato Eero Salminen, segretario del Consiglio di difesa nazionale, a Kiev.",
            "Eero Salminen",
            "segretario del Consiglio di difesa nazionale",
        ),
        (
            "Il capo di stato maggiore estone, generale Aarne Heikkilä, ha parlato.",
            "Aarne Heikkilä",
            "capo di stato maggiore",
        ),
        (
            "C’era l’ex ambasciatore americano a Mosca Eero Salminen.",
            "Eero Salminen",
            "ex ambasciatore",
        ),
        (
            "Lo accompagnava il vicecapo dell’ufficio presidenziale Eero Salminen, colonnello "
            "della riserva.",
            "Eero Salminen",
            "vicecapo dell’ufficio presidenziale",
        ),
        (
            "Non c’era il titolare della Difesa Eero Salminen.",
            "Eero Salminen",
            "titolare della Difesa",
        ),
        (
            "Guidava il gruppo Eero Salminen, alto funzionario del ministero dell’Interno.",
            "Eero Salminen",
            "alto funzionario del ministero dell’Interno",
        ),
        (
            "Ha votato contro Eero Salminen, capogruppo dei liberali in Parlamento.",
            "Eero Salminen",
            "capogruppo dei liberali",
        ),
        (
            "Guida il vice ministro della Difesa Eero Salminen.",
            "Eero Salminen",
            "vice ministro della Difesa",
        ),
        ("Ne ha scritto la first lady Tuulikki Salminen.", "Tuulikki Salminen", "first lady"),
        (
            "La ministra dell’Energia Tuulikki Salminen ha parlato di blackout.",
            "Tuulikki Salminen",
            "ministra dell’Energia",
        ),
    ],
)
def test_roles_from_role_words_and_apposition(text: str, name: str, role: str) -> None:
    assert_unknown(*name.split())
    found, people = extract(text)
    assert names(found) == [name]
    assert people[name].role == role


def test_an_office_is_preferred_to_a_rank_or_title_beside_it() -> None:
    _, people = extract(
        "All’incontro, ospitato dallo sceicco Aarne Heikkilä, consigliere per la sicurezza "
        "nazionale, hanno preso parte le delegazioni."
    )
    assert people["Aarne Heikkilä"].role == "consigliere per la sicurezza nazionale"


def test_an_office_in_one_article_beats_a_rank_in_another() -> None:
    # Each given once: the rank is no tie-breaker against an office ("capo di stato maggiore").
    articles = [
        article("Al tavolo sedeva il generale Aarne Heikkilä, accanto agli altri."),
        article("Per Helsinki c'era il capo di stato maggiore Aarne Heikkilä."),
    ]
    _, people, _ = extract_people_and_places(articles)
    assert {p.name: p.role for p in people}["Aarne Heikkilä"] == "capo di stato maggiore"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Parla il generale Aarne Heikkilä, indicato come comandante della futura forza "
            "multinazionale.",
            "comandante della futura forza multinazionale",
        ),
        (
            "Ne ha parlato Aarne Heikkilä, in qualità di inviato speciale della presidenza.",
            "inviato speciale della presidenza",
        ),
        (
            "Guida il contingente il colonnello Aarne Heikkilä, appena nominato comandante del "
            "contingente nordico.",
            "comandante del contingente nordico",
        ),
        (
            "C'era anche Aarne Heikkilä, designato quale rappresentante del governo.",
            "rappresentante del governo",
        ),
    ],
)
def test_an_apposition_may_say_the_role_was_given(text: str, role: str) -> None:
    assert_unknown("Aarne", "Heikkilä")
    _, people = extract(text)
    assert people["Aarne Heikkilä"].role == role


def test_the_holder_of_a_role_is_not_the_person_it_is_of() -> None:
    # "l'inviato di Trump, Steve Witkoff": the envoy is Witkoff; Trump gets no "inviato".
    _, people = extract("Il piano è stato portato dall’inviato di Trump, Steve Witkoff.")
    assert people["Steve Witkoff"].role == "inviato"
    assert people["Donald Trump"].role != "inviato"


@pytest.mark.parametrize(
    "text",
    [
        "Hanno firmato i ministri degli Esteri Oskari Lehtonen e Tapio Niskanen.",
        "Si sono aggiunti i ministri degli Esteri di Estonia e Lettonia: Oskari Lehtonen per "
        "Tallinn e Tapio Niskanen per Riga.",
        "Al tavolo sedevano anche i ministri degli Esteri, Oskari Lehtonen, Tapio Niskanen.",
    ],
)
def test_a_plural_role_before_a_list_gives_each_name_the_singular_role(text: str) -> None:
    assert_unknown("Oskari", "Lehtonen", "Tapio", "Niskanen")
    _, people = extract(text)
    assert people["Oskari Lehtonen"].role == "ministro degli Esteri"
    assert people["Tapio Niskanen"].role == "ministro degli Esteri"


def test_a_plural_role_of_someone_is_not_that_persons_role() -> None:
    _, people = extract(
        "Ieri gli inviati del presidente Oskari Lehtonen si sono seduti al tavolo. "
        "Erano gli inviati di Lehtonen."
    )
    assert people["Oskari Lehtonen"].role == "presidente"


def test_a_head_without_its_complement_is_no_role() -> None:
    _, people = extract("La titolare, Oskari Lehtonen, non si è presentata a Tallinn.")
    assert people["Oskari Lehtonen"].role == ""


def test_a_plural_role_does_not_reach_past_a_verb_or_a_sentence() -> None:
    _, people = extract(
        "I ministri degli Esteri si sono visti a Tallinn. Ha poi parlato Oskari Lehtonen. "
        "I consiglieri hanno lasciato la sala con Tapio Niskanen."
    )
    assert people["Oskari Lehtonen"].role == ""
    assert people["Tapio Niskanen"].role == ""


def test_a_role_held_by_a_name_before_is_not_given_to_the_next_name() -> None:
    assert_unknown("Eero", "Salminen", "Aarne", "Heikkilä")
    _, people = extract(
        "Alle esequie del generale Eero Salminen, Aarne Heikkilä è arrivato in ritardo."
    )
    assert people["Eero Salminen"].role == "generale"
    assert people["Aarne Heikkilä"].role == ""


def test_a_list_after_a_name_is_not_its_apposition() -> None:
    _, people = extract(
        "Hanno preso parte Eero Salminen, il capo di stato maggiore Aarne Heikkilä e altri."
    )
    assert people["Aarne Heikkilä"].role == "capo di stato maggiore"
    assert people["Eero Salminen"].role == ""


def test_names_after_con_da_tra_and_no_names_after_thing_nouns() -> None:
    found, _ = extract(
        "Ha parlato con Oskari Lehtonen; la delegazione guidata da Tapio Niskanen; un incontro "
        "tra Aarne Heikkilä e altri. Il gasdotto Nord Stream e i missili Storm Shadow, forniti "
        "da Lockheed Martin, restano fuori."
    )
    assert names(found) == ["Oskari Lehtonen", "Tapio Niskanen", "Aarne Heikkilä"]


def test_a_name_after_a_colon_is_not_a_sentence_start() -> None:
    found, _ = extract("Si sono aggiunti i consiglieri: Oskari Lehtonen per Helsinki e altri.")
    assert names(found) == ["Oskari Lehtonen"]


def test_initials_roman_numerals_particles_and_hyphens() -> None:
    found, people = extract(
        "Papa Leone XIV ha parlato con J.D. Vance, con George W. Bush e con Ursula von der Leyen. "
        "Erano presenti Jussi Halla-aho e Musaed al-Aiban."
    )
    assert names(found) == [
        "Leone XIV",
        "JD Vance",
        "George W. Bush",
        "Ursula von der Leyen",
        "Jussi Halla-aho",
        "Musaed al-Aiban",
    ]
    assert people["Leone XIV"].role == "Papa"
    assert "J.D. Vance" in people["JD Vance"].aliases


def test_the_knowledge_file_role_is_only_a_fallback() -> None:
    _, people = extract(
        "Rubio è arrivato a Ginevra.", "Il segretario di Stato Marco Rubio ha parlato."
    )
    assert people["Marco Rubio"].role == "segretario di Stato"
    _, people = extract("Marco Rubio è arrivato a Ginevra.")
    assert people["Marco Rubio"].role == load_knowledge().person("Marco Rubio").role


def test_a_surname_alone_is_the_full_name_seen_in_the_article_or_the_corpus() -> None:
    first = article("Il sindaco Konrad Fijołek ha accolto la delegazione.", article_id="a1")
    second = article("Secondo Fijołek, i colloqui andranno avanti.", article_id="a2")
    found, people, _ = extract_people_and_places([first, second])
    assert [r.name for r in found[1].people] == ["Konrad Fijołek"]
    assert [p.name for p in people] == ["Konrad Fijołek"]


def test_trump_alone_is_donald_trump() -> None:
    found, _ = extract("Gli sforzi dell’amministrazione Trump continuano.")
    assert names(found) == ["Donald Trump"]


def test_transliterations_unify_into_one_person() -> None:
    texts = [
        article("Il presidente Volodymyr Zelensky ha parlato.", article_id="a1"),
        article("Volodymyr Zelenskyy ha scritto su X.", article_id="a2"),
        article("C’era il generale Andriy Hnatov.", article_id="a3"),
        article("Con Andrii Hnatov, capo di stato maggiore.", article_id="a4"),
        # Two spellings of a person the knowledge file does not know.
        article("Il viceministro Serhiy Kovalenko è a Kiev.", article_id="a5"),
        article("Sergiy Kovalenko ha confermato.", article_id="a6"),
    ]
    assert_unknown("Kovalenko")
    _, people, _ = extract_people_and_places(texts)
    by_name = {p.name: p for p in people}
    assert len(by_name) == 3
    assert "Volodymyr Zelenskyy" in by_name["Volodymyr Zelensky"].aliases
    assert "Andrii Hnatov" in by_name["Andriy Hnatov"].aliases
    [kovalenko] = [p for p in people if p.name.endswith("Kovalenko")]
    assert {kovalenko.name, *kovalenko.aliases} >= {"Serhiy Kovalenko", "Sergiy Kovalenko"}


def test_different_first_names_with_one_surname_stay_apart() -> None:
    found, _ = extract(
        "Maria Lindqvist e Mario Lindqvist hanno parlato; Ivanka Trump era con Donald Trump."
    )
    assert sorted(names(found)) == [
        "Donald Trump",
        "Ivanka Trump",
        "Maria Lindqvist",
        "Mario Lindqvist",
    ]


def test_social_handles_are_matched_by_their_letters() -> None:
    knowledge = load_knowledge()
    for handle in ("@SteveWitkoff", "@jaredkushner", "@rustem_umerov", "@ZelenskyyUa"):
        assert knowledge.person(handle) is None  # no hard-coded map: the rule does it
    found, people = extract(
        "Il presidente Volodymyr Zelensky ha sentito Steve Witkoff, Jared Kushner e Rustem Umerov.",
        "I’ve just had a call with @SteveWitkoff and @jaredkushner, alongside @rustem_umerov.",
        "— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) December 6, 2025",
        "kushner witkoff Fonte: X @white_lenka",
    )
    assert mention_texts(found, "Steve Witkoff")[-1] == "@SteveWitkoff"
    assert mention_texts(found, "Jared Kushner")[-1] == "@jaredkushner"
    assert mention_texts(found, "Rustem Umerov")[-1] == "@rustem_umerov"
    assert mention_texts(found, "Volodymyr Zelensky")[-3:] == [
        "Volodymyr Zelenskyy",
        "Володимир Зеленський",
        "@ZelenskyyUa",
    ]
    assert not any("@white_lenka" in p.aliases for p in people.values())


def test_a_handle_of_an_unknown_person() -> None:
    found, _ = extract(
        "L’inviato Mikko Virtanen ha scritto su X.", "Thanks to @MikkoVirtanen for the talks."
    )
    assert mention_texts(found, "Mikko Virtanen") == ["Mikko Virtanen", "@MikkoVirtanen"]


@pytest.mark.parametrize(
    "text",
    [
        "Secondo Axios, la Casa Bianca non ha commentato.",
        "Le Nazioni Unite e il Consiglio per la Sicurezza Nazionale tacciono.",
        "Il Giornale d'Italia è anche su Whatsapp. Clicca qui per iscriversi.",
        "Mercoledì Tuttavia Parallelamente: nessuno ha parlato.",
        "Articoli Recenti",
        "Incontri Fruttuosi Tra Delegazioni Europee",
        "Gli Ucraini e i Russi restano lontani, ha detto il presidente americano.",
        "Nel corso degli incontri, la Difesa e le Forze Armate hanno partecipato.",
        "L’Unione europea e la Nato sostengono la Sicurezza Nazionale di Kiev.",
    ],
)
def test_no_person_in_organisations_outlets_headings_and_sentence_starts(text: str) -> None:
    found, people = extract(text)
    assert names(found) == []
    assert people == {}


def test_mentions_are_exact_offsets_sorted_by_first_mention() -> None:
    found, _ = extract(
        "Ad aprire è stato il ministro Hakan Fidan.",
        "Il presidente Vladimir Putin ha risposto a Fidan.",
    )
    assert names(found) == ["Hakan Fidan", "Vladimir Putin"]
    assert mention_texts(found, "Hakan Fidan") == ["Hakan Fidan", "Fidan"]
    for ref in found.people:
        assert list(ref.mentions) == sorted(ref.mentions)


def test_extraction_is_deterministic() -> None:
    texts = [
        article("Il ministro Hakan Fidan a Istanbul.", article_id="x"),
        article("Fidan e Virtanen, con Mikko Virtanen.", article_id="y"),
    ]
    assert extract_people_and_places(texts) == extract_people_and_places(texts)


def seed_with(library_articles: tuple[Article, ...], phrase: str) -> Article:
    return next(a for a in library_articles if any(phrase in p.text for p in a.paragraphs))


def test_seed_articles() -> None:
    library = load_seeds(ROOT / "seeds").library
    first = seed_with(library.articles, "Rustem Umerov, segretario")
    assert set(names(first)) == {
        "Rustem Umerov",
        "Marco Rubio",
        "Jared Kushner",
        "Steve Witkoff",
        "Volodymyr Zelensky",
        "Andriy Yermak",
    }
    assert {"Miami", "Stati Uniti", "Ucraina", "Ginevra", "Kiev", "Russia", "Crimea"} <= {
        r.name for r in first.places
    }
    everything = {fold(n) for a in library.articles for r in a.people + a.places for n in [r.name]}
    assert not everything & {"axios", "casa bianca", "nazioni unite", "x", "whatsapp"}
    yermak = library.person("Andriy Yermak")
    assert yermak is not None and "Andrij Yermak" in yermak.aliases


# Paragraphs written for measuring, with every person and place they name. Most are unknown to
# the knowledge file; the figures are printed so a change that costs accuracy shows.
MEASURED = [
    (
        "Tampere, 3 febbraio 2026 – L’inviato finlandese Mikko Virtanen ha incontrato ieri a "
        "Tampere la delegazione ucraina guidata da Oleksandr Bevz. Virtanen, consigliere del "
        "presidente finlandese, ha poi raggiunto Helsinki in serata. Secondo Reuters, i colloqui "
        "proseguiranno a Oulu la prossima settimana.",
        {"Mikko Virtanen", "Oleksandr Bevz"},
        {"Tampere", "Helsinki", "Oulu"},
    ),
    (
        "Il ministro degli Esteri turco Hakan Fidan ha accolto a Istanbul i negoziatori russi. "
        "Fidan ha spiegato che la Turchia è pronta a ospitare un nuovo round nel Palazzo "
        "Çırağan, sul Bosforo. Al tavolo sedeva anche la vicepresidente della Commissione "
        "europea, Teresa Ribera.",
        {"Hakan Fidan", "Teresa Ribera"},
        {"Istanbul", "Turchia", "Palazzo Çırağan", "Bosforo"},
    ),
    (
        "Nel quartiere di Podil, a Kyiv, la portavoce Olha Stefanishyna ha letto una nota della "
        "Casa Bianca. Il documento, citato da Axios e dal Kyiv Independent, non cita né Mosca né "
        "il Cremlino. Stefanishyna ha poi parlato con i giornalisti americani e russi.",
        {"Olha Stefanishyna"},
        {"Podil", "Kiev", "Mosca"},
    ),
    (
        "Secondo fonti della Nato, il generale Christopher Cavoli ha visitato Rzeszów, in "
        "Polonia, dove transitano gli aiuti occidentali. Durante la visita il generale ha "
        "incontrato il sindaco Konrad Fijołek. Mercoledì Cavoli sarà a Bruxelles per una "
        "riunione con gli alleati europei.",
        {"Christopher Cavoli", "Konrad Fijołek"},
        {"Rzeszów", "Polonia", "Bruxelles"},
    ),
    (
        "Al vertice di Berna hanno partecipato la presidente svizzera Karin Keller-Sutter e il "
        "cancelliere tedesco Friedrich Merz. Keller-Sutter ha ricordato che la Svizzera ospitò "
        "già il summit del Bürgenstock. Merz è poi ripartito per Berlino, mentre l’Unione europea "
        "prepara nuove sanzioni.",
        {"Karin Keller-Sutter", "Friedrich Merz"},
        {"Berna", "Svizzera", "Bürgenstock", "Berlino"},
    ),
    (
        "A Doha, l’emiro Tamim bin Hamad Al Thani ha ricevuto il capo dell’intelligence ucraina, "
        "Kyrylo Budanov, e l’ex ambasciatore americano a Mosca John Sullivan. La mediazione "
        "qatariota ha già permesso il ritorno di decine di bambini in Ucraina, ha detto a "
        "Sullivan il ministro Mohammed Al-Khulaifi.",
        {"Tamim bin Hamad Al Thani", "Kyrylo Budanov", "John Sullivan", "Mohammed Al-Khulaifi"},
        {"Doha", "Mosca", "Ucraina"},
    ),
    ("Varsavia Accoglie I Negoziatori Europei", set(), {"Varsavia"}),
    (
        "Durante la notte Mosca ha lanciato droni su Leopoli. Tuttavia, secondo il Financial "
        "Times, la delegazione guidata dal vicecapo di gabinetto Serhiy Kyslytsya è partita da "
        "Kiev per Ginevra. Kyslytsya ha scritto su X: «Siamo pronti». Il post è stato ripreso da "
        "@kyslytsya_s e dal Guardian.",
        {"Serhiy Kyslytsya"},
        {"Mosca", "Leopoli", "Kiev", "Ginevra"},
    ),
    (
        "Gli europei chiedono garanzie. La premier danese Mette Frederiksen, parlando a "
        "Copenaghen, ha detto a Rutte che la Danimarca farà la sua parte. Russi e ucraini "
        "restano lontani, ha aggiunto, mentre l’Alleanza atlantica valuta nuove esercitazioni "
        "nel Baltico.",
        {"Mette Frederiksen", "Mark Rutte"},
        {"Copenaghen", "Danimarca", "Baltico"},
    ),
    (
        "Il Giornale d'Italia ha chiesto un commento al portavoce del dipartimento di Stato, "
        "Tammy Bruce. Bruce ha confermato che il segretario Rubio volerà a Malaga, in Spagna, "
        "dove incontrerà il collega Albares.",
        {"Tammy Bruce", "Marco Rubio", "Albares"},
        {"Malaga", "Spagna"},
    ),
    (
        "Nel frattempo a Zaporizhzhia la situazione resta critica. Il governatore Ivan Fedorov "
        "ha chiesto aiuto a Bruxelles e a Washington. Fedorov, che guida la regione dal 2023, "
        "teme un’offensiva verso Orikhiv.",
        {"Ivan Fedorov"},
        {"Zaporizhzhia", "Bruxelles", "Washington", "Orikhiv"},
    ),
    (
        "L’inviato speciale di Pechino Li Hui ha visitato Kyiv e Mosca. Secondo la Xinhua, Li ha "
        "consegnato a Sybiha una lettera del presidente Xi Jinping. Nessun commento dal Cremlino "
        "né da Palazzo Chigi.",
        {"Li Hui", "Andrii Sybiha", "Xi Jinping"},
        {"Pechino", "Kiev", "Mosca"},
    ),
    (
        "Il vicepresidente J.D. Vance ha ricevuto a Mar-a-Lago il premier britannico Keir "
        "Starmer. «Serve una pace giusta», ha detto Starmer. Vance ha poi sentito al telefono "
        "Ursula von der Leyen, che si trovava a Strasburgo.",
        {"JD Vance", "Keir Starmer", "Ursula von der Leyen"},
        {"Mar-a-Lago", "Strasburgo"},
    ),
    (
        "Erano presenti Jussi Halla-aho, Elina Valtonen e il generale Janne Jaakkola. Valtonen, "
        "ministra degli Esteri, ha annunciato che la Finlandia ospiterà il prossimo incontro a "
        "Turku, sul Baltico.",
        {"Jussi Halla-aho", "Elina Valtonen", "Janne Jaakkola"},
        {"Finlandia", "Turku", "Baltico"},
    ),
    (
        "Papa Leone XIV ha ricevuto in Vaticano la moglie del presidente ucraino, Olena "
        "Zelenska. L’incontro è durato mezz’ora. Più tardi la first lady ha visitato Castel "
        "Gandolfo.",
        {"Leone XIV", "Olena Zelenska"},
        {"Vaticano", "Castel Gandolfo"},
    ),
    (
        "Da Londra, la ministra Yvette Cooper ha spiegato che il Regno Unito e la Corea del Sud "
        "coordineranno le sanzioni. Cooper ha citato il Wall Street Journal e la Bbc.",
        {"Yvette Cooper"},
        {"Londra", "Regno Unito", "Corea del Sud"},
    ),
    (
        "Nel Texas, a Dallas, l’imprenditore Elon Musk ha incontrato il senatore Lindsey Graham. "
        "Graham ha detto a Musk che il Congresso voterà le sanzioni contro Mosca entro l’estate.",
        {"Elon Musk", "Lindsey Graham"},
        {"Texas", "Dallas", "Mosca"},
    ),
    (
        "Le forze russe avanzano verso Kostiantynivka, nella regione di Donetsk. Secondo l’Isw, "
        "centro studi di Washington, Mosca punta a Kramatorsk e Sloviansk entro l’inverno.",
        set(),
        {"Kostiantynivka", "Donetsk", "Washington", "Mosca", "Kramatorsk", "Sloviansk"},
    ),
    (
        "Il gasdotto Nord Stream resta fermo. I missili Storm Shadow e gli Atacms sono stati forniti a Kiev, ha riferito Bloomberg. La Banca Centrale Europea ha congelato i beni russi.",
        set(),
        {"Kiev"},
    ),
    (
        "Secondo Politico, il piano in 28 punti è stato scritto da Dmitriev e Witkoff a Miami. Zelensky ha respinto la bozza: «Non firmeremo». Anche Kallas, da Bruxelles, ha criticato il testo.",
        {"Kaja Kallas", "Kirill Dmitriev", "Steve Witkoff", "Volodymyr Zelensky"},
        {"Bruxelles", "Miami"},
    ),
    (
        "Operazione Spiderweb: così Kiev ha colpito le basi aeree russe di Olenya e Belaya. Il capo dell’Sbu, Vasyl Maliuk, ha seguito l’attacco dal quartier generale.",
        {"Vasyl Maliuk"},
        {"Belaya", "Kiev", "Olenya"},
    ),
    (
        "Mentre Trump parlava a Davos, il presidente finlandese Alexander Stubb, rientrato da Washington, ha riferito ai leader nordici. Stubb gioca spesso a golf con il presidente americano.",
        {"Alexander Stubb", "Donald Trump"},
        {"Davos", "Washington"},
    ),
    (
        "Ieri Lavrov ha incontrato a Mosca il suo omologo indiano, Subrahmanyam Jaishankar. Tra i temi, il petrolio russo venduto all’India e il conflitto in Ucraina, dove continuano i bombardamenti su Kharkiv e Odessa.",
        {"Sergey Lavrov", "Subrahmanyam Jaishankar"},
        {"India", "Kharkiv", "Mosca", "Odessa", "Ucraina"},
    ),
    ("Nuove Sanzioni Contro Mosca: Cosa Cambia Per L’Europa", set(), {"Mosca", "Europa"}),
]


def test_precision_and_recall_on_paragraphs_written_for_the_test() -> None:
    counts = {"people": [0, 0, 0], "places": [0, 0, 0]}  # hits, found, expected
    misses = []
    for number, (text, people, places) in enumerate(MEASURED):
        people, places = set(people), set(places)
        found, _ = extract(text)
        for kind, expected, got in (
            ("people", people, {r.name for r in found.people}),
            ("places", places, {r.name for r in found.places}),
        ):
            counts[kind][0] += len(expected & got)
            counts[kind][1] += len(got)
            counts[kind][2] += len(expected)
            if expected != got:
                misses.append(f"{number} {kind}: extra {got - expected}, missing {expected - got}")
    for kind, (hits, found_count, expected_count) in counts.items():
        precision, recall = hits / found_count, hits / expected_count
        print(f"{kind}: precision {precision:.3f} recall {recall:.3f}")
        assert precision >= 0.85 and recall >= 0.85, misses


def test_a_photo_credit_names_no_one() -> None:
    found, _ = extract(
        "[Immagine: il ministro all'arrivo – © Agenzia/Marta Colombi]",
        "Il ministro Oskari Lehtonen ha parlato. (Foto: Daniele Ferraro/Agenzia)",
    )
    assert names(found) == ["Oskari Lehtonen"]
    found, _ = extract("Nella foto: Oskari Lehtonen con il collega Mikko Virtanen.")
    assert names(found) == ["Oskari Lehtonen", "Mikko Virtanen"]


def test_an_office_before_a_cardinal_is_the_role() -> None:
    _, people = extract("Il segretario di Stato vaticano, il cardinale Matteo Rinaldi, ha parlato.")
    assert people["Matteo Rinaldi"].role == "segretario di Stato"
    _, people = extract("Ha celebrato il cardinale Matteo Rinaldi.")
    assert people["Matteo Rinaldi"].role == "cardinale"


@pytest.mark.parametrize(
    "caption",
    [
        "Le delegazioni all'uscita dall'hotel (foto Epa/Aarne Heikkilä)",
        "Il palazzo dove si erano incontrati (Foto Reuters/Aarne Heikkilä)",
        "I negoziatori al tavolo (photo Afp/Aarne Heikkilä).",
    ],
)
def test_a_credit_in_brackets_names_no_one(caption: str) -> None:
    found, _ = extract(caption)
    assert names(found) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"I personally asked President Putin not to fire", ha scritto.', "Vladimir Putin"),
        ('"We thank Secretary Rubio for his work", si legge.', "Marco Rubio"),
        ('"Chancellor Merz was clear", ha detto il portavoce.', "Friedrich Merz"),
    ],
)
def test_an_english_title_is_not_part_of_the_name(text: str, name: str) -> None:
    found, _ = extract(text)
    assert names(found) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Aspettiamo da tre anni", ha detto Tuulikki, moglie di un marinaio.', "Tuulikki"),
        ("Lo racconta Heikkilä, madre di un soldato disperso.", "Heikkilä"),
        ("Ha parlato anche Niskanen, 52 anni, ex minatore.", "Niskanen"),
    ],
)
def test_an_apposition_only_a_person_takes(text: str, name: str) -> None:
    found, _ = extract(text)
    assert names(found) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "È comparso il vice ministro per lo Sviluppo economico Aarne Heikkilä.",
        "Ha parlato l'ambasciatrice Tuulikki Niskanen, vicedirettrice per l'Eurasia del ministero.",
        "Lo ha detto la commissaria per l'Allargamento Tuulikki Niskanen.",
    ],
)
def test_a_portfolio_after_a_role_is_no_person(text: str) -> None:
    found, _ = extract(text)
    assert all(" " in name for name in names(found)), names(found)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an office before an earlier name is that name's, not the next one's
        ("Sedevano il commissario per i diritti umani Aarne Heikkilä, il colonnello Tapio "
         "Niskanen, portavoce del comando, e altri.", "Tapio Niskanen", "portavoce del comando"),
        ("Il vice ministro dell'Energia, Tapio Niskanen, ha ammesso i danni.", "Tapio Niskanen",
         "vice ministro dell'Energia"),
        # an institution closing the role before a comma
        ("Guida la delegazione il capo del Gru, l'ammiraglio Tapio Niskanen.", "Tapio Niskanen",
         "capo del Gru"),
        ("Lo ha detto il direttore della Cia, Tapio Niskanen.", "Tapio Niskanen",
         "direttore della Cia"),
        ("C'era anche il direttore dell'Fsb, Tapio Niskanen.", "Tapio Niskanen",
         "direttore dell'Fsb"),
        ("Il direttore della Sala Stampa della Santa Sede, Tapio Niskanen, ha taciuto.",
         "Tapio Niskanen", "direttore"),
        # "a capo di": the office after "a"
        ("Tapio Niskanen, a capo della regione di Kharkiv, ha ricordato i raid.",
         "Tapio Niskanen", "capo della regione"),
        # a diplomat's title or a delegation's head before the name yields to an office after it
        ("Lo ha detto l'ambasciatore Tapio Niskanen, direttore generale per la sicurezza.",
         "Tapio Niskanen", "direttore generale per la sicurezza"),
        ("Ha parlato il capo delegazione Tapio Niskanen, consigliere del governo.",
         "Tapio Niskanen", "consigliere del governo"),
        ("C'era la negoziatrice Tuulikki Niskanen, vicedirettrice del dipartimento.",
         "Tuulikki Niskanen", "vicedirettrice del dipartimento"),
    ],
)  # fmt: skip
def test_which_role_a_name_takes(text: str, name: str, role: str) -> None:
    _, people = extract(text)
    assert people[name].role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a rank word right after an office completes it
        ("Ci sarà anche il segretario generale Aarne Heikkilä.", "Aarne Heikkilä",
         "segretario generale"),
        ("Ha parlato il direttore generale Aarne Heikkilä.", "Aarne Heikkilä",
         "direttore generale"),
        ("Lo ha confermato il procuratore generale Aarne Heikkilä.", "Aarne Heikkilä",
         "procuratore generale"),
        # a role word that is the complement of the noun before it is not the name's
        ("Lo ha detto l'inviato del presidente Aarne Heikkilä.", "Aarne Heikkilä", "inviato"),
        ("Era presente il consigliere del premier Aarne Heikkilä.", "Aarne Heikkilä",
         "consigliere"),
        ("Ha risposto il portavoce del ministro Aarne Heikkilä.", "Aarne Heikkilä", "portavoce"),
        # … but after a comma the noun is someone else's apposition
        ("C'era Tapio Niskanen, consigliere del presidente Aarne Heikkilä.", "Aarne Heikkilä",
         "presidente"),
    ],
)  # fmt: skip
def test_a_role_word_next_to_another(text: str, name: str, role: str) -> None:
    _, people = extract(text)
    assert people[name].role == role


@pytest.mark.parametrize(
    "text",
    [
        "Al tavolo c'era anche il genero del presidente Aarne Heikkilä.",
        "È arrivata la moglie del premier Tuulikki Heikkilä.",
        "Ha parlato il figlio del ministro Aarne Heikkilä.",
    ],
)
def test_kin_of_an_office_holder_takes_no_role(text: str) -> None:
    _, people = extract(text)
    [person] = people.values()
    assert person.role == ""


@pytest.mark.parametrize(
    ("text", "role", "country"),
    [
        ("Ha telefonato il principe ereditario saudita Aarne Heikkilä.", "principe ereditario",
         "Arabia Saudita"),
        ("La delegazione è guidata dall'ammiraglio russo Aarne Heikkilä.", "ammiraglio",
         "Russia"),
        ("Lo ha confermato il generale ucraino Aarne Heikkilä.", "generale", "Ucraina"),
    ],
)  # fmt: skip
def test_a_rank_with_a_demonym_before_the_name(text: str, role: str, country: str) -> None:
    _, people = extract(text)
    assert (people["Aarne Heikkilä"].role, people["Aarne Heikkilä"].country) == (role, country)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sulla Tass, Tereshchenkov ha minacciato l'Europa.", "Tereshchenkov"),
        ("Anche Hrytsenko era presente all'incontro.", "Hrytsenko"),
        ("Ieri Vardanyan ha parlato a lungo con i giornalisti.", "Vardanyan"),
        ("La delegazione ha incontrato Kravchuk, poi è ripartita.", "Kravchuk"),
    ],
)
def test_a_surname_alone_is_a_person_by_its_ending(text: str, name: str) -> None:
    assert_unknown(name)
    found, _ = extract(text)
    assert names(found) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Doveva essere un vertice decisivo.",
        "Il reggimento è tornato nell'Azov meridionale.",
        "Le truppe sono entrate a Voronkov nella notte.",
    ],
)
def test_a_surname_ending_is_no_person_at_a_sentence_start_or_after_a_place_cue(
    text: str,
) -> None:
    found, _ = extract(text)
    assert names(found) == []


def test_a_surname_shared_in_the_corpus_is_the_known_person_where_no_one_else_is_named() -> None:
    # "Melania Trump" in one article does not make "Trump" alone in another nobody.
    articles = [
        article("Melania Trump ha scritto una lettera sui bambini deportati.", article_id="a1"),
        article(
            "Secondo l'amministrazione Trump il piano è pronto. Trump ha detto sì.", article_id="a2"
        ),
        article("Melania Trump ha ringraziato. Trump ha taciuto.", article_id="a3"),
    ]
    found, _, _ = extract_people_and_places(articles)
    assert [[r.name for r in a.people] for a in found] == [
        ["Melania Trump"],
        ["Donald Trump"],
        ["Melania Trump"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il vertice Trump-Putin si terrà a Budapest.", ["Donald Trump", "Vladimir Putin"]),
        ("L'incontro Witkoff-Dmitriev è durato tre ore.", ["Steve Witkoff", "Kirill Dmitriev"]),
        ("La telefonata Rubio-Lavrov è stata cordiale.", ["Marco Rubio", "Sergey Lavrov"]),
        # a double surname is one person; a thing noun before a known surname names the person
        ("Maria Lvova-Belova non c'era: Lvova-Belova è ricercata.", ["Maria Lvova-Belova"]),
        ("Il piano Witkoff prevede 28 punti.", ["Steve Witkoff"]),
        ("Ne ha parlato la tv Zarnitsa.", []),
    ],
)
def test_surnames_joined_by_a_hyphen_or_after_a_thing_noun(text: str, expected: list[str]) -> None:
    found, _ = extract(text)
    assert names(found) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Il responsabile della Farnesina Aarne Heikkilä era presente.",
            "responsabile della Farnesina",
        ),
        ("La capa dello staff Tuulikki Heikkilä ha organizzato l'incontro.", "capa dello staff"),
        ("Il numero due del Cremlino, Aarne Heikkilä, ha risposto.", "numero due del Cremlino"),
        (
            "Il coordinatore delle comunicazioni Aarne Heikkilä ha parlato.",
            "coordinatore delle comunicazioni",
        ),
        # a bare "responsabile" is an adjective, no office
        ("È responsabile Aarne Heikkilä, ha detto il ministro.", ""),
    ],
)
def test_more_role_words(text: str, role: str) -> None:
    _, people = extract(text)
    [person] = [p for p in people.values() if "Heikkilä" in p.name]
    assert person.role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # an institution's acronym inside a role is no name
        ("La commissaria Ue all'Allargamento Tuulikki Heikkilä era presente.",
         "commissaria Ue all'Allargamento"),
        ("L'ambasciatrice Onu Tuulikki Heikkilä ha parlato.", "ambasciatrice Onu"),
        # the longest role phrase ending before the name
        ("L'alta rappresentante Ue Tuulikki Heikkilä ha detto no.", "alta rappresentante Ue"),
        ("L'alto funzionario Tuulikki Heikkilä ha confermato.", "alto funzionario"),
    ],
)  # fmt: skip
def test_roles_with_institutions_and_longer_heads(text: str, role: str) -> None:
    _, people = extract(text)
    assert people["Tuulikki Heikkilä"].role == role
