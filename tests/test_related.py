"""Related articles: ranking by shared meetings, specific people and places, days and time."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from negoreader.load import load_seeds
from negoreader.records import Article, DateRef, EntityRef, Library, Meeting, MeetingSource, Span
from negoreader.related import Related, RelatedIndex, index_for, related_articles

from .conftest import SEEDS

SPAN = (Span(0, 0, 1),)


def article(
    id: str,
    date: str,
    people: Sequence[str] = (),
    places: Sequence[str] = ("Ucraina",),
    meetings: Sequence[str] = (),
    days: Sequence[str] = (),
) -> Article:
    return Article(
        id=id,
        file=f"{id}.txt",
        title=id,
        date=date,
        people=tuple(EntityRef(name, SPAN) for name in people),
        places=tuple(EntityRef(name, SPAN) for name in places),
        dates=tuple(DateRef(value, value, False, SPAN[0]) for value in days),
        meetings=tuple(meetings),
    )


def meeting(id: str, date: str, place: str, *articles: str) -> Meeting:
    return Meeting(
        id, "talks", date, place, (), "", tuple(MeetingSource(a, (0,)) for a in articles)
    )


def filler(count: int) -> list[Article]:
    """Articles that share only what everyone names, so that rarer things weigh more."""
    return [article(f"z{n:02}", "2025-06-01", people=["Zelensky"]) for n in range(count)]


def ids(results: list[Related]) -> list[str]:
    return [r.id for r in results]


def test_a_shared_meeting_outweighs_shared_people() -> None:
    articles = [
        article("a", "2025-03-03", ["Rubio", "Lavrov", "Zelensky"], meetings=["riad"]),
        article("b", "2025-03-20", ["Zelensky"], meetings=["riad"]),
        article("c", "2025-03-20", ["Rubio", "Lavrov", "Zelensky"]),
        *filler(6),
    ]
    library = Library(tuple(articles), meetings=(meeting("riad", "2025-03-03", "Riad", "a", "b"),))
    results = related_articles(library, "a")
    assert ids(results)[:2] == ["b", "c"]
    assert results[0].reasons[0] == "same meeting: Riad, 3 Mar"


def test_what_every_article_names_relates_nothing() -> None:
    articles = [
        article("a", "2025-03-03", ["Zelensky"]),
        article("b", "2025-03-03", ["Zelensky"]),
        *filler(3),
    ]
    assert related_articles(Library(tuple(articles)), "a") == []


def test_a_rare_person_counts_more_than_a_common_one() -> None:
    articles = [
        article("a", "2025-03-03", ["Gruenbaum", "Witkoff"]),
        article("rare", "2025-03-10", ["Gruenbaum"]),
        article("common", "2025-03-10", ["Witkoff"]),
        article("w1", "2025-06-01", ["Witkoff"]),
        article("w2", "2025-06-01", ["Witkoff"]),
        *filler(4),
    ]
    results = related_articles(Library(tuple(articles)), "a")
    assert ids(results)[0] == "rare"
    assert results[0].reasons[0] == "1 person in common: Gruenbaum"


def test_closer_in_time_ranks_higher_and_says_how_close() -> None:
    articles = [
        article("a", "2025-03-03", ["Rubio"]),
        article("near", "2025-03-05", ["Rubio"]),
        article("far", "2025-04-05", ["Rubio"]),
        article("same", "2025-03-03", ["Rubio"]),
        *filler(5),
    ]
    results = related_articles(Library(tuple(articles)), "a")
    assert ids(results) == ["same", "near", "far"]
    assert results[0].reasons[-1] == "same day"
    assert results[1].reasons[-1] == "2 days apart"


def test_meetings_at_one_place_in_the_same_days_relate_their_articles() -> None:
    articles = [
        article("ua", "2025-12-22", ["Umerov"], meetings=["m-ua"]),
        article("ru", "2025-12-18", ["Dmitriev"], meetings=["m-ru"]),
        article("other", "2025-12-18", ["Umerov"]),
        *filler(5),
    ]
    meetings = (
        meeting("m-ua", "2025-12-19/2025-12-21", "Miami", "ua"),
        meeting("m-ru", "2025-12-20/2025-12-21", "Miami", "ru"),
    )
    results = related_articles(Library(tuple(articles), meetings=meetings), "ua")
    assert ids(results)[0] == "ru"
    assert results[0].reasons[0] == "meetings in Miami the same days: 19–21 Dec and 20–21 Dec"


def test_a_day_both_name_is_a_reason() -> None:
    articles = [
        article("a", "2025-12-06", days=["2025-12-06", "2025-11"]),
        article("b", "2025-12-07", days=["2025-12-06", "2025-11"]),
        *filler(5),
    ]
    (result,) = related_articles(Library(tuple(articles)), "a")
    assert "1 date in common: 6 Dec" in result.reasons


def test_reasons_name_at_most_four_people_most_specific_first() -> None:
    names = ["Rubio", "Witkoff", "Kushner", "Umerov", "Hnatov"]
    articles = [
        article("a", "2025-03-03", names),
        article("b", "2025-03-03", names),
        article("c", "2025-05-03", ["Rubio", "Witkoff"]),
        *filler(5),
    ]
    reason = related_articles(Library(tuple(articles)), "a")[0].reasons[0]
    assert reason == "5 people in common: Hnatov, Kushner, Umerov, Rubio, …"


def test_unknown_ids_prefixes_and_limits() -> None:
    articles = [article(f"art{n}", "2025-03-03", ["Rubio"]) for n in range(5)] + filler(5)
    library = Library(tuple(articles))
    assert related_articles(library, "nope") == []
    assert ids(related_articles(library, "art0")) == ["art1", "art2", "art3", "art4"]
    assert ids(related_articles(library, "art0", limit=2)) == ["art1", "art2"]


def test_a_limited_list_is_the_head_of_the_full_ranking() -> None:
    articles = [
        article(
            f"a{n:02}",
            f"2025-03-{n % 28 + 1:02}",
            ["Rubio", f"P{n % 3}"],
            days=[f"2025-03-0{n % 5 + 1}"],
        )
        for n in range(40)
    ] + filler(10)
    library = Library(tuple(articles))
    full = related_articles(library, "a00", limit=None)
    assert related_articles(library, "a00", limit=7) == full[:7]
    assert related_articles(library, "a00") == full[:20]


def test_the_index_is_built_once_per_library() -> None:
    library = Library(tuple(filler(3)))
    assert index_for(library) is index_for(library)
    other = Library(tuple(filler(3)))
    assert index_for(other) is not index_for(library)


def test_only_articles_that_share_something_are_scored() -> None:
    # 10,000 articles, each naming its own person and one of a hundred places.
    articles = [
        article(f"a{n:05}", "2025-03-03", [f"Person {n}"], places=["Ucraina", f"Place {n % 100}"])
        for n in range(10_000)
    ]
    index = RelatedIndex(Library(tuple(articles)))
    results = index.related("a00042", limit=None)
    assert len(results) == 99
    assert all(int(r.id[1:]) % 100 == 42 for r in results)


# --- the bundled seeds --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> Library:
    return load_seeds(SEEDS).library


def top(library: Library, prefix: str) -> Related:
    article = library.article(prefix)
    assert article is not None
    return related_articles(library, article.id)[0]


def test_seeds_the_miami_weekend_articles_point_at_each_other(seeds: Library) -> None:
    assert top(seeds, "001").id.startswith("002")
    assert top(seeds, "002").id.startswith("001")
    assert top(seeds, "001").reasons[0] == (
        "meetings in Miami the same days: 19–21 Dec and 20–21 Dec"
    )


def test_seeds_the_early_december_articles_point_at_each_other(seeds: Library) -> None:
    assert top(seeds, "003").id.startswith("004")
    assert top(seeds, "004").id.startswith("003")


def test_seeds_the_first_miami_talks_point_at_an_article_on_miami_talks(seeds: Library) -> None:
    best = seeds.article(top(seeds, "000").id)
    assert best is not None
    places = {m.place for m in seeds.meetings if m.id in best.meetings}
    assert "Miami" in places
    assert "Rustem Umerov" in {r.name for r in best.people}


def test_meetings_at_one_place_are_near_when_their_days_are_within_two_days() -> None:
    articles = [
        article("long", "2025-12-31", ["A"], meetings=["m-long"]),
        article("early", "2025-12-03", ["B"], meetings=["m-early"]),
        article("late", "2025-12-27", ["C"], meetings=["m-late"]),
        article("apart", "2025-12-06", ["D"], meetings=["m-apart"]),
        *filler(5),
    ]
    meetings = (
        meeting("m-long", "2025-12-01/2025-12-24", "Miami", "long"),
        meeting("m-early", "2025-12-02", "Miami", "early"),
        meeting("m-late", "2025-12-26", "Miami", "late"),
        meeting("m-apart", "2025-12-06", "Kiev", "apart"),
    )
    library = Library(tuple(articles), meetings=meetings)
    assert set(ids(related_articles(library, "long"))) == {"early", "late"}
    assert ids(related_articles(library, "early")) == ["long"]
    assert ids(related_articles(library, "apart")) == []
