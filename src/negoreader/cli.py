"""The command line: load, list, show, search, related, meetings, add; no command opens the reader."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from negoreader import locations
from negoreader.problems import InputError, Problem

# Each command imports what it uses: with no command the reader opens, and the loader, search,
# related and rich's tables cost it ~0.19 s before its first frame.
if TYPE_CHECKING:
    from rich.console import Console

    from negoreader.load import LoadResult
    from negoreader.records import Library


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=not sys.stdout.isatty())


def _report(problems: Sequence[Problem]) -> None:
    for problem in problems:
        label = "warning" if problem.warning else "error"
        print(f"negoreader: {label}: {problem}", file=sys.stderr)


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], empty: str = "") -> None:
    """A table on a terminal; tab-separated lines, one a row, when piped."""
    if not rows and empty:
        print(empty)
    elif sys.stdout.isatty():
        from rich.table import Table
        from rich.text import Text

        table = Table(box=None, expand=True)
        for number, header in enumerate(headers):
            # The first column is what people copy into the next command: never cut or wrapped.
            last = number == len(headers) - 1
            table.add_column(
                header,
                no_wrap=number < 2,
                overflow="fold",
                ratio=None if number < 2 else (3 if last else 1),
            )
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
        _console().print(table)
    else:
        for row in rows:
            print("\t".join(cell.replace("\t", " ") for cell in row))


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _run_load(seeds: Path, store: Path, skip_bad: bool) -> LoadResult:
    """Load with a progress bar on a terminal, a silent load otherwise."""
    from negoreader.load import load_into_store

    if not sys.stderr.isatty():
        return load_into_store(seeds, store, skip_bad=skip_bad)
    from rich.progress import Progress

    # Redrawn from here, not by rich's refresh thread: the loader forks its worker processes
    # only when it runs alone (negoreader.extract.workers).
    with Progress(console=_console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("Loading articles", total=None)

        def advance(done: int, total: int, name: str) -> None:
            redraw = done % 16 == 0 or done == total
            bar.update(task, completed=done, total=total, description=f"Loading {name}")
            if redraw:
                bar.refresh()

        return load_into_store(seeds, store, skip_bad=skip_bad, progress=advance)


def open_library(store: Path | None) -> Library:
    """The library in the store, building the store (with a progress bar) when it is missing."""
    from negoreader.load import open_store

    path = store or locations.default_store()
    if not path.exists():
        _run_load(locations.seeds_for(path), path, skip_bad=False)
    return open_store(path)


# --- commands --------------------------------------------------------------------------------


def cmd_load(args: argparse.Namespace) -> int:
    store = args.store or locations.default_store()
    seeds = args.seeds or locations.seeds_for(store)
    result = _run_load(seeds, store, args.skip_bad)
    _report(result.problems)
    count = len(result.library.articles)
    note = f", skipped {len(result.skipped)}: {', '.join(result.skipped)}" if result.skipped else ""
    print(f"Loaded {count} articles into {store}{note}", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from negoreader import views

    library = open_library(args.store)
    rows = [views.article_summary(a) for a in library.articles]
    if args.json:
        _print_json(rows)
        return 0
    _print_table(
        ("id", "date", "source", "author", "title"),
        [
            (
                row["id"],
                row["date"] + (" (inferred)" if row["date_inferred"] else ""),
                row["source"],
                row["author"],
                row["title"],
            )
            for row in rows
        ],
    )
    return 0


def _article_or_error(library: Library, article_id: str, store: Path | None) -> Any:
    article = library.article(article_id)
    if article is not None:
        return article
    where = str(store or locations.default_store())
    matches = [a.id for a in library.articles if a.id.startswith(article_id)] if article_id else []
    if len(matches) > 1:
        shown = ", ".join(matches[:5]) + (", …" if len(matches) > 5 else "")
        message = f"{article_id!r} starts {len(matches)} article ids ({shown}); give more of it"
        raise InputError(Problem(where, message))
    raise InputError(Problem(where, f"no article with id {article_id!r} (see: negoreader list)"))


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def iso_date(text: str) -> str:
    """An argparse type: an ISO 8601 date or date-time."""
    from negoreader.manifest import is_iso_date

    if not is_iso_date(text):
        raise argparse.ArgumentTypeError(
            f"must be an ISO 8601 date such as 2025-12-06, not {text!r}"
        )
    return text


def cmd_show(args: argparse.Namespace) -> int:
    from negoreader import views

    library = open_library(args.store)
    article = _article_or_error(library, args.id, args.store)
    detail = views.article_detail(library, article)
    if args.json:
        _print_json(detail)
        return 0
    from rich.text import Text

    console = _console()
    console.print(Text(article.title, style="bold"))
    byline = " · ".join(
        x
        for x in (
            article.author,
            article.source,
            article.date + (" (inferred)" if article.date_inferred else ""),
            article.dateline,
        )
        if x
    )
    console.print(Text(byline, style="dim"))
    for p in article.paragraphs:
        console.print()
        if p.kind == "heading":
            console.print(Text(p.text, style="bold underline"))
        elif p.kind == "quote":
            credit = " — ".join(x for x in (p.author, p.date) if x)
            console.print(
                Text("> " + p.text + (f"\n  — {credit}" if credit else ""), style="italic")
            )
        elif p.kind == "caption":
            console.print(Text("[image] " + p.text, style="dim"))
        else:
            console.print(Text(p.text))
    for label, items in (("People", detail["people"]), ("Places", detail["places"])):
        if items:
            console.print()
            console.print(Text(f"{label}: " + ", ".join(i["name"] for i in items), style="dim"))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from negoreader import views
    from negoreader.search import search

    library = open_library(args.store)
    hits = search(library, args.query, kind=args.kind, limit=args.limit)
    if args.json:
        _print_json([views.hit_view(h) for h in hits])
        return 0
    _print_table(
        ("kind", "name", "matched", "score", "articles"),
        [(h.kind, h.name, h.matched, f"{h.score:.0f}", " ".join(h.articles)) for h in hits],
        empty=f"Nothing matches {args.query!r}.",
    )
    return 0


def cmd_related(args: argparse.Namespace) -> int:
    from negoreader import views

    library = open_library(args.store)
    from negoreader.related import related_articles

    article = _article_or_error(library, args.id, args.store)
    related = related_articles(library, article.id)
    if args.json:
        _print_json([views.related_view(r) for r in related])
        return 0
    _print_table(
        ("id", "score", "why"),
        [(r.id, f"{r.score:.2f}", "; ".join(r.reasons)) for r in related],
        empty="No other articles.",
    )
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from negoreader import views

    library = open_library(args.store)
    meetings = views.meetings_in_order(library)
    if args.json:
        _print_json([views.meeting_view(m) for m in meetings])
        return 0
    _print_table(
        ("date", "kind", "place", "participants", "articles"),
        [
            (m.date or "—", m.kind, m.place, ", ".join(m.participants), " ".join(m.articles))
            for m in meetings
        ],
        empty="No meetings found.",
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from negoreader.manifest import INDEX_NAME, IndexEntry, append_index_rows, read_seed

    root = locations.library_for_add()
    seeds = root / locations.SEEDS_NAME
    store = root / locations.STORE_NAME
    problems: list[Problem] = []
    targets: list[tuple[Path, Path]] = []
    for name in args.files:
        source = Path(name)
        target = seeds / source.name
        if not source.is_file():
            problems.append(Problem(name, "no such file"))
            continue
        if target.exists():
            problems.append(Problem(name, f"{source.name} is already in {seeds}"))
            continue
        try:
            _, warnings = read_seed(source.parent, IndexEntry(source.name))
            problems.extend(warnings)
        except InputError as error:
            problems.extend(error.problems)
        targets.append((source, target))
    if any(not p.warning for p in problems):
        _report(problems)
        return 1
    index = seeds / INDEX_NAME
    before = index.read_bytes()
    copied: list[Path] = []
    try:
        for source, target in targets:
            shutil.copyfile(source, target)
            copied.append(target)
        append_index_rows(
            seeds,
            [
                IndexEntry(
                    t.name, args.title or "", args.source or "", args.author or "", args.date or ""
                )
                for _, t in targets
            ],
        )
        result = _run_load(seeds, store, skip_bad=False)
    except BaseException:
        index.write_bytes(before)
        for target in copied:
            target.unlink(missing_ok=True)
        raise
    _report(problems + result.problems)
    print(
        f"Added {len(targets)} article(s) to {seeds}; the store holds {len(result.library.articles)}.",
        file=sys.stderr,
    )
    return 0


def cmd_read(args: argparse.Namespace) -> int:
    from negoreader.tui.start import build_reader

    app = build_reader(args.store or locations.default_store())
    if app is None:
        print("negoreader: the reader is not built yet; try: negoreader list", file=sys.stderr)
        return 0
    app.run()
    return 0


# --- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="negoreader", description=__doc__)
    parser.add_argument("--store", type=Path, help="the store to open (default: see README)")
    parser.set_defaults(func=cmd_read)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        name: str, func: Any, help_text: str, json_flag: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--store", type=Path, default=argparse.SUPPRESS, help="the store file")
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON for scripts")
        p.set_defaults(func=func)
        return p

    p = command("load", cmd_load, "build the store from a seeds folder", json_flag=False)
    p.add_argument("--seeds", type=Path, help="the seeds folder with INDEX.md")
    p.add_argument("--skip-bad", action="store_true", help="store the good articles, list the bad")
    command("list", cmd_list, "list the articles")
    command("show", cmd_show, "show one article").add_argument("id")
    p = command("search", cmd_search, "search people, places and dates")
    p.add_argument("query")
    p.add_argument("--kind", choices=("person", "place", "date"))
    p.add_argument("--limit", type=positive_int, default=20)
    command("related", cmd_related, "articles related to one article").add_argument("id")
    command("meetings", cmd_meetings, "the meetings the articles report, in date order")
    p = command("add", cmd_add, "add article files to the library and reload", json_flag=False)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--title")
    p.add_argument("--source")
    p.add_argument("--author")
    p.add_argument("--date", type=iso_date)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as error:
        _report(error.problems)
        return 1
    except KeyboardInterrupt:
        print("negoreader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
