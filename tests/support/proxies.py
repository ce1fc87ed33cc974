"""Two kinds of HTTP proxy on 127.0.0.1: one that forwards, one that drops every connection.

The forwarding proxy takes the absolute-form requests an HTTP client sends to a proxy
(``GET http://host:port/path HTTP/1.1``), fetches them directly and relays the answer;
the failing one accepts a connection and closes it at once (the client sees the server
disconnect), counting each connection it dropped.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field

from support.local_http import QuietHandler, local_server


@dataclass
class LocalProxy:
    url: str
    forwarded: list[str] = field(default_factory=list)  # the URLs a forwarding proxy fetched
    dropped: list[int] = field(default_factory=list)  # one entry per connection dropped


@contextlib.contextmanager
def forwarding_proxy() -> Iterator[LocalProxy]:
    proxy = LocalProxy("")
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            proxy.forwarded.append(self.path)
            try:
                with direct.open(self.path, timeout=10) as answer:
                    status, body = answer.status, answer.read()
            except urllib.error.HTTPError as exc:
                status, body = exc.code, exc.read()
            self.reply(status, body)

    with local_server(Handler) as url:
        proxy.url = url
        yield proxy


@contextlib.contextmanager
def dropping_proxy() -> Iterator[LocalProxy]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    proxy = LocalProxy(f"http://127.0.0.1:{listener.getsockname()[1]}")
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            proxy.dropped.append(1)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
