"""INDEX.md: the table's columns and cells, its problems, and the text read from each article file."""

from __future__ import annotations

from pathlib import Path

import pytest

from negoreader.manifest import (
    IndexEntry,
    append_index_rows,
    is_iso_date,
    read_index,
    read_seed,
    sanitize,
    split_row,
)
from negoreader.problems import InputError

ARTICLE = "Vertice a Varsavia\n\nVarsavia, 9 gennaio 2026 – I ministri si sono incontrati.\n"


def library(tmp_path: Path, index: str, files: dict[str, str | bytes] | None = None) -> Path:
    """A seeds folder with this INDEX.md and these article files."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "INDEX.md").write_text(index, encoding="utf-8")
    for name, content in (files or {}).items():
        path = seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return seeds


def problems_of(seeds: Path) -> list[str]:
    with pytest.raises(InputError) as error:
        read_index(seeds)
    return [str(p) for p in error.value.problems]


# --- the table ---------------------------------------------------------------------------------


def test_rows_are_read_with_blank_cells_left_blank(tmp_path: Path) -> None:
    index = (
        "| file | title | source | author | date |\n|---|---|---|---|---|\n"
        "| a.txt | Vertice | La Voce | Anna Neri | 2026-01-09 |\n| b.txt | | | | |\n"
    )
    seeds = library(tmp_path, index, {"a.txt": ARTICLE, "b.txt": ARTICLE})
    assert read_index(seeds) == [
        IndexEntry("a.txt", "Vertice", "La Voce", "Anna Neri", "2026-01-09"),
        IndexEntry("b.txt"),
    ]


def test_columns_in_any_order_and_case_with_prose_around(tmp_path: Path) -> None:
    index = (
        "# Articoli\n\nQuesti sono gli articoli.\n\n"
        "| Date | File | Title |\n| :--- | :---: | ---: |\n"
        "| 2026-01-09T10:30 | a.txt | Vertice |\n\nAltre note in fondo | non fanno parte.\n"
    )
    seeds = library(tmp_path, index, {"a.txt": ARTICLE})
    assert read_index(seeds) == [IndexEntry("a.txt", title="Vertice", date="2026-01-09T10:30")]


def test_only_the_file_column_is_required(tmp_path: Path) -> None:
    seeds = library(
        tmp_path,
        "| file |\n|---|\n| a.txt |\n| sub/b.txt |\n",
        {"a.txt": ARTICLE, "sub/b.txt": ARTICLE},
    )
    assert [e.file for e in read_index(seeds)] == ["a.txt", "sub/b.txt"]


def test_escaped_bars_stay_in_the_cell() -> None:
    assert split_row(r"| a.txt | Kiev \| Mosca: il punto | \\ |") == [
        "a.txt",
        "Kiev | Mosca: il punto",
        "\\",
    ]
    assert split_row("a.txt | titolo") == ["a.txt", "titolo"]


def test_append_keeps_the_column_order_and_the_prose(tmp_path: Path) -> None:
    index = "Intro.\n\n| title | file |\n|---|---|\n| Uno | a.txt |\n\nNota finale.\n"
    seeds = library(tmp_path, index, {"a.txt": ARTICLE, "b.txt": ARTICLE})
    append_index_rows(seeds, [IndexEntry("b.txt", title="Due | tre")])
    text = (seeds / "INDEX.md").read_text(encoding="utf-8")
    assert text == (
        "Intro.\n\n| title | file |\n|---|---|\n| Uno | a.txt |\n| Due \\| tre | b.txt |\n"
        "\nNota finale.\n"
    )
    assert read_index(seeds)[1] == IndexEntry("b.txt", title="Due | tre")


def test_append_refuses_a_value_for_a_missing_column(tmp_path: Path) -> None:
    seeds = library(tmp_path, "| file |\n|---|\n| a.txt |\n", {"a.txt": ARTICLE})
    before = (seeds / "INDEX.md").read_bytes()
    with pytest.raises(InputError, match="no `author` column"):
        append_index_rows(seeds, [IndexEntry("b.txt", author="Anna Neri")])
    assert (seeds / "INDEX.md").read_bytes() == before


def test_append_creates_a_missing_index(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(ARTICLE, encoding="utf-8")
    append_index_rows(seeds, [IndexEntry("a.txt", date="2026-01-09")])
    assert read_index(seeds) == [IndexEntry("a.txt", date="2026-01-09")]


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2025-12-06", True),
        ("2025-12-06T00:38", True),
        ("2025-12-06T00:38:10+01:00", True),
        ("2025-02-30", False),
        ("6 dicembre 2025", False),
        ("2025-12", False),
        ("06/12/2025", False),
    ],
)
def test_iso_dates(value: str, valid: bool) -> None:
    assert is_iso_date(value) is valid


# --- INDEX.md problems -------------------------------------------------------------------------


def test_missing_index(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    [problem] = problems_of(tmp_path / "seeds")
    assert "INDEX.md" in problem and "missing" in problem


def test_index_without_a_table(tmp_path: Path) -> None:
    [problem] = problems_of(library(tmp_path, "Solo un elenco:\n- a.txt\n"))
    assert "INDEX.md" in problem and "malformed" in problem


def test_index_without_a_file_column(tmp_path: Path) -> None:
    [problem] = problems_of(library(tmp_path, "| nome | titolo |\n|---|---|\n| a.txt | x |\n"))
    assert "INDEX.md" in problem and "no `file` column" in problem


def test_every_row_problem_is_listed_with_its_line(tmp_path: Path) -> None:
    index = (
        "| file | date |\n|---|---|\n"
        "| a.txt | 2026-01-09 |\n"  # line 3: fine
        "| b.txt | 9 gennaio 2026 |\n"  # line 4: not ISO
        "| c.txt | 2026-01-09 | extra |\n"  # line 5: three cells
        "| a.txt | |\n"  # line 6: listed twice
        "| missing.txt | |\n"  # line 7: a file problem, reported with the others
    )
    seeds = library(tmp_path, index, {"a.txt": ARTICLE, "b.txt": ARTICLE, "c.txt": ARTICLE})
    problems = problems_of(seeds)
    assert len(problems) == 4
    assert "line 4" in problems[0] and "9 gennaio 2026" in problems[0] and "ISO 8601" in problems[0]
    assert "line 5" in problems[1] and "3 cells" in problems[1]
    assert "line 6" in problems[2] and "listed twice" in problems[2] and "line 3" in problems[2]
    assert "missing.txt" in problems[3] and "missing" in problems[3]
    assert all(p.count("\n") == 0 for p in problems)


def test_the_same_file_written_two_ways_is_listed_twice(tmp_path: Path) -> None:
    seeds = library(tmp_path, "| file |\n|---|\n| a.txt |\n| ./a.txt |\n", {"a.txt": ARTICLE})
    [problem] = problems_of(seeds)
    assert "listed twice" in problem


def test_a_row_without_a_file_name(tmp_path: Path) -> None:
    seeds = library(tmp_path, "| file | title |\n|---|---|\n|  | Senza file |\n")
    [problem] = problems_of(seeds)
    assert "line 3" in problem and "no file named" in problem


# --- reading an article file -------------------------------------------------------------------


def read(tmp_path: Path, content: str | bytes) -> tuple[str, list[str]]:
    seeds = library(tmp_path, "| file |\n|---|\n| a.txt |\n", {"a.txt": content})
    text, warnings = read_seed(seeds, IndexEntry("a.txt"))
    return text, [str(w) for w in warnings]


def test_utf8_is_read_as_is(tmp_path: Path) -> None:
    assert read(tmp_path, "Perché l’accordo è vicino — «sì».\n") == (
        "Perché l’accordo è vicino — «sì».\n",
        [],
    )


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text, warnings = read(tmp_path, "Perché l’accordo è “vicino” – sì.\n".encode("cp1252"))
    assert text == "Perché l’accordo è “vicino” – sì.\n"
    [warning] = warnings
    assert "a.txt" in warning and "not UTF-8; read as cp1252" in warning


def test_bytes_cp1252_leaves_undefined_fall_back_to_latin1(tmp_path: Path) -> None:
    text, warnings = read(tmp_path, b"Citt\xe0 \x81 vicina\n")
    assert text.startswith("Città ") and "vicina" in text
    assert "latin-1" in warnings[0]


def test_bom_and_windows_line_ends_are_removed(tmp_path: Path) -> None:
    text, _ = read(tmp_path, "\ufeffTitolo\r\n\r\nTesto.\r\n".encode())
    assert text == "Titolo\n\nTesto.\n"


def test_utf16_with_a_bom_is_text(tmp_path: Path) -> None:
    text, warnings = read(tmp_path, "Kiev è pronta.\n".encode("utf-16"))
    assert text == "Kiev è pronta.\n" and warnings == []


def test_escape_sequences_and_controls_are_stripped(tmp_path: Path) -> None:
    raw = (
        "\x1b[31mRosso\x1b[0m e \x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\ e "
        "\x1b]0;titolo\x07fine\x07\x08\x00\t.\x1b(B\x1b7\n"
    )
    assert sanitize(raw) == "Rosso e link e fine\t.\n"


def test_a_stray_escape_never_swallows_the_article() -> None:
    # An unterminated OSC ends at the line's end; a one-byte C1 string opener goes alone.
    assert sanitize("Titolo\x1b]0;senza fine\nIl testo resta.\n") == "Titolo\nIl testo resta.\n"
    assert sanitize("Citt\x9d vicina resta") == "Citt vicina resta"


def test_one_byte_csi_sequences_are_stripped_whole() -> None:
    assert sanitize("Il \x9b31mpiano\x9b0m e \x9b2J resta") == "Il piano e  resta"


def test_markup_like_text_stays_verbatim(tmp_path: Path) -> None:
    text, _ = read(tmp_path, "Il [bold]piano[/] e [red]x[/red] restano <b>testo</b>.\n")
    assert text == "Il [bold]piano[/] e [red]x[/red] restano <b>testo</b>.\n"


def test_bidirectional_overrides_are_stripped() -> None:
    assert sanitize("a\u202eb\u2066c") == "abc"


def test_a_link_that_stays_inside_the_folder_is_fine(tmp_path: Path) -> None:
    seeds = library(tmp_path, "| file |\n|---|\n| alias.txt |\n", {"sub/a.txt": ARTICLE})
    (seeds / "alias.txt").symlink_to(seeds / "sub" / "a.txt")
    assert read_seed(seeds, read_index(seeds)[0]) == (ARTICLE, [])


def test_a_file_too_large_for_an_article(tmp_path: Path) -> None:
    seeds = library(tmp_path, "| file |\n|---|\n| big.txt |\n", {"big.txt": b"a" * 5_000_001})
    with pytest.raises(InputError, match="too large"):
        read_seed(seeds, IndexEntry("big.txt"))


def test_append_to_an_index_without_a_final_newline(tmp_path: Path) -> None:
    seeds = library(tmp_path, "| file |\n|---|\n| a.txt |", {"a.txt": ARTICLE, "b.txt": ARTICLE})
    append_index_rows(seeds, [IndexEntry("b.txt")])
    assert (seeds / "INDEX.md").read_text(
        encoding="utf-8"
    ) == "| file |\n|---|\n| a.txt |\n| b.txt |\n"
