"""Cleaning and extraction read month and weekday names from one table: they agree on every one."""

from __future__ import annotations

import pytest

from negoreader.calendar_words import (
    MONTH_NUMBER,
    WEEKDAY_STEMS,
    WEEKDAYS_EN,
    month_number,
    weekday_number,
)
from negoreader.clean_dates import parse_date_line, parse_dateline
from negoreader.extract.dates import find_dates

from .conftest import article


@pytest.mark.parametrize("spelling", sorted(MONTH_NUMBER))
def test_every_month_spelling_dates_a_byline_and_a_sentence_alike(spelling: str) -> None:
    expected = f"2025-{MONTH_NUMBER[spelling]:02d}-06"
    assert parse_date_line(f"6 {spelling.capitalize()} 2025") == expected
    [found] = find_dates(article(f"Il documento porta la data del 6 {spelling} 2025."))
    assert found.value == expected


@pytest.mark.parametrize(
    ("word", "number"),
    [("Lunedì", 0), ("martedi", 1), ("MERCOLEDÍ", 2), ("giovedì", 3), ("Friday", 4),
     ("sabato", 5), ("Domenica", 6)],
)  # fmt: skip
def test_weekday_numbers_count_from_monday(word: str, number: int) -> None:
    assert weekday_number(word) == number


def test_the_weekday_tables_are_in_calendar_order() -> None:
    assert len(WEEKDAY_STEMS) == len(WEEKDAYS_EN) == 7
    assert [weekday_number(stem) for stem in WEEKDAY_STEMS] == list(range(7))


def test_a_weekday_written_with_an_acute_accent_opens_a_date_line() -> None:
    assert parse_date_line("Lunedí 22 dicembre 2025") == "2025-12-22"
    assert parse_dateline("Kiev, martedí 23 dicembre 2025 – Testo.") == ("Kiev", "2025-12-23")


def test_a_letter_read_only_ignoring_case_is_a_month_not_a_crash() -> None:
    # re.IGNORECASE lets "ſ" stand for "s"; the table is asked with the plain spelling.
    assert month_number("ſettembre") == 9
    assert parse_date_line("6 ſettembre 2025") == "2025-09-06"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12 dicembre 2025, ore 10:15", "2025-12-12T10:15"),
        ("12 dicembre 2025 alle ore 10:15", "2025-12-12T10:15"),
        ("12/12/2025, 10:15", "2025-12-12T10:15"),
        ("12 dicembre 2025 ore 10.15", "2025-12-12T10:15"),
    ],
)
def test_a_time_after_a_date_line_in_its_usual_forms(line: str, expected: str) -> None:
    assert parse_date_line(line) == expected


def test_a_dateline_with_a_time_after_a_comma_and_ore() -> None:
    text = "GINEVRA, 12 dicembre 2025, ore 10:15 – Le delegazioni sono arrivate."
    assert parse_dateline(text) == ("Ginevra", "2025-12-12T10:15")
