"""The gate: a browser asking for a page without a valid session goes to the sign-in page.

It looks only at requests for a page itself (GET of HTML outside the app's own routes and
Streamlit's assets), so an opened link to `/okonomi?omrade=enhet:310` comes back to exactly
that address after signing in. A cookie whose session has ended is deleted on the way, and the
sign-in page says why (signed out, expired, password or account changed). A browser that comes
back from single sign-on it started here gets its session from the provider's e-mail.
The script checks the session again on every run (ui/auth.py), so nothing relies on the gate
alone.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from analytics.accounts.sessions import COOKIE_NAME, check_session, sign_in_by_email
from analytics.core.errors import StoreLocked
from analytics.store import Store
from server import sso
from server.lifespan import current_store
from server.web import (
    client_address,
    delete_session_cookie,
    redirect,
    safe_next,
    set_session_cookie,
)
from ui.addresses import base_path, sign_in_url

OPEN_PREFIXES = (
    "/_stcore/",
    "/static/",
    "/media/",
    "/component/",
    "/app/static/",
    "/api/",
    "/logg-inn",
    "/auth/",
    "/oauth2callback",
    "/favicon",
    "/manifest.json",
)


class SessionGate:
    """ASGI middleware in front of Streamlit (see the module docstring)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_page_request(scope):
            await self.app(scope, receive, send)
            return
        response = await run_in_threadpool(_decide, Request(scope))
        if response is None:
            await self.app(scope, receive, send)
        else:
            await response(scope, receive, send)


def _is_page_request(scope: Scope) -> bool:
    if scope["method"] not in ("GET", "HEAD"):
        return False
    path = scope["path"][len(base_path()) :] or "/"
    if path.startswith(OPEN_PREFIXES):
        return False
    accept = dict(scope["headers"]).get(b"accept", b"").decode("latin-1")
    return "text/html" in accept


def _decide(request: Request) -> Response | None:
    """None to let the request through to the app; else where to send the browser."""
    try:
        store = current_store()
    except StoreLocked:
        return None  # the page itself says that the database is busy, and tries again
    check = check_session(store, request.cookies.get(COOKIE_NAME))
    if check.access is not None:
        return None
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if sso.started_recently(request.cookies.get(sso.STARTED_COOKIE)):
        return _finish_single_sign_on(request, store)
    reason = None if request.cookies.get(COOKIE_NAME) is None else check.reason
    response = redirect(sign_in_url(here, reason if reason != "unknown" else None))
    if request.cookies.get(COOKIE_NAME) is not None:
        delete_session_cookie(response, request)
    return response


def _finish_single_sign_on(request: Request, store: Store) -> Response:
    """The browser is back from the provider: a session for the account of its e-mail."""
    target = safe_next(request.cookies.get(sso.NEXT_COOKIE))
    email = sso.provider_email(request)
    signed_in = sign_in_by_email(store, email, client_address(request)) if email else None
    if signed_in is not None:
        response = redirect(target)
        set_session_cookie(response, request, signed_in[0], store)
    else:  # no account has the e-mail, or the sign-on was broken off at the provider
        response = redirect(sign_in_url(target, "ukjent-epost" if email else None))
    for name in (sso.STARTED_COOKIE, sso.NEXT_COOKIE):
        response.delete_cookie(name, path=base_path() + "/")
    return response
