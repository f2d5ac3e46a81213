"""Application passwords in the system keyring, under service ``newsdesk``.

The key is ``<user name>@<site url>``. A keyring backend that would not keep the secret
safely (keyring's ``fail`` and ``null`` backends, keyrings.alt's plain-text files) is refused
with ``KEYRING_UNAVAILABLE``. For automation, ``NEWSDESK_WP_APP_PASSWORD`` is used instead
when it is set: it wins over the keyring and is never written anywhere.
"""

from __future__ import annotations

import hmac
import logging
import os
from enum import StrEnum
from typing import TYPE_CHECKING

import keyring
import keyring.errors
from keyring.backends.chainer import ChainerBackend

from newsdesk.domain.errors import ErrorCode, NewsdeskError
from newsdesk.sync.wordpress import normalise_site_url

if TYPE_CHECKING:
    from collections.abc import Mapping

    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "newsdesk"
PASSWORD_VARIABLE = "NEWSDESK_WP_APP_PASSWORD"
# Backends that do not keep a secret (fail, null) or keep it in clear text (keyrings.alt).
_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null")


class PasswordSource(StrEnum):
    """Where an application password lives."""

    KEYRING = "keyring"
    ENVIRONMENT = "environment"


def credential_key(username: str, site_url: str) -> str:
    """Return the keyring user name for an account: ``<user>@<site url>``."""
    return f"{username}@{normalise_site_url(site_url)}"


def is_safe_backend(backend: KeyringBackend) -> bool:
    """Tell whether a keyring backend keeps secrets safely (not fail, null or plain text)."""
    if isinstance(backend, ChainerBackend):
        # A chain writes to its first backend and reads from any: every link must be safe.
        chained = list(backend.backends)
        return bool(chained) and all(is_safe_backend(inner) for inner in chained)
    module = type(backend).__module__
    if module.startswith(_UNSAFE_MODULES):
        return False
    return not (module.startswith("keyrings.alt") and "Plaintext" in type(backend).__name__)


class CredentialStore:
    """Store, load and delete application passwords."""

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """Use the given keyring backend (default: keyring's active one) and environment."""
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._environ = environ if environ is not None else os.environ

    @property
    def backend_name(self) -> str:
        """Name the keyring backend in use, for the explanation the UI gives."""
        return f"{type(self._backend).__module__}.{type(self._backend).__name__}"

    @property
    def usable(self) -> bool:
        """Tell whether the keyring backend may hold passwords."""
        return is_safe_backend(self._backend)

    def _from_environment(self) -> str | None:
        value = self._environ.get(PASSWORD_VARIABLE, "")
        return value or None

    def store(self, username: str, site_url: str, password: str) -> PasswordSource:
        """Keep the password in the keyring; the environment's own password is never stored."""
        key = credential_key(username, site_url)
        from_env = self._from_environment()
        if from_env is not None and hmac.compare_digest(from_env, password):
            return PasswordSource.ENVIRONMENT
        if not self.usable:
            raise NewsdeskError(ErrorCode.KEYRING_UNAVAILABLE, self.backend_name)
        try:
            self._backend.set_password(SERVICE, key, password)
        except keyring.errors.KeyringError as error:
            raise NewsdeskError(ErrorCode.KEYRING_FAILED, type(error).__name__) from None
        log.info("stored the application password for %s in %s", key, self.backend_name)
        return PasswordSource.KEYRING

    def load(self, username: str, site_url: str) -> str:
        """Return the password: the environment's when set, else the keyring's."""
        key = credential_key(username, site_url)
        from_env = self._from_environment()
        if from_env is not None:
            return from_env
        if not self.usable:
            raise NewsdeskError(ErrorCode.KEYRING_UNAVAILABLE, self.backend_name)
        try:
            password = self._backend.get_password(SERVICE, key)
        except keyring.errors.KeyringError as error:
            raise NewsdeskError(ErrorCode.KEYRING_FAILED, type(error).__name__) from None
        if password is None:
            raise NewsdeskError(ErrorCode.CREDENTIAL_MISSING, key)
        return password

    def delete(self, username: str, site_url: str) -> None:
        """Forget the password (nothing to do when none was stored)."""
        key = credential_key(username, site_url)
        if not self.usable:
            return
        try:
            self._backend.delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as error:
            raise NewsdeskError(ErrorCode.KEYRING_FAILED, type(error).__name__) from None
