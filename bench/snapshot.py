"""Times the snapshot report on the demo municipality: the whole municipality and one unit, cold
(no browser running) and warm (the process's browser already up), with the time split into
fingerprint, content (analytics), and drawing + printing.

Also compares two ways of printing the same HTML document: the warm page that already holds
plotly.js (what `analytics.report.pdf` does) against a fresh page per report that loads the
whole document, plotly.js included; and the warm page with 80 charts, the figure count the issue
measured. Kaleido (plotly's static export) is timed per figure when it is installed; it is not a
dependency, so that row usually says so.

    .venv/bin/python -m bench.snapshot [--runs 3]

Results go to bench/out/snapshot.json (ignored by git) and to the terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import sync_playwright

from analytics.core.access import Access
from analytics.core.organisation import resolve_scope
from analytics.demo import create_demo
from analytics.report.content import ReportRequest, build_report, scope_codes
from analytics.report.html import ReportDocument, footer_template, render_document
from analytics.report.model import Chart, Report, Section
from analytics.report.pdf import CHROMIUM, LAUNCH_ARGS, PDF_OPTIONS, print_pdf, shutdown_printer
from analytics.report.snapshot import digest_lines, make_snapshot
from analytics.store import Store, open_store
from analytics.store.ledger import latest_month, years_with_data
from analytics.store.organisation import read_organisation

OUT = Path("bench/out")
UNIT = "220"  # Kárášjoga skuvla
GOALS_S = {"kommune": 10.0, UNIT: 3.0}


def demo_store() -> Store:
    """The demo municipality in bench/out/bench_snapshot_demo.duckdb, made on first use."""
    path = OUT / "bench_snapshot_demo.duckdb"
    fresh = not path.exists()
    store = open_store(path)
    if fresh:
        create_demo(store)
    return store


def tree_cpu_seconds() -> float:
    """CPU seconds used so far by this process and everything it started (Playwright's driver,
    Chromium): a measure that other people's load on the machine does not inflate."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    own = {os.getpid()}
    grown = True
    while grown:
        found = {pid for pid, parent in parents.items() if parent in own} - own
        own |= found
        grown = bool(found)
    return sum(used.get(pid, 0.0) for pid in own)


def timed_snapshot(store: Store, scope_code: str, year: int, month: int) -> dict[str, float]:
    """One report made through `make_snapshot`, with the seconds of each phase."""
    marks: list[tuple[float, float]] = []
    cpu_before = tree_cpu_seconds()
    start = time.perf_counter()
    make_snapshot(
        store,
        Access.system(),
        year,
        month,
        scope_code,
        "bench",
        progress=lambda fraction, _text: marks.append((fraction, time.perf_counter())),
    )
    at = dict(marks)
    return {
        "total_s": time.perf_counter() - start,
        "cpu_s": tree_cpu_seconds() - cpu_before,
        "fingerprint_s": at[0.2] - at[0.05],
        "content_s": at[0.6] - at[0.2],
        "print_s": at[0.95] - at[0.6],
    }


def measure_reports(store: Store, year: int, month: int, runs: int) -> dict[str, object]:
    results: dict[str, object] = {}
    for scope_code in ("", UNIT):
        name = scope_code or "kommune"
        shutdown_printer()
        cold = timed_snapshot(store, scope_code, year, month)
        warm = [timed_snapshot(store, scope_code, year, month) for _ in range(runs)]
        results[name] = {
            "cold": cold,
            "warm_median": {key: statistics.median(run[key] for run in warm) for key in cold},
            "goal_s": GOALS_S[name],
        }
    return results


def report_of(store: Store, scope_code: str, year: int, month: int) -> Report:
    organisation = read_organisation(store)
    scope = resolve_scope(organisation, scope_code)
    codes = scope_codes(organisation, scope)
    digests = digest_lines(store, scope, year, month, codes)
    request = ReportRequest(
        scope, organisation, year, month, "bench", dt.datetime(2026, 1, 1), "-", digests, codes
    )
    return build_report(store, Access.system(), request, lambda _f, _t: None)


def print_in_fresh_page(document: ReportDocument, footer: str) -> bytes:
    """The alternative route: a new page loads the whole document (plotly.js included)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        page = browser.new_page()
        start = time.perf_counter()
        page.set_content(document.html)
        page.evaluate("() => window.reportReady")
        pdf = page.pdf(**{**PDF_OPTIONS, "footer_template": footer})
        print(f"    fresh page (browser already up): {time.perf_counter() - start:.2f} s")
        browser.close()
    return pdf


def with_many_charts(report: Report, count: int) -> Report:
    """The report with one extra section holding `count` copies of its first chart."""
    chart = next(
        block for section in report.sections for block in section.blocks if isinstance(block, Chart)
    )
    extra = Section("many", f"{count} figurer", tuple([chart] * count))
    return Report(**{**vars(report), "sections": (*report.sections, extra)})


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure_routes(store: Store, year: int, month: int) -> dict[str, object]:
    report = report_of(store, "", year, month)
    document, footer = render_document(report), footer_template(report)
    print_pdf(document, footer)  # warm up
    many = with_many_charts(report, 80)
    many_document = render_document(many)
    return {
        "warm_page_kommune_s": seconds(lambda: print_pdf(document, footer)),
        "fresh_page_kommune_s": seconds(lambda: print_in_fresh_page(document, footer)),
        "warm_page_80_extra_charts_s": seconds(lambda: print_pdf(many_document, footer)),
        "charts_in_kommune_report": sum(
            isinstance(block, Chart) for section in report.sections for block in section.blocks
        ),
        "kaleido_per_figure_s": kaleido_per_figure(report),
    }


def kaleido_per_figure(report: Report) -> float | str:
    """Seconds per figure through plotly's static export with a warm kaleido server (Debian's
    Chromium), when kaleido is installed (requirements-dev.txt; the app does not need it)."""
    os.environ.setdefault("BROWSER_PATH", CHROMIUM)
    try:
        import kaleido
    except ImportError:
        return "kaleido er ikke installert"
    import plotly.io as pio

    charts = [b for s in report.sections for b in s.blocks if isinstance(b, Chart)]
    figures = [pio.from_json(chart.figure_json) for chart in charts] * 4
    kaleido.start_sync_server(silence_warnings=True)
    try:
        pio.to_image(figures[0], format="pdf")  # the first figure waits for the browser
        total = seconds(lambda: [pio.to_image(figure, format="pdf") for figure in figures])
    finally:
        kaleido.stop_sync_server(silence_warnings=True)
    return total / len(figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="warm runs per report")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    store = demo_store()
    year = years_with_data(store)[0]
    month = latest_month(store, year) or 12
    print(f"Demo {year}-{month:02d}, {read_organisation(store)['unit_code'].nunique()} enheter")
    load_before = os.getloadavg()[0]
    results = {
        "reports": measure_reports(store, year, month, args.runs),
        "routes": measure_routes(store, year, month),
        # other processes share the 2 cores: the load says how far to trust the seconds
        "load_average_1min": {"before": load_before, "after": os.getloadavg()[0]},
        "cpu_count": os.cpu_count(),
    }
    shutdown_printer()
    (OUT / "snapshot.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
