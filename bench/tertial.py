"""Times the tertial report of the whole demo municipality (all sectors, PDF and Word), from
cold (no browser running) and warm (the process's browser up, as in the running app), with
the time split into fingerprint + content, PDF, and Word (chart images included).

    .venv/bin/python -m bench.tertial [--runs 3]

Goal (issue 15): under 10 s from a warm app on the 2-core machine. Results go to
bench/out/tertial.json (ignored by git) and to the terminal.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from analytics.core.access import Access
from analytics.demo import create_demo
from analytics.economy.ledger import reporting_month
from analytics.report.docx import render_docx
from analytics.report.html import footer_template, render_document
from analytics.report.pdf import chart_images, print_pdf, shutdown_printer, warm_up_printer
from analytics.report.tertial.report import build_tertial_report, tertial_request
from analytics.store import Store, open_store
from analytics.store.db import close_all

OUT = REPO_ROOT / "bench" / "out"
GOAL_S = 10.0


def demo_store() -> Store:
    path = OUT / "bench_tertial_demo.duckdb"
    fresh = not path.exists()
    store = open_store(path)
    if fresh:
        create_demo(store)
    return store


def timed(store: Store, year: int, tertial: int) -> dict[str, float]:
    """One whole report, its steps timed (seconds)."""
    start = time.perf_counter()
    request = tertial_request(store, Access.system(), year, tertial, "", "bench")
    report = build_tertial_report(store, Access.system(), request)
    content = time.perf_counter()
    document = render_document(report)
    print_pdf(document, footer_template(report))
    pdf = time.perf_counter()
    render_docx(report, chart_images(document))
    end = time.perf_counter()
    return {
        "content": content - start,
        "pdf": pdf - content,
        "docx": end - pdf,
        "total": end - start,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    store = demo_store()
    year, month = reporting_month(store)
    tertial, year = (2, year) if month >= 8 else ((1, year) if month >= 4 else (2, year - 1))
    shutdown_printer()
    cold = timed(store, year, tertial)
    warm_up_printer()
    warm = [timed(store, year, tertial) for _ in range(args.runs)]
    best = min(warm, key=lambda run: run["total"])
    median = statistics.median(run["total"] for run in warm)
    print(f"Tertialrapport {tertial}/{year}, hele kommunen (PDF og Word):")
    print(f"  kald:  {cold['total']:.2f} s")
    print(
        f"  varm:  {best['total']:.2f} s beste, {median:.2f} s median av {args.runs} "
        f"(innhold {best['content']:.2f} s, PDF {best['pdf']:.2f} s, Word {best['docx']:.2f} s)"
    )
    print(
        f"  mål:   under {GOAL_S:.0f} s varm: {'nådd' if best['total'] < GOAL_S else 'IKKE nådd'}"
    )
    (OUT / "tertial.json").write_text(json.dumps({"cold": cold, "warm": warm}, indent=2))
    shutdown_printer()
    close_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
