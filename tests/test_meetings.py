"""Meetings: cue words tied to places, dates and participants; references back; merging.

Most tests build articles by hand (the people, places and dates already marked) so that they test
the meeting rules alone; the last ones run the whole extractor on short Italian articles written
for these tests, about rounds of the talks that are not in the bundled seeds.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

import pytest

from negoreader.clean import clean_article
from negoreader.extract import extract_library, meetings
from negoreader.extract.meetings import find_meetings, human_date, meeting_span
from negoreader.load import load_seeds
from negoreader.records import Article, DateRef, EntityRef, Meeting, Paragraph, Person, Place, Span

from .conftest import SEEDS
from .test_extract_scaling import merge_by_scanning_all

PLACE_KINDS = {
    "Riad": "city",
    "Istanbul": "city",
    "Ginevra": "city",
    "Miami": "city",
    "Mosca": "city",
    "Bruxelles": "city",
    "Varsavia": "city",
    "Washington": "city",
    "Kiev": "city",
    "Berlino": "city",
    "Hotel Ritz": "venue",
    "Arabia Saudita": "country",
    "Ucraina": "country",
    "Russia": "country",
    "Stati Uniti": "country",
}


def article(
    paragraphs: Sequence[str],
    *,
    id: str = "a",
    date: str = "2025-03-04",
    dateline: str = "",
    people: Mapping[str, Sequence[str]] = {},
    places: Sequence[str] = (),
    dates: Mapping[str, Sequence[str]] = {},
) -> Article:
    """An article with its entities marked wherever their spellings occur as whole words."""

    def spans(surfaces: Sequence[str]) -> tuple[Span, ...]:
        found: list[Span] = []
        for index, text in enumerate(paragraphs):
            # Longest spelling first: "Marco Rubio" is one mention, not two.
            for surface in sorted(surfaces, key=len, reverse=True):
                for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
                    span = Span(index, match.start(), match.end())
                    if not any(
                        s.paragraph == index and s.start <= span.start < s.end for s in found
                    ):
                        found.append(span)
        return tuple(sorted(found))

    return Article(
        id=id,
        file=f"{id}.txt",
        title="",
        date=date,
        dateline=dateline,
        paragraphs=tuple(Paragraph("paragraph", text) for text in paragraphs),
        people=tuple(EntityRef(name, spans(s)) for name, s in people.items()),
        places=tuple(EntityRef(name, spans([name])) for name in places),
        dates=tuple(
            DateRef(value, text, False, span)
            for value, texts in dates.items()
            for text in texts
            for span in spans([text])
        ),
    )


def meetings_of(*articles: Article) -> tuple[Meeting, ...]:
    names = {ref.name for a in articles for ref in a.people}
    people = [Person(name) for name in sorted(names)]
    places = [Place(name, kind=kind) for name, kind in PLACE_KINDS.items()]
    return find_meetings(articles, people, places)


RUBIO = {"Marco Rubio": ["Marco Rubio", "Rubio"]}
LAVROV = {"Sergej Lavrov": ["Sergej Lavrov", "Lavrov"]}
TRUMP = {"Donald Trump": ["Donald Trump", "Trump"]}
PUTIN = {"Vladimir Putin": ["Vladimir Putin", "Putin"]}


def test_a_cue_with_place_date_and_people_is_a_meeting() -> None:
    riad = article(
        ["Il 3 marzo a Riad si sono incontrati Marco Rubio e Sergej Lavrov."],
        people={**RUBIO, **LAVROV},
        places=["Riad"],
        dates={"2025-03-03": ["3 marzo"]},
    )
    (meeting,) = meetings_of(riad)
    assert meeting.id == "2025-03-03-riad-talks"
    assert (meeting.kind, meeting.date, meeting.place) == ("talks", "2025-03-03", "Riad")
    assert meeting.participants == ("Marco Rubio", "Sergej Lavrov")
    assert meeting.summary == "Talks in Riad, 3 Mar 2025: Rubio, Lavrov"
    assert [(s.article, s.paragraphs) for s in meeting.sources] == [("a", (0,))]


def test_a_generic_reference_with_no_place_or_date_is_not_a_meeting() -> None:
    text = article(
        [
            "I colloqui proseguono, ma Rubio non si sbilancia.",
            "L'incontro segue una serie di vertici a Washington e altri incontri diplomatici.",
        ],
        people=RUBIO,
        places=["Washington"],
    )
    assert meetings_of(text) == ()


def test_a_reference_back_joins_the_articles_meeting_with_its_paragraph_and_people() -> None:
    text = article(
        [
            "Sono iniziati oggi a Ginevra i colloqui tra Stati Uniti e Ucraina.",
            "All'inizio dei colloqui Marco Rubio ha parlato di progressi.",
            "La telefonata di ieri non è stata commentata.",
        ],
        people=RUBIO,
        places=["Ginevra", "Stati Uniti", "Ucraina"],
        dates={"2025-03-04": ["oggi"]},
    )
    (meeting,) = meetings_of(text)
    assert meeting.place == "Ginevra"
    assert meeting.sources[0].paragraphs == (0, 1)
    assert meeting.participants == ("Marco Rubio",)


def test_the_sides_of_talks_are_not_where_they_happen() -> None:
    text = article(
        ["Il 3 marzo sono ripresi i colloqui tra Stati Uniti e Russia in Arabia Saudita."],
        places=["Stati Uniti", "Russia", "Arabia Saudita"],
        dates={"2025-03-03": ["3 marzo"]},
    )
    (meeting,) = meetings_of(text)
    assert meeting.place == "Arabia Saudita"


def test_a_country_named_as_the_subject_matter_is_not_the_place() -> None:
    text = article(
        ["Il 3 marzo a Riad i colloqui per sbloccare il lungo conflitto in Ucraina."],
        places=["Riad", "Ucraina"],
        dates={"2025-03-03": ["3 marzo"]},
    )
    assert meetings_of(text)[0].place == "Riad"


def test_the_same_meeting_in_two_articles_is_one_meeting() -> None:
    first = article(
        ["Il 3 marzo a Riad si sono incontrati Marco Rubio e Sergej Lavrov."],
        id="first",
        people={**RUBIO, **LAVROV},
        places=["Riad"],
        dates={"2025-03-03": ["3 marzo"]},
    )
    second = article(
        ["Dopo il vertice di Riad di lunedì, Lavrov ha parlato di un clima nuovo."],
        id="second",
        date="2025-03-05",
        people=LAVROV,
        places=["Riad"],
        dates={"2025-03-03": ["lunedì"]},
    )
    (meeting,) = meetings_of(first, second)
    assert meeting.articles == ("first", "second")
    assert meeting.kind == "talks"


def test_an_undated_report_joins_a_dated_meeting_at_its_place_in_the_same_news_cycle() -> None:
    dated = article(
        ["Il 3 marzo a Riad si sono incontrati Marco Rubio e Sergej Lavrov."],
        id="dated",
        people={**RUBIO, **LAVROV},
        places=["Riad"],
        dates={"2025-03-03": ["3 marzo"]},
    )
    soon = article(["I colloqui di Riad hanno deluso Kiev."], id="soon", places=["Riad", "Kiev"])
    late = article(
        ["I colloqui di Riad hanno deluso Kiev."], id="late", date="2025-04-20", places=["Riad"]
    )
    meetings = meetings_of(dated, soon, late)
    assert [m.articles for m in meetings] == [("dated", "soon"), ("late",)]


def test_talks_at_one_place_on_different_days_are_two_meetings() -> None:
    march = article(
        ["Il 3 marzo a Riad si sono incontrati Rubio e Lavrov."],
        id="march",
        people={**RUBIO, **LAVROV},
        places=["Riad"],
        dates={"2025-03-03": ["3 marzo"]},
    )
    april = article(
        ["Il 9 aprile a Riad nuovi colloqui tra Rubio e Lavrov."],
        id="april",
        date="2025-04-10",
        people={**RUBIO, **LAVROV},
        places=["Riad"],
        dates={"2025-04-09": ["9 aprile"]},
    )
    assert [m.id for m in meetings_of(march, april)] == [
        "2025-03-03-riad-talks",
        "2025-04-09-riad-talks",
    ]


def test_a_call_between_two_people_on_a_weekday() -> None:
    text = article(
        ["Martedì c'è stata una telefonata tra Donald Trump e Vladimir Putin."],
        people={**TRUMP, **PUTIN},
        dates={"2025-03-04": ["Martedì"]},
    )
    (meeting,) = meetings_of(text)
    assert (meeting.id, meeting.kind, meeting.place) == ("2025-03-04-call", "call", "")
    assert meeting.participants == ("Donald Trump", "Vladimir Putin")
    assert meeting.summary == "Phone call, 4 Mar 2025: Trump, Putin"


@pytest.mark.parametrize(
    "sentence",
    [
        "Il prossimo round si terrà a Istanbul.",
        "Le delegazioni dovrebbero incontrarsi a Istanbul.",
        "Un nuovo vertice potrebbe svolgersi a Istanbul.",
        "Sono previsti ulteriori colloqui a Istanbul.",
        "Le delegazioni si rivedranno a Istanbul.",
        "Le delegazioni si siederanno al tavolo a Istanbul.",
        "Il presidente sarà ricevuto a Istanbul.",
    ],
)
def test_announced_rounds_are_planned(sentence: str) -> None:
    (meeting,) = meetings_of(article([sentence], places=["Istanbul"]))
    assert (meeting.kind, meeting.place, meeting.id) == ("planned", "Istanbul", "istanbul-planned")


@pytest.mark.parametrize(
    "sentence",
    [
        "I colloqui si sono svolti a Istanbul.",
        "Secondo le fonti, proprio questi temi saranno al centro degli incontri di Istanbul.",
        "Le parti avrebbero compiuto progressi nei colloqui a Istanbul.",
    ],
)
def test_past_and_reported_talks_are_not_planned(sentence: str) -> None:
    (meeting,) = meetings_of(article([sentence], places=["Istanbul"]))
    assert meeting.kind == "talks"


def test_a_planned_summit_says_so() -> None:
    text = article(
        ["Il prossimo vertice si terrà a Bruxelles a giugno."],
        places=["Bruxelles"],
        dates={"2025-06": ["a giugno"]},
    )
    (meeting,) = meetings_of(text)
    assert (meeting.kind, meeting.summary) == ("planned", "Planned summit in Bruxelles, Jun 2025")


def test_a_plan_with_two_possible_places_has_no_settled_place() -> None:
    text = article(
        ["I prossimi incontri potrebbero svolgersi a gennaio, forse a Bruxelles o Varsavia."],
        places=["Bruxelles", "Varsavia"],
        dates={"2026-01": ["a gennaio"]},
    )
    (meeting,) = meetings_of(text)
    assert (meeting.kind, meeting.date, meeting.place) == ("planned", "2026-01", "")
    assert meeting.summary == "Planned talks (Bruxelles or Varsavia), Jan 2026"


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Il 3 marzo a Riad i colloqui voluti dall'amministrazione Trump con Lavrov.", "Trump"),
        ("Il 3 marzo a Riad i colloqui con l'inviato di Trump, Sergej Lavrov.", "Trump"),
        ("Il 3 marzo a Riad colloqui, con pressioni su Putin, tra Rubio e Lavrov.", "Putin"),
        (
            "Il 3 marzo, all'incontro di Riad, Lavrov era in contatto con il presidente Putin.",
            "Putin",
        ),
        ("Il 3 marzo a Riad si è svolto un incontro; Putin, parlando da Mosca, tace.", "Putin"),
    ],
)
def test_people_spoken_of_are_not_participants(sentence: str, absent: str) -> None:
    text = article(
        [sentence],
        people={**RUBIO, **LAVROV, **TRUMP, **PUTIN},
        places=["Riad", "Mosca"],
        dates={"2025-03-03": ["3 marzo"]},
    )
    (meeting,) = meetings_of(text)
    assert not any(name.endswith(absent) for name in meeting.participants)


def test_the_delegation_named_after_the_cue_sentence_takes_part() -> None:
    text = article(
        [
            "Sono iniziati oggi a Riad i colloqui. La delegazione russa è guidata da Sergej Lavrov.",
            "La delegazione americana, al completo, era guidata da Marco Rubio.",
        ],
        people={**RUBIO, **LAVROV},
        places=["Riad", "Washington"],
        dates={"2025-03-04": ["oggi"]},
    )
    (meeting,) = meetings_of(text)
    assert meeting.participants == ("Sergej Lavrov", "Marco Rubio")


def test_a_delegation_belongs_to_the_meeting_reported_before_it() -> None:
    text = article(
        [
            "Il 3 marzo a Riad si sono chiusi i colloqui tecnici.",
            "Chi ha negoziato",
            "A guidare la squadra americana era Marco Rubio. Il 2 marzo a Istanbul c'era stato un "
            "incontro preparatorio.",
            "La delegazione russa era guidata da Sergej Lavrov.",
        ],
        people={**RUBIO, **LAVROV},
        places=["Riad", "Istanbul"],
        dates={"2025-03-03": ["3 marzo"], "2025-03-02": ["2 marzo"]},
    )
    istanbul, riad = sorted(meetings_of(text), key=lambda m: m.place)
    assert riad.participants == ("Marco Rubio",)
    assert istanbul.participants == ("Sergej Lavrov",)


def test_what_another_clause_dates_belongs_to_another_event() -> None:
    text = article(
        [
            "L'incontro di Riad, il primo dopo lo scontro del 28 febbraio a Washington, è andato bene."
        ],
        places=["Riad", "Washington"],
        dates={"2025-02-28": ["28 febbraio"]},
    )
    (meeting,) = meetings_of(text)
    assert (meeting.place, meeting.date) == ("Riad", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mercoledì Putin ha parlato ai vertici militari a Mosca.",
        "Gli scontri a Mosca sono proseguiti per tutta la notte di mercoledì.",
        "Resta da vedere che cosa succederà a Mosca mercoledì.",
        "Mercoledì a Mosca Putin ha incontrato la stampa.",
        "Mercoledì a Mosca è arrivato al vertice del ministero un fedelissimo di Putin.",
        "Mercoledì a Mosca un nuovo round di sanzioni.",
        "Le consultazioni elettorali a Mosca sono state fissate per mercoledì.",
    ],
)
def test_words_that_only_look_like_meetings(sentence: str) -> None:
    text = article([sentence], people=PUTIN, places=["Mosca"], dates={"2025-03-05": ["mercoledì"]})
    assert meetings_of(text) == ()


def test_the_dateline_dates_a_meeting_filed_from_its_place() -> None:
    lines = ["Riad, 3 marzo 2025 – Sono iniziati a Riad i colloqui."]
    here = article(lines, dateline="Riad", places=["Riad"], dates={"2025-03-03": ["3 marzo 2025"]})
    assert meetings_of(here)[0].date == "2025-03-03"
    lines = ["Kiev, 3 marzo 2025 – Sono iniziati a Riad i colloqui."]
    away = article(
        lines, dateline="Kiev", places=["Riad", "Kiev"], dates={"2025-03-03": ["3 marzo 2025"]}
    )
    assert meetings_of(away)[0].date == ""


def test_a_venue_and_its_city_are_one_meeting() -> None:
    text = article(
        [
            "L'incontro di Riad è durato otto ore, il 3 marzo.",
            "I colloqui si sono svolti all'Hotel Ritz, con Rubio e Lavrov.",
        ],
        people={**RUBIO, **LAVROV},
        places=["Riad", "Hotel Ritz"],
        dates={"2025-03-03": ["3 marzo"]},
    )
    (meeting,) = meetings_of(text)
    assert meeting.place == "Riad"
    assert meeting.sources[0].paragraphs == (0, 1)


def test_a_meeting_after_the_articles_day_is_planned() -> None:
    text = article(
        [
            "Lunedì Marco Rubio sarà ricevuto alla Casa Bianca.",
            "Sergej Lavrov ha chiesto di prendere parte all'incontro di Washington.",
        ],
        date="2025-08-16",
        people={**RUBIO, **LAVROV},
        places=["Washington"],
        dates={"2025-08-18": ["Lunedì"]},
    )
    (meeting,) = meetings_of(text)
    assert (meeting.kind, meeting.date, meeting.place) == ("planned", "2025-08-18", "Washington")


def test_talks_reported_from_the_dateline_city_on_their_days_are_there() -> None:
    text = article(
        ["Berlino, 15 dicembre 2025 – Cinque ore di colloqui ieri, altre quattro questa mattina."],
        date="2025-12-15",
        dateline="Berlino",
        places=["Berlino"],
        dates={
            "2025-12-15": ["15 dicembre 2025", "questa mattina"],
            "2025-12-14": ["ieri"],
        },
    )
    (meeting,) = meetings_of(text)
    assert (meeting.date, meeting.place) == ("2025-12-14/2025-12-15", "Berlino")


def test_a_call_reported_from_a_city_is_not_placed_there() -> None:
    text = article(
        ["Washington, 6 dicembre 2025 – Ieri una telefonata tra Donald Trump e Vladimir Putin."],
        date="2025-12-06",
        dateline="Washington",
        people={**TRUMP, **PUTIN},
        places=["Washington"],
        dates={"2025-12-06": ["6 dicembre 2025"], "2025-12-05": ["Ieri"]},
    )
    (meeting,) = meetings_of(text)
    assert (meeting.kind, meeting.date, meeting.place) == ("call", "2025-12-05", "")


def test_an_event_named_only_as_before_or_after_borrows_nothing() -> None:
    text = article(
        [
            "Il 2 dicembre a Mosca si sono incontrati Rubio e Lavrov.",
            "Lunedì Putin aveva parlato al forum. Poco prima del colloquio aveva avvertito l'Europa.",
        ],
        date="2025-12-03",
        people={**RUBIO, **LAVROV, **PUTIN},
        places=["Mosca"],
        dates={"2025-12-02": ["2 dicembre"], "2025-12-01": ["Lunedì"]},
    )
    (meeting,) = meetings_of(text)
    assert meeting.participants == ("Marco Rubio", "Sergej Lavrov")
    assert meeting.sources[0].paragraphs == (0, 1)


def test_who_speaks_from_elsewhere_is_not_at_the_table() -> None:
    text = article(
        ["Il 3 marzo a Riad si sono incontrati Rubio e Lavrov. Da Mosca, Putin ha taciuto."],
        people={**RUBIO, **LAVROV, **PUTIN},
        places=["Riad", "Mosca"],
        dates={"2025-03-03": ["3 marzo"]},
    )
    assert "Vladimir Putin" not in meetings_of(text)[0].participants


def test_meetings_come_in_date_order_with_unique_ids() -> None:
    texts = [
        article(["I colloqui a Istanbul."], id="x", places=["Istanbul"]),
        article(
            ["Il 9 aprile a Riad colloqui."],
            id="y",
            date="2025-04-10",
            places=["Riad"],
            dates={"2025-04-09": ["9 aprile"]},
        ),
        article(["Le trattative a Istanbul."], id="z", date="2025-06-01", places=["Istanbul"]),
    ]
    ids = [m.id for m in meetings_of(*texts)]
    assert ids == ["2025-04-09-riad-talks", "istanbul-talks", "istanbul-talks-2"]


def test_human_dates() -> None:
    assert human_date("2025-12-19/2025-12-21") == "19–21 Dec 2025"
    assert human_date("2025-11-30/2025-12-02") == "30 Nov – 2 Dec 2025"
    assert human_date("2025-12-06") == "6 Dec 2025"
    assert human_date("2026-01") == "Jan 2026"
    assert human_date("2026") == "2026"
    assert meeting_span("2025-02") is not None
    assert meeting_span("not a date") is None


# --- the whole extractor on articles written for these tests ----------------------------------

ISTANBUL = """Istanbul, nuovo round tra Russia e Ucraina

Marzo 4, 2025

Il 3 marzo a Istanbul si sono incontrati il ministro della Difesa ucraino Rustem Umerov e il consigliere del Cremlino Vladimir Medinsky. I colloqui, ospitati dal ministro degli Esteri turco Hakan Fidan, sono durati cinque ore.

Martedì, intanto, c'è stata una telefonata tra Donald Trump e Vladimir Putin, la prima da settimane.

Secondo fonti diplomatiche, il prossimo round si terrà a Ginevra a fine marzo.
"""

MOSCA = """Witkoff e Kushner al Cremlino

Mosca, 2 dicembre 2025 – L'inviato speciale Steve Witkoff e Jared Kushner sono arrivati oggi a Mosca per incontrare il presidente Vladimir Putin. L'incontro, secondo il consigliere Yuri Ushakov, è durato cinque ore.

Gli scontri nel Donbass sono proseguiti per tutta la notte, mentre a Kiev si attende l'esito dei colloqui.
"""


def test_the_extractor_finds_talks_a_call_and_a_planned_round_in_a_new_article() -> None:
    library = extract_library([clean_article(ISTANBUL, "istanbul.txt")])
    found = {(m.kind, m.date, m.place): m for m in library.meetings}
    talks = found["talks", "2025-03-03", "Istanbul"]
    assert {"Rustem Umerov", "Vladimir Medinsky"} <= set(talks.participants)
    call = found["call", "2025-03-04", ""]
    assert set(call.participants) == {"Donald Trump", "Vladimir Putin"}
    assert any(kind == "planned" and place == "Ginevra" for kind, _, place in found)
    assert len(library.meetings) == 3


PARIGI = """Vertice a Parigi

Kiev, 12 gennaio 2026 – Si è svolto ieri a Parigi, all'Eliseo, un vertice dei leader europei con Volodymyr Zelensky e l'inviato americano Steve Witkoff. Il presidente francese Emmanuel Macron ha ospitato i colloqui. Il prossimo incontro è fissato per il 20 gennaio a Londra.

Rustem Umerov e Steve Witkoff si sono sentiti al telefono venerdì, secondo il ministero ucraino.

Nuovo round a Ginevra: i negoziatori russi e ucraini si siederanno al tavolo mercoledì prossimo.
"""


def test_the_extractor_on_a_summit_a_call_and_two_plans() -> None:
    library = extract_library([clean_article(PARIGI, "parigi.txt")])
    found = {(m.kind, m.date, m.place): set(m.participants) for m in library.meetings}
    assert found == {
        ("summit", "2026-01-11", "Parigi"): {
            "Volodymyr Zelensky",
            "Steve Witkoff",
            "Emmanuel Macron",
        },
        ("call", "2026-01-09", ""): {"Rustem Umerov", "Steve Witkoff"},
        ("planned", "2026-01-20", "Londra"): set(),
        ("planned", "2026-01-14", "Ginevra"): set(),
    }


def test_the_extractor_keeps_the_sides_and_the_fighting_out() -> None:
    library = extract_library([clean_article(MOSCA, "mosca.txt")])
    (meeting,) = library.meetings
    assert (meeting.kind, meeting.date, meeting.place) == ("talks", "2025-12-02", "Mosca")
    assert {"Steve Witkoff", "Jared Kushner", "Vladimir Putin"} <= set(meeting.participants)
    assert "Yuri Ushakov" not in meeting.participants


# --- the bundled seeds --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_meetings() -> tuple[Meeting, ...]:
    return load_seeds(SEEDS).library.meetings


def _one(meetings: Sequence[Meeting], kind: str, date: str, place: str) -> Meeting:
    (meeting,) = [m for m in meetings if (m.kind, m.date, m.place) == (kind, date, place)]
    return meeting


def test_seeds_the_miami_talks_of_30_november(seed_meetings: tuple[Meeting, ...]) -> None:
    meeting = _one(seed_meetings, "talks", "2025-11-30", "Miami")
    assert set(meeting.participants) == {
        "Rustem Umerov",
        "Marco Rubio",
        "Jared Kushner",
        "Steve Witkoff",
    }


def test_seeds_the_miami_round_of_19_21_december(seed_meetings: tuple[Meeting, ...]) -> None:
    meeting = _one(seed_meetings, "talks", "2025-12-19/2025-12-21", "Miami")
    assert meeting.id == "2025-12-19-miami-talks"
    assert set(meeting.participants) == {
        "Rustem Umerov",
        "Andriy Hnatov",
        "Steve Witkoff",
        "Jared Kushner",
        "Josh Gruenbaum",
    }


def test_seeds_the_us_russia_miami_weekend(seed_meetings: tuple[Meeting, ...]) -> None:
    meeting = _one(seed_meetings, "planned", "2025-12-20/2025-12-21", "Miami")
    assert set(meeting.participants) == {"Steve Witkoff", "Jared Kushner", "Kirill Dmitriev"}


def test_seeds_the_phone_call_of_6_december(seed_meetings: tuple[Meeting, ...]) -> None:
    meeting = _one(seed_meetings, "call", "2025-12-06", "")
    assert set(meeting.participants) == {
        "Volodymyr Zelensky",
        "Steve Witkoff",
        "Jared Kushner",
        "Andriy Hnatov",
        "Rustem Umerov",
    }


def test_the_indexed_merge_finds_what_a_scan_of_all_meetings_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(7)
    cues = ["colloqui", "incontro", "vertice", "telefonata", "prossimo round"]
    places = ["Riad", "Istanbul", "Ginevra", "Hotel Ritz", "Arabia Saudita", ""]
    dates = ["2025-03-03", "2025-03-04", "2025-03-03/2025-03-05", "2025-03", "2025", ""]
    articles = []
    for n in range(120):
        cue, place, value = rng.choice(cues), rng.choice(places), rng.choice(dates)
        where = f" in {place}" if place else ""
        when = " in quel giorno" if value else ""
        articles.append(
            article(
                [f"I {cue}{where}{when} tra Rubio e Lavrov."],
                id=f"a{n:03}",
                date=f"2025-03-{rng.randint(1, 9):02}",
                people={**RUBIO, **LAVROV},
                places=[place] if place else [],
                dates={value: ["in quel giorno"]} if value else {},
            )
        )
    indexed = meetings_of(*articles)

    monkeypatch.setattr(meetings, "_merge", merge_by_scanning_all)
    assert meetings_of(*articles) == indexed
    assert len(indexed) < len(articles)
