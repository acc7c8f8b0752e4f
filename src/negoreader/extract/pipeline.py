"""The extraction pipeline: who, where, when and which meetings, across all articles at once.

The order matters: an undated article first gets the latest date its text names (so that
"ieri" and "mercoledì" can be resolved), then its dates are read, then people and places are
found and unified across the corpus, and last the meetings are tied to all three.

The steps that need one article only (dates, the paragraph scan for names, finding one article's
meetings) can run in worker processes (`pool_map`); the corpus-wide steps run here, in article
order, so the result is the same whichever way the per-article steps ran.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, TypeVar

from negoreader.cache import gc_paused
from negoreader.extract.dates import find_dates, latest_explicit_date
from negoreader.extract.knowledge import load_knowledge
from negoreader.extract.meetings import MeetingContext, article_meetings, merge_meetings
from negoreader.extract.mentions import Candidate, ParagraphScanner
from negoreader.extract.people import extract_people_and_places, scan_article
from negoreader.records import Article, Library, Person, Place

T = TypeVar("T")

# Below this many articles starting workers costs more than it saves.
MIN_PARALLEL = 64
_CHUNK = 32  # articles per task: big enough that sending results back is not the cost


@dataclass(frozen=True)
class Prepared:
    """One article after the steps that need no other article: dated, its names scanned."""

    article: Article
    candidates: tuple[Candidate, ...]


def workers(count: int) -> int:
    """How many processes to run the per-article steps of `count` articles on (1: none).

    NEGOREADER_WORKERS=1 forces the sequential path (any other number caps the workers). Only a
    process with one thread forks: a fork copies no other thread, and a lock one of them held
    (as in the reader, which loads in a worker thread) would stay locked in the child.
    """
    wanted = min(2, os.cpu_count() or 1)
    setting = os.environ.get("NEGOREADER_WORKERS", "").strip()
    if setting.isdigit():
        wanted = min(wanted, max(1, int(setting)))
    if count < MIN_PARALLEL or threading.active_count() > 1 or not _can_fork():
        return 1
    return wanted


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


# The task the forked workers run: set before the pool starts, inherited by the children, so
# neither the function nor what it reads (the index, the articles) is ever pickled; only the
# item numbers go out and the results come back.
_task: Callable[[int], object] | None = None


def _run(number: int) -> object:
    assert _task is not None
    return _task(number)


@contextmanager
def pool_started(task: Callable[[int], T], count: int, *, most: int = 2) -> Iterator[Iterator[T]]:
    """`task(0) … task(count - 1)` started at once on at most `most` worker processes when they
    pay; the body does other work meanwhile and reads the results, in order, from the iterator
    it is given.

    Without workers the tasks run here, as the body reads them. The body must not start another
    pool: the running one's thread makes `workers` answer 1.
    """
    processes = workers(count)
    if processes == 1:
        yield map(task, range(count))
        return
    processes = min(processes, most)
    global _task
    _task = task
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=processes, mp_context=context) as executor:
            # map submits every chunk now; the workers are forked with `_task` set.
            yield executor.map(_run, range(count), chunksize=_CHUNK)  # type: ignore[misc]
    finally:
        _task = None


def pool_map(task: Callable[[int], T], count: int) -> Iterator[T]:
    """`task(0) … task(count - 1)`, in order, on worker processes when they pay, else here."""
    processes = workers(count)
    if processes == 1:
        yield from map(task, range(count))
        return
    global _task
    _task = task
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=processes, mp_context=context) as executor:
            yield from executor.map(_run, range(count), chunksize=_CHUNK)  # type: ignore[misc]
    finally:
        _task = None


@cache
def _scanner() -> ParagraphScanner:
    return ParagraphScanner(load_knowledge())


def prepare_article(article: Article) -> Prepared:
    """Date the article, read its dates and scan its paragraphs for names."""
    article = _with_dates(article)
    return Prepared(article, tuple(scan_article(article, _scanner())))


def _with_dates(article: Article) -> Article:
    if not article.date and (inferred := latest_explicit_date(article)):
        article = replace(article, date=inferred, date_inferred=True)
    return replace(article, dates=find_dates(article))


# Extraction runs with the cyclic collector off (cache.gc_paused, no freeze): it makes millions of
# small objects and no garbage cycles worth a collection; the collector's passes over an ever
# larger heap cost about 6% of a load at 10,000 articles. Reference counting frees the rest.


def extract_library(articles: Sequence[Article]) -> Library:
    """Find people, places, dates and meetings in cleaned articles; unify them across the corpus."""
    with gc_paused(freeze=False):
        prepared = list(pool_map(lambda n: prepare_article(articles[n]), len(articles)))
        return extract_prepared(prepared)


def extract_prepared(prepared: list[Prepared]) -> Library:
    """The corpus-wide steps over prepared articles (the list is emptied on the way)."""
    with gc_paused(freeze=False):
        return merge_found(find_in_corpus(prepared))


@dataclass(frozen=True)
class Found:
    """The corpus before its meetings are merged: the articles (their `meetings` not yet set),
    people, places, and each article's own meetings, in article order."""

    articles: list[Article]
    people: tuple[Person, ...]
    places: tuple[Place, ...]
    per_article: list[list[Any]]  # meetings.py's groups, opaque here


def find_in_corpus(prepared: list[Prepared]) -> Found:
    """People and places unified across the corpus, then each article's meetings (the list of
    prepared articles is emptied on the way).

    Apart from `merge_found` so that a caller can start work that needs no meeting (writing
    the articles' text) while the meetings are merged.
    """
    with gc_paused(freeze=False):
        dated = [p.article for p in prepared]
        scanned: list[Sequence[Candidate] | None] = [p.candidates for p in prepared]
        prepared.clear()
        found, people, places = extract_people_and_places(dated, scanned=scanned)
        del dated
        context = MeetingContext.of(people, places)
        per_article = list(pool_map(lambda n: article_meetings(found[n], context), len(found)))
        return Found(list(found), tuple(people), tuple(places), per_article)


def merge_found(found: Found) -> Library:
    """Merge the articles' meetings into the corpus's and tell each article its meetings."""
    with gc_paused(freeze=False):
        meetings = merge_meetings(found.per_article, found.places)
        reported: dict[str, list[str]] = {}
        for meeting in meetings:
            for article_id in meeting.articles:
                reported.setdefault(article_id, []).append(meeting.id)
        linked = tuple(
            replace(article, meetings=tuple(reported.get(article.id, ())))
            for article in found.articles
        )
        return Library(articles=linked, people=found.people, places=found.places, meetings=meetings)
