"""People: accounts, sign-in, lockout and what administrators change."""
