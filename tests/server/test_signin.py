"""The sign-in page, the session cookie and the gate, over HTTP against the real app."""

from __future__ import annotations

import re
import urllib.parse

import httpx
import pytest

from analytics.demo.users import DEMO_PASSWORDS
from bench.streamlit_client import ProtocolSession, trigger
from tests.server.conftest import RunningApp, run_async, signed_in_client

HTML = {"Accept": "text/html,application/xhtml+xml"}


def form(user: str, password: str, next_path: str = "/") -> dict[str, str]:
    return {"brukernavn": user, "passord": password, "neste": next_path}


def test_an_opened_link_goes_to_the_sign_in_page_and_back_to_the_link(
    running_app: RunningApp,
) -> None:
    url = running_app.url
    with httpx.Client(base_url=url) as client:
        reply = client.get("/okonomi?omrade=enhet:310", headers=HTML)
        assert reply.status_code == 303
        target = reply.headers["location"]
        assert target == "/logg-inn?neste=%2Fokonomi%3Fomrade%3Denhet%3A310"
        page = client.get(target)
        assert page.status_code == 200 and 'name="neste"' not in page.text
        assert "value='/okonomi?omrade=enhet:310'" in page.text
        signed = client.post(
            "/logg-inn",
            data=form("direktor", DEMO_PASSWORDS["direktor"], "/okonomi?omrade=enhet:310"),
            headers={"Origin": url},
        )
        assert (signed.status_code, signed.headers["location"]) == (
            303,
            "/okonomi?omrade=enhet:310",
        )
        assert client.get("/okonomi?omrade=enhet:310", headers=HTML).status_code == 200
        assert client.get("/logg-inn").headers["location"] == "/"  # signed in already: go on


def test_the_sign_in_page_is_plain_html_of_its_own(running_app: RunningApp) -> None:
    reply = httpx.get(running_app.url + "/logg-inn")
    policy = reply.headers["content-security-policy"]
    assert "script-src 'none'" in policy and "default-src 'self'" in policy
    assert reply.headers["cache-control"] == "no-store"
    text = reply.text
    assert "<script" not in text and "http://" not in text and "https://" not in text
    assert "DEMODATA" in text and "Čáhppesvuotna kommune" in text
    assert "<td>budsjett.sykehjem</td><td>demo-budsjett</td>" in text  # the published demo accounts


def test_the_cookie_is_http_only_lax_and_lasts_the_session_timeout(running_app: RunningApp) -> None:
    reply = httpx.post(
        running_app.url + "/logg-inn",
        data=form("leser.skole", DEMO_PASSWORDS["leser.skole"]),
        headers={"Origin": running_app.url},
    )
    cookie = reply.headers["set-cookie"]
    assert cookie.startswith("kommune_okt=")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Max-Age=28800" in cookie
    assert "Secure" not in cookie  # plain HTTP on this machine
    token = cookie.split(";")[0].split("=", 1)[1]
    assert len(token) >= 40


def test_behind_an_https_proxy_the_cookie_is_secure(running_app: RunningApp) -> None:
    host = urllib.parse.urlparse(running_app.url).netloc
    reply = httpx.post(
        running_app.url + "/logg-inn",
        data=form("leser.skole", DEMO_PASSWORDS["leser.skole"]),
        headers={"Origin": f"https://{host}", "X-Forwarded-Proto": "https"},
    )
    assert reply.status_code == 303
    assert "Secure" in reply.headers["set-cookie"]


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "https://angriper.example"}, {"Referer": "https://angriper.example/side"}, {}],
)
def test_a_sign_in_posted_from_another_site_is_refused(
    running_app: RunningApp, headers: dict[str, str]
) -> None:
    reply = httpx.post(
        running_app.url + "/logg-inn",
        data=form("direktor", DEMO_PASSWORDS["direktor"]),
        headers=headers,
    )
    assert reply.status_code == 403 and "set-cookie" not in reply.headers
    assert "avvist" in reply.text


def test_a_wrong_password_is_refused_without_echo_and_the_name_is_shown_as_text(
    running_app: RunningApp,
) -> None:
    reply = httpx.post(
        running_app.url + "/logg-inn",
        data=form("<b>direktor</b>", "gjettet-passord-9"),
        headers={"Origin": running_app.url},
    )
    assert reply.status_code == 200 and "set-cookie" not in reply.headers
    assert "Feil brukernavn eller passord." in reply.text
    assert "gjettet-passord-9" not in reply.text
    assert "&lt;b&gt;direktor&lt;/b&gt;" in reply.text and "<b>direktor" not in reply.text


def test_a_link_to_another_site_after_signing_in_stays_here(running_app: RunningApp) -> None:
    for target in ("https://angriper.example/", "//angriper.example/", "/\\angriper.example"):
        reply = httpx.post(
            running_app.url + "/logg-inn",
            data=form("direktor", DEMO_PASSWORDS["direktor"], target),
            headers={"Origin": running_app.url},
        )
        assert reply.headers["location"] == "/"


def test_a_stranger_locks_the_name_only_from_their_own_address(running_app: RunningApp) -> None:
    url = running_app.url
    stranger = {"Origin": url, "X-Forwarded-For": "203.0.113.5"}
    for _ in range(5):
        refused = httpx.post(
            url + "/logg-inn", data=form("leder.helse", "gjetter-passord"), headers=stranger
        )
        assert "Feil brukernavn eller passord." in refused.text
    locked = httpx.post(
        url + "/logg-inn", data=form("leder.helse", DEMO_PASSWORDS["leder.helse"]), headers=stranger
    )
    assert "Vent 15 minutter" in locked.text and "set-cookie" not in locked.headers
    owner = {"Origin": url, "X-Forwarded-For": "192.0.2.44"}
    signed = httpx.post(
        url + "/logg-inn", data=form("leder.helse", DEMO_PASSWORDS["leder.helse"]), headers=owner
    )
    assert signed.status_code == 303


def test_signing_out_ends_the_session_and_the_browser_is_told_why(running_app: RunningApp) -> None:
    client = signed_in_client(running_app.url, "budsjett.sykehjem")
    session = ProtocolSession(running_app.url, client.cookies)

    async def sign_out() -> None:
        async with httpx.AsyncClient() as http:
            await session.connect(http)
            first = await session.run(page="")
            assert "Innlogget som budsjett.sykehjem" in " ".join(first.texts).replace("\\", "")
            await session.run(widgets=[trigger(first.widgets["logout_button"])])
            after = await session.run()  # what the tab would show, had it stayed
            assert "Du er logget ut." in after.texts
            await session.close()

    run_async(sign_out())
    reply = client.get("/", headers=HTML)
    assert reply.status_code == 303
    assert re.search(r"grunn=signed_out", reply.headers["location"])
    assert 'kommune_okt=""' in reply.headers["set-cookie"]  # the stale cookie is deleted
    page = httpx.get(running_app.url + reply.headers["location"])
    assert "Du er logget ut." in page.text
