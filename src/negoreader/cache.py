"""A derived JSON copy of the YAML store, so opening thousands of articles skips YAML parsing.

The YAML stays the source of truth. The cache holds the same plain data the store does
(`store.library_to_data`) under a one-line header naming the YAML it was made from: its size,
mtime_ns and a blake2b digest of its bytes. A cache is used only when all three match the bytes
just read; a stale, truncated or malformed cache is ignored and rebuilt. JSON, never pickle:
reading a cache cannot run code.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

FORMAT = 1
SUFFIX = ".cache.json"


def cache_path(store: Path) -> Path:
    """Beside the store when its folder is writable, else under the user's cache folder."""
    folder = store.parent
    if os.access(folder, os.W_OK):
        return folder / f".{store.name}{SUFFIX}"
    # One cache per store path: a read-only store elsewhere must not share another's cache.
    where = hashlib.blake2b(str(store.resolve()).encode(), digest_size=8).hexdigest()
    return Path(user_cache_dir("negoreader", appauthor=False)) / f"{where}-{store.name}{SUFFIX}"


def source_key(raw: bytes, stat: os.stat_result) -> dict[str, Any]:
    """What identifies one version of the YAML: size, modification time and content digest."""
    return {
        "format": FORMAT,
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "blake2b": hashlib.blake2b(raw, digest_size=32).hexdigest(),
    }


def read_cache(store: Path, key: dict[str, Any]) -> dict[str, Any] | None:
    """The cached plain data for this version of the store, or None when absent, stale or bad."""
    try:
        with cache_path(store).open("rb") as handle:
            # The header comes first so a stale cache is rejected without parsing its body.
            if json.loads(handle.readline()) != key:
                return None
            data = json.loads(handle.read())
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def write_cache(store: Path, key: dict[str, Any], data: dict[str, Any]) -> None:
    """Write atomically; a cache that cannot be written is simply not there next time."""
    path = cache_path(store)
    header = json.dumps(key, sort_keys=True)
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(header + "\n" + body)
        os.replace(tmp, path)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
