"""The benchmark: generate N articles, load them, open the store, search, paint the reader.

    python benchmarks/run.py --articles 10000 --json

Loading, opening and painting run in fresh interpreters (benchmarks/probes.py), so import costs
and memory are counted as a user meets them; search runs here on the opened store. With --json
it prints exactly one JSON object; otherwise a table. Not a test: nothing here fails on a
figure, the targets are in README's Performance section.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402
from probes import peak_rss_mb  # noqa: E402
from queries import build_queries, keystrokes  # noqa: E402

PROBES = HERE / "probes.py"
SEARCH_BUDGET_S = 300.0  # a pathological search stops the run from taking hours, not the figures
PAINT_RUNS = 3


def probe(*args: str, env: dict[str, str]) -> tuple[dict[str, Any], float]:
    """Run one probe in a fresh interpreter; its JSON answer and the wall time it was started."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(PROBES), *args], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"probe {args[0]} failed: {tail[0]}")
    return json.loads(done.stdout), started


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank), as a user would count the slow keystrokes."""
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def entity_names(library: Any) -> list[str]:
    """What the peer searches: every person's and place's name and alias, and every date text."""
    names: set[str] = set()
    for entity in (*library.people, *library.places):
        names.add(entity.name)
        names.update(entity.aliases)
    for article in library.articles:
        names.update(d.text for d in article.dates)
        names.update(d.value for d in article.dates)
    return sorted(n for n in names if n)


def measure_search(library: Any, queries: list[str], typed: list[str]) -> dict[str, Any]:
    """Per-keystroke latency of negoreader's search; the first call (any index build) apart;
    and how many whole queries find something (fast answers to nothing would prove little)."""
    from negoreader.search import search

    start = time.perf_counter()
    search(library, "a")
    first = time.perf_counter() - start
    times: list[float] = []
    cpu_times: list[float] = []
    budget = time.perf_counter() + SEARCH_BUDGET_S
    for prefix in typed:
        start, cpu = time.perf_counter(), time.process_time()
        search(library, prefix)
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu)
        if start > budget:
            break
    found = sum(bool(search(library, query)) for query in queries)
    return {
        "queries_found": found,
        "search_first_ms": first * 1000,
        "search_p50_ms": percentile(times, 50) * 1000,
        "search_p95_ms": percentile(times, 95) * 1000,
        "search_p95_cpu_ms": percentile(cpu_times, 95) * 1000,
        "keystrokes": len(times),
        "search_complete": len(times) == len(typed),
    }


def measure_fzf(names: list[str], typed: list[str], work: Path) -> float | None:
    """p95 of `fzf --filter` per keystroke over the same names, or None without fzf."""
    fzf = shutil.which("fzf")
    if not fzf:
        return None
    source = work / "entity-names.txt"
    source.write_text("\n".join(names) + "\n", encoding="utf-8")
    times = []
    for prefix in typed:
        with source.open("rb") as stdin:
            start = time.perf_counter()
            subprocess.run([fzf, "--filter", prefix], stdin=stdin, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
    return percentile(times, 95) * 1000


def measure_paint(
    which: str, store: Path | None, rows: int, env: dict[str, str]
) -> tuple[Any, Any, float]:
    """Medians over PAINT_RUNS of process start → first frame with the list's rows (wall and
    CPU seconds), and the peak RSS."""
    times = []
    cpu_times = []
    rss = 0.0
    failures = 0
    while len(times) < PAINT_RUNS:
        args = ["paint", which, *([str(store)] if store else []), "--rows", str(rows)]
        try:
            answer, started = probe(*args, env=env)
        except RuntimeError as error:
            print(f"run.py: {which} first paint failed: {error}", file=sys.stderr)
            failures += 1
            if failures == PAINT_RUNS:  # not a fluke: the figure is missing
                return None, None, rss
            continue
        times.append(answer["painted_at"] - started)
        cpu_times.append(answer["cpu_s"])
        rss = max(rss, answer["peak_rss_mb"])
    return statistics.median(times), statistics.median(cpu_times), rss


def rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def compile_package() -> None:
    """Byte-compile negoreader, as installing a package does. Otherwise a machine that sets
    PYTHONDONTWRITEBYTECODE compiles its modules again in every probe (~0.02 s of the reader's
    start) while Textual, the floor's only code, was compiled when it was installed."""
    import compileall

    import negoreader

    compileall.compile_dir(Path(negoreader.__file__).parent, quiet=1)


def run(articles: int, work: Path, seed: int) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    compile_package()
    env = {**os.environ, "NEGOREADER_HOME": str(work / "home")}
    corpus = generate(work, articles, seed)
    store = work / "data" / "articles.yaml"
    loaded, _ = probe("load", str(corpus.folder), str(store), env=env)
    text_mb = corpus.text_bytes / 1e6

    cold, _ = probe("open", str(store), "--cold", env=env)
    warm_runs = [probe("open", str(store), env=env)[0] for _ in range(3)]
    warm = [answer["open_s"] for answer in warm_runs]

    from negoreader.store import read_store

    library = read_store(store)
    queries = build_queries(sorted(corpus.people), sorted(corpus.places))
    typed = keystrokes(queries)
    try:
        searched = measure_search(library, queries, typed)
    except Exception as error:  # the figure is missing, the rest of the run still counts
        print(f"run.py: search not measured: {type(error).__name__}: {error}", file=sys.stderr)
        searched = dict.fromkeys(
            ("search_first_ms", "search_p50_ms", "search_p95_ms", "search_p95_cpu_ms")
        )
        searched.update(keystrokes=0, search_complete=False, queries_found=None)
    fzf_p95 = measure_fzf(entity_names(library), typed, work)

    search_rss = peak_rss_mb()
    baseline, baseline_cpu, baseline_rss = measure_paint("baseline", None, 20, env)
    reader, reader_cpu, reader_rss = measure_paint("reader", store, len(library.articles), env)
    stage_rss = {
        "load": loaded["peak_rss_mb"],
        "load_worker": loaded.get("workers_peak_rss_mb", 0.0),
        "open_cold": cold["peak_rss_mb"],
        "open_warm": max(answer["peak_rss_mb"] for answer in warm_runs),
        "search": search_rss,
        "reader": reader_rss,
        "baseline": baseline_rss,
    }
    return {
        "articles": articles,
        "text_mb": round(text_mb, 3),
        "load_s": round(loaded["load_s"], 3),
        "load_mb_per_s": round(text_mb / loaded["load_s"], 3),
        "store_open_s": round(statistics.median(warm), 4),
        "store_open_cold_s": round(cold["open_s"], 4),
        "search_p50_ms": rounded(searched["search_p50_ms"], 3),
        "search_p95_ms": rounded(searched["search_p95_ms"], 3),
        "search_first_ms": rounded(searched["search_first_ms"], 3),
        "queries": len(queries),
        "queries_found": searched["queries_found"],
        "keystrokes": searched["keystrokes"],
        "search_complete": searched["search_complete"],
        "fzf_p95_ms": rounded(fzf_p95, 3),
        "first_paint_s": rounded(reader, 3),
        "baseline_first_paint_s": rounded(baseline, 3),
        "peak_rss_mb": round(max(stage_rss.values()), 1),
        "people": loaded["people"],
        "places": loaded["places"],
        "meetings": loaded["meetings"],
        "store_mb": round(store.stat().st_size / 1e6, 3),
        # CPU seconds beside the wall-clock ones: on a shared machine they show what is ours.
        "cpu": {
            "load_s": round(loaded["cpu_s"], 3),
            "store_open_s": round(statistics.median(a["cpu_s"] for a in warm_runs), 4),
            "store_open_cold_s": round(cold["cpu_s"], 4),
            "search_p95_ms": rounded(searched["search_p95_cpu_ms"], 3),
            "first_paint_s": rounded(reader_cpu, 3),
            "baseline_first_paint_s": rounded(baseline_cpu, 3),
        },
        "loadavg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "stage_rss_mb": {stage: round(mb, 1) for stage, mb in stage_rss.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--keep", type=Path, help="generate and keep the corpus and store here")
    parser.add_argument("--seed", type=int, default=1, help="the corpus generator's seed")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = run(args.articles, args.keep, args.seed)
    else:
        with tempfile.TemporaryDirectory(prefix="negoreader-bench-") as work:
            result = run(args.articles, Path(work), args.seed)
    if args.json:
        print(json.dumps(result))
    else:
        width = max(map(len, result))
        for key, value in result.items():
            print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
