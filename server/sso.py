"""Single sign-on through Streamlit's own OpenID Connect routes, finished into a session.

Streamlit runs the provider round trip (`/auth/login`, the provider, `/oauth2callback`) and
leaves a signed cookie with the person's claims. The sign-in page's button first sets a short
"started here" cookie; when the browser comes back with both, the gate makes a session of the
dashboard's own for the account with that e-mail. Without the "started here" cookie a
leftover provider cookie (Streamlit keeps it for 30 days) never signs anyone in by itself, so
the dashboard's session timeout holds for single sign-on too.

Reading Streamlit's cookie uses its own decoding (`starlette_websocket`), pinned with
Streamlit 1.67 in requirements.txt; tests/server/test_sso.py fails if that changes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
import urllib.parse

from starlette.requests import HTTPConnection
from streamlit.auth_util import get_secrets_auth_section
from streamlit.user_info import generate_login_redirect_url
from streamlit.web.server.starlette.starlette_server_config import USER_COOKIE_NAME
from streamlit.web.server.starlette.starlette_websocket import (
    _get_signed_cookie_with_chunks,
    _parse_decoded_user_cookie,
)

from server.web import own_origin

STARTED_COOKIE = "kommune_sso_startet"
NEXT_COOKIE = "kommune_sso_neste"  # the page to open afterwards
STARTED_SECONDS = 600
PROVIDER = "default"
_SECRET = secrets.token_bytes(32)  # per process: a restart in mid sign-on asks again


def configured() -> bool:
    """True when `.streamlit/secrets.toml` has an `[auth]` section."""
    return bool(get_secrets_auth_section())


def provider_origin() -> str | None:
    """scheme://host of the identity provider (from `server_metadata_url`), or None."""
    section = get_secrets_auth_section()
    provider = section.get(PROVIDER) if PROVIDER != "default" else None
    metadata_url = str((provider or section).get("server_metadata_url") or "")
    parsed = urllib.parse.urlparse(metadata_url)
    return f"{parsed.scheme}://{parsed.netloc}" if parsed.scheme and parsed.netloc else None


def provider_login_url() -> str:
    """Streamlit's route that sends the browser to the provider."""
    return generate_login_redirect_url(PROVIDER)


def started_value() -> str:
    """The value of the "started here" cookie: a time and a MAC over it."""
    stamp = str(int(time.time()))
    return f"{stamp}.{_mac(stamp)}"


def started_recently(value: str | None) -> bool:
    """True for a "started here" cookie of this process, set in the last ten minutes."""
    if not value or "." not in value:
        return False
    stamp, mac = value.split(".", 1)
    if not stamp.isdigit() or not hmac.compare_digest(mac, _mac(stamp)):
        return False
    return 0 <= time.time() - int(stamp) <= STARTED_SECONDS


def _mac(stamp: str) -> str:
    return hmac.new(_SECRET, stamp.encode(), hashlib.sha256).hexdigest()


def provider_email(connection: HTTPConnection) -> str | None:
    """The e-mail the provider vouched for, from Streamlit's signed cookie (checked against
    this app's origin), or None."""
    if not configured():
        return None
    raw = _get_signed_cookie_with_chunks(dict(connection.cookies), USER_COOKIE_NAME)
    if not raw:
        return None
    try:
        claims = _parse_decoded_user_cookie(raw, own_origin(connection))
    except (ValueError, json.JSONDecodeError):
        return None
    email = claims.get("email") if claims.get("is_logged_in") else None
    return str(email) if email else None
