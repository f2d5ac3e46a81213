"""Which site addresses the client accepts: https everywhere, http only on loopback."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.domain import ErrorCode, NewsdeskError
from newsdesk.sync import (
    WordPressClient,
    is_loopback_host,
    is_loopback_http,
    normalise_site_url,
    retry_after_seconds,
)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "localhost", "LocalHost", "[::1]"])
def test_is_loopback_host_accepts_loopback(host):
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["10.0.0.1", "news.example", "localhost.news.example", "::2"])
def test_is_loopback_host_refuses_other_hosts(host):
    assert not is_loopback_host(host)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8081", True),
        ("http://localhost/wp", True),
        ("http://[::1]:8080/", True),
        ("https://127.0.0.1:8443", False),
        ("https://news.example", False),
    ],
)
def test_is_loopback_http_flags_plain_http_on_loopback(url, expected):
    assert is_loopback_http(url) is expected


def test_normalise_site_url_drops_the_trailing_slash():
    assert normalise_site_url(" https://News.Example/site/ ") == "https://news.example/site"


def test_normalise_site_url_refuses_http_to_another_host():
    with pytest.raises(NewsdeskError) as caught:
        normalise_site_url("http://news.example")
    assert (caught.value.code, caught.value.detail) == (
        ErrorCode.INSECURE_SITE_URL,
        "news.example",
    )


@pytest.mark.parametrize(
    "url",
    [
        "ftp://news.example",
        "news.example",
        "https://",
        "https://editor:secret@news.example",
        "https://news.example/?p=1",
        "https://news.example/#top",
        "https://news.example:99999",
    ],
)
def test_normalise_site_url_refuses_unusable_addresses(url):
    with pytest.raises(NewsdeskError) as caught:
        normalise_site_url(url)
    assert caught.value.code is ErrorCode.BAD_SITE_URL


def test_normalise_site_url_error_does_not_carry_a_password_in_the_url():
    with pytest.raises(NewsdeskError) as caught:
        normalise_site_url("https://editor:s3cret-pw@news.example")
    assert "s3cret-pw" not in str(caught.value)


def test_client_refuses_plain_http_to_a_remote_site():
    with pytest.raises(NewsdeskError) as caught:
        WordPressClient("http://news.example", "editor", "pw")
    assert caught.value.code is ErrorCode.INSECURE_SITE_URL


def test_client_on_loopback_http_says_so():
    with WordPressClient("http://127.0.0.1:8081", "editor", "pw") as client:
        assert client.is_loopback_http


def test_retry_after_seconds_reads_seconds():
    assert retry_after_seconds("120") == 120.0


def test_retry_after_seconds_reads_an_http_date():
    now = datetime(2026, 11, 29, 18, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("Sun, 29 Nov 2026 18:01:30 GMT", now) == 90.0


@pytest.mark.parametrize("value", [None, "", "soon"])
def test_retry_after_seconds_ignores_missing_or_garbled_values(value):
    assert retry_after_seconds(value) is None
