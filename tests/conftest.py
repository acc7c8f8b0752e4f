"""Shared fixtures: the repository's seeds, copied where a test may change them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from negoreader.records import Article, Paragraph

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
STORE = ROOT / "data" / "articles.yaml"


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the five seed articles and their INDEX.md."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(autouse=True)
def _no_user_library(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real user library."""
    monkeypatch.setenv("NEGOREADER_HOME", str(tmp_path_factory.mktemp("home")))


def article(*paragraphs: str, article_id: str = "a") -> Article:
    """A bare article made of plain paragraphs, for extraction tests."""
    return Article(
        id=article_id,
        file=f"{article_id}.txt",
        title="",
        paragraphs=tuple(Paragraph("paragraph", p) for p in paragraphs),
    )
