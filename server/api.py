"""The HTTP API under `/api/v1/`: every command-line command, run in the app.

Authentication: `Authorization: Bearer <key>`, an API token of a service account (its role and
units apply, as for a person) or the local key from the address file (the system, as the
command line on the file itself). Every call is recorded in the audit log.

- `GET /api/v1/`: the commands the caller may run, with their options.
- `POST /api/v1/run`: the command line's transport. A multipart body with a `job` part
  (JSON: `argv`, `stdin`, `folders`) and a part `file:<argument>` per file the command reads;
  the answer is a zip with `result.json` (exit code, output) and the files the command wrote.
- `GET /api/v1/<command>[/<subcommand>]?option=value`: a command that prints JSON (`gaps`,
  `uploads`, `sickleave`, `kompass`, `audit`, `reports`, `users/list`, and those still to come,
  such as `projects` and `indicators`), answered as JSON: `/api/v1/gaps?year=2026&by=unit`.
- `POST /api/v1/<command>`: the same for a command that changes something or reads a file:
  options as form fields, files as file fields named like the argument
  (`curl -F file=@budsjett.xlsx …/api/v1/import`); the answer is the command's JSON, or the file
  it wrote (`snapshot`), or its text.

A refusal has the status that fits (400 bad input, 401 no key, 403 not allowed, 404 not found,
503 database busy) and `{"error": "…", "exit_code": 2}` in Norwegian.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import zipfile
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from analytics.accounts.tokens import access_for_token
from analytics.cli import build_parser
from analytics.cli.runner import Job, JobOutcome, file_arguments, run_job
from analytics.core import audit
from analytics.core.access import Access
from analytics.core.errors import StoreLocked
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.store import Store
from server.lifespan import current_store, local_key
from ui.addresses import base_path

PREFIX = "/api/v1"
_JOBS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="api-job")
_REQUEST_MARGIN = 10 * 1024 * 1024  # room for the form around the largest file allowed
_TRUE = {"1", "true", "ja", "yes", "on"}


def routes() -> list[Route]:
    base = base_path() + PREFIX
    return [
        Route(base + "/", describe, methods=["GET"]),
        Route(base + "/run", run, methods=["POST"]),
        Route(base + "/{command:path}", call, methods=["GET", "POST"]),
    ]


def _refusal(message: str, status: int, exit_code: int = 2) -> JSONResponse:
    return JSONResponse({"error": message, "exit_code": exit_code}, status_code=status)


async def _caller(request: Request) -> tuple[Store, Access] | JSONResponse:
    """The store and who is calling, or the answer that refuses the call."""
    header = request.headers.get("authorization", "")
    key = header[7:].strip() if header.lower().startswith("bearer ") else ""
    try:
        store = current_store()
    except StoreLocked:
        return _refusal(t("api.store_busy"), 503)
    if key and key == local_key():
        return store, Access.system()
    access = await asyncio.to_thread(access_for_token, store, key) if key else None
    if access is None:
        return _refusal(t("api.no_token"), 401)
    return store, access


async def describe(request: Request) -> Response:
    """The commands and their options, from the command line's own parser."""
    caller = await _caller(request)
    if isinstance(caller, JSONResponse):
        return caller
    commands = [
        entry
        for entry in _commands(build_parser())
        if not entry["system_only"] or caller[1] == Access.system()
    ]
    return JSONResponse({"commands": commands})


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.extend(_commands(sub, (*path, name)))
    if path and not found:
        options = [
            {
                "name": a.dest,
                "flag": a.option_strings[-1] if a.option_strings else None,
                "help": a.help or "",
            }
            for a in parser._actions
            if a.dest not in ("help",)
        ]
        system_only = bool(parser.get_default("system_only"))
        found.append({"command": "/".join(path), "options": options, "system_only": system_only})
    return found


async def run(request: Request) -> Response:
    """The command line's transport: a job in, a zip of its outcome out."""
    caller = await _caller(request)
    if isinstance(caller, JSONResponse):
        return caller
    store, access = caller
    too_large = _too_large(request, store, access)
    if too_large is not None:
        return too_large
    try:
        job = _job_from(await request.form())
    except (ValueError, KeyError, TypeError) as error:
        return _refusal(t("api.bad_job", reason=error), 400)
    outcome = await _run(store, access, job)
    return Response(outcome_archive(outcome), media_type="application/zip")


def _too_large(request: Request, store: Store, access: Access) -> JSONResponse | None:
    if access == Access.system():  # the machine's own command line (a restore may be large)
        return None
    limit = load_settings(store).import_max_bytes + _REQUEST_MARGIN
    length = request.headers.get("content-length", "")
    if not length.isdigit() or int(length) > limit:
        return _refusal(t("api.too_large", limit=limit // 1_000_000), 413)
    return None


def _job_from(form: FormData) -> Job:
    described = json.loads(str(form["job"]))
    argv = tuple(str(word) for word in described["argv"])
    folders = {
        str(dest): tuple(map(str, names)) for dest, names in described.get("folders", {}).items()
    }
    return Job(argv, str(described.get("stdin") or ""), _files_of(form, "file:"), folders)


def _files_of(form: FormData, prefix: str) -> dict[str, tuple[str, bytes]]:
    files: dict[str, tuple[str, bytes]] = {}
    for field, value in form.multi_items():
        if isinstance(value, UploadFile) and field.startswith(prefix):
            files[field[len(prefix) :]] = (value.filename or field, value.file.read())
    return files


async def _run(store: Store, access: Access, job: Job) -> JobOutcome:
    """Runs the job in one of the API's own threads (two at a time, so a large import cannot
    take every thread the pages need), recorded in the audit log first."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_JOBS, _audited_job, store, access, job)


def _audited_job(store: Store, access: Access, job: Job) -> JobOutcome:
    audit.record(store, access.user, "api_call", " ".join(job.argv)[:500])
    return run_job(store, access, job)


def outcome_archive(outcome: JobOutcome) -> bytes:
    """The outcome as the command line reads it back (`analytics.cli.remote`)."""
    result = {
        "exit_code": outcome.exit_code,
        "stdout": outcome.stdout,
        "stderr": outcome.stderr,
        "outputs": sorted(outcome.outputs),
        "written": {dest: sorted(files) for dest, files in outcome.written.items()},
        "removed": {dest: list(names) for dest, names in outcome.removed.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("result.json", json.dumps(result, ensure_ascii=False))
        for dest, data in outcome.outputs.items():
            archive.writestr(f"outputs/{dest}", data)
        for dest, files in outcome.written.items():
            for name, data in files.items():
                archive.writestr(f"written/{dest}/{name}", data)
    return buffer.getvalue()


async def call(request: Request) -> Response:
    """One command by its path, options from the query (GET) or the form (POST)."""
    caller = await _caller(request)
    if isinstance(caller, JSONResponse):
        return caller
    store, access = caller
    parser = build_parser()
    path = tuple(part for part in request.path_params["command"].split("/") if part)
    command = _command_parser(parser, path)
    if command is None:
        return _refusal(t("api.unknown_command", command="/".join(path)), 404)
    files = file_arguments(parser, path)
    if request.method == "GET" and (files or "--json" not in command._option_string_actions):
        return Response(status_code=405, headers={"Allow": "POST"})
    if request.method == "POST" and _too_large(request, store, access) is not None:
        return _refusal(
            t("api.too_large", limit=load_settings(store).import_max_bytes // 1_000_000), 413
        )
    form = await request.form() if request.method == "POST" else None
    values = dict(form.multi_items()) if form is not None else dict(request.query_params)
    argv, wants_json = _argv(command, path, values, files)
    inputs = _files_of(form, "") if form is not None else {}
    outcome = await _run(store, access, Job(tuple(argv), "", inputs, {}))
    return _answer(outcome, wants_json)


def _command_parser(
    parser: argparse.ArgumentParser, path: tuple[str, ...]
) -> argparse.ArgumentParser | None:
    current = parser
    for name in path:
        sub = next((a for a in current._actions if isinstance(a, argparse._SubParsersAction)), None)
        if sub is None or name not in sub.choices:
            return None
        current = sub.choices[name]
    has_sub = any(isinstance(a, argparse._SubParsersAction) for a in current._actions)
    return None if has_sub or not path else current


def _argv(
    command: argparse.ArgumentParser,
    path: tuple[str, ...],
    values: dict[str, Any],
    files: dict[str, str],
) -> tuple[list[str], bool]:
    """The command's arguments from named values: options by their name (`year` or
    `--year`), positionals in order; a file field gives its file name."""
    options: list[str] = []
    positionals: list[str] = []
    for action in command._actions:
        if action.dest in ("help", "json"):
            continue
        value = values.get(action.dest, values.get((action.option_strings or [""])[-1].lstrip("-")))
        if value is None:
            continue
        text = str(value.filename or action.dest) if isinstance(value, UploadFile) else str(value)
        if not action.option_strings:
            positionals.append(text or action.dest)
        elif action.nargs == 0:
            options.extend([action.option_strings[-1]] if text.lower() in _TRUE else [])
        else:
            options.extend([action.option_strings[-1], text])
    wants_json = "--json" in command._option_string_actions
    return [*path, *options, *positionals, *(["--json"] if wants_json else [])], wants_json


def _answer(outcome: JobOutcome, wants_json: bool) -> Response:
    if outcome.exit_code != 0:
        message = outcome.stderr.strip().removeprefix(t("cli.error", message="")).strip()
        return _refusal(message, outcome.http_status, outcome.exit_code)
    if outcome.outputs:
        return Response(next(iter(outcome.outputs.values())), media_type="application/octet-stream")
    if wants_json:
        try:
            return JSONResponse(json.loads(outcome.stdout))
        except ValueError:
            pass
    return Response(outcome.stdout, media_type="text/plain; charset=utf-8")
