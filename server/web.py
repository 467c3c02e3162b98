"""Small helpers of the web layer: who is asking, from where, and the session cookie.

Behind a reverse proxy on this machine, uvicorn takes the client's address and the scheme
(https) from the proxy's X-Forwarded-For and X-Forwarded-Proto headers, so `request.client`
and `request.url.scheme` are the browser's.
"""

from __future__ import annotations

import html
import urllib.parse

from starlette.requests import HTTPConnection, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from analytics.accounts.sessions import COOKIE_NAME
from analytics.core.settings import load_settings
from analytics.store import Store
from ui.addresses import base_path

SECURITY_HEADERS = {
    # The sign-in page runs no script and loads nothing from elsewhere; it only prefetches
    # the app's own files.
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'none'; connect-src 'none'; object-src 'none'; "
        "style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def client_address(connection: HTTPConnection) -> str:
    """The browser's IP address as the app sees it ("" when unknown)."""
    return connection.client.host if connection.client else ""


def own_origin(connection: HTTPConnection) -> str:
    """scheme://host[:port] of the app, as the browser addressed it."""
    return f"{connection.url.scheme}://{connection.headers.get('host', connection.url.netloc)}"


def same_origin(request: Request) -> bool:
    """True when a form post came from the app's own pages (Origin, else Referer)."""
    origin = request.headers.get("origin")
    if origin is None:
        referer = request.headers.get("referer", "")
        parsed = urllib.parse.urlparse(referer)
        origin = f"{parsed.scheme}://{parsed.netloc}" if parsed.netloc else None
    return origin is not None and origin.lower() == own_origin(request).lower()


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a path of this app, never another site."""
    base = base_path()
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return base + "/"
    parsed = urllib.parse.urlsplit(target)
    if parsed.scheme or parsed.netloc:
        return base + "/"
    path = parsed.path if parsed.path.startswith(base + "/") or base == "" else base + "/"
    return urllib.parse.urlunsplit(("", "", path, parsed.query, ""))


def set_session_cookie(
    response: Response, request: HTTPConnection, token: str, store: Store
) -> None:
    """The session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS, until the sign-in expires."""
    hours = load_settings(store).session_timeout_hours
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(hours * 3600),
        path=base_path() + "/",
        secure=request.url.scheme == "https",
        httponly=True,
        samesite="lax",
    )


def delete_session_cookie(response: Response, request: HTTPConnection) -> None:
    response.delete_cookie(
        COOKIE_NAME,
        path=base_path() + "/",
        secure=request.url.scheme == "https",
        httponly=True,
        samesite="lax",
    )


def page(body: str, status: int = 200, form_target: str | None = None) -> HTMLResponse:
    """An HTML page with the security headers; `form_target` is an origin besides the app's
    own that a form on it may lead to (the identity provider, after the app's redirects)."""
    headers = dict(SECURITY_HEADERS)
    if form_target:
        headers["Content-Security-Policy"] = headers["Content-Security-Policy"].replace(
            "form-action 'self'", f"form-action 'self' {form_target}"
        )
    return HTMLResponse(body, status_code=status, headers=headers)


def redirect(target: str) -> RedirectResponse:
    """303 See Other: after a form post, the browser gets the target with GET."""
    return RedirectResponse(target, status_code=303, headers={"Cache-Control": "no-store"})


def escape(text: object) -> str:
    """Text for HTML, quotes included."""
    return html.escape(str(text), quote=True)
