"""Typed errors: layers below the UI raise codes, never user-visible sentences."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Why an operation failed; front ends turn the code into a message."""

    FILE_NOT_FOUND = "file-not-found"
    FILE_UNREADABLE = "file-unreadable"
    NOT_TEXT = "not-text"
    BAD_ENCODING = "bad-encoding"
    EMPTY_TITLE = "empty-title"
    BAD_METADATA = "bad-metadata"
    NOT_FOUND = "not-found"
    BAD_DATABASE_URL = "bad-database-url"
    DATABASE_UNAVAILABLE = "database-unavailable"
    DATABASE_TOO_NEW = "database-too-new"
    STORE_WRITE_FAILED = "store-write-failed"
    BAD_FORMAT = "bad-format"
    OUTPUT_UNWRITABLE = "output-unwritable"
    # WordPress sites and the network; the detail is WordPress's own error code when it sent one.
    BAD_SITE_URL = "bad-site-url"
    INSECURE_SITE_URL = "insecure-site-url"
    SERVER_UNREACHABLE = "server-unreachable"
    CONNECTION_LOST = "connection-lost"
    SERVER_TIMEOUT = "server-timeout"
    SERVER_ERROR = "server-error"
    RATE_LIMITED = "rate-limited"
    SERVER_NONSENSE = "server-nonsense"
    TLS_FAILED = "tls-failed"
    SITE_REDIRECTED = "site-redirected"
    NOT_WORDPRESS = "not-wordpress"
    APP_PASSWORDS_UNAVAILABLE = "app-passwords-unavailable"
    AUTH_FAILED = "auth-failed"
    FORBIDDEN = "forbidden"
    REMOTE_NOT_FOUND = "remote-not-found"
    REMOTE_REJECTED = "remote-rejected"
    # The application password's home.
    KEYRING_UNAVAILABLE = "keyring-unavailable"
    KEYRING_FAILED = "keyring-failed"
    CREDENTIAL_MISSING = "credential-missing"
    SYNC_CONFLICT = "sync-conflict"
    # Comment moderation.
    BAD_COMMENT_STATUS = "bad-comment-status"
    COMMENT_NOT_ON_SITE = "comment-not-on-site"
    EMPTY_COMMENT = "empty-comment"
    # Moving the data folder.
    DATA_FOLDER_FIXED = "data-folder-fixed"
    FOLDER_NOT_EMPTY = "folder-not-empty"
    COPY_MISMATCH = "copy-mismatch"
    STORE_IN_USE = "store-in-use"
    ACCOUNT_BUSY = "account-busy"
    # The local trash.
    ARTICLE_ON_SITE = "article-on-site"


class NewsdeskError(Exception):
    """An expected failure carrying a code and the detail needed to explain it."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        """Keep the code and a short machine-oriented detail (a path, an id)."""
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail
