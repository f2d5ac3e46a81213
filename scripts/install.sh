#!/usr/bin/env bash
# Install newsdesk for the current user as a desktop application, or remove it again.
# Builds the self-contained bundle (scripts/build-bundle.sh) when dist/newsdesk is missing,
# copies it to PREFIX/lib/newsdesk, links PREFIX/bin/newsdesk, and puts the desktop file,
# the AppStream metainfo and the icons under PREFIX/share, so the desktop's menu lists
# newsdesk. PREFIX is ~/.local by default (no root needed; ~/.local/bin is on PATH on
# Debian and Ubuntu desktops). Your data and settings are never touched, also not by
# --uninstall.
# Usage: bash scripts/install.sh [--prefix DIR] [--uninstall]
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=org.newsdesk.Newsdesk
prefix="$HOME/.local"
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    *) echo "usage: bash scripts/install.sh [--prefix DIR] [--uninstall]" >&2; exit 2 ;;
  esac
done

app_dir="$prefix/lib/newsdesk"
installed=(
  "$prefix/bin/newsdesk"
  "$prefix/share/applications/$APP_ID.desktop"
  "$prefix/share/metainfo/$APP_ID.metainfo.xml"
  "$prefix/share/icons/hicolor/scalable/apps/$APP_ID.svg"
)
for size in 16 24 32 48 64 128 256 512; do
  installed+=("$prefix/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done

refresh_desktop() {
  # Optional helpers; a desktop without them picks the files up at the next login.
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$prefix/share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
  fi
}

if [ "$uninstall" = 1 ]; then
  rm -f "${installed[@]}"
  rm -rf "$app_dir"
  refresh_desktop
  echo "install: removed newsdesk from $prefix (data and settings are kept)"
  exit 0
fi

[ -x dist/newsdesk/newsdesk ] || bash scripts/build-bundle.sh

# Copy beside the old installation and swap, so a failed copy leaves the old one working.
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$app_dir.new"
cp -a dist/newsdesk "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sfn "$app_dir/newsdesk" "$prefix/bin/newsdesk"

share=dist/newsdesk/_internal/share
mkdir -p "$prefix/share/applications" "$prefix/share/metainfo"
install -m 644 "$share/applications/$APP_ID.desktop" "$prefix/share/applications/"
install -m 644 "$share/metainfo/$APP_ID.metainfo.xml" "$prefix/share/metainfo/"
cp -r "$share/icons" "$prefix/share/"
refresh_desktop

echo "install: newsdesk $("$prefix/bin/newsdesk" --version | cut -d' ' -f2) is in $app_dir"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "install: add $prefix/bin to PATH to start it as 'newsdesk' from a terminal" ;;
esac
