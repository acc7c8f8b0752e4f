"""The loader: seeds folder → cleaned articles → extraction → store."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from negoreader.cache import gc_paused
from negoreader.clean import clean_article
from negoreader.extract.pipeline import (
    Prepared,
    extract_prepared,
    find_in_corpus,
    merge_found,
    pool_map,
    pool_started,
    prepare_article,
)
from negoreader.locations import seeds_for
from negoreader.manifest import IndexEntry, read_index, read_seed
from negoreader.problems import InputError, Problem
from negoreader.records import Article, Library
from negoreader.store import article_text, read_store, write_store

Progress = Callable[[int, int, str], None]


@dataclass
class LoadResult:
    """What a load produced: the library, the problems met and the files skipped."""

    library: Library
    problems: list[Problem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def apply_index(article: Article, entry: IndexEntry) -> Article:
    """A filled INDEX.md cell overrides what was read from the text."""
    changes: dict[str, object] = {
        name: value for name in ("title", "source", "author") if (value := getattr(entry, name))
    }
    if entry.date:
        changes.update(date=entry.date, date_inferred=False)
    return replace(article, **changes) if changes else article


def unique_ids(articles: list[Article]) -> list[Article]:
    """Ids are file stems; two files with the same stem get -2, -3 … in INDEX.md order."""
    seen: dict[str, int] = {}
    result = []
    for article in articles:
        count = seen.get(article.id, 0) + 1
        seen[article.id] = count
        result.append(article if count == 1 else replace(article, id=f"{article.id}-{count}"))
    return result


@dataclass(frozen=True)
class _Read:
    """One INDEX.md entry after the per-article steps: its problems, and the article if read."""

    problems: tuple[Problem, ...]
    prepared: Prepared | None


def _read(seeds_dir: Path, entry: IndexEntry) -> _Read:
    # Runs in a worker process when the pool pays (see `extract.workers`): reading, cleaning,
    # dating and the name scan need no other article. NEGOREADER_WORKERS=1 keeps it all here.
    try:
        text, warnings = read_seed(seeds_dir, entry)
    except InputError as error:
        return _Read(tuple(error.problems), None)
    article = apply_index(clean_article(text, entry.file), entry)
    return _Read(tuple(warnings), prepare_article(article))


def load_seeds(
    seeds_dir: Path, *, skip_bad: bool = False, progress: Progress | None = None
) -> LoadResult:
    """Read every article INDEX.md lists; raise InputError listing every problem unless skip_bad."""
    prepared, problems, skipped = _prepare(seeds_dir, skip_bad, progress)
    return LoadResult(extract_prepared(prepared), problems, skipped)


def _prepare(
    seeds_dir: Path, skip_bad: bool, progress: Progress | None
) -> tuple[list[Prepared], list[Problem], list[str]]:
    entries = read_index(seeds_dir)
    prepared: list[Prepared] = []
    problems: list[Problem] = []
    skipped: list[str] = []
    with gc_paused(freeze=False):
        # Results come back in INDEX.md order, so problems and ids are as a sequential read's.
        reads = pool_map(lambda n: _read(seeds_dir, entries[n]), len(entries))
        for number, (entry, read) in enumerate(zip(entries, reads, strict=True), 1):
            if progress:
                progress(number, len(entries), entry.file)
            problems.extend(read.problems)
            if read.prepared is None:
                skipped.append(entry.file)
            else:
                prepared.append(read.prepared)
    errors = [p for p in problems if not p.warning]
    if errors and not skip_bad:
        raise InputError(problems)
    named = unique_ids([p.article for p in prepared])
    prepared = [replace(p, article=a) for p, a in zip(prepared, named, strict=True)]
    return prepared, problems, skipped


def load_into_store(
    seeds_dir: Path, store: Path, *, skip_bad: bool = False, progress: Progress | None = None
) -> LoadResult:
    """Load the seeds and write the store and its cache; nothing is written when the load fails."""
    prepared, problems, skipped = _prepare(seeds_dir, skip_bad, progress)
    with gc_paused(freeze=False):
        found = find_in_corpus(prepared)
        # Merging the meetings runs here, on one core; the articles' text needs no meeting (it
        # is the record but its last key), so one worker writes it on the other meanwhile (a
        # second would only take turns with the merge). Compressed while it waits: as plain
        # bytes it would add the store's size to the load's peak memory (58 MB at 10,000).
        articles = found.articles
        task = lambda n: zlib.compress(article_text(articles[n]), 1)  # noqa: E731
        with pool_started(task, len(articles), most=1) as texts:
            library = merge_found(found)
            del found
            packed = list(texts)
    write_store(library, store, cached=True, articles_text=map(zlib.decompress, packed))
    return LoadResult(library, problems, skipped)


def open_store(store: Path, progress: Progress | None = None) -> Library:
    """Open a store, first building it from the seeds beside it when it is missing."""
    if not store.exists():
        seeds = seeds_for(store)
        if not (seeds / "INDEX.md").is_file():
            message = f"no store here, and no {seeds / 'INDEX.md'} to build it from"
            raise InputError(Problem(str(store), message))
        load_into_store(seeds, store, progress=progress)
    return read_store(store)
