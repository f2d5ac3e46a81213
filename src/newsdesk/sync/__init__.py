"""WordPress sync: the REST client, JSON <-> dataclasses, and application passwords."""

from newsdesk.sync.credentials import (
    PASSWORD_VARIABLE,
    SERVICE,
    CredentialStore,
    PasswordSource,
    credential_key,
    is_safe_backend,
)
from newsdesk.sync.errors import RETRYABLE, RemoteError
from newsdesk.sync.mapping import (
    Account,
    Media,
    PushStatus,
    RemoteComment,
    RemotePost,
    RemoteUser,
    Term,
    add_marker,
    comment_status,
    comment_status_value,
    marker_comment,
    post_payload,
    split_marker,
)
from newsdesk.sync.wordpress import (
    WordPressClient,
    is_loopback_host,
    is_loopback_http,
    normalise_site_url,
    retry_after_seconds,
)

__all__ = [
    "PASSWORD_VARIABLE",
    "RETRYABLE",
    "SERVICE",
    "Account",
    "CredentialStore",
    "Media",
    "PasswordSource",
    "PushStatus",
    "RemoteComment",
    "RemoteError",
    "RemotePost",
    "RemoteUser",
    "Term",
    "WordPressClient",
    "add_marker",
    "comment_status",
    "comment_status_value",
    "credential_key",
    "is_loopback_host",
    "is_loopback_http",
    "is_safe_backend",
    "marker_comment",
    "normalise_site_url",
    "post_payload",
    "retry_after_seconds",
    "split_marker",
]
