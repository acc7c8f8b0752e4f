"""A derived JSON copy of the YAML store, so opening thousands of articles skips YAML parsing.

The YAML stays the source of truth. The cache is one header line naming the YAML it was made
from (size, mtime_ns, blake2b of its bytes), the shape of the records it holds, and a CRC of
each of its other two lines (against damage, not forgery; 2.5 times cheaper than a second
blake2b). Then the article list: the plain fields only, for a reader to paint before the library
is open. Then the body: the Library as positional JSON arrays, mention spans as flat integer
lists. A cache is used only when its header matches and its CRCs are right; anything else
(stale, truncated, edited, another version's) is ignored and rebuilt. JSON, never pickle:
reading a cache cannot run code.

Why positional: at 10,000 articles the store holds about half a million mention spans; parsing
their "p:s-e" strings took longer than the whole open may. The codec is derived from the record
dataclasses' own fields and type hints, so it cannot drift from records.py.
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
from itertools import chain, starmap
from operator import attrgetter
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from negoreader.records import Article, Library

FORMAT = 3
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


def _decoder(tp: Any) -> Decoder | None:
    """How to rebuild a value of type `tp` from JSON; None when JSON already gives it."""
    if tp in _PRIMITIVES:
        return None
    if dataclasses.is_dataclass(tp):
        return _record_decoder(tp)
    item = _item_type(tp)
    if _all_ints(item):
        width = len(_fields(item))

        def flat(values: list[int]) -> tuple[Any, ...]:
            if len(values) % width:
                raise ValueError("a flat list of the wrong length")
            rows = iter(values)
            return tuple(map(item, *[rows] * width))

        def flat3(values: list[int]) -> tuple[Any, ...]:  # spans: no list to unpack per call
            if len(values) % 3:
                raise ValueError("a flat list of the wrong length")
            rows = iter(values)
            return tuple(map(item, rows, rows, rows))

        return flat3 if width == 3 else flat
    if dataclasses.is_dataclass(item) and not _converters(item):
        # Rows of plain values (paragraphs): the constructor straight from C, no call per row.
        return lambda rows: tuple(starmap(item, rows))
    decode = _decoder(item)
    if decode is None:
        return tuple
    return lambda values: tuple(map(decode, values))


def _converters(cls: Any) -> list[tuple[int, Decoder]]:
    """The fields of a record that JSON does not give as they are, with their decoders."""
    return [(i, d) for i, (_, tp) in enumerate(_fields(cls)) if (d := _decoder(tp)) is not None]


def _record_decoder(cls: Any) -> Decoder:
    convert = _converters(cls)
    if len(convert) == 1:  # mentions of a person or place: one call less per row
        ((at, convert_one),) = convert

        def decode_one(row: list[Any]) -> Any:
            row[at] = convert_one(row[at])
            return cls(*row)

        return decode_one

    def decode(row: list[Any]) -> Any:
        # A row of the wrong length fails in the constructor (TypeError): the cache is refused.
        for index, convert_one in convert:
            row[index] = convert_one(row[index])
        return cls(*row)

    return decode


def _row_getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """A record's fields as a tuple (attrgetter gives a bare value for a single name)."""
    getter = attrgetter(*names)
    if len(names) == 1:
        return lambda record: (getter(record),)
    return getter


def _encoder(tp: Any) -> Encoder | None:
    """How to turn a value of type `tp` into JSON-ready data; None when json takes it as it is.

    json writes tuples as arrays, so a record becomes the tuple of its fields (attrgetter, in C)
    and only fields that are records or tuples of records are converted further.
    """
    if tp in _PRIMITIVES:
        return None
    if dataclasses.is_dataclass(tp):
        fields = _fields(tp)
        values = _row_getter([name for name, _ in fields])
        convert = [(i, e) for i, (_, t) in enumerate(fields) if (e := _encoder(t)) is not None]
        if not convert:
            return values

        def encode_record(record: Any) -> list[Any]:
            row = list(values(record))
            for index, encode_one in convert:
                row[index] = encode_one(row[index])
            return row

        return encode_record
    item = _item_type(tp)
    if _all_ints(item):
        values = _row_getter([name for name, _ in _fields(item)])
        return lambda records: list(chain.from_iterable(map(values, records)))
    encode = _encoder(item)
    if encode is None:
        return None
    return lambda items: list(map(encode, items))


@once
def _codec() -> tuple[Encoder, Decoder]:
    encode, decode = _encoder(Library), _decoder(Library)
    assert encode is not None and decode is not None
    return encode, decode


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


def encode_library(library: Library) -> Any:
    """The library as positional JSON-ready lists."""
    return _codec()[0](library)


def decode_library(data: Any) -> Library:
    """A library from positional lists; ValueError or TypeError on a wrong shape."""
    if not isinstance(data, list):
        raise TypeError("not a list")
    library = _codec()[1](data)
    assert isinstance(library, Library)
    return library


# --- reading and writing ---------------------------------------------------------------------


def _in_background(function: Callable[[bytes], Any], data: bytes) -> Callable[[], Any]:
    """Start `function(data)` on another thread; call the result to wait for its value.

    For blake2b and crc32 of large buffers, which release the GIL: they run on the second core
    while this one parses JSON (0.1 s off a 10,000-article open).
    """
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(function(data)), daemon=True)
    thread.start()

    def wait() -> Any:
        thread.join()
        return result[0]

    return wait


def _blake2b(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=32).hexdigest()


def _open_cache(store: Path, key: dict[str, Any]) -> tuple[Any, dict[str, Any]] | None:
    """The open cache file past its header, and the header's checks, when the rest matches key.

    `key` may lack the YAML's digest (still being computed): the caller compares it.
    """
    try:
        handle = cache_path(store).open("rb")
    except OSError:
        return None
    try:
        # The header comes first so a stale cache is rejected without reading the rest.
        header = json.loads(handle.readline())
        if isinstance(header, dict):
            checks = {name: header.pop(name, None) for name in ("list_crc32", "body_crc32")}
            if "blake2b" not in key:
                checks["blake2b"] = header.pop("blake2b", None)
            if header == key:
                return handle, checks
    except (OSError, ValueError, RecursionError):
        pass
    handle.close()
    return None


def read_cache(
    store: Path, raw: bytes, stat: os.stat_result
) -> tuple[Library | None, dict[str, Any]]:
    """The library cached for these bytes of the store (None when absent, stale or bad), and
    the key a new cache for them must carry."""
    digest = _in_background(_blake2b, raw)
    partial = {k: v for k, v in source_key(b"", stat).items() if k != "blake2b"}

    def key() -> dict[str, Any]:
        return {**partial, "blake2b": digest()}

    opened = _open_cache(store, partial)
    if opened is None:
        return None, key()
    handle, checks = opened
    try:
        with handle:
            article_list = handle.readline().rstrip(b"\n")
            body = handle.read()
    except OSError:
        return None, key()
    body_crc = _in_background(zlib.crc32, body)
    library = None
    # A damaged list line means a damaged file: rebuild it rather than keep serving that line.
    if zlib.crc32(article_list) == checks["list_crc32"]:
        try:
            with gc_paused():
                library = decode_library(json.loads(body))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
            library = None
    # Parsed on trust, used only once the YAML's digest and the body's CRC are seen to match.
    fresh = key()
    if body_crc() != checks["body_crc32"] or fresh["blake2b"] != checks["blake2b"]:
        return None, fresh
    return library, fresh


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
        with store.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            raw = handle.read()
    except OSError:
        return None
    digest = _in_background(_blake2b, raw)
    partial = {k: v for k, v in source_key(b"", stat).items() if k != "blake2b"}
    opened = _open_cache(store, partial)
    if opened is None:
        return None
    handle, checks = opened
    try:
        with handle:
            line = handle.readline().rstrip(b"\n")
        if zlib.crc32(line) != checks["list_crc32"]:
            return None
        names = list_fields()
        articles = tuple(Article(**dict(zip(names, row, strict=True))) for row in json.loads(line))
    except (OSError, ValueError, TypeError, RecursionError):
        return None
    return articles if digest() == checks["blake2b"] else None


def write_cache(store: Path, key: dict[str, Any], library: Library) -> None:
    """Write atomically; a cache that cannot be written is simply not there next time."""
    path = cache_path(store)
    names = list_fields()
    # A million short-lived lists: without the collector, 0.23 s instead of 0.57 s at 10,000.
    with gc_paused(freeze=False):
        article_list = json.dumps(
            [[getattr(a, name) for name in names] for a in library.articles],
            separators=(",", ":"),
        ).encode()
        # ASCII: escapes parse faster than UTF-8 decodes (0.345 s against 0.369 s at 10,000).
        body = json.dumps(encode_library(library), separators=(",", ":")).encode()
    header = {**key, "list_crc32": zlib.crc32(article_list), "body_crc32": zlib.crc32(body)}
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(json.dumps(header, sort_keys=True).encode() + b"\n")
            handle.write(article_list + b"\n")
            handle.write(body)
        os.replace(tmp, path)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def new_digest() -> Any:
    """The hash a store's writer feeds its bytes to, for `store_written`."""
    return hashlib.blake2b(digest_size=32)


def store_written(store: Path, library: Library, digest: str) -> None:
    """Cache a store just written from `library`, so the first open after a load is warm.

    `digest` is `new_digest()` fed the bytes written, as hex: if another writer replaced the
    file meanwhile, the open sees other bytes, another digest, and parses the YAML.
    """
    try:
        stat = store.stat()
    except OSError:
        return
    key = {**source_key(b"", stat), "blake2b": digest}
    write_cache(store, key, library)
