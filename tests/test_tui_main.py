"""Pilot tests of the main screen: list, reading pane, search, filters, n/N, related, meetings,
history, layout, keys and mouse — on the hand-written test store."""

from __future__ import annotations

from rich.cells import cell_len
from textual.pilot import Pilot

from negoreader.tui.app import ReaderApp
from negoreader.tui.screens.main import MainScreen
from negoreader.tui.widgets.reading_pane import (
    DATE,
    PERSON,
    PLACE,
    Block,
    ReadingPane,
    line_starts,
)

from .tui_support import STORE, ready


async def settle(pilot: Pilot[None]) -> None:
    """Let the search worker (debounced) and the screen's updates finish."""
    await pilot.pause(0.15)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def search(pilot: Pilot[None], text: str) -> None:
    await pilot.press("slash", *text)
    await settle(pilot)


def plain(widget: object) -> str:
    return widget.content.plain  # type: ignore[attr-defined]


def list_ids(screen: MainScreen) -> list[str]:
    articles = screen.article_list
    ids = (articles.get_option_at_index(i).id for i in range(articles.option_count))
    return [i for i in ids if i]


def status(screen: MainScreen) -> str:
    return plain(screen.query_one("#status"))


def block(screen: MainScreen, index: int) -> Block:
    found = screen.reader.block(index)
    assert found is not None
    return found


async def test_list_in_date_order_with_count_and_first_article_shown() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert list_ids(screen) == [
            "a-ginevra",
            "b-telefonata",
            "c-miami-ucraina",
            "d-miami-russia",
        ]
        assert plain(screen.query_one("#list-count")) == "4 articles"
        assert screen.current == "a-ginevra"
        texts = [plain(b) for b in screen.reader.query(Block)]
        assert texts[0] == "Ginevra, primo giro di colloqui sul piano di pace"
        assert "Le posizioni delle delegazioni" in texts
        quote = block(screen, 3)
        assert quote.has_class("quote")
        assert plain(quote).endswith("— Marco Rubio — 2025-11-23")
        meta = plain(screen.reader.query_one(".meta"))
        assert meta == "Laura Bianchi · Gazzetta di prova · 2025-11-23 18:30 · Ginevra"


async def test_moving_in_the_list_shows_the_article_at_once_with_inferred_date() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert screen.current == "b-telefonata"
        assert "2025-12-06 (inferred)" in plain(screen.reader.query_one(".meta"))
        assert block(screen, 3).has_class("caption")
        await pilot.press("G")
        await pilot.pause()
        assert screen.current == "d-miami-russia"
        await pilot.press("k")
        await pilot.pause()
        assert screen.current == "c-miami-ucraina"
        await pilot.press("g")
        await pilot.pause()
        assert screen.current == "a-ginevra"


async def test_people_places_and_dates_are_bold_underlined_and_italic() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        content = block(screen, 0).content
        styled = {content.plain[s.start : s.end]: str(s.style) for s in content.spans}
        assert styled["Marco Rubio"] == PERSON and "bold" in PERSON
        assert styled["Ginevra"] == PLACE and "underline" in PLACE
        assert styled["23 novembre 2025"] == DATE and "italic" in DATE


async def test_misspelt_search_filters_highlights_and_steps_through_mentions() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "dmitirev")
        results = screen.query_one("#results")
        assert results.display
        first = results.get_option_at_index(0).prompt
        assert first.plain.startswith("person  Kirill Dmitriev")
        assert "1 article" in first.plain
        assert any("underline" in str(span.style) for span in first.spans)  # matched letters
        await pilot.press("enter")
        await settle(pilot)
        assert not results.display
        assert list_ids(screen) == ["d-miami-russia"]
        assert plain(screen.query_one("#list-count")) == "1 of 4 articles · Kirill Dmitriev"
        assert screen.current == "d-miami-russia"
        assert "mention 1 of 3" in status(screen)
        current = block(screen, 0)
        assert current.has_class("-current")
        marked = [s for s in current.content.spans if "reverse" in str(s.style)]
        assert [current.content.plain[s.start : s.end] for s in marked] == ["Kirill Dmitriev"]
        await pilot.press("n")
        await pilot.pause()
        assert "mention 2 of 3" in status(screen)
        assert block(screen, 1).has_class("-current")
        await pilot.press("N", "N")
        await pilot.pause()
        assert "mention 3 of 3" in status(screen)  # wraps round


async def test_n_goes_on_into_the_next_article() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "witkof")
        await pilot.press("enter")
        await settle(pilot)
        assert list_ids(screen) == ["c-miami-ucraina", "d-miami-russia"]
        assert screen.current == "c-miami-ucraina"
        await pilot.press("n", "n", "n")
        await pilot.pause()
        assert screen.current == "d-miami-russia"
        assert "mention 4 of 5" in status(screen)
        assert screen.article_list.highlighted_option is not None
        assert screen.article_list.highlighted_option.id == "d-miami-russia"
        await pilot.press("N")
        await pilot.pause()
        assert screen.current == "c-miami-ucraina"


async def test_escape_clears_the_filter_and_the_search() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "umerov")
        await pilot.press("enter")
        await settle(pilot)
        assert len(list_ids(screen)) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert screen.filter is None
        assert len(list_ids(screen)) == 4
        assert plain(screen.query_one("#list-count")) == "4 articles"
        assert not [
            s
            for b in screen.reader.query(Block)
            for s in b.content.spans
            if "reverse" in str(s.style)
        ]
        await search(pilot, "kush")
        assert screen.query_one("#results").display
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.query_one("#results").display
        assert screen.query_one("#search").value == ""


async def test_text_that_names_no_entity_falls_back_to_full_text() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "tavolo")
        results = screen.query_one("#results")
        assert results.option_count == 1
        assert "“tavolo”" in results.get_option_at_index(0).prompt.plain
        await pilot.press("enter")
        await settle(pilot)
        assert list_ids(screen) == ["c-miami-ucraina"]
        assert "mention 1 of 2" in status(screen)
        await pilot.press("n")
        await pilot.pause()
        assert "mention 2 of 2" in status(screen)


async def test_date_queries_in_italian_find_the_date() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "6 dicembre")
        first = screen.query_one("#results").get_option_at_index(0).prompt.plain
        assert first.startswith("date    2025-12-06")
        await pilot.press("enter")
        await settle(pilot)
        assert list_ids(screen) == ["b-telefonata"]
        await pilot.press("escape")
        await search(pilot, "2025-12-20")
        first = screen.query_one("#results").get_option_at_index(0).prompt.plain
        assert first.startswith("date    2025-12-20")
        await pilot.press("enter")
        await settle(pilot)
        # the day itself, and the Miami round of 19-21 December that spans it
        assert list_ids(screen) == ["c-miami-ucraina", "d-miami-russia"]


async def test_typing_fast_is_never_blocked_and_the_last_query_wins() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"zelenski")
        assert screen.query_one("#search").value == "zelenski"
        await settle(pilot)
        assert screen.results is not None and screen.results.query == "zelenski"
        first = screen.query_one("#results").get_option_at_index(0).prompt.plain
        assert "Volodymyr Zelensky" in first


async def test_down_from_the_search_bar_and_clicking_a_result() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "miami")
        results = screen.query_one("#results")
        await pilot.press("down")
        assert screen.focused is results
        await pilot.click("#results", offset=(4, 1))
        await settle(pilot)
        assert screen.filter is not None and screen.filter.name == "Miami"


async def test_related_panel_opens_a_related_article_and_back_returns() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("G")
        await pilot.pause()
        assert screen.current == "d-miami-russia"
        await pilot.press("r")
        await pilot.pause()
        panel = screen.query_one("#related-list")
        assert screen.query_one("#related").display
        first = panel.get_option_at_index(0)
        assert first.id == "c-miami-ucraina"
        assert "in common" in first.prompt.plain
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current == "c-miami-ucraina"
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.current == "d-miami-russia"
        await pilot.press("alt+right")
        await pilot.pause()
        assert screen.current == "c-miami-ucraina"
        await pilot.press("r")
        await pilot.pause()
        assert not screen.query_one("#related").display


async def test_square_brackets_jump_between_meetings_in_time() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert (screen.current, screen.meeting) == ("b-telefonata", "telefonata-2025-12-06")
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert (screen.current, screen.meeting) == ("d-miami-russia", "miami-2025-12-20")
        assert "2025-12-20 · Miami · talks" in status(screen)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.meeting == "mosca-2026-01"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert (screen.current, screen.meeting) == ("d-miami-russia", "miami-2025-12-20")
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert (screen.current, screen.meeting) == ("c-miami-ucraina", "miami-2025-12-19")


async def test_meeting_jump_leaves_a_filter_that_hides_the_article() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "rubio")
        await pilot.press("enter")
        await settle(pilot)
        assert list_ids(screen) == ["a-ginevra"]
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.current == "b-telefonata"
        assert "b-telefonata" in list_ids(screen)


async def test_timeline_lists_meetings_and_opens_the_article_at_the_paragraph() -> None:
    async with ReaderApp(STORE).run_test(size=(80, 14)) as pilot:
        screen = await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        timeline = pilot.app.screen.query_one("#timeline")
        ids = [timeline.get_option_at_index(i).id for i in range(timeline.option_count)]
        assert [i for i in ids if i] == [
            "ginevra-2025-11-23",
            "telefonata-2025-12-06",
            "miami-2025-12-19",
            "miami-2025-12-20",
            "mosca-2026-01",
        ]
        assert "Kirill Dmitriev" in timeline.get_option("miami-2025-12-20").prompt.plain
        await pilot.press("G", "enter")
        await pilot.pause(0.1)
        assert pilot.app.screen is screen
        assert (screen.current, screen.meeting) == ("d-miami-russia", "mosca-2026-01")
        reader = screen.query_one(ReadingPane)
        target = block(screen, 2)
        assert reader.scroll_y > 0
        assert reader.region.contains_region(target.region) or target.region.y >= reader.region.y


async def test_timeline_closes_with_escape() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.current == "a-ginevra"


async def test_entity_index_filters_as_you_type_and_shows_the_person() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        index = pilot.app.screen
        rows = index.query_one("#entity-list")
        everything = rows.option_count
        assert everything > 10
        await pilot.press(*"dmitr")
        await pilot.pause()
        assert rows.option_count == 1
        detail = plain(index.query_one("#entity-detail-text"))
        assert "inviato del Cremlino" in detail
        assert "Articles (1)" in detail and "Meetings (2)" in detail
        assert "2025-12-20 · Miami · talks" in detail
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.filter is not None and screen.filter.name == "Kirill Dmitriev"
        assert list_ids(screen) == ["d-miami-russia"]


async def test_entity_index_by_alias_and_list_keys() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("e", *"kyiv")
        await pilot.pause()
        rows = pilot.app.screen.query_one("#entity-list")
        assert rows.option_count == 1
        await pilot.press("tab")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.filter is not None and screen.filter.name == "Kiev"
        assert len(list_ids(screen)) == 3


async def test_history_returns_to_the_same_scroll_position() -> None:
    async with ReaderApp(STORE).run_test(size=(60, 14)) as pilot:
        screen = await ready(pilot)
        await pilot.press("j", "j")  # c-miami-ucraina, the longest
        await pilot.pause()
        reader = screen.reader
        reader.scroll_to(y=4, animate=False, immediate=True)
        await pilot.pause()
        assert reader.scroll_y == 4
        await pilot.press("j")
        await pilot.pause()
        assert screen.current == "d-miami-russia"
        await pilot.press("alt+left")
        await pilot.pause(0.1)
        assert screen.current == "c-miami-ucraina"
        assert reader.scroll_y == 4
        await pilot.press("alt+right")
        await pilot.pause(0.1)
        assert screen.current == "d-miami-russia"
        await pilot.press("backspace", "backspace", "backspace")
        await pilot.pause()
        assert screen.current == "a-ginevra"
        assert not screen.history.can_go_back


async def test_backspace_in_the_search_bar_edits_the_query() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("slash", "a", "b", "backspace")
        assert screen.query_one("#search").value == "a"
        assert screen.current == "b-telefonata"


async def test_help_lists_every_binding_from_f1_and_question_mark() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            await pilot.pause()
            text = plain(pilot.app.screen.query_one("#help-text"))
            for binding in MainScreen.BINDINGS:
                assert binding.tooltip in text  # type: ignore[union-attr]
            assert "Next mention" in text and "j" in text
            await pilot.press("escape")
            await pilot.pause()
            assert pilot.app.screen is screen


async def test_q_quits() -> None:
    app = ReaderApp(STORE)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_clicking_an_article_opens_it_and_the_search_bar_takes_focus() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.click("#articles", offset=(3, 10))
        await pilot.pause()
        assert screen.current != "a-ginevra"
        await pilot.click("#search")
        assert screen.focused is screen.query_one("#search")


async def test_layout_at_small_wide_and_resized_sizes() -> None:
    async with ReaderApp(STORE).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        column = screen.query_one("#list-column")
        reader = screen.reader
        assert column.region.width >= 20 and reader.region.width >= 40
        for size in ((40, 12), (250, 70), (41, 13), (80, 24), (39, 11), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press("n", "r", "j")
            await pilot.pause()
        assert pilot.app.is_running
        await pilot.resize_terminal(40, 12)
        await search(pilot, "miami")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.filter is not None


async def test_command_palette_offers_people_and_applies_the_filter() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Person: Kushner")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert pilot.app.screen is screen
        assert screen.filter is not None and screen.filter.name == "Jared Kushner"


async def test_command_palette_has_the_reader_commands() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"timeline")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert type(pilot.app.screen).__name__ == "TimelineScreen"


async def test_related_outside_the_filter_then_back_restores_the_filter() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "dmitirev")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert "mention 2 of 3" in status(screen)
        await pilot.press("r", "enter")
        await pilot.pause()
        assert screen.current == "c-miami-ucraina"
        assert screen.filter is None
        assert len(list_ids(screen)) == 4
        assert screen.article_list.highlighted_option is not None
        assert screen.article_list.highlighted_option.id == "c-miami-ucraina"
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.current == "d-miami-russia"
        assert list_ids(screen) == ["d-miami-russia"]
        assert "mention 2 of 3" in status(screen)


async def test_a_search_that_finds_nothing_keeps_the_list() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40), notifications=True) as pilot:
        screen = await ready(pilot)
        await search(pilot, "zzzzqqq")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.filter is None
        assert len(list_ids(screen)) == 4
        assert screen.current == "a-ginevra"


async def test_back_after_a_filter_returns_to_the_whole_list() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "kushner")
        await pilot.press("enter")
        await settle(pilot)
        assert len(list_ids(screen)) == 2
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.filter is None
        assert len(list_ids(screen)) == 4
        assert screen.current == "a-ginevra"


async def test_clicking_a_meeting_in_the_timeline_opens_it() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        timeline = pilot.app.screen.query_one("#timeline")
        await pilot.click(timeline, offset=(5, 6))  # the second meeting's rows
        await pilot.pause(0.1)
        assert pilot.app.screen is screen
        assert screen.meeting == "telefonata-2025-12-06"


async def test_moving_to_another_article_forgets_the_meeting_jumped_to() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.meeting == "telefonata-2025-12-06"
        screen.article_list.focus()
        await pilot.press("G")
        await pilot.pause()
        assert screen.current == "d-miami-russia"
        assert screen.meeting is None
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.meeting == "mosca-2026-01"  # after d's own first meeting, 20 December


async def test_an_inferred_date_is_marked_in_the_list_and_the_byline() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        inferred = screen.article_list.get_option("b-telefonata").prompt
        assert inferred.plain.startswith("~2025-12-06  ")
        assert any("italic" in str(s.style) for s in inferred.spans if s.start == 0)
        given = screen.article_list.get_option("a-ginevra").prompt
        assert given.plain.startswith("2025-11-23  ")
        await pilot.press("j")
        await pilot.pause()
        assert "2025-12-06 (inferred)" in plain(screen.reader.query_one(".meta"))


def cell_of(target: Block, offset: int) -> tuple[int, int]:
    """Where on the block (widget offset) the character at `offset` is drawn."""
    width = target.content_region.width
    for y, (start, line) in enumerate(line_starts(target.content, width)):
        if start <= offset < start + len(line):
            x = cell_len(line[: offset - start])
            inset = target.content_region.offset - target.region.offset
            return x + inset.x, y + inset.y
    raise AssertionError(f"offset {offset} is not drawn")


async def test_clicking_a_highlighted_name_place_or_date_filters_by_it() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        first = block(screen, 0)  # "Ginevra, 23 novembre 2025 – Marco Rubio e Rustem Umerov …"
        await pilot.click(first, offset=(26, 0))  # the dash: no entity
        await pilot.pause()
        assert screen.filter is None
        await pilot.click(first, offset=(30, 0))
        await pilot.pause()
        assert screen.filter is not None
        assert (screen.filter.kind, screen.filter.name) == ("person", "Marco Rubio")
        assert list_ids(screen) == ["a-ginevra"]
        assert "mention 1 of 2" in status(screen)
        await pilot.click(block(screen, 0), offset=(12, 0))
        await pilot.pause()
        assert (screen.filter.kind, screen.filter.name) == ("date", "2025-11-23")
        # a name on a wrapped line: the click is mapped through the wrap
        later = block(screen, 2)
        text = later.content.plain
        x, y = cell_of(later, text.index("Zelensky"))
        assert y > 0
        await pilot.click(later, offset=(x, y))
        await pilot.pause()
        assert (screen.filter.kind, screen.filter.name) == ("person", "Volodymyr Zelensky")
        assert len(list_ids(screen)) == 3
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.filter is not None and screen.filter.kind == "date"


async def test_a_short_terminal_gives_the_article_the_header_and_status_rows() -> None:
    async with ReaderApp(STORE).run_test(size=(40, 12)) as pilot:
        screen = await ready(pilot)
        assert not screen.query_one("#status").display
        assert not screen.query_one("TitleHeader").display
        assert screen.query_one("#search").display
        short = screen.reader.region.height
        await pilot.resize_terminal(40, 20)
        await pilot.pause()
        assert screen.query_one("#status").display
        assert screen.query_one("TitleHeader").display
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        assert screen.reader.region.height == short
        await pilot.press("slash")
        await pilot.pause()
        assert screen.focused is screen.query_one("#search")


async def test_a_filter_from_the_index_empties_the_search_bar_one_typed_keeps_it() -> None:
    async with ReaderApp(STORE).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await search(pilot, "kushner")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#search").value == "kushner"
        await pilot.press("e", *"umerov", "enter")
        await settle(pilot)
        assert screen.filter is not None and screen.filter.name == "Rustem Umerov"
        assert screen.query_one("#search").value == ""
        assert not screen.query_one("#results").display
