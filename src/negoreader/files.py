"""Writing files atomically: a temporary file beside the target, then a rename.

A crash or a full disk never leaves half a file; the new file gets the permissions an ordinary
write would give (the umask's), not the temporary file's private 0600.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, chunks: Iterable[bytes]) -> None:
    """Write `chunks` to `path` so that readers see the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomically(path: Path, chunks: Iterable[str]) -> None:
    """Text as UTF-8 with newlines as given."""
    write_atomically(path, (chunk.encode("utf-8") for chunk in chunks))
