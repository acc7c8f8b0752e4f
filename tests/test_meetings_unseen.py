"""Meetings on short Italian articles written for these tests, unlike the bundled seeds.

Each article exercises one way Italian press reports a meeting that the cue words once missed
or misread: receiving or hosting a named guest, a topic after "sul"/"sulla" taken for the venue,
commentators taken for participants, and another event's days stretching a meeting.
"""

from __future__ import annotations

import pytest

from negoreader.clean import clean_article
from negoreader.extract import extract_library

ANKARA = """Sybiha ad Ankara

Roma, 13 gennaio 2026 – Il presidente turco Recep Tayyip Erdogan ha ricevuto lunedì ad Ankara il ministro degli Esteri ucraino Andrii Sybiha. Sul tavolo lo scambio di prigionieri.

Martedì il cancelliere Friedrich Merz ha ricevuto una lettera da Sybiha.

Il 10 febbraio sono in programma i colloqui tecnici sulla navigazione nel Mar Nero.
"""

BERLINO = """Bilaterale a Berlino

Roma, 18 gennaio 2026 – Sabato a Berlino bilaterale tra Friedrich Merz e Rustem Umerov. Giovedì Merz e Emmanuel Macron si sono visti a Parigi.

Il segretario di Stato Marco Rubio ha accolto venerdì a Washington il capo negoziatore ucraino Rustem Umerov.
"""

COMMENTI = """Commenti sui colloqui

Roma, 12 gennaio 2026 – I colloqui di sabato a Ginevra tra Rustem Umerov e Steve Witkoff sono stati «utili», ha commentato Dmitry Peskov.

Domenica a Istanbul si sono tenuti i negoziati sui prigionieri. Jared Kushner ha dichiarato che sono stati produttivi.
"""

GIORNI = """Settimana a Ginevra

Roma, 12 gennaio 2026 – Il segretario di Stato Marco Rubio incontrerà giovedì a Ginevra il ministro russo Sergej Lavrov, mentre l'inviato Steve Witkoff sarà in Svizzera dal 16 al 18 gennaio.
"""

SETTIMANA = """Rubio e Lavrov

Roma, 12 gennaio 2026 – Il segretario di Stato Marco Rubio vedrà giovedì a Ginevra il ministro Sergej Lavrov e l'inviato Steve Witkoff tornerà a Ginevra dal 16 al 18 gennaio.

Rubio incontrerà giovedì a Vienna il ministro Sergej Lavrov. Dal 16 al 18 gennaio l'inviato Steve Witkoff sarà anche lui a Vienna.
"""


def meetings_of(text: str) -> dict[tuple[str, str, str], set[str]]:
    library = extract_library([clean_article(text, "unseen.txt")])
    return {(m.kind, m.date, m.place): set(m.participants) for m in library.meetings}


def test_a_guest_received_welcomed_or_visited_is_a_meeting() -> None:
    found = meetings_of(ANKARA)
    assert found[("talks", "2026-01-12", "Ankara")] == {"Recep Tayyip Erdogan", "Andrii Sybiha"}
    # A letter received is no meeting.
    assert not any(date == "2026-01-13" for _, date, _ in found)


def test_a_topic_after_sul_or_sulla_is_not_the_venue() -> None:
    found = meetings_of(ANKARA)
    assert ("planned", "2026-02-10", "") in found
    assert all(place != "Mar Nero" for _, _, place in found)


def test_a_bilateral_people_who_saw_each_other_and_a_welcome() -> None:
    found = meetings_of(BERLINO)
    assert found[("talks", "2026-01-17", "Berlino")] == {"Friedrich Merz", "Rustem Umerov"}
    assert found[("talks", "2026-01-15", "Parigi")] == {"Friedrich Merz", "Emmanuel Macron"}
    assert found[("talks", "2026-01-16", "Washington")] == {"Marco Rubio", "Rustem Umerov"}


def test_who_only_comments_on_a_meeting_is_not_a_participant() -> None:
    found = meetings_of(COMMENTI)
    assert found[("talks", "2026-01-10", "Ginevra")] == {"Rustem Umerov", "Steve Witkoff"}
    assert found[("talks", "2026-01-11", "Istanbul")] == set()


def test_another_events_days_do_not_stretch_a_meeting() -> None:
    found = meetings_of(GIORNI)
    assert found == {("planned", "2026-01-15", "Ginevra"): {"Marco Rubio", "Sergey Lavrov"}}


def test_a_days_interval_in_the_same_sentence_or_the_next_is_another_events() -> None:
    found = meetings_of(SETTIMANA)
    assert ("planned", "2026-01-15", "Ginevra") in found
    assert found[("planned", "2026-01-15", "Vienna")] == {"Marco Rubio", "Sergey Lavrov"}
    assert not any("/" in date for _, date, _ in found)


def one_sentence(sentence: str) -> dict[tuple[str, str, str], set[str]]:
    return meetings_of(f"Titolo\n\nRoma, 12 gennaio 2026 – {sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Zelensky ha ricevuto sabato a Kiev il premio della città.",
        "Rustem Umerov ha ricevuto garanzie dal presidente Donald Trump sabato a Washington.",
        "Sabato a Kiev il presidente Volodymyr Zelensky ha accolto le critiche di Donald Trump.",
        "Il trattato bilaterale firmato sabato a Kiev rafforza i rapporti bilaterali con Londra.",
    ],
)
def test_receiving_a_thing_or_a_bilateral_treaty_is_no_meeting(sentence: str) -> None:
    assert one_sentence(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "kind", "place"),
    [
        ("Sabato Volodymyr Zelensky ha ospitato a Kiev il premier Keir Starmer.", "talks", "Kiev"),
        ("Rustem Umerov si è recato sabato a Berlino da Friedrich Merz.", "talks", "Berlino"),
        ("Sabato si è svolta una videoconferenza tra Friedrich Merz e Rustem Umerov.", "call", ""),
    ],
)
def test_hosting_visiting_and_video_calls_are_meetings(
    sentence: str, kind: str, place: str
) -> None:
    ((found_kind, date, found_place),) = one_sentence(sentence)
    assert (found_kind, date, found_place) == (kind, "2026-01-10", place)
