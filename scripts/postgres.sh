# shellcheck shell=bash
# ensure_postgres: make NEWSDESK_TEST_PG point at a PostgreSQL server that answers,
# starting a local cluster (or installing one on Debian) when needed; fail loudly otherwise.

NEWSDESK_TEST_PG=${NEWSDESK_TEST_PG:-postgresql+psycopg://postgres@127.0.0.1:5432/test}

postgres_answers() {
  .venv/bin/python - "$NEWSDESK_TEST_PG" <<'PY' 2>/dev/null
import sys
from sqlalchemy import create_engine, text
engine = create_engine(sys.argv[1], connect_args={"connect_timeout": 3})
with engine.connect() as connection:
    connection.execute(text("SELECT 1"))
PY
}

ensure_postgres() {
  export NEWSDESK_TEST_PG
  [ "$NEWSDESK_TEST_PG" = "skip" ] && { echo "WARNING: PostgreSQL tests disabled" >&2; return 0; }
  postgres_answers && return 0
  if ! command -v pg_ctlcluster >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" -eq 0 ]; then
    echo "Installing PostgreSQL for the shared-store tests"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  fi
  if command -v pg_ctlcluster >/dev/null; then
    for version in $(ls /etc/postgresql 2>/dev/null); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
    done
    for _ in $(seq 20); do postgres_answers && return 0; sleep 0.5; done
    # A freshly installed Debian cluster wants a password over TCP: give the test role one.
    if [ "$(id -u)" -eq 0 ]; then
      su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'newsdesk-tests'\"" >/dev/null
      NEWSDESK_TEST_PG="postgresql+psycopg://postgres:newsdesk-tests@127.0.0.1:5432/postgres"
      postgres_answers && return 0
    fi
  fi
  echo "ERROR: no PostgreSQL answers at ${NEWSDESK_TEST_PG%%@*}@... ; start one, or set" \
       "NEWSDESK_TEST_PG to a reachable URL (NEWSDESK_TEST_PG=skip skips those tests locally)" >&2
  return 1
}
