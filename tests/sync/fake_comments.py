"""A small in-memory stand-in for WordPress 6.1's comment routes, behind httpx.MockTransport.

It copies what tests/integration checks on the real server: the list filter wants
``approve`` while answers say ``approved`` (``status=approved`` lists nothing), an unknown
status in an update answers 200 and changes nothing, ``after`` is strict on the comment
date, 100 a page at most, ``include=`` and ``_fields=id`` work, a duplicate reply is 409
``comment_duplicate``. Every request is recorded so tests can tell what was (not) sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

SITE = "https://news.example"
_FILTERS = {"approve": "approved", "1": "approved", "hold": "hold", "0": "hold"}
_FILTERS |= {"spam": "spam", "trash": "trash"}
_UPDATES = {"approved": "approved", "approve": "approved", "1": "approved", "hold": "hold"}
_UPDATES |= {"0": "hold", "spam": "spam", "trash": "trash"}


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json; charset=UTF-8", **(headers or {})},
    )


def _error(status: int, code: str) -> httpx.Response:
    return _json(status, {"code": code, "message": code, "data": {"status": status}})


@dataclass
class FakeCommentSite:
    """Comments and post titles of one site, and the requests it answered."""

    user_id: int = 2
    user_name: str = "محرر الموقع"
    posts: dict[int, str] = field(default_factory=dict)
    comments: dict[int, dict[str, Any]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    # Failures to answer instead, consumed one per matching request: (method, route prefix).
    failures: list[tuple[str, str, httpx.Response]] = field(default_factory=list)
    # Answer 200 to status updates without changing anything (a plugin gone wrong).
    ignore_status_updates: bool = False
    # Apply the next create but answer 503 (the answer was lost).
    lose_next_create: bool = False
    clock: datetime = field(default_factory=lambda: datetime(2026, 11, 29, 8, 0, tzinfo=UTC))
    _next_id: int = 100

    def add(
        self,
        post: int,
        content: str,
        status: str = "hold",
        *,
        parent: int = 0,
        author: int = 0,
        author_name: str = "قارئ",
        author_email: str = "reader@example.test",
        date_gmt: datetime | None = None,
    ) -> int:
        """Add a comment as the site would hold it; return its id."""
        self._next_id += 1
        if date_gmt is None:
            self.clock += timedelta(minutes=1)
            date_gmt = self.clock
        self.comments[self._next_id] = {
            "id": self._next_id,
            "post": post,
            "parent": parent,
            "author": author,
            "author_name": author_name,
            "author_email": author_email,
            "author_url": "",
            "author_ip": "192.0.2.1",
            "author_user_agent": "Reader/1.0",
            "date": date_gmt.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_gmt": date_gmt.strftime("%Y-%m-%dT%H:%M:%S"),
            "content": {"raw": content, "rendered": f"<p>{content}</p>\n"},
            "link": f"{SITE}/?p={post}#comment-{self._next_id}",
            "status": status,
            "type": "comment",
            "author_avatar_urls": {"24": "https://secure.gravatar.com/avatar/x?s=24"},
            "meta": [],
        }
        return self._next_id

    # ------------------------------------------------------------------ inspection

    def writes(self) -> list[tuple[str, dict[str, Any]]]:
        """Return (route, body) of every POST the site received."""
        return [
            (request.url.params.get("rest_route", ""), json.loads(request.content or b"{}"))
            for request in self.requests
            if request.method == "POST"
        ]

    def listing_params(self) -> list[dict[str, str]]:
        """Return the query of every comment listing."""
        return [
            dict(request.url.params)
            for request in self.requests
            if request.method == "GET" and request.url.params.get("rest_route") == "/wp/v2/comments"
        ]

    # ------------------------------------------------------------------ transport

    def transport(self) -> httpx.MockTransport:
        """Return a transport answering as this site."""
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request."""
        self.requests.append(request)
        route = request.url.params.get("rest_route", "")
        for index, (method, prefix, response) in enumerate(self.failures):
            if request.method == method and route.startswith(prefix):
                del self.failures[index]
                return response
        params = request.url.params
        if route == "/wp/v2/comments" and request.method == "GET":
            return self._list(params)
        if route == "/wp/v2/comments" and request.method == "POST":
            return self._create(json.loads(request.content))
        if route.startswith("/wp/v2/comments/"):
            comment_id = int(route.rsplit("/", 1)[1])
            comment = self.comments.get(comment_id)
            if comment is None:
                return _error(404, "rest_comment_invalid_id")
            if request.method == "GET":
                return _json(200, comment)
            return self._update(comment, json.loads(request.content))
        if route in ("/wp/v2/posts", "/wp/v2/pages") and request.method == "GET":
            wanted = {int(item) for item in params.get("include", "").split(",") if item}
            items = [
                {"id": post_id, "title": {"raw": title, "rendered": title}}
                for post_id, title in sorted(self.posts.items())
                if post_id in wanted and route == "/wp/v2/posts"
            ]
            return _json(200, items, {"X-WP-Total": str(len(items)), "X-WP-TotalPages": "1"})
        return _error(404, "rest_no_route")

    def _list(self, params: httpx.QueryParams) -> httpx.Response:
        status = _FILTERS.get(params.get("status", "approve"))
        per_page = int(params.get("per_page", "10"))
        if per_page > 100:
            return _error(400, "rest_invalid_param")
        page = int(params.get("page", "1"))
        items = [c for c in self.comments.values() if c["status"] == status]
        if "after" in params:
            after = datetime.fromisoformat(params["after"].replace("Z", "+00:00"))
            items = [c for c in items if _date(c) > after]
        if "include" in params:
            wanted = {int(item) for item in params["include"].split(",")}
            items = [c for c in items if c["id"] in wanted]
        for key in ("post", "parent", "author"):
            if key in params:
                items = [c for c in items if c[key] == int(params[key])]
        items.sort(key=lambda c: c["id"])
        total = len(items)
        pages = max(1, -(-total // per_page))
        chunk = items[(page - 1) * per_page : page * per_page]
        if params.get("_fields") == "id":
            chunk = [{"id": c["id"]} for c in chunk]
        return _json(200, chunk, {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)})

    def _update(self, comment: dict[str, Any], body: dict[str, Any]) -> httpx.Response:
        if "status" in body and not self.ignore_status_updates:
            new = _UPDATES.get(str(body["status"]))
            if new is not None:  # an unknown value: 200 and nothing changes
                comment["status"] = new
        if "content" in body:
            comment["content"] = {"raw": body["content"], "rendered": f"<p>{body['content']}</p>\n"}
        return _json(200, comment)

    def _create(self, body: dict[str, Any]) -> httpx.Response:
        for comment in self.comments.values():
            if (
                comment["post"] == body["post"]
                and comment["parent"] == body.get("parent", 0)
                and comment["author"] == self.user_id
                and comment["content"]["raw"] == body["content"]
            ):
                return _error(409, "comment_duplicate")
        comment_id = self.add(
            body["post"],
            body["content"],
            "approved",
            parent=body.get("parent", 0),
            author=self.user_id,
            author_name=self.user_name,
            author_email="editor@example.test",
        )
        if self.lose_next_create:
            self.lose_next_create = False
            return _error(503, "")
        return _json(201, self.comments[comment_id])


def _date(comment: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(comment["date_gmt"]).replace(tzinfo=UTC)
