"""Application passwords in the keyring, the refusal of unsafe backends, the env variable."""

from __future__ import annotations

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from newsdesk.domain import ErrorCode, NewsdeskError
from newsdesk.sync import (
    PASSWORD_VARIABLE,
    SERVICE,
    CredentialStore,
    PasswordSource,
    credential_key,
    is_safe_backend,
)

SITE = "https://news.example/"
SECRET = "abcd EFGH ijkl MNOP qrst UVWX"


class MemoryKeyring(KeyringBackend):
    """An in-process keyring that records what was written."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("not there")
        del self.items[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A keyring the user did not unlock."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backend, which writes passwords in clear text."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_credential_key_is_user_at_site_url():
    assert credential_key("editor", SITE) == "editor@https://news.example"


def test_store_writes_under_service_newsdesk():
    backend = MemoryKeyring()
    CredentialStore(backend, environ={}).store("editor", SITE, SECRET)
    assert backend.items == {(SERVICE, "editor@https://news.example"): SECRET}


def test_load_returns_the_stored_password():
    store = CredentialStore(MemoryKeyring(), environ={})
    store.store("editor", SITE, SECRET)
    assert store.load("editor", SITE) == SECRET


def test_load_of_an_unknown_account_is_credential_missing():
    with pytest.raises(NewsdeskError) as caught:
        CredentialStore(MemoryKeyring(), environ={}).load("editor", SITE)
    assert caught.value.code is ErrorCode.CREDENTIAL_MISSING


def test_delete_forgets_the_password():
    backend = MemoryKeyring()
    store = CredentialStore(backend, environ={})
    store.store("editor", SITE, SECRET)
    store.delete("editor", SITE)
    assert backend.items == {}


def test_delete_of_an_unknown_account_does_nothing():
    CredentialStore(MemoryKeyring(), environ={}).delete("editor", SITE)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()])
def test_is_safe_backend_refuses_fail_null_and_plaintext(backend):
    assert not is_safe_backend(backend)


def test_is_safe_backend_accepts_a_real_keyring():
    assert is_safe_backend(MemoryKeyring())


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()])
def test_store_on_an_unsafe_backend_is_refused(backend):
    with pytest.raises(NewsdeskError) as caught:
        CredentialStore(backend, environ={}).store("editor", SITE, SECRET)
    assert caught.value.code is ErrorCode.KEYRING_UNAVAILABLE


def test_store_on_plaintext_backend_writes_nothing():
    backend = PlaintextKeyring()
    with pytest.raises(NewsdeskError):
        CredentialStore(backend, environ={}).store("editor", SITE, SECRET)
    assert backend.items == {}


def test_load_on_an_unsafe_backend_is_refused():
    with pytest.raises(NewsdeskError) as caught:
        CredentialStore(fail.Keyring(), environ={}).load("editor", SITE)
    assert caught.value.code is ErrorCode.KEYRING_UNAVAILABLE


def test_load_on_an_unsafe_backend_uses_the_environment_variable():
    store = CredentialStore(fail.Keyring(), environ={PASSWORD_VARIABLE: SECRET})
    assert store.load("editor", SITE) == SECRET


def test_load_prefers_the_environment_variable_over_the_keyring():
    backend = MemoryKeyring()
    backend.set_password(SERVICE, "editor@https://news.example", "older one")
    store = CredentialStore(backend, environ={PASSWORD_VARIABLE: SECRET})
    assert store.load("editor", SITE) == SECRET


def test_store_never_writes_the_environment_password():
    backend = MemoryKeyring()
    store = CredentialStore(backend, environ={PASSWORD_VARIABLE: SECRET})
    source = store.store("editor", SITE, SECRET)
    assert (source, backend.items) == (PasswordSource.ENVIRONMENT, {})


def test_store_of_the_environment_password_works_without_a_keyring():
    store = CredentialStore(null.Keyring(), environ={PASSWORD_VARIABLE: SECRET})
    assert store.store("editor", SITE, SECRET) is PasswordSource.ENVIRONMENT


def test_store_on_a_locked_keyring_is_keyring_failed_without_the_password():
    with pytest.raises(NewsdeskError) as caught:
        CredentialStore(LockedKeyring(), environ={}).store("editor", SITE, SECRET)
    assert (caught.value.code, SECRET in str(caught.value)) == (ErrorCode.KEYRING_FAILED, False)


def test_load_on_a_locked_keyring_is_keyring_failed():
    with pytest.raises(NewsdeskError) as caught:
        CredentialStore(LockedKeyring(), environ={}).load("editor", SITE)
    assert caught.value.code is ErrorCode.KEYRING_FAILED


@pytest.fixture
def process_keyring():
    """Make an in-memory keyring the process's active backend for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_store_uses_the_process_keyring_by_default(process_keyring):
    CredentialStore(environ={}).store("editor", SITE, SECRET)
    assert process_keyring.items == {(SERVICE, "editor@https://news.example"): SECRET}
