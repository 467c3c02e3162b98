"""Addresses of the app's own routes, for pages and for the server alike."""

from __future__ import annotations

import urllib.parse

from streamlit import config

SIGN_IN_PATH = "/logg-inn"


def base_path() -> str:
    """The app's path prefix (`server.baseUrlPath`): "" or "/prefix"."""
    prefix = str(config.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{prefix}" if prefix else ""


def sign_in_url(next_path: str = "", reason: str | None = None) -> str:
    """The sign-in page, with the page to open afterwards and why the person is there."""
    query = {key: value for key, value in (("neste", next_path), ("grunn", reason)) if value}
    suffix = f"?{urllib.parse.urlencode(query)}" if query else ""
    return f"{base_path()}{SIGN_IN_PATH}{suffix}"
