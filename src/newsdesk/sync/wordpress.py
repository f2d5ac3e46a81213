"""A small synchronous WordPress REST client over httpx.

Routes are addressed as ``<site>/?rest_route=/wp/v2/...``, which works whether or not the
site has pretty permalinks (``/wp-json/`` needs them). Redirects are not followed: a POST
silently turned into a GET, or Basic auth sent to another host, is worse than an error
naming the new address (``SITE_REDIRECTED``, detail = Location).

Idempotent creates. WordPress 6.1 has no idempotency key and no conditional requests, so a
create whose answer was lost can only be recognised afterwards, by a marker the post carries.
Post meta was rejected: meta that no plugin registered is silently dropped (the answer is 200
with ``"meta": []``), and even registered meta cannot be queried through core REST routes.
A plain HTML comment (``<!-- newsdesk:uid -->``) survives kses for every role, but wpautop
wraps it in an empty ``<p>`` on the public page. What we send instead is a void block
comment as the first line of the content, ``<!-- wp:newsdesk/marker {"uid":"<uid>"} /-->``
(verified against WordPress 6.1 as editor, author and contributor): ``content.raw`` keeps it
byte for byte, the rendered page drops it (an unregistered block renders as nothing), and
``search=<uid>`` with ``status=any`` finds the post. Because the content then "has blocks",
WordPress no longer runs wpautop on it either (no added ``<p>`` or ``<br />``; wptexturize
still runs). The block editor shows the marker as a block it does not support, to be left
alone. ``status=any`` leaves out the trash: a lost create that someone already trashed is
not found, and the retry makes a new post.
``find_post_by_marker`` searches that way and checks the marker itself, since search is a
substring match.

Failures become ``RemoteError``: retryable (``SERVER_UNREACHABLE``, ``CONNECTION_LOST``,
``SERVER_TIMEOUT``, 5xx ``SERVER_ERROR``, 429 ``RATE_LIMITED`` with Retry-After in seconds,
``SERVER_NONSENSE`` for a body that is not the JSON we asked for) or permanent (401
``AUTH_FAILED``, 403 ``FORBIDDEN``, 404 ``REMOTE_NOT_FOUND``, other 4xx ``REMOTE_REJECTED``,
``TLS_FAILED``, ``SITE_REDIRECTED``), with WordPress's ``code`` as the detail. A wrong
application password is not an error on stock WordPress: the request runs anonymously and
public routes answer 200, so ``verify`` always asks ``/users/me``.
"""

from __future__ import annotations

import email.utils
import html
import ipaddress
import json
import logging
import mimetypes
import ssl
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from newsdesk import __version__
from newsdesk.domain.errors import ErrorCode, NewsdeskError
from newsdesk.sync.errors import RemoteError
from newsdesk.sync.mapping import (
    REVIEW_NOTES_META,
    Account,
    Media,
    RemoteComment,
    RemoteNote,
    RemotePost,
    RemoteUser,
    ReviewState,
    ReviewStatus,
    Term,
    clean_text,
    comment_status_value,
    error_code_of,
    marker_comment,
    parse_account,
    parse_comment,
    parse_comments,
    parse_gmt,
    parse_media,
    parse_post,
    parse_posts,
    parse_review_notes,
    parse_review_state,
    parse_term,
    parse_user,
    profile_payload,
    review_notes_value,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from pathlib import Path

    from newsdesk.domain.model import CommentStatus

log = logging.getLogger(__name__)

PER_PAGE = 100  # WordPress's maximum
# Listings page by id: unique and fixed, so no item shows on two pages or on none.
STABLE_PAGING = {"orderby": "id", "order": "asc"}
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=60.0, pool=10.0)
_INDEX_FIELDS = "name,description,url,home,gmt_offset,timezone_string,namespaces,authentication"
# Upload failures WordPress reports as 500 although retrying cannot help (bad file type).
_PERMANENT_SERVER_CODES = frozenset({"rest_upload_unknown_error", "rest_upload_sideload_error"})


def is_loopback_host(host: str) -> bool:
    """Tell whether a host name or address is this machine's loopback."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def normalise_site_url(url: str) -> str:
    """Check a site address (https, or http on loopback) and drop its trailing slash."""
    # Credentials inside the URL, queries and fragments are refused as well.
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        _ = parts.port  # raises for a malformed port
    except ValueError:
        raise NewsdeskError(ErrorCode.BAD_SITE_URL) from None
    if parts.scheme not in ("http", "https") or not host:
        raise NewsdeskError(ErrorCode.BAD_SITE_URL)
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        raise NewsdeskError(ErrorCode.BAD_SITE_URL)
    if parts.scheme == "http" and not is_loopback_host(host):
        raise NewsdeskError(ErrorCode.INSECURE_SITE_URL, host)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


def is_loopback_http(url: str) -> bool:
    """Tell whether a site address is plain ``http://`` on loopback (the UI shows a warning)."""
    parts = urlsplit(url.strip())
    return parts.scheme == "http" and is_loopback_host(parts.hostname or "")


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Read a Retry-After header (seconds or an HTTP date) as seconds from now."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _utc_parameter(moment: datetime, name: str) -> str:
    """Write an aware time as the UTC ``Z`` form WordPress's date filters take."""
    if moment.tzinfo is None:
        raise ValueError(f"{name} must be an aware datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class WordPressClient:
    """Talk to one WordPress site as one user with an application password."""

    def __init__(
        self,
        site_url: str,
        username: str,
        app_password: str,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """Open a connection pool for the site; the password only goes into the auth header."""
        self.site_url = normalise_site_url(site_url)
        self.username = username
        loopback = is_loopback_host(urlsplit(self.site_url).hostname or "")
        self._http = httpx.Client(
            auth=httpx.BasicAuth(username, app_password),
            headers={"User-Agent": f"newsdesk/{__version__}", "Accept": "application/json"},
            timeout=timeout,
            verify=True,
            follow_redirects=False,
            # A proxy from the environment is honoured for real sites, never for loopback.
            trust_env=not loopback,
            transport=transport,
        )

    @property
    def is_loopback_http(self) -> bool:
        """Tell whether this client talks plain HTTP to a loopback site."""
        return is_loopback_http(self.site_url)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> WordPressClient:
        """Use the client in a ``with`` block."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the client at the end of the ``with`` block."""
        self.close()

    def __repr__(self) -> str:
        """Name the site and user, never the password."""
        return f"WordPressClient({self.site_url!r}, {self.username!r})"

    # ------------------------------------------------------------------ account

    def verify(self) -> Account:
        """Check the password with ``/users/me`` and read the user's roles and the site."""
        try:
            index = self._json("GET", "/", params={"_fields": _INDEX_FIELDS})
        except RemoteError as error:
            if error.code in (ErrorCode.SERVER_NONSENSE, ErrorCode.REMOTE_NOT_FOUND):
                raise RemoteError(ErrorCode.NOT_WORDPRESS, status=error.status) from None
            raise
        namespaces = index.get("namespaces") if isinstance(index, dict) else None
        if not isinstance(namespaces, list) or "wp/v2" not in namespaces:
            raise RemoteError(ErrorCode.NOT_WORDPRESS)
        try:
            me = self._json("GET", "/wp/v2/users/me", params={"context": "edit"})
        except RemoteError as error:
            if error.code is ErrorCode.AUTH_FAILED and not _app_passwords_on(index):
                raise RemoteError(
                    ErrorCode.APP_PASSWORDS_UNAVAILABLE, error.detail, status=error.status
                ) from None
            raise
        language: str | None = None
        capabilities = me.get("capabilities") if isinstance(me, dict) else None
        if isinstance(capabilities, dict) and capabilities.get("manage_options") is True:
            settings = self._json("GET", "/wp/v2/settings", params={"_fields": "language"})
            if isinstance(settings, dict) and isinstance(settings.get("language"), str):
                language = settings["language"]
        return parse_account(me, index, language)

    def list_users(self, *, context: str = "view") -> list[RemoteUser]:
        """List the users who can write posts (``context="edit"`` adds roles; admins only)."""
        pages = self._pages("/wp/v2/users", {"who": "authors", "context": context})
        return [parse_user(item) for item in pages]

    def current_user(self) -> RemoteUser:
        """Return the account's own user in edit context (its id, name and profile)."""
        return parse_user(self._json("GET", "/wp/v2/users/me", params={"context": "edit"}))

    def update_me(self, fields: Mapping[str, str]) -> RemoteUser:
        """Change the account's own ``name``, ``description`` and/or ``url``."""
        data = self._json(
            "POST",
            "/wp/v2/users/me",
            params={"context": "edit"},
            json_body=profile_payload(fields),
        )
        return parse_user(data)

    def update_user(self, user_id: int, fields: Mapping[str, str]) -> RemoteUser:
        """Change another user's ``name``, ``description`` and/or ``url`` (needs edit_users)."""
        data = self._json(
            "POST",
            f"/wp/v2/users/{int(user_id)}",
            params={"context": "edit"},
            json_body=profile_payload(fields),
        )
        return parse_user(data)

    # ------------------------------------------------------------------ posts

    def create_post(self, payload: Mapping[str, Any]) -> RemotePost:
        """Create a post; the answer is in edit context."""
        return parse_post(self._json("POST", "/wp/v2/posts", json_body=payload))

    def update_post(self, post_id: int, payload: Mapping[str, Any]) -> RemotePost:
        """Update a post; the answer is in edit context."""
        return parse_post(self._json("POST", f"/wp/v2/posts/{int(post_id)}", json_body=payload))

    def get_post(self, post_id: int, context: str = "edit") -> RemotePost:
        """Fetch one post."""
        data = self._json("GET", f"/wp/v2/posts/{int(post_id)}", params={"context": context})
        return parse_post(data)

    def list_posts(
        self,
        modified_after: datetime | None = None,
        status: str = "any",
        page: int | None = None,
        *,
        author: int | None = None,
        search: str | None = None,
        per_page: int = PER_PAGE,
    ) -> list[RemotePost]:
        """List posts in edit context, by id; every page unless ``page`` is set."""
        # modified_after is strict and WordPress keeps whole seconds: callers that keep a
        # cursor should ask from one second earlier and drop what they already have.
        # Paged by id, which is unique and never changes: posts that share a modified
        # second come back from MySQL in any order, so paging by modified time can show
        # one post on two pages and skip another.
        params: dict[str, Any] = {**STABLE_PAGING, "status": status, "context": "edit"}
        if modified_after is not None:
            params["modified_after"] = _utc_parameter(modified_after, "modified_after")
        if author is not None:
            params["author"] = int(author)
        if search is not None:
            params["search"] = search
        if page is not None:
            data = self._json(
                "GET", "/wp/v2/posts", params={**params, "page": page, "per_page": per_page}
            )
            return parse_posts(data)
        return parse_posts(self._pages("/wp/v2/posts", params, per_page))

    def find_post_by_marker(self, marker: str) -> RemotePost | None:
        """Find the post created for an article uid (the oldest, if a retry made two)."""
        comment = marker_comment(marker)
        found = [
            post
            for post in self.list_posts(status="any", search=marker)
            if comment in post.content_raw
        ]
        return min(found, key=lambda post: post.id) if found else None

    # ------------------------------------------------------------------ review

    def get_review_state(self, post_id: int) -> ReviewState:
        """Fetch a post in edit context with its review notes (None: no notes plugin)."""
        data = self._json("GET", f"/wp/v2/posts/{int(post_id)}", params={"context": "edit"})
        return parse_review_state(data)

    def get_notes(self, post_id: int) -> tuple[RemoteNote, ...] | None:
        """Return a post's review notes, oldest first; None when the site has no notes plugin."""
        return self.get_review_state(post_id).notes

    def update_review(
        self,
        post_id: int,
        status: ReviewStatus | None = None,
        *,
        notes: Sequence[RemoteNote] | None = None,
        date_gmt: datetime | None = None,
    ) -> ReviewState:
        """Change a post's status (a ``future`` one at ``date_gmt``) and write notes, at once.

        The plugin keeps every stored note whose id the request does not carry, so ``notes``
        may hold only the new ones. On a site without the plugin, send no notes: WordPress
        would answer 200 and drop them.
        """
        body: dict[str, Any] = {}
        if status is not None:
            body["status"] = ReviewStatus(status).value
        if date_gmt is not None:
            if date_gmt.tzinfo is None:
                raise ValueError("date_gmt must be an aware datetime")
            body["date_gmt"] = date_gmt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        if notes is not None:
            body["meta"] = {REVIEW_NOTES_META: review_notes_value(notes)}
        data = self._json(
            "POST", f"/wp/v2/posts/{int(post_id)}", params={"context": "edit"}, json_body=body
        )
        return parse_review_state(data)

    def add_note(self, post_id: int, note: RemoteNote) -> ReviewState:
        """Add one note to a post without changing its status."""
        return self.update_review(post_id, notes=[note])

    def publish(self, post_id: int) -> ReviewState:
        """Publish a post now."""
        return self.update_review(post_id, ReviewStatus.PUBLISH)

    def schedule(self, post_id: int, when: datetime) -> ReviewState:
        """Schedule a post for an aware time (WordPress status ``future``)."""
        return self.update_review(post_id, ReviewStatus.FUTURE, date_gmt=when)

    def list_notes(
        self, modified_after: datetime | None = None
    ) -> list[tuple[int, datetime, tuple[RemoteNote, ...] | None]]:
        """List (post id, modified time, notes) of the posts changed after a time, by id."""
        params: dict[str, Any] = {
            **STABLE_PAGING,
            "status": "any",
            "context": "edit",
            "_fields": "id,modified_gmt,meta",
        }
        if modified_after is not None:
            params["modified_after"] = _utc_parameter(modified_after, "modified_after")
        found = []
        for item in self._pages("/wp/v2/posts", params):
            if not isinstance(item, dict):
                raise RemoteError(ErrorCode.SERVER_NONSENSE, "post")
            post_id = item.get("id")
            if not isinstance(post_id, int) or isinstance(post_id, bool):
                raise RemoteError(ErrorCode.SERVER_NONSENSE, "post.id")
            modified = parse_gmt(item.get("modified_gmt"), "post.modified_gmt")
            found.append((post_id, modified, parse_review_notes(item)))
        return found

    # ------------------------------------------------------------------ terms and media

    def ensure_category(self, name: str) -> Term:
        """Return the category with this name, creating it when missing (needs the right)."""
        return self._ensure_term("categories", "category", name)

    def ensure_tag(self, name: str) -> Term:
        """Return the tag with this name, creating it when missing."""
        return self._ensure_term("tags", "post_tag", name)

    def upload_media(self, path: Path, alt_text: str, *, title: str | None = None) -> Media:
        """Upload an image with its alt text in one request."""
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            raise NewsdeskError(ErrorCode.FILE_NOT_FOUND, str(path)) from None
        except OSError:
            raise NewsdeskError(ErrorCode.FILE_UNREADABLE, str(path)) from None
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        fields = {"alt_text": alt_text}
        if title is not None:
            fields["title"] = title
        data = self._json(
            "POST", "/wp/v2/media", files={"file": (path.name, content, mime)}, data=fields
        )
        return parse_media(data)

    # ------------------------------------------------------------------ comments

    def list_comments(
        self,
        status: CommentStatus | str,
        after: datetime | None = None,
        page: int | None = None,
        *,
        post: int | None = None,
        parent: int | None = None,
        author: int | None = None,
        include: Iterable[int] | None = None,
        per_page: int = PER_PAGE,
    ) -> list[RemoteComment]:
        """List comments of one status in edit context, oldest id first; every page unless
        ``page`` is set. ``after`` (strict, whole seconds) is the comment date."""
        params = self._comment_query(status, after, post, parent, author, include)
        params["context"] = "edit"
        if page is not None:
            data = self._json(
                "GET", "/wp/v2/comments", params={**params, "page": page, "per_page": per_page}
            )
            return parse_comments(data)
        return parse_comments(self._pages("/wp/v2/comments", params, per_page))

    def list_comment_ids(
        self, status: CommentStatus | str, *, post: int | None = None, per_page: int = PER_PAGE
    ) -> list[int]:
        """List only the ids of every comment of one status (a cheap re-list)."""
        params = self._comment_query(status, None, post, None, None, None)
        params["_fields"] = "id"
        ids = []
        for item in self._pages("/wp/v2/comments", params, per_page):
            value = item.get("id") if isinstance(item, dict) else None
            if not isinstance(value, int) or isinstance(value, bool):
                raise RemoteError(ErrorCode.SERVER_NONSENSE, "comment.id")
            ids.append(value)
        return ids

    def get_comment(self, comment_id: int) -> RemoteComment:
        """Fetch one comment in edit context."""
        data = self._json("GET", f"/wp/v2/comments/{int(comment_id)}", params={"context": "edit"})
        return parse_comment(data)

    def update_comment(self, comment_id: int, fields: Mapping[str, Any]) -> RemoteComment:
        """Change a comment's ``status`` and/or ``content``; the answer is in edit context."""
        unknown = set(fields) - {"status", "content"}
        if unknown:
            raise ValueError(f"cannot update comment fields {sorted(unknown)}")
        body: dict[str, Any] = {}
        if "status" in fields:
            body["status"] = comment_status_value(fields["status"])
        if "content" in fields:
            if not isinstance(fields["content"], str):
                raise ValueError("content must be text")
            body["content"] = fields["content"]
        data = self._json(
            "POST",
            f"/wp/v2/comments/{int(comment_id)}",
            params={"context": "edit"},
            json_body=body,
        )
        return parse_comment(data)

    def create_comment(self, post: int, parent: int, content: str) -> RemoteComment:
        """Write a comment (a reply when ``parent`` is set) as the logged-in user."""
        body = {"post": int(post), "parent": int(parent), "content": content}
        data = self._json("POST", "/wp/v2/comments", params={"context": "edit"}, json_body=body)
        return parse_comment(data)

    def post_titles(self, post_ids: Iterable[int]) -> dict[int, str]:
        """Return the titles of posts and pages by id, 100 per request (missing ids left out)."""
        wanted = sorted({int(post_id) for post_id in post_ids})
        titles: dict[int, str] = {}
        for route in ("posts", "pages"):
            missing = [post_id for post_id in wanted if post_id not in titles]
            for start in range(0, len(missing), PER_PAGE):
                chunk = missing[start : start + PER_PAGE]
                data = self._json(
                    "GET",
                    f"/wp/v2/{route}",
                    params={
                        "include": ",".join(str(post_id) for post_id in chunk),
                        "status": "any",
                        "context": "edit",
                        "_fields": "id,title",
                        "per_page": PER_PAGE,
                    },
                )
                if not isinstance(data, list):
                    raise RemoteError(ErrorCode.SERVER_NONSENSE, f"{route}: not a list")
                for item in data:
                    post_id, title = _title_of(item)
                    titles[post_id] = title
        return titles

    @staticmethod
    def _comment_query(
        status: CommentStatus | str,
        after: datetime | None,
        post: int | None,
        parent: int | None,
        author: int | None,
        include: Iterable[int] | None,
    ) -> dict[str, Any]:
        # Refused here, before any request: WordPress would list nothing for "approved".
        params: dict[str, Any] = {**STABLE_PAGING, "status": comment_status_value(status)}
        if after is not None:
            # WordPress converts a Z time to the site's zone before comparing comment_date.
            params["after"] = _utc_parameter(after, "after")
        if post is not None:
            params["post"] = int(post)
        if parent is not None:
            params["parent"] = int(parent)
        if author is not None:
            params["author"] = int(author)
        if include is not None:
            ids = [int(item) for item in include]
            if not ids:
                raise ValueError("include needs at least one id")
            params["include"] = ",".join(str(item) for item in ids)
        return params

    # ------------------------------------------------------------------ plumbing

    def _ensure_term(self, route: str, taxonomy: str, name: str) -> Term:
        wanted = name.strip()
        found = self._find_term(route, taxonomy, wanted)
        if found is not None:
            return found
        try:
            data = self._json("POST", f"/wp/v2/{route}", json_body={"name": wanted})
        except RemoteError as error:
            existing = error.term_id if isinstance(error, _TermExists) else None
            if existing is None:
                raise
            data = self._json("GET", f"/wp/v2/{route}/{existing}")
        return parse_term(data, taxonomy)

    def _find_term(self, route: str, taxonomy: str, name: str) -> Term | None:
        # WordPress stores "&" as "&amp;" and its search matches only that form.
        search = html.escape(name, quote=False)
        terms = [
            parse_term(item, taxonomy)
            for item in self._pages(f"/wp/v2/{route}", {"search": search, "hide_empty": "false"})
        ]
        matches = [term for term in terms if term.name == name]
        if not matches:
            return None
        return min(matches, key=lambda term: (term.parent != 0, term.id))

    def _pages(self, route: str, params: Mapping[str, Any], per_page: int = PER_PAGE) -> list[Any]:
        items: list[Any] = []
        page, total = 1, 1
        while page <= total:
            try:
                response = self._send(
                    "GET", route, params={**params, "per_page": per_page, "page": page}
                )
            except RemoteError as error:
                # The last page can vanish while we read (posts deleted meanwhile).
                if page > 1 and error.detail == "rest_post_invalid_page_number":
                    break
                raise
            data = _decode(response)
            if not isinstance(data, list):
                raise RemoteError(ErrorCode.SERVER_NONSENSE, f"{route}: not a list")
            items.extend(data)
            total = _total_pages(response)
            page += 1
        return items

    def _json(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
        data: Mapping[str, str] | None = None,
    ) -> Any:
        response = self._send(
            method, route, params=params, json_body=json_body, files=files, data=data
        )
        return _decode(response)

    def _send(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
        data: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        query = {"rest_route": route, **(params or {})}
        started = time.perf_counter()
        try:
            response = self._http.request(
                method,
                f"{self.site_url}/",
                params=query,
                json=json_body,
                files=files,
                data=data,
            )
        except httpx.TimeoutException as error:
            raise RemoteError(ErrorCode.SERVER_TIMEOUT, type(error).__name__) from error
        except httpx.ConnectError as error:
            if _caused_by_tls(error):
                raise RemoteError(ErrorCode.TLS_FAILED) from error
            raise RemoteError(ErrorCode.SERVER_UNREACHABLE) from error
        except (httpx.NetworkError, httpx.RemoteProtocolError) as error:
            raise RemoteError(ErrorCode.CONNECTION_LOST, type(error).__name__) from error
        log.debug(
            "%s %s -> %s in %.0f ms",
            method,
            route,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        _raise_for_status(response)
        return response


class _TermExists(RemoteError):
    """WordPress's ``term_exists`` answer, which names the existing term."""

    def __init__(self, term_id: int, status: int) -> None:
        super().__init__(ErrorCode.REMOTE_REJECTED, "term_exists", status=status)
        self.term_id = term_id


def _raise_for_status(response: httpx.Response) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    if 300 <= status < 400:
        raise RemoteError(
            ErrorCode.SITE_REDIRECTED, response.headers.get("Location", ""), status=status
        )
    body = _error_body(response)
    wp_code = error_code_of(body)
    if status == 429:
        after = retry_after_seconds(response.headers.get("Retry-After"))
        raise RemoteError(ErrorCode.RATE_LIMITED, wp_code, status=status, retry_after=after)
    if status >= 500:
        if wp_code in _PERMANENT_SERVER_CODES:
            raise RemoteError(ErrorCode.REMOTE_REJECTED, wp_code, status=status)
        after = retry_after_seconds(response.headers.get("Retry-After"))
        raise RemoteError(ErrorCode.SERVER_ERROR, wp_code, status=status, retry_after=after)
    if status == 401:
        raise RemoteError(ErrorCode.AUTH_FAILED, wp_code, status=status)
    if status == 403:
        raise RemoteError(ErrorCode.FORBIDDEN, wp_code, status=status)
    if status == 404:
        raise RemoteError(ErrorCode.REMOTE_NOT_FOUND, wp_code, status=status)
    if status >= 400:
        term_id = _existing_term_id(body) if wp_code == "term_exists" else None
        if term_id is not None:
            raise _TermExists(term_id, status)
        raise RemoteError(ErrorCode.REMOTE_REJECTED, wp_code, status=status)
    raise RemoteError(ErrorCode.SERVER_NONSENSE, f"status {status}", status=status)


def _error_body(response: httpx.Response) -> object:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _existing_term_id(body: object) -> int | None:
    if isinstance(body, dict) and isinstance(body.get("data"), dict):
        term_id = body["data"].get("term_id")
        if isinstance(term_id, int) and not isinstance(term_id, bool) and term_id > 0:
            return term_id
    return None


def _decode(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        raise RemoteError(
            ErrorCode.SERVER_NONSENSE, "not JSON", status=response.status_code
        ) from None


def _total_pages(response: httpx.Response) -> int:
    value = response.headers.get("X-WP-TotalPages", "1")
    try:
        return int(value)
    except ValueError:
        raise RemoteError(ErrorCode.SERVER_NONSENSE, "X-WP-TotalPages") from None


def _title_of(item: object) -> tuple[int, str]:
    if not isinstance(item, dict):
        raise RemoteError(ErrorCode.SERVER_NONSENSE, "post")
    post_id = item.get("id")
    title = item.get("title")
    if not isinstance(post_id, int) or isinstance(post_id, bool) or not isinstance(title, dict):
        raise RemoteError(ErrorCode.SERVER_NONSENSE, "post.title")
    raw = title.get("raw")
    if isinstance(raw, str):
        return post_id, clean_text(raw)
    rendered = title.get("rendered")
    if not isinstance(rendered, str):
        raise RemoteError(ErrorCode.SERVER_NONSENSE, "post.title")
    return post_id, clean_text(html.unescape(rendered))


def _app_passwords_on(index: object) -> bool:
    auth = index.get("authentication") if isinstance(index, dict) else None
    return isinstance(auth, dict) and "application-passwords" in auth


def _caused_by_tls(error: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


__all__ = [
    "DEFAULT_TIMEOUT",
    "PER_PAGE",
    "WordPressClient",
    "is_loopback_host",
    "is_loopback_http",
    "normalise_site_url",
    "retry_after_seconds",
]
