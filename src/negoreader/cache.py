"""A derived JSON copy of the YAML store, so opening thousands of articles skips YAML parsing.

The YAML stays the source of truth. The cache is one header line naming the YAML it was made
from (size, mtime_ns, blake2b of its bytes), the shape of the records it holds, the number of
articles, and a CRC of the article list and of the body (against damage, not forgery; 2.5 times
cheaper than a second blake2b). Then the article list: the plain fields only, for a reader to
paint before the library is open. Then the body: one line per article, then one line with the
rest of the Library, as positional JSON arrays with mention spans as flat integer lists. A cache
is used only when its header matches and its CRCs are right; anything else (stale, truncated,
edited, another version's) is ignored and rebuilt. JSON, never pickle: reading a cache cannot
run code.

Why positional: at 10,000 articles the store holds about half a million mention spans; parsing
their "p:s-e" strings took longer than the whole open may. Why a line per article: the cache is
written and read an article at a time, so neither the whole body's text nor its parsed lists
are ever in memory beside the records (at 10,000 articles they were 190 MB on top of 300). The
codec is derived from the record dataclasses' own fields and type hints, so it cannot drift from
records.py.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
import os
import tempfile
import threading
import typing
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache as once
from itertools import chain, islice, repeat, starmap
from operator import attrgetter
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from negoreader.records import Article, Library

FORMAT = 4
SUFFIX = ".cache.json"
_PRIMITIVES = (str, int, bool, float)

Decoder = Callable[[Any], Any]
Encoder = Callable[[Any], Any]


# --- where and which -------------------------------------------------------------------------


PACKAGE = Path(__file__).resolve().parent


def cache_path(store: Path) -> Path:
    """Beside the store when its folder is writable, else under the user's cache folder.

    Never inside the installed package (its bundled store), even when a virtual environment
    makes it writable: the package is only ever read.
    """
    folder = store.parent
    inside_package = folder.resolve().is_relative_to(PACKAGE)
    if os.access(folder, os.W_OK) and not inside_package:
        return folder / f".{store.name}{SUFFIX}"
    # One cache per store path: a read-only store elsewhere must not share another's cache.
    where = hashlib.blake2b(str(store.resolve()).encode(), digest_size=8).hexdigest()
    return Path(user_cache_dir("negoreader", appauthor=False)) / f"{where}-{store.name}{SUFFIX}"


def source_key(raw: bytes, stat: os.stat_result) -> dict[str, Any]:
    """What identifies one version of the YAML: size, modification time and content digest."""
    return {
        "format": FORMAT,
        "records": records_signature(),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "blake2b": hashlib.blake2b(raw, digest_size=32).hexdigest(),
    }


# --- the codec, derived from the record dataclasses ------------------------------------------

# Free text, unique to its record: not worth remembering. Every other string a record holds is
# kept once per open (`_keep`): a person's name in each article naming them, a paragraph's kind,
# a date's value (25 MB at 10,000 articles). Integers are not: keeping the offsets of half a
# million mentions once would save 16 MB, for 7% more time to open.
_PROSE = frozenset({"text", "title", "summary"})
_memo: dict[Any, Any] = {}
_keep = _memo.setdefault


def _fields(cls: type) -> list[tuple[str, Any]]:
    """The fields a record is built from, with resolved types; private ones are derived."""
    hints = typing.get_type_hints(cls)
    return [(f.name, hints[f.name]) for f in dataclasses.fields(cls) if not f.name.startswith("_")]


def _all_ints(tp: Any) -> bool:
    return dataclasses.is_dataclass(tp) and all(t is int for _, t in _fields(tp))


def _item_type(tp: Any) -> Any:
    """X for tuple[X, ...]; TypeError for any other container."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is not tuple or len(args) != 2 or args[1] is not Ellipsis:
        raise TypeError(f"the cache cannot hold {tp!r}")
    return args[0]


def _row_getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """A record's fields as a tuple (attrgetter gives a bare value for a single name)."""
    getter = attrgetter(*names)
    if len(names) == 1:
        return lambda record: (getter(record),)
    return getter


# Columns: a list of records travels as one list per field (a list of their names, a list of
# their mention lists...), so that rebuilding them is a few calls in C per field, not a Python
# call per record. A list of tuples travels as their lengths and all their items as one column;
# records of integers only (spans) as one flat list of integers.


@once
def _column_encoder(tp: Any) -> Encoder:
    """How to turn a list of values of type `tp` into JSON-ready data."""
    if tp in _PRIMITIVES:
        return list
    if _all_ints(tp):
        values = _row_getter([name for name, _ in _fields(tp)])
        return lambda records: list(chain.from_iterable(map(values, records)))
    if dataclasses.is_dataclass(tp):
        parts = [(attrgetter(name), _column_encoder(t)) for name, t in _fields(tp)]
        return lambda records: [encode(list(map(get, records))) for get, encode in parts]
    items = _column_encoder(_item_type(tp))
    return lambda tuples: [list(map(len, tuples)), items(list(chain.from_iterable(tuples)))]


def _listed(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise TypeError("a column that is not a list")
    return data


@once
def _column_decoder(tp: Any, name: str = "") -> Decoder:
    """How to rebuild a list of values of type `tp` from `_column_encoder`'s data.

    Any other shape raises ValueError or TypeError.
    """
    if tp is str and name not in _PROSE:
        return lambda data: list(map(_keep, _listed(data), data))
    if tp in _PRIMITIVES:
        return _listed
    if _all_ints(tp):
        width = len(_fields(tp))

        def flat(data: Any) -> list[Any]:
            if len(_listed(data)) % width:
                raise ValueError("a flat list of the wrong length")
            numbers = iter(data)
            return list(map(tp, *[numbers] * width))

        return flat
    if dataclasses.is_dataclass(tp):
        columns = [_column_decoder(t, n) for n, t in _fields(tp)]

        def records(data: Any) -> list[Any]:
            if len(_listed(data)) != len(columns):
                raise ValueError("a record with the wrong number of fields")
            decoded = [decode(column) for decode, column in zip(columns, data, strict=True)]
            return list(starmap(tp, zip(*decoded, strict=True)))

        return records
    items = _column_decoder(_item_type(tp))

    def tuples(data: Any) -> list[Any]:
        if len(_listed(data)) != 2:
            raise ValueError("tuples without their lengths")
        lengths, flat = _listed(data[0]), items(data[1])
        if sum(lengths) != len(flat):
            raise ValueError("tuples' lengths that do not add up")
        rest = iter(flat)
        return list(map(tuple, map(islice, repeat(rest), lengths)))

    return tuples


@once
def _library_fields() -> list[tuple[str, Any]]:
    """The Library's fields and the record type each is a tuple of."""
    return [(name, _item_type(tp)) for name, tp in _fields(Library)]


def encode_library(library: Library) -> Any:
    """The library as JSON-ready columns, one per field of the Library."""
    return [_column_encoder(item)(list(getattr(library, name))) for name, item in _library_fields()]


def decode_library(data: Any) -> Library:
    """A library from `encode_library`'s columns; ValueError or TypeError on a wrong shape."""
    fields = _library_fields()
    if len(_listed(data)) != len(fields):
        raise ValueError("a library with the wrong number of fields")
    try:
        values = [
            tuple(_column_decoder(item)(column))
            for (_, item), column in zip(fields, data, strict=True)
        ]
    finally:
        _memo.clear()
    return Library(*values)


@once
def records_signature() -> str:
    """A digest of every record's fields and types: a cache of other records is not read."""
    seen: list[str] = []

    def walk(tp: Any) -> None:
        if dataclasses.is_dataclass(tp):
            seen.append(f"{tp.__name__}({', '.join(f'{n}: {t!r}' for n, t in _fields(tp))})")
            for _, t in _fields(tp):
                walk(t)
        for arg in typing.get_args(tp):
            walk(arg)

    walk(Library)
    return hashlib.blake2b("\n".join(seen).encode(), digest_size=16).hexdigest()


@contextmanager
def gc_paused(freeze: bool = True) -> Iterator[None]:
    """No cyclic garbage collection while a library is built, and none over it afterwards.

    Building one makes about a million small objects at 10,000 articles, none of them garbage;
    the collector's passes over them cost as much as building them (0.53 s against 0.25 s for
    400,000 spans), and merely deferring them makes the first collection after the build scan
    them all (0.34 s), as every later full collection would (0.47 s: a stall while typing).
    The records are immutable and live as long as the program, so they are frozen out of the
    collector's sight; reference counting still frees them. `freeze=False` for temporaries
    (the cache's encoding), which reference counting frees as soon as they are written.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()


# --- reading and writing ---------------------------------------------------------------------

_CHECKS = ("articles", "list_crc32", "body_crc32")
# Articles per line of the body: enough that a line is a few calls per field, few enough that a
# line's parsed JSON is small beside the records.
_PER_LINE = 64
_DIGEST_BLOCK = 1 << 20


def _in_background(function: Callable[[], Any]) -> Callable[[], Any]:
    """Start `function()` on another thread; call the result to wait for its value.

    For blake2b and crc32 of large buffers, which release the GIL: they run on the second core
    while this one parses JSON (0.1 s off a 10,000-article open).
    """
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(function()), daemon=True)
    thread.start()

    def wait() -> Any:
        thread.join()
        return result[0]

    return wait


# Digests this process computed, by the file's identity and change time: the reader checks the
# store once for its early article list and again when it opens the library. The change time
# (st_ctime_ns) moves on every write and cannot be set back, unlike the modification time.
_DIGESTS: dict[tuple[int, ...], str] = {}


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def _file_digest(fd: int, path: Path) -> Callable[[], str | None]:
    """The blake2b of an open file's bytes, read block by block on another thread.

    Never the whole file in memory (69 MB at 10,000 articles); any failure gives None. The
    thread reads its own duplicate of the descriptor at explicit offsets, so the caller's
    handle, its position and its closing are its own; without `os.pread` (Windows) it opens
    the path again and answers only if that is still the same file. A file this process has
    already hashed, unchanged since, is not read again.
    """
    before = _identity(os.fstat(fd))
    if (known := _DIGESTS.get(before)) is not None:
        return lambda: known
    if hasattr(os, "pread"):
        own = os.dup(fd)

        def read(offset: int) -> bytes:
            return os.pread(own, _DIGEST_BLOCK, offset)

        def close() -> None:
            os.close(own)

        def now() -> tuple[int, ...]:
            return _identity(os.fstat(own))
    else:
        stat = os.fstat(fd)
        handle = path.open("rb")
        again = os.fstat(handle.fileno())
        if (again.st_dev, again.st_ino) != (stat.st_dev, stat.st_ino):
            handle.close()
            return lambda: None

        def read(offset: int) -> bytes:
            return handle.read(_DIGEST_BLOCK)

        close = handle.close

        def now() -> tuple[int, ...]:
            return _identity(os.fstat(handle.fileno()))

    def digest() -> str | None:
        hasher = hashlib.blake2b(digest_size=32)
        try:
            offset = 0
            while block := read(offset):
                hasher.update(block)
                offset += len(block)
            unchanged = now() == before
        except Exception:  # the thread's answer is None, never an exception left in it
            return None
        finally:
            close()
        value = hasher.hexdigest()
        if unchanged:  # not written to while it was read
            _DIGESTS.clear()  # the latest file only: one store is open at a time
            _DIGESTS[before] = value
        return value

    return _in_background(digest)


def _open_cache(store: Path, stat: os.stat_result) -> tuple[Any, dict[str, Any]] | None:
    """The open cache file past its header, and the header's checks and digest, when the rest
    of the header is this version's and matches the store's size and mtime."""
    key = {k: v for k, v in source_key(b"", stat).items() if k != "blake2b"}
    try:
        handle = cache_path(store).open("rb")
    except OSError:
        return None
    try:
        # The header comes first so a stale cache is rejected without reading the rest.
        header = json.loads(handle.readline())
        if isinstance(header, dict):
            checks = {name: header.pop(name, None) for name in (*_CHECKS, "blake2b")}
            if header == key and isinstance(checks["articles"], int):
                return handle, checks
    except (OSError, ValueError, RecursionError):
        pass
    handle.close()
    return None


def read_cache(store: Path, fd: int, stat: os.stat_result) -> Library | None:
    """The library cached for the store open at `fd` (None when absent, stale or bad)."""
    opened = _open_cache(store, stat)
    if opened is None:
        return None
    digest = _file_digest(fd, store)
    handle, checks = opened
    library = None
    try:
        with handle, gc_paused():
            library = _read_body(handle, checks)
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        library = None
    finally:
        _memo.clear()
        # Parsed on trust, used only once the YAML's digest is seen to match.
        if not _same_digest(digest(), checks):
            library = None
    return library


def _same_digest(digest: str | None, checks: dict[str, Any]) -> bool:
    return digest is not None and digest == checks["blake2b"]


def _read_body(handle: Any, checks: dict[str, Any]) -> Library | None:
    """The article list line, then the body line by line; None when a CRC is wrong."""
    # A damaged list line means a damaged file: rebuild it rather than keep serving that line.
    if zlib.crc32(handle.readline().rstrip(b"\n")) != checks["list_crc32"]:
        return None
    (_, article), *others = _library_fields()
    decode = _column_decoder(article)
    count = checks["articles"]
    crc = 0
    articles: list[Any] = []
    for _ in range(-(-count // _PER_LINE)):
        line = handle.readline()
        crc = zlib.crc32(line, crc)
        articles.extend(decode(json.loads(line)))
    line = handle.readline()
    crc = zlib.crc32(line, crc)
    if crc != checks["body_crc32"] or handle.read(1) or len(articles) != count:
        return None
    rest = _listed(json.loads(line))
    if len(rest) != len(others):
        raise ValueError("a library with the wrong number of fields")
    values = [
        tuple(_column_decoder(item)(column)) for (_, item), column in zip(others, rest, strict=True)
    ]
    return Library(tuple(articles), *values)


def list_fields() -> list[str]:
    """The fields of an article a list shows: every plain one (no paragraphs, no entities)."""
    return [name for name, tp in _fields(Article) if tp in _PRIMITIVES]


def read_article_list(store: Path) -> tuple[Article, ...] | None:
    """The store's articles with their plain fields only, from a fresh cache; else None.

    For painting a long article list before the library is open (10,000 articles: a small
    line of the cache against a second of decoding). The articles have no paragraphs and no
    entities: open the store for those. None means there is no fresh cache: open the store.
    """
    try:
        with store.open("rb") as source:
            stat = os.fstat(source.fileno())
            opened = _open_cache(store, stat)
            if opened is None:
                return None
            digest = _file_digest(source.fileno(), store)
    except OSError:
        return None
    handle, checks = opened
    articles = None
    try:
        with handle:
            line = handle.readline().rstrip(b"\n")
        if zlib.crc32(line) == checks["list_crc32"]:
            names = list_fields()
            rows = json.loads(line)
            articles = tuple(Article(**dict(zip(names, row, strict=True))) for row in rows)
    except (OSError, ValueError, TypeError, RecursionError):
        articles = None
    return articles if _same_digest(digest(), checks) else None


def _header(key: dict[str, Any], articles: int, list_crc: int, body_crc: int) -> bytes:
    checks = {"articles": articles, "list_crc32": list_crc, "body_crc32": body_crc}
    return json.dumps({**key, **checks}, sort_keys=True).encode()


def _dumps(value: Any) -> bytes:
    # ASCII: escapes parse faster than UTF-8 decodes (0.345 s against 0.369 s at 10,000).
    return json.dumps(value, separators=(",", ":")).encode() + b"\n"


def write_cache(store: Path, key: dict[str, Any], library: Library) -> None:
    """Write atomically, a few articles at a time; a cache that cannot be written is simply not
    there next time."""
    finish_cache(begin_cache(store, library), key)


@dataclasses.dataclass
class Begun:
    """A cache's body written to a temporary file; its header waits for the key."""

    store: Path
    tmp: str
    width: int
    articles: int
    list_crc: int
    body_crc: int


# The widest key a header may hold: the header is written over blanks reserved before the key is
# known (the store's size, time and digest, when its writing overlaps the cache's).
_WIDEST_KEY = {
    "format": FORMAT,
    "records": "0" * 32,
    "size": 2**63 - 1,
    "mtime_ns": 2**63 - 1,
    "blake2b": "0" * 64,
}


def begin_cache(store: Path, library: Library) -> Begun | None:
    """Write a cache's body for `library` to a temporary file beside where the cache goes; its
    header is written by `finish_cache`. None when it cannot be written."""
    path = cache_path(store)
    names = list_fields()
    (_, article), *others = _library_fields()
    encode = _column_encoder(article)
    articles = library.articles
    count = len(articles)
    # The header is written last, over a blank one of its widest length: the body's CRC is known
    # only once the body is written. JSON allows the spaces that pad it.
    width = len(_header(_WIDEST_KEY, count, 0xFFFFFFFF, 0xFFFFFFFF))
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        # Short-lived lists only: without the collector, 0.23 s instead of 0.57 s at 10,000.
        with os.fdopen(fd, "wb") as handle, gc_paused(freeze=False):
            handle.write(b" " * width + b"\n")
            article_list = _dumps([[getattr(a, name) for name in names] for a in articles])
            handle.write(article_list)
            list_crc = zlib.crc32(article_list.rstrip(b"\n"))
            del article_list
            body_crc = 0
            for start in range(0, count, _PER_LINE):
                line = _dumps(encode(list(articles[start : start + _PER_LINE])))
                body_crc = zlib.crc32(line, body_crc)
                handle.write(line)
            rest = [_column_encoder(item)(list(getattr(library, name))) for name, item in others]
            line = _dumps(rest)
            body_crc = zlib.crc32(line, body_crc)
            handle.write(line)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        return None
    return Begun(store, tmp, width, count, list_crc, body_crc)


def discard_cache(begun: Begun | None) -> None:
    """Remove a body `begin_cache` wrote, when the store it was for was not written."""
    if begun is not None:
        Path(begun.tmp).unlink(missing_ok=True)


def finish_cache(begun: Begun | None, key: dict[str, Any]) -> None:
    """Write the header with `key` over the reserved blanks, and put the cache in its place."""
    if begun is None:
        return
    header = _header(key, begun.articles, begun.list_crc, begun.body_crc)
    try:
        if len(header) > begun.width:  # a key wider than the widest: no cache, not a wrong one
            raise OSError("cache header too wide")
        with open(begun.tmp, "r+b") as handle:
            handle.write(header.ljust(begun.width))
        os.replace(begun.tmp, cache_path(begun.store))
    except OSError:
        discard_cache(begun)


def new_digest() -> Any:
    """The hash a store's writer feeds its bytes to, for `store_written`."""
    return hashlib.blake2b(digest_size=32)


def store_written(store: Path, library: Library, digest: str, begun: Begun | None = None) -> None:
    """Cache a store just written from `library`, so the first open after a load is warm.

    `digest` is `new_digest()` fed the bytes written, as hex: if another writer replaced the
    file meanwhile, the open sees other bytes, another digest, and parses the YAML. `begun`,
    when given, is the body `begin_cache` wrote for `library` while the store was written.
    """
    try:
        stat = store.stat()
    except OSError:
        discard_cache(begun)
        return
    key = {**source_key(b"", stat), "blake2b": digest}
    finish_cache(begun if begun is not None else begin_cache(store, library), key)
