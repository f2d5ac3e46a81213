#!/usr/bin/env bash
# Install the Debian packages the WordPress integration tier needs (WordPress 6.1 from Debian,
# PHP CLI with its MySQL, curl, XML, mbstring and GD modules, MariaDB), only when missing.
# WordPress's two recommends are named explicitly (its default theme, and the translations
# that WP_LOCALE=ar needs) because the rest of the recommends are not wanted.
# Safe to run again: it asks apt only if something is missing. Usage: bash scripts/wordpress-deps.sh
set -euo pipefail

packages=(
  wordpress wordpress-theme-twentytwentythree wordpress-l10n
  php-cli php-mysql php-curl php-xml php-mbstring php-gd mariadb-server
)

if ! command -v dpkg-query >/dev/null; then
  echo "Not a Debian system: install ${packages[*]} yourself for the WordPress tests." >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing packages for the WordPress tests: ${missing[*]}"
$sudo apt-get update -q
# The packages' own services are not wanted (the tests start private instances on loopback):
# policy-rc.d exit 101 keeps apt from starting mariadb or a web server during the install.
policy=/usr/sbin/policy-rc.d
added_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod 755 "$policy"
  added_policy=1
fi
status=0
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" \
  || status=$?
[ -n "$added_policy" ] && $sudo rm -f "$policy"
exit $status
