"""README's Performance table from run.py's JSON answers, one column per run.

python benchmarks/run.py --articles 1000 --json > 1k.json
python benchmarks/run.py --articles 10000 --json > 10k.json
python benchmarks/table.py 1k.json 10k.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# (label, target, how to show one run)
ROWS: list[tuple[str, str, Any]] = [
    ("article text", "", lambda r: f"{r['text_mb']:.1f} MB"),
    (
        "loader: time (CPU time of all its processes), throughput",
        "≥ 1 MB/s",
        lambda r: (
            f"{r['load_s']:.1f} s ({r['cpu']['load_s']:.0f} s), {r['load_mb_per_s']:.2f} MB/s"
        ),
    ),
    (
        "store open, cache warm (`store_open_s`)",
        "≤ 0.5 s at 1,000; ≤ 1 s at 10,000",
        lambda r: f"{r['store_open_s']:.2f} s",
    ),
    (
        "store open, YAML parsed and cache written (`store_open_cold_s`)",
        "",
        lambda r: f"{r['store_open_cold_s']:.1f} s",
    ),
    (
        "search per keystroke, p50 / p95",
        "p95 ≤ 16 ms and ≤ fzf",
        lambda r: f"{_ms(r['search_p50_ms'])} / {_ms(r['search_p95_ms'])}",
    ),
    ("fzf --filter per keystroke, p95 (the peer)", "", lambda r: _ms(r["fzf_p95_ms"])),
    (
        "reader first paint, list filled (`first_paint_s`)",
        "≤ 1.5 × minimal app at 1,000; ≤ 2 s at 10,000",
        lambda r: _first_paint(r),
    ),
    ("minimal Textual app first paint (the floor)", "", lambda r: _s(r["baseline_first_paint_s"])),
    (
        "peak memory (`peak_rss_mb`), and its stage",
        "≤ 500 MB",
        lambda r: f"{r['peak_rss_mb']:.0f} MB ({_peak_stage(r)})",
    ),
    (
        "peak memory per stage: load (each worker) / open cold / open warm / search / reader",
        "",
        lambda r: _stages(r),
    ),
    (
        "queries (finding something), keystrokes",
        "≥ 200 queries",
        lambda r: f"{r['queries']} ({r.get('queries_found', '?')}), {r['keystrokes']:,}",
    ),
    (
        "people, places, meetings found",
        "≥ N/4 people",
        lambda r: f"{r['people']:,}, {r['places']:,}, {r['meetings']:,}",
    ),
    ("load average during the run", "", lambda r: " → ".join(map(str, r["loadavg_1m"]))),
]


def _ms(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def _s(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f} s"


def _first_paint(run: dict[str, Any]) -> str:
    paint, floor = run["first_paint_s"], run["baseline_first_paint_s"]
    if paint is None or not floor:
        return _s(paint)
    return f"{paint:.2f} s ({paint / floor:.1f} ×)"


def _stages(run: dict[str, Any]) -> str:
    stages = run.get("stage_rss_mb") or {}
    if not stages:
        return "n/a"
    shown = [
        f"{stages.get('load', 0):.0f} ({stages.get('load_worker', 0):.0f})",
        *(f"{stages.get(name, 0):.0f}" for name in ("open_cold", "open_warm", "search", "reader")),
    ]
    return " / ".join(shown) + " MB"


def _peak_stage(run: dict[str, Any]) -> str:
    stages = run.get("stage_rss_mb") or {}
    return max(stages, key=stages.get) if stages else "?"


def table(runs: list[dict[str, Any]]) -> str:
    """A Markdown table: a row per figure, a column per run."""
    head = ["", "target", *(f"{run['articles']:,} articles" for run in runs)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, target, show in ROWS:
        lines.append("| " + " | ".join([label, target, *(show(run) for run in runs)]) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    paths = (argv if argv is not None else sys.argv[1:]) or []
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    print(table([json.loads(Path(p).read_text(encoding="utf-8")) for p in paths]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
