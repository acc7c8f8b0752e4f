"""The YAML store: the one place records become plain data and back.

Readable and diffable (block style, stable key order), deterministic and written atomically.
Mention positions are compact strings (`"0:12-18 3:4-10"`) rather than nested lists: nested
lists made 1,000 articles 13 times slower to parse.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from negoreader import cache
from negoreader.files import write_text_atomically
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

SCHEMA = 1

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def rebuild_hint(path: Path) -> str:
    return f"rebuild it with: negoreader load --store {path}"


# --- spans ---------------------------------------------------------------------------------


def spans_to_text(spans: Iterable[Span]) -> str:
    return " ".join(f"{s.paragraph}:{s.start}-{s.end}" for s in spans)


def spans_from_text(text: str, memo: dict[Any, Any] | None = None) -> tuple[Span, ...]:
    """Spans from their compact text; `memo` keeps one copy of each offset across calls."""
    keep = {}.setdefault if memo is None else memo.setdefault
    spans = []
    for item in text.split():
        paragraph, _, rest = item.partition(":")
        start, _, end = rest.partition("-")
        first, last = int(start), int(end)
        spans.append(Span(int(paragraph), keep(first, first), keep(last, last)))
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
    return {"schema": SCHEMA, **{key: list(items) for key, items, _ in _sections(library)}}


# --- plain data -> records -------------------------------------------------------------------

# Repeated values (a person's name in every article that names them, a paragraph's kind, the
# offsets of mentions) are kept once: `memo.setdefault(value, value)` gives the first copy.
Memo = dict[Any, Any]


def _refs(items: list[dict[str, Any]], memo: Memo) -> tuple[EntityRef, ...]:
    keep = memo.setdefault
    return tuple(
        EntityRef(keep(name := str(i["name"]), name), spans_from_text(str(i.get("at", "")), memo))
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
                spans_from_text(d["at"], memo)[0],
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


def dump_chunks(library: Library) -> Iterator[str]:
    """The store's text piece by piece, one record at a time.

    The same bytes as dumping the whole mapping at once, without holding a node tree (at
    10,000 articles that tree alone took gigabytes) or even the plain data for the whole corpus.
    """
    yield _dump({"schema": SCHEMA})
    for key, items, count in _sections(library):
        if not count:
            yield _dump({key: []})
            continue
        yield f"{key}:\n"
        # One record per call: larger calls are slower (PyYAML's serializer walks each tree twice).
        for item in items:
            yield _dump([item])


def dump_library(library: Library) -> str:
    """The store's text: the same library always gives the same bytes."""
    return "".join(dump_chunks(library))


def write_store(library: Library, path: Path) -> None:
    """Write atomically: a temporary file beside the store, then a rename."""
    write_text_atomically(path, dump_chunks(library))


_TOP_KEY = re.compile(rb"^[A-Za-z_][A-Za-z0-9_]*:", re.MULTILINE)
_RECORD_START = re.compile(rb"^- ", re.MULTILINE)
_DOCUMENT_MARK = re.compile(rb"^(?:---|\.\.\.)", re.MULTILINE)
_ARTICLES = b"\narticles:\n"


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)


def _load_by_record(raw: bytes | str) -> Any:
    """The store as the writer lays it out, read one article at a time; None if it is not.

    The records come back made, the rest of the mapping as plain data.

    Parsing the whole text at once holds a node for every value of every article before any
    data is built: 1.9 GB at 10,000 articles. The store's bytes are cut at each article and only
    a piece at a time is decoded: the whole text as a str would take twice the bytes (one
    character outside Latin-1 makes every character two bytes). Any doubt (another layout,
    anchors, a parse error, bytes that are not UTF-8) answers None, and the whole text is parsed
    as usual, errors and all.
    """
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    start = raw.find(_ARTICLES)
    if start < 0 or _DOCUMENT_MARK.search(raw):
        return None
    body_start = start + len(_ARTICLES)
    following = _TOP_KEY.search(raw, body_start)
    body_end = following.start() if following else len(raw)
    if body_end > body_start and not raw.startswith(b"- ", body_start):
        return None
    try:
        data = _load_yaml((raw[: start + 1] + raw[body_end:]).decode("utf-8"))
        if not isinstance(data, dict) or "articles" in data:
            return None
        # The rest as records first, so that its plain data is gone before the articles come.
        made = library_from_data({**data, "articles": []})
        cuts = [m.start() for m in _RECORD_START.finditer(raw, body_start, body_end)]
        memo: Memo = {}
        articles: list[Any] = []
        for begin, end in itertools.pairwise([*cuts, body_end]):
            chunk = _load_yaml(raw[begin:end].decode("utf-8"))
            if not isinstance(chunk, list) or len(chunk) != 1:
                return None
            # Records at once: holding every article's plain data as well doubles the peak.
            articles.append(_article(chunk[0], memo))
    except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None
    return {
        "schema": data.get("schema"),
        "articles": articles,
        "people": made.people,
        "places": made.places,
        "meetings": made.meetings,
    }


def parse_store(raw: bytes | str, path: Path) -> Library:
    """Records from the store's bytes or text; raises InputError with line, column and how to
    rebuild."""
    try:
        data = _load_by_record(raw)
        if data is None:
            data = _load_yaml(_decoded(raw, path))
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
    if not isinstance(data, dict) or "articles" not in data:
        raise InputError(Problem(str(path), f"not a negoreader store; {rebuild_hint(path)}"))
    if data.get("schema") != SCHEMA:
        message = f"store schema {data.get('schema')!r}, expected {SCHEMA}; {rebuild_hint(path)}"
        raise InputError(Problem(str(path), message))
    try:
        return library_from_data(data)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        message = f"store has a wrong shape ({type(error).__name__}: {error}); {rebuild_hint(path)}"
        raise InputError(Problem(str(path), message)) from None


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
            raw = handle.read()
    except OSError as error:
        raise InputError(Problem(str(path), f"cannot read store: {error.strerror}")) from None
    key = cache.source_key(raw, stat)
    with cache.gc_paused():  # a million new objects, no garbage: the collector only slows it
        library = parse_store(raw, path)
    del raw  # 69 MB at 10,000 articles, gone before the cache is written
    cache.write_cache(path, key, library)
    return library
