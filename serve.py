"""The dashboard as a web application: `streamlit run serve.py` (what run.sh does).

`st.App` serves the Streamlit script app.py together with the app's own routes (the sign-in
page and the HTTP API), the gate that sends a browser without a session to the sign-in page,
and the lifespan in which the app process opens the database file and owns it until it stops.
See server/ for each part.
"""

import streamlit as st
from starlette.middleware import Middleware

from server import api, signin
from server.gate import SessionGate
from server.lifespan import lifespan
from ui.errors import on_script_error

app = st.App(
    "app.py",
    lifespan=lifespan,
    routes=[*signin.routes(), *api.routes()],
    middleware=[Middleware(SessionGate)],
    on_script_error=on_script_error,
)
