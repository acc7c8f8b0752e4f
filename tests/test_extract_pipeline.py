"""The extraction stage as a whole: dates, people, places and meetings wired together."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from negoreader.clean import clean_article
from negoreader.extract import extract_library
from negoreader.load import load_seeds
from negoreader.records import Library

from .conftest import ROOT, SEEDS

GENEVA = """Ginevra, colloqui Usa-Ucraina sul piano

Ginevra, 23 novembre 2025 – Sono iniziati oggi a Ginevra i colloqui tra Stati Uniti e Ucraina sul piano di pace. La delegazione americana è guidata dal segretario di Stato Marco Rubio, quella ucraina da Andriy Yermak.
"""

GENEVA_LATER = """Dopo Ginevra, la palla passa a Mosca

Novembre 25, 2025

Dopo i colloqui di Ginevra di domenica, Marco Rubio ha parlato di progressi enormi. Andriy Yermak ha confermato che le due delegazioni si rivedranno presto.
"""

UNDATED = """Telefonata tra Trump e Zelensky

Secondo fonti della Casa Bianca, il 3 dicembre 2025 Donald Trump ha avuto una lunga telefonata con Volodymyr Zelensky.
"""


@pytest.fixture(scope="module")
def seeds() -> Library:
    return load_seeds(SEEDS).library


def test_articles_and_meetings_point_at_each_other(seeds: Library) -> None:
    assert seeds.meetings
    for meeting in seeds.meetings:
        for article_id in meeting.articles:
            article = seeds.article(article_id)
            assert article is not None and meeting.id in article.meetings
    for article in seeds.articles:
        for meeting_id in article.meetings:
            meeting = seeds.meeting(meeting_id)
            assert meeting is not None and article.id in meeting.articles


def test_meetings_are_in_date_order_with_unique_ids(seeds: Library) -> None:
    keys = [(not m.date, m.date, m.id) for m in seeds.meetings]
    assert keys == sorted(keys)
    assert len({m.id for m in seeds.meetings}) == len(seeds.meetings)


def test_every_paragraph_a_meeting_cites_exists(seeds: Library) -> None:
    for meeting in seeds.meetings:
        for source in meeting.sources:
            article = seeds.article(source.article)
            assert article is not None
            assert all(0 <= p < len(article.paragraphs) for p in source.paragraphs)


def test_participants_are_people_of_the_library(seeds: Library) -> None:
    names = {p.name for p in seeds.people}
    assert all(set(m.participants) <= names for m in seeds.meetings)


def test_an_undated_article_takes_its_latest_date_and_says_so() -> None:
    library = extract_library([clean_article(UNDATED, "undated.txt")])
    (article,) = library.articles
    assert (article.date, article.date_inferred) == ("2025-12-03", True)
    (meeting,) = library.meetings
    assert (meeting.kind, meeting.date) == ("call", "2025-12-03")
    assert set(meeting.participants) == {"Donald Trump", "Volodymyr Zelensky"}
    assert article.meetings == (meeting.id,)


def test_a_dated_article_keeps_its_date() -> None:
    library = extract_library([clean_article(GENEVA_LATER, "later.txt")])
    assert (library.articles[0].date, library.articles[0].date_inferred) == ("2025-11-25", False)


def test_two_outlets_reporting_one_round_give_one_meeting() -> None:
    articles = [clean_article(GENEVA, "geneva.txt"), clean_article(GENEVA_LATER, "later.txt")]
    library = extract_library(articles)
    (meeting,) = library.meetings
    assert (meeting.id, meeting.date, meeting.place) == (
        "2025-11-23-ginevra-talks",
        "2025-11-23",
        "Ginevra",
    )
    assert meeting.articles == ("geneva", "later")
    assert {"Marco Rubio", "Andriy Yermak"} <= set(meeting.participants)
    assert all(a.meetings == (meeting.id,) for a in library.articles)


def test_extraction_is_deterministic() -> None:
    articles = [clean_article(text, f"{n}.txt") for n, text in enumerate((GENEVA, GENEVA_LATER))]
    assert extract_library(articles) == extract_library(articles)
    assert extract_library(list(reversed(articles))).meetings[0].articles == ("1", "0")


def test_no_articles_no_entities() -> None:
    library = extract_library([])
    assert (library.articles, library.people, library.places, library.meetings) == ((), (), (), ())


# --- the command line on the seeds -------------------------------------------------------------


def negoreader(*args: str) -> subprocess.CompletedProcess[str]:
    script = shutil.which("negoreader")
    command = [script] if script else [sys.executable, "-m", "negoreader"]
    return subprocess.run(
        [*command, *args],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("library")
    shutil.copytree(SEEDS, root / "seeds")
    path = root / "data" / "articles.yaml"
    result = negoreader("load", "--seeds", str(root / "seeds"), "--store", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_cli_meetings_json_lists_the_rounds_in_date_order(store: Path) -> None:
    result = negoreader("meetings", "--store", str(store), "--json")
    assert result.returncode == 0, result.stderr
    meetings = json.loads(result.stdout)
    assert {"id", "date", "place", "participants", "articles", "summary"} <= set(meetings[0])
    found = {(m["kind"], m["date"], m["place"]) for m in meetings}
    assert {
        ("talks", "2025-11-30", "Miami"),
        ("call", "2025-12-06", ""),
        ("talks", "2025-12-19/2025-12-21", "Miami"),
        ("planned", "2025-12-20/2025-12-21", "Miami"),
    } <= found
    dated = [m["date"] for m in meetings if m["date"]]
    assert dated == sorted(dated)
    miami = next(m for m in meetings if m["id"] == "2025-12-19-miami-talks")
    assert miami["summary"].startswith("Talks in Miami, 19–21 Dec 2025: ")


def test_cli_related_json_puts_the_same_round_first(store: Path) -> None:
    result = negoreader("related", "001", "--store", str(store), "--json")
    assert result.returncode == 0, result.stderr
    related = json.loads(result.stdout)
    assert related[0]["id"].startswith("002")
    assert related[0]["score"] > related[1]["score"]
    assert any("Miami" in reason for reason in related[0]["reasons"])
