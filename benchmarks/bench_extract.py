#!/usr/bin/env python3
"""Extraction speed and memory of warledger on one core, next to spaCy's own parse time.

    python benchmarks/bench_extract.py [--limit 1000] [--json] [--shared ../shared]

The articles are the texts of the attribution dev set (924 news articles) followed by the geo dev
set, read from ../shared (never copied into the repository). Everything runs in this one process:
the BLAS thread pools are held to one thread, so "articles/s" is per core.
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # before numpy loads
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
#: The dev sets whose texts are used, in order, until --limit articles are read.
SOURCES = ("eval/attribution/dev/gold.jsonl", "eval/geo/dev/gold.jsonl")


@dataclass
class Timing:
    """Wall and CPU seconds of one measured step."""

    wall: float
    cpu: float


@dataclass
class BenchResult:
    articles: int
    characters: int
    errors: int
    model: str
    load_model_s: float
    load_pipeline_s: float
    first_article_s: float
    extract_wall_s: float
    extract_cpu_s: float
    articles_per_s: float
    articles_per_cpu_s: float
    chars_per_s: float
    peak_rss_mib: float
    spacy_wall_s: float | None = None
    spacy_cpu_s: float | None = None
    spacy_articles_per_s: float | None = None
    spacy_peak_rss_mib: float | None = None


def read_articles(shared: Path, limit: int) -> list[dict[str, Any]]:
    """The first `limit` article lines (id, text, published) of the SOURCES files."""
    articles: list[dict[str, Any]] = []
    for name in SOURCES:
        with (shared / name).open(encoding="utf-8") as lines:
            for line in lines:
                if len(articles) >= limit:
                    return articles
                doc = json.loads(line)
                articles.append({"id": doc["id"], "text": doc["text"], "published": doc.get("published")})
    return articles


def timed(step: Callable[[], Any]) -> tuple[Any, Timing]:
    wall, cpu = time.perf_counter(), time.process_time()
    value = step()
    return value, Timing(time.perf_counter() - wall, time.process_time() - cpu)


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def input_items(articles: list[dict[str, Any]]) -> Iterator[Any]:
    from warledger.ingest import InputItem
    from warledger.models import Article

    for art in articles:
        article = Article(id=art["id"], text=art["text"], published=art["published"])
        yield InputItem(id=art["id"], origin="bench", article=article)


def run_warledger(articles: list[dict[str, Any]]) -> int:
    """Extract every article and serialise it as the CLI does; return the number of item errors."""
    from warledger.extract import extract_articles

    errors = 0
    for result in extract_articles(input_items(articles)):
        json.dumps(result.to_dict(), ensure_ascii=False)
        errors += not result.ok
    return errors


def run_bare_spacy(texts: list[str]) -> None:
    from warledger.nlp import load_model

    nlp = load_model()
    for _ in nlp.pipe(texts, batch_size=32):
        pass


def bench(shared: Path, limit: int, with_spacy: bool) -> BenchResult:
    articles = read_articles(shared, limit)
    texts = [a["text"] for a in articles]
    chars = sum(map(len, texts))

    from warledger.nlp import build_pipeline, load_model
    from warledger.settings import Options

    model, load_model_t = timed(load_model)
    nlp, load_pipeline_t = timed(lambda: build_pipeline(Options()))
    del model
    _, first_t = timed(lambda: run_warledger(articles[:1]))  # lazy loads (gazetteer, lexicons) happen here
    errors, t = timed(lambda: run_warledger(articles))  # reuses the cached pipeline built above
    result = BenchResult(
        articles=len(articles), characters=chars, errors=errors,
        model=f"{nlp.meta.get('name')} {nlp.meta.get('version')}",
        load_model_s=load_model_t.wall, load_pipeline_s=load_pipeline_t.wall,
        first_article_s=first_t.wall,
        extract_wall_s=t.wall, extract_cpu_s=t.cpu,
        articles_per_s=len(articles) / t.wall, articles_per_cpu_s=len(articles) / t.cpu,
        chars_per_s=chars / t.wall, peak_rss_mib=peak_rss_mib(),
    )
    if with_spacy:
        _, s = timed(lambda: run_bare_spacy(texts))
        result.spacy_wall_s, result.spacy_cpu_s = s.wall, s.cpu
        result.spacy_articles_per_s = len(articles) / s.wall
        result.spacy_peak_rss_mib = peak_rss_mib()
    return result


def markdown(r: BenchResult) -> str:
    rows = [
        ("articles (characters)", f"{r.articles:,} ({r.characters:,})"),
        ("item errors", f"{r.errors}"),
        ("spaCy model load", f"{r.load_model_s:.2f} s ({r.model})"),
        ("warledger pipeline load (model + components)", f"{r.load_pipeline_s:.2f} s"),
        ("first article (includes any lazy loading)", f"{r.first_article_s:.2f} s"),
        ("extraction wall time", f"{r.extract_wall_s:.1f} s"),
        ("extraction CPU time", f"{r.extract_cpu_s:.1f} s"),
        ("articles / s (one core)", f"{r.articles_per_s:.1f}"),
        ("characters / s", f"{r.chars_per_s:,.0f}"),
        ("peak memory (ru_maxrss)", f"{r.peak_rss_mib:,.0f} MiB"),
    ]
    if r.spacy_wall_s is not None:
        rows += [
            ("bare spaCy model `nlp.pipe`, wall (CPU)", f"{r.spacy_wall_s:.1f} s ({r.spacy_cpu_s:.1f} s)"),
            ("bare spaCy articles / s", f"{r.spacy_articles_per_s:.1f}"),
            ("warledger time / spaCy time", f"{r.extract_wall_s / r.spacy_wall_s:.2f}x"),
        ]
    lines = ["| measure | value |", "|---|---|"] + [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1000, metavar="N", help="articles to extract (default: 1000)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared/ folder (default: ../shared)")
    ap.add_argument("--no-spacy", action="store_true", help="skip the bare spaCy comparison")
    ap.add_argument("--json", action="store_true", help="print the numbers as one JSON object")
    args = ap.parse_args(argv)
    missing = [name for name in SOURCES if not (args.shared / name).exists()]
    if missing:
        ap.error(f"not found under {args.shared}: {', '.join(missing)}")
    result = bench(args.shared, args.limit, with_spacy=not args.no_spacy)
    print(json.dumps(asdict(result), indent=2) if args.json else markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
