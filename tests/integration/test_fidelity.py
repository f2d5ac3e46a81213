"""An Arabic article using every canonical block and inline kind, pushed as each role."""

from __future__ import annotations

import pytest

from newsdesk.domain import ErrorCode, RevisionKind
from newsdesk.services import articles, editing, publishing
from newsdesk.store.articles import ArticleFields
from newsdesk.sync import CredentialStore, PushStatus, RemoteError, WordPressClient
from newsdesk.text.article_html import canonicalise
from tests.sync.test_credentials import MemoryKeyring

pytestmark = pytest.mark.wordpress

TITLE = "جولة جنيف: «تقدّم محدود» في ٢٠٢٦؟"
# Every block kind (p, h2, h3, h4, ul/li, ol/li, blockquote with p, read-also) and every
# inline kind (strong, em, code, a, br), each block with an explicit dir.
BODY = "\n".join(
    [
        '<h2 dir="rtl">المبعوث الأممي يعرض خطته</h2>',
        '<p dir="rtl">قال <strong>المبعوث</strong> إن «الحل» <em>سياسي</em>، وإن 3 &lt; 5؛'
        " أليس كذلك؟ الجولة رقم ٢٠٢٦ تبدأ غداً.<br>سطر ثانٍ بعد فاصل.</p>",
        '<p dir="ltr">هذه فقرة عربية في معظمها لكن اتجاهها مفروض من اليسار، مع Geneva.</p>',
        '<p dir="rtl">Geir Pedersen قال إن القرار <code>2254</code> «أساس الحل» &amp; المرجع.</p>',
        '<h3 dir="rtl">خلفية</h3>',
        '<h4 dir="ltr">Background in English</h4>',
        '<ul dir="rtl">',
        '<li dir="rtl">البند الأول، مع <a href="https://example.org/ar?a=1&amp;b=2">رابط</a></li>',
        '<li dir="ltr">Second item, left to right</li>',
        "</ul>",
        '<ol dir="rtl">',
        '<li dir="rtl">الخطوة ١</li>',
        '<li dir="rtl">الخطوة ٢: <strong><em>مؤكدة</em></strong></li>',
        "</ol>",
        '<blockquote dir="rtl">',
        '<p dir="rtl">«لن نتراجع»، قال المتحدث.</p>',
        '<p dir="ltr">"We will not step back."</p>',
        "</blockquote>",
        '<p class="read-also" dir="rtl">اقرأ أيضاً:'
        ' <a href="https://example.org/x">خبر سابق</a></p>',
    ]
)


def _account(store, wordpress, login: str):
    """Add one of the site's users as an account; return (account, connect)."""
    credentials = CredentialStore(MemoryKeyring(), environ={})
    password = wordpress.users[login].app_password
    with WordPressClient(wordpress.base_url, login, password) as client:
        account = publishing.add_account(store, credentials, client, password)
    return account, publishing.connector(store, credentials)


def _article(store) -> int:
    article_id = editing.new_draft(store)
    editing.save_article(
        store, article_id, ArticleFields(title=TITLE, body_html=BODY), RevisionKind.SAVE
    )
    return article_id


def test_body_is_canonical():
    assert canonicalise(BODY) == BODY


def test_editor_round_trip_is_byte_exact(store, wordpress, wp_client):
    account, connect = _account(store, wordpress, "editor")
    article_id = _article(store)
    assert articles.get_article(store, article_id).body_html == BODY
    with connect(account.id) as client:
        differences = publishing.push_article(store, client, article_id, account.id)
    assert differences == []
    remote_id = publishing.article_sync_state(store, article_id)[0]
    post = wp_client("editor").get_post(remote_id)
    assert post.body_html == BODY
    assert post.title_raw == TITLE


def test_author_round_trip_is_exact_because_canonical_html_survives_kses(
    store, wordpress, wp_client
):
    """Observed on WordPress 6.1: an author (no ``unfiltered_html``) has kses run on save, yet
    the canonical body comes back byte for byte: it only uses tags and attributes kses allows
    (p/h2-h4/ul/ol/li/blockquote with ``dir``, p ``class``, strong/em/code/a href/br) and it
    entity-encodes ``&`` and ``<`` itself, so there is nothing for kses to change (``<br>``
    stays ``<br>``; only a self-closed ``<br/>`` would become ``<br />``). ``push_article``
    therefore reports no differences. That kses is really active for this account is shown
    by a raw ``3 < 5`` sent outside the canonical form, which loses text (``<p>3 </p>``).
    """
    account, connect = _account(store, wordpress, "author")
    article_id = _article(store)
    with connect(account.id) as client:
        differences = publishing.push_article(store, client, article_id, account.id)
    assert differences == []
    remote_id = publishing.article_sync_state(store, article_id)[0]
    author = wp_client("author")
    post = author.get_post(remote_id)
    assert (post.body_html, post.title_raw) == (BODY, TITLE)
    assert publishing.article_sync_state(store, article_id)[2] == []
    raw = author.create_post({"title": "kses", "content": "<p>3 < 5 و 7 > 2</p>"})
    assert author.get_post(raw.id).content_raw == "<p>3  2</p>"


def test_author_title_with_ampersand_is_encoded_and_reported(store, wordpress, wp_client):
    """Observed: kses encodes a bare ``&`` in an author's title as ``&amp;`` (an editor's
    title is kept as sent); ``push_article`` reports ``["title"]``. The body is untouched."""
    title = "لافروف & بلينكن"
    for login, kept, reported in (
        ("editor", title, []),
        ("author", "لافروف &amp; بلينكن", ["title"]),
    ):
        account, connect = _account(store, wordpress, login)
        article_id = editing.new_draft(store)
        editing.save_article(
            store, article_id, ArticleFields(title=title, body_html=BODY), RevisionKind.SAVE
        )
        with connect(account.id) as client:
            differences = publishing.push_article(store, client, article_id, account.id)
        post = wp_client(login).get_post(publishing.article_sync_state(store, article_id)[0])
        assert (post.title_raw, post.body_html, differences) == (kept, BODY, reported), login


def test_contributor_can_draft_and_submit_but_not_publish(store, wordpress, wp_client):
    account, connect = _account(store, wordpress, "contributor")
    article_id = _article(store)
    with connect(account.id) as client:
        assert publishing.push_article(store, client, article_id, account.id) == []
        remote_id = publishing.article_sync_state(store, article_id)[0]
        assert client.get_post(remote_id).status == "draft"
        publishing.push_article(store, client, article_id, account.id, PushStatus.PENDING)
        assert client.get_post(remote_id).status == "pending"
        with pytest.raises(RemoteError) as caught:
            client.update_post(remote_id, {"status": "publish"})
    error = caught.value
    assert (error.code, error.detail, error.status, error.retryable) == (
        ErrorCode.FORBIDDEN,
        "rest_cannot_publish",
        403,
        False,
    )
    assert wp_client("editor").get_post(remote_id).status == "pending"
