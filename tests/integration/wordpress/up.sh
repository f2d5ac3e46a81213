#!/bin/bash
# Provision and start a throwaway WordPress (Debian 12 package 6.1.x) + MariaDB on loopback,
# for newsdesk's integration tests (tests/integration/conftest.py starts one per test session).
# Needs the packages scripts/wordpress-deps.sh installs; nothing else (no curl, no python).
#
#   up.sh TARGET_DIR PORT        -> prints one JSON object (base URL, REST roots, credentials, PIDs)
#
# Everything lives under TARGET_DIR (must not exist or be empty): MariaDB datadir + unix socket,
# a dereferenced copy of /usr/share/wordpress with its own wp-config.php, logs, pid files.
# Stop with: down.sh TARGET_DIR   (add --purge to delete the folder)
#
# Optional environment:
#   WP_WORKERS=4             PHP_CLI_SERVER_WORKERS for `php -S` (1 = single process)
#   WP_LOCALE=en_US          site language, e.g. ar (REST error "message" strings get translated; "code" does not)
#   WP_TIMEZONE=UTC          timezone_string option, e.g. Asia/Damascus
#   WP_ADMIN_PASSWORD=...    default: random; editor/author/contributor get "<that>-<role>"
#   WP_CLEAN=1               delete sample post/page/comment after install (0 keeps them)
#   WP_ALLOW_ANON_COMMENTS=1 REST POST /wp/v2/comments without auth (core default is refusal)
#   WP_DISABLE_COMMENT_FLOOD=1  no 15 s flood throttle on comment creation
#   WP_STRICT_AUTH_ERRORS=0  1 => bad app password gives 401 incorrect_password instead of anonymous access
#   WP_DEBUG=1               WP_DEBUG + WP_DEBUG_LOG to TARGET/logs/debug.log (never displayed)
#   DB_PORT=                 if set, MariaDB also listens on 127.0.0.1:DB_PORT (default: unix socket only)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WP_SRC=/usr/share/wordpress

if [ $# -ne 2 ]; then
	echo "usage: $0 TARGET_DIR PORT" >&2
	exit 64
fi
TARGET="$(realpath -m "$1")"
PORT="$2"
case "$PORT" in ''|*[!0-9]*) echo "PORT must be a number" >&2; exit 64;; esac

WP_WORKERS="${WP_WORKERS:-4}"
WP_LOCALE="${WP_LOCALE:-en_US}"
WP_TIMEZONE="${WP_TIMEZONE:-UTC}"
WP_CLEAN="${WP_CLEAN:-1}"
WP_ALLOW_ANON_COMMENTS="${WP_ALLOW_ANON_COMMENTS:-1}"
WP_DISABLE_COMMENT_FLOOD="${WP_DISABLE_COMMENT_FLOOD:-1}"
WP_STRICT_AUTH_ERRORS="${WP_STRICT_AUTH_ERRORS:-0}"
WP_DEBUG="${WP_DEBUG:-1}"
DB_PORT="${DB_PORT:-}"
WP_ADMIN_PASSWORD="${WP_ADMIN_PASSWORD:-adm-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}"

for bin in /usr/sbin/mariadbd /usr/bin/mariadb-install-db /usr/bin/mariadb /usr/bin/mariadb-admin /usr/bin/php /sbin/start-stop-daemon; do
	[ -x "$bin" ] || { echo "missing $bin (run scripts/wordpress-deps.sh)" >&2; exit 69; }
done
[ -f "$WP_SRC/wp-settings.php" ] || { echo "missing $WP_SRC (run scripts/wordpress-deps.sh)" >&2; exit 69; }
if [ -e "$TARGET" ] && [ -n "$(ls -A "$TARGET" 2>/dev/null)" ]; then
	echo "$TARGET exists and is not empty" >&2
	exit 73
fi
# Something answers on 127.0.0.1:PORT? (php instead of ss/curl: one tool fewer to install)
port_busy() { php -r '$s = @fsockopen("127.0.0.1", (int) $argv[1], $e, $m, 0.5); exit($s ? 0 : 1);' "$1"; }
if port_busy "$PORT"; then
	echo "port $PORT already in use on this machine" >&2
	exit 75
fi
if [ -n "$DB_PORT" ] && port_busy "$DB_PORT"; then
	echo "DB_PORT $DB_PORT already in use" >&2
	exit 75
fi

T0=$(date +%s.%N)
mkdir -p "$TARGET"/{db,run,logs}
SOCK="$TARGET/run/mysqld.sock"
if [ ${#SOCK} -gt 100 ]; then echo "socket path too long (${#SOCK} > 100): use a shorter TARGET_DIR" >&2; exit 64; fi

# ---------------------------------------------------------------- MariaDB
DB_ARGS=(--no-defaults --user="$(id -un)" --datadir="$TARGET/db" --socket="$SOCK"
	--pid-file="$TARGET/run/mysqld.pid" --log-error="$TARGET/logs/mysqld.err"
	--innodb-log-file-size=8M --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=2
	--skip-name-resolve --skip-log-bin --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci)
if [ -n "$DB_PORT" ]; then
	DB_ARGS+=(--bind-address=127.0.0.1 --port="$DB_PORT")
else
	DB_ARGS+=(--skip-networking)
fi

mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$TARGET/db" --auth-root-authentication-method=normal \
	--skip-test-db --skip-name-resolve --innodb-log-file-size=8M >"$TARGET/logs/mariadb-install-db.log" 2>&1 \
	|| { echo "mariadb-install-db failed, see $TARGET/logs/mariadb-install-db.log" >&2; exit 70; }
T_DBINIT=$(date +%s.%N)

# --background + --make-pidfile: start-stop-daemon forks, detaches (new session) and records the PID.
start-stop-daemon --start --background --make-pidfile --pidfile "$TARGET/run/mysqld.ssd.pid" \
	--output "$TARGET/logs/mysqld.out" --exec /usr/sbin/mariadbd -- "${DB_ARGS[@]}"
for _ in $(seq 1 300); do
	mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break
	sleep 0.05
done
mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 \
	|| { echo "mariadbd did not come up, see $TARGET/logs/mysqld.err" >&2; exit 70; }
T_DBUP=$(date +%s.%N)

DB_PASS="db-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mariadb --no-defaults --socket="$SOCK" -uroot <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASS';
CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'127.0.0.1';
SQL

# ---------------------------------------------------------------- WordPress tree
# Dereferencing copy (-h): Debian's tree has relative symlinks (wp-includes/ID3 -> ../../../php/getid3, ...)
# that would dangle in a plain `cp -a` copy. wp-content and Debian's wp-config.php are not copied.
mkdir -p "$TARGET/wp"
tar -C "$WP_SRC" -chf - --exclude=./wp-content --exclude=./wp-config.php --exclude=./.htaccess . | tar -C "$TARGET/wp" -xf -
mkdir -p "$TARGET/wp/wp-content"/{plugins,themes,uploads,mu-plugins,upgrade}
# The default theme and the translations (WP_LOCALE=ar) come from wordpress' recommends.
[ -d "$WP_SRC/wp-content/themes/twentytwentythree" ] \
	&& ln -s "$WP_SRC/wp-content/themes/twentytwentythree" "$TARGET/wp/wp-content/themes/twentytwentythree"
[ -d "$WP_SRC/wp-content/languages" ] && ln -s "$WP_SRC/wp-content/languages" "$TARGET/wp/wp-content/languages"
cp "$WP_SRC/wp-content/plugins/index.php" "$TARGET/wp/wp-content/plugins/index.php"
cp "$HERE/wpts-harness.php" "$TARGET/wp/wp-content/mu-plugins/wpts-harness.php"
# newsdesk's companion plugin (review notes in post meta), always active as an mu-plugin.
cp "$HERE/../../../packaging/wordpress/newsdesk-review-notes/newsdesk-review-notes.php" \
	"$TARGET/wp/wp-content/mu-plugins/newsdesk-review-notes.php"
cp "$HERE/router.php" "$TARGET/router.php"

BASE_URL="http://127.0.0.1:$PORT"
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
bool() { [ "$1" = 1 ] && echo true || echo false; }
cat >"$TARGET/wp/wp-config.php" <<PHP
<?php
// Generated by up.sh for an isolated loopback test instance.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '$DB_PASS' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
\$table_prefix = 'wp_';

define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );

define( 'WP_HOME', '$BASE_URL' );
define( 'WP_SITEURL', '$BASE_URL' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // application passwords over plain http need this (or is_ssl())
define( 'DISABLE_WP_CRON', true );        // no self-requests to wp-cron.php
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // loopback only (the harness mu-plugin also blocks + logs)
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', $(bool "$WP_DEBUG") );
define( 'WP_DEBUG_LOG', '$TARGET/logs/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
@ini_set( 'display_errors', '0' );

define( 'WPTS_LOG_DIR', '$TARGET/logs' );
define( 'WPTS_ALLOW_ANON_COMMENTS', $(bool "$WP_ALLOW_ANON_COMMENTS") );
define( 'WPTS_DISABLE_COMMENT_FLOOD', $(bool "$WP_DISABLE_COMMENT_FLOOD") );
define( 'WPTS_STRICT_AUTH_ERRORS', $(bool "$WP_STRICT_AUTH_ERRORS") );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP

# ---------------------------------------------------------------- install (PHP CLI, no HTTP)
INSTALL_JSON="$(php -d display_errors=stderr "$HERE/wp-install.php" "$TARGET/wp" "$BASE_URL" "$WP_ADMIN_PASSWORD" \
	"$WP_LOCALE" "$WP_TIMEZONE" "$WP_CLEAN" 2>"$TARGET/logs/install.err")" \
	|| { echo "wp-install.php failed, see $TARGET/logs/install.err" >&2; exit 70; }
T_WP=$(date +%s.%N)

# ---------------------------------------------------------------- php -S
PHP_ARGS=(-d opcache.enable=1 -d opcache.memory_consumption=128 -d opcache.max_accelerated_files=20000
	-d upload_max_filesize=64M -d post_max_size=64M -d memory_limit=512M -d display_errors=0
	-d log_errors=1 -d error_log="$TARGET/logs/php-errors.log"
	-S "127.0.0.1:$PORT" -t "$TARGET/wp" "$TARGET/router.php")
PHP_CLI_SERVER_WORKERS="$WP_WORKERS" start-stop-daemon --start --background --make-pidfile \
	--pidfile "$TARGET/run/php-server.pid" --output "$TARGET/logs/php-server.log" --chdir "$TARGET/wp" \
	--exec /usr/bin/php -- "${PHP_ARGS[@]}"
# Ready when the REST index answers 200 (php's http wrapper ignores proxy variables).
answers() {
	php -r '$c = stream_context_create(["http" => ["timeout" => 2, "ignore_errors" => true]]);
		$b = @file_get_contents($argv[1], false, $c);
		exit($b !== false && isset($http_response_header[0]) && strpos($http_response_header[0], " 200") !== false ? 0 : 1);' "$1"
}
ok=0
for _ in $(seq 1 200); do
	if answers "$BASE_URL/wp-json/"; then ok=1; break; fi
	sleep 0.05
done
[ "$ok" = 1 ] || { echo "php -S did not answer on $BASE_URL, see $TARGET/logs/php-server.log" >&2; exit 70; }
T_UP=$(date +%s.%N)

INFO="$(php -r '
	list(, $inst, $base, $target, $sock, $dbpass, $dbport, $workers, $t0, $tdbinit, $tdbup, $twp, $tup) = $argv;
	$inst = json_decode($inst, true);
	$r = function ($a, $b) { return round((float) $b - (float) $a, 2); };
	echo json_encode(array(
		"base_url" => $base, "rest_url" => "$base/wp-json/", "rest_url_plain" => "$base/?rest_route=/",
		"admin_url" => "$base/wp-admin/", "wp_version" => $inst["wp_version"], "locale" => $inst["locale"],
		"users" => $inst["users"],
		"db" => array("socket" => $sock, "name" => "wordpress", "user" => "wordpress", "password" => $dbpass,
			"root" => "root (no password, socket only)", "port" => $dbport === "" ? null : (int) $dbport),
		"target" => $target,
		"pids" => array("mariadbd" => (int) file_get_contents("$target/run/mysqld.ssd.pid"),
			"php_server" => (int) file_get_contents("$target/run/php-server.pid")),
		"php_workers" => (int) $workers,
		"timings_s" => array("db_init" => $r($t0, $tdbinit), "db_start" => $r($tdbinit, $tdbup),
			"wp_copy_config_install" => $r($tdbup, $twp), "http_up" => $r($twp, $tup), "total" => $r($t0, $tup)),
	), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
' "$INSTALL_JSON" "$BASE_URL" "$TARGET" "$SOCK" "$DB_PASS" "$DB_PORT" "$WP_WORKERS" "$T0" "$T_DBINIT" "$T_DBUP" "$T_WP" "$T_UP")"
(umask 077 && printf '%s\n' "$INFO" >"$TARGET/credentials.json")
printf '%s\n' "$INFO"
