"""Meetings across articles and within a meeting, on short Italian articles written for these tests.

A round announced in one article and reported in another once it happened is one meeting; a
phone or video call made during a summit is a meeting of its own, with its own participants.
"""

from __future__ import annotations

import pytest

from negoreader.clean import clean_article
from negoreader.extract import extract_library
from negoreader.records import Meeting


def article(published: str, body: str) -> str:
    return f"Titolo\n\nRedazione\n\n{published}\n\n{body}\n"


def meetings_of(*texts: str) -> list[Meeting]:
    articles = [clean_article(text, f"a{n}.txt") for n, text in enumerate(texts)]
    return list(extract_library(articles).meetings)


def summary(meetings: list[Meeting]) -> set[tuple[str, str, str, tuple[str, ...]]]:
    return {(m.kind, m.date, m.place, m.articles) for m in meetings}


PLAN = article(
    "6 marzo 2026",
    "Lunedì l'inviato Steve Witkoff sarà a Mosca per incontrare Vladimir Putin.",
)


@pytest.mark.parametrize(
    "report",
    [
        # The same place.
        "Lunedì a Mosca si sono svolti i colloqui tra Steve Witkoff e Vladimir Putin.",
        # No place, the same people.
        "Ieri Steve Witkoff e Vladimir Putin hanno avuto cinque ore di colloqui.",
    ],
)
def test_a_round_announced_then_reported_is_one_meeting_of_the_reported_kind(report: str) -> None:
    found = meetings_of(PLAN, article("10 marzo 2026", report))
    assert summary(found) == {("talks", "2026-03-09", "Mosca", ("a0", "a1"))}
    assert set(found[0].participants) == {"Steve Witkoff", "Vladimir Putin"}


def test_a_report_first_and_the_plan_after_are_one_meeting_too() -> None:
    report = article("10 marzo 2026", "Lunedì a Mosca Steve Witkoff ha incontrato Vladimir Putin.")
    assert summary(meetings_of(report, PLAN)) == {("talks", "2026-03-09", "Mosca", ("a0", "a1"))}


def test_a_plan_and_talks_elsewhere_on_that_day_are_two_meetings() -> None:
    report = article(
        "10 marzo 2026", "Lunedì a Ginevra Steve Witkoff e Rustem Umerov hanno avuto colloqui."
    )
    assert summary(meetings_of(PLAN, report)) == {
        ("planned", "2026-03-09", "Mosca", ("a0",)),
        ("talks", "2026-03-09", "Ginevra", ("a1",)),
    }


def test_a_plan_and_talks_on_other_days_are_two_meetings() -> None:
    report = article("20 marzo 2026", "Ieri a Mosca Steve Witkoff ha incontrato Vladimir Putin.")
    assert len(meetings_of(PLAN, report)) == 2


def test_a_plan_with_other_delegations_at_the_same_place_is_another_round() -> None:
    plan = article(
        "6 marzo 2026",
        "Lunedì a Riad sono attesi Steve Witkoff e il russo Kirill Dmitriev per un nuovo round.",
    )
    report = article(
        "10 marzo 2026",
        "Lunedì a Riad Steve Witkoff ha incontrato il negoziatore ucraino Rustem Umerov.",
    )
    kinds = sorted(m.kind for m in meetings_of(plan, report))
    assert kinds == ["planned", "talks"]


CALL_IN_SUMMIT = [
    (
        "Sabato a Washington, a metà riunione, Trump si è alzato per telefonare a Vladimir Putin.",
        ("Donald Trump", "Vladimir Putin"),
        "talks",
        "Washington",
    ),
    (
        "Durante il vertice di sabato a Parigi, Emmanuel Macron ha chiamato Donald Trump.",
        ("Emmanuel Macron", "Donald Trump"),
        "summit",
        "Parigi",
    ),
    (
        "Sabato a Londra Volodymyr Zelensky era in videocollegamento con Donald Trump durante il"
        " vertice dei volenterosi.",
        ("Volodymyr Zelensky", "Donald Trump"),
        "summit",
        "Londra",
    ),
    (
        "Nel corso dell'incontro di sabato a Berlino, Friedrich Merz e Zelensky hanno telefonato"
        " a Donald Trump.",
        ("Friedrich Merz", "Volodymyr Zelensky", "Donald Trump"),
        "talks",
        "Berlino",
    ),
]


@pytest.mark.parametrize(("sentence", "callers", "kind", "place"), CALL_IN_SUMMIT)
def test_a_call_during_a_meeting_is_a_meeting_of_its_own(
    sentence: str, callers: tuple[str, ...], kind: str, place: str
) -> None:
    found = {m.kind: m for m in meetings_of(article("12 gennaio 2026", sentence))}
    assert set(found) == {"call", kind}
    call, host = found["call"], found[kind]
    assert (call.date, call.place, set(call.participants)) == ("2026-01-10", "", set(callers))
    assert (host.date, host.place) == ("2026-01-10", place)


def test_taking_part_by_video_is_no_call_of_its_own() -> None:
    sentence = (
        "Al vertice di sabato a Londra ha partecipato anche Donald Trump in videocollegamento."
    )
    (summit,) = meetings_of(article("12 gennaio 2026", sentence))
    assert (summit.kind, summit.place, summit.participants) == (
        "summit",
        "Londra",
        ("Donald Trump",),
    )


def test_calling_on_someone_is_no_phone_call() -> None:
    sentence = "Sabato a Kiev Zelensky ha chiamato a raccolta i sindaci delle città del fronte."
    assert meetings_of(article("12 gennaio 2026", sentence)) == []


def test_a_round_planned_in_a_city_and_reported_at_a_venue_is_one_meeting() -> None:
    plan = article("6 marzo 2026", "Lunedì a Ginevra si terranno i colloqui tra Usa e Ucraina.")
    report = article(
        "10 marzo 2026",
        "Lunedì all'Hotel Intercontinental Marco Rubio e Andriy Yermak hanno avuto sei ore di"
        " colloqui.",
    )
    ((kind, date, _, articles),) = summary(meetings_of(plan, report))
    assert (kind, date, articles) == ("talks", "2026-03-09", ("a0", "a1"))
