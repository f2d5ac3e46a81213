"""WordPress 6.1 answers, shaped as the real server sends them (edit context)."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx

MARKED_CONTENT = (
    '<!-- wp:newsdesk/marker {"uid":"45fd3a22-02bb-43f7-81cb-36b061a54710"} /-->\n'
    '<p dir="rtl">مرحبا 3 &lt; 5</p>'
)

POST: dict[str, Any] = {
    "id": 42,
    "date": "2026-11-29T21:39:45",
    "date_gmt": "2026-11-29T18:39:45",
    "modified": "2026-11-29T21:40:02",
    "modified_gmt": "2026-11-29T18:40:02",
    "slug": "%d8%ad%d9%88%d8%a7%d8%b1-%d8%b1%d9%88%d8%b3%d9%8a",
    "status": "draft",
    "type": "post",
    "link": "http://127.0.0.1:8081/?p=42",
    "title": {"raw": "حوار روسي", "rendered": "حوار روسي"},
    "content": {
        "raw": MARKED_CONTENT,
        "rendered": '\n<p dir="rtl">مرحبا 3 &lt; 5</p>',
        "protected": False,
        "block_version": 1,
    },
    "excerpt": {"raw": "ملخص", "rendered": "<p>ملخص</p>\n", "protected": False},
    "author": 3,
    "featured_media": 7,
    "meta": [],
    "categories": [2, 5],
    "tags": [9],
    "generated_slug": "حوار-روسي",
    "_links": {
        "self": [{"href": "http://127.0.0.1:8081/wp-json/wp/v2/posts/42"}],
        "version-history": [
            {"count": 2, "href": "http://127.0.0.1:8081/wp-json/wp/v2/posts/42/revisions"}
        ],
        "predecessor-version": [
            {"id": 44, "href": "http://127.0.0.1:8081/wp-json/wp/v2/posts/42/revisions/44"}
        ],
    },
}

INDEX: dict[str, Any] = {
    "name": "موقع الأخبار",
    "description": "أخبار اليوم",
    "url": "https://news.example",
    "home": "https://news.example",
    "gmt_offset": 3,
    "timezone_string": "Asia/Damascus",
    "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1"],
    "authentication": {"application-passwords": {"endpoints": {"authorization": "x"}}},
}

ME: dict[str, Any] = {
    "id": 2,
    "name": "Editor",
    "slug": "editor",
    "locale": "ar",
    "roles": ["editor"],
    "capabilities": {"edit_posts": True, "publish_posts": True, "edit_others_posts": True},
}


def post(**changes: Any) -> dict[str, Any]:
    """Return a copy of the sample post with some fields replaced."""
    return {**copy.deepcopy(POST), **changes}


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    """Build a JSON answer as WordPress sends it (non-ASCII escaped)."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json; charset=UTF-8", **(headers or {})},
    )


def wp_error(status: int, code: str, **data: Any) -> httpx.Response:
    """Build a WordPress error answer."""
    return json_response(
        status, {"code": code, "message": "Sorry.", "data": {"status": status, **data}}
    )
