"""Texts of the investment projects. North Sami."""

SE: dict[str, str] = {}
