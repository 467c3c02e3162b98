"""A report's pages as pictures, for looking at it on screen before it goes out.

Drawn from the PDF itself by poppler's `pdftoppm` (Debian's poppler-utils, which the set-up
installs), so the preview is the very document that will be sent, and the page loads nothing.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from analytics.core.errors import UserError
from analytics.core.texts import t

PDFTOPPM = "pdftoppm"
PREVIEW_DPI = 72


def pdf_pages(pdf: bytes, dpi: int = PREVIEW_DPI, last_page: int | None = None) -> list[bytes]:
    """The PDF's pages (up to `last_page`) as PNG images at `dpi`, in order."""
    with tempfile.TemporaryDirectory(prefix="kommune-forhandsvisning-") as folder:
        source = Path(folder) / "rapport.pdf"
        source.write_bytes(pdf)
        command = [PDFTOPPM, "-png", "-r", str(dpi), str(source), str(Path(folder) / "side")]
        if last_page is not None:
            command[1:1] = ["-l", str(last_page)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError) as error:
            raise UserError(t("report.preview_failed", detail=type(error).__name__)) from error
        pages = sorted(
            Path(folder).glob("side-*.png"), key=lambda path: int(path.stem.split("-")[-1])
        )
        return [page.read_bytes() for page in pages]
