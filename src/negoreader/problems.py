"""Problems with the user's input, reported as one clear line each, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem with one file: `file: message`."""

    file: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


class InputError(Exception):
    """Input that cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
