"""Author profiles: reading and editing them, avatars, their articles, and their WordPress user.

What WordPress has room for. A WordPress user has a display name (``name``), biographical
info (``description``) and a website (``url``); those are what ``push_profile`` sends: the
Arabic display name, the Arabic bio and the website. The Latin-script name, the job title,
the English bio, the e-mail address, the social links and the avatar have no place there
and are **kept in newsdesk only** (the profile editor says so beside each of them). Nothing
is packed into the description: ``pulling.pull_users`` copies the description into the bio
as it stands, so a packed block would come back as bio text on every machine that pulls it.

Why a pull after a push loses nothing. ``pull_users`` treats a profile with any of the
local-only fields filled in as the newsroom's own and leaves its name and bio alone (it
only fills an empty bio). A profile with none of them "follows the site": its name, slug
and bio are replaced by the user's at each pull, and what ``push_profile`` sent is exactly
what that pull reads back (the bio is sent stripped, as pulling strips the description). So
an edit to such a profile must reach the site before the next pull, or the pull undoes it;
``AuthorProfile.follows_site`` tells front ends to say so.

Links. The store has one ``website`` column and no room yet for social links (no migration
in this change): it holds the website on its first line and one social link per following
line. ``get_author`` splits it, ``save_author`` joins it, and only the first line goes to
WordPress.

Own profile or someone else's. ``push_profile`` asks the site who the account is: its own
user is updated through ``/wp/v2/users/me`` (any role may), another user through
``/wp/v2/users/<id>``, which WordPress allows only with ``edit_users`` (administrators);
a refusal comes back as the client's ``FORBIDDEN`` error.

The editorial team is a byline, not a person: it has no profile here, and functions that
take an author id read ``None`` as "signed by the editorial team".
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlalchemy import func, or_, select

from newsdesk.domain import ArticleStatus, ArticleSummary, Author, Byline, Changes
from newsdesk.domain.errors import ErrorCode, NewsdeskError
from newsdesk.services.transfer import EDITORIAL_TEAM_LABEL
from newsdesk.store.articles import summaries
from newsdesk.store.schema import NAME_LENGTH, ArticleRow, AuthorRow
from newsdesk.text import normalise
from newsdesk.text.slug import slugify

if TYPE_CHECKING:
    from sqlalchemy.orm import Session
    from sqlalchemy.sql.elements import ColumnElement

    from newsdesk.store import Store
    from newsdesk.sync import RemoteUser, WordPressClient

# The author box under an article holds the name and about three lines of bio at the
# article column's width: about 250 characters, in Arabic and in English alike.
BIO_TARGET = 250
# Avatars are cached as square PNGs of this many pixels a side.
AVATAR_SIZE = 256
AVATAR_FOLDER = "avatars"
# What the site prints for an article signed by the editorial team (never a profile name).
EDITORIAL_TEAM_NAME = EDITORIAL_TEAM_LABEL
# The store's website column (String(500)) holds the website and the social links.
LINKS_LENGTH = 500
EMAIL_LENGTH = 254
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_EMAIL = re.compile(r"[^\s@\"(),:;<>\[\]\\]+@[^\s@\"(),:;<>\[\]\\]+")
_HOST_LABEL = re.compile(r"(?!-)[^\W_]([\w-]*[^\W_])?", re.UNICODE)


class ProfileField(StrEnum):
    """A field of the profile editor, as validation names it."""

    NAME = "name"
    NAME_LATIN = "name_latin"
    JOB_TITLE = "job_title"
    BIO = "bio"
    BIO_EN = "bio_en"
    EMAIL = "email"
    WEBSITE = "website"
    SOCIAL_LINKS = "social_links"


class ProfileProblem(StrEnum):
    """Why a field was refused."""

    EMPTY_NAME = "empty-name"
    NAME_TAKEN = "name-taken"
    NAME_RESERVED = "name-reserved"
    TOO_LONG = "too-long"
    BAD_EMAIL = "bad-email"
    BAD_URL = "bad-url"


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One refused field; ``position`` is the social link's index (else None)."""

    field: ProfileField
    problem: ProfileProblem
    position: int | None = None


class InvalidProfile(NewsdeskError):
    """Some profile fields were refused; nothing was saved."""

    def __init__(self, problems: tuple[FieldProblem, ...]) -> None:
        """Keep every problem; the detail lists them as ``field:problem``."""
        detail = ",".join(f"{item.field.value}:{item.problem.value}" for item in problems)
        super().__init__(ErrorCode.BAD_METADATA, detail)
        self.problems = problems


class AuthorNotOnSite(NewsdeskError):
    """The profile is linked to no WordPress user (pull users first)."""

    def __init__(self, author_id: int) -> None:
        """Name the author."""
        super().__init__(ErrorCode.REMOTE_NOT_FOUND, f"author {author_id}")


@dataclass(frozen=True, slots=True)
class ProfileFields:
    """What the profile editor writes (everything but the avatar)."""

    name: str
    name_latin: str = ""
    job_title: str = ""
    bio: str = ""
    bio_en: str = ""
    email: str = ""
    website: str = ""
    social_links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AuthorProfile:
    """A whole author profile, links split and the WordPress link kept."""

    id: int
    name: str
    name_latin: str = ""
    slug: str = ""
    job_title: str = ""
    bio: str = ""
    bio_en: str = ""
    email: str = ""
    website: str = ""
    social_links: tuple[str, ...] = ()
    avatar_path: str = ""
    remote_id: int | None = None

    @property
    def follows_site(self) -> bool:
        """Tell whether a pull replaces name and bio (linked, nothing local-only filled in)."""
        local = (self.name_latin, self.job_title, self.bio_en, self.email, self.website)
        return (
            self.remote_id is not None
            and not any(local)
            and not self.social_links
            and not self.avatar_path
        )

    def fields(self) -> ProfileFields:
        """Return the editable fields."""
        return ProfileFields(
            name=self.name,
            name_latin=self.name_latin,
            job_title=self.job_title,
            bio=self.bio,
            bio_en=self.bio_en,
            email=self.email,
            website=self.website,
            social_links=self.social_links,
        )

    def as_author(self) -> Author:
        """Return the domain author (what bylines and the author box use)."""
        return Author(
            id=self.id,
            name=self.name,
            name_latin=self.name_latin,
            job_title=self.job_title,
            bio=self.bio,
            bio_en=self.bio_en,
            email=self.email,
        )


@dataclass(frozen=True, slots=True)
class ProfilePush:
    """What the site holds after ``push_profile``, and which sent fields it changed."""

    user: RemoteUser
    own_profile: bool
    # Names of sent fields the site stored differently (e.g. ``&`` kept as ``&amp;``).
    differences: tuple[str, ...] = ()


# ---------------------------------------------------------------------- reading


def _join_links(website: str, social_links: tuple[str, ...]) -> str:
    if not social_links:
        return website
    return "\n".join((website, *social_links))


def _split_links(value: str) -> tuple[str, tuple[str, ...]]:
    lines = value.split("\n")
    return lines[0].strip(), tuple(line.strip() for line in lines[1:] if line.strip())


def _to_profile(row: AuthorRow) -> AuthorProfile:
    website, social = _split_links(row.website or "")
    return AuthorProfile(
        id=row.id,
        name=row.name,
        name_latin=row.name_latin or "",
        slug=row.slug or "",
        job_title=row.job_title or "",
        bio=row.bio or "",
        bio_en=row.bio_en or "",
        email=row.email or "",
        website=website,
        social_links=social,
        avatar_path=row.avatar_path or "",
        remote_id=row.remote_id,
    )


def _row(session: Session, author_id: int) -> AuthorRow:
    row = session.get(AuthorRow, author_id)
    if row is None:
        raise NewsdeskError(ErrorCode.NOT_FOUND, f"author {author_id}")
    return row


def get_author(store: Store, author_id: int) -> AuthorProfile:
    """Return one profile, or raise NOT_FOUND."""
    with store.transaction() as session:
        return _to_profile(_row(session, author_id))


def list_profiles(store: Store) -> list[AuthorProfile]:
    """Return every profile, by name."""
    with store.transaction() as session:
        rows = session.scalars(select(AuthorRow).order_by(AuthorRow.name, AuthorRow.id))
        return [_to_profile(row) for row in rows]


def matches(profile: AuthorProfile, query: str) -> bool:
    """Tell whether every normalised word of a query is in the Arabic or Latin name."""
    words = normalise(query).split()
    haystack = normalise(f"{profile.name} {profile.name_latin}")
    return all(word in haystack for word in words)


# ---------------------------------------------------------------------- validation


def _url_ok(url: str) -> bool:
    if any(character.isspace() for character in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # raises for a malformed port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if parts.username is not None or parts.password is not None:
        return False
    labels = host.rstrip(".").split(".")
    return all(_HOST_LABEL.fullmatch(label) for label in labels) or _is_ip(host)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _email_ok(email: str) -> bool:
    if len(email) > EMAIL_LENGTH or not _EMAIL.fullmatch(email):
        return False
    local, domain = email.rsplit("@", 1)
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    labels = domain.split(".")
    return len(labels) >= 2 and all(_HOST_LABEL.fullmatch(label) for label in labels)


def clean_fields(fields: ProfileFields) -> ProfileFields:
    """Strip every field and drop empty or repeated social links."""
    links = tuple(dict.fromkeys(link.strip() for link in fields.social_links if link.strip()))
    return ProfileFields(
        name=fields.name.strip(),
        name_latin=fields.name_latin.strip(),
        job_title=fields.job_title.strip(),
        bio=fields.bio.strip(),
        bio_en=fields.bio_en.strip(),
        email=fields.email.strip(),
        website=fields.website.strip(),
        social_links=links,
    )


def validate(fields: ProfileFields) -> tuple[FieldProblem, ...]:
    """Return what is wrong with cleaned fields (empty when they can be saved)."""
    problems: list[FieldProblem] = []
    if not fields.name:
        problems.append(FieldProblem(ProfileField.NAME, ProfileProblem.EMPTY_NAME))
    elif normalise(fields.name) == normalise(EDITORIAL_TEAM_NAME):
        problems.append(FieldProblem(ProfileField.NAME, ProfileProblem.NAME_RESERVED))
    for name, value in (
        (ProfileField.NAME, fields.name),
        (ProfileField.NAME_LATIN, fields.name_latin),
        (ProfileField.JOB_TITLE, fields.job_title),
    ):
        if len(value) > NAME_LENGTH:
            problems.append(FieldProblem(name, ProfileProblem.TOO_LONG))
    if fields.email and not _email_ok(fields.email):
        problems.append(FieldProblem(ProfileField.EMAIL, ProfileProblem.BAD_EMAIL))
    if fields.website and not _url_ok(fields.website):
        problems.append(FieldProblem(ProfileField.WEBSITE, ProfileProblem.BAD_URL))
    for position, link in enumerate(fields.social_links):
        if not _url_ok(link):
            problems.append(
                FieldProblem(ProfileField.SOCIAL_LINKS, ProfileProblem.BAD_URL, position)
            )
    if len(_join_links(fields.website, fields.social_links)) > LINKS_LENGTH:
        problems.append(FieldProblem(ProfileField.SOCIAL_LINKS, ProfileProblem.TOO_LONG))
    return tuple(problems)


def _name_taken(session: Session, author_id: int | None, fields: ProfileFields) -> list[str]:
    """Return the names another profile already uses (bylines pick authors by name)."""
    names = [name for name in (fields.name, fields.name_latin) if name]
    taken_by: ColumnElement[bool] = or_(AuthorRow.name.in_(names), AuthorRow.name_latin.in_(names))
    query = select(AuthorRow.name, AuthorRow.name_latin).where(taken_by)
    if author_id is not None:
        query = query.where(AuthorRow.id != author_id)
    used = {value for pair in session.execute(query) for value in pair if value}
    return [name for name in names if name in used]


def _problems_in(session: Session, author_id: int | None, fields: ProfileFields) -> None:
    problems = list(validate(fields))
    for name in _name_taken(session, author_id, fields):
        which = ProfileField.NAME if name == fields.name else ProfileField.NAME_LATIN
        problems.append(FieldProblem(which, ProfileProblem.NAME_TAKEN))
    if problems:
        raise InvalidProfile(tuple(problems))


# ---------------------------------------------------------------------- writing


def _apply(row: AuthorRow, fields: ProfileFields) -> None:
    row.name = fields.name
    row.name_latin = fields.name_latin
    row.job_title = fields.job_title
    row.bio = fields.bio
    row.bio_en = fields.bio_en
    row.email = fields.email
    row.website = _join_links(fields.website, fields.social_links)


def create_author(store: Store, fields: ProfileFields) -> int:
    """Add a profile known only here; return its id (raises InvalidProfile)."""
    cleaned = clean_fields(fields)
    with store.durable_transaction() as session:
        _problems_in(session, None, cleaned)
        row = AuthorRow(name=cleaned.name, slug=slugify(cleaned.name_latin or cleaned.name))
        _apply(row, cleaned)
        session.add(row)
        session.flush()
        return row.id


def save_author(store: Store, author_id: int, fields: ProfileFields) -> Changes:
    """Validate and store a profile's fields (raises InvalidProfile, nothing saved then)."""
    cleaned = clean_fields(fields)
    with store.durable_transaction() as session:
        row = _row(session, author_id)
        _problems_in(session, author_id, cleaned)
        _apply(row, cleaned)
    return Changes(authors={author_id})


def set_avatar(store: Store, author_id: int, png: bytes, data_dir: Path) -> Path:
    """Cache a square PNG (made by the front end) as the author's avatar; return its path.

    The file is named by the author and the image's hash, written beside its final name and
    renamed into place, so a reader never sees half a file; the previous cached avatar of
    the author is removed.
    """
    if not png.startswith(_PNG_SIGNATURE):
        raise NewsdeskError(ErrorCode.BAD_FORMAT, "avatar is not PNG")
    folder = Path(data_dir) / AVATAR_FOLDER
    digest = hashlib.sha256(png).hexdigest()[:16]
    target = folder / f"author-{author_id}-{digest}.png"
    with store.durable_transaction() as session:
        row = _row(session, author_id)
        previous = row.avatar_path
        try:
            folder.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            partial.write_bytes(png)
            os.replace(partial, target)
        except OSError:
            raise NewsdeskError(ErrorCode.OUTPUT_UNWRITABLE, str(target)) from None
        row.avatar_path = str(target)
    _forget_cached(previous, folder, keep=target)
    return target


def clear_avatar(store: Store, author_id: int, data_dir: Path) -> Changes:
    """Remove the author's avatar (and its cached file)."""
    with store.durable_transaction() as session:
        row = _row(session, author_id)
        previous = row.avatar_path
        row.avatar_path = ""
    _forget_cached(previous, Path(data_dir) / AVATAR_FOLDER, keep=None)
    return Changes(authors={author_id})


def _forget_cached(previous: str, folder: Path, keep: Path | None) -> None:
    """Delete an old avatar file, but only one newsdesk cached itself."""
    if not previous:
        return
    old = Path(previous)
    if old.parent.resolve() == folder.resolve() and old != keep:
        old.unlink(missing_ok=True)


# ---------------------------------------------------------------------- articles


def _signed_by(author_id: int | None) -> ColumnElement[bool]:
    """Select the articles under a byline: an author's, or the editorial team's (None)."""
    if author_id is None:
        return or_(ArticleRow.byline == Byline.EDITORIAL_TEAM.value, ArticleRow.author_id.is_(None))
    return (ArticleRow.byline == Byline.AUTHOR.value) & (ArticleRow.author_id == author_id)


def articles_by_status(store: Store, author_id: int | None) -> dict[ArticleStatus, int]:
    """Count the byline's articles in each workflow status (every status present, 0 or more)."""
    counts = dict.fromkeys(ArticleStatus, 0)
    with store.transaction() as session:
        rows = session.execute(
            select(ArticleRow.status, func.count())
            .where(_signed_by(author_id))
            .group_by(ArticleRow.status)
        ).all()
    for status, count in rows:
        counts[ArticleStatus(status)] = count
    return counts


def author_articles(store: Store, author_id: int | None) -> list[ArticleSummary]:
    """Return the byline's articles, newest change first."""
    with store.transaction() as session:
        return summaries(session, condition=_signed_by(author_id))


# ---------------------------------------------------------------------- WordPress


def site_fields(profile: AuthorProfile) -> dict[str, str]:
    """Return what WordPress gets of a profile: display name, bio and website."""
    return {"name": profile.name, "description": profile.bio.strip(), "url": profile.website}


def push_profile(store: Store, client: WordPressClient, author_id: int) -> ProfilePush:
    """Write the profile's name, bio and website to its WordPress user (see the module note)."""
    profile = get_author(store, author_id)
    if profile.remote_id is None:
        raise AuthorNotOnSite(author_id)
    sent = site_fields(profile)
    own = client.current_user().id == profile.remote_id
    user = client.update_me(sent) if own else client.update_user(profile.remote_id, sent)
    stored = {"name": user.name, "description": user.description, "url": user.url}
    differences = tuple(
        name for name, value in sent.items() if stored[name].rstrip("/") != value.rstrip("/")
    )
    return ProfilePush(user=user, own_profile=own, differences=differences)


__all__ = [
    "AVATAR_SIZE",
    "BIO_TARGET",
    "EDITORIAL_TEAM_NAME",
    "AuthorNotOnSite",
    "AuthorProfile",
    "FieldProblem",
    "InvalidProfile",
    "ProfileField",
    "ProfileFields",
    "ProfileProblem",
    "ProfilePush",
    "articles_by_status",
    "author_articles",
    "clean_fields",
    "clear_avatar",
    "create_author",
    "get_author",
    "list_profiles",
    "matches",
    "push_profile",
    "save_author",
    "set_avatar",
    "site_fields",
    "validate",
]
