"""Search: typos, prefixes, case and accents, aliases, date queries, ranking, any input; full text."""

from __future__ import annotations

import gc
from functools import cache

import pytest

from negoreader.extract.dates import date_covers, parse_date_query
from negoreader.load import load_seeds
from negoreader.records import (
    Article,
    DateRef,
    EntityRef,
    Library,
    Paragraph,
    Person,
    Place,
    Span,
)
from negoreader.search import (
    Hit,
    SearchIndex,
    TextMatch,
    fold,
    full_text_search,
    index_for,
    search,
    search_key,
)

from .conftest import SEEDS

ANY = Span(0, 0, 1)


def refs(*names: str) -> tuple[EntityRef, ...]:
    return tuple(EntityRef(name, (ANY,)) for name in names)


def dates(*pairs: tuple[str, str]) -> tuple[DateRef, ...]:
    return tuple(DateRef(value, text, False, ANY) for value, text in pairs)


def make_library() -> Library:
    """Four articles, listed out of date order, about an invented round of talks."""
    articles = (
        Article(
            "geneva",
            "geneva.txt",
            "Vertice a Ginevra",
            date="2025-12-22",
            paragraphs=(
                Paragraph("paragraph", "A Ginevra Witkoff ha incontrato Umerov. Perché ora?"),
                Paragraph("quote", "Progress in Geneva, says @SteveWitkoff"),
            ),
            people=refs("Steve Witkoff", "Rustem Umerov", "Marco Rubio"),
            places=refs("Ginevra"),
            dates=dates(
                ("2025-12-19/2025-12-21", "dal 19 al 21 dicembre"), ("2025-12", "dicembre")
            ),
        ),
        Article(
            "call",
            "call.txt",
            "La telefonata con Kyiv",
            date="2025-12-07",
            paragraphs=(Paragraph("paragraph", "Sabato Zelensky ha parlato con Witkoff da Kyiv."),),
            people=refs("Volodymyr Zelensky", "Steve Witkoff"),
            places=refs("Kiev"),
            dates=dates(("2025-12-06", "sabato")),
        ),
        Article(
            "miami",
            "miami.txt",
            "Colloqui a Miami",
            date="2025-11-30",
            paragraphs=(
                Paragraph("paragraph", "Rubio e Witkoff a Miami; Kiev attende. Il 30 novembre."),
            ),
            people=refs("Marco Rubio", "Steve Witkoff", "Luca Rubiolo", "Gianni Rubbio"),
            places=refs("Miami", "Kiev"),
            dates=dates(("2025-11-30", "30 novembre")),
        ),
        Article(
            "moscow",
            "moscow.txt",
            "Dmitriev a Mosca",
            date="2025-12-20",
            paragraphs=(Paragraph("paragraph", "Kirill Dmitriev è tornato a Mosca."),),
            people=refs("Kirill Dmitriev"),
            places=refs("Mosca"),
            dates=dates(("2025-12-20/2025-12-21", "questo fine settimana")),
        ),
    )
    people = (
        Person("Steve Witkoff", ("Witkoff", "@SteveWitkoff"), "inviato speciale"),
        Person("Marco Rubio", ("Rubio",), "segretario di Stato"),
        Person("Volodymyr Zelensky", ("Zelensky", "Zelenskyy")),
        Person("Kirill Dmitriev", ("Dmitriev",)),
        Person("Rustem Umerov", ("Umerov",)),
        Person("Luca Rubiolo"),
        Person("Gianni Rubbio"),
    )
    places = (
        Place("Kiev", ("Kyiv",), "city"),
        Place("Mosca", ("Moscow",), "city"),
        Place("Ginevra", ("Geneva", "Genève"), "city"),
        Place("Miami", (), "city"),
    )
    return Library(articles, people, places)


@pytest.fixture(scope="module")
def library() -> Library:
    return make_library()


def first(library: Library, query: str, kind: str | None = None) -> Hit:
    hits = search(library, query, kind=kind)
    assert hits, f"nothing found for {query!r}"
    return hits[0]


def highlighted(hit: Hit) -> str:
    return "".join(hit.matched[i] for i in hit.positions)


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("witkof", "Steve Witkoff"),
        ("dmitirev", "Kirill Dmitriev"),
        ("zelenski", "Volodymyr Zelensky"),
        ("umerv", "Rustem Umerov"),
        ("steve witkof", "Steve Witkoff"),
    ],
)
def test_a_misspelt_name_finds_the_person(library: Library, query: str, name: str) -> None:
    hit = first(library, query)
    assert (hit.kind, hit.name) == ("person", name)


def test_hits_list_every_article_mentioning_the_entity_in_date_order(library: Library) -> None:
    assert first(library, "witkof").articles == ("miami", "call", "geneva")


@pytest.mark.parametrize(
    ("query", "name", "shown"),
    [
        ("rub", "Marco Rubio", "Rub"),
        ("witk", "Steve Witkoff", "Witk"),
        ("stev", "Steve Witkoff", "Stev"),
    ],
)
def test_a_prefix_of_the_name_or_of_any_word_of_it(
    library: Library, query: str, name: str, shown: str
) -> None:
    hit = first(library, query)  # "rub": Rubio is in more articles than Rubbio and Rubiolo
    assert hit.name == name
    assert highlighted(hit) == shown
    assert hit.positions == tuple(range(hit.positions[0], hit.positions[0] + len(query)))


@pytest.mark.parametrize("query", ["MOSCA", "mosca", "MoScA", "Mòsca", "  mosca  ", "mosca!"])
def test_any_case_accents_and_stray_punctuation(library: Library, query: str) -> None:
    hit = first(library, query)
    assert (hit.name, hit.score) == ("Mosca", 100.0)


def test_accented_aliases_match_plain_queries(library: Library) -> None:
    hit = first(library, "geneve")
    assert (hit.name, hit.matched) == ("Ginevra", "Genève")


@pytest.mark.parametrize(
    ("query", "name"), [("Kyiv", "Kiev"), ("Moscow", "Mosca"), ("geneva", "Ginevra")]
)
def test_transliterations_match_through_aliases(library: Library, query: str, name: str) -> None:
    hit = first(library, query)
    assert (hit.kind, hit.name, hit.matched.casefold()) == ("place", name, query.casefold())


def test_kyiv_finds_the_articles_that_write_kiev(library: Library) -> None:
    assert set(first(library, "Kyiv").articles) == {"call", "miami"}


def test_a_social_handle_finds_its_person(library: Library) -> None:
    hit = first(library, "@stevewitkoff")
    assert (hit.name, hit.matched, hit.score) == ("Steve Witkoff", "@SteveWitkoff", 100.0)


# --- ranking ---------------------------------------------------------------------------------


def test_exact_then_whole_word_then_prefix_then_fuzzy(library: Library) -> None:
    hits = search(library, "rubio", kind="person")
    # "Rubio" is an alias; "Rubiolo" starts with it; "Rubbio" is one letter off.
    assert [h.name for h in hits] == ["Marco Rubio", "Luca Rubiolo", "Gianni Rubbio"]
    assert hits[0].score > hits[1].score > hits[2].score


def test_a_whole_word_outranks_a_longer_word_it_begins(library: Library) -> None:
    hits = search(library, "steve", kind="person")
    assert hits[0].name == "Steve Witkoff"
    assert hits[0].score > 90


def test_equal_scores_rank_by_articles_then_name() -> None:
    articles = (
        Article("a", "a.txt", "", date="2025-01-01", people=refs("Bo Zed", "Bo Yam")),
        Article("b", "b.txt", "", date="2025-01-02", people=refs("Bo Zed")),
    )
    library = Library(articles, (Person("Bo Yam"), Person("Bo Zed"), Person("Bo Xu")))
    assert [h.name for h in search(library, "bo")] == ["Bo Zed", "Bo Yam", "Bo Xu"]


def test_a_name_that_is_merely_close_is_not_a_typo(library: Library) -> None:
    # rapidfuzz ratio("kyiv", "kiev") is 75: transliterations need aliases, not a low threshold.
    no_alias = Library(library.articles, library.people, (Place("Kiev"),))
    assert search(no_alias, "kyiv", kind="place") == []


def test_kind_limits_the_search(library: Library) -> None:
    assert {h.kind for h in search(library, "mi", kind="place")} == {"place"}
    assert search(library, "witkoff", kind="place") == []


def test_limit(library: Library) -> None:
    assert len(search(library, "r", limit=2)) == 2
    assert search(library, "r", limit=0) == []


def test_an_unknown_kind_is_a_clear_error(library: Library) -> None:
    with pytest.raises(ValueError, match="unknown kind 'meeting'"):
        search(library, "witkoff", kind="meeting")


@pytest.mark.parametrize("typed", ["dmiti", "dmitir", "dmitire", "dmitirev"])
def test_a_misspelt_name_is_found_while_still_being_typed(library: Library, typed: str) -> None:
    hit = first(library, typed)
    assert hit.name == "Kirill Dmitriev"
    assert 60 < hit.score < 90  # below every prefix match


def many_people_library() -> Library:
    """Thousands of invented people with similar names around the real negotiators."""
    syllables = ["ka", "lo", "mi", "ne", "sa", "to", "vi", "ze", "po", "du", "ri", "ba"]
    given = ["Anna", "Pavel", "Olena", "Luca"]
    names = [
        f"{g} {(a + b + c).capitalize()}"
        for a in syllables
        for b in syllables
        for c in syllables
        for g in given
    ]
    real = ["Steve Witkoff", "Kirill Dmitriev", "Volodymyr Zelensky", "Marco Rubio"]
    articles = tuple(
        Article(f"a{i}", f"a{i}.txt", "", date=f"2025-12-{i % 28 + 1:02d}", people=refs(*chunk))
        for i, chunk in enumerate(
            [*real[j % 4 : j % 4 + 1], *names[j * 10 : j * 10 + 10]]
            for j in range(len(names) // 10)
        )
    )
    people = tuple(Person(n, (n.split()[1],)) for n in [*real, *names])
    return Library(articles, people)


def test_a_swapped_pair_of_letters_is_one_typo() -> None:
    # "dmitirev" is as close to Dmitriev (two letters swapped) as to Dmitrev (one missing):
    # the person in more articles comes first.
    articles = [Article(f"a{i}", f"{i}.txt", "", people=refs("Kirill Dmitriev")) for i in range(3)]
    articles.append(Article("b", "b.txt", "", people=refs("Ada Dmitrev")))
    hits = search(Library(tuple(articles)), "dmitirev")
    assert [h.name for h in hits] == ["Kirill Dmitriev", "Ada Dmitrev"]
    assert hits[0].score == hits[1].score


def test_typos_still_find_the_right_person_among_thousands() -> None:
    library = many_people_library()
    assert len(library.people) > 6_000
    for query, name in [
        ("witkof", "Steve Witkoff"),
        ("dmitirev", "Kirill Dmitriev"),
        ("zelenski", "Volodymyr Zelensky"),
        ("rubio", "Marco Rubio"),
        ("kalomi", "Anna Kalomi"),
        ("anna kalomi", "Anna Kalomi"),
    ]:
        assert first(library, query).name == name, query
    assert len(search(library, "ka", limit=500)) == 500
    assert [h.name for h in search(library, "x" * 10_000)] == []


# --- positions for highlighting --------------------------------------------------------------


def test_fuzzy_positions_point_at_the_matched_letters(library: Library) -> None:
    hit = first(library, "dmitirev")
    assert hit.matched in ("Kirill Dmitriev", "Dmitriev")
    word_start = hit.matched.index("Dmitriev")
    assert all(word_start <= i < word_start + len("Dmitriev") for i in hit.positions)
    # 7 of the 8 letters line up; the transposed pair keeps one.
    assert len(hit.positions) == 7
    assert highlighted(hit).casefold() in ("dmitiev", "dmitrev")


def test_positions_index_the_original_alias_even_around_punctuation(library: Library) -> None:
    hit = first(library, "stevewit")
    assert (hit.matched, highlighted(hit)) == ("@SteveWitkoff", "SteveWit")


def test_the_normalised_key_maps_back_to_the_original() -> None:
    key, where = search_key("  Jean-Noël  BARROT! ")
    assert key == "jean noel barrot"
    assert "".join("  Jean-Noël  BARROT! "[i] for i in where).casefold() == "jean-noël barrot"
    assert fold("Perché ÀÉ ß") == "perche ae s" and len(fold("Perché ÀÉ ß")) == len("Perché ÀÉ ß")


# --- dates -----------------------------------------------------------------------------------


def test_an_iso_day_finds_the_dates_covering_it_narrowest_first(library: Library) -> None:
    hits = search(library, "2025-12-20", kind="date")
    assert [h.name for h in hits[:3]] == [
        "2025-12-20/2025-12-21",
        "2025-12-19/2025-12-21",
        "2025-12",
    ]
    assert hits[0].articles == ("moscow",)


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("6 dicembre", "2025-12-06"),
        ("dicembre 2025", "2025-12"),
        ("19-21 dicembre", "2025-12-19/2025-12-21"),
        ("30 novembre 2025", "2025-11-30"),
        ("2025-12-06", "2025-12-06"),
    ],
)
def test_italian_and_iso_date_queries(library: Library, query: str, value: str) -> None:
    hit = first(library, query)
    assert (hit.kind, hit.name, hit.score) == ("date", value, 100.0)


def test_a_date_query_finds_the_date_however_the_article_wrote_it(library: Library) -> None:
    # The call article wrote "sabato"; the date is still 6 December.
    hit = first(library, "6 dicembre")
    assert (hit.name, hit.matched, hit.articles) == ("2025-12-06", "2025-12-06", ("call",))


def test_a_month_query_also_lists_the_days_inside_it(library: Library) -> None:
    names = [h.name for h in search(library, "dicembre 2025", kind="date")]
    assert names[0] == "2025-12"
    assert {"2025-12-06", "2025-12-19/2025-12-21"} <= set(names)
    assert "2025-11-30" not in names


@pytest.mark.parametrize(
    "query", ["6 dicembre", "dicembre 2025", "19-21 dicembre", "2025-12-20", "novembre", "2025"]
)
def test_every_date_hit_covers_the_date_queried(library: Library, query: str) -> None:
    value = parse_date_query(query, index_for(library).reference)
    hits = search(library, query, kind="date")
    assert value and hits
    assert all(date_covers(hit.name, value) for hit in hits)


def test_a_period_lists_the_dates_inside_it_before_those_around_it() -> None:
    days = ("2025-12-20", "2025-12-19/2025-12-21", "2025-12", "2025", "2025-12-21/2026-01-10")
    article = Article("a", "a.txt", "", date="2025-12-22", dates=dates(*((d, d) for d in days)))
    hits = search(Library((article,)), "19-21 dicembre", kind="date")
    assert [h.name for h in hits] == [
        "2025-12-19/2025-12-21",  # the period itself
        "2025-12-20",  # inside it
        "2025-12",  # around it, narrowest first
        "2025",
        "2025-12-21/2026-01-10",  # overlapping it
    ]


def test_date_texts_are_aliases(library: Library) -> None:
    hit = first(library, "fine settimana")
    assert (hit.kind, hit.name, hit.matched) == (
        "date",
        "2025-12-20/2025-12-21",
        "questo fine settimana",
    )


# --- any input -------------------------------------------------------------------------------

STRANGE = [
    "",
    " ",
    "\t\n",
    "a",
    "x" * 10_000,
    "witkoff " * 2_000,
    ".*+?[](){}|^$\\",
    "(?P<x>",
    "[bold]rubio[/]",
    "🙂",
    "👩‍👩‍👧 kyiv 🇺🇦",
    "\x00\x07\x1b[31m",
    "\u0301\u0301",
    "ß" * 300,
    "9999-99-99",
    "0000-00-00/2025-13-40",
    "31 febbraio",
    "1-99 dicembre",
]


@pytest.mark.parametrize("query", STRANGE, ids=range(len(STRANGE)))
def test_any_input_returns_a_list(library: Library, query: str) -> None:
    hits = search(library, query)
    assert isinstance(hits, list)
    assert all(isinstance(h, Hit) and min(h.positions, default=0) >= 0 for h in hits)
    assert all(max(h.positions, default=0) < max(1, len(h.matched)) for h in hits)
    assert isinstance(full_text_search(library, query), list)


def test_empty_queries_find_nothing(library: Library) -> None:
    assert search(library, "") == search(library, "   ") == search(library, "?!") == []


def test_a_very_long_query_is_cut_not_refused(library: Library) -> None:
    assert first(library, "witkoff" + "!" * 10_000).name == "Steve Witkoff"


def test_an_empty_library() -> None:
    empty = Library(())
    assert search(empty, "witkoff") == []
    assert search(empty, "6 dicembre") == []
    assert full_text_search(empty, "witkoff") == []


def test_entities_mentioned_but_not_in_the_records_are_still_found() -> None:
    library = Library((Article("a", "a.txt", "", people=refs("Ada Lovelace")),))
    assert first(library, "lovelace").articles == ("a",)


# --- the index -------------------------------------------------------------------------------


def test_one_index_per_library_object(library: Library) -> None:
    assert index_for(library) is index_for(library)
    twin = make_library()
    assert twin == library
    assert index_for(twin) is not index_for(library)
    assert SearchIndex(library).search("witkof") == search(library, "witkof")


def test_the_index_goes_when_its_library_does() -> None:
    from negoreader import search as module

    library = make_library()
    index_for(library)
    key = id(library)
    assert key in module._INDEXES
    del library
    gc.collect()
    assert key not in module._INDEXES


def test_the_reference_for_relative_dates_is_the_latest_article(library: Library) -> None:
    assert index_for(library).reference.isoformat() == "2025-12-22"


# --- full text -------------------------------------------------------------------------------


def test_full_text_finds_words_in_titles_and_bodies(library: Library) -> None:
    matches = full_text_search(library, "MIAMI")
    assert [m.article for m in matches] == ["miami"]
    spans = matches[0].spans
    assert Span(-1, 11, 16) in spans  # the title
    title = library.article("miami").title
    body = library.article("miami").paragraphs[0].text
    for span in spans:
        text = title if span.paragraph == -1 else body
        assert text[span.start : span.end] == "Miami"


def test_full_text_ignores_case_and_accents(library: Library) -> None:
    (match,) = full_text_search(library, "perche")
    text = library.article("geneva").paragraphs[0].text
    assert [text[s.start : s.end] for s in match.spans] == ["Perché"]


def test_full_text_needs_every_word(library: Library) -> None:
    assert [m.article for m in full_text_search(library, "witkoff kyiv")] == ["call"]
    assert full_text_search(library, "witkoff pinguino") == []


def test_full_text_matches_word_starts_only(library: Library) -> None:
    assert full_text_search(library, "ami") == []  # inside "Miami"
    assert [m.article for m in full_text_search(library, "ginev")] == ["geneva"]


def test_full_text_ranks_by_occurrences_and_limits(library: Library) -> None:
    matches = full_text_search(library, "witkoff")
    assert matches[0].article == "geneva"  # named twice there: text and handle
    assert {m.article for m in matches} == {"geneva", "call", "miami"}
    assert len(full_text_search(library, "witkoff", limit=1)) == 1
    assert all(isinstance(m, TextMatch) for m in matches)


# --- the five seed articles (issue examples) -------------------------------------------------


@cache
def seed_library() -> Library:
    return load_seeds(SEEDS).library


def articles_writing(library: Library, word: str) -> set[str]:
    """The articles whose title or body contains `word`, any case."""
    word = word.casefold()
    return {
        a.id
        for a in library.articles
        if word in a.title.casefold() or any(word in p.text.casefold() for p in a.paragraphs)
    }


def in_date_order(library: Library, ids: tuple[str, ...]) -> bool:
    days = [library.article(i).date for i in ids]
    return days == sorted(days)


@pytest.mark.parametrize(
    ("query", "name", "surname"),
    [
        ("witkof", "Steve Witkoff", "witkoff"),
        ("dmitirev", "Kirill Dmitriev", "dmitriev"),
        ("zelenski", "Volodymyr Zelensky", "zelensk"),
        ("rub", "Marco Rubio", "rubio"),
    ],
)
def test_seeds_people(query: str, name: str, surname: str) -> None:
    library = seed_library()
    hit = first(library, query)
    assert (hit.kind, hit.name) == ("person", name)
    assert set(hit.articles) == articles_writing(library, surname)
    assert in_date_order(library, hit.articles)


@pytest.mark.parametrize(
    ("query", "name", "written"), [("Kyiv", "Kiev", "kiev"), ("Moscow", "Mosca", "mosca")]
)
def test_seeds_places_by_another_spelling(query: str, name: str, written: str) -> None:
    library = seed_library()
    hit = first(library, query)
    assert (hit.kind, hit.name) == ("place", name)
    assert set(hit.articles) >= articles_writing(library, written)


def test_seeds_6_dicembre_is_the_phone_call_day() -> None:
    library = seed_library()
    hit = first(library, "6 dicembre")
    assert (hit.kind, hit.name) == ("date", "2025-12-06")
    assert set(hit.articles) >= articles_writing(library, "6 dicembre")


def covers(value: str, day: str) -> bool:
    """Whether an ISO day, month, year or interval includes `day` (ISO strings compare by date)."""
    start, _, end = value.partition("/")
    end = end or start
    return start[: len(day)] <= day[: len(start)] and day[: len(end)] <= end


@pytest.mark.parametrize(
    ("query", "day"),
    [
        ("2025-12-20", "2025-12-20"),
        ("19-21 dicembre", "2025-12-19"),
        ("19-21 dicembre", "2025-12-21"),
    ],
)
def test_seeds_a_date_query_first_finds_a_date_covering_it(query: str, day: str) -> None:
    hit = first(seed_library(), query, kind="date")
    assert covers(hit.name, day), hit


def test_seeds_19_21_dicembre_is_the_miami_round() -> None:
    hit = first(seed_library(), "19-21 dicembre")
    assert (hit.kind, hit.name) == ("date", "2025-12-19/2025-12-21")


def test_seeds_dicembre_2025_finds_december_dates() -> None:
    hits = search(seed_library(), "dicembre 2025", kind="date")
    december = [h.name for h in hits if h.name.startswith("2025-12")]
    assert december and [h.name for h in hits[: len(december)]] == december
