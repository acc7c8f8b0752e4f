"""Where and whether a meeting was held, on short Italian texts written for these tests.

A report filed under a city's dateline, the people of a city hoping or saying something, talking
to each other as a meeting, and a summit announced but never held.
"""

from __future__ import annotations

import pytest

from .meeting_support import Found, meetings_of


def places_of(found: Found) -> set[str]:
    return {place for _, _, place, _ in found}


# The dateline's city must be a place the article knows: each text names it once more.
@pytest.mark.parametrize(
    "text",
    [
        "BERNA – Tre ore di colloqui a porte chiuse, ieri, nella sede del ministero, sui"
        " prigionieri deportati in Russia. Berna offre da mesi i suoi buoni uffici.",
        "Berna, 11 gennaio 2026 – Marco Rubio e Andriy Yermak si sono visti ieri per tre ore"
        " nella sede della missione. Berna resta discreta.",
        "BERNA, 11 gennaio – Lunga riunione ieri tra le delegazioni sulla tregua in Ucraina."
        " A Berna nessuno ha voluto commentare.",
    ],
)
def test_a_report_under_a_dateline_with_no_city_of_its_own_was_held_there(text: str) -> None:
    assert places_of(meetings_of(text)) == {"Berna"}


@pytest.mark.parametrize(
    "text",
    [
        # A meeting told before, not the one reported.
        "Berna, 11 gennaio 2026 – La recente riunione tra Marco Rubio e Sergej Lavrov a"
        " Riad ha acceso speranze. Berna osserva.",
        "Berna, 11 gennaio 2026 – Questo incontro tra Marco Rubio e Sergej Lavrov, ieri a"
        " Vienna, ha acceso speranze. Berna osserva.",
        # A paragraph reporting from afar: "i colloqui" are those of Vienna.
        "Berna, 11 gennaio 2026 – Si è svolto ieri a Vienna un vertice tra Marco Rubio e"
        " Sergej Lavrov. Il cancelliere Karl Nehammer ha ospitato i colloqui. Berna osserva.",
    ],
)
def test_a_dateline_does_not_move_a_meeting_placed_elsewhere(text: str) -> None:
    assert "Berna" not in places_of(meetings_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ieri Marco Rubio e Sergej Lavrov si sono incontrati in una sala riservata, una stretta"
        " di mano che a Kiev sperano porti una tregua.",
        "Ieri Marco Rubio e Sergej Lavrov si sono incontrati in una sala riservata, un segnale"
        " che a Mosca temono possa durare poco.",
        "Ieri Marco Rubio e Sergej Lavrov si sono incontrati in una sala riservata, un passo"
        " che a Bruxelles si spera sia il primo.",
    ],
)
def test_the_people_of_a_city_hoping_or_fearing_are_not_the_venue(text: str) -> None:
    found = meetings_of(text)
    assert places_of(found) == {""}
    assert {date for _, date, _, _ in found} == {"2026-01-11"}


@pytest.mark.parametrize(
    "text",
    [
        "Ieri a Vienna russi e ucraini si sono parlati per due ore.",
        "Sabato a Vienna le due delegazioni si sono parlate direttamente per la prima volta.",
        "Ieri a Vienna Marco Rubio e Sergej Lavrov si parlano finalmente senza mediatori.",
    ],
)
def test_talking_to_each_other_is_a_meeting(text: str) -> None:
    assert places_of(meetings_of(text)) == {"Vienna"}


def test_one_talked_about_something_is_no_meeting() -> None:
    assert meetings_of("Ieri a Vienna si è parlato a lungo di energia e di gas.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Il vertice di Praga, annunciato a settembre, non si è mai tenuto.",
        "Poi c'era il summit di Praga, annunciato a settembre e mai svolto.",
        "Il summit di Praga, annunciato a settembre, alla fine non è mai stato tenuto.",
    ],
)
def test_a_summit_announced_and_never_held_is_a_plan_with_no_date(text: str) -> None:
    assert meetings_of(text) == {("planned", "", "Praga", frozenset())}


def test_a_call_before_an_announcement_keeps_the_announcements_day() -> None:
    found = meetings_of(
        "Annunciato giovedì 8 gennaio dopo una telefonata tra Donald Trump e Vladimir Putin,"
        " il vertice di Praga è stato rinviato."
    )
    assert {(kind, date) for kind, date, _, _ in found} == {
        ("call", "2026-01-08"),
        ("planned", ""),
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ieri il tavolo di Vienna tra russi e ucraini è durato sei ore.", "Vienna"),
        ("Ieri a Vienna si è riunito un tavolo tecnico tra russi e ucraini.", "Vienna"),
        ("Ieri a Vienna un tavolo con i russi ha discusso della centrale.", "Vienna"),
    ],
)
def test_a_table_of_a_place_or_between_sides_is_a_round_of_talks(text: str, place: str) -> None:
    assert {(kind, date, where) for kind, date, where, _ in meetings_of(text)} == {
        ("talks", "2026-01-11", place)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Le proposte sono da giorni sul tavolo di Volodymyr Zelensky.",
        "Ieri a Vienna c'erano due sedie vuote al tavolo con i russi.",
    ],
)
def test_a_desk_is_no_table_of_talks(text: str) -> None:
    assert not any(kind == "talks" and date for kind, date, _, _ in meetings_of(text))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Il giorno dopo il vertice di Praga, la diplomazia si sposta a Vienna.", "2026-01-11"),
        ("All'indomani dei colloqui di Praga, oggi, il governo ha votato.", "2026-01-11"),
        ("Due giorni prima del vertice di Praga, giovedì 8 gennaio, il governo ha votato.",
         "2026-01-10"),
        ("Il giorno dopo il vertice di Praga, ieri, il governo ha votato.", "2026-01-10"),
    ],
)  # fmt: skip
def test_a_meeting_named_as_the_reference_of_a_day_is_dated_from_that_day(
    text: str, day: str
) -> None:
    assert {(date, place) for _, date, place, _ in meetings_of(text)} == {(day, "Praga")}


@pytest.mark.parametrize(
    "then",
    [
        "Subito dopo Donald Trump ha chiamato Volodymyr Zelensky.",
        "Poco dopo, Donald Trump ha telefonato a Volodymyr Zelensky.",
        "Più tardi Donald Trump ha telefonato a Volodymyr Zelensky.",
    ],
)
def test_a_call_made_after_another_is_a_call_of_its_own(then: str) -> None:
    found = meetings_of(f"Ieri la lunga telefonata tra Donald Trump e Vladimir Putin. {then}")
    assert {(kind, date, who) for kind, date, _, who in found} == {
        ("call", "2026-01-11", frozenset({"Donald Trump", "Vladimir Putin"})),
        ("call", "2026-01-11", frozenset({"Donald Trump", "Volodymyr Zelensky"})),
    }


@pytest.mark.parametrize(
    "stayed",
    [
        "con Donald Trump, rimasto a Washington",
        "con Donald Trump, che era rimasto invece a Washington",
        "con Donald Trump, restato però a Washington",
    ],
)
def test_where_a_caller_stayed_is_not_where_the_call_was(stayed: str) -> None:
    found = meetings_of(f"Ieri Volodymyr Zelensky si è collegato in videochiamata {stayed}.")
    assert [(kind, place) for kind, _, place, _ in found] == [("call", "")]


@pytest.mark.parametrize("part", ["A metà pomeriggio", "A metà mattinata", "A metà giornata"])
def test_a_part_of_the_day_dates_a_call_on_the_day_told_before(part: str) -> None:
    found = meetings_of(
        "Ieri a Parigi i leader europei si sono riuniti all'Eliseo.",
        f"{part} i leader si sono collegati in videochiamata con Donald Trump.",
    )
    assert ("call", "2026-01-11") in {(kind, date) for kind, date, _, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        "Ieri a Vienna si è chiuso un secondo giro con gli ucraini.",
        "Ieri a Vienna si è aperto un nuovo giro di consultazioni tra russi e americani.",
        "Ieri a Vienna è finito il giro di colloqui tra le delegazioni.",
    ],
)
def test_a_round_called_giro_is_talks(text: str) -> None:
    assert {(kind, date, place) for kind, date, place, _ in meetings_of(text)} == {
        ("talks", "2026-01-11", "Vienna")
    }


def test_a_turn_of_the_screw_is_no_round() -> None:
    assert meetings_of("Ieri a Vienna il governo ha dato un giro di vite alle spese.") == set()


@pytest.mark.parametrize(
    "same",
    ["nello stesso albergo", "nella stessa sede", "nella stessa città"],
)
def test_a_meeting_in_the_same_place_is_where_the_one_before_was(same: str) -> None:
    found = meetings_of(
        "Sabato a Vienna Marco Rubio ha incontrato Sergej Lavrov.",
        f"Ieri, {same}, Marco Rubio ha incontrato Rustem Umerov.",
    )
    assert {(date, place) for _, date, place, _ in found} == {
        ("2026-01-10", "Vienna"),
        ("2026-01-11", "Vienna"),
    }


@pytest.mark.parametrize(
    "next_one",
    [
        "Il terzo, sempre a Vienna, si è chiuso sabato.",
        "Il terzo si è tenuto sabato a Vienna.",
        "L'ultimo, sabato a Vienna, è durato un'ora.",
    ],
)
def test_the_next_round_named_by_its_ordinal_alone_is_a_meeting(next_one: str) -> None:
    found = meetings_of(f"Il secondo round di Vienna, lunedì 5 gennaio, è stato breve. {next_one}")
    assert {(date, place) for _, date, place, _ in found} == {
        ("2026-01-05", "Vienna"),
        ("2026-01-10", "Vienna"),
    }


def test_an_ordinal_with_its_own_noun_is_no_round() -> None:
    found = meetings_of(
        "Il secondo round di Vienna, lunedì 5 gennaio, è stato breve. La terza squadra è"
        " arrivata sabato a Vienna."
    )
    assert {date for _, date, _, _ in found} == {"2026-01-05"}


@pytest.mark.parametrize(
    "text",
    [
        "Ieri il Cremlino ha chiuso la porta a un negoziato ospitato a Praga.",
        "Ieri il Cremlino ha respinto il vertice di Praga proposto dai mediatori.",
        "Ieri il Cremlino ha detto no al round di Praga.",
        "Il round di Praga di cui si parlava da giorni non si farà.",
    ],
)
def test_a_meeting_refused_or_that_will_not_take_place_is_a_plan_with_no_date(
    text: str,
) -> None:
    assert {(kind, date, place) for kind, date, place, _ in meetings_of(text)} == {
        ("planned", "", "Praga")
    }
