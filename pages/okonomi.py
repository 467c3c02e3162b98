"""Page okonomi (filled in by its issue)."""

import streamlit as st

from ui.context import current_view

view = current_view()
st.title("okonomi")
