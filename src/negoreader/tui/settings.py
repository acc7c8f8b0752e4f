"""The reader's remembered settings (for now the theme), kept in a small JSON file.

The folder is NEGOREADER_CONFIG when set, else NEGOREADER_HOME (so tests and portable installs
keep everything in one place), else the platform's user config folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

FILE_NAME = "reader.json"


def config_dir() -> Path:
    for variable in ("NEGOREADER_CONFIG", "NEGOREADER_HOME"):
        if value := os.environ.get(variable):
            return Path(value)
    return Path(user_config_dir("negoreader", appauthor=False))


def load_settings() -> dict[str, Any]:
    """The saved settings; an unreadable or odd file counts as none saved."""
    try:
        data = json.loads((config_dir() / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(**changes: Any) -> None:
    """Merge the changes into the settings file; a read-only home just means not remembered."""
    settings = {**load_settings(), **changes}
    path = config_dir() / FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    except OSError:
        pass
