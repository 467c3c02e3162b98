"""Argument types for the files a command reads or writes.

A command declares its file arguments with these types (`add_argument("file",
type=input_file)`), so that the same command can run in the app through the API: the command
line sends the files it reads and writes out the files the command wrote, and the command's own
code neither knows nor cares where it runs.
"""

from __future__ import annotations

from pathlib import Path


def input_file(text: str) -> Path:
    """A file the command reads (sent to the app when the command runs there)."""
    return Path(text)


def output_file(text: str) -> Path:
    """A file the command writes (sent back from the app and written here)."""
    return Path(text)


def output_dir(text: str) -> Path:
    """A folder the command writes files into and may prune (backups with retention)."""
    return Path(text)


FILE_TYPES = {input_file: "input", output_file: "output", output_dir: "output_dir"}
