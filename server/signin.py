"""The sign-in page and its form: `GET /logg-inn`, `POST /logg-inn`, `POST /logg-inn/sso`.

A plain HTML page served by the app itself (no script, nothing from other addresses), so that
signing in is an ordinary form post the browser's password manager understands. A good
password gives a session: a random token in an HttpOnly, SameSite=Lax cookie (Secure over
HTTPS) and only its hash in the store; the browser is sent on to the page it asked for. The
post is refused unless it comes from the app's own page (Origin, else Referer).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from streamlit import file_util

from analytics.accounts.demo_accounts import DEMO_ACCOUNTS
from analytics.accounts.sessions import COOKIE_NAME, check_session, sign_in
from analytics.accounts.users import accounts_with_demo_password
from analytics.core.errors import AccessDenied, StoreLocked
from analytics.core.settings import load_settings
from analytics.core.texts import t
from analytics.store import Store
from analytics.store.settings import is_demo
from server import sso
from server.lifespan import current_store
from server.web import (
    client_address,
    escape,
    page,
    redirect,
    safe_next,
    same_origin,
    set_session_cookie,
)
from ui.addresses import SIGN_IN_PATH, base_path

SSO_PATH = "/logg-inn/sso"
_STYLE = """
body { font-family: "Source Sans Pro", "DejaVu Sans", sans-serif; background: #f6f8fa;
       color: #1c2833; margin: 0; }
main { max-width: 30rem; margin: 3rem auto; background: #fff; padding: 2rem 2.5rem;
       border-radius: 0.6rem; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { margin: 0 0 0.2rem; font-size: 1.8rem; } .kommune { margin: 0 0 1.5rem; color: #555; }
label { display: block; margin: 1rem 0 0.3rem; font-weight: 600; }
input { width: 100%; box-sizing: border-box; padding: 0.55rem; font-size: 1rem;
        border: 1px solid #b5bec7; border-radius: 0.3rem; }
button { margin-top: 1.3rem; padding: 0.6rem 1.4rem; font-size: 1rem; border: 0;
         border-radius: 0.3rem; background: #1f5f8b; color: #fff; cursor: pointer; }
button.secondary { background: #e8eef3; color: #1f5f8b; }
.notice, .error, .demo { padding: 0.7rem 0.9rem; border-radius: 0.3rem; margin: 0.8rem 0; }
.notice { background: #e8f1fb; } .error { background: #fdecea; color: #8a1c13; }
.demo { background: #fff4d6; font-weight: 600; }
table { border-collapse: collapse; margin-top: 0.6rem; width: 100%; }
td, th { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #e3e7eb; }
a { color: #1f5f8b; }
"""


def routes() -> list[Route]:
    """The sign-in routes, under the app's base path."""
    base = base_path()
    return [
        Route(base + SIGN_IN_PATH, show_sign_in, methods=["GET"]),
        Route(base + SIGN_IN_PATH, submit_sign_in, methods=["POST"]),
        Route(base + SSO_PATH, start_single_sign_on, methods=["POST"]),
    ]


async def show_sign_in(request: Request) -> Response:
    """The form; a person who is signed in already goes on at once."""
    target = safe_next(request.query_params.get("neste"))
    try:
        store = current_store()
    except StoreLocked:
        return busy_page()
    check = await run_in_threadpool(check_session, store, request.cookies.get(COOKIE_NAME))
    if check.access is not None:
        return redirect(target)
    reason = request.query_params.get("grunn")
    return await run_in_threadpool(_render, store, request, target, reason, "", "")


async def submit_sign_in(request: Request) -> Response:
    """Checks the name and password; sets the session cookie and goes on, or shows why not."""
    form = await request.form()
    target = safe_next(str(form.get("neste") or ""))
    name = str(form.get("brukernavn") or "")
    if not same_origin(request):
        return page(_document(t("auth.title"), _box("error", t("auth.origin_refused"))), 403)
    try:
        store = current_store()
    except StoreLocked:
        return busy_page()
    if await run_in_threadpool(_demo_passwords_block, store):
        return await run_in_threadpool(_render, store, request, target, None, name, "")
    try:
        token, _ = await run_in_threadpool(
            sign_in, store, name, str(form.get("passord") or ""), client_address(request)
        )
    except AccessDenied as refusal:
        return await run_in_threadpool(_render, store, request, target, None, name, str(refusal))
    response = redirect(target)
    set_session_cookie(response, request, token, store)
    return response


async def start_single_sign_on(request: Request) -> Response:
    """Marks that this browser started a sign-on, then hands it to Streamlit's provider route."""
    form = await request.form()
    if not same_origin(request) or not sso.configured():
        return page(_document(t("auth.title"), _box("error", t("auth.origin_refused"))), 403)
    response = redirect(sso.provider_login_url())
    target = safe_next(str(form.get("neste") or ""))
    for name, value in ((sso.STARTED_COOKIE, sso.started_value()), (sso.NEXT_COOKIE, target)):
        response.set_cookie(
            name,
            value,
            max_age=sso.STARTED_SECONDS,
            path=base_path() + "/",
            secure=request.url.scheme == "https",
            httponly=True,
            samesite="lax",
        )
    return response


# Chunks of the app that every first page after signing in needs besides those index.html names.
_LAZY_CHUNKS = ("PlotlyChart.", "DataFrame.", "arrowFormatUtils.")


@functools.cache
def _prefetched_assets() -> str:
    """`<link rel=prefetch>` for the app's own scripts and styles, so the browser fetches them
    while the person types the password: the app itself opens faster after signing in.
    Read from Streamlit's index.html (its file names change with every Streamlit version)."""
    static = Path(file_util.get_static_dir())
    names = re.findall(
        r'(?:href|src)="\./(static/[^"]+\.(?:js|css|woff2))"', (static / "index.html").read_text()
    )
    names += [
        f"static/js/{item.name}"
        for item in (static / "static" / "js").iterdir()
        if item.name.startswith(_LAZY_CHUNKS)
    ]
    return "".join(
        f"<link rel='prefetch' href='{escape(base_path())}/{escape(name)}'>"
        for name in dict.fromkeys(names)
    )


def busy_page() -> Response:
    """While a command-line job holds the database: say so and look again in five seconds."""
    body = _box("notice", t("auth.store_busy"))
    document = _document(t("auth.title"), body, head='<meta http-equiv="refresh" content="5">')
    return page(document, 503)


def _demo_passwords_block(store: Store) -> bool:
    return not is_demo(store) and bool(accounts_with_demo_password(store))


def _render(
    store: Store, request: Request, target: str, reason: str | None, name: str, error: str
) -> Response:
    demo = is_demo(store)
    parts = [_box("demo", t("app.demo_banner"))] if demo else []
    blocked = _demo_passwords_block(store)
    if blocked:
        names = ", ".join(accounts_with_demo_password(store))
        parts.append(_box("error", t("auth.demo_passwords_left", names=names)))
    else:
        parts.extend(_messages(request, reason, error))
        parts.append(_single_sign_on(request, target))
        parts.append(_form(target, name))
    if demo:
        parts.append(_demo_accounts(store))
    municipality = load_settings(store).municipality_name
    title = t("auth.page_title", municipality=municipality)
    heading = f"<h1>{escape(t('auth.title'))}</h1><p class='kommune'>{escape(municipality)}</p>"
    provider = sso.provider_origin() if sso.configured() else None
    document = _document(title, heading + "".join(parts), head=_prefetched_assets())
    return page(document, 200, provider)


def _messages(request: Request, reason: str | None, error: str) -> list[str]:
    found = []
    email = sso.provider_email(request)
    if reason == "ukjent-epost" and email:
        found.append(_box("error", t("auth.unknown_email", email=email)))
        found.append(
            f"<p><a href='{escape(base_path())}/auth/logout'>{escape(t('auth.sso_sign_out'))}</a></p>"
        )
    elif reason and reason.replace("-", "_") in _REASONS:
        found.append(_box("notice", t(f"auth.reason.{reason.replace('-', '_')}")))
    if error:
        found.append(_box("error", error))
    return found


_REASONS = ("signed_out", "expired", "password_changed", "account_changed", "account_removed")


def _single_sign_on(request: Request, target: str) -> str:
    if not sso.configured():
        return ""
    return (
        f"<form method='post' action='{escape(base_path() + SSO_PATH)}' id='sso'>"
        f"<input type='hidden' name='neste' value='{escape(target)}'>"
        f"<button type='submit' id='sso-logg-inn'>{escape(t('auth.sso_sign_in'))}</button></form>"
        f"<p>{escape(t('auth.or_local'))}</p>"
    )


def _form(target: str, name: str) -> str:
    return (
        f"<form method='post' action='{escape(base_path() + SIGN_IN_PATH)}' id='innlogging'>"
        f"<input type='hidden' name='neste' value='{escape(target)}'>"
        f"<label for='brukernavn'>{escape(t('auth.name'))}</label>"
        f"<input id='brukernavn' name='brukernavn' autocomplete='username' required "
        f"autofocus value='{escape(name)}'>"
        f"<label for='passord'>{escape(t('auth.password'))}</label>"
        "<input id='passord' name='passord' type='password' autocomplete='current-password' "
        "required>"
        f"<button type='submit' id='logg-inn'>{escape(t('auth.sign_in'))}</button></form>"
    )


def _demo_accounts(store: Store) -> str:
    still_demo = set(accounts_with_demo_password(store))
    accounts = [account for account in DEMO_ACCOUNTS if account.name in still_demo]
    if not accounts:
        return ""
    rows = "".join(
        f"<tr><td>{escape(account.name)}</td><td>{escape(account.password)}</td>"
        f"<td>{escape(t(f'role.{account.role.value}'))}</td></tr>"
        for account in accounts
    )
    head = "".join(
        f"<th>{escape(t(key))}</th>" for key in ("auth.name", "auth.password", "auth.role")
    )
    return (
        f"<h2>{escape(t('auth.demo_heading'))}</h2><p>{escape(t('auth.demo_accounts'))}</p>"
        f"<table id='demokontoer'><tr>{head}</tr>{rows}</table>"
    )


def _box(kind: str, text: str) -> str:
    return f"<div class='{kind}' role='{'alert' if kind == 'error' else 'status'}'>{escape(text)}</div>"


def _document(title: str, body: str, head: str = "") -> str:
    return (
        "<!doctype html><html lang='nb'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"{head}<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )
