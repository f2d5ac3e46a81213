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
