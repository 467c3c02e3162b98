"""Load generator: N people using the dashboard at once, at the protocol level, on this machine.

Each simulated person signs in on the sign-in page (a form post, the session cookie), opens the
WebSocket a browser opens, and switches between the pages of their role's menu, with a pause
to read between switches. Besides them, `--uploads` people each upload a month of accounts on
Last opp (file upload, preview, "Lagre") again and again while the others read. It measures:

- sign-in: from posting the form to the first page run finished;
- page switch: from asking for a page to the server's `script_finished` (the server's part of
  a page switch: running the script and sending every element; the browser's drawing comes on
  top, see bench/streamlit_client.py);
- errors: an exception or an error id on a page, a page not found, a run that timed out or a
  connection lost; and, after the run, whether every upload reported stored is in the history.

Bounded on purpose: at most 50 sessions, 200 switches each, 5 uploaders and 30 minutes, and
only against an app on this machine (127.0.0.1, ::1 or localhost). Without `--url` it starts
the app itself on a fresh copy of the demo municipality in bench/out/ and stops it afterwards.

    .venv/bin/python bench/load.py --sessions 1 --switches 40 --think 0
    .venv/bin/python bench/load.py --sessions 20 --switches 12 --uploads 3
"""

from __future__ import annotations

import argparse
import asyncio
import io
import ipaddress
import json
import random
import statistics
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

import httpx
import openpyxl

from analytics.demo.users import DEMO_PASSWORDS
from bench.streamlit_client import ProtocolSession, RunResult, trigger
from tests.serving import AppServer

LIMITS = {"sessions": 50, "switches": 200, "uploads": 5, "max_seconds": 1800}
OUT = REPO_ROOT / "bench" / "out"
# The menu of each role (url paths; "" is Oversikt), as app.py's PAGE_TABLE gives it.
READER_PAGES = ["", "okonomi", "verksted", "sykefravaer", "kompass", "program", "rapport", "konto"]
PAGES = {
    "direktor": [*READER_PAGES, "last-opp"],
    "leder.helse": [*READER_PAGES, "last-opp"],
    "budsjett.sykehjem": [*READER_PAGES, "last-opp"],
    "leser.skole": READER_PAGES,
    "admin": [*READER_PAGES, "last-opp", "admin"],
}
READERS = ("direktor", "leder.helse", "budsjett.sykehjem", "leser.skole", "admin")
UPLOAD_LINES = 4_000


@dataclass
class Measured:
    """Everything the sessions saw."""

    sign_ins: list[float] = field(default_factory=list)
    switches: list[tuple[str, float]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    uploads_stored: list[str] = field(default_factory=list)
    upload_seconds: list[float] = field(default_factory=list)
    stop: bool = False


def check_local(url: str) -> None:
    """Refuses any address that is not this machine."""
    host = urllib.parse.urlparse(url).hostname or ""
    if host != "localhost":
        try:
            if ipaddress.ip_address(host).is_loopback:
                return
        except ValueError:
            pass
        raise SystemExit(f"bench/load.py drives only an app on this machine, not {host!r}")


def note_errors(result: RunResult, where: str, measured: Measured) -> None:
    for problem in result.exceptions:
        measured.errors.append(f"{where}: exception {problem}")
    for text in result.errors:
        if "feil-ID" in text:
            measured.errors.append(f"{where}: {text[:80]}")
    if result.page_not_found:
        measured.errors.append(f"{where}: page not found")


async def sign_in(http: httpx.AsyncClient, url: str, user: str) -> ProtocolSession:
    reply = await http.post(
        url + "/logg-inn",
        data={"brukernavn": user, "passord": DEMO_PASSWORDS[user], "neste": "/"},
        headers={"Origin": url},
    )
    if reply.status_code != 303 or "kommune_okt" not in reply.cookies:
        raise RuntimeError(f"sign-in of {user} refused ({reply.status_code})")
    session = ProtocolSession(url, httpx.Cookies({"kommune_okt": reply.cookies["kommune_okt"]}))
    await session.connect(http)
    return session


async def reader(number: int, url: str, args: argparse.Namespace, measured: Measured) -> None:
    """One person: comes in during the ramp-up, signs in, then switches pages of their menu
    with a pause to read between."""
    user = READERS[number % len(READERS)]
    pages = PAGES[user]
    chance = random.Random(number)
    switches, think = args.switches, args.think
    await asyncio.sleep(args.ramp * number / max(args.sessions, 1))
    async with httpx.AsyncClient(timeout=120) as http:
        started = time.monotonic()
        try:
            session = await sign_in(http, url, user)
            first = await session.run(page="")
        except Exception as error:
            measured.errors.append(f"{user}: sign-in failed: {error!r}")
            return
        measured.sign_ins.append(time.monotonic() - started)
        note_errors(first, f"{user} /", measured)
        for step in range(switches):
            if measured.stop:
                break
            await asyncio.sleep(chance.uniform(0, 2 * think))
            page = pages[(number + step + 1) % len(pages)]
            try:
                result = await session.run(page=page)
            except Exception as error:
                measured.errors.append(f"{user} /{page}: {error!r}")
                break
            measured.switches.append((page or "oversikt", result.seconds))
            note_errors(result, f"{user} /{page}", measured)
        await session.close()


def accounts_file(number: int, year: int, month: int) -> bytes:
    """A month of accounts for the sykehjem's ansvar, different amounts each time."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Regnskap")
    sheet.append(["År", "Periode", "Ansvar", "Art", "Regnskap"])
    arts = [f"1{art:03d}0" for art in range(10, 10 + UPLOAD_LINES // 2)]
    for index, art in enumerate(arts * 2):
        sheet.append([year, month, "3100" if index % 2 else "3101", art, 100 + number + index % 97])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


async def uploader(
    number: int, url: str, args: argparse.Namespace, when: tuple[int, int], measured: Measured
) -> None:
    """One person uploading accounts on Last opp again and again until the readers are done,
    `--upload-pause` seconds between one upload and the next (0: none at all)."""
    year, month = when
    chance = random.Random(1000 + number)
    async with httpx.AsyncClient(timeout=300) as http:
        session = await sign_in(http, url, "direktor")
        await session.run(page="")
        attempt = 0
        while not measured.stop:
            if attempt:
                await asyncio.sleep(chance.uniform(0, 2 * args.upload_pause))
            attempt += 1
            name = f"last-{number}-{attempt}.xlsx"
            started = time.monotonic()
            try:
                stored = await upload_once(
                    http,
                    session,
                    name,
                    accounts_file(number * 1000 + attempt, year, month),
                    measured,
                )
            except Exception as error:
                measured.errors.append(f"upload {name}: {error!r}")
                return
            if stored:
                measured.uploads_stored.append(name)
                measured.upload_seconds.append(time.monotonic() - started)
        await session.close()


async def upload_once(
    http: httpx.AsyncClient, session: ProtocolSession, name: str, data: bytes, measured: Measured
) -> bool:
    page = await session.run(page="last-opp")
    uploader_key = next(key for key, kind in page.widget_kinds.items() if kind == "file_uploader")
    state = await session.upload(
        http,
        page.widgets[uploader_key],
        name,
        data,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    preview = await session.run(widgets=[state])
    note_errors(preview, f"upload {name} preview", measured)
    confirm = next((key for key in preview.widgets if "confirm" in key), None)
    if confirm is None:
        measured.errors.append(f"upload {name}: no preview ({' '.join(preview.errors)[:80]})")
        return False
    done = await session.run(widgets=[state, trigger(preview.widgets[confirm])])
    note_errors(done, f"upload {name} store", measured)
    return any(name in text for text in done.texts)


async def drive(
    url: str, args: argparse.Namespace, year: int, month: int
) -> tuple[Measured, float]:
    measured = Measured()
    started = time.monotonic()
    readers = [
        asyncio.create_task(reader(number, url, args, measured)) for number in range(args.sessions)
    ]
    uploaders = [
        asyncio.create_task(uploader(number, url, args, (year, month), measured))
        for number in range(args.uploads)
    ]
    try:
        await asyncio.wait_for(asyncio.gather(*readers), args.max_seconds)
    except TimeoutError:
        measured.errors.append(f"stopped after {args.max_seconds} s")
    measured.stop = True
    await asyncio.gather(*uploaders, return_exceptions=True)
    return measured, time.monotonic() - started


def uploads_kept(db: Path, names: list[str]) -> list[str]:
    """The stored uploads missing from the history (asked through the running app)."""
    history = subprocess.run(
        [sys.executable, "-m", "analytics", "--db", str(db), "uploads", "--json"],
        cwd=REPO_ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    present = {entry["file_name"] for entry in json.loads(history.stdout)}
    return [name for name in names if name not in present]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return (
        ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
        if ordered
        else float("nan")
    )


def report(measured: Measured, wall: float, args: argparse.Namespace) -> dict[str, object]:
    seconds = [value for _, value in measured.switches]
    by_page: dict[str, list[float]] = {}
    for page, value in measured.switches:
        by_page.setdefault(page, []).append(value)
    return {
        "sessions": args.sessions,
        "uploads_under_way": args.uploads,
        "think_seconds": args.think,
        "ramp_seconds": args.ramp,
        "upload_pause_seconds": args.upload_pause,
        "wall_seconds": round(wall, 1),
        "sign_in_p50": round(percentile(measured.sign_ins, 0.5), 2),
        "sign_in_p95": round(percentile(measured.sign_ins, 0.95), 2),
        "switches": len(seconds),
        "switch_p50": round(percentile(seconds, 0.5), 2),
        "switch_p95": round(percentile(seconds, 0.95), 2),
        "switch_max": round(max(seconds, default=float("nan")), 2),
        "per_page_p50": {
            page: round(statistics.median(values), 2) for page, values in sorted(by_page.items())
        },
        "uploads_stored": len(measured.uploads_stored),
        "upload_p50": round(percentile(measured.upload_seconds, 0.5), 2),
        "errors": len(measured.errors),
        "error_examples": measured.errors[:5],
    }


def start_own_app() -> tuple[AppServer, Path]:
    """The app on a fresh copy of the demo municipality in bench/out/."""
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / "load.duckdb"
    for stale in OUT.glob("load.duckdb*"):
        stale.unlink()
    subprocess.run(
        [sys.executable, "-m", "analytics", "--db", str(db), "demo"],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    server = AppServer(db, OUT / "load-server.log")
    server.wait_until_healthy()
    return server, db


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=None, help="a running app on this machine")
    parser.add_argument("--db", type=Path, default=None, help="its database (to check the uploads)")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--switches", type=int, default=12, help="page switches per session")
    parser.add_argument("--uploads", type=int, default=0, help="people uploading all the while")
    parser.add_argument("--think", type=float, default=2.0, help="mean pause between switches (s)")
    parser.add_argument("--ramp", type=float, default=10.0, help="the sessions come in over (s)")
    parser.add_argument(
        "--upload-pause", type=float, default=10.0, help="mean pause between uploads (s)"
    )
    parser.add_argument("--max-seconds", type=float, default=900)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    for name, limit in LIMITS.items():
        if getattr(args, name) > limit:
            parser.error(f"--{name.replace('_', '-')} is at most {limit}")
    return args


def main() -> int:
    args = parse()
    from analytics.core import clock

    year, month = clock.previous_month()
    server, db = (None, args.db) if args.url else start_own_app()
    url = args.url or server.base_url  # type: ignore[union-attr]
    check_local(url)
    try:
        measured, wall = asyncio.run(drive(url, args, year, month))
        if db is not None and measured.uploads_stored:
            for missing in uploads_kept(db, measured.uploads_stored):
                measured.errors.append(f"upload {missing} reported stored but missing")
    finally:
        if server is not None:
            server.stop()
    figures = report(measured, wall, args)
    print(json.dumps(figures, ensure_ascii=False, indent=None if args.json else 2))
    return 0 if not measured.errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
