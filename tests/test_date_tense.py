"""A day named without its year, and weekdays in reported clauses: which way the tense points."""

from __future__ import annotations

import pytest

from negoreader.extract.dates import find_dates
from negoreader.records import Article, Paragraph

OCTOBER = "2025-10-17"  # a Friday
DECEMBER = "2025-12-18"  # a Thursday


def found(text: str, date: str) -> list[tuple[str, str]]:
    article = Article(
        id="t", file="t.txt", title="Titolo", date=date, paragraphs=(Paragraph("paragraph", text),)
    )
    return [(d.text, d.value) for d in find_dates(article)]


# (sentence, article date, [(text, value)]) — written for this test.
CASES = [
    # far from the reference, a past clause takes the last such day, a future one the next
    ("Era il secondo vertice, dopo quello teso del 3 marzo.", OCTOBER,
     [("del 3 marzo", "2025-03-03")]),
    ("Il negoziato riprenderà il 3 marzo a Ginevra.", OCTOBER,
     [("il 3 marzo", "2026-03-03")]),
    ("Dal 2 al 4 marzo le squadre si erano viste a Riad.", OCTOBER,
     [("Dal 2 al 4 marzo", "2025-03-02/2025-03-04")]),
    # near the reference the nearest day stands, whatever the tense
    ("Il 20 ottobre le squadre avevano lavorato a Riad.", OCTOBER,
     [("Il 20 ottobre", "2025-10-20")]),
    # a tense-less clause, or a quotation with no verb of its own: the nearest
    ("«Vogliamo una risposta entro il 3 marzo», ha detto il ministro.", OCTOBER,
     [("entro il 3 marzo", "2026-03-03")]),
    ("«Speriamo in una tregua prima del 3 marzo», ha detto il ministro.", OCTOBER,
     [("prima del 3 marzo", "2026-03-03")]),
    # an aside of saying between commas tells nothing of the day; the rest of the sentence does
    ("Lunedì, ha detto il portavoce, ci sarà una risposta.", DECEMBER,
     [("Lunedì", "2025-12-22")]),
    ("Martedì, secondo fonti del Cremlino, arriverà la bozza.", DECEMBER,
     [("Martedì", "2025-12-23")]),
    ("Lunedì, ha spiegato il ministro, la delegazione era a Ginevra.", DECEMBER,
     [("Lunedì", "2025-12-15")]),
    ("Sabato, dice Zelensky, partiranno i colloqui.", DECEMBER, [("Sabato", "2025-12-20")]),
    # the clause "che" opens is the weekday's, not the verb that reports it
    ("Il ministro ha annunciato che lunedì e martedì a Doha, in Qatar, si terrà il vertice.",
     DECEMBER, [("lunedì e martedì", "2025-12-22/2025-12-23")]),
    ("Il ministro ha detto che lunedì aveva visto l'inviato.", DECEMBER,
     [("lunedì", "2025-12-15")]),
    # "durò", "lavorò" are past, "farò" is to come
    ("Il terzo round, a luglio, durò meno di un'ora.", DECEMBER, [("a luglio", "2025-07")]),
    ("«Ci tornerò a luglio», ha detto il ministro.", DECEMBER, [("a luglio", "2026-07")]),
    # "in un weekend" is any weekend
    ("La guerra non si chiude in un weekend, ha detto il presidente.", DECEMBER, []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "date", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_tense(sentence: str, date: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence, date) == expected
