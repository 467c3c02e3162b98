"""The dashboard as a web application on a server: Streamlit's `st.App` (ASGI, on uvicorn) with
the app's own routes, middleware and lifespan. `serve.py` at the top declares the app.

A package of its own at the top, beside app.py and ui/, rather than inside analytics/: it is
the web layer (Starlette requests, cookies, HTML, Streamlit's server API), which analytics/
never touches, and it calls analytics/ as the pages do. What it holds:

- `lifespan`: the app process owns the store: opened at start (or as soon as a command-line
  job releases the file), closed at shutdown; the address file for the command line.
- `signin`: the sign-in page and its form (`/logg-inn`), single sign-on's start, the session
  cookie.
- `gate`: the middleware that sends a browser without a valid session to the sign-in page,
  and turns a finished single sign-on into a session.
- `api`: the HTTP API under `/api/v1/` (API tokens, or the local key of the address file).
"""
