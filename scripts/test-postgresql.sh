# Sourced by .ci/run (and by developers who want the PostgreSQL suites locally):
#   . scripts/test-postgresql.sh && pg_test_start && trap pg_test_stop EXIT
# Starts a throw-away PostgreSQL cluster of its own (Debian's package, installed if missing) on
# 127.0.0.1 and a free port, with its data under /tmp, as the postgres user; creates a database and
# a user, and exports the variables the test suites read. An already installed or running
# PostgreSQL is left alone: this cluster has its own data directory, port and socket directory.

pg_test_bindir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

pg_test_install() {
    if [ -n "$(pg_test_bindir)" ] && id postgres >/dev/null 2>&1; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "PostgreSQL is not installed and this is not root: cannot install it" >&2
        return 1
    fi
    echo "installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # The package's own cluster is not needed; policy-rc.d or no init system may keep it from starting.
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

pg_test_free_port() {
    local port
    # Start at a random offset: several clusters started at once (parallel CI jobs, developers) would
    # otherwise all try the first free port and race for it.
    for port in $(shuf -i 55432-55532); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# Runs a command as the postgres user (initdb and postgres refuse to run as root).
pg_test_as_postgres() {
    if [ "$(id -un)" = postgres ]; then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        runuser -u postgres -- "$@"
    else
        su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
}

pg_test_start() {
    pg_test_install || return 1
    local bin port password
    bin="$(pg_test_bindir)"
    port="$(pg_test_free_port)" || { echo "no free port for PostgreSQL" >&2; return 1; }
    PG_TEST_DIR="$(mktemp -d /tmp/cloudgate-pg.XXXXXX)"
    PG_TEST_BIN="$bin"
    export PG_TEST_DIR PG_TEST_BIN
    chown postgres: "$PG_TEST_DIR" 2>/dev/null || true
    password="test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    pg_test_as_postgres "$bin/initdb" -D "$PG_TEST_DIR/data" --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 -U postgres >"$PG_TEST_DIR/initdb.log" 2>&1 \
        || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
    # A port found free can be taken before postgres binds it: try a few others before giving up.
    local attempt
    for attempt in 1 2 3 4 5; do
        if pg_test_as_postgres "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c max_connections=200 -c fsync=off" start >/dev/null; then
            break
        fi
        if [ "$attempt" = 5 ] || ! grep -q "could not bind\|could not create any TCP/IP sockets" "$PG_TEST_DIR/server.log"; then
            cat "$PG_TEST_DIR/server.log" >&2
            return 1
        fi
        echo "PostgreSQL port $port was taken meanwhile; trying another" >&2
        : >"$PG_TEST_DIR/server.log"
        port="$(pg_test_free_port)" || { echo "no free port for PostgreSQL" >&2; return 1; }
    done
    pg_test_as_postgres "$bin/psql" -h "$PG_TEST_DIR" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "create user cloudgate password '$password'" \
        -c "create database cloudgate owner cloudgate" >/dev/null || return 1
    export CLOUDGATE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/cloudgate"
    export CLOUDGATE_TEST_PG_USER=cloudgate
    export CLOUDGATE_TEST_PG_PASSWORD="$password"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port (data in $PG_TEST_DIR)"
}

pg_test_stop() {
    if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
        pg_test_as_postgres "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_TEST_DIR"
    fi
}
