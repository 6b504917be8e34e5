#!/bin/sh
# A throwaway PostgreSQL cluster on loopback for the receiver tests and the benchmark:
#   build_scripts/test_postgres.sh start   → prints the database URL
#   build_scripts/test_postgres.sh stop
#   build_scripts/test_postgres.sh status   → succeeds when the cluster is running
# Nothing happens (and nothing is printed) when the PostgreSQL server binaries are missing.
set -eu
PORT=${TUQUAN_TEST_POSTGRES_PORT:-55432}
DIR=${TUQUAN_TEST_POSTGRES_DIR:-/tmp/tuquan-test-postgres}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$BIN" ] && [ -x "$BIN/pg_ctl" ] || exit 0
# The server refuses to run as root: run it as the postgres account when there is one.
if [ "$(id -u)" = 0 ]; then AS="runuser -u postgres --"; else AS=""; fi

case "${1:-start}" in
start)
    if ! $AS "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
        rm -rf "$DIR"
        mkdir -p "$DIR"
        [ -z "$AS" ] || chown postgres "$DIR"
        $AS "$BIN/initdb" -D "$DIR" -U tuquan --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        $AS "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
            -o "-h 127.0.0.1 -p $PORT -k $DIR -F" start >/dev/null
    fi
    echo "postgresql+psycopg://tuquan@127.0.0.1:$PORT/postgres"
    ;;
status)
    $AS "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1
    ;;
stop)
    $AS "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
    ;;
esac
