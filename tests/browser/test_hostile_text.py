"""User text is text: hostile strings in the organisation's names, the workshop's comments and
measures, the budget holder's forecast comment, the risk register, the milestone plan and a
Kommunekompasset evaluation, shown on every page in Chromium. The DOM must hold no link, image,
bold text or LaTeX made from them, and the browser must fetch nothing from another host."""

from __future__ import annotations

import datetime as dt
import urllib.parse
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from analytics.core.access import Access
from analytics.core.texts import t
from analytics.kompass.evaluations import (
    AREA_SETS,
    evaluation_from_form,
    save_evaluation,
    version_for,
)
from analytics.programme.milestones import load_milestones, milestones_for_editing, save_milestones
from analytics.programme.risks import EDIT_RISK_COLUMNS, load_risks, save_risks
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.organisation import read_organisation, replace_organisation
from analytics.workshop.measures import MeasureDraft, MeasureStatus
from analytics.workshop.records import add_measure, save_own_forecast, save_workshop_comment
from tests.browser.conftest import StartApp, assert_no_exception, open_page, sign_in, wait_for_app

pytestmark = pytest.mark.browser

HOSTILE = (
    'Ond <a href="http://evil.example/a">lenke</a> **fet** $\\sqrt{x}$ '
    "![bilde](http://evil.example/p.png) :red[rød] <img src=http://evil.example/i.png> "
    "[klikk](http://evil.example/k) www.evil.example"
)
UNIT_NAME = "Sykehjem <b>fet</b> <a href='http://evil.example/u'>u</a> **fet**"

# Any link, image or source that points at the hostile host; bold or LaTeX made of the text.
FIND_MARKUP = """
() => {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/evil\\.example/.test(attribute.value)
          && /^(href|src|srcset|action|data|xlink:href|poster)$/.test(attribute.name)) {
        const where = element.closest('[data-testid]');
        found.push((where ? where.dataset.testid : '?') + ' ' + element.outerHTML.slice(0, 120));
      }
    }
  }
  for (const element of document.querySelectorAll('strong, b, em, i, del')) {
    if (/fet|lenke|klikk/.test(element.textContent)) found.push('markup: ' + element.tagName);
  }
  for (const span of document.querySelectorAll('tspan')) {
    if (/fet/.test(span.textContent) && /bold/.test(span.getAttribute('style') || '')) {
      found.push('bold chart label');
    }
  }
  if (document.querySelector('.katex, math')) found.push('LaTeX');
  return found;
}
"""


def plant_hostile_text(db: Path, year: int, month: int) -> None:
    """Hostile strings wherever a person or a file can put text."""
    store = open_store(db)
    system = Access.system()
    organisation = read_organisation(store)
    unit = organisation["unit_code"] == "310"
    organisation = organisation.assign(
        unit_name=organisation["unit_name"].where(~unit, UNIT_NAME),
        ansvar_name=organisation["ansvar_name"].where(organisation["ansvar"] != "3100", HOSTILE),
        sector_name=organisation["sector_name"].where(organisation["sector_code"] != "3", HOSTILE),
    )
    replace_organisation(store, organisation)
    save_workshop_comment(store, system, year, month, "310", HOSTILE)
    save_own_forecast(store, system, year, month, "310", 50_000_000.0, HOSTILE, HOSTILE)
    draft = MeasureDraft(
        HOSTILE, HOSTILE, HOSTILE, dt.date(year + 1, 1, 31), 1000.0, MeasureStatus.PLANNED
    )
    add_measure(store, system, "310", draft, year, month)
    risks = load_risks(store)[EDIT_RISK_COLUMNS]
    save_risks(
        store, system, risks.assign(risk=[HOSTILE, *risks["risk"].tolist()[1:]], owner=HOSTILE)
    )
    milestones = milestones_for_editing(load_milestones(store))
    first = milestones.index[0]
    save_milestones(
        store,
        system,
        milestones.assign(
            working_group=milestones["working_group"].where(milestones.index != first, HOSTILE),
            description=milestones["description"].where(milestones.index != first, HOSTILE),
        ),
    )
    version = version_for(dt.date(year, month, 1))
    names = [HOSTILE, *AREA_SETS[version][1:]]
    save_evaluation(
        store,
        system,
        evaluation_from_form(dt.date(year, month, 1), version, names, [50] * 8, HOSTILE),
    )
    close_all()


def test_hostile_text_is_shown_as_text_on_every_page(
    page: Page, start_app: StartApp, demo_db: Path, demo_month: tuple[int, int]
) -> None:
    year, month = demo_month
    plant_hostile_text(demo_db, year, month)
    url = start_app(demo_db)
    own_host = urllib.parse.urlparse(url).netloc
    elsewhere: list[str] = []
    page.on(
        "request",
        lambda request: (
            elsewhere.append(request.url)
            if urllib.parse.urlparse(request.url).netloc not in (own_host, "")
            and not request.url.startswith("data:")
            else None
        ),
    )
    sign_in(page, url, "direktor")
    visits = [
        ("page.oversikt", ""),
        ("page.okonomi", "okonomi"),
        ("page.verksted", "verksted"),
        ("page.sykefravaer", "sykefravaer"),
        ("page.kompass", "kompass"),
        ("page.program", "program"),
    ]
    for title, path in visits:
        open_page(page, t(title), path)
        assert_no_exception(page)
        assert page.evaluate(FIND_MARKUP) == [], title
    page.goto(f"{url}/okonomi?omrade=enhet:310")  # the unit with the hostile name, in depth
    wait_for_app(page)
    assert page.evaluate(FIND_MARKUP) == []
    page.goto(f"{url}/verksted?omrade=enhet:310&enhet=310")
    wait_for_app(page)
    expect(page.get_by_text("**fet**").first).to_be_visible()  # the text itself, as typed
    assert page.evaluate(FIND_MARKUP) == []
    assert elsewhere == []
