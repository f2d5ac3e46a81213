#!/usr/bin/env bash
# Set everything up, make sure the embedded store has the demo content, open the window.
# Extra arguments go to newsdesk, e.g. bash scripts/run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/newsdesk demo
exec .venv/bin/newsdesk "$@"
