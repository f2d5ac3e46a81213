"""Translated messages for the error codes the layers below the UI raise."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from newsdesk.domain import ErrorCode, NewsdeskError

_MESSAGES = {
    ErrorCode.FILE_NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "The file {detail} does not exist."),
    ErrorCode.FILE_UNREADABLE: QT_TRANSLATE_NOOP("Errors", "The file {detail} cannot be read."),
    ErrorCode.NOT_TEXT: QT_TRANSLATE_NOOP("Errors", "{detail} is not a text file."),
    ErrorCode.BAD_ENCODING: QT_TRANSLATE_NOOP("Errors", "{detail} is not UTF-8 text."),
    ErrorCode.EMPTY_TITLE: QT_TRANSLATE_NOOP("Errors", "The article has no title ({detail})."),
    ErrorCode.BAD_METADATA: QT_TRANSLATE_NOOP("Errors", "A metadata field is wrong: {detail}."),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "That article is no longer in the store."),
    ErrorCode.STORE_WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Errors", "The store refused the write ({detail}). Nothing was lost on screen."
    ),
    ErrorCode.OUTPUT_UNWRITABLE: QT_TRANSLATE_NOOP("Errors", "Cannot write {detail}."),
    ErrorCode.BAD_SITE_URL: QT_TRANSLATE_NOOP("Errors", "That is not a site address: {detail}."),
    ErrorCode.INSECURE_SITE_URL: QT_TRANSLATE_NOOP(
        "Errors", "Use https:// for a site on another computer ({detail})."
    ),
    ErrorCode.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Errors", "The site cannot be reached. newsdesk will try again."
    ),
    ErrorCode.CONNECTION_LOST: QT_TRANSLATE_NOOP(
        "Errors", "The connection to the site broke off. newsdesk will try again."
    ),
    ErrorCode.SERVER_TIMEOUT: QT_TRANSLATE_NOOP(
        "Errors", "The site took too long to answer. newsdesk will try again."
    ),
    ErrorCode.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "Errors", "The site had an internal error ({detail}). newsdesk will try again."
    ),
    ErrorCode.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "Errors", "The site asks newsdesk to slow down. It will try again later."
    ),
    ErrorCode.SERVER_NONSENSE: QT_TRANSLATE_NOOP(
        "Errors", "The site answered with something that is not WordPress data."
    ),
    ErrorCode.TLS_FAILED: QT_TRANSLATE_NOOP(
        "Errors", "The site's security certificate could not be verified."
    ),
    ErrorCode.SITE_REDIRECTED: QT_TRANSLATE_NOOP(
        "Errors", "The site moved to {detail}. Add the account with that address."
    ),
    ErrorCode.NOT_WORDPRESS: QT_TRANSLATE_NOOP(
        "Errors", "No WordPress REST API answers at that address."
    ),
    ErrorCode.APP_PASSWORDS_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Errors", "Application passwords are switched off on this site."
    ),
    ErrorCode.DATA_FOLDER_FIXED: QT_TRANSLATE_NOOP(
        "Errors", "The data folder is set by --data-dir or NEWSDESK_DATA_DIR; change that instead."
    ),
    ErrorCode.FOLDER_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "Errors", "Choose an empty folder outside the current data folder ({detail})."
    ),
    ErrorCode.ARTICLE_ON_SITE: QT_TRANSLATE_NOOP(
        "Errors",
        "This article is on the site. Trash it there; the next pull brings the trash here.",
    ),
    ErrorCode.ACCOUNT_BUSY: QT_TRANSLATE_NOOP(
        "Errors",
        "Some work still waits to be sent with this account ({detail}). Remove it afterwards.",
    ),
    ErrorCode.STORE_IN_USE: QT_TRANSLATE_NOOP(
        "Errors", "The store is open in another newsdesk. Close it, then try again."
    ),
    ErrorCode.COPY_MISMATCH: QT_TRANSLATE_NOOP(
        "Errors", "The copy did not match the store ({detail}). Nothing was moved."
    ),
    ErrorCode.AUTH_FAILED: QT_TRANSLATE_NOOP(
        "Errors", "The site refused the user name or application password."
    ),
    ErrorCode.FORBIDDEN: QT_TRANSLATE_NOOP(
        "Errors", "This account may not do that on the site ({detail})."
    ),
    ErrorCode.REMOTE_NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "The site has no such item."),
    ErrorCode.REMOTE_REJECTED: QT_TRANSLATE_NOOP(
        "Errors", "The site refused the request ({detail})."
    ),
    ErrorCode.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Errors",
        "There is no system keyring to keep the password in safely. Install and unlock one "
        "(GNOME Keyring, KWallet), or set NEWSDESK_WP_APP_PASSWORD for automation.",
    ),
    ErrorCode.KEYRING_FAILED: QT_TRANSLATE_NOOP(
        "Errors", "The system keyring refused the request."
    ),
    ErrorCode.CREDENTIAL_MISSING: QT_TRANSLATE_NOOP(
        "Errors", "No application password is stored for {detail}."
    ),
    ErrorCode.SYNC_CONFLICT: QT_TRANSLATE_NOOP(
        "Errors", "The article changed on the site since the last sync. Nothing was overwritten."
    ),
}
_FALLBACK = QT_TRANSLATE_NOOP("Errors", "Something went wrong ({code}).")


def error_message(error: Exception) -> str:
    """Return a translated one-line message for an error raised below the UI."""
    if not isinstance(error, NewsdeskError):
        return QCoreApplication.translate("Errors", _FALLBACK).format(code=type(error).__name__)
    template = _MESSAGES.get(error.code)
    if template is None:
        return QCoreApplication.translate("Errors", _FALLBACK).format(code=error.code.value)
    return QCoreApplication.translate("Errors", template).format(detail=error.detail or "—")
