"""Running a command-line command inside the app, for the HTTP API.

The command line sends a `Job`: the command's own arguments, what it would read from standard
input, the files it reads and the names in the folders it writes to. The app parses the same
arguments with the same parser and runs the same handler, as the caller (an API token's
service account, or the system for the local key), with its output captured, the files in a
temporary folder of their own, and returns a `JobOutcome`: exit code, output and the files
written. So a command prints the same, and exits with the same code, wherever it runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from analytics.cli import build_parser, run_parsed
from analytics.cli.capture import captured
from analytics.cli.paths import FILE_TYPES
from analytics.core.access import Access
from analytics.core.errors import AccessDenied, NotFound, StoreLocked, UserError
from analytics.core.incidents import record_unexpected
from analytics.core.texts import t
from analytics.store import Store


@dataclass(frozen=True)
class Job:
    """One command as the command line sends it."""

    argv: tuple[str, ...]
    stdin: str = ""
    inputs: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # dest → (name, bytes)
    folders: dict[str, tuple[str, ...]] = field(default_factory=dict)  # dest → names there


@dataclass(frozen=True)
class JobOutcome:
    """What the command did: its exit code, output, and the files it wrote."""

    exit_code: int
    stdout: str
    stderr: str
    outputs: dict[str, bytes] = field(default_factory=dict)  # dest → bytes
    written: dict[str, dict[str, bytes]] = field(default_factory=dict)  # dest → name → bytes
    removed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # dest → names
    error: str | None = None  # access_denied, not_found, locked, refused, unexpected

    @property
    def http_status(self) -> int:
        """The HTTP status that tells the same as the exit code."""
        if self.exit_code == 0:
            return 200
        return {"access_denied": 403, "not_found": 404, "locked": 503, "unexpected": 500}.get(
            self.error or "", 400
        )


def file_arguments(parser: argparse.ArgumentParser, argv: tuple[str, ...]) -> dict[str, str]:
    """The file arguments of the (sub)command `argv` names: dest → input, output, output_dir."""
    found: dict[str, str] = {}
    current, rest = parser, list(argv)
    while True:
        for action in current._actions:
            kind = FILE_TYPES.get(action.type)  # type: ignore[arg-type]
            if kind:
                found[action.dest] = kind
        sub = next((a for a in current._actions if isinstance(a, argparse._SubParsersAction)), None)
        names = [word for word in rest if not word.startswith("-")]
        if sub is None or not names or names[0] not in sub.choices:
            return found
        current = sub.choices[names[0]]
        rest = rest[rest.index(names[0]) + 1 :]


def run_job(store: Store, access: Access, job: Job) -> JobOutcome:
    """Runs the job's command in this process as `access`; never raises."""
    parser = build_parser()
    kinds = file_arguments(parser, job.argv)
    with tempfile.TemporaryDirectory(prefix="kommune-jobb-") as folder, captured(job.stdin) as out:
        try:
            args = parser.parse_args(job.argv)
        except SystemExit as stop:  # --help, or arguments argparse refused: it printed why
            return JobOutcome(int(stop.code or 0), out.stdout.getvalue(), out.stderr.getvalue())
        originals = _place_files(args, kinds, job, Path(folder))
        code, error = _run_as(store, access, args)
        outcome = _collect(args, kinds, job, originals, code, error)
        places = {str(getattr(args, dest)): given for dest, given in originals.items()}
        return _with_paths_restored(outcome, out.stdout.getvalue(), out.stderr.getvalue(), places)


def _run_as(store: Store, access: Access, args: argparse.Namespace) -> tuple[int, str | None]:
    if getattr(args, "system_only", False) and access != Access.system():
        print(t("cli.error", message=t("api.system_only")), file=sys.stderr)
        return 2, "access_denied"
    args.access = access
    try:
        code, refusal = run_parsed(store, args)
    except Exception as error:
        incident = record_unexpected(error, f"kommando {args.command}")
        print(t("cli.unexpected", id=incident), file=sys.stderr)
        return 1, "unexpected"
    return code, _kind_of(refusal)


def _kind_of(refusal: UserError | None) -> str | None:
    if refusal is None:
        return None
    if isinstance(refusal, AccessDenied):
        return "access_denied"
    if isinstance(refusal, NotFound):
        return "not_found"
    return "locked" if isinstance(refusal, StoreLocked) else "refused"


def _place_files(
    args: argparse.Namespace, kinds: dict[str, str], job: Job, folder: Path
) -> dict[str, str]:
    """Points each file argument into `folder`; returns dest → the path as the caller gave it."""
    originals: dict[str, str] = {}
    for dest, kind in kinds.items():
        given = getattr(args, dest, None)
        if given is None:
            continue
        originals[dest] = str(given)
        place = folder / dest
        place.mkdir()
        if kind == "output_dir":
            for name in job.folders.get(dest, ()):
                (place / Path(name).name).touch()
            setattr(args, dest, place)
            continue
        target = place / (Path(given).name or dest)
        if kind == "input" and dest in job.inputs:
            target.write_bytes(job.inputs[dest][1])
        setattr(args, dest, target)
    return originals


def _collect(
    args: argparse.Namespace,
    kinds: dict[str, str],
    job: Job,
    originals: dict[str, str],
    code: int,
    error: str | None,
) -> JobOutcome:
    outputs: dict[str, bytes] = {}
    written: dict[str, dict[str, bytes]] = {}
    removed: dict[str, tuple[str, ...]] = {}
    for dest, kind in kinds.items():
        path = getattr(args, dest, None)
        if dest not in originals or path is None:
            continue
        if kind == "output" and path.is_file():
            outputs[dest] = path.read_bytes()
        elif kind == "output_dir":
            before = set(job.folders.get(dest, ()))
            present = {item.name: item for item in path.iterdir() if item.is_file()}
            written[dest] = {
                name: item.read_bytes()
                for name, item in present.items()
                if name not in before or item.stat().st_size
            }
            removed[dest] = tuple(sorted(before - set(present)))
    return JobOutcome(code, "", "", outputs, written, removed, error)


def _with_paths_restored(
    outcome: JobOutcome, stdout: str, stderr: str, places: dict[str, str]
) -> JobOutcome:
    """The output as the caller would have seen it locally: each temporary path replaced by
    the path the caller gave."""
    for temporary in sorted(places, key=len, reverse=True):
        stdout = stdout.replace(temporary, places[temporary])
        stderr = stderr.replace(temporary, places[temporary])
    return JobOutcome(
        outcome.exit_code,
        stdout,
        stderr,
        outcome.outputs,
        outcome.written,
        outcome.removed,
        outcome.error,
    )
