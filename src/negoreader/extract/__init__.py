"""Extraction: who, where, when and which meetings, across all articles at once.

The stages are the modules beside this one (dates, people and places, meetings); `pipeline`
runs them in order. Names are re-exported lazily, so that importing one stage (the search
imports `dates` for date queries) does not load and compile all the others.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


def __getattr__(name: str) -> Any:
    try:
        return getattr(import_module("negoreader.extract.pipeline"), name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
