"""Settings and filesystem locations."""

from newsdesk.config.paths import Paths, resolve_database_url, resolve_paths

__all__ = ["Paths", "resolve_database_url", "resolve_paths"]
