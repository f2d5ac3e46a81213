#!/usr/bin/env bash
# Check that the PyInstaller bundle starts on a machine without development tools: a
# minimal Debian bookworm root (debootstrap --variant=minbase) with only the runtime
# libraries and fonts of a Linux desktop that the bundle needs, and no Python, no compiler
# and no virtualenv. dist/newsdesk is copied into that root and run there through chroot,
# offscreen: --version (same as the project's), demo, list, and a first paint in Arabic
# and in English. Exits non-zero on the first failure, with the program's stderr.
#
# Needs root (debootstrap, mount, chroot) and Debian's package mirror; installs debootstrap
# with apt-get if it is missing. Reuses dist/newsdesk, built with scripts/build-bundle.sh
# only when missing. The root is kept in $BARE_ROOT_CACHE (default
# /var/cache/newsdesk-bare-root), in a folder named after a hash of the suite, mirror and
# package list, and rebuilt when that folder is missing or older than $BARE_ROOT_MAX_DAYS
# days. Each run works on an overlay (or a copy) of it, so a run never changes the cache.
# Usage: sudo bash scripts/check-bundle-bare-machine.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SUITE=bookworm
VARIANT=minbase
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${BARE_ROOT_CACHE:-/var/cache/newsdesk-bare-root}
MAX_DAYS=${BARE_ROOT_MAX_DAYS:-30}
SMOKE_TIMEOUT=${SMOKE_TIMEOUT:-120}
BUNDLE=dist/newsdesk
# What a desktop has and the bundle does not carry: GL/EGL (with libxcb), fontconfig's
# configuration, and fonts with Arabic. Everything else comes inside the bundle.
PACKAGES=(libgl1 libegl1 libfontconfig1 fonts-noto-core)
# None of these may exist in the root: the bundle must not lean on them.
DEV_TOOLS=(python python3 pip pip3 virtualenv gcc cc c++ g++ clang ld)

step() { printf '\n== %s\n' "$*"; }
fail() { echo "check-bundle-bare-machine: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "needs root for debootstrap, mount and chroot: sudo bash $0"

# --- clean-up: unmount everything under our folders, then remove them -------------------
mounts_under() { # deepest first
  awk -v dir="$(realpath -m "$1")" '$2 == dir || index($2, dir "/") == 1 { print $2 }' \
    /proc/self/mounts | sort -r
}
unmount_under() {
  local mount_point
  while read -r mount_point; do
    [ -n "$mount_point" ] || continue
    umount "$mount_point" 2>/dev/null || umount -l "$mount_point"
  done < <(mounts_under "$1")
}
remove_tree() {
  [ -e "$1" ] || return 0
  unmount_under "$1"
  [ -z "$(mounts_under "$1")" ] || fail "$1 still has mounts, not removing it"
  rm -rf --one-file-system "$1"
}
work=""
staging=""
cleanup() {
  [ -n "$work" ] && remove_tree "$work"
  [ -n "$staging" ] && remove_tree "$staging"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# /proc, and /dev when debootstrap could not create the device nodes.
mount_system() {
  mount -t proc proc "$1/proc"
  [ -c "$1/dev/null" ] || mount --bind /dev "$1/dev"
}

# Any development tool in ROOT, one per line. dash's `command -v` looks only at its
# first operand, hence the loop.
dev_tools_in() {
  # shellcheck disable=SC2016 # expanded by the root's sh
  chroot "$1" sh -c 'for tool in "$@"; do command -v "$tool" || true; done' sh "${DEV_TOOLS[@]}"
  find "$1/usr/lib" "$1/usr/local/lib" -name 'libpython*' 2>/dev/null || true
}

# --- tools ----------------------------------------------------------------------------
if ! command -v debootstrap >/dev/null; then
  command -v apt-get >/dev/null || fail "install debootstrap"
  echo "Installing debootstrap"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi

# --- the bundle -------------------------------------------------------------------------
if [ ! -x "$BUNDLE/newsdesk" ]; then
  step "build the bundle (scripts/build-bundle.sh)"
  bash scripts/build-bundle.sh
fi
expected_version=$(.venv/bin/newsdesk --version)

# --- the bare root, cached by what goes into it ----------------------------------------
start=$(date +%s)
arch=$(dpkg --print-architecture)
key=$(printf '%s\n' "format 1" "$SUITE" "$VARIANT" "$MIRROR" "$arch" "${PACKAGES[@]}" \
  | sha256sum | cut -c1-12)
root=$CACHE/root-$SUITE-$VARIANT-$arch-$key
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9 # one run at a time builds or reads the cache

if [ -f "$root/.complete" ] && [ -n "$(find "$root/.complete" -mtime +"$MAX_DAYS")" ]; then
  echo "The bare root $root is older than $MAX_DAYS days: rebuilding it"
  remove_tree "$root"
fi
if [ ! -f "$root/.complete" ]; then
  # Roots of other package lists, and unfinished ones, are not used any more.
  for old in "$CACHE"/root-*; do
    [ -d "$old" ] && remove_tree "$old"
  done
  staging=$root.staging
  step "debootstrap --variant=$VARIANT $SUITE ($MIRROR)"
  debootstrap --variant="$VARIANT" --arch="$arch" "$SUITE" "$staging" "$MIRROR" \
    >"$CACHE/debootstrap.log" 2>&1 || {
    tail -n 40 "$CACHE/debootstrap.log" >&2
    fail "debootstrap failed (log: $CACHE/debootstrap.log)"
  }
  step "apt-get install ${PACKAGES[*]} in the root"
  mount_system "$staging"
  {
    chroot "$staging" apt-get update -q
    chroot "$staging" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
    chroot "$staging" apt-get clean
  } >"$CACHE/apt-get.log" 2>&1 || {
    tail -n 40 "$CACHE/apt-get.log" >&2
    fail "apt-get in the root failed (log: $CACHE/apt-get.log)"
  }
  echo "ok: $(grep -c '^Setting up' "$CACHE/apt-get.log") packages set up (log: $CACHE/apt-get.log)"
  found=$(dev_tools_in "$staging")
  [ -z "$found" ] || fail "the bare root has development tools: $found"
  unmount_under "$staging"
  touch "$staging/.complete"
  mv "$staging" "$root"
  staging=""
fi
echo "bare root: $root ($(du -sh --one-file-system "$root" | cut -f1), set up in $(($(date +%s) - start)) s)"

step "no development tools in the root (${DEV_TOOLS[*]}, libpython)"
found=$(dev_tools_in "$root")
[ -z "$found" ] || fail "the bare root has development tools: $found"
echo "ok: none"

# --- a throwaway view of the root with the bundle in it --------------------------------
work=$(mktemp -d)
target=$work/root
mkdir -p "$target" "$work/upper" "$work/overlay-work"
if ! mount -t overlay overlay \
  -o "lowerdir=$root,upperdir=$work/upper,workdir=$work/overlay-work" "$target" 2>/dev/null; then
  echo "no overlayfs here: copying the root"
  cp -a "$root/." "$target/"
fi
mkdir -p "$target/opt"
cp -a "$BUNDLE" "$target/opt/newsdesk"
mount_system "$target"
mkdir -p "$target/tmp/newsdesk-check"
install -d -m 0700 "$target/tmp/newsdesk-check/runtime"
bare=(env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
  XDG_RUNTIME_DIR=/tmp/newsdesk-check/runtime
  NEWSDESK_DATA_DIR=/tmp/newsdesk-check/data NEWSDESK_CONFIG_DIR=/tmp/newsdesk-check/config)

# Run the bundle in the root; stdout goes to $work/stdout. Fail on a non-zero exit, a
# missing translation (the app only logs it) or fontconfig finding no configuration.
run_bare() {
  local status=0
  timeout "$SMOKE_TIMEOUT" chroot "$target" "${bare[@]}" /opt/newsdesk/newsdesk "$@" \
    >"$work/stdout" 2>"$work/stderr" || status=$?
  cat "$work/stderr" >&2
  [ "$status" -eq 0 ] || fail "newsdesk $* exited with $status in the bare root (stderr above)"
  ! grep -q "translation in" "$work/stderr" \
    || fail "a translation is missing from the bundle: newsdesk $* (stderr above)"
  ! grep -q "Fontconfig error" "$work/stderr" \
    || fail "no fonts in the bare root: newsdesk $* (stderr above)"
}

step "newsdesk --version"
run_bare --version
version=$(cat "$work/stdout")
echo "$version"
[ "$version" = "$expected_version" ] \
  || fail "the bundle says '$version', the project '$expected_version'"

step "newsdesk demo"
run_bare demo
cat "$work/stdout"

step "newsdesk list"
run_bare list
[ -s "$work/stdout" ] || fail "newsdesk list printed nothing after the demo"
echo "ok: $(wc -l <"$work/stdout") articles"

step "newsdesk --lang ar gui --exit-after-paint"
run_bare --lang ar gui --exit-after-paint
echo "ok"

step "newsdesk gui --exit-after-paint (the system's language: English under LANG=C.UTF-8)"
run_bare gui --exit-after-paint
echo "ok"

echo
echo "check-bundle-bare-machine: passed in $(($(date +%s) - start)) s;" \
  "the bundle started on Debian $SUITE $VARIANT + ${PACKAGES[*]}"
