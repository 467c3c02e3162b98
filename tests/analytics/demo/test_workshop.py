"""The workshop's demo: measures and comments that fit the demo municipality's months."""

from __future__ import annotations

import datetime as dt

from analytics.core.access import Access
from analytics.demo.workshop import add_demo, shift_month
from analytics.economy.ledger import reporting_month
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from analytics.workshop.measures import MeasureStatus, measures_as_of, overdue_measures
from analytics.workshop.records import own_forecasts, read_history, read_measures
from tests.helpers import organisation


def test_demo_measures_are_overdue_done_and_open_in_the_latest_month(demo_store: Store) -> None:
    system = Access.system()
    measures, history = read_measures(demo_store, system), read_history(demo_store, system)
    year, month = reporting_month(demo_store)
    after = dt.date(*shift_month(year, month, 1), 1)
    assert len(measures) == 15
    assert [m.title for m in overdue_measures(measures, after)] == [
        "Gjennomgang av vedtak om praktisk bistand",
        "Nattsenking av temperatur i kommunale bygg",
        "Redusere innleie av byråvikarer",
        "Reforhandle avtale med privat tiltaksleverandør",
    ]
    shown = measures_as_of(measures, history, year, month)
    assert sum(m.status is MeasureStatus.DONE for m in shown) == 2  # closed this month
    assert all(m.status.is_open or m.status is MeasureStatus.DONE for m in shown)
    assert any("á" in m.owner or "Á" in m.owner for m in measures)
    comments = own_forecasts(demo_store, system, year, month)
    assert "Máret Gaup" in comments["entered_by"].tolist()


def test_demo_skips_units_the_organisation_lacks(store: Store) -> None:
    replace_organisation(
        store,
        organisation(
            ("3100", "Sykehjem", "310", "Čáhppesvuona dikšoruoktu", "3", "Helse og omsorg"),
        ),
    )
    assert add_demo(store) == "3 tiltak og 2 kommentarer i verkstedet"
    assert {m.unit_code for m in read_measures(store, Access.system())} == {"310"}


def test_shift_month_crosses_years() -> None:
    assert shift_month(2026, 1, -1) == (2025, 12)
    assert shift_month(2026, 11, 3) == (2027, 2)
