"""For folkevalgte: a short, read-only page per sector (or the whole municipality) with its goals,
the three programme goals and the economy in a few figures, each in a plain sentence; readable
on a phone (no tables)."""

import streamlit as st

from analytics.core.texts import t
from analytics.economy.gaps import gaps_from_ledger
from analytics.goals.people import Line, economy_lines, goal_lines
from analytics.goals.view import goal_views
from analytics.store.goals import MUNICIPALITY, read_measure_links
from ui.context import current_view, remember
from ui.economy import current_ledger
from ui.goals import current_goal_tree, current_indicators, show_goal_cards
from ui.text import plain

view = current_view()
st.title(t("page.folkevalgt"))
data = current_indicators(view)
choices = [scope for scope in data.scopes if scope.level in ("kommune", "sektor")]
if not choices:
    st.info(t("people.nothing"))
    st.stop()
chosen = st.selectbox(t("people.pick"), choices, format_func=lambda scope: scope.name,
                      key="people_sector")  # fmt: skip
sector = chosen.code if chosen.level != "kommune" else MUNICIPALITY
st.caption(t("people.caption", name=plain(chosen.name), year=view.year))


def show_lines(lines: list[Line]) -> None:
    for line in lines:
        with st.container(border=True):
            st.markdown(f"{line.status.icon} **{plain(line.headline)}**")
            st.markdown(plain(line.sentence))


st.subheader(t("people.goals"))
views = goal_views(current_goal_tree(view), data, view.year, read_measure_links(view.store, []))
lines = goal_lines(views, sector, data)
if lines:
    show_lines(lines)
else:
    st.info(t("people.no_goals"))

st.subheader(t("people.economy"))
ledger = current_ledger(view)
totals = remember(view, "people.economy", (view.year, view.month, chosen.key),
                  lambda: gaps_from_ledger(ledger, view.month, "sector", chosen).total)  # fmt: skip
show_lines(economy_lines(totals, view.year))
show_goal_cards(view)
