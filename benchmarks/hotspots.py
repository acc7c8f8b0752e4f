"""Where one benchmark stage spends its time: cProfile's top entries for load, open or search.

    python benchmarks/hotspots.py load --articles 1000 --keep DIR
    python benchmarks/hotspots.py open --keep DIR      # reuses the corpus and its store
    python benchmarks/hotspots.py search --keep DIR

The corpus is generated into --keep when it has none yet (the same one run.py makes).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import corpus_names, generate  # noqa: E402
from queries import build_queries, keystrokes  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stage", choices=("load", "open", "open-cold", "search"))
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, required=True, help="the corpus folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative", help="cumulative or tottime")
    args = parser.parse_args(argv)

    from negoreader import cache
    from negoreader.load import load_into_store
    from negoreader.store import read_store

    seeds, store = args.keep / "seeds", args.keep / "data" / "articles.yaml"
    if not (args.keep / "corpus.json").is_file():
        generate(args.keep, args.articles, args.seed)
    profile = cProfile.Profile()
    if args.stage == "load" or not store.is_file():
        profile.runcall(load_into_store, seeds, store)
    if args.stage == "open-cold":
        cache.cache_path(store).unlink(missing_ok=True)
    if args.stage in ("open", "open-cold"):
        read_store(store)  # the warm cache, when asked for, is written here
        profile = cProfile.Profile()
        if args.stage == "open-cold":
            cache.cache_path(store).unlink(missing_ok=True)
        profile.runcall(read_store, store)
    if args.stage == "search":
        from negoreader.search import search

        library = read_store(store)
        typed = keystrokes(build_queries(*corpus_names(args.keep)))

        def type_all() -> None:
            for prefix in typed:
                search(library, prefix)

        profile.runcall(type_all)
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
