"""Records stay small: slots instead of a dict each, and one copy of each repeated value once a
store is opened (strings), from its YAML or from its cache. Still frozen, comparable, replaceable and
picklable, as every stage needs."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from pathlib import Path

import pytest

from negoreader import cache, store
from negoreader.extract import pipeline
from negoreader.records import (
    Article,
    DateRef,
    EntityRef,
    Library,
    Meeting,
    MeetingSource,
    Paragraph,
    Person,
    Place,
    Span,
)


def _article(number: int) -> Article:
    """An article naming the same person and place as every other one, at other offsets."""
    text = (
        f"Il {number} dicembre Marta Rinaldi è arrivata a Ginevra per il vertice numero {number}."
    )
    name = text.index("Marta")
    place = text.index("Ginevra")
    return Article(
        id=f"a{number}",
        file=f"a{number}.txt",
        title=f"Vertice {number}",
        author="Anna Bianchi",
        source="Il Quotidiano",
        date="2025-12-06",
        paragraphs=(Paragraph("heading", f"Vertice {number}"), Paragraph("paragraph", text)),
        people=(EntityRef("Marta Rinaldi", (Span(1, name, name + 13),)),),
        places=(EntityRef("Ginevra", (Span(1, place, place + 7), Span(0, 0, 7))),),
        dates=(DateRef("2025-12-06", "6 dicembre", False, Span(1, 3, 13)),),
        meetings=("2025-12-06-ginevra",),
    )


def _library() -> Library:
    return Library(
        articles=tuple(_article(n) for n in range(1, 6)),
        people=(Person("Marta Rinaldi", ("Rinaldi",), "ministra", "IT"),),
        places=(Place("Ginevra", ("Geneva",), "city"),),
        meetings=(
            Meeting(
                "2025-12-06-ginevra",
                "talks",
                "2025-12-06",
                "Ginevra",
                ("Marta Rinaldi",),
                "Vertice a Ginevra",
                tuple(MeetingSource(f"a{n}", (1,)) for n in range(1, 6)),
            ),
        ),
    )


def _instances() -> list[object]:
    library = _library()
    article = library.articles[0]
    return [
        article,
        article.paragraphs[0],
        article.people[0],
        article.people[0].mentions[0],
        article.dates[0],
        library.people[0],
        library.places[0],
        library.meetings[0],
        library.meetings[0].sources[0],
    ]


@pytest.mark.parametrize("record", _instances(), ids=lambda r: type(r).__name__)
def test_records_have_slots_and_no_dict(record: object) -> None:
    assert not hasattr(record, "__dict__")
    assert "__slots__" in type(record).__dict__


@pytest.mark.parametrize("record", _instances(), ids=lambda r: type(r).__name__)
def test_records_stay_frozen_comparable_and_picklable(record: object) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.__setattr__(dataclasses.fields(record)[0].name, "x")  # type: ignore[arg-type]
    assert pickle.loads(pickle.dumps(record)) == record
    assert copy.deepcopy(record) == record
    assert hash(record) == hash(copy.copy(record))
    first = dataclasses.fields(record)[0].name
    changed = dataclasses.replace(record, **{first: getattr(record, first)})  # type: ignore[type-var]
    assert changed == record and changed is not record


def test_records_come_back_from_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    monkeypatch.delenv("NEGOREADER_WORKERS", raising=False)
    count = pipeline.MIN_PARALLEL
    assert pipeline.workers(count) == 2
    articles = [_article(n) for n in range(count)]
    assert list(pipeline.pool_map(lambda n: articles[n], count)) == articles


def test_spans_still_sort_by_paragraph_then_offsets() -> None:
    assert sorted([Span(1, 0, 4), Span(0, 9, 12), Span(0, 2, 3)]) == [
        Span(0, 2, 3),
        Span(0, 9, 12),
        Span(1, 0, 4),
    ]


def _assert_repeated_values_are_shared(library: Library) -> None:
    articles = library.articles
    assert articles == _library().articles
    first, *others = articles
    for other in others:
        assert other.people[0].name is first.people[0].name
        assert other.places[0].name is first.places[0].name
        assert other.paragraphs[1].kind is first.paragraphs[1].kind
        assert other.author is first.author and other.source is first.source
        assert other.dates[0].value is first.dates[0].value
        assert other.meetings[0] is first.meetings[0]


def test_an_opened_store_keeps_one_copy_of_each_repeated_value(tmp_path: Path) -> None:
    path = tmp_path / "articles.yaml"
    store.write_store(_library(), path)
    cold = store.read_store(path)  # from the YAML
    assert cache.cache_path(path).is_file()
    _assert_repeated_values_are_shared(cold)
    warm = store.read_store(path)  # from the cache
    assert warm == cold
    _assert_repeated_values_are_shared(warm)


def test_the_memo_of_repeated_values_is_emptied_after_each_open(tmp_path: Path) -> None:
    path = tmp_path / "articles.yaml"
    store.write_store(_library(), path)
    store.read_store(path)
    store.read_store(path)
    assert not cache._memo
