"""Texts of the server: sign-in page, sessions, the HTTP API, tokens, backups. North Sami."""

SE: dict[str, str] = {}
