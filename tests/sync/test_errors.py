"""Which remote failures are worth retrying."""

from __future__ import annotations

import pytest

from newsdesk.domain import ErrorCode
from newsdesk.sync import RemoteError


@pytest.mark.parametrize(
    "code",
    [
        ErrorCode.SERVER_UNREACHABLE,
        ErrorCode.CONNECTION_LOST,
        ErrorCode.SERVER_TIMEOUT,
        ErrorCode.SERVER_ERROR,
        ErrorCode.RATE_LIMITED,
        ErrorCode.SERVER_NONSENSE,
    ],
)
def test_remote_error_transient_codes_are_retryable(code):
    assert RemoteError(code).retryable


@pytest.mark.parametrize(
    "code",
    [
        ErrorCode.AUTH_FAILED,
        ErrorCode.FORBIDDEN,
        ErrorCode.REMOTE_NOT_FOUND,
        ErrorCode.REMOTE_REJECTED,
        ErrorCode.TLS_FAILED,
        ErrorCode.SITE_REDIRECTED,
        ErrorCode.NOT_WORDPRESS,
        ErrorCode.APP_PASSWORDS_UNAVAILABLE,
    ],
)
def test_remote_error_permanent_codes_are_not_retryable(code):
    assert not RemoteError(code).retryable


def test_remote_error_str_is_code_and_wordpress_code():
    error = RemoteError(ErrorCode.FORBIDDEN, "rest_cannot_publish", status=403)
    assert str(error) == "forbidden: rest_cannot_publish"
