"""newsdesk: a desktop newsroom editor for Arabic news sites."""

__version__ = "0.1.0"
