"""The project's own WordPress on 127.0.0.1: up.sh/down.sh and their Python launcher."""
