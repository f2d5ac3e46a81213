#!/usr/bin/env bash
# Refresh translations/*.ts from the user-interface sources (keeps existing translations).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/newsdesk/ui -name '*.py' | sort)
for ts in translations/*.ts; do
  .venv/bin/pyside6-lupdate "${sources[@]}" -no-obsolete -locations none -ts "$ts"
done
