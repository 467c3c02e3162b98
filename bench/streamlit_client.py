"""A Streamlit client at the protocol level, for the load generator (`bench/load.py`).

It speaks what the browser speaks: one WebSocket to `/_stcore/stream` carrying protobuf
`BackMsg`s (run this page, with these widget values) and `ForwardMsg`s (the elements drawn, and
`script_finished`), and the file-upload route. It draws nothing, so the time from sending a
run to its `script_finished` is the server's part of a page switch: running the script and
sending its elements. Widgets are found by the key in their id (`$$ID-…-upload_file`).
"""

from __future__ import annotations

import asyncio
import time
import urllib.parse
from dataclasses import dataclass, field

import httpx
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

RUN_TIMEOUT_S = 120.0
ERROR_ALERT = 1  # Alert.Format.ERROR
EARLY_FOR_RERUN = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN


@dataclass
class RunResult:
    """One script run as the server sent it: how long, what it drew, what went wrong."""

    seconds: float
    widgets: dict[str, str] = field(default_factory=dict)  # key → widget id
    widget_kinds: dict[str, str] = field(default_factory=dict)  # key → element kind
    exceptions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # st.error texts
    texts: list[str] = field(default_factory=list)  # markdown, alerts, headings
    page_not_found: bool = False


class ProtocolSession:
    """One browser tab: its cookies, its WebSocket and its Streamlit session."""

    def __init__(self, base_url: str, cookies: httpx.Cookies) -> None:
        self.base_url = base_url.rstrip("/")
        self.cookies = cookies
        self.pages: dict[str, str] = {}  # url path → page script hash
        self.page = ""  # the url path of the page on screen
        self.page_hash = ""  # and its script hash, as the server said
        self.session_id = ""
        self._socket: websockets.ClientConnection | None = None
        self._xsrf = ""

    async def connect(self, http: httpx.AsyncClient) -> None:
        """Asks for health as the browser does (it sets the XSRF cookie), then opens the
        WebSocket with the cookies and the XSRF token."""
        reply = await http.get(self.base_url + "/_stcore/health", headers=self._cookie_header())
        self._xsrf = reply.cookies.get("_streamlit_xsrf") or ""
        jar = (
            {**dict(self.cookies), "_streamlit_xsrf": self._xsrf}
            if self._xsrf
            else dict(self.cookies)
        )
        self.cookies = httpx.Cookies(jar)
        header = "; ".join(f"{name}={value}" for name, value in jar.items())
        url = self.base_url.replace("http", "ws", 1) + "/_stcore/stream"
        protocols = ["streamlit", self._xsrf_token()] if self._xsrf else ["streamlit"]
        self._socket = await websockets.connect(
            url,
            subprotocols=protocols,  # type: ignore[arg-type]
            additional_headers={"Cookie": header, "Origin": self.base_url},
            max_size=None,
        )

    def _cookie_header(self) -> dict[str, str]:
        return {"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())}

    def _xsrf_token(self) -> str:
        # The cookie holds "2|mask|token|time"; the frontend sends the cookie value as it is.
        return urllib.parse.unquote(self._xsrf)

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()

    async def run(
        self, page: str | None = None, widgets: list[WidgetState] | None = None, query: str = ""
    ) -> RunResult:
        """Asks for one run of `page` (its url path; None: the current one) and waits for it."""
        message = BackMsg()
        state = message.rerun_script
        state.query_string = query
        # The page on screen goes with every run, as the browser sends it: a click on a page
        # is a run of that page.
        if page is not None:
            self.page, self.page_hash = page, self.pages.get(page, "")
        state.page_script_hash = self.page_hash
        state.page_name = self.page
        state.widget_states.widgets.extend(widgets or [])
        started = time.monotonic()
        assert self._socket is not None
        await self._socket.send(message.SerializeToString())
        return await asyncio.wait_for(self._collect(started), RUN_TIMEOUT_S)

    async def _collect(self, started: float) -> RunResult:
        result = RunResult(0.0)
        assert self._socket is not None
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await self._socket.recv())
            kind = forward.WhichOneof("type")
            if kind == "new_session":
                self.session_id = forward.new_session.initialize.session_id
            elif kind == "navigation":
                navigation = forward.navigation
                self.pages.update(
                    {page.url_pathname: page.page_script_hash for page in navigation.app_pages}
                )
                self.page_hash = navigation.page_script_hash or self.page_hash
            elif kind == "page_not_found":
                result.page_not_found = True
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                _note_element(forward.delta.new_element, result)
            elif kind == "script_finished" and forward.script_finished == EARLY_FOR_RERUN:
                result = RunResult(0.0)  # st.rerun(): the next run follows at once
            elif kind == "script_finished":
                result.seconds = time.monotonic() - started
                return result

    async def file_urls(self, name: str) -> tuple[str, str]:
        """Asks the server where to put an upload; returns (file id, upload url)."""
        message = BackMsg()
        message.file_urls_request.request_id = f"upload-{time.monotonic_ns()}"
        message.file_urls_request.file_names.append(name)
        message.file_urls_request.session_id = self.session_id
        assert self._socket is not None
        await self._socket.send(message.SerializeToString())
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await self._socket.recv())
            if forward.WhichOneof("type") == "file_urls_response":
                urls = forward.file_urls_response.file_urls[0]
                return urls.file_id, urls.upload_url

    async def upload(
        self, http: httpx.AsyncClient, widget_id: str, name: str, data: bytes, mime: str
    ) -> WidgetState:
        """Puts a file where the server said and returns the uploader's widget state."""
        file_id, upload_url = await self.file_urls(name)
        url = upload_url if upload_url.startswith("http") else self.base_url + upload_url
        reply = await http.put(
            url,
            files={"file": (name, data, mime)},
            headers={"X-Xsrftoken": self._xsrf_token(), **self._cookie_header()},
        )
        reply.raise_for_status()
        state = WidgetState(id=widget_id)
        info = state.file_uploader_state_value.uploaded_file_info.add()
        info.name, info.size, info.file_id = name, len(data), file_id
        info.file_urls.file_id = file_id
        info.file_urls.upload_url = upload_url
        return state


def _note_element(element: object, result: RunResult) -> None:
    kind = element.WhichOneof("type")  # type: ignore[attr-defined]
    body = getattr(element, kind)
    widget_id = getattr(body, "id", "")
    if isinstance(widget_id, str) and widget_id.startswith("$$ID-"):
        key = widget_id.split("-", 2)[2]
        result.widgets[key] = widget_id
        result.widget_kinds[key] = kind
    if kind == "exception":
        result.exceptions.append(f"{body.type}: {body.message}")
    elif kind == "alert":
        result.texts.append(body.body)
        if body.format == ERROR_ALERT:
            result.errors.append(body.body)
    elif kind in ("markdown", "heading"):
        result.texts.append(body.body)
    elif kind == "metric":
        result.texts.append(f"{body.label}: {body.body}")


def trigger(widget_id: str) -> WidgetState:
    """A button click."""
    return WidgetState(id=widget_id, trigger_value=True)


def text(widget_id: str, value: str) -> WidgetState:
    return WidgetState(id=widget_id, string_value=value)
