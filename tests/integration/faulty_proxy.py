"""A small fault-injecting HTTP proxy between the client and the test WordPress.

It listens on 127.0.0.1 only and forwards to a 127.0.0.1 WordPress with ``http.client``.
Each request gets one fault (or none) from a seeded schedule, so a run is reproducible:
the n-th request the proxy sees always gets the same fault for the same seed. Counters say
what was done. Faults:

- ``drop_before``: close the connection without forwarding (WordPress never sees it);
- ``drop_after``: forward, then close without answering (the classic lost create);
- ``delay``: wait past the client's timeout, then forward (the client has given up);
- ``status_500`` / ``status_502`` / ``status_503``: answer that status without forwarding;
- ``rate_limited``: answer 429 with ``Retry-After: 1`` without forwarding;
- ``html_before``: answer an HTML error page with status 200 without forwarding;
- ``html_after``: for GETs, forward and then answer an HTML page with status 200 instead;
- ``truncated``: forward, then answer with the JSON body cut in half (Content-Length fits
  the cut body, so the client sees a complete HTTP answer holding broken JSON).
"""

from __future__ import annotations

import contextlib
import http.client
import random
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

FAULTS = (
    "drop_before",
    "drop_after",
    "delay",
    "status_500",
    "status_502",
    "status_503",
    "rate_limited",
    "html_before",
    "html_after",
    "truncated",
)
HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Service unavailable</title></head>"
    b"<body><h1>Something went wrong</h1><p>Please try again later.</p></body></html>"
)
# Hop-by-hop headers are not passed on (RFC 9110 section 7.6.1).
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "content-length",
}


@dataclass
class FaultSchedule:
    """Decide the fault of each request: seeded, so the n-th request always gets the same."""

    seed: int = 0
    rate: float = 0.0  # chance that a request gets a fault at all
    weights: dict[str, float] = field(default_factory=lambda: dict.fromkeys(FAULTS, 1.0))

    def __post_init__(self) -> None:
        """Start the seeded generator."""
        self._random = random.Random(self.seed)  # noqa: S311 - a test schedule, not secrecy
        self._lock = threading.Lock()

    def next_fault(self, method: str) -> str | None:
        """Return the fault of the next request (``html_after`` only applies to GETs)."""
        with self._lock:
            if self.rate <= 0 or self._random.random() >= self.rate:
                return None
            names = list(self.weights)
            fault = self._random.choices(names, weights=[self.weights[n] for n in names])[0]
        if fault == "html_after" and method != "GET":
            return "html_before"
        return fault


class FaultyProxy:
    """A threading HTTP proxy on 127.0.0.1 in front of one 127.0.0.1 upstream."""

    def __init__(self, upstream_url: str, *, delay_seconds: float = 1.0) -> None:
        """Bind a free 127.0.0.1 port; the upstream must be plain http on 127.0.0.1."""
        parts = urlsplit(upstream_url)
        if parts.scheme != "http" or parts.hostname != "127.0.0.1":
            raise ValueError("the proxy only forwards to http://127.0.0.1")
        self.upstream_host = "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.upstream_path = parts.path.rstrip("/")
        self.delay_seconds = delay_seconds
        self.schedule = FaultSchedule()
        self.counters: Counter[str] = Counter()
        self._counter_lock = threading.Lock()
        self._in_flight = 0
        self._idle = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The proxy's base URL, with the upstream's path."""
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.upstream_path}"

    def start(self) -> None:
        """Serve in a background thread."""
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def set_faults(self, seed: int, rate: float, weights: dict[str, float] | None = None) -> None:
        """Start a new seeded schedule (rate 0 switches faults off)."""
        self.schedule = FaultSchedule(seed, rate, weights or dict.fromkeys(FAULTS, 1.0))

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Wait until no request is being handled (a delayed one has reached WordPress)."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._in_flight:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("the proxy is still handling requests")
                self._idle.wait(left)

    def count(self, name: str) -> None:
        """Add one to a counter."""
        with self._counter_lock:
            self.counters[name] += 1

    # ------------------------------------------------------------------ plumbing

    def _enter(self) -> None:
        with self._idle:
            self._in_flight += 1

    def _leave(self) -> None:
        with self._idle:
            self._in_flight -= 1
            self._idle.notify_all()

    def _forward(
        self, method: str, path: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=60)
        try:
            connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            connection.putheader("Host", f"{self.upstream_host}:{self.upstream_port}")
            for name, value in headers:
                if name.lower() not in _HOP_BY_HOP and name.lower() != "host":
                    connection.putheader(name, value)
            connection.putheader("Content-Length", str(len(body)))
            connection.putheader("Connection", "close")
            connection.endheaders(body)
            response = connection.getresponse()
            data = response.read()
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP]
            return response.status, kept, data
        finally:
            connection.close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                """Stay quiet."""

            def _handle(self) -> None:
                proxy._enter()
                try:
                    self._serve()
                finally:
                    proxy._leave()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle  # noqa: N815

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = list(self.headers.items())
                fault = proxy.schedule.next_fault(self.command)
                proxy.count("requests")
                proxy.count(fault or "forwarded_clean")
                if fault == "drop_before":
                    self._drop()
                    return
                if fault in ("status_500", "status_502", "status_503"):
                    status = int(fault.rsplit("_", 1)[1])
                    self._answer(status, b'{"code":"proxy_error","message":"injected"}')
                    return
                if fault == "rate_limited":
                    self._answer(
                        429,
                        b'{"code":"rate_limited","message":"slow down"}',
                        extra=[("Retry-After", "1")],
                    )
                    return
                if fault == "html_before":
                    self._answer(200, HTML_PAGE, content_type="text/html; charset=UTF-8")
                    return
                if fault == "delay":
                    time.sleep(proxy.delay_seconds)
                status, upstream_headers, data = proxy._forward(
                    self.command, self.path, headers, body
                )
                if fault == "drop_after":
                    self._drop()
                    return
                if fault == "html_after":
                    self._answer(200, HTML_PAGE, content_type="text/html; charset=UTF-8")
                    return
                if fault == "truncated":
                    data = data[: len(data) // 2]
                try:
                    self.send_response(status)
                    for name, value in upstream_headers:
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    proxy.count("client_gone")  # the client timed out meanwhile

            def _answer(
                self,
                status: int,
                data: bytes,
                *,
                content_type: str = "application/json; charset=UTF-8",
                extra: list[tuple[str, str]] | None = None,
            ) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    for name, value in extra or []:
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    proxy.count("client_gone")

            def _drop(self) -> None:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

        return Handler
