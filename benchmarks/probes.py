"""What the benchmark measures in a fresh interpreter, so import costs and memory are honest.

Each probe prints one JSON object on stdout, with its own peak RSS:

    python benchmarks/probes.py load SEEDS STORE      # negoreader.load.load_into_store
    python benchmarks/probes.py open STORE [--cold]   # store.read_store; --cold drops the cache
    python benchmarks/probes.py paint baseline        # a minimal Textual app, headless
    python benchmarks/probes.py paint reader STORE --rows N   # the reader, its list filled

`paint` reports `painted_at`, the wall-clock time the screen was drawn with its rows; the
caller, which noted the time before starting this process, subtracts. The reader's probe then
runs on until its library is open, so that its peak memory counts the library.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

SIZE = (120, 40)
PAINT_TIMEOUT_S = 300.0


def peak_rss_mb() -> float:
    """This process's peak resident set in MB.

    VmHWM where there is /proc: getrusage's ru_maxrss survives fork and exec, so a probe
    started by a parent holding a large library would report the parent's size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def probe_load(seeds: Path, store: Path) -> dict[str, Any]:
    from negoreader.load import load_into_store

    start, cpu = time.perf_counter(), time.process_time() + children_cpu_s()
    result = load_into_store(seeds, store)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() + children_cpu_s() - cpu  # with any forked workers
    library = result.library
    return {
        "load_s": elapsed,
        "cpu_s": cpu,
        "loaded": len(library.articles),
        "people": len(library.people),
        "places": len(library.places),
        "meetings": len(library.meetings),
        "problems": len(result.problems),
        # The loader may fork workers: the largest one's peak (it includes what it inherited).
        "workers_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def probe_open(store: Path, cold: bool) -> dict[str, Any]:
    from negoreader import cache
    from negoreader.store import read_store

    if cold:
        cache.cache_path(store).unlink(missing_ok=True)
    start, cpu = time.perf_counter(), time.process_time()
    library = read_store(store)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"open_s": elapsed, "cpu_s": cpu, "articles": len(library.articles)}


def _rows(app: Any) -> int:
    """Rows in the longest list on the screen (OptionList or any widget with option_count)."""
    counts = [getattr(w, "option_count", 0) for w in app.screen.query("*")]
    return max((c for c in counts if isinstance(c, int)), default=0)


async def _paint(app: Any, ready: Any, settled: Any = None) -> tuple[float, int, float]:
    """Run `app` headless until `ready(app)`, then through one refresh: wall time, rows, CPU.

    Then, when `settled` is given, on until `settled(app)`: the reader may paint its list before
    its library is open, and the peak memory must count the library.
    """
    give_up = time.monotonic() + PAINT_TIMEOUT_S
    async with app.run_test(headless=True, size=SIZE):
        while not ready(app):
            if time.monotonic() > give_up:
                raise TimeoutError(f"no list with its rows after {PAINT_TIMEOUT_S:.0f} s")
            await asyncio.sleep(0.002)
        # The rows exist; wait for the frame that shows them.
        drawn = asyncio.Event()
        app.screen.call_after_refresh(drawn.set)
        await drawn.wait()
        painted = time.time(), _rows(app), process_cpu_s()
        while settled is not None and not settled(app):
            if time.monotonic() > give_up:
                raise TimeoutError(f"the library not open after {PAINT_TIMEOUT_S:.0f} s")
            await asyncio.sleep(0.01)
        return painted


def children_cpu_s() -> float:
    """CPU time of the child processes this one has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_cpu_s() -> float:
    """CPU time this process has used since it started, imports included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def probe_paint(which: str, store: Path | None, rows: int) -> dict[str, Any]:
    """Start → the first frame whose longest list has at least `rows` rows (the article list
    filled, not a first screenful)."""
    if which == "baseline":
        from textual.app import App, ComposeResult
        from textual.widgets import OptionList

        class Minimal(App[None]):
            """The floor: a Textual app showing a short list."""

            def compose(self) -> ComposeResult:
                yield OptionList(*(f"row {n}" for n in range(20)))

        painted, shown, cpu = asyncio.run(_paint(Minimal(), lambda app: _rows(app) >= 20))
        return {"painted_at": painted, "cpu_s": cpu, "rows": shown}
    from negoreader.tui.start import build_reader  # as `negoreader` starts it

    assert store is not None
    app = build_reader(store)
    assert app is not None

    def library_open(app: Any) -> bool:
        return getattr(app.screen, "library", None) is not None

    painted, shown, cpu = asyncio.run(
        _paint(app, lambda app: _rows(app) >= max(rows, 1), library_open)
    )
    return {"painted_at": painted, "cpu_s": cpu, "rows": shown}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="probe", required=True)
    load = sub.add_parser("load")
    load.add_argument("seeds", type=Path)
    load.add_argument("store", type=Path)
    opener = sub.add_parser("open")
    opener.add_argument("store", type=Path)
    opener.add_argument("--cold", action="store_true")
    paint = sub.add_parser("paint")
    paint.add_argument("which", choices=("baseline", "reader"))
    paint.add_argument("store", type=Path, nargs="?")
    paint.add_argument("--rows", type=int, default=1, help="rows the list must have")
    args = parser.parse_args(argv)
    if args.probe == "load":
        result = probe_load(args.seeds, args.store)
    elif args.probe == "open":
        result = probe_open(args.store, args.cold)
    else:
        result = probe_paint(args.which, args.store, args.rows)
    result["peak_rss_mb"] = peak_rss_mb()
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
