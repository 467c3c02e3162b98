"""The command line's side of the HTTP API: send a command to the running app, print what it
printed, write the files it wrote, exit with its code.

The app is found by the address file next to the database (the local key in it lets the
command run as the system, as it would on the file itself), or named with `--server URL` /
`$KOMMUNE_URL`, with an API token in `$KOMMUNE_TOKEN` (never on the command line, where other
users could see it). A token is sent only over HTTPS, or to this machine.
"""

from __future__ import annotations

import argparse
import io
import ipaddress
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analytics.cli.address import read_address
from analytics.cli.runner import Job, file_arguments
from analytics.core.errors import UserError
from analytics.core.texts import t

RUN_PATH = "/api/v1/run"
HEALTH_TIMEOUT_S = 3.0
JOB_TIMEOUT_S = 3600.0  # a backup of a large database, or a large import, takes a while


@dataclass(frozen=True)
class App:
    """Where to send commands, and the key that lets us."""

    url: str
    key: str
    found_by_address_file: bool


def find_app(server: str | None, db_path: Path) -> App | None:
    """The app to send the command to, or None to open the database file here."""
    url = server or os.environ.get("KOMMUNE_URL", "").strip()
    if url:
        token = os.environ.get("KOMMUNE_TOKEN", "").strip()
        if not token:
            raise UserError(t("api.client.no_token"))
        _refuse_plain_http(url)
        return App(url.rstrip("/"), token, False)
    address = read_address(db_path)
    if address is None or not _answers(address.url):
        return None
    return App(address.url.rstrip("/"), address.local_key, True)


def _refuse_plain_http(url: str) -> None:
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise UserError(t("api.client.bad_url", url=url))
    if parsed.scheme == "http" and not _is_loopback(parsed.hostname):
        raise UserError(t("api.client.needs_https", url=url))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/_stcore/health", timeout=HEALTH_TIMEOUT_S) as reply:
            return bool(reply.status == 200)
    except (OSError, ValueError):
        return False


def run_in_app(
    app: App, parser: argparse.ArgumentParser, args: argparse.Namespace, argv: list[str]
) -> int:
    """Sends the command, prints its output and writes its files; returns its exit code."""
    job = _job(parser, args, tuple(argv))
    reply = _post(app, job)
    with zipfile.ZipFile(io.BytesIO(reply)) as archive:
        result = json.loads(archive.read("result.json"))
        _write_files(args, result, archive)
    sys.stdout.write(result["stdout"])
    sys.stderr.write(result["stderr"])
    return int(result["exit_code"])


def _job(parser: argparse.ArgumentParser, args: argparse.Namespace, argv: tuple[str, ...]) -> Job:
    inputs: dict[str, tuple[str, bytes]] = {}
    folders: dict[str, tuple[str, ...]] = {}
    for dest, kind in file_arguments(parser, argv).items():
        path = getattr(args, dest, None)
        if path is None:
            continue
        if kind == "input" and path.is_file():
            inputs[dest] = (path.name, path.read_bytes())
        elif kind == "output_dir" and path.is_dir():
            folders[dest] = tuple(sorted(item.name for item in path.iterdir() if item.is_file()))
    prompt = getattr(args, "stdin", None)
    stdin = prompt(args) if callable(prompt) else None
    return Job(argv, "" if stdin is None else stdin + "\n", inputs, folders)


def encode_job(job: Job) -> tuple[bytes, str]:
    """The job as multipart/form-data: a `job` part (JSON) and a part per input file."""
    boundary = uuid.uuid4().hex
    described = {"argv": list(job.argv), "stdin": job.stdin, "folders": job.folders}
    parts = [_part(boundary, "job", "", json.dumps(described).encode())]
    for dest, (name, data) in job.inputs.items():
        parts.append(_part(boundary, f"file:{dest}", name, data))
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def _part(boundary: str, field: str, file_name: str, data: bytes) -> bytes:
    disposition = f'form-data; name="{field}"'
    if file_name:
        quoted = urllib.parse.quote(file_name)
        disposition += f"; filename=\"{quoted}\"; filename*=UTF-8''{quoted}"
    head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
    head += "Content-Type: application/octet-stream\r\n\r\n"
    return head.encode() + data + b"\r\n"


def _post(app: App, job: Job) -> bytes:
    body, content_type = encode_job(job)
    request = urllib.request.Request(
        app.url + RUN_PATH,
        data=body,
        method="POST",
        headers={"Content-Type": content_type, "Authorization": f"Bearer {app.key}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=JOB_TIMEOUT_S) as reply:
            return bytes(reply.read())
    except urllib.error.HTTPError as error:
        raise UserError(_refusal(app, error)) from None
    except (OSError, ValueError) as error:
        raise UserError(t("api.client.unreachable", url=app.url, reason=error)) from None


def _refusal(app: App, error: urllib.error.HTTPError) -> str:
    """The app's own message for a refused request, or a plain one."""
    try:
        message = json.loads(error.read())["error"]
    except (ValueError, KeyError, TypeError, OSError):
        message = t("api.client.http_error", status=error.code)
    return t("api.client.refused", url=app.url, message=message)


def _write_files(
    args: argparse.Namespace, result: dict[str, Any], archive: zipfile.ZipFile
) -> None:
    """Writes the files the command wrote in the app where the command line was asked to."""
    for dest in result.get("outputs", []):
        target: Path = getattr(args, str(dest))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(archive.read(f"outputs/{dest}"))
    written: dict[str, list[str]] = result.get("written", {})
    removed: dict[str, list[str]] = result.get("removed", {})
    for dest, names in written.items():
        folder: Path = getattr(args, dest)
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            (folder / Path(name).name).write_bytes(archive.read(f"written/{dest}/{name}"))
    for dest, names in removed.items():
        folder = getattr(args, dest)
        for name in names:
            (folder / Path(name).name).unlink(missing_ok=True)
