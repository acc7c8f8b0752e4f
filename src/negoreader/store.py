"""The YAML store: the one place records become plain data and back.

Readable and diffable (block style, stable key order), deterministic and written atomically.
Mention positions are compact strings (`"0:12-18 3:4-10"`) rather than nested lists: nested
lists made 1,000 articles 13 times slower to parse.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import yaml

from negoreader import cache
from negoreader.files import write_atomically
from negoreader.problems import InputError, Problem
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

SCHEMA = 2
# The last line of every store: a store cut short (a full disk, a copy stopped half-way)
# lacks it, and would otherwise open as a smaller library without a word.
END = {"end": True}

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def rebuild_hint(path: Path) -> str:
    return f"rebuild it with: negoreader load --store {path}"


# --- spans ---------------------------------------------------------------------------------


def spans_to_text(spans: Iterable[Span]) -> str:
    return " ".join(f"{s.paragraph}:{s.start}-{s.end}" for s in spans)


def spans_from_text(text: str) -> tuple[Span, ...]:
    spans = []
    for item in text.split():
        paragraph, _, rest = item.partition(":")
        start, _, end = rest.partition("-")
        spans.append(Span(int(paragraph), int(start), int(end)))
    return tuple(spans)


# --- records -> plain data -------------------------------------------------------------------


def _paragraph_data(p: Paragraph) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": p.kind, "text": p.text}
    if p.author:
        data["author"] = p.author
    if p.date:
        data["date"] = p.date
    return data


def _article_data(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "file": a.file,
        "title": a.title,
        "author": a.author,
        "source": a.source,
        "date": a.date,
        "date_inferred": a.date_inferred,
        "dateline": a.dateline,
        "paragraphs": [_paragraph_data(p) for p in a.paragraphs],
        "people": [{"name": e.name, "at": spans_to_text(e.mentions)} for e in a.people],
        "places": [{"name": e.name, "at": spans_to_text(e.mentions)} for e in a.places],
        "dates": [
            {
                "value": d.value,
                "text": d.text,
                "relative": d.relative,
                "at": spans_to_text([d.mention]),
            }
            for d in a.dates
        ],
        "meetings": list(a.meetings),
    }


def _person_data(p: Person) -> dict[str, Any]:
    return {"name": p.name, "aliases": list(p.aliases), "role": p.role, "country": p.country}


def _place_data(p: Place) -> dict[str, Any]:
    return {"name": p.name, "aliases": list(p.aliases), "kind": p.kind}


def _meeting_data(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "kind": m.kind,
        "date": m.date,
        "place": m.place,
        "participants": list(m.participants),
        "summary": m.summary,
        "sources": [{"article": s.article, "paragraphs": list(s.paragraphs)} for s in m.sources],
    }


def _sections(library: Library) -> list[tuple[str, Iterable[Any], int]]:
    """The store's top-level keys in order: each list's records as plain data, made lazily."""
    return [
        ("articles", map(_article_data, library.articles), len(library.articles)),
        ("people", map(_person_data, library.people), len(library.people)),
        ("places", map(_place_data, library.places), len(library.places)),
        ("meetings", map(_meeting_data, library.meetings), len(library.meetings)),
    ]


def library_to_data(library: Library) -> dict[str, Any]:
    """The whole library as plain data, keys in a fixed order."""
    sections = {key: list(items) for key, items, _ in _sections(library)}
    return {"schema": SCHEMA, **sections, **END}


# --- plain data -> records -------------------------------------------------------------------

# Repeated strings (a person's name in every article that names them, a paragraph's kind) are
# kept once: `memo.setdefault(value, value)` gives the first copy.
Memo = dict[Any, Any]


def _refs(items: list[dict[str, Any]], memo: Memo) -> tuple[EntityRef, ...]:
    keep = memo.setdefault
    return tuple(
        EntityRef(keep(name := str(i["name"]), name), spans_from_text(str(i.get("at", ""))))
        for i in items
    )


def _text(value: Any, memo: Memo) -> str:
    text = str(value or "")
    return memo.setdefault(text, text)


def _article(data: dict[str, Any], memo: Memo | None = None) -> Article:
    memo = {} if memo is None else memo
    return Article(
        id=str(data["id"]),
        file=str(data["file"]),
        title=str(data.get("title") or ""),
        author=_text(data.get("author"), memo),
        source=_text(data.get("source"), memo),
        date=str(data.get("date") or ""),
        date_inferred=bool(data.get("date_inferred", False)),
        dateline=_text(data.get("dateline"), memo),
        paragraphs=tuple(
            Paragraph(
                _text(p["kind"], memo),
                str(p["text"]),
                _text(p.get("author", ""), memo),
                _text(p.get("date", ""), memo),
            )
            for p in data.get("paragraphs") or []
        ),
        people=_refs(data.get("people") or [], memo),
        places=_refs(data.get("places") or [], memo),
        dates=tuple(
            DateRef(
                _text(d["value"], memo),
                _text(d["text"], memo),
                bool(d["relative"]),
                spans_from_text(d["at"])[0],
            )
            for d in data.get("dates") or []
        ),
        meetings=tuple(_text(m, memo) for m in data.get("meetings") or []),
    )


def _person(p: dict[str, Any]) -> Person:
    return Person(
        str(p["name"]),
        tuple(p.get("aliases") or ()),
        str(p.get("role") or ""),
        str(p.get("country") or ""),
    )


def _place(p: dict[str, Any]) -> Place:
    return Place(str(p["name"]), tuple(p.get("aliases") or ()), str(p.get("kind") or ""))


def _meeting(m: dict[str, Any]) -> Meeting:
    return Meeting(
        id=str(m["id"]),
        kind=str(m.get("kind") or ""),
        date=str(m.get("date") or ""),
        place=str(m.get("place") or ""),
        participants=tuple(str(x) for x in m.get("participants") or ()),
        summary=str(m.get("summary") or ""),
        sources=tuple(
            MeetingSource(str(s["article"]), tuple(int(x) for x in s.get("paragraphs") or ()))
            for s in m.get("sources") or []
        ),
    )


def _records(items: Any, kind: type, make: Any) -> tuple[Any, ...]:
    """Records from a list of plain data, passing through any already made."""
    return tuple(x if isinstance(x, kind) else make(x) for x in items or [])


def library_from_data(data: dict[str, Any]) -> Library:
    """Records from plain data; raises KeyError, TypeError or ValueError on a wrong shape."""
    memo: Memo = {}
    return Library(
        articles=_records(data.get("articles"), Article, lambda a: _article(a, memo)),
        people=_records(data.get("people"), Person, _person),
        places=_records(data.get("places"), Place, _place),
        meetings=_records(data.get("meetings"), Meeting, _meeting),
    )


# --- YAML ---------------------------------------------------------------------------------


_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class _StoreDumper(_Dumper):  # type: ignore[misc, valid-type]
    """Block style for long text, so a paragraph reads as a paragraph in a diff.

    The store is a tree of plain values with no shared parts, so nodes are made directly,
    without the alias bookkeeping of PyYAML's representer (half the time of a dump).
    """

    def represent_data(self, data: Any) -> yaml.Node:
        if type(data) is str:
            if len(data) > 60 or "\n" in data:
                return yaml.ScalarNode(_STR, data, style="|")
            return yaml.ScalarNode(_STR, data)
        if type(data) is dict:
            represent = self.represent_data
            pairs = [(represent(key), represent(value)) for key, value in data.items()]
            return yaml.MappingNode(_MAP, pairs, flow_style=False)
        if type(data) is list:
            return yaml.SequenceNode(_SEQ, [self.represent_data(x) for x in data], flow_style=False)
        return super().represent_data(data)

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        """PyYAML's answer for a scalar, without its generic steps (two calls per scalar).

        Whether a plain scalar would read back as another type depends on its first character
        only through the resolvers listed under it; the dumper has no path resolvers.
        """
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], _WILDCARD):
                    if regexp.match(value):
                        return tag
            return _STR
        return super().resolve(kind, value, implicit)


_RESOLVERS = _StoreDumper.yaml_implicit_resolvers
_WILDCARD = tuple(_RESOLVERS.get(None, ()))
_IMPLICIT = {first: (*found, *_WILDCARD) for first, found in _RESOLVERS.items() if first}
_IMPLICIT[""] = (*_RESOLVERS.get("", ()), *_WILDCARD)
assert not _StoreDumper.yaml_path_resolvers and _StoreDumper.DEFAULT_SCALAR_TAG == _STR


def _dump(value: Any) -> str:
    return yaml.dump(
        value,
        Dumper=_StoreDumper,
        sort_keys=False,
        allow_unicode=True,
        width=1_000_000,
        default_flow_style=False,
    )


def article_text(article: Article) -> bytes:
    """An article's record as the store writes it, but for its last key, `meetings`, which
    `write_store` appends: the text can be made before the meetings are merged."""
    data = _article_data(article)
    del data["meetings"]
    return _dump([data]).encode("utf-8")


def _meetings_text(ids: tuple[str, ...]) -> str:
    # The key as it stands after the others in an article's record. A list's text is its key's
    # line and one line per item, each as the dumper writes it alone; items recur across
    # articles, so each is dumped once.
    if not ids:
        return _NO_MEETINGS
    return "  meetings:\n" + "".join(map(_meeting_line, ids))


@lru_cache(maxsize=1 << 14)
def _meeting_line(meeting_id: str) -> str:
    # Dumped after a first key, whose line is dropped with the list's key line, so that the
    # item's quoting and indentation are the dumper's own.
    return _dump([{"id": "", "meetings": [meeting_id]}]).split("\n", 2)[2]


_NO_MEETINGS = _dump([{"id": "", "meetings": []}]).split("\n", 1)[1]


def dump_chunks(
    library: Library,
    *,
    parallel: bool = False,
    articles_text: Iterable[bytes] | None = None,
    others_text: Iterator[str] | None = None,
) -> Iterator[str | bytes]:
    """The store's text piece by piece, one record at a time (bytes where `articles_text`,
    each article's `article_text` in order, gives it; `others_text`, when given, is every
    other record's text, as `records_text` makes it, in order).

    The same bytes as dumping the whole mapping at once, without holding a node tree (at
    10,000 articles that tree alone took gigabytes) or even the plain data for the whole corpus.
    `parallel` dumps on the loader's worker processes when they pay (see `extract.pipeline`):
    each record's text depends on that record only, and comes back in order.
    """
    yield _dump({"schema": SCHEMA})
    for key, items, count in _sections(library):
        if not count:
            yield _dump({key: []})
            continue
        yield f"{key}:\n"
        if key == "articles" and articles_text is not None:
            for article, text in zip(library.articles, articles_text, strict=True):
                yield text
                yield _meetings_text(article.meetings)
        elif key != "articles" and others_text is not None:
            yield from islice(others_text, count)
        elif parallel:
            yield from _dumped_elsewhere(library, key, count)
        else:
            # One record per call: larger calls are slower (the serializer walks a tree twice).
            for item in items:
                yield _dump([item])
    yield _dump(END)


def _others(library: Library) -> list[tuple[tuple[Any, ...], Callable[[Any], Any]]]:
    return [
        (library.people, _person_data),
        (library.places, _place_data),
        (library.meetings, _meeting_data),
    ]


def records_text(library: Library) -> tuple[Callable[[int], str], int]:
    """The text of the n-th record after the articles (people, places, meetings), and how many
    there are: for a caller to make them elsewhere."""
    sections = _others(library)

    def text(n: int) -> str:
        for records, to_data in sections:
            if n < len(records):
                return _dump([to_data(records[n])])
            n -= len(records)
        raise IndexError(n)

    return text, sum(len(records) for records, _ in sections)


def _dumped_elsewhere(library: Library, key: str, count: int) -> Iterator[str]:
    # Imported here: the reader opens stores without loading the extraction stages.
    from negoreader.extract.pipeline import pool_map

    records, to_data = {
        "articles": (library.articles, _article_data),
        "people": (library.people, _person_data),
        "places": (library.places, _place_data),
        "meetings": (library.meetings, _meeting_data),
    }[key]
    yield from pool_map(lambda n: _dump([to_data(records[n])]), count)


def dump_library(library: Library) -> str:
    """The store's text: the same library always gives the same bytes."""
    chunks = dump_chunks(library)
    return "".join(c.decode("utf-8") if isinstance(c, bytes) else c for c in chunks)


def write_store(
    library: Library,
    path: Path,
    *,
    cached: bool = False,
    articles_text: Iterable[bytes] | None = None,
) -> None:
    """Write atomically: a temporary file beside the store, then a rename.

    `cached` also writes the store's JSON cache from `library`, keyed by the bytes written, so
    that the first open after a load does not parse the YAML (9 s at 10,000 articles).
    `articles_text`, when given, is each article's `article_text`, in order, made beforehand.
    """
    digest = cache.new_digest()
    begun = None

    def encoded(others_text: Iterator[str] | None) -> Iterator[bytes]:
        chunks = dump_chunks(
            library, parallel=True, articles_text=articles_text, others_text=others_text
        )
        for chunk in chunks:
            data = chunk if isinstance(chunk, bytes) else chunk.encode("utf-8")
            digest.update(data)
            yield data

    # Without the collector: its passes over a library just built (not yet frozen, as an opened
    # one is) cost more than they free, and in forked workers they would copy every page they
    # touch. The dump's temporaries hold no cycles.
    with cache.gc_paused(freeze=False):
        if cached and articles_text is not None:
            # The loader's case: the articles' text is made; the other records' is made on
            # workers while this process writes the cache's body (its header needs the store).
            from negoreader.extract.pipeline import pool_started

            text, count = records_text(library)
            with pool_started(text, count) as others_text:
                begun = cache.begin_cache(path, library)
                try:
                    write_atomically(path, encoded(others_text))
                except BaseException:  # a failed or interrupted write leaves no cache body
                    cache.discard_cache(begun)
                    raise
        else:
            write_atomically(path, encoded(None))
    if cached:
        cache.store_written(path, library, digest.hexdigest(), begun)


_TOP_KEY = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*:")
_LIST_KEY = re.compile(rb"([A-Za-z_][A-Za-z0-9_]*):\n")
_DOCUMENT_MARKS = (b"---", b"...")
_BLOCK = 1 << 20


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)


class _Doubt(Exception):
    """The text is not laid out as the writer lays it out: parse it whole."""


def _load_by_record(raw: bytes | str) -> Any:
    """The store as the writer lays it out, read one record at a time; None if it is not."""
    return _read_by_record(io.BytesIO(raw.encode("utf-8") if isinstance(raw, str) else raw))


def _read_by_record(lines: Iterable[bytes]) -> Any:
    """The store's mapping from its lines, each top-level list one record at a time; None when
    in doubt. The records come back made, anything else as plain data.

    Parsing the whole text at once holds a node for every value of every article before any
    data is built: 1.9 GB at 10,000 articles. Here only one record's lines are held at a time,
    and it is made a record at once: neither the store's text (twice its bytes as a str: one
    character outside Latin-1 makes every character two bytes) nor every article's plain data
    is ever in memory. Any doubt (another layout, a document mark, anchors across records, a
    parse error, bytes that are not UTF-8, a record of the wrong shape) answers None, and the
    whole text is parsed as usual, errors and all.
    """
    memo: Memo = {}
    make = {
        "articles": lambda data: _article(data, memo),
        "people": _person,
        "places": _place,
        "meetings": _meeting,
    }
    scalars: list[bytes] = []  # top-level lines other than lists (schema: 1), parsed at the end
    lists: dict[str, list[Any]] = {}
    items: list[Any] | None = None  # the list being read
    record: list[bytes] = []  # the lines of its record being read
    key = ""

    def finish_record() -> None:
        if record:
            chunk = _load_yaml(b"".join(record).decode("utf-8"))
            record.clear()
            if not isinstance(chunk, list) or len(chunk) != 1:
                raise _Doubt
            assert items is not None
            # Records at once: holding every article's plain data as well doubles the peak.
            items.append(make.get(key, lambda data: data)(chunk[0]))

    try:
        for line in lines:
            if line.startswith(_DOCUMENT_MARKS):
                return None
            if _TOP_KEY.match(line):
                finish_record()
                listed = _LIST_KEY.fullmatch(line)
                if listed:
                    key = listed.group(1).decode("ascii")
                    if key in lists:
                        return None
                    items = lists[key] = []
                else:
                    items = None
                    scalars.append(line)
            elif items is None:
                scalars.append(line)
            elif line.startswith(b"- "):
                finish_record()
                record.append(line)
            elif record:
                record.append(line)
            else:  # a list that does not start with an item at the margin
                return None
        finish_record()
        data = _load_yaml(b"".join(scalars).decode("utf-8")) if scalars else {}
    except (
        _Doubt, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError, IndexError,
        RecursionError,
    ):  # fmt: skip
        return None  # ValueError includes bytes that are not UTF-8
    if not isinstance(data, dict) or "articles" not in lists or not lists.keys().isdisjoint(data):
        return None
    return {**data, **lists}


def _file_lines(handle: Any, digest: Any) -> Iterator[bytes]:
    """An open file's lines, feeding `digest` every byte read."""
    rest = b""
    while block := handle.read(_BLOCK):
        digest.update(block)
        lines = io.BytesIO(rest + block).readlines()
        rest = lines.pop() if not lines[-1].endswith(b"\n") else b""
        yield from lines
    if rest:
        yield rest


def parse_store(raw: bytes | str, path: Path) -> Library:
    """Records from the store's bytes or text; raises InputError with line, column and how to
    rebuild."""
    data = _load_by_record(raw)
    if data is None:
        data = _parse_whole(raw, path)
    return _library(data, path)


def _parse_whole(raw: bytes | str, path: Path) -> Any:
    """The whole text parsed at once; InputError with line and column where it is not YAML."""
    try:
        return _load_yaml(_decoded(raw, path))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        reason = error.problem or str(error)
        if isinstance(error, yaml.constructor.ConstructorError):
            reason = f"refused, not plain data ({reason})"
        message = f"corrupt store at {where}{reason}; {rebuild_hint(path)}"
        raise InputError(Problem(str(path), message)) from None
    except yaml.YAMLError as error:
        raise InputError(
            Problem(str(path), f"corrupt store: {error}; {rebuild_hint(path)}")
        ) from None
    except RecursionError:
        raise _too_deep(path) from None


def _too_deep(path: Path) -> InputError:
    return InputError(
        Problem(str(path), f"corrupt store: values nested too deeply; {rebuild_hint(path)}")
    )


def _library(data: Any, path: Path) -> Library:
    """The Library from the store's mapping; InputError when it is not a store of this schema."""
    if not isinstance(data, dict) or not ("articles" in data or "schema" in data):
        raise InputError(Problem(str(path), f"not a negoreader store; {rebuild_hint(path)}"))
    if data.get("schema") != SCHEMA:
        message = f"store schema {data.get('schema')!r}, expected {SCHEMA}; {rebuild_hint(path)}"
        raise InputError(Problem(str(path), message))
    if data.get("end") is not True:
        message = (
            f"store is cut short (its last line, 'end: true', is missing); {rebuild_hint(path)}"
        )
        raise InputError(Problem(str(path), message))
    try:
        return library_from_data(data)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        message = f"store has a wrong shape ({type(error).__name__}: {error}); {rebuild_hint(path)}"
        raise InputError(Problem(str(path), message)) from None
    except RecursionError:
        raise _too_deep(path) from None


def _decoded(raw: bytes | str, path: Path) -> str:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(
            Problem(str(path), f"store is not UTF-8 text; {rebuild_hint(path)}")
        ) from None


def read_store(path: Path) -> Library:
    """Open the store at `path`, from its JSON cache when that matches the YAML's bytes."""
    try:
        with path.open("rb") as handle:
            # The stat of the open file, so the cache key describes exactly the bytes read.
            stat = os.fstat(handle.fileno())
            cached = cache.read_cache(path, handle.fileno(), stat)
            if cached is not None:
                return cached
            digest = cache.new_digest()
            # A million new objects, no garbage: the collector would only slow it.
            with cache.gc_paused():
                data = _read_by_record(_file_lines(handle, digest))
                raw = None
                if data is None:  # not the writer's layout: the whole text, as it is
                    handle.seek(0)
                    raw = handle.read()
                    digest = cache.new_digest()
                    digest.update(raw)
                    data = _parse_whole(raw, path)
                del raw
                library = _library(data, path)
    except OSError as error:
        raise InputError(Problem(str(path), f"cannot read store: {error.strerror}")) from None
    del data
    key = {**cache.source_key(b"", stat), "blake2b": digest.hexdigest()}
    cache.write_cache(path, key, library)
    return library
