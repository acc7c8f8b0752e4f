"""Events that are not meetings, on short Italian sentences written for these tests.

An attack, a visit to the front, a speech, a press conference, a vote, a prisoner exchange or a
decree has its own day and place: a cue word in the same sentence that names the talks only as a
topic or a point in time does not make that day and place a meeting's. A meeting the text says
has no date or place fixed yet is no meeting either.
"""

from __future__ import annotations

import pytest

from negoreader.extract.meeting_events import events_in

from .meeting_support import meetings_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Lunedì a Kharkiv un attacco russo con i droni ha ucciso sei civili, alla vigilia dei"
        " colloqui.",
        "Il presidente Volodymyr Zelensky ha visitato sabato il fronte a Kupiansk, dove ha parlato"
        " dei negoziati con i soldati.",
        "Giovedì a Mosca Vladimir Putin ha tenuto un discorso sui negoziati davanti ai generali.",
        "In una conferenza stampa a Kiev venerdì, Zelensky ha detto che i colloqui proseguiranno.",
        "La Rada ha votato martedì a Kiev una risoluzione a sostegno dei negoziati.",
        "Domenica al confine con la Bielorussia è avvenuto lo scambio di prigionieri concordato"
        " nei colloqui.",
        "Venerdì a Kiev Zelensky ha firmato il decreto sulla delegazione che parteciperà ai"
        " negoziati.",
        "Mercoledì a Odessa un raid ha colpito un condominio; Zelensky ha chiesto nuovi colloqui.",
    ],
)
def test_another_events_day_and_place_make_no_meeting(sentence: str) -> None:
    assert meetings_of(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "place", "date", "people"),
    [
        # Visiting the front and meeting someone there is a meeting.
        (
            "Zelensky ha visitato sabato il fronte a Kupiansk, dove ha incontrato il generale"
            " Oleksandr Syrskyi.",
            "Kupiansk",
            "2026-01-10",
            {"Volodymyr Zelensky", "Oleksandr Syrskyi"},
        ),
        # An event named as before or after the meeting does not take its day away.
        (
            "A margine della conferenza stampa di venerdì a Kiev, Zelensky e Keir Starmer si sono"
            " incontrati.",
            "Kiev",
            "2026-01-09",
            {"Volodymyr Zelensky", "Keir Starmer"},
        ),
        (
            "Sabato a Parigi, dopo la conferenza stampa, Emmanuel Macron e Zelensky hanno avuto"
            " un colloquio.",
            "Parigi",
            "2026-01-10",
            {"Emmanuel Macron", "Volodymyr Zelensky"},
        ),
        # The talks a prisoner exchange was agreed at are talks.
        (
            "Sabato a Istanbul le delegazioni di Rustem Umerov e Vladimir Medinsky hanno concordato"
            " uno scambio di prigionieri durante i colloqui.",
            "Istanbul",
            "2026-01-10",
            {"Rustem Umerov", "Vladimir Medinsky"},
        ),
    ],
)
def test_meetings_beside_other_events_are_still_found(
    sentence: str, place: str, date: str, people: set[str]
) -> None:
    assert meetings_of(sentence) == {("talks", date, place, frozenset(people))}


def test_what_follows_a_before_or_after_clause_in_mid_sentence_is_the_talks() -> None:
    sentence = (
        "Il piano è stato rivisto dopo i colloqui di sabato a Ginevra, guidati da Marco Rubio"
        " e da Andriy Yermak."
    )
    assert meetings_of(sentence) == {
        ("talks", "2026-01-10", "Ginevra", frozenset({"Marco Rubio", "Andriy Yermak"}))
    }


def test_a_sentence_opening_on_another_place_tells_of_something_else() -> None:
    sentence = (
        "Sabato, a Ginevra, Marco Rubio aveva incontrato Andriy Yermak, e a Bruxelles i governi"
        " europei temevano nuove pressioni."
    )
    ((_, _, place, _),) = meetings_of(sentence)
    assert place == "Ginevra"


@pytest.mark.parametrize(
    "sentence",
    [
        "Un vertice tra Vladimir Putin e Volodymyr Zelensky è possibile entro l'anno, ma non ci"
        " sono ancora né una data né un luogo.",
        "Donald Trump ha detto che incontrerà Vladimir Putin nel 2026, ma data e luogo restano"
        " da definire.",
    ],
)
def test_a_meeting_with_no_date_or_place_fixed_is_no_meeting(sentence: str) -> None:
    assert meetings_of(sentence) == set()


def test_a_meeting_with_a_place_but_no_date_fixed_is_planned_there() -> None:
    sentence = "Donald Trump incontrerà Vladimir Putin a Budapest, ma la data non è stata fissata."
    assert meetings_of(sentence) == {
        ("planned", "", "Budapest", frozenset({"Donald Trump", "Vladimir Putin"}))
    }


EVENT_WORDS = [
    "attacco",
    "attacchi",
    "bombardamento",
    "bombardamenti",
    "raid",
    "missili",
    "esplosione",
    "scioperi",
    "funerali",
    "esequie",
    "cerimonia",
    "parata",
    "commemorazione",
    "manifestazione",
    "protesta",
    "corteo",
    "discorso",
    "comizio",
    "intervista",
    "votazione",
    "risoluzione",
    "decreto",
    "colpita",
    "uccisi",
    "feriti",
    "distrutto",
    "abbattuti",
    "bombardata",
    "attaccato",
    "votata",
    "sospeso",
    "rinviato",
    "annullata",
    "cancellato",
    "congelato",
    "saltato",
]
EVENT_PHRASES = (
    "conferenza stampa",
    "scambio di prigionieri",
    "ha parlato dei",
    "ha colpito",
    "hanno ucciso",
    "ha votato",
    "la bozza rivista",
    "il piano presentato",
    "il testo approvato",
    "ha visitato",
    "visitando",
    "messo in pausa",
    "ha sospeso",
    "aveva detto",
    "ha dichiarato",
    "hanno affermato",
    "ha annunciato",
    "ha spiegato",
    "ha riferito",
    "ha assicurato",
    "ha ribadito",
    "ha sottolineato",
    "ha scritto",
    "ha commentato",
    "ha confermato",
    "ha fatto sapere",
)


@pytest.mark.parametrize("phrase", [*EVENT_WORDS, *EVENT_PHRASES])
def test_every_event_word_is_found_past_the_quick_stem_test(phrase: str) -> None:
    text = f"Ieri {phrase.capitalize()} a Kiev."
    found = events_in(text, 0, len(text))
    assert found.nouns or found.acts


def test_signing_a_text_at_the_talks_keeps_their_day_and_place() -> None:
    sentence = (
        "Sabato a Istanbul Rustem Umerov e Vladimir Medinsky hanno firmato un memorandum al"
        " termine dei colloqui."
    )
    assert meetings_of(sentence) == {
        ("talks", "2026-01-10", "Istanbul", frozenset({"Rustem Umerov", "Vladimir Medinsky"}))
    }
