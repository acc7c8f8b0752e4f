"""Article text, names and queries are shown as text: markup is not run, escapes never leave."""

from __future__ import annotations

from negoreader.tui.app import ReaderApp
from negoreader.tui.text import highlighted, printable, safe
from negoreader.tui.widgets.reading_pane import Block

from .tui_support import STORE, ready


def test_printable_replaces_control_characters_one_for_one() -> None:
    text = "a\x1b[31mb\x07c\x9bd\x7f\ttab\nline"
    shown = printable(text)
    assert len(shown) == len(text)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert shown.startswith("a\u241b[31mb\u2407c")
    assert "\t" in shown and "\n" in shown
    assert printable("plain [bold]") == "plain [bold]"


def test_safe_and_highlighted_never_parse_markup() -> None:
    assert safe("[@click=app.quit]x[/]").plain == "[@click=app.quit]x[/]"
    assert safe("[/]").plain == "[/]"
    content = highlighted("[b]Rubio[/b]", [(3, 8, "bold"), (50, 60, "italic"), (5, 2, "x")])
    assert content.plain == "[b]Rubio[/b]"
    assert [(s.start, s.end) for s in content.spans] == [(3, 8)]


async def test_markup_in_an_article_is_shown_literally_and_clicking_it_does_nothing() -> None:
    app = ReaderApp(STORE)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await ready(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert screen.current == "b-telefonata"
        blocks = {b.index: b for b in screen.reader.query(Block)}
        assert blocks[-1].content.plain.startswith("La telefonata [bold]Trump[/]-Zelensky")
        body = blocks[1].content.plain
        for literal in (
            "[@click=app.quit]clicca qui[/]",
            "[bold]grassetto[/]",
            "[link='https://example.com']un link[/]",
            "sola [/] nel",
        ):
            assert literal in body
        assert (
            "Foglio [@click=app.quit]di prova[/]" in screen.reader.query_one(".meta").content.plain
        )
        listed = screen.article_list.get_option("b-telefonata").prompt.plain
        assert "[@click=app.quit]" in listed and "[bold]Trump[/]" in listed
        for target in (blocks[1], screen.reader.query_one(".meta"), blocks[-1]):
            for x in range(0, 60, 6):
                await pilot.click(target, offset=(x, 0))
        await pilot.click("#articles", offset=(20, 5))
        await pilot.pause()
        assert app.is_running
        assert app.screen is screen


async def test_escape_sequences_in_articles_never_reach_the_terminal() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("j")
        await pilot.pause()
        block = screen.reader.block(2)
        assert block is not None
        assert "\x1b" not in block.content.plain
        assert "\u241b[31mrosso" in block.content.plain
        rendered = "".join(
            segment.text
            for strip in block.render_lines(block.region.reset_offset)
            for segment in strip
        )
        assert "\x1b" not in rendered


async def test_markup_in_queries_and_names_is_literal() -> None:
    app = ReaderApp(STORE)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await ready(pilot)
        for query in ("[/]", "[bold]x", "[@click=app.quit]q[/]", "\x1b[2J", "(((", "🙂" * 50):
            await pilot.press("slash")
            screen.query_one("#search").value = query
            await pilot.pause(0.15)
            await app.workers.wait_for_complete()
            await pilot.pause()
            results = screen.query_one("#results")
            last = results.get_option_at_index(results.option_count - 1).prompt.plain
            assert printable(query.strip()) in last
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("escape", "escape")
            await pilot.pause()
        await pilot.press("e", *"nessuno")
        await pilot.pause()
        index = app.screen
        row = index.query_one("#entity-list").get_option_at_index(0).prompt.plain
        assert "[b]Nessuno[/b]" in row and "[@click=app.quit]ruolo[/]" in row
        assert "[b]Nessuno[/b]" in index.query_one("#entity-detail-text").content.plain
        await pilot.click("#entity-detail-text", offset=(2, 0))
        await pilot.click("#entity-list", offset=(10, 0))
        await pilot.pause()
        assert app.is_running


async def test_the_command_palette_shows_markup_titles_literally() -> None:
    app = ReaderApp(STORE)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"telefonata [bold]")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.is_running
        assert app.screen is screen
        assert screen.current == "b-telefonata"
