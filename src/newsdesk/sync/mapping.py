"""WordPress REST JSON to and from plain dataclasses, checked field by field.

Every ``parse_*`` function raises ``RemoteError(SERVER_NONSENSE)`` naming the first field
that is missing or of the wrong type, so a proxy's HTML page or a half-written answer never
reaches the store as data.

The client marker: WordPress has no idempotency key, so every post we create starts with
``<!-- wp:newsdesk/marker {"uid":"<article uid>"} /-->``, a void block of a type no plugin
registers (see ``newsdesk.sync.wordpress`` for why). ``split_marker`` takes it off again,
wherever an editor moved it.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from newsdesk.domain.errors import ErrorCode, NewsdeskError
from newsdesk.domain.model import CommentStatus
from newsdesk.sync.errors import RemoteError

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from newsdesk.domain.model import Article

# Article uids are UUIDs; anything else could not be found again by WordPress's search.
_MARKER_VALUE = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{7,63}")
_MARKER_BLOCK = re.compile(
    r'<!-- wp:newsdesk/marker \{"uid":"([0-9A-Za-z][0-9A-Za-z-]{7,63})"\} /-->\n?'
)


class PushStatus(StrEnum):
    """The only statuses newsdesk sends: a draft, or a draft submitted for review."""

    DRAFT = "draft"
    PENDING = "pending"


@dataclass(frozen=True, slots=True)
class Account:
    """Who the application password belongs to, and the site it opens."""

    user_id: int
    name: str
    slug: str
    roles: tuple[str, ...]
    capabilities: frozenset[str]
    site_name: str
    site_description: str
    site_url: str
    timezone_string: str
    gmt_offset: float
    language: str

    def can(self, capability: str) -> bool:
        """Tell whether the user holds a capability (``publish_posts``, ``manage_categories``)."""
        return capability in self.capabilities


@dataclass(frozen=True, slots=True)
class RemotePost:
    """A post as WordPress holds it (``*_raw`` texts are empty unless ``raw``: edit context)."""

    # content_rendered is what readers get, after wptexturize and (without blocks) wpautop.

    id: int
    status: str
    title_raw: str
    content_raw: str
    excerpt_raw: str
    slug: str
    categories: tuple[int, ...]
    tags: tuple[int, ...]
    author: int
    featured_media: int
    modified_gmt: datetime
    link: str
    revision_id: int | None
    revision_count: int
    content_rendered: str = ""
    raw: bool = True
    # When it is (or was, or will be) published; drafts not yet dated have none.
    date_gmt: datetime | None = None

    @property
    def marker(self) -> str | None:
        """Return the article uid of the client marker in the content, if any."""
        return split_marker(self.content_raw)[0]

    @property
    def body_html(self) -> str:
        """Return the content without the client marker line."""
        return split_marker(self.content_raw)[1]


@dataclass(frozen=True, slots=True)
class Term:
    """A category or a tag; ``name`` is decoded (WordPress stores ``&`` as ``&amp;``)."""

    id: int
    name: str
    slug: str
    taxonomy: str
    parent: int = 0


@dataclass(frozen=True, slots=True)
class Media:
    """An uploaded file in the media library."""

    id: int
    source_url: str
    mime_type: str
    alt_text: str


@dataclass(frozen=True, slots=True)
class RemoteUser:
    """A site user; ``roles`` is empty unless the account may read users in edit context."""

    id: int
    name: str
    slug: str
    roles: tuple[str, ...] = ()
    # The biographical info and the website, as the site stores them ("" when not sent).
    description: str = ""
    url: str = ""


# The profile fields newsdesk writes to a user: display name, biographical info, website.
PROFILE_FIELDS = frozenset({"name", "description", "url"})


@dataclass(frozen=True, slots=True)
class RemoteComment:
    """A comment as WordPress holds it; the ``author_*`` extras and ``content_raw`` need edit
    context (they are "" otherwise)."""

    id: int
    post: int
    parent: int
    # The commenting user's id; 0 for a visitor.
    author: int
    author_name: str
    author_email: str
    author_url: str
    author_ip: str
    author_user_agent: str
    date_gmt: datetime
    content_raw: str
    content_rendered: str
    # As the server names it: approved, hold, spam, trash, or another value such as
    # ``post-trashed`` (the post went to the trash) or a plugin's own.
    status: str
    type: str = "comment"
    link: str = ""

    @property
    def known_status(self) -> CommentStatus | None:
        """Return the status as one newsdesk knows, or None for any other value."""
        return comment_status(self.status)


# The status filter of the comment list and the ``status`` field of an update take
# ``approve`` where responses say ``approved`` (``status=approved`` lists nothing). Updates
# also take 1/0/unspam/untrash, and answer 200 without changing anything for a value they do
# not know, so nothing outside these four is ever sent.
_COMMENT_STATUS_VALUES: dict[CommentStatus, str] = {
    CommentStatus.APPROVED: "approve",
    CommentStatus.HOLD: "hold",
    CommentStatus.SPAM: "spam",
    CommentStatus.TRASH: "trash",
}


def comment_status(value: str) -> CommentStatus | None:
    """Read a status as comment responses name it (approved, hold, spam, trash), else None."""
    try:
        return CommentStatus(value)
    except ValueError:
        return None


def comment_status_value(status: CommentStatus | str) -> str:
    """Return what the REST API takes for a status; refuse anything else before it is sent."""
    known = comment_status(status) if isinstance(status, str) else status
    if known is None or known not in _COMMENT_STATUS_VALUES:
        raise NewsdeskError(ErrorCode.BAD_COMMENT_STATUS, str(status))
    return _COMMENT_STATUS_VALUES[known]


def parse_comment(data: object) -> RemoteComment:
    """Read one comment (edit context gives the raw text and the commenter's e-mail and IP)."""
    comment = _object(data, "comment")
    content = _object(comment.get("content"), "comment.content")
    return RemoteComment(
        id=_int(comment, "id", "comment"),
        post=_int(comment, "post", "comment"),
        parent=_int(comment, "parent", "comment"),
        author=_int(comment, "author", "comment"),
        author_name=_text(comment, "author_name", "comment"),
        author_email=_text(comment, "author_email", "comment", missing=""),
        author_url=_text(comment, "author_url", "comment", missing=""),
        author_ip=_text(comment, "author_ip", "comment", missing=""),
        author_user_agent=_text(comment, "author_user_agent", "comment", missing=""),
        date_gmt=parse_gmt(comment.get("date_gmt"), "comment.date_gmt"),
        content_raw=_text(content, "raw", "comment.content", missing=""),
        content_rendered=_text(content, "rendered", "comment.content"),
        status=_str(comment, "status", "comment"),
        type=_text(comment, "type", "comment", missing="comment"),
        link=_text(comment, "link", "comment", missing=""),
    )


def parse_comments(data: object) -> list[RemoteComment]:
    """Read a list of comments."""
    return [parse_comment(item) for item in _list(data, "comments")]


def clean_text(value: str) -> str:
    """Replace NUL and lone UTF-16 surrogates (JSON escapes can carry both) by U+FFFD."""
    # PostgreSQL refuses NUL in text, and neither backend can encode a lone surrogate.
    return _UNSTORABLE.sub("\ufffd", value)


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def marker_comment(uid: str) -> str:
    """Return the block comment that marks a post as created for the article ``uid``."""
    if not _MARKER_VALUE.fullmatch(uid):
        raise ValueError("an article uid is letters, digits and hyphens, 8 to 64 long")
    return f'<!-- wp:newsdesk/marker {{"uid":"{uid}"}} /-->'


def add_marker(content: str, uid: str) -> str:
    """Put the marker line in front of the content (moving an existing one there)."""
    return f"{marker_comment(uid)}\n{split_marker(content)[1]}"


def split_marker(content: str) -> tuple[str | None, str]:
    """Split content into its marker uid (or None) and the content without the marker."""
    match = _MARKER_BLOCK.search(content)
    if match is None:
        return None, content
    return match.group(1), content[: match.start()] + content[match.end() :]


def post_payload(
    article: Article,
    *,
    status: PushStatus = PushStatus.DRAFT,
    categories: Sequence[int] = (),
    tags: Sequence[int] = (),
    featured_media: int | None = None,
    author: int | None = None,
) -> dict[str, Any]:
    """Build the REST body for creating or updating the post of an article."""
    # featured_media=None leaves the server's value alone and 0 removes it; an empty slug is
    # left out so that WordPress generates one when the post is published.
    payload: dict[str, Any] = {
        "title": article.title,
        "content": add_marker(article.body_html, article.uid),
        "excerpt": article.excerpt,
        "status": PushStatus(status).value,
        "categories": [int(term) for term in categories],
        "tags": [int(term) for term in tags],
    }
    if article.slug:
        payload["slug"] = article.slug
    if featured_media is not None:
        payload["featured_media"] = int(featured_media)
    if author is not None:
        payload["author"] = int(author)
    return payload


def parse_gmt(value: object, what: str) -> datetime:
    """Read a WordPress ``*_gmt`` field (naive ISO text in UTC) as an aware UTC time."""
    if not isinstance(value, str):
        raise _nonsense(what)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _nonsense(what) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_post(data: object) -> RemotePost:
    """Read one post object (edit context gives the raw texts)."""
    post = _object(data, "post")
    title = _object(post.get("title"), "post.title")
    content = _object(post.get("content"), "post.content")
    excerpt = _object(post.get("excerpt"), "post.excerpt")
    raw = all("raw" in part for part in (title, content, excerpt))
    links = post.get("_links", {})
    revision_id, revision_count = _revision(links if isinstance(links, dict) else {})
    return RemotePost(
        id=_int(post, "id", "post"),
        status=_str(post, "status", "post"),
        title_raw=_str(title, "raw", "post.title") if raw else "",
        content_raw=_str(content, "raw", "post.content") if raw else "",
        excerpt_raw=_str(excerpt, "raw", "post.excerpt") if raw else "",
        slug=unquote(_str(post, "slug", "post")),
        categories=_ints(post, "categories", "post"),
        tags=_ints(post, "tags", "post"),
        author=_int(post, "author", "post"),
        featured_media=_int(post, "featured_media", "post"),
        modified_gmt=parse_gmt(post.get("modified_gmt"), "post.modified_gmt"),
        link=_str(post, "link", "post"),
        revision_id=revision_id,
        revision_count=revision_count,
        content_rendered=_str(content, "rendered", "post.content"),
        raw=raw,
        date_gmt=_optional_gmt(post.get("date_gmt"), "post.date_gmt"),
    )


def _optional_gmt(value: object, what: str) -> datetime | None:
    return None if value is None else parse_gmt(value, what)


def parse_posts(data: object) -> list[RemotePost]:
    """Read a list of posts."""
    return [parse_post(item) for item in _list(data, "posts")]


def parse_term(data: object, taxonomy: str) -> Term:
    """Read one category or tag."""
    term = _object(data, taxonomy)
    parent = term.get("parent", 0)
    if not isinstance(parent, int) or isinstance(parent, bool):
        raise _nonsense(f"{taxonomy}.parent")
    return Term(
        id=_int(term, "id", taxonomy),
        name=html.unescape(_str(term, "name", taxonomy)),
        slug=unquote(_str(term, "slug", taxonomy)),
        taxonomy=_str(term, "taxonomy", taxonomy),
        parent=parent,
    )


def parse_media(data: object) -> Media:
    """Read one media item."""
    media = _object(data, "media")
    return Media(
        id=_int(media, "id", "media"),
        source_url=_str(media, "source_url", "media"),
        mime_type=_str(media, "mime_type", "media"),
        alt_text=_str(media, "alt_text", "media"),
    )


def parse_user(data: object) -> RemoteUser:
    """Read one user (view or edit context)."""
    user = _object(data, "user")
    roles = user.get("roles", [])
    if not isinstance(roles, list) or not all(isinstance(role, str) for role in roles):
        raise _nonsense("user.roles")
    return RemoteUser(
        id=_int(user, "id", "user"),
        name=_str(user, "name", "user"),
        slug=_str(user, "slug", "user"),
        roles=tuple(roles),
        description=_text(user, "description", "user", missing=""),
        url=_text(user, "url", "user", missing=""),
    )


def profile_payload(fields: Mapping[str, str]) -> dict[str, str]:
    """Build the REST body of a profile update; refuse fields newsdesk does not write."""
    unknown = set(fields) - PROFILE_FIELDS
    if unknown:
        raise ValueError(f"cannot update user fields {sorted(unknown)}")
    if not all(isinstance(value, str) for value in fields.values()):
        raise ValueError("profile fields must be text")
    return dict(fields)


def parse_account(me: object, index: object, language: str | None = None) -> Account:
    """Combine ``/wp/v2/users/me?context=edit``, the REST index and the site language."""
    # The site language is only readable with manage_options; otherwise the user's locale
    # stands in (WordPress reports the site language there unless the user chose another).
    user = _object(me, "me")
    site = _object(index, "index")
    roles = user.get("roles")
    if not isinstance(roles, list) or not all(isinstance(role, str) for role in roles):
        raise _nonsense("me.roles")
    capabilities = user.get("capabilities")
    if not isinstance(capabilities, dict):
        raise _nonsense("me.capabilities")
    user_id = _int(user, "id", "me")
    if user_id <= 0:
        raise _nonsense("me.id")
    offset = site.get("gmt_offset", 0)
    if isinstance(offset, str):
        try:
            offset = float(offset) if offset else 0.0
        except ValueError:
            raise _nonsense("index.gmt_offset") from None
    if not isinstance(offset, int | float) or isinstance(offset, bool):
        raise _nonsense("index.gmt_offset")
    return Account(
        user_id=user_id,
        name=_str(user, "name", "me"),
        slug=_str(user, "slug", "me"),
        roles=tuple(roles),
        capabilities=frozenset(name for name, held in capabilities.items() if held is True),
        site_name=_str(site, "name", "index"),
        site_description=_str(site, "description", "index"),
        site_url=_str(site, "url", "index"),
        timezone_string=_str(site, "timezone_string", "index"),
        gmt_offset=float(offset),
        language=language if language is not None else _str(user, "locale", "me"),
    )


def error_code_of(data: object) -> str:
    """Return WordPress's ``code`` from an error body, or "" when there is none."""
    if isinstance(data, dict):
        code = data.get("code")
        if isinstance(code, str):
            return code
    return ""


def _revision(links: Mapping[str, Any]) -> tuple[int | None, int]:
    newest: int | None = None
    predecessor = links.get("predecessor-version")
    if isinstance(predecessor, list) and predecessor and isinstance(predecessor[0], dict):
        value = predecessor[0].get("id")
        if isinstance(value, int) and not isinstance(value, bool):
            newest = value
    count = 0
    history = links.get("version-history")
    if isinstance(history, list) and history and isinstance(history[0], dict):
        value = history[0].get("count")
        if isinstance(value, int) and not isinstance(value, bool):
            count = value
    return newest, count


def _nonsense(what: str) -> RemoteError:
    return RemoteError(ErrorCode.SERVER_NONSENSE, what)


def _object(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _nonsense(what)
    return value


def _list(value: object, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise _nonsense(what)
    return value


def _str(data: Mapping[str, Any], key: str, what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise _nonsense(f"{what}.{key}")
    return value


def _text(data: Mapping[str, Any], key: str, what: str, *, missing: str | None = None) -> str:
    """Read a string written by a visitor (cleaned for storage); absent -> ``missing``."""
    if key not in data and missing is not None:
        return missing
    return clean_text(_str(data, key, what))


def _int(data: Mapping[str, Any], key: str, what: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _nonsense(f"{what}.{key}")
    return value


def _ints(data: Mapping[str, Any], key: str, what: str) -> tuple[int, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(
        isinstance(item, int) and not isinstance(item, bool) for item in value
    ):
        raise _nonsense(f"{what}.{key}")
    return tuple(value)


# ---------------------------------------------------------------------- review notes
# The companion plugin (packaging/wordpress/newsdesk-review-notes) registers this post meta
# key for the REST API's edit context: a JSON array of notes kept as one string.
REVIEW_NOTES_META = "newsdesk_review_notes"


class ReviewStatus(StrEnum):
    """The statuses a review decision sends: back to the writer, or out to readers."""

    DRAFT = "draft"
    PENDING = "pending"
    PUBLISH = "publish"
    FUTURE = "future"


@dataclass(frozen=True, slots=True)
class RemoteNote:
    """One review note as the plugin keeps it; ``id`` is its identity everywhere."""

    id: str
    author: str
    kind: str
    body: str
    created_gmt: datetime


@dataclass(frozen=True, slots=True)
class ReviewState:
    """A post and its notes; ``notes`` is None when the site has no notes plugin."""

    post: RemotePost
    notes: tuple[RemoteNote, ...] | None

    @property
    def notes_supported(self) -> bool:
        """Tell whether the site keeps review notes (the plugin's key was in the answer)."""
        return self.notes is not None


def parse_review_notes(data: object) -> tuple[RemoteNote, ...] | None:
    """Read the notes from a post object in edit context; None when the key is absent."""
    post = _object(data, "post")
    meta = post.get("meta")
    # Unregistered meta comes back as [] (an empty JSON array), registered as an object.
    if not isinstance(meta, dict) or REVIEW_NOTES_META not in meta:
        return None
    value = meta[REVIEW_NOTES_META]
    if not isinstance(value, str):
        raise _nonsense(f"post.meta.{REVIEW_NOTES_META}")
    if not value:
        return ()
    try:
        items = json.loads(value)
    except ValueError:
        raise _nonsense(f"post.meta.{REVIEW_NOTES_META}") from None
    what = f"post.meta.{REVIEW_NOTES_META}[]"
    notes = []
    for item in _list(items, what):
        note = _object(item, what)
        notes.append(
            RemoteNote(
                id=_str(note, "id", what),
                author=_text(note, "author", what),
                kind=_str(note, "kind", what),
                body=_text(note, "body", what),
                created_gmt=parse_gmt(note.get("created_gmt"), f"{what}.created_gmt"),
            )
        )
    return tuple(notes)


def review_notes_value(notes: Sequence[RemoteNote]) -> str:
    """Return the meta value for notes (oldest first), as the plugin stores it."""
    ordered = sorted(notes, key=lambda note: (note.created_gmt, note.id))
    return json.dumps(
        [
            {
                "id": note.id,
                "author": note.author,
                "kind": note.kind,
                "body": note.body,
                "created_gmt": gmt_text(note.created_gmt),
            }
            for note in ordered
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def gmt_text(moment: datetime) -> str:
    """Write an aware time as a WordPress ``*_gmt`` value (naive ISO text in UTC)."""
    if moment.tzinfo is None:
        raise ValueError("an aware datetime is needed")
    return moment.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat()


def parse_review_state(data: object) -> ReviewState:
    """Read a post in edit context with its review notes."""
    post = _object(data, "post")
    return ReviewState(parse_post(post), parse_review_notes(post))
