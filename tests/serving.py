"""The real app under `streamlit run serve.py` on a free port, for the server and browser
tests: `AppServer(db_path, log_path)`, and `serve(log_dir)` that starts servers on demand and
stops them afterwards."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT_S = 60.0

StartApp = Callable[[Path], str]


class AppServer:
    """One `streamlit run serve.py` process on a free port, its output in `log_path`."""

    def __init__(
        self, db_path: Path, log_path: Path, extra_env: dict[str, str] | None = None
    ) -> None:
        self.db_path = db_path
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = log_path.open("wb")
        env = {
            **os.environ,
            "KOMMUNE_DB": str(db_path),
            "PYTHONUNBUFFERED": "1",
            **(extra_env or {}),
        }
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "streamlit", "run", "serve.py",
                "--server.port", str(self.port),
                "--server.address", "127.0.0.1",
                "--server.headless", "true",
                "--server.fileWatcherType", "none",
                "--browser.gatherUsageStats", "false",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip

    def wait_until_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit stopped at start:\n{self.output()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/_stcore/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"streamlit did not answer in {START_TIMEOUT_S} s:\n{self.output()}")

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


RUNNING: list[AppServer] = []  # servers up right now; their logs go with a failing test


def serve(log_dir: Path, extra_env: dict[str, str] | None = None) -> Iterator[StartApp]:
    """Yields `start(db_path) -> base_url`; stops every server it started afterwards."""
    started: list[AppServer] = []

    def start(db_path: Path) -> str:
        server = AppServer(db_path, log_dir / f"streamlit-{len(started)}.log", extra_env)
        started.append(server)
        RUNNING.append(server)
        server.wait_until_healthy()
        return server.base_url

    yield start
    for server in started:
        server.stop()
        RUNNING.remove(server)
