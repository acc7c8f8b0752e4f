"""Where the articles live: this repository's library, the user's library, or the bundled one.

A library is a folder with `seeds/` (the article files and INDEX.md) and `data/articles.yaml`.
The installed package's bundled library is only ever read; `add` writes to the user library.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from platformdirs import user_data_dir

STORE_NAME = Path("data", "articles.yaml")
SEEDS_NAME = "seeds"


def user_library() -> Path:
    """The user's own library folder (NEGOREADER_HOME overrides the platform's data folder)."""
    home = os.environ.get("NEGOREADER_HOME")
    return Path(home) if home else Path(user_data_dir("negoreader", appauthor=False))


def bundled_library() -> Path:
    """The five articles shipped with the package (or this checkout, when run from source)."""
    packaged = Path(__file__).parent / "bundled"
    if (packaged / SEEDS_NAME).is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def working_library(cwd: Path | None = None) -> Path | None:
    """The library in the current folder, when it holds one (as this repository does)."""
    cwd = cwd or Path.cwd()
    return cwd if (cwd / SEEDS_NAME / "INDEX.md").is_file() else None


def default_store(cwd: Path | None = None) -> Path:
    """The current folder's store when present, else the user library's, else the bundled one."""
    cwd = cwd or Path.cwd()
    for root in (cwd, user_library()):
        if (root / STORE_NAME).is_file():
            return root / STORE_NAME
    if working_library(cwd):
        return cwd / STORE_NAME
    return bundled_library() / STORE_NAME


def seeds_for(store: Path) -> Path:
    """The seeds folder a store is built from: `seeds/` beside the store's `data/` folder."""
    return store.resolve().parent.parent / SEEDS_NAME


def library_for_add(cwd: Path | None = None) -> Path:
    """The library `add` writes to: this repository's, or the user's, created from the bundled."""
    cwd = cwd or Path.cwd()
    here = working_library(cwd)
    if here:
        return here
    root = user_library()
    if not (root / SEEDS_NAME / "INDEX.md").is_file():
        (root / SEEDS_NAME).mkdir(parents=True, exist_ok=True)
        shutil.copytree(bundled_library() / SEEDS_NAME, root / SEEDS_NAME, dirs_exist_ok=True)
    return root
