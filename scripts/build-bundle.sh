#!/usr/bin/env bash
# Build the self-contained one-folder bundle dist/newsdesk/ with PyInstaller
# (packaging/pyinstaller/newsdesk.spec). Run from anywhere; sets the project up first if
# .venv or the compiled translations are missing, and installs PyInstaller into .venv.
# Writes only build/pyinstaller/ and dist/newsdesk/ (both git-ignored).
# Usage: bash scripts/build-bundle.sh
# Run the result: dist/newsdesk/newsdesk [--lang ar|en] [COMMAND ...]
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_REQUIREMENT=${PYINSTALLER_REQUIREMENT:-"pyinstaller>=6.10,<7"}

if [ ! -x .venv/bin/python ] || ! compgen -G "src/newsdesk/ui/i18n/*.qm" >/dev/null; then
  echo "build-bundle: setting the project up first (scripts/setup.sh)"
  bash scripts/setup.sh
fi

if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "build-bundle: installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "$PYINSTALLER_REQUIREMENT"
fi

# PyInstaller needs the shared libpython. Debian's python3 links it statically and ships
# the shared one in a separate package.
read -r py_version py_shared < <(.venv/bin/python -c \
  "import sys, sysconfig; print(f'{sys.version_info[0]}.{sys.version_info[1]}', sysconfig.get_config_var('Py_ENABLE_SHARED') or 0)")
if [ "$py_shared" = "0" ] && ! ldconfig -p 2>/dev/null | grep -q "libpython$py_version\.so\.1"; then
  if command -v apt-get >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "build-bundle: installing libpython$py_version (PyInstaller needs the shared library)"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "libpython$py_version"
  else
    echo "build-bundle: install the shared libpython$py_version for PyInstaller" >&2
  fi
fi

start=$(date +%s)
rm -rf dist/newsdesk
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/newsdesk.spec
end=$(date +%s)

[ -x dist/newsdesk/newsdesk ] || { echo "build-bundle: dist/newsdesk/newsdesk was not built" >&2; exit 1; }
echo "build-bundle: dist/newsdesk built in $((end - start)) s, $(du -sh dist/newsdesk | cut -f1)"
