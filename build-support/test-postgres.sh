#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL (Debian's server) on a free loopback port (55432 or the next
# free one) for the storage tests.
#
#   source build-support/test-postgres.sh start   # exports PK_TEST_PG_URL / _USER / _PASSWORD / _DIR
#   build-support/test-postgres.sh stop            # from the same shell: stops the server PK_TEST_PG_DIR names
#
# Needs Debian's `postgresql` package (apt-get install -y postgresql). Run as root it runs the server as
# the `postgres` user (initdb refuses root); run as another user it runs it as that user.
# Data lives in a fresh temporary folder that `stop` deletes.

pk_pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "test-postgres: no PostgreSQL server found under /usr/lib/postgresql (apt-get install -y postgresql)" >&2
        return 1
    fi
    echo "$bin"
}

pk_pg_as_owner() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pk_pg_start() {
    local bin port dir
    bin=$(pk_pg_bin) || return 1
    port=${PK_TEST_PG_PORT:-55432}
    # Another server (a developer's own, say) may hold the port: take the next free one.
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    dir=$(mktemp -d /tmp/pk-test-pg.XXXXXX)
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$dir"
    pk_pg_as_owner "$bin/initdb" -D "$dir/data" -U pk --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    pk_pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; return 1; }
    pk_pg_as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U pk promise_keeper_test || return 1
    # Which server `stop` stops: this shell's own (several may run on one machine at once).
    export PK_TEST_PG_DIR="$dir"
    export PK_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/promise_keeper_test"
    export PK_TEST_PG_USER=pk
    export PK_TEST_PG_PASSWORD=
    echo "test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
}

pk_pg_stop() {
    local bin dir
    dir=${PK_TEST_PG_DIR:-}
    if [ -z "$dir" ] || [ ! -d "$dir" ]; then
        echo "test-postgres: PK_TEST_PG_DIR names no server started from this shell; nothing stopped" >&2
        return 0
    fi
    bin=$(pk_pg_bin) || return 1
    pk_pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    echo "test-postgres: stopped"
}

case "${1:-}" in
    start) pk_pg_start ;;
    stop) pk_pg_stop ;;
    *) echo "usage: source build-support/test-postgres.sh start | build-support/test-postgres.sh stop" >&2; return 2 2>/dev/null || exit 2 ;;
esac
