"""Meetings told across the sentences of a paragraph, on short Italian texts written for these tests.

Which sentence lends a meeting its day and its place, which people and places belong to which of
two meetings told side by side, and the words that name talks, calls and plans in news prose.
"""

from __future__ import annotations

import pytest

from .meeting_support import meetings_of


def people(*names: str) -> frozenset[str]:
    return frozenset(names)


@pytest.mark.parametrize(
    "other",
    [
        "Martedì un raid ha colpito Sumy.",  # an attack
        "«Sono stati utili», aveva scritto martedì Rubio.",  # a saying
    ],
)
def test_a_day_is_not_borrowed_from_a_sentence_about_another_event(other: str) -> None:
    found = meetings_of(f"Il colloquio tra Marco Rubio e Sergej Lavrov è durato tre ore. {other}")
    assert not any(date == "2026-01-06" for _, date, _, _ in found)


def test_a_journeys_day_is_not_lent_where_the_meeting_has_its_own() -> None:
    found = meetings_of(
        "Oggi Marco Rubio ha incontrato Sergej Lavrov. Al colloquio ha partecipato anche Andriy"
        " Yermak. Rubio era atterrato martedì a Riad."
    )
    assert {date for _, date, _, _ in found} == {"2026-01-12"}


def test_the_day_and_place_of_a_sentence_with_no_cue_are_the_meetings() -> None:
    found = meetings_of(
        "La giornata di sabato a Ginevra è stata lunga. Marco Rubio ha accolto Andriy Yermak"
        " nella sala principale."
    )
    assert found == {("talks", "2026-01-10", "Ginevra", people("Marco Rubio", "Andriy Yermak"))}


@pytest.mark.parametrize(
    "text",
    [
        "Il vertice tra Donald Trump e Vladimir Putin a Budapest è stato messo in pausa.",
        "Il summit di Budapest tra Donald Trump e Vladimir Putin era atteso da giorni. Ieri il"
        " faccia a faccia è stato rinviato.",
    ],
)
def test_a_meeting_put_on_hold_is_planned(text: str) -> None:
    ((kind, _, place, _),) = meetings_of(text)
    assert (kind, place) == ("planned", "Budapest")


def test_a_plans_day_goes_to_the_plan_of_its_sentence() -> None:
    found = meetings_of(
        "Il vertice di Ginevra ha prodotto un testo. Ora l'inviato Steve Witkoff è atteso a Mosca"
        " martedì per incontrare Vladimir Putin."
    )
    assert ("planned", "2026-01-13", "Mosca", people("Steve Witkoff", "Vladimir Putin")) in found


def test_two_meetings_of_one_day_between_different_people_are_two() -> None:
    found = meetings_of(
        "Giovedì Steve Witkoff e Jared Kushner sono stati ricevuti da Vladimir Putin. Poche ore"
        " prima, giovedì a Davos, Donald Trump aveva incontrato Volodymyr Zelensky."
    )
    assert {(date, place) for _, date, place, _ in found} == {
        ("2026-01-08", ""),
        ("2026-01-08", "Davos"),
    }


def test_a_building_is_a_venue_in_the_city_of_the_meeting() -> None:
    found = meetings_of(
        "Ieri a Londra si sono visti i negoziatori. La riunione si è tenuta a Lancaster House"
        " con Rustem Umerov e Jonathan Powell."
    )
    assert {(date, place) for _, date, place, _ in found} == {("2026-01-11", "Londra")}


def test_a_call_within_a_meeting_told_the_sentence_after_is_on_its_day() -> None:
    found = meetings_of(
        "Sabato Donald Trump ha accolto Volodymyr Zelensky a Palm Beach. A metà incontro, la sala"
        " si è collegata in videochiamata con Emmanuel Macron e Keir Starmer."
    )
    assert ("call", "2026-01-10", "", people("Emmanuel Macron", "Keir Starmer")) in found
    assert any(kind == "talks" and place == "Palm Beach" for kind, _, place, _ in found)


def test_two_calls_of_one_day_between_different_people_are_two() -> None:
    found = meetings_of(
        "Sabato Donald Trump ha telefonato a Vladimir Putin.",
        "Sabato Emmanuel Macron e Keir Starmer hanno avuto una telefonata.",
    )
    assert {p for kind, _, _, p in found if kind == "call"} == {
        people("Donald Trump", "Vladimir Putin"),
        people("Emmanuel Macron", "Keir Starmer"),
    }


def test_of_two_cities_the_one_nearer_the_cue_is_the_meetings() -> None:
    found = meetings_of(
        "Dan Driscoll era stato a Kiev giovedì, e domenica era a Ginevra nel confronto con la"
        " delegazione guidata da Andriy Yermak."
    )
    assert {(kind, date, place) for kind, date, place, _ in found} == {
        ("talks", "2026-01-11", "Ginevra")
    }


def test_a_part_of_the_day_is_on_the_day_the_article_named() -> None:
    found = meetings_of(
        "Oggi a Parigi si sono incontrati Marco Rubio e Andriy Yermak. Nel tardo pomeriggio Rubio"
        " ha telefonato a Sergej Lavrov."
    )
    assert ("call", "2026-01-12", "", people("Marco Rubio", "Sergey Lavrov")) in found


def test_the_first_contact_elsewhere_is_another_meeting() -> None:
    found = meetings_of(
        "Oggi a Parigi si sono seduti allo stesso tavolo Marco Rubio e Andriy Yermak. Gli europei"
        " erano stati esclusi dal primo contatto tra americani e russi a Riad."
    )
    assert {(date, place) for _, date, place, _ in found} == {
        ("2026-01-12", "Parigi"),
        ("", "Riad"),
    }


def test_who_is_not_there_is_no_participant() -> None:
    found = meetings_of(
        "Ieri a Londra si sono visti i negoziatori di Rustem Umerov, ma senza il segretario di"
        " Stato Marco Rubio."
    )
    ((_, _, _, who),) = found
    assert "Marco Rubio" not in who


@pytest.mark.parametrize(
    ("sentence", "kind", "date", "place"),
    [
        (
            "Le delegazioni hanno concordato di rivedersi il 3 febbraio.",
            "planned",
            "2026-02-03",
            "",
        ),
        (
            "Il round trilaterale di Abu Dhabi si è chiuso ieri sera.",
            "talks",
            "2026-01-11",
            "Abu Dhabi",
        ),
        (
            "Rustem Umerov e Steve Witkoff si sono seduti ieri allo stesso tavolo a Miami.",
            "talks",
            "2026-01-11",
            "Miami",
        ),
    ],
)
def test_words_of_news_prose_for_meetings(sentence: str, kind: str, date: str, place: str) -> None:
    assert {(k, d, p) for k, d, p, _ in meetings_of(sentence)} == {(kind, date, place)}


def test_the_place_of_the_sentence_just_before_is_the_meetings() -> None:
    found = meetings_of(
        "Tutto si è deciso a Vienna. Giovedì Steve Witkoff è stato ricevuto da Sergey Lavrov."
    )
    assert {(date, place) for _, date, place, _ in found} == {("2026-01-08", "Vienna")}


def test_the_place_of_a_sentence_about_another_day_is_not_borrowed() -> None:
    found = meetings_of(
        "Mercoledì Witkoff era a Vienna. Giovedì Steve Witkoff è stato ricevuto da Sergey Lavrov."
    )
    assert {(date, place) for _, date, place, _ in found} == {("2026-01-08", "")}


def test_each_ordinal_after_a_colon_is_a_meeting_of_its_own() -> None:
    found = meetings_of(
        "I due incontri precedenti si erano svolti a Ginevra: il primo il 3 ottobre all'Hotel"
        " Intercontinental, il secondo il 9 novembre a Berna."
    )
    # The venue is in the city the series was held in; the series itself is no meeting.
    assert {(kind, date, place) for kind, date, place, _ in found} == {
        ("talks", "2025-10-03", "Ginevra"),
        ("talks", "2025-11-09", "Berna"),
    }


def test_a_day_in_a_short_quotation_is_the_plans() -> None:
    found = meetings_of(
        'Un nuovo round potrebbe tenersi "a febbraio", ma né la data né la sede sono state decise.'
    )
    assert {(kind, date, place) for kind, date, place, _ in found} == {("planned", "2026-02", "")}


def test_who_had_warned_about_a_meeting_is_no_participant() -> None:
    found = meetings_of(
        "Martedì a Istanbul si è tenuto il round tra Rustem Umerov e Vladimir Medinsky. Dmitry"
        " Peskov aveva avvertito di non attendersi svolte."
    )
    assert found == {
        ("talks", "2026-01-06", "Istanbul", people("Rustem Umerov", "Vladimir Medinsky"))
    }


def test_handing_a_plan_to_a_person_is_a_meeting_and_a_new_day_a_new_clause() -> None:
    found = meetings_of(
        "L'inviato Keith Kellogg era a Kiev giovedì per consegnare la bozza a Volodymyr Zelensky,"
        " e sabato era a Ginevra nel confronto con la delegazione guidata da Rustem Umerov."
    )
    assert {(kind, date, place) for kind, date, place, _ in found} == {
        ("talks", "2026-01-08", "Kiev"),
        ("talks", "2026-01-10", "Ginevra"),
    }


def test_handing_something_to_an_institution_is_no_meeting() -> None:
    assert meetings_of("Giovedì a Kiev Zelensky ha presentato il piano al Parlamento.") == set()


def test_the_day_and_place_of_arriving_are_the_meetings_when_nothing_else_dates_it() -> None:
    found = meetings_of(
        "Friedrich Merz e Emmanuel Macron sono arrivati ieri a Kiev in treno. Nel palazzo"
        " presidenziale hanno incontrato Volodymyr Zelensky per tre ore."
    )
    assert (
        "talks",
        "2026-01-11",
        "Kiev",
        people("Friedrich Merz", "Emmanuel Macron", "Volodymyr Zelensky"),
    ) in found


def test_a_call_made_by_the_people_in_the_room_has_them_on_it() -> None:
    found = meetings_of(
        "Sabato a Kiev Friedrich Merz e Emmanuel Macron hanno incontrato Volodymyr Zelensky.",
        "Durante il vertice, i tre leader hanno telefonato a Donald Trump.",
    )
    calls = [who for kind, _, _, who in found if kind == "call"]
    assert calls == [
        people("Friedrich Merz", "Emmanuel Macron", "Volodymyr Zelensky", "Donald Trump")
    ]


def test_a_reference_naming_two_others_is_not_the_articles_meeting() -> None:
    found = meetings_of(
        "Lunedì a Riad Steve Witkoff ha incontrato Kirill Dmitriev.",
        "Il vertice tra Donald Trump, Vladimir Putin e Volodymyr Zelensky è stato rinviato.",
    )
    assert found == {("talks", "2026-01-12", "Riad", people("Steve Witkoff", "Kirill Dmitriev"))}


def test_a_call_made_then_is_another_call_on_that_day() -> None:
    found = meetings_of(
        "Donald Trump e Vladimir Putin hanno parlato ieri al telefono per due ore, secondo il"
        " consigliere del Cremlino Yuri Ushakov.",
        "Trump ha poi chiamato Volodymyr Zelensky.",
    )
    assert {(kind, date, who) for kind, date, _, who in found} == {
        ("call", "2026-01-11", people("Donald Trump", "Vladimir Putin")),
        ("call", "2026-01-11", people("Donald Trump", "Volodymyr Zelensky")),
    }


def test_the_city_reached_that_day_is_where_the_evening_meeting_was() -> None:
    found = meetings_of(
        "L'inviato Keith Kellogg è arrivato oggi a Kiev. In serata ha incontrato il ministro della"
        " Difesa Rustem Umerov."
    )
    assert found == {("talks", "2026-01-12", "Kiev", people("Keith Kellogg", "Rustem Umerov"))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Per l'Ucraina c'erano Rustem Umerov e Andriy Hnatov.",
        "La delegazione ucraina era affidata a Rustem Umerov, con Andriy Hnatov.",
        "Da Kiev erano arrivati Rustem Umerov e il capo di stato maggiore Andriy Hnatov.",
        "Presenti anche Rustem Umerov e Andriy Hnatov.",
    ],
)
def test_who_sat_at_the_talks_told_after_them(sentence: str) -> None:
    found = meetings_of(
        "Sabato a Ginevra si è chiuso il round di colloqui con Steve Witkoff.",
        sentence,
        "Le parti hanno concordato di rivedersi il 3 febbraio.",
    )
    held = {who for kind, _, _, who in found if kind == "talks"}
    assert held == {people("Steve Witkoff", "Rustem Umerov", "Andriy Hnatov")}


def test_a_delegation_told_after_a_plan_in_the_past_sat_at_the_talks_held() -> None:
    found = meetings_of(
        "Sabato a Ginevra si è chiuso il round di colloqui con Steve Witkoff, e le parti hanno"
        " concordato di rivedersi il 3 febbraio.",
        "La delegazione ucraina era guidata da Rustem Umerov.",
    )
    held = {who for kind, _, _, who in found if kind == "talks"}
    assert held == {people("Steve Witkoff", "Rustem Umerov")}


def test_a_leader_named_only_to_date_the_meeting_is_no_participant() -> None:
    found = meetings_of(
        "Per la prima volta dall'insediamento di Donald Trump, Marco Rubio e Andriy Yermak si sono"
        " seduti oggi allo stesso tavolo a Parigi."
    )
    assert found == {("talks", "2026-01-12", "Parigi", people("Marco Rubio", "Andriy Yermak"))}


def test_who_took_the_picture_is_no_participant() -> None:
    found = meetings_of(
        "Sabato Donald Trump ha accolto Volodymyr Zelensky a Palm Beach – © Agenzia/Mario Bianchi"
    )
    assert all("Mario Bianchi" not in who for _, _, _, who in found)
    assert found
