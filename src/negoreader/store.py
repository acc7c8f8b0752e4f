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


def library_to_data(library: Library) -> dict[str, Any]:
    """The whole library as plain data, keys in a fixed order."""
    return {
        "schema": SCHEMA,
        "articles": [_article_data(a) for a in library.articles],
        "people": [
            {"name": p.name, "aliases": list(p.aliases), "role": p.role, "country": p.country}
            for p in library.people
        ],
        "places": [
            {"name": p.name, "aliases": list(p.aliases), "kind": p.kind} for p in library.places
        ],
        "meetings": [
            {
                "id": m.id,
                "kind": m.kind,
                "date": m.date,
                "place": m.place,
                "participants": list(m.participants),
                "summary": m.summary,
                "sources": [
                    {"article": s.article, "paragraphs": list(s.paragraphs)} for s in m.sources
                ],
            }
            for m in library.meetings
        ],
    }


# --- plain data -> records -------------------------------------------------------------------


def _refs(items: list[dict[str, Any]]) -> tuple[EntityRef, ...]:
    return tuple(EntityRef(str(i["name"]), spans_from_text(str(i.get("at", "")))) for i in items)


def _article(data: dict[str, Any]) -> Article:
    return Article(
        id=str(data["id"]),
        file=str(data["file"]),
        title=str(data.get("title") or ""),
        author=str(data.get("author") or ""),
        source=str(data.get("source") or ""),
        date=str(data.get("date") or ""),
        date_inferred=bool(data.get("date_inferred", False)),
        dateline=str(data.get("dateline") or ""),
        paragraphs=tuple(
            Paragraph(
                str(p["kind"]), str(p["text"]), str(p.get("author", "")), str(p.get("date", ""))
            )
            for p in data.get("paragraphs") or []
        ),
        people=_refs(data.get("people") or []),
        places=_refs(data.get("places") or []),
        dates=tuple(
            DateRef(
                str(d["value"]), str(d["text"]), bool(d["relative"]), spans_from_text(d["at"])[0]
            )
            for d in data.get("dates") or []
        ),
        meetings=tuple(str(m) for m in data.get("meetings") or []),
    )


def library_from_data(data: dict[str, Any]) -> Library:
    """Records from plain data; raises KeyError, TypeError or ValueError on a wrong shape."""
    return Library(
        articles=tuple(
            a if isinstance(a, Article) else _article(a) for a in data.get("articles") or []
        ),
        people=tuple(
            Person(
                str(p["name"]),
                tuple(p.get("aliases") or ()),
                str(p.get("role") or ""),
                str(p.get("country") or ""),
            )
            for p in data.get("people") or []
        ),
        places=tuple(
            Place(str(p["name"]), tuple(p.get("aliases") or ()), str(p.get("kind") or ""))
            for p in data.get("places") or []
        ),
        meetings=tuple(
            Meeting(
                id=str(m["id"]),
                kind=str(m.get("kind") or ""),
                date=str(m.get("date") or ""),
                place=str(m.get("place") or ""),
                participants=tuple(str(x) for x in m.get("participants") or ()),
                summary=str(m.get("summary") or ""),
                sources=tuple(
                    MeetingSource(
                        str(s["article"]), tuple(int(x) for x in s.get("paragraphs") or ())
                    )
                    for s in m.get("sources") or []
                ),
            )
            for m in data.get("meetings") or []
        ),
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

    The same bytes as dumping the whole mapping at once, without holding a node tree for the
    whole corpus in memory (at 10,000 articles that tree alone took gigabytes).
    """
    data = library_to_data(library)
    for key, value in data.items():
        if isinstance(value, list) and value:
            yield f"{key}:\n"
            for item in value:
                yield _dump([item])
        else:
            yield _dump({key: value})


def dump_library(library: Library) -> str:
    """The store's text: the same library always gives the same bytes."""
    return "".join(dump_chunks(library))


def write_store(library: Library, path: Path) -> None:
    """Write atomically: a temporary file beside the store, then a rename."""
    write_text_atomically(path, dump_chunks(library))


_TOP_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*:", re.MULTILINE)
_RECORD_START = re.compile(r"^- ", re.MULTILINE)
_DOCUMENT_MARK = re.compile(r"^(?:---|\.\.\.)", re.MULTILINE)


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)


def _load_by_record(text: str) -> Any:
    """The store as the writer lays it out, read one article at a time; None if it is not.

    The articles come back as records, the rest as plain data.

    Parsing the whole text at once holds a node for every value of every article before any
    data is built: 1.9 GB at 10,000 articles. Any doubt (another layout, anchors, a parse
    error) answers None, and the whole text is parsed as usual, errors and all.
    """
    start = text.find("\narticles:\n")
    if start < 0 or _DOCUMENT_MARK.search(text):
        return None
    body_start = start + len("\narticles:\n")
    following = _TOP_KEY.search(text, body_start)
    body_end = following.start() if following else len(text)
    body = text[body_start:body_end]
    if body and not body.startswith("- "):
        return None
    try:
        data = _load_yaml(text[: start + 1] + text[body_end:])
        if not isinstance(data, dict) or "articles" in data:
            return None
        cuts = [m.start() for m in _RECORD_START.finditer(body)] + [len(body)]
        articles: list[Any] = []
        for begin, end in itertools.pairwise(cuts):
            chunk = _load_yaml(body[begin:end])
            if not isinstance(chunk, list) or len(chunk) != 1:
                return None
            # Records at once: holding every article's plain data as well doubles the peak.
            articles.append(_article(chunk[0]))
    except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None
    return {"schema": data.pop("schema", None), "articles": articles, **data}


def parse_store(text: str, path: Path) -> Library:
    """Records from the store's text; raises InputError with line, column and how to rebuild."""
    try:
        data = _load_by_record(text)
        if data is None:
            data = _load_yaml(text)
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


def read_store(path: Path) -> Library:
    """Open the store at `path`, from its JSON cache when that matches the YAML's bytes."""
    try:
        with path.open("rb") as handle:
            # The stat of the open file, so the cache key describes exactly the bytes read.
            stat = os.fstat(handle.fileno())
            raw = handle.read()
    except OSError as error:
        raise InputError(Problem(str(path), f"cannot read store: {error.strerror}")) from None
    cached, key = cache.read_cache(path, raw, stat)
    if cached is not None:
        return cached
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(
            Problem(str(path), f"store is not UTF-8 text; {rebuild_hint(path)}")
        ) from None
    del raw  # the key is taken: at 10,000 articles this frees 69 MB before the parse
    with cache.gc_paused():  # a million new objects, no garbage: the collector only slows it
        library = parse_store(text, path)
    del text  # and 138 MB more before the cache is written
    cache.write_cache(path, key, library)
    return library
