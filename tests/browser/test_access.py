"""Who sees what, in a real browser: a budget holder's view, a refused link, sign-out, and single
sign-on end to end against a local OpenID Connect provider (oidc-provider-mock)."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from oidc_provider_mock import User, run_server_in_thread
from playwright.sync_api import Browser, Page, expect

from analytics.demo.users import DEMO_PASSWORDS
from tests.browser.conftest import (
    StartApp,
    assert_no_exception,
    fill_sign_in_form,
    wait_for_app,
)

pytestmark = pytest.mark.browser

OWN_UNIT = "310 Čáhppesvuona dikšoruoktu (sykehjem)"
OTHER_UNIT_NAME = "Čáhppesvuona skuvla"  # unit 210, not the budget holder's


def unit_options(page: Page) -> list[str]:
    """The entries of the sidebar's unit selector, as the person sees them when opening it. A
    click that lands while the page is still settling can leave the list closed: click again."""
    box = page.locator(".st-key-sidebar_scope [role='combobox']")
    for _ in range(3):
        box.click()
        try:
            expect(box).to_have_attribute("aria-expanded", "true", timeout=3_000)
            break
        except AssertionError:
            page.keyboard.press("Escape")
            wait_for_app(page)
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    texts = [text.strip() for text in options.all_inner_texts()]
    page.keyboard.press("Escape")
    return texts


def server_logs(tmp_path: Path) -> str:
    return "".join(log.read_text(errors="replace") for log in tmp_path.glob("streamlit-*.log"))


def test_budget_holder_sees_only_own_units_is_refused_a_link_and_signs_out(
    page: Page, start_app: StartApp, demo_db: Path, tmp_path: Path
) -> None:
    url = start_app(demo_db)
    page.goto(url)
    expect(page).to_have_url(re.compile(r"/logg-inn"))
    expect(page.get_by_text("Dette er demokontoer")).to_be_visible()

    fill_sign_in_form(page, "budsjett.sykehjem", "gale-passordet-1")
    expect(page.get_by_text("Feil brukernavn eller passord.")).to_be_visible()
    expect(page.locator("#passord")).to_have_value("")
    expect(page.locator("#brukernavn")).to_have_value("budsjett.sykehjem")

    fill_sign_in_form(page, "budsjett.sykehjem", DEMO_PASSWORDS["budsjett.sykehjem"])
    expect(page.locator(".st-key-logout_button")).to_be_visible()
    wait_for_app(page)
    assert_no_exception(page)
    assert [option.strip() for option in unit_options(page)] == [OWN_UNIT]
    expect(page.get_by_text(OTHER_UNIT_NAME)).to_have_count(0)
    nav = page.locator('[data-testid="stSidebarNav"]')
    expect(nav.get_by_role("link", name="Last opp")).to_be_visible()
    expect(nav.get_by_role("link", name="Administrasjon")).to_have_count(0)  # not for her role

    # A link to another unit's Økonomi page: the sign-in lasts, and the page opens for her own
    # unit only.
    page.goto(f"{url}/okonomi?omrade=enhet:210")
    wait_for_app(page)
    expect(page.get_by_text("Lenken viser til noe du ikke har tilgang til")).to_be_visible()
    expect(page.locator(".st-key-sidebar_scope input")).to_have_value(
        re.compile(re.escape(OWN_UNIT) + "$")
    )
    expect(page.locator('[data-testid="stMain"]')).not_to_contain_text(OTHER_UNIT_NAME)
    assert "/okonomi?omrade=enhet%3A310" in page.url

    page.locator(".st-key-logout_button button").click()
    expect(page.get_by_text("Du er logget ut.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/logg-inn"))
    expect(page.locator("#brukernavn")).to_be_visible()
    page.goto(f"{url}/okonomi")  # the old cookie opens nothing
    expect(page).to_have_url(re.compile(r"/logg-inn\?neste=%2Fokonomi"))

    assert "gale-passordet-1" not in server_logs(tmp_path)
    assert DEMO_PASSWORDS["budsjett.sykehjem"] not in server_logs(tmp_path)


def test_a_reload_and_an_opened_link_keep_the_sign_in(
    page: Page, browser: Browser, start_app: StartApp, demo_db: Path
) -> None:
    url = start_app(demo_db)
    page.goto(f"{url}/sykefravaer?omrade=sektor:3")  # a shared link, before signing in
    fill_sign_in_form(page, "leder.helse", DEMO_PASSWORDS["leder.helse"])
    expect(page).to_have_url(re.compile(r"/sykefravaer\?omrade=sektor(%3A|:)3"))
    wait_for_app(page)
    expect(page.locator("h1").first).to_contain_text("Sykefravær")

    page.reload()
    wait_for_app(page)
    expect(page.locator(".st-key-logout_button")).to_be_visible()
    expect(page.locator("h1").first).to_contain_text("Sykefravær")

    second = page.context.new_page()  # the same browser: a link opened in a new tab
    second.goto(f"{url}/okonomi?omrade=sektor:3")
    wait_for_app(second)
    expect(second.locator(".st-key-logout_button")).to_be_visible()
    expect(second.locator("h1").first).to_contain_text("Økonomi")
    assert_no_exception(second)

    stranger = browser.new_context()  # another browser has no cookie: it must sign in
    other = stranger.new_page()
    other.goto(f"{url}/okonomi?omrade=sektor:3")
    expect(other).to_have_url(re.compile(r"/logg-inn"))
    stranger.close()


@pytest.fixture
def identity_provider() -> Iterator[str]:
    """A local OpenID Connect provider on a free port; returns its base URL."""
    people = [
        User(sub="budsjett.sykehjem", claims={"email": "budsjett.sykehjem@demo.example"}),
        User(sub="fremmed", claims={"email": "fremmed@example.org"}),
    ]
    with run_server_in_thread(port=0, user_claims=people) as server:
        yield f"http://localhost:{server.server_port}"


@pytest.fixture
def single_sign_on(identity_provider: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An `[auth]` secrets file outside the repository, given to `streamlit run` by environment."""
    secrets_file = tmp_path / "secrets.toml"
    secrets_file.write_text(
        "[auth]\n"
        'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "kommune-dashbord"\n'
        'client_secret = "ikke-hemmelig-i-test"\n'
        f'server_metadata_url = "{identity_provider}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("STREAMLIT_SECRETS_FILES", str(secrets_file))


def sign_in_at_provider(page: Page, url: str, subject: str) -> None:
    page.goto(url)
    page.locator("#sso-logg-inn").click()
    page.get_by_role("button", name=subject, exact=True).click()  # the provider's own page
    page.wait_for_url(f"{url}/**")


@pytest.mark.usefixtures("single_sign_on")
def test_single_sign_on_end_to_end(page: Page, start_app: StartApp, demo_db: Path) -> None:
    url = start_app(demo_db)
    sign_in_at_provider(page, url, "budsjett.sykehjem")
    wait_for_app(page)
    expect(page.get_by_text("Innlogget som budsjett.sykehjem")).to_be_visible()
    assert_no_exception(page)
    assert [option.strip() for option in unit_options(page)] == [OWN_UNIT]
    page.reload()  # the sign-on lasts like any other sign-in
    wait_for_app(page)
    expect(page.get_by_text("Innlogget som budsjett.sykehjem")).to_be_visible()

    # Signing out ends the session at the provider too, which asks, then sends the person back.
    page.locator(".st-key-logout_button button").click()
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(re.compile(r"/logg-inn"))
    expect(page.locator("#sso-logg-inn")).to_be_visible()
    expect(page.locator(".st-key-sidebar_scope")).to_have_count(0)

    sign_in_at_provider(page, url, "fremmed")
    expect(
        page.get_by_text("fremmed@example.org, men den e-postadressen har ingen bruker")
    ).to_be_visible()
    expect(page).to_have_url(re.compile(r"/logg-inn"))
    page.goto(url)  # a provider sign-in without an account opens nothing
    expect(page).to_have_url(re.compile(r"/logg-inn"))
