"""The client's requests and its classification of failures, on a scripted transport.

Real WordPress behaviour is tested in tests/integration; here httpx.MockTransport shapes the
failures a real server rarely shows on demand (503, 429, garbage, a lying server).
"""

from __future__ import annotations

import base64
import logging
import ssl
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import httpx
import pytest

from newsdesk import __version__
from newsdesk.domain import ErrorCode, NewsdeskError
from newsdesk.sync import RemoteError, WordPressClient
from tests.sync import samples

if TYPE_CHECKING:
    from collections.abc import Callable

SITE = "https://news.example"
PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX"


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> WordPressClient:
    return WordPressClient(SITE, "editor", PASSWORD, transport=httpx.MockTransport(handler))


def _route(request: httpx.Request) -> str:
    return request.url.params.get("rest_route", "")


def _failure(response: httpx.Response) -> RemoteError:
    with _client(lambda request: response) as client, pytest.raises(RemoteError) as caught:
        client.get_post(42)
    return caught.value


def _raising(error: Exception) -> RemoteError:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    with _client(handler) as client, pytest.raises(RemoteError) as caught:
        client.get_post(42)
    return caught.value


def _verify_site(routes: dict[str, httpx.Response]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return routes.get(_route(request), samples.wp_error(404, "rest_no_route"))

    return handler


# ---------------------------------------------------------------- requests


def test_client_sends_basic_auth_with_the_app_password():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return samples.json_response(200, samples.post())

    with _client(handler) as client:
        client.get_post(42)
    expected = base64.b64encode(f"editor:{PASSWORD}".encode()).decode()
    assert seen[0].headers["Authorization"] == f"Basic {expected}"


def test_client_names_itself_in_the_user_agent():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return samples.json_response(200, samples.post())

    with _client(handler) as client:
        client.get_post(42)
    assert seen[0].headers["User-Agent"] == f"newsdesk/{__version__}"


def test_client_addresses_routes_with_rest_route():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return samples.json_response(200, samples.post())

    with _client(handler) as client:
        client.get_post(42)
    assert (seen[0].url.path, _route(seen[0]), seen[0].url.params["context"]) == (
        "/",
        "/wp/v2/posts/42",
        "edit",
    )


def test_client_has_timeouts_on_every_phase():
    with _client(lambda request: samples.json_response(200, {})) as client:
        timeout = client._http.timeout
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)


def test_client_repr_hides_the_password():
    with _client(lambda request: samples.json_response(200, {})) as client:
        assert PASSWORD not in repr(client)


def test_client_never_logs_the_password(caplog):
    caplog.set_level(logging.DEBUG)
    client = _client(lambda request: samples.wp_error(401, "rest_not_logged_in"))
    with client, pytest.raises(RemoteError):
        client.verify()
    encoded = base64.b64encode(f"editor:{PASSWORD}".encode()).decode()
    assert [text for text in (PASSWORD, encoded, "ijkl") if text in caplog.text] == []


def test_list_posts_asks_oldest_change_first_with_modified_after_in_utc():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return samples.json_response(200, [], {"X-WP-TotalPages": "0"})

    cursor = datetime.fromisoformat("2026-11-29T21:39:45+03:00")
    with _client(handler) as client:
        client.list_posts(modified_after=cursor)
    params = seen[0].url.params
    assert (params["modified_after"], params["status"], params["orderby"], params["order"]) == (
        "2026-11-29T18:39:45Z",
        "any",
        "id",
        "asc",
    )


def test_list_posts_refuses_a_naive_modified_after():
    client = _client(lambda request: samples.json_response(200, []))
    with client, pytest.raises(ValueError, match="aware"):
        client.list_posts(modified_after=datetime(2026, 1, 1))


def test_list_posts_pages_through_x_wp_totalpages():
    pages: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = request.url.params["page"]
        pages.append(page)
        body = [samples.post(id=int(page) * 10 + n) for n in range(2)]
        return samples.json_response(200, body, {"X-WP-TotalPages": "3"})

    with _client(handler) as client:
        posts = client.list_posts()
    assert (pages, [post.id for post in posts]) == (["1", "2", "3"], [10, 11, 20, 21, 30, 31])


def test_list_posts_stops_when_the_last_page_vanished():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "2":
            return samples.wp_error(400, "rest_post_invalid_page_number")
        return samples.json_response(200, [samples.post()], {"X-WP-TotalPages": "2"})

    with _client(handler) as client:
        assert [post.id for post in client.list_posts()] == [42]


def test_list_posts_refuses_a_garbled_total_pages_header():
    response = samples.json_response(200, [samples.post()], {"X-WP-TotalPages": "many"})
    with _client(lambda request: response) as client, pytest.raises(RemoteError) as caught:
        client.list_posts()
    assert caught.value.code is ErrorCode.SERVER_NONSENSE


def test_find_post_by_marker_ignores_posts_that_only_mention_the_uid():
    uid = "45fd3a22-02bb-43f7-81cb-36b061a54710"
    mention = samples.post(id=7, content={"raw": f"<p>{uid}</p>", "rendered": ""})
    body = [mention, samples.post(id=42)]
    response = samples.json_response(200, body, {"X-WP-TotalPages": "1"})
    with _client(lambda request: response) as client:
        found = client.find_post_by_marker(uid)
    assert found is not None
    assert found.id == 42


def test_find_post_by_marker_takes_the_oldest_of_duplicates():
    body = [samples.post(id=50), samples.post(id=42)]
    response = samples.json_response(200, body, {"X-WP-TotalPages": "1"})
    with _client(lambda request: response) as client:
        found = client.find_post_by_marker("45fd3a22-02bb-43f7-81cb-36b061a54710")
    assert found is not None
    assert found.id == 42


def test_ensure_category_fetches_the_term_a_concurrent_create_made():
    term = {"id": 2, "name": "سياسة", "slug": "x", "taxonomy": "category", "parent": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return samples.wp_error(400, "term_exists", term_id=2)
        if _route(request) == "/wp/v2/categories/2":
            return samples.json_response(200, term)
        return samples.json_response(200, [], {"X-WP-TotalPages": "0"})

    with _client(handler) as client:
        assert client.ensure_category("سياسة").id == 2


def test_ensure_tag_searches_the_escaped_name():
    seen: list[str] = []
    tag = {"id": 4, "name": "R&amp;D", "slug": "rd", "taxonomy": "post_tag", "parent": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params.get("search", ""))
        return samples.json_response(200, [tag], {"X-WP-TotalPages": "1"})

    with _client(handler) as client:
        found = client.ensure_tag("R&D")
    assert (seen, found.id) == (["R&amp;D"], 4)


def test_upload_media_of_a_missing_file_is_file_not_found(tmp_path):
    client = _client(lambda request: samples.json_response(201, {}))
    with client, pytest.raises(NewsdeskError) as caught:
        client.upload_media(tmp_path / "missing.png", "x")
    assert caught.value.code is ErrorCode.FILE_NOT_FOUND


# ---------------------------------------------------------------- verify


def test_verify_checks_users_me_even_when_the_index_answers():
    routes = {
        "/": samples.json_response(200, samples.INDEX),
        "/wp/v2/users/me": samples.wp_error(401, "rest_not_logged_in"),
    }
    with _client(_verify_site(routes)) as client, pytest.raises(RemoteError) as caught:
        client.verify()
    assert (caught.value.code, caught.value.detail) == (
        ErrorCode.AUTH_FAILED,
        "rest_not_logged_in",
    )


def test_verify_reports_application_passwords_switched_off():
    index = {**samples.INDEX, "authentication": []}
    routes = {
        "/": samples.json_response(200, index),
        "/wp/v2/users/me": samples.wp_error(401, "rest_not_logged_in"),
    }
    with _client(_verify_site(routes)) as client, pytest.raises(RemoteError) as caught:
        client.verify()
    assert caught.value.code is ErrorCode.APP_PASSWORDS_UNAVAILABLE


def test_verify_reads_the_site_language_for_administrators():
    me = {**samples.ME, "capabilities": {"manage_options": True}}
    routes = {
        "/": samples.json_response(200, samples.INDEX),
        "/wp/v2/users/me": samples.json_response(200, me),
        "/wp/v2/settings": samples.json_response(200, {"language": "ar"}),
    }
    with _client(_verify_site(routes)) as client:
        assert client.verify().language == "ar"


def test_verify_of_a_site_that_is_not_wordpress():
    page = httpx.Response(200, text="<html><body>Welcome</body></html>")
    with _client(lambda request: page) as client, pytest.raises(RemoteError) as caught:
        client.verify()
    assert (caught.value.code, caught.value.retryable) == (ErrorCode.NOT_WORDPRESS, False)


def test_verify_refuses_a_lying_users_me():
    # A cache or a broken plugin answering 200 with something that is not the user.
    routes = {
        "/": samples.json_response(200, samples.INDEX),
        "/wp/v2/users/me": samples.json_response(200, [samples.ME]),
    }
    with _client(_verify_site(routes)) as client, pytest.raises(RemoteError) as caught:
        client.verify()
    assert caught.value.code is ErrorCode.SERVER_NONSENSE


# ---------------------------------------------------------------- failures


def test_failure_503_with_retry_after_is_retryable():
    error = _failure(httpx.Response(503, headers={"Retry-After": "120"}, text="busy"))
    assert (error.code, error.retryable, error.retry_after, error.status) == (
        ErrorCode.SERVER_ERROR,
        True,
        120.0,
        503,
    )


def test_failure_429_keeps_retry_after():
    error = _failure(httpx.Response(429, headers={"Retry-After": "7"}))
    assert (error.code, error.retryable, error.retry_after) == (ErrorCode.RATE_LIMITED, True, 7.0)


def test_failure_500_keeps_the_wordpress_code():
    error = _failure(samples.wp_error(500, "db_update_error"))
    assert (error.code, error.detail, error.retryable) == (
        ErrorCode.SERVER_ERROR,
        "db_update_error",
        True,
    )


def test_failure_500_of_an_unacceptable_upload_is_permanent():
    error = _failure(samples.wp_error(500, "rest_upload_unknown_error"))
    assert (error.code, error.retryable) == (ErrorCode.REMOTE_REJECTED, False)


@pytest.mark.parametrize(
    ("status", "wp_code", "code"),
    [
        (401, "rest_not_logged_in", ErrorCode.AUTH_FAILED),
        (401, "incorrect_password", ErrorCode.AUTH_FAILED),
        (403, "rest_cannot_create", ErrorCode.FORBIDDEN),
        (403, "rest_cannot_publish", ErrorCode.FORBIDDEN),
        (404, "rest_post_invalid_id", ErrorCode.REMOTE_NOT_FOUND),
        (400, "rest_invalid_param", ErrorCode.REMOTE_REJECTED),
        (410, "rest_already_trashed", ErrorCode.REMOTE_REJECTED),
    ],
)
def test_failure_4xx_is_permanent_with_the_wordpress_code(status, wp_code, code):
    error = _failure(samples.wp_error(status, wp_code))
    assert (error.code, error.detail, error.retryable, error.status) == (
        code,
        wp_code,
        False,
        status,
    )


def test_failure_redirect_is_not_followed():
    error = _failure(httpx.Response(301, headers={"Location": "https://www.news.example/"}))
    assert (error.code, error.detail) == (ErrorCode.SITE_REDIRECTED, "https://www.news.example/")


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html><title>502 Bad Gateway</title></html>"),
        httpx.Response(200, content=b'{"id": 42, "title": {"raw": "tr'),
        httpx.Response(200, content=b"\xff\xfe not json"),
        httpx.Response(200, content=b""),
        samples.json_response(200, {"id": 42}),
        samples.json_response(200, [samples.POST]),
    ],
    ids=["html", "truncated", "binary", "empty", "missing-fields", "list-for-object"],
)
def test_failure_nonsense_answer_is_retryable(response):
    error = _failure(response)
    assert (error.code, error.retryable) == (ErrorCode.SERVER_NONSENSE, True)


@pytest.mark.parametrize(
    ("raised", "code"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), ErrorCode.SERVER_UNREACHABLE),
        (httpx.ConnectTimeout("timed out"), ErrorCode.SERVER_TIMEOUT),
        (httpx.ReadTimeout("timed out"), ErrorCode.SERVER_TIMEOUT),
        (httpx.RemoteProtocolError("Server disconnected"), ErrorCode.CONNECTION_LOST),
        (httpx.ReadError("Connection reset by peer"), ErrorCode.CONNECTION_LOST),
    ],
)
def test_failure_of_the_network_is_retryable(raised, code):
    error = _raising(raised)
    assert (error.code, error.retryable) == (code, True)


def test_failure_of_the_certificate_is_permanent():
    cause = ssl.SSLCertVerificationError(1, "certificate verify failed")
    try:
        raise httpx.ConnectError("certificate verify failed") from cause
    except httpx.ConnectError as wrapped:
        error = _raising(wrapped)
    assert (error.code, error.retryable) == (ErrorCode.TLS_FAILED, False)


def test_failure_message_never_holds_the_password():
    error = _failure(samples.wp_error(401, "rest_not_logged_in"))
    assert PASSWORD not in f"{error} {error!r} {error.detail}"


def test_failure_retry_after_as_http_date_is_seconds_from_now():
    later = datetime.now(UTC).replace(microsecond=0).timestamp() + 3600
    stamp = datetime.fromtimestamp(later, UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    error = _failure(httpx.Response(429, headers={"Retry-After": stamp}))
    assert error.retry_after is not None
    assert 3500 < error.retry_after <= 3600
