"""Typed failures of a WordPress exchange, split into retryable and permanent ones."""

from __future__ import annotations

from newsdesk.domain.errors import ErrorCode, NewsdeskError

# Failures that may go away by themselves: try the same request again later.
RETRYABLE = frozenset(
    {
        ErrorCode.SERVER_UNREACHABLE,
        ErrorCode.CONNECTION_LOST,
        ErrorCode.SERVER_TIMEOUT,
        ErrorCode.SERVER_ERROR,
        ErrorCode.RATE_LIMITED,
        ErrorCode.SERVER_NONSENSE,
    }
)


class RemoteError(NewsdeskError):
    """A WordPress request that failed; ``detail`` holds WordPress's own code when it sent one."""

    def __init__(
        self,
        code: ErrorCode,
        detail: str = "",
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        """Keep the code, WordPress's code, the HTTP status and any Retry-After in seconds."""
        super().__init__(code, detail)
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """Tell whether the same request may succeed when tried again later."""
        return self.code in RETRYABLE

    def __repr__(self) -> str:
        """Show the code, detail and status (never a request, so never a credential)."""
        return f"RemoteError({self.code.value!r}, {self.detail!r}, status={self.status!r})"
