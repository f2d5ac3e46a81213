"""Removing an account: the row and its keyring password go, unless work still waits."""

from __future__ import annotations

import pytest

from newsdesk.domain import ErrorCode, NewsdeskError
from newsdesk.services import publishing
from newsdesk.store.schema import AccountRow, OutboxRow
from newsdesk.sync import CredentialStore
from tests.sync.test_credentials import MemoryKeyring

SITE = "https://news.example"


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


def _account(store, credentials: CredentialStore) -> int:
    with store.transaction() as session:
        row = AccountRow(site_url=SITE, username="editor", user_id=3, display_name="المحررة")
        session.add(row)
        session.flush()
        account_id = row.id
    credentials.store("editor", SITE, "abcd efgh ijkl mnop qrst uvwx")
    return account_id


def test_removed_account_leaves_no_password_behind(store, keyring_backend):
    credentials = CredentialStore(keyring_backend, environ={})
    account_id = _account(store, credentials)
    assert keyring_backend.items
    publishing.remove_account(store, credentials, account_id)
    assert publishing.list_accounts(store) == []
    assert keyring_backend.items == {}


def test_account_with_work_waiting_is_kept(store, keyring_backend):
    credentials = CredentialStore(keyring_backend, environ={})
    account_id = _account(store, credentials)
    with store.transaction() as session:
        session.add(
            OutboxRow(
                entity_type="article",
                entity_id=1,
                operation="push",
                payload={"account_id": account_id, "status": "draft"},
            )
        )
    with pytest.raises(NewsdeskError) as refused:
        publishing.remove_account(store, credentials, account_id)
    assert (refused.value.code, refused.value.detail) == (ErrorCode.ACCOUNT_BUSY, "1")
    assert [known.id for known in publishing.list_accounts(store)] == [account_id]
    assert keyring_backend.items


def test_unknown_account_is_not_found(store, keyring_backend):
    with pytest.raises(NewsdeskError) as refused:
        publishing.remove_account(store, CredentialStore(keyring_backend, environ={}), 99)
    assert refused.value.code is ErrorCode.NOT_FOUND
