#!/usr/bin/env bash
# Set everything up the same way as for running, make sure PostgreSQL is reachable,
# and run the whole test suite on SQLite and on PostgreSQL. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
source scripts/postgres.sh
ensure_postgres
# The WordPress integration tier (tests/integration) starts its own site from Debian's packages.
bash scripts/wordpress-deps.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
