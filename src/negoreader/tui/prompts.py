"""How records look in the reader's lists: articles, search results, meetings.

Every piece of text from the store or the user goes in through `safe()`, never as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets.option_list import Option

from negoreader.records import Article, Meeting
from negoreader.tui.text import counted, marked_positions, row, safe

if TYPE_CHECKING:
    from negoreader.tui.search_service import Results

KIND_LABEL = {"person": "person", "place": "place ", "date": "date  "}


def article_prompt(article: Article) -> Content:
    """Two lines in the list: date and source, then the title.

    A date the loader inferred (the text gave none) reads `~2025-12-06`, in italics.
    """
    if article.day and article.date_inferred:
        date = (f"~{article.day}", "italic")
    else:
        date = (article.day or "no date", "")
    return row(
        (
            date,
            ("  ", ""),
            (article.source, "dim"),
            ("\n", ""),
            (article.title or article.id, "bold"),
        )
    )


def meeting_label(meeting: Meeting) -> str:
    """`2025-12-20 · Miami · talks`"""
    return " · ".join(x for x in (meeting.date or "no date", meeting.place, meeting.kind) if x)


def result_options(results: Results) -> list[Option]:
    """One option per entity hit, and a last one for searching the text."""
    options = []
    for number, hit in enumerate(results.hits):
        count = len(hit.articles)
        matched = marked_positions(hit.matched, hit.positions, "bold underline $accent")
        if hit.matched == hit.name:
            name = matched.stylize("bold")
        else:
            name = Content.assemble(safe(hit.name, "bold"), safe("  as ", "dim"), matched)
        prompt = Content.assemble(
            safe(KIND_LABEL.get(hit.kind, hit.kind), "dim"),
            "  ",
            name,
            safe(f"  · {counted(count, 'article')}", "dim"),
        )
        options.append(Option(prompt, id=f"hit-{number}"))
    text = results.text
    if not results.text_searched:
        found = "search titles and text"
    elif text:
        found = f"{counted(len(text.mentions), 'match', 'matches')} in {counted(len(text.articles), 'article')}"
    else:
        found = "no matches"
    prompt = Content.assemble(
        safe("text  ", "dim"),
        "  ",
        safe(f"“{results.query.strip()}”", "italic"),
        safe(f"  · {found}", "dim"),
    )
    options.append(Option(prompt, id="text"))
    return options
