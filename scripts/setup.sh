#!/usr/bin/env bash
# Set newsdesk up on Debian or Ubuntu: the system libraries Qt needs to open a window and
# shape Arabic, a virtual environment in .venv with newsdesk installed, and the compiled
# translations. Safe to run again. Usage: bash scripts/setup.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
EXTRAS=""
[ "${1:-}" = "--dev" ] && EXTRAS="[dev]"

# Qt's xcb platform plugin, EGL/GL, fontconfig, D-Bus, and Arabic + Latin fonts.
packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-noto-core fonts-noto-ui-core
)
"$PYTHON" -c "import ensurepip, venv" 2>/dev/null || packages+=(python3-venv)
# The end-to-end tests drive a real window on a virtual X server.
[ -n "$EXTRAS" ] && packages+=(xvfb xdotool)

if command -v dpkg-query >/dev/null; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
else
  echo "Not a Debian system: install Qt 6's xcb libraries and Noto Naskh Arabic yourself." >&2
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".$EXTRAS"

# Compiled translations live beside the code and are not kept in git.
mkdir -p src/newsdesk/ui/i18n
for ts in translations/*.ts; do
  name=$(basename "$ts" .ts)
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "src/newsdesk/ui/i18n/$name.qm"
done
echo "newsdesk is set up in .venv ($(.venv/bin/newsdesk --version))"
