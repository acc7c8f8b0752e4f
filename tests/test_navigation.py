"""The reader's model helpers: order, filters and mentions, meetings in time, index, history."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from negoreader.navigation import (
    History,
    Location,
    Marks,
    articles_in_order,
    articles_shown,
    cursor_on_opening,
    date_covers,
    entity_at,
    entity_detail,
    entity_filter,
    entity_rows,
    filter_rows,
    marks_for,
    meeting_kept,
    meeting_target,
    step,
    step_meeting,
    text_filter,
)
from negoreader.records import Library
from negoreader.search import TITLE
from negoreader.store import read_store

STORE = Path(__file__).parent / "fixtures" / "reader" / "data" / "articles.yaml"


@pytest.fixture(scope="module")
def library() -> Library:
    return read_store(STORE)


def test_articles_are_in_date_order_undated_last(library: Library) -> None:
    ids = [a.id for a in articles_in_order(library)]
    assert ids == ["a-ginevra", "b-telefonata", "c-miami-ucraina", "d-miami-russia"]


def test_entity_filter_collects_every_mention_in_list_order(library: Library) -> None:
    found = entity_filter(library, "person", "Steve Witkoff")
    assert found.articles == ("c-miami-ucraina", "d-miami-russia")
    assert len(found.mentions) == 5
    assert found.first_in("d-miami-russia") == 3
    article = library.article("c-miami-ucraina")
    assert article is not None
    for span in found.spans_in("c-miami-ucraina"):
        assert "Witkoff" in article.paragraphs[span.paragraph].text[span.start : span.end]


def test_date_filter_takes_dates_that_cover_the_query(library: Library) -> None:
    found = entity_filter(library, "date", "2025-12-20")
    assert found.articles == ("c-miami-ucraina", "d-miami-russia")
    # where the exact day is written, the interval around it is not counted again
    assert len(found.spans_in("d-miami-russia")) == 1
    assert date_covers("2025-12-19/2025-12-21", "2025-12-20")
    assert date_covers("2025-12", "2025-12-20")
    assert not date_covers("2025-11-23", "2025-12")
    assert not date_covers("", "2025")


def test_text_filter_ignores_case_and_accents_and_finds_titles(library: Library) -> None:
    found = text_filter(library, "MIAMI")
    assert found.kind == "text"
    assert found.articles == ("c-miami-ucraina", "d-miami-russia")
    assert any(m.span.paragraph == TITLE for m in found.mentions)
    assert text_filter(library, "   ").mentions == ()
    article = library.article("b-telefonata")
    assert article is not None
    [mention] = text_filter(library, "CLICCA").mentions
    assert (
        article.paragraphs[mention.span.paragraph].text[mention.span.start : mention.span.end]
        == "clicca"
    )


def test_text_filter_survives_markup_and_regex_characters(library: Library) -> None:
    assert text_filter(library, "[/]").mentions == ()
    assert text_filter(library, ".*").mentions == ()


def test_step_wraps_round(library: Library) -> None:
    assert step(None, 3, 1) == 0
    assert step(None, 3, -1) == 2
    assert step(2, 3, 1) == 0
    assert step(0, 3, -1) == 2
    assert step(None, 0, 1) is None


def test_meetings_step_in_time_from_the_current_one(library: Library) -> None:
    ucraina = library.article("c-miami-ucraina")
    following = step_meeting(library, ucraina, None, 1)
    assert following is not None and following.id == "miami-2025-12-20"
    previous = step_meeting(library, ucraina, None, -1)
    assert previous is not None and previous.id == "telefonata-2025-12-06"
    assert step_meeting(library, ucraina, "mosca-2026-01", 1) is None
    last = library.meeting("mosca-2026-01")
    assert last is not None
    assert meeting_target(last) == ("d-miami-russia", 2)


def test_index_rows_count_mentions_and_filter_as_typed(library: Library) -> None:
    rows = entity_rows(library)
    witkoff = next(r for r in rows if r.name == "Steve Witkoff")
    assert (witkoff.kind, witkoff.mentions, witkoff.articles) == (
        "person",
        5,
        ("c-miami-ucraina", "d-miami-russia"),
    )
    assert [r.name for r in filter_rows(rows, "inviato spec")] == ["Steve Witkoff"]
    assert [r.name for r in filter_rows(rows, "KYIV")] == ["Kiev"]
    assert any(r.kind == "date" and r.name == "2025-12-19/2025-12-21" for r in rows)
    assert len(filter_rows(rows, "")) == len(rows)


def test_person_detail_has_role_articles_and_meetings(library: Library) -> None:
    detail = entity_detail(library, "person", "Kirill Dmitriev")
    assert detail.role == "inviato del Cremlino"
    assert [a.id for a in detail.articles] == ["d-miami-russia"]
    assert [m.id for m in detail.meetings] == ["miami-2025-12-20", "mosca-2026-01"]
    assert "Kirill Dmitriev" not in detail.aliases


def test_the_list_shows_every_article_or_those_the_filter_mentions(library: Library) -> None:
    assert [a.id for a in articles_shown(library, None)] == [
        a.id for a in articles_in_order(library)
    ]
    chosen = entity_filter(library, "person", "Steve Witkoff")
    assert [a.id for a in articles_shown(library, chosen)] == list(chosen.articles)


def test_opening_an_article_keeps_the_mention_only_where_it_means_something(
    library: Library,
) -> None:
    chosen = entity_filter(library, "person", "Steve Witkoff")
    inside, outside = chosen.articles[0], "a-ginevra"
    assert cursor_on_opening(None, 3, inside, 1) is None
    assert cursor_on_opening(chosen, 3, inside, 1) == 1
    assert cursor_on_opening(chosen, 3, inside, None) == 3
    assert cursor_on_opening(chosen, 3, outside, None) is None


def test_marks_are_the_filter_mentions_in_the_article_and_the_current_one(
    library: Library,
) -> None:
    chosen = entity_filter(library, "person", "Steve Witkoff")
    first = chosen.mentions[0]
    marks = marks_for(chosen, 0, first.article)
    assert marks.article == first.article and marks.current == first.span
    assert set(marks.spans) == {m.span for m in chosen.mentions if m.article == first.article}
    last = len(chosen.mentions) - 1
    assert marks_for(chosen, last, first.article).current is None  # current is elsewhere
    assert marks_for(None, None, first.article) == Marks(first.article)


def test_entity_at_finds_the_mention_under_a_character(library: Library) -> None:
    article = library.article("b-telefonata")
    assert article is not None
    person = article.people[0]
    span = person.mentions[0]
    assert entity_at(article, span.paragraph, span.start) == ("person", person.name)
    assert entity_at(article, span.paragraph, span.end - 1) == ("person", person.name)
    assert entity_at(article, span.paragraph, span.end) != ("person", person.name)
    date = article.dates[0]
    assert entity_at(article, date.mention.paragraph, date.mention.start) == ("date", date.value)
    assert entity_at(article, 99, 0) is None


def test_a_meeting_is_kept_only_while_its_articles_are_open(library: Library) -> None:
    meeting = library.meetings[0]
    reporting = meeting.articles[0]
    others = [a.id for a in library.articles if a.id not in meeting.articles]
    assert meeting_kept(library, meeting.id, reporting) == meeting.id
    assert meeting_kept(library, meeting.id, others[0]) is None
    assert meeting_kept(library, None, reporting) is None


def test_history_goes_back_and_forward_like_a_browser() -> None:
    history = History()
    history.visit(Location("a", 0))
    history.visit(Location("b", 12))
    assert history.back(Location("c", 3)) == Location("b", 12)
    assert history.back(Location("b", 12)) == Location("a", 0)
    assert history.back(Location("a", 0)) is None
    assert history.forward(Location("a", 0)) == Location("b", 12)
    history.visit(Location("b", 12))
    assert not history.can_go_forward
    assert history.can_go_back


def test_navigation_does_not_import_textual() -> None:
    import subprocess

    code = "import negoreader.navigation, sys; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"
