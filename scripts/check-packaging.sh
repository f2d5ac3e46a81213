#!/usr/bin/env bash
# Check the Linux packaging end to end: the .desktop file and the AppStream metainfo
# validate, the icon sizes are there, the PyInstaller bundle builds, and the bundle runs
# (--version, demo content, a first paint offscreen in English and in Arabic) also with a
# bare environment that has no trace of the development virtualenv.
# Run on a clean clone after `bash scripts/setup.sh`. Exits non-zero on the first failure.
# Usage: bash scripts/check-packaging.sh
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=org.newsdesk.Newsdesk
DESKTOP=packaging/linux/$APP_ID.desktop
METAINFO=packaging/linux/$APP_ID.metainfo.xml
BUNDLE=dist/newsdesk
SMOKE_TIMEOUT=${SMOKE_TIMEOUT:-120}

step() { printf '\n== %s\n' "$*"; }
fail() { echo "check-packaging: $*" >&2; exit 1; }

# --- validators (Debian packages desktop-file-utils and appstream) ---------------------
missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || fail "install ${missing[*]} to validate the desktop files"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

step "desktop-file-validate $DESKTOP"
desktop-file-validate "$DESKTOP"
echo "ok"

step "appstreamcli validate --no-net $METAINFO"
appstreamcli validate --no-net "$METAINFO"

step "icons"
for size in 16 24 32 48 64 128 256 512; do
  png=resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png
  [ -f "$png" ] || fail "$png is missing: run .venv/bin/python packaging/render-icons.py"
  # Width and height from the PNG header (bytes 16-23, big-endian).
  read -r width height < <(od -An -tu1 -j16 -N8 "$png" \
    | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "$width" = "$size" ] && [ "$height" = "$size" ] \
    || fail "$png is ${width}x${height}, not ${size}x${size}"
done
[ -f "resources/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "the scalable icon is missing"
echo "ok: 8 PNG sizes and the scalable SVG"

step "appstreamcli validate-tree (desktop file, metainfo and icons installed together)"
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/usr/share/applications" "$tree/usr/share/metainfo" "$tree/usr/share/icons"
cp "$DESKTOP" "$tree/usr/share/applications/"
cp "$METAINFO" "$tree/usr/share/metainfo/"
cp -r resources/icons/hicolor "$tree/usr/share/icons/"
appstreamcli validate-tree --no-net "$tree"

# --- the bundle -------------------------------------------------------------------------
step "build the bundle (scripts/build-bundle.sh)"
build_start=$(date +%s)
bash scripts/build-bundle.sh
build_seconds=$(($(date +%s) - build_start))

smoke_dir=$(mktemp -d)
trap 'rm -rf "$tree" "$smoke_dir"' EXIT

# Run the bundle; fail on a non-zero exit or a missing translation (the app only logs it).
run_bundle() {
  local log="$smoke_dir/stderr"
  if ! timeout "$SMOKE_TIMEOUT" "$@" 2>"$log"; then
    cat "$log" >&2
    fail "failed: $*"
  fi
  cat "$log" >&2
  if grep -q "translation in" "$log"; then
    fail "a translation is missing from the bundle: $*"
  fi
}

step "$BUNDLE/newsdesk --version"
version=$("$BUNDLE/newsdesk" --version)
echo "$version"
expected=$(.venv/bin/newsdesk --version)
[ "$version" = "$expected" ] || fail "the bundle says '$version', the project '$expected'"

export NEWSDESK_DATA_DIR="$smoke_dir/data" NEWSDESK_CONFIG_DIR="$smoke_dir/config"
step "demo content into a temporary store"
QT_QPA_PLATFORM=offscreen run_bundle "$BUNDLE/newsdesk" demo
[ "$("$BUNDLE/newsdesk" list | wc -l)" -gt 0 ] || fail "the demo content is not in the store"

step "first paint offscreen (default language)"
QT_QPA_PLATFORM=offscreen run_bundle "$BUNDLE/newsdesk" gui --exit-after-paint
echo "ok"
step "first paint offscreen in Arabic"
QT_QPA_PLATFORM=offscreen run_bundle "$BUNDLE/newsdesk" --lang ar gui --exit-after-paint
echo "ok"

step "the bundle in a bare environment (no virtualenv, PATH=/usr/bin:/bin)"
bare=(env -i HOME="$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
  NEWSDESK_DATA_DIR="$smoke_dir/bare-data" NEWSDESK_CONFIG_DIR="$smoke_dir/bare-config")
run_bundle "${bare[@]}" "$BUNDLE/newsdesk" --version
run_bundle "${bare[@]}" "$BUNDLE/newsdesk" demo
run_bundle "${bare[@]}" "$BUNDLE/newsdesk" --lang ar gui --exit-after-paint
echo "ok"

step "install for a user (scripts/install.sh into a temporary prefix), start, uninstall"
prefix="$smoke_dir/prefix"
bash scripts/install.sh --prefix "$prefix"
desktop-file-validate "$prefix/share/applications/$APP_ID.desktop"
[ "$("$prefix/bin/newsdesk" --version)" = "$expected" ] || fail "the installed newsdesk is not $expected"
QT_QPA_PLATFORM=offscreen run_bundle "$prefix/bin/newsdesk" --lang ar gui --exit-after-paint
bash scripts/install.sh --prefix "$prefix" --uninstall
left=$(find "$prefix" -type f ! -name '*.cache' | head -5)
[ -z "$left" ] || fail "the uninstall left files behind: $left"
echo "ok"

echo
echo "check-packaging: passed; bundle built in ${build_seconds} s," \
  "$(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files) in $BUNDLE"
