"""Meetings in constructions of Italian news prose met on new text, on sentences written here.

Calls "in corso" today, calls by "si sentiranno", rounds named by their business in the future
passive, seats of government as venues, "since" dates, journalists' calls, negated meetings,
talks that go on another day, and a year long past lent to a building's history.
"""

from __future__ import annotations

import pytest

from tests.meeting_support import meetings_of

PUB = "16 marzo 2026"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("È in corso il collegamento video con il presidente Volodymyr Zelensky.", "call"),
        ("In queste ore è in corso una telefonata tra Donald Trump e Vladimir Putin.", "call"),
        ("I colloqui tra Steve Witkoff e Rustem Umerov sono ancora in corso.", "talks"),
    ],
)
def test_a_meeting_under_way_is_on_the_day_of_the_article(text: str, kind: str) -> None:
    assert {(k, d) for k, d, _, _ in meetings_of(text, published=PUB)} == {(kind, "2026-03-16")}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Secondo la Casa Bianca, Trump e Zelensky si sentiranno oggi pomeriggio.", "2026-03-16"),
        ("Trump e Putin si sono sentiti al telefono ieri sera.", "2026-03-15"),
        ("Macron e Starmer si sentono domani per coordinare la risposta.", "2026-03-17"),
    ],
)
def test_people_who_hear_each_other_have_a_call(text: str, day: str) -> None:
    assert {(k, d) for k, d, _, _ in meetings_of(text, published=PUB)} == {("call", day)}


def test_feeling_betrayed_is_no_call() -> None:
    assert (
        meetings_of("Dopo il voto, i deputati si sono sentiti traditi lunedì.", published=PUB)
        == set()
    )


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "I dettagli tecnici saranno discussi a Riad mercoledì prossimo da esperti.",
            "2026-03-18",
            "Riad",
        ),
        (
            "Le garanzie verranno esaminate a Londra giovedì dai consiglieri.",
            "2026-03-19",
            "Londra",
        ),
        (
            "Il nodo dei territori sarà affrontato a Ginevra il 20 marzo da Witkoff.",
            "2026-03-20",
            "Ginevra",
        ),
    ],
)
def test_business_to_be_discussed_somewhere_is_a_planned_round(
    text: str, day: str, place: str
) -> None:
    assert {(k, d, p) for k, d, p, _ in meetings_of(text, published=PUB)} == {
        ("planned", day, place)
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lunedì Zelensky è stato ricevuto alla Casa Bianca da Donald Trump.", "Washington"),
        ("Ieri Witkoff e Kushner sono stati ricevuti al Cremlino da Vladimir Putin.", "Mosca"),
        ("Ieri sera all'Eliseo Macron ha incontrato Zelensky.", "Parigi"),
    ],
)
def test_a_seat_of_government_as_venue_is_its_city(text: str, place: str) -> None:
    assert {p for _, _, p, _ in meetings_of(text, published=PUB)} == {place}


def test_sources_near_a_seat_do_not_place_a_meeting() -> None:
    text = "Secondo fonti vicine al Cremlino, ieri Witkoff ha incontrato Dmitriev a Miami."
    assert {p for _, _, p, _ in meetings_of(text, published=PUB)} == {"Miami"}


@pytest.mark.parametrize(
    "text",
    [
        "La telefonata di ieri tra Trump e Putin, la prima dallo scorso febbraio, è durata due ore.",
        "La telefonata, la prima da gennaio, è durata un'ora. Trump ha parlato ieri con Putin.",
        "Ieri Trump e Putin si sono sentiti al telefono, per la prima volta dal 2025.",
    ],
)
def test_since_when_is_not_when(text: str) -> None:
    assert {(k, d) for k, d, _, _ in meetings_of(text, published=PUB)} == {("call", "2026-03-15")}


@pytest.mark.parametrize(
    "text",
    [
        "La raggiungiamo al telefono mentre rientra da Leopoli, oggi.",
        "Lo abbiamo raggiunto telefonicamente ieri a Kiev.",
        "L'abbiamo intervistato al telefono venerdì sera.",
    ],
)
def test_a_journalist_reaching_someone_by_phone_is_no_call(text: str) -> None:
    assert meetings_of(text, published=PUB) == set()


@pytest.mark.parametrize(
    "text",
    [
        "MOSCA, 16 marzo – Il Cremlino non ha in agenda incontri con la parte americana.",
        "Putin non parteciperà ad alcun vertice a Istanbul, ha detto ieri Peskov.",
        "Nessun incontro è previsto a Riad la prossima settimana.",
    ],
)
def test_a_meeting_said_not_to_happen_is_none(text: str) -> None:
    assert meetings_of(text, published=PUB) == set()


@pytest.mark.parametrize(
    ("text", "days", "place"),
    [
        (
            "Ieri ad Abu Dhabi Driscoll ha incontrato i russi. I colloqui dovrebbero proseguire anche oggi.",
            "2026-03-15/2026-03-16",
            "Abu Dhabi",
        ),
        (
            "Oggi a Riad si sono aperti i colloqui tra Rubio e Lavrov. Le trattative proseguiranno domani.",
            "2026-03-16/2026-03-17",
            "Riad",
        ),
        (
            "Ieri a Ginevra Witkoff ha incontrato Umerov. I colloqui continuano oggi, dicono fonti ucraine.",
            "2026-03-15/2026-03-16",
            "Ginevra",
        ),
    ],
)
def test_talks_that_go_on_another_day_are_one_meeting(text: str, days: str, place: str) -> None:
    assert {(d, p) for _, d, p, _ in meetings_of(text, published=PUB)} == {(days, place)}


def test_a_call_told_again_as_the_same_call_lends_no_other_day() -> None:
    text = (
        "Venerdì sera Trump ha telefonato a Zelensky, poi ha coinvolto nella stessa chiamata "
        "Mark Rutte. Lunedì 18 Zelensky sarà a Washington."
    )
    assert {(k, d) for k, d, _, _ in meetings_of(text, published=PUB)} == {("call", "2026-03-13")}


@pytest.mark.parametrize(
    "text",
    [
        "Oggi a Istanbul si sono incontrate le delegazioni, nel palazzo che ospitò il vertice Nato del 2004.",
        "Ieri a Ginevra Rubio ha incontrato Umerov, nella sala che nel 2009 vide il vertice Usa-Russia.",
        "Oggi a Helsinki Witkoff ha visto Dmitriev, dove si tenne un summit nel 2018.",
    ],
)
def test_a_year_long_past_is_history_not_a_meeting(text: str) -> None:
    found = meetings_of(text, published="2 giugno 2026")
    assert all(len(d) == 10 for _, d, _, _ in found) and len(found) == 1
