"""Benchmark of the import: python-calamine alone against our whole import of the same file.

    .venv/bin/python bench/ingest.py [--lines 200000 1000000] [--repeat 3]

Makes a long-format ledger (År, Periode, Ansvar, Art, Tjeneste, Prosjekt, Regnskap) as xlsx with
openpyxl's write-only writer, cached in bench/out/. Each measurement runs in a fresh child
process, so its peak memory (ru_maxrss) is its own, and the best of --repeat runs counts:
(a) calamine reading the sheet into Python rows, (b) `analytics.imports.importer.import_file` of
the same file into an empty database, every check included, until it returns (committed).
Prints both wall-clock times, their ratio (the goal: at most 1.3 at 200 000 lines), the ratio of
CPU times (steadier on a busy machine; DuckDB's threads count) and the import's peak memory
(goal under 1.5 GB for the million lines).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
HEADER = ["År", "Periode", "Ansvar", "Art", "Tjeneste", "Prosjekt", "Regnskap"]


def make_ledger(lines: int) -> Path:
    """The cached xlsx of `lines` lines (deterministic: seed 2026)."""
    path = OUT / f"ledger_{lines}.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    OUT.mkdir(parents=True, exist_ok=True)
    generator = random.Random(2026)
    ansvar = [f"{code}" for code in range(1000, 1400)]
    arts = [f"1{kostra:03d}0" for kostra in range(10, 300, 7)] + ["16000", "17100", "18100"]
    functions = [f"{function}00" for function in range(100, 400, 15)]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Hovedbok")
    sheet.append(["Regnskap per periode, demodata for måling"])
    sheet.append(HEADER)
    for index in range(lines):
        sheet.append(
            [
                2025,
                index % 12 + 1,
                generator.choice(ansvar),
                generator.choice(arts),
                generator.choice(functions),
                "" if index % 5 else "P100",
                round(generator.uniform(-50_000, 250_000), 2),
            ]
        )
    partial = path.with_suffix(".part")
    workbook.save(partial)
    partial.rename(path)
    return path


def child(mode: str, path: Path) -> None:
    """One measurement in this process; prints JSON with seconds and peak memory in MB."""
    sys.path.insert(0, str(ROOT))
    started, cpu_started = time.perf_counter(), time.process_time()
    if mode == "raw":
        import python_calamine

        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        rows = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
        count = len(rows)
    else:
        import dataclasses

        from analytics.core.access import Access
        from analytics.core.settings import Settings
        from analytics.imports.importer import import_file
        from analytics.imports.kind import ImportOptions
        from analytics.store import open_store

        database = OUT / f"bench_{path.stem}.duckdb"
        database.unlink(missing_ok=True)
        store = open_store(database)
        settings = dataclasses.replace(Settings(), import_max_bytes=200 * 1024 * 1024)
        started, cpu_started = time.perf_counter(), time.process_time()
        result = import_file(
            store, Access.system(), path.read_bytes(), path.name, ImportOptions(), settings
        )
        count = result.preview.row_count
    # Stop when the import has returned (its transaction committed), before the checkpoint
    # that closing the file would add.
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if mode != "raw":
        store.close()
        database.unlink(missing_ok=True)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb, "rows": count}))


def measure(mode: str, path: Path, repeat: int) -> dict[str, float]:
    """The best of `repeat` runs, each in a fresh process (the machine may be busy)."""
    runs = []
    for _ in range(repeat):
        output = subprocess.run(
            [sys.executable, __file__, "--child", mode, str(path)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    return {
        "seconds": min(run["seconds"] for run in runs),
        "cpu": min(run["cpu"] for run in runs),
        "peak_mb": max(run["peak_mb"] for run in runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; best counts")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "FILE"))
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    print(
        f"{'linjer':>10} {'calamine s':>11} {'import s':>9} {'forhold':>8} "
        f"{'CPU-forhold':>12} {'minne MB':>9}"
    )
    for lines in args.lines:
        path = make_ledger(lines)
        raw = measure("raw", path, args.repeat)
        whole = measure("import", path, args.repeat)
        ratio = whole["seconds"] / raw["seconds"]
        cpu_ratio = whole["cpu"] / raw["cpu"]
        print(
            f"{lines:>10} {raw['seconds']:>11.2f} {whole['seconds']:>9.2f} {ratio:>8.2f} "
            f"{cpu_ratio:>12.2f} {whole['peak_mb']:>9.0f}"
        )


if __name__ == "__main__":
    main()
