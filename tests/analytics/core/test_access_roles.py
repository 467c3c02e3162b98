"""For every role, what it can and cannot see and do: through analytics/ and through the app.

Runs on the demo municipality with its demo accounts (one per role):
admin (administrator), direktor (director), leder.helse (leader of sector 3 Helse og omsorg),
budsjett.sykehjem (budget holder of unit 310, the nursing home), leser.skole (viewer of unit 210).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from google.protobuf import text_format
from streamlit.testing.v1 import AppTest

from analytics.accounts.administration import change_settings
from analytics.accounts.users import access_for_user, add_user, list_users
from analytics.core.access import Access, Role, require_programme_write
from analytics.core.audit import read_audit_log_for
from analytics.core.errors import AccessDenied, UserError
from analytics.core.settings import Settings
from analytics.economy.gaps import compute_gaps
from analytics.imports.importer import import_file, upload_history
from analytics.imports.kind import ImportOptions
from analytics.report.snapshot import make_snapshot, report_scopes
from analytics.sickleave.figures import read_located_sick_leave
from analytics.store import Store, open_store
from analytics.store.organisation import read_organisation
from analytics.workshop.measures import MeasureDraft, MeasureStatus
from analytics.workshop.overview import measures_by_owner
from analytics.workshop.records import (
    add_measure,
    read_measure,
    read_measures,
    save_own_forecast,
    save_workshop_comment,
)
from tests.pages.conftest import make_app, sign_in

ROLES = ("admin", "direktor", "leder.helse", "budsjett.sykehjem", "leser.skole")
EVERYTHING = ("admin", "direktor")
PASSWORD = "kjøkkenets-eget-passord"


def access_of(store: Store, name: str) -> Access:
    access = access_for_user(store, name)
    assert access is not None
    return access


def units_for(organisation: pd.DataFrame, name: str) -> set[str]:
    """The units each demo account answers for, written out from the organisation by hand."""
    if name in EVERYTHING:
        return set(organisation["unit_code"])
    if name == "leder.helse":
        return set(organisation.loc[organisation["sector_code"] == "3", "unit_code"])
    return {"budsjett.sykehjem": {"310"}, "leser.skole": {"210"}}[name]


def latest_year(store: Store) -> int:
    return int(store.value("SELECT max(year) FROM active_accounts"))


# --- seeing: economy, sick leave, measures ---------------------------------------------------


@pytest.mark.parametrize("name", ROLES)
def test_gaps_by_unit_cover_exactly_the_units_the_role_sees(demo_store: Store, name: str) -> None:
    rows = compute_gaps(
        demo_store, access_of(demo_store, name), latest_year(demo_store), by="unit"
    ).with_total()
    units = {row.key for row in rows[:-1]}
    expected = units_for(read_organisation(demo_store), name)
    assert units - {"UKJENT"} == expected


def test_a_budget_holders_totals_are_their_unit_alone(demo_store: Store) -> None:
    year = latest_year(demo_store)
    director_rows = compute_gaps(
        demo_store, access_of(demo_store, "direktor"), year, by="unit"
    ).with_total()
    nursing_home = next(row for row in director_rows if row.key == "310")
    holder = access_of(demo_store, "budsjett.sykehjem")
    for scope in (None, "enhet:310"):
        total = compute_gaps(demo_store, holder, year, by="unit", scope=scope).total
        assert total.annual_budget == pytest.approx(nursing_home.annual_budget)
        assert total.actual_ytd == pytest.approx(nursing_home.actual_ytd)


@pytest.mark.parametrize(
    ("name", "scope"),
    [
        ("leder.helse", "enhet:210"),
        ("leder.helse", "sektor:2"),
        ("budsjett.sykehjem", "enhet:320"),
        ("budsjett.sykehjem", "ansvar:2100"),
        ("leser.skole", "enhet:310"),
    ],
)
def test_another_units_figures_are_refused(demo_store: Store, name: str, scope: str) -> None:
    access = access_of(demo_store, name)
    with pytest.raises(UserError) as refused:
        compute_gaps(demo_store, access, latest_year(demo_store), by="unit", scope=scope)
    assert "skuvla" not in str(refused.value).lower()


@pytest.mark.parametrize("name", ROLES)
def test_sick_leave_rows_are_only_of_visible_units(demo_store: Store, name: str) -> None:
    located = read_located_sick_leave(demo_store, access_of(demo_store, name))
    assert not located.empty
    assert set(located["unit_code"]) - {"UKJENT"} <= units_for(read_organisation(demo_store), name)


@pytest.mark.parametrize("name", ROLES)
def test_measures_are_only_of_visible_units(demo_store: Store, name: str) -> None:
    organisation = read_organisation(demo_store)
    units = units_for(organisation, name)
    codes = units | set(organisation.loc[organisation["unit_code"].isin(units), "ansvar"])
    measures = read_measures(demo_store, access_of(demo_store, name))
    assert {measure.unit_code for measure in measures} <= codes
    everyone = read_measures(demo_store, Access.system())
    hidden = [measure for measure in everyone if measure.unit_code not in codes]
    for measure in hidden[:1]:
        with pytest.raises(UserError):
            read_measure(demo_store, access_of(demo_store, name), measure.id)


@pytest.mark.parametrize("name", ROLES)
def test_the_programme_lists_only_visible_units_measures(demo_store: Store, name: str) -> None:
    organisation = read_organisation(demo_store)
    units = units_for(organisation, name)
    codes = units | set(organisation.loc[organisation["unit_code"].isin(units), "ansvar"])
    listed = measures_by_owner(demo_store, access_of(demo_store, name), dt.date(2026, 11, 1))
    assert set(listed["unit_code"]) <= codes
    assert not listed.empty or name == "leser.skole"


# --- changing: forecasts, comments, measures, uploads -----------------------------------------


def a_measure() -> MeasureDraft:
    return MeasureDraft(
        "Færre innleide vakter",
        "Faste vikarer i stedet for byrå",
        "Máret Sara",
        dt.date(2026, 12, 31),
        250_000.0,
        MeasureStatus.PLANNED,
    )


@pytest.mark.parametrize(
    ("name", "unit", "allowed"),
    [
        ("direktor", "210", True),
        ("leder.helse", "320", True),
        ("leder.helse", "210", False),
        ("budsjett.sykehjem", "310", True),
        ("budsjett.sykehjem", "320", False),
        ("leser.skole", "210", False),  # a viewer changes nothing, not even their own unit
    ],
)
def test_workshop_writes_only_for_own_units(
    demo_store: Store, name: str, unit: str, allowed: bool
) -> None:
    access = access_of(demo_store, name)
    writes = [
        lambda: save_own_forecast(demo_store, access, 2026, 10, unit, 1e6, "Prognose", name),
        lambda: save_workshop_comment(demo_store, access, 2026, 10, unit, "Kommentar"),
        lambda: add_measure(demo_store, access, unit, a_measure(), 2026, 10),
    ]
    for write in writes:
        if allowed:
            write()
        else:
            with pytest.raises(AccessDenied):
                write()


def ledger_csv(ansvar: list[str]) -> bytes:
    lines = ["År;Periode;Ansvar;Art;Regnskap"] + [f"2026;11;{code};11000;1000" for code in ansvar]
    return "\n".join(lines).encode("utf-8")


def stored_lines(store: Store) -> int:
    return int(store.value("SELECT count(*) FROM accounts_lines"))


@pytest.mark.parametrize(
    ("name", "ansvar", "allowed"),
    [
        ("direktor", ["2100", "3100"], True),
        ("leder.helse", ["3100", "3200"], True),
        ("leder.helse", ["3100", "2100"], False),
        ("budsjett.sykehjem", ["3100", "3102"], True),
        ("budsjett.sykehjem", ["3100", "3200"], False),
        ("budsjett.sykehjem", ["3100", "9999"], False),  # unknown ansvar may be anyone's
        ("leser.skole", ["2100"], False),
    ],
)
def test_uploads_only_for_own_ansvar_and_nothing_half_stored(
    demo_store: Store, name: str, ansvar: list[str], allowed: bool
) -> None:
    access = access_of(demo_store, name)
    before = stored_lines(demo_store)
    upload = lambda: import_file(  # noqa: E731
        demo_store, access, ledger_csv(ansvar), "hovedbok.csv", ImportOptions(), Settings()
    )
    if allowed:
        assert upload().upload_id > 0
        assert stored_lines(demo_store) == before + len(ansvar)
    else:
        with pytest.raises(AccessDenied):
            upload()
        assert stored_lines(demo_store) == before


def test_upload_history_shows_a_viewer_nothing_of_other_units(demo_store: Store) -> None:
    import_file(
        demo_store, Access.system(), ledger_csv(["3100"]), "h.csv", ImportOptions(), Settings()
    )
    history = upload_history(demo_store, access_of(demo_store, "leser.skole"))
    assert "h.csv" not in history["file_name"].tolist()


# --- programme, reports and administration ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("admin", True),
        ("direktor", True),
        ("leder.helse", True),
        ("budsjett.sykehjem", False),
        ("leser.skole", False),
    ],
)
def test_programme_changes(demo_store: Store, name: str, allowed: bool) -> None:
    if allowed:
        require_programme_write(access_of(demo_store, name))
    else:
        with pytest.raises(AccessDenied):
            require_programme_write(access_of(demo_store, name))


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("leder.helse", {"sektor:3", "enhet:300", "enhet:310", "enhet:320"}),
        ("budsjett.sykehjem", {"enhet:310"}),
        ("leser.skole", set()),
    ],
)
def test_report_scopes(demo_store: Store, name: str, keys: set[str]) -> None:
    scopes = {scope.key for scope in report_scopes(demo_store, access_of(demo_store, name))}
    assert keys <= scopes
    assert not {key for key in scopes if key.startswith(("sektor:2", "enhet:2", "kommune"))}


@pytest.mark.parametrize(
    ("name", "scope"),
    [("budsjett.sykehjem", "enhet:320"), ("leder.helse", "kommune"), ("leser.skole", "enhet:210")],
)
def test_reports_of_others_are_refused(demo_store: Store, name: str, scope: str) -> None:
    with pytest.raises(UserError):
        make_snapshot(demo_store, access_of(demo_store, name), 2026, 10, scope, name)


@pytest.mark.parametrize("name", ROLES)
def test_only_the_administrator_administers(demo_store: Store, name: str) -> None:
    access = access_of(demo_store, name)
    actions = [
        lambda: list_users(demo_store, access),
        lambda: read_audit_log_for(demo_store, access),
        lambda: change_settings(demo_store, access, {"lockout_attempts": "3"}),
    ]
    for action in actions:
        if name == "admin":
            action()
        else:
            with pytest.raises(AccessDenied):
                action()


# --- the same through the app -----------------------------------------------------------------


def everything_shown(app: AppTest) -> str:
    """All the text of the run: every element's message, and every table's cells."""
    texts = [
        text_format.MessageToString(node.proto, as_utf8=True)
        for node in walk(app.main)
        if getattr(node, "proto", None) is not None
    ]
    texts += [frame.value.to_string() for frame in app.dataframe]
    return "\n".join(texts)


def walk(node: object) -> list[object]:
    children = getattr(node, "children", None)
    if not children:
        return [node]
    return [leaf for child in children.values() for leaf in walk(child)]


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("leder.helse", ["sektor:3", "enhet:300", "enhet:310", "enhet:320", "enhet:330"]),
        ("budsjett.sykehjem", ["enhet:310"]),
        ("leser.skole", ["enhet:210"]),
    ],
)
def test_the_unit_selector_lists_only_what_the_person_may_see(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, name: str, options: list[str] | None
) -> None:
    app = make_app(demo_db, monkeypatch, name)
    app.run()
    shown = app.selectbox(key="sidebar_scope").options
    assert [option.strip().split(" ")[0] for option in shown][: len(options)] == [
        key.split(":")[1] for key in options
    ]
    assert not any("skuvla" in option for option in shown) or name == "leser.skole"
    assert "Hele kommunen" not in shown


@pytest.mark.parametrize(
    "page", ["pages/oversikt.py", "pages/okonomi.py", "pages/verksted.py", "pages/sykefravaer.py"]
)
def test_a_link_to_another_unit_shows_nothing_of_it(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    app = make_app(demo_db, monkeypatch, "budsjett.sykehjem")
    app.query_params["omrade"] = "enhet:210"
    app.switch_page(page)
    app.run()
    assert not app.exception, app.exception
    assert app.selectbox(key="sidebar_scope").value == "enhet:310"
    shown = everything_shown(app)
    assert "Dikšoruoktu".lower() in shown.lower() or page == "pages/sykefravaer.py"
    for other in ("skuvla", "Oppvekst", "Hjemmetjenesten"):
        assert other not in shown, other


def test_an_ansvar_holder_gets_only_that_ansvar(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_user(
        open_store(demo_db),
        Access.system(),
        "kjokken",
        "budget_holder",
        ["3102"],
        password=PASSWORD,
    )
    app = make_app(demo_db, monkeypatch, user=None)
    sign_in(app, "kjokken", PASSWORD)
    assert app.selectbox(key="sidebar_scope").options == ["\u2003" * 3 + "3102 Institusjonskjøkken"]


def test_an_account_whose_units_are_gone_sees_nothing(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, "leser.skole")
    with open_store(demo_db).transaction() as tx:
        tx.execute("UPDATE users SET units = '999' WHERE name = 'leser.skole'")
    app.run()
    assert not app.exception
    assert "ingen enheter som finnes i organisasjonen" in app.warning[-1].value
    assert not any(box.key == "sidebar_scope" for box in app.selectbox)


def test_a_scope_seen_only_in_part_is_refused_not_shown_as_the_whole(demo_store: Store) -> None:
    """Under a sector's name a budget holder's own unit would pass for the whole sector."""
    holder = Access("budsjett.sykehjem", Role.BUDGET_HOLDER, frozenset({"310"}))
    with pytest.raises(AccessDenied):
        compute_gaps(demo_store, holder, 2025, by="unit", scope="sektor:3")
    with pytest.raises(AccessDenied):
        compute_gaps(demo_store, holder, 2025, by="unit", scope="enhet:320")
    own = compute_gaps(demo_store, holder, 2025, by="ansvar", scope="enhet:310").with_total()
    assert own[-1].key == "310"
