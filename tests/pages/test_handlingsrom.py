"""AppTest of Økonomisk handlingsrom and its card on Oversikt: the demo's figures, to the krone
the same as the command line's; whole-municipality figures only for those who see it all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.cli import main
from analytics.core import clock
from analytics.core.formatting import format_nok, format_pct
from tests.pages.conftest import make_app


def _open(demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str = "direktor") -> AppTest:
    app = make_app(demo_db, monkeypatch, user)
    app.switch_page("pages/handlingsrom.py").run()
    assert not app.exception, app.exception
    return app


def _command_line(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(demo_db), "finance", "--year", str(clock.today().year), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_page_and_card_agree_with_the_command_line_to_the_krone(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _command_line(demo_db, capsys)
    app = _open(demo_db, monkeypatch)
    assert app.title[0].value == "Økonomisk handlingsrom"
    table = app.dataframe[0].value
    assert list(table["År"]) == [str(row["year"]) for row in expected]
    assert list(table["Netto driftsresultat"]) == [
        format_nok(row["net_operating_result"]) for row in expected
    ]
    assert list(table["Netto lånegjeld i %"]) == [
        format_pct(row["net_debt_pct"], 2) for row in expected
    ]
    assert {"Regnskap", "Prognose", "Økonomiplan"} == set(table["Grunnlag"])
    assert len(app.get("plotly_chart")) == 3
    assert any("ROBEK" in warning.value for warning in app.warning)  # the demo is registered
    scenarios = next(df.value for df in app.dataframe if "Scenario" in df.value.columns)
    assert len(set(scenarios["Scenario"])) == 3
    kostra = next(df.value for df in app.dataframe if "Kommunen (SSB)" in df.value.columns)
    result = kostra[kostra["Nøkkeltall"] == "Netto driftsresultat i % av driftsinntektene"]
    closed = {row["year"]: row for row in expected if row["source"] == "accounts"}
    assert len(result) == 3  # the demo's KOSTRA figures: the three closed years before this
    for _, row in result.iterrows():
        ours = closed[int(row["År"])]["net_operating_result_pct"]
        assert row["Beregnet her"] == format_pct(ours, 2)
        published = float(row["Kommunen (SSB)"].removesuffix(" %").replace(",", "."))
        assert abs(published - ours) <= 0.05 + 1e-9  # SSB's one decimal of our own share
    forecast = next(row for row in expected if row["source"] == "forecast")
    oversikt = make_app(demo_db, monkeypatch, "direktor")
    oversikt.run()
    assert not oversikt.exception, oversikt.exception
    card = {metric.label: metric.value for metric in oversikt.metric}
    assert card["Netto driftsresultat"] == format_nok(forecast["net_operating_result"])
    assert format_pct(forecast["net_operating_result_pct"], 2) in card.values()


def test_a_budget_holder_gets_a_plain_message(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _open(demo_db, monkeypatch, "budsjett.sykehjem")
    assert "gjelder hele kommunen" in app.info[0].value
    assert not app.dataframe


def test_kostra_figures_from_ssb_stand_beside_our_own(
    demo_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    expected = _command_line(demo_db, capsys)
    year = next(row for row in expected if row["source"] == "accounts")["year"]
    ours = next(row for row in expected if row["year"] == year)["net_operating_result_pct"]
    statistic = "Netto driftsresultat i prosent av brutto driftsinntekter (prosent)"
    lines = [
        '"12134: Utvalgte nøkkeltall for kommuneregnskapet, etter region, statistikkvariabel, '
        'år og regnskapsomfang"',
        "",
        '"region";"statistikkvariabel";"år";"regnskapsomfang";"Utvalgte nøkkeltall"',
        f'"5601 Čáhppesvuotna kommune";"{statistic}";"{year}";"Kommunekasse";-1,2',
        f'"5601 Čáhppesvuotna kommune";"{statistic}";"{year}";"Konsern";0,4',
        f'"EKG16 Kostragruppe 16";"{statistic}";"{year}";"Kommunekasse";2,1',
        f'"EAKUO Landet uten Oslo";"{statistic}";"{year}";"Kommunekasse";3,5',
        f'"EAKUO Landet uten Oslo";"{statistic}";"{year}";"Konsern";3,9',
    ]
    path = tmp_path / "12134.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--db", str(demo_db), "import", str(path), "--kind", "indicators"]) == 0
    app = _open(demo_db, monkeypatch)
    table = next(df.value for df in app.dataframe if "Kommunen (SSB)" in df.value.columns)
    table = table[
        (table["År"] == str(year))
        & (table["Nøkkeltall"] == "Netto driftsresultat i % av driftsinntektene")
    ]
    assert list(table["Regnskapsomfang"]) == ["kommunekasse", "konsern"]
    assert list(table["Beregnet her"]) == [format_pct(ours, 2), "–"]
    assert list(table["Kommunen (SSB)"]) == ["-1,20 %", "0,40 %"]
    assert list(table["Landet uten Oslo"]) == ["3,50 %", "3,90 %"]
    assert list(table["Kostragruppe 16"]) == ["2,10 %", "–"]
