"""The derived JSON cache of the store: used only when it matches the YAML, never trusted otherwise."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import pickle
import zlib
from pathlib import Path

import pytest

from negoreader import cache, store
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


def make_library(title: str = "Colloqui a Ginevra") -> Library:
    article = Article(
        id="a1",
        file="a1.txt",
        title=title,
        author="Anna Bianchi",
        date="2025-12-06T00:38",
        dateline="Ginevra",
        paragraphs=(
            Paragraph("heading", "Il vertice"),
            Paragraph("paragraph", "Ginevra, 6 dicembre 2025 – Tymon Kovalenko è arrivato."),
            Paragraph("quote", "Colloquio utile.", author="Tymon Kovalenko", date="2025-12-06"),
        ),
        people=(EntityRef("Tymon Kovalenko", (Span(1, 29, 44), Span(2, 0, 5))),),
        places=(EntityRef("Ginevra", (Span(1, 0, 7),)),),
        dates=(DateRef("2025-12-06", "6 dicembre 2025", False, Span(1, 9, 24)),),
        meetings=("2025-12-06-ginevra",),
    )
    return Library(
        articles=(article,),
        people=(Person("Tymon Kovalenko", ("Kovalenko",), "negoziatore", "UA"),),
        places=(Place("Ginevra", ("Geneva",), "city"),),
        meetings=(
            Meeting(
                "2025-12-06-ginevra",
                "talks",
                "2025-12-06",
                "Ginevra",
                ("Tymon Kovalenko",),
                "Colloqui a Ginevra",
                (MeetingSource("a1", (1, 2)),),
            ),
        ),
    )


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "articles.yaml"
    store.write_store(make_library(), path)
    return path


def refuse_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any YAML parse fail, to prove an answer came from the cache."""

    def refused(text: str, path: Path) -> Library:
        raise AssertionError("the YAML was parsed")

    monkeypatch.setattr(store, "parse_store", refused)


def test_first_read_writes_a_cache_the_second_read_uses(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.read_store(store_path)
    assert cache.cache_path(store_path) == store_path.parent / ".articles.yaml.cache.json"
    assert cache.cache_path(store_path).is_file()
    refuse_yaml(monkeypatch)
    second = store.read_store(store_path)
    assert first == second == make_library()
    assert second.article("a1") == make_library().articles[0]


def test_cache_holds_plain_json_with_the_yaml_key(store_path: Path) -> None:
    store.read_store(store_path)
    header, article_list, body = cache_lines(cache.cache_path(store_path))
    key = json.loads(header)
    assert json.loads(article_list)[0][:3] == ["a1", "a1.txt", "Colloqui a Ginevra"]
    assert key["size"] == store_path.stat().st_size
    assert key["mtime_ns"] == store_path.stat().st_mtime_ns
    assert len(key["blake2b"]) == 64
    assert key["articles"] == 1
    # One line per article, then one line with the rest of the library.
    assert len(body.splitlines()) == 2
    assert body_library(body) == make_library()


def test_cache_of_many_articles_reads_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = make_library()
    (first,) = base.articles
    articles = tuple(
        dataclasses.replace(
            first, id=f"a{n}", title=f"Titolo {n}", paragraphs=first.paragraphs[n % 3 :]
        )
        for n in range(150)
    )
    library = Library(articles, base.people, base.places, base.meetings)
    path = tmp_path / "articles.yaml"
    store.write_store(library, path)
    assert store.read_store(path) == library  # cold: parsed, then cached
    _, _, body = cache_lines(cache.cache_path(path))
    assert len(body.splitlines()) == 3 + 1  # 64 + 64 + 22 articles, then the rest
    refuse_yaml(monkeypatch)
    assert store.read_store(path) == library  # warm


def test_codec_round_trips_every_record(store_path: Path) -> None:
    library = make_library()
    encoded = json.loads(json.dumps(cache.encode_library(library)))
    # A column per field; a person's mentions as the number of spans, then flat integers:
    # [paragraph, start, end, paragraph, start, end, ...]
    people = encoded[0][9]
    assert people == [[1], [["Tymon Kovalenko"], [[2], [1, 29, 44, 2, 0, 5]]]]
    assert cache.decode_library(encoded) == library
    assert cache.decode_library(json.loads(json.dumps(cache.encode_library(Library(()))))) == (
        Library(())
    )


def cache_lines(path: Path) -> list[str]:
    """The cache's header, article list and body (a line per article, then the rest)."""
    return path.read_text(encoding="utf-8").split("\n", 2)


def body_library(body: str) -> Library:
    """The library a cache's body of at most 64 articles holds (one line of them, then one of the
    rest), through the codec of the whole library."""
    articles, rest = body.splitlines()
    return cache.decode_library([json.loads(articles), *json.loads(rest)])


def forge(
    path: Path, key: dict, lines: list[str], article_list: str = "[]", articles: int = 1
) -> None:
    """A cache with a right header and right CRCs around whatever list and body lines (the last
    one is the rest of the library, the others articles, `articles` of them said)."""
    body = "".join(line + "\n" for line in lines)
    checks = {
        "articles": articles,
        "list_crc32": zlib.crc32(article_list.encode()),
        "body_crc32": zlib.crc32(body.encode()),
    }
    header = json.dumps({**key, **checks})
    path.write_text(header + "\n" + article_list + "\n" + body, encoding="utf-8")


def damaged_article(old: str, new: str) -> str:
    """The article line of make_library's cache with one piece replaced."""
    line = json.dumps(cache.encode_library(make_library())[0], separators=(",", ":"))
    assert old in line
    return line.replace(old, new)


# The rest of an empty library: no people, places or meetings, each field an empty column.
REST = json.dumps(cache.encode_library(Library(()))[1:])


@pytest.mark.parametrize(
    ("lines", "articles"),
    [
        (["[]"], 0),
        (["{}"], 0),
        (['"text"'], 0),
        (["[[], [], [], []]"], 0),
        (['[["a1"]]', REST], 1),
        ([damaged_article("[1,29,44,2,0,5]", "[1,29,44,2,0]"), REST], 1),
        ([damaged_article("[[2],[1,29,44,2,0,5]]", "[[3],[1,29,44,2,0,5]]"), REST], 1),
        ([damaged_article('["Il vertice",', '["Il vertice","x",'), REST], 1),
        ([damaged_article('[["a1"],', '[{"a1": 1},'), REST], 1),
        ([damaged_article("", ""), REST], 2),
        (["[" * 100_000], 0),
        (["[" * 100_000, REST], 1),
    ],
    ids=[
        "empty",
        "object",
        "string",
        "too-many",
        "short-article",
        "bad-spans",
        "lengths-not-adding-up",
        "uneven-columns",
        "column-not-a-list",
        "fewer-articles-than-said",
        "deep",
        "deep-article",
    ],
)
def test_well_signed_cache_of_the_wrong_shape_is_ignored(
    store_path: Path, lines: list[str], articles: int
) -> None:
    store.read_store(store_path)
    path = cache.cache_path(store_path)
    key = json.loads(cache_lines(path)[0])
    for name in ("articles", "body_crc32", "list_crc32"):
        del key[name]
    forge(path, key, lines, articles=articles)
    assert store.read_store(store_path) == make_library()


def test_the_forged_caches_are_read_when_their_shape_is_right(store_path: Path) -> None:
    """The forgery above is sound: the same forge with the right lines is used, not rebuilt."""
    store.read_store(store_path)
    path = cache.cache_path(store_path)
    key = json.loads(cache_lines(path)[0])
    for name in ("articles", "body_crc32", "list_crc32"):
        del key[name]
    forge(path, key, [damaged_article("", ""), REST])
    assert store.read_store(store_path) == Library(make_library().articles)
    forge(path, key, [REST], articles=0)
    assert store.read_store(store_path) == Library(())


def test_well_signed_cache_with_fewer_or_more_lines_than_its_header_says_is_ignored(
    store_path: Path,
) -> None:
    store.read_store(store_path)
    path = cache.cache_path(store_path)
    header, article_list, body = cache_lines(path)
    key = json.loads(header)
    for name in ("articles", "body_crc32", "list_crc32"):
        del key[name]
    article, rest = body.splitlines()
    for lines in ([rest], [article, article, rest]):
        forge(path, key, lines, article_list)
        checks = json.loads(cache_lines(path)[0])
        path.write_text(
            json.dumps({**key, **checks, "articles": 1})
            + "\n"
            + article_list
            + "\n"
            + "".join(line + "\n" for line in lines),
            encoding="utf-8",
        )
        assert store.read_store(store_path) == make_library()


def test_changed_yaml_is_read_not_the_stale_cache(store_path: Path) -> None:
    store.read_store(store_path)
    store.write_store(make_library("Un altro titolo"), store_path)
    assert store.read_store(store_path).articles[0].title == "Un altro titolo"


def test_same_size_and_mtime_but_other_bytes_is_caught_by_the_digest(store_path: Path) -> None:
    store.read_store(store_path)
    before = store_path.stat()
    text = store_path.read_text(encoding="utf-8")
    store_path.write_text(text.replace("Colloqui a Ginevra", "Colloqui a Ginevrb", 1), "utf-8")
    os.utime(store_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert store_path.stat().st_size == before.st_size
    assert store.read_store(store_path).articles[0].title == "Colloqui a Ginevrb"


def test_an_unchanged_store_is_hashed_once_for_its_list_and_its_library(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.read_store(store_path)  # writes the cache
    cache._DIGESTS.clear()
    hashed = []
    blake2b = cache.hashlib.blake2b

    def counting(*args: object, **kwargs: object) -> object:
        if not args:  # a hasher fed the file block by block (not the key's hash of b"")
            hashed.append(1)
        return blake2b(*args, **kwargs)

    monkeypatch.setattr(cache.hashlib, "blake2b", counting)
    assert cache.read_article_list(store_path) is not None
    assert store.read_store(store_path) == make_library()
    assert len(hashed) == 1
    # Any write moves the change time: the next open reads the file again.
    os.utime(store_path)
    assert store.read_store(store_path) == make_library()
    assert len(hashed) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda header, body: "",
        lambda header, body: "not json at all",
        lambda header, body: header + "\n" + body[: len(body) // 2],
        lambda header, body: header + "\n" + body.replace("Ginevra", "Ginevrb"),
        lambda header, body: header + "\n" + "[" * 100_000,
        lambda header, body: (
            header.replace(f'"format": {cache.FORMAT}', '"format": 2') + "\n" + body
        ),
        lambda header, body: header.replace('"records": "', '"records": "0') + "\n" + body,
        lambda header, body: "[" + header + "]\n" + body,
    ],
    ids=["empty", "garbage", "truncated", "edited", "deep", "format", "records", "header"],
)
def test_corrupt_cache_is_ignored_and_rebuilt(store_path: Path, damage) -> None:
    store.read_store(store_path)
    path = cache.cache_path(store_path)
    header, article_list, body = cache_lines(path)
    damaged = damage(header, article_list + "\n" + body)
    assert damaged != header + "\n" + article_list + "\n" + body
    path.write_text(damaged, encoding="utf-8")
    assert store.read_store(store_path) == make_library()
    # The bad cache was replaced by a good one.
    assert body_library(cache_lines(path)[2]) == make_library()


def test_cache_of_another_store_is_not_used(tmp_path: Path, store_path: Path) -> None:
    other = tmp_path / "other" / "articles.yaml"
    store.write_store(make_library("Altro"), other)
    store.read_store(other)
    cache.cache_path(other).replace(cache.cache_path(store_path))
    assert store.read_store(store_path) == make_library()


class _Payload:
    """Unpickling this creates a file: proof that something was executed."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.touch, (self.marker,))


def test_reading_a_cache_never_executes_anything(store_path: Path, tmp_path: Path) -> None:
    store.read_store(store_path)
    path = cache.cache_path(store_path)
    header = cache_lines(path)[0]
    marker = tmp_path / "executed"
    for payload in (
        pickle.dumps(_Payload(marker)),
        header.encode() + b"\n" + pickle.dumps(_Payload(marker)),
        header.encode() + b"\n!!python/object/apply:os.system ['touch " + bytes(marker) + b"']",
    ):
        path.write_bytes(payload)
        assert store.read_store(store_path) == make_library()
        assert not marker.exists()


def test_unwritable_folder_puts_the_cache_in_the_user_cache(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(cache.os, "access", lambda path, mode: False)
    path = cache.cache_path(store_path)
    assert (tmp_path / "xdg") in path.parents
    assert store.read_store(store_path) == make_library()
    assert path.is_file()
    refuse_yaml(monkeypatch)
    assert store.read_store(store_path) == make_library()


def test_a_cache_that_cannot_be_written_does_not_stop_reading(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(cache, "cache_path", lambda store: blocker / "cache.json")
    assert store.read_store(store_path) == make_library()
    assert store.read_store(store_path) == make_library()


def test_a_bad_yaml_still_fails_as_before_with_a_cache_present(store_path: Path) -> None:
    store.read_store(store_path)
    store_path.write_text("articles: [unclosed\n", encoding="utf-8")
    with pytest.raises(store.InputError, match="corrupt store"):
        store.read_store(store_path)


def written_digest(path: Path) -> str:
    digest = cache.new_digest()
    digest.update(path.read_bytes())
    return digest.hexdigest()


def test_a_store_cached_as_it_is_written_opens_warm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "articles.yaml"
    library = make_library()
    store.write_store(library, path)
    cache.store_written(path, library, written_digest(path))
    refuse_yaml(monkeypatch)
    assert store.read_store(path) == library


def test_a_cache_is_used_where_files_cannot_be_read_at_an_offset(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.read_store(store_path)
    monkeypatch.delattr(cache.os, "pread")  # as on Windows: the digest reads the path again
    refuse_yaml(monkeypatch)
    assert store.read_store(store_path) == make_library()
    assert cache.read_article_list(store_path)


def test_a_load_leaves_a_fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from negoreader.load import load_into_store

    from .conftest import SEEDS

    path = tmp_path / "articles.yaml"
    loaded = load_into_store(SEEDS, path).library
    refuse_yaml(monkeypatch)
    assert store.read_store(path) == loaded
    assert cache.read_article_list(path)


def test_a_load_on_workers_leaves_a_fresh_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # There the cache's body is written while the workers dump the store's records, and its
    # header, which names the store's bytes, last.
    import sys

    from negoreader.extract import pipeline
    from negoreader.load import load_into_store

    from .conftest import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    monkeypatch.delenv("NEGOREADER_WORKERS", raising=False)
    generate(tmp_path / "corpus", 80, seed=3)
    assert pipeline.workers(80) == 2
    path = tmp_path / "articles.yaml"
    loaded = load_into_store(tmp_path / "corpus" / "seeds", path).library
    refuse_yaml(monkeypatch)
    assert store.read_store(path) == loaded
    assert [p.name for p in path.parent.iterdir() if p.suffix == ".tmp"] == []


def test_a_header_wider_than_its_reserved_blanks_leaves_no_cache(tmp_path: Path) -> None:
    path = tmp_path / "articles.yaml"
    store.write_store(make_library(), path)
    begun = cache.begin_cache(path, make_library())
    key = {**cache.source_key(path.read_bytes(), path.stat()), "size": 10**40}
    cache.finish_cache(begun, key)
    assert not cache.cache_path(path).exists()
    assert [p.name for p in tmp_path.iterdir()] == ["articles.yaml"]


def test_a_store_replaced_before_its_cache_was_written_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "articles.yaml"
    store.write_store(make_library(), path)
    ours = written_digest(path)
    store.write_store(make_library("Nuovo titolo"), path)  # another writer, in between
    cache.store_written(path, make_library(), ours)
    assert store.read_store(path) == make_library("Nuovo titolo")


def test_opened_records_are_frozen_out_of_garbage_collection(store_path: Path) -> None:
    for _ in range(2):  # cold (from the YAML), then warm (from the cache)
        gc.unfreeze()
        library = store.read_store(store_path)
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
        assert library == make_library()
    gc.unfreeze()


def test_collection_is_back_on_after_a_failed_open(store_path: Path) -> None:
    store_path.write_text("articles: [unclosed\n", encoding="utf-8")
    with pytest.raises(store.InputError):
        store.read_store(store_path)
    assert gc.isenabled()
    gc.unfreeze()


def test_article_list_comes_from_a_fresh_cache_without_the_library(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cache.read_article_list(store_path) is None  # no cache yet: open the store
    store.read_store(store_path)
    monkeypatch.setattr(cache, "decode_library", lambda data: pytest.fail("body decoded"))
    (article,) = cache.read_article_list(store_path) or ()
    full = make_library().articles[0]
    assert article == Article(
        id=full.id,
        file=full.file,
        title=full.title,
        author=full.author,
        source=full.source,
        date=full.date,
        date_inferred=full.date_inferred,
        dateline=full.dateline,
    )
    assert article.paragraphs == () and article.people == ()


def test_article_list_of_a_changed_or_damaged_store_is_not_given(store_path: Path) -> None:
    store.read_store(store_path)
    path = cache.cache_path(store_path)
    header, article_list, body = cache_lines(path)
    path.write_text(header + "\n" + article_list.replace("a1", "b2") + "\n" + body, "utf-8")
    assert cache.read_article_list(store_path) is None
    store.read_store(store_path)  # rebuilt
    assert cache.read_article_list(store_path)
    store.write_store(make_library("Nuovo"), store_path)
    assert cache.read_article_list(store_path) is None


def test_a_store_inside_the_installed_package_is_cached_in_the_user_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    package = tmp_path / "site-packages" / "negoreader"
    monkeypatch.setattr(cache, "PACKAGE", package)
    bundled = package / "bundled" / "data" / "articles.yaml"
    store.write_store(make_library(), bundled)
    assert (tmp_path / "xdg") in cache.cache_path(bundled).parents
    assert store.read_store(bundled) == make_library()
    assert sorted(p.name for p in bundled.parent.iterdir()) == ["articles.yaml"]
