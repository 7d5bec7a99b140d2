#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, on 127.0.0.1 and a free port from 55432 up.
#
#   pgcluster.sh start DIR    start one (or, if DIR has a running one, report it); prints
#                             postgres://lobbydesk@127.0.0.1:PORT/lobbydesk_test, also in DIR/url
#   pgcluster.sh check DIR    select 1 through DIR/url
#   pgcluster.sh stop DIR     stop it (pg_ctl -m fast) and remove it and DIR
#
# DIR only holds the handle (url, port, datadir). The cluster itself lives in a fresh
# mktemp directory under /tmp (LOBBYDESK_PG_TMP overrides): initdb and postgres refuse to run
# as root, so as root they run as the `postgres` user, which must be able to reach the data
# directory, and a build tree under /root or a 0700 home is out of its reach; /tmp is not.
# No systemd needed: pg_ctl starts and stops the server (plain Debian 12 chroot, CI as root).
set -euo pipefail

me=pgcluster
die() {
    echo "$me: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start|check|stop DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
command=$1
handle=$2
[ -n "$handle" ] || usage
case $handle in /*) ;; *) handle=$PWD/$handle ;; esac

# Debian's postgresql package puts one major version's programs in /usr/lib/postgresql/N/bin;
# take 15 (Debian 12's), else the newest there is.
find_bin() {
    local dir
    if [ -n "${PGBIN:-}" ]; then
        echo "$PGBIN"
        return
    fi
    for dir in /usr/lib/postgresql/15/bin $(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
            echo "$dir"
            return
        fi
    done
    die "PostgreSQL server programs not found (no initdb, pg_ctl, postgres in /usr/lib/postgresql/*/bin):" \
        "install the postgresql package: scripts/install-deps"
}
bin=$(find_bin)
for program in initdb pg_ctl postgres pg_isready psql; do
    [ -x "$bin/$program" ] || die "$bin/$program is missing: install the postgresql package: scripts/install-deps"
done

# Runs a server program as the cluster's owner: postgres when we are root, else ourselves.
# From /tmp, because the programs chdir back to the caller's directory and warn if they can't.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd /tmp && runuser -u postgres -- "$@")
    else
        (cd /tmp && "$@")
    fi
}

if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 ||
        die "running as root but there is no postgres user (the postgresql package creates it):" \
            "install the postgresql package: scripts/install-deps"
fi

# The server of a data directory is up: its postmaster.pid names a live process (pg_ctl
# status) and it answers on its port (a killed postmaster can linger as a zombie where
# nothing reaps orphans, and then pg_ctl status alone still says yes).
running() { # data directory
    [ -d "$1" ] && as_owner "$bin/pg_ctl" -D "$1" status >/dev/null 2>&1 || return 1
    local port status=0
    port=$(sed -n 4p "$1/postmaster.pid" 2>/dev/null)
    [ -n "$port" ] || return 1
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 5 || status=$?
    [ $status -le 1 ] # 0 accepting, 1 starting or stopping
}

start() {
    mkdir -p "$handle"
    if [ -f "$handle/datadir" ]; then
        local old
        old=$(cat "$handle/datadir")
        if running "$old/data" && [ -f "$handle/url" ]; then
            echo "$me: already running in $old" >&2
            cat "$handle/url"
            return
        fi
        # Left over from a run that did not stop it (killed, or the machine restarted).
        echo "$me: removing a stale cluster in $old" >&2
        if running "$old/data"; then
            as_owner "$bin/pg_ctl" -D "$old/data" stop -m immediate -w -t 10 >/dev/null 2>&1 || true
        fi
        case $old in */lobbydesk-pg.*) rm -rf "$old" ;; esac
        rm -f "$handle/datadir" "$handle/url" "$handle/port"
    fi

    local root
    root=$(mktemp -d "${LOBBYDESK_PG_TMP:-/tmp}/lobbydesk-pg.XXXXXX")
    echo "$root" >"$handle/datadir"
    mkdir "$root/socket"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres:postgres "$root"
        as_owner test -w "$root" ||
            die "the postgres user cannot write $root (a parent directory it cannot traverse?):" \
                "set LOBBYDESK_PG_TMP to a directory under /tmp"
    fi

    # --no-sync: initdb's own flush of the new files costs seconds and guards nothing here (a
    # machine that crashes now loses a throwaway cluster); the server itself runs with fsync.
    if ! as_owner "$bin/initdb" -D "$root/data" --auth=trust -U lobbydesk --encoding=UTF8 \
        --locale=C --no-instructions --no-sync >"$root/initdb.log" 2>&1; then
        cat "$root/initdb.log" >&2
        die "initdb failed (log above, also in $root/initdb.log)"
    fi
    # Loopback only, its own socket directory (not /var/run/postgresql, which may not exist in
    # a chroot), and durable writes like production: a test's crash must not be a fake one.
    cat >>"$root/data/postgresql.conf" <<EOF

# lobbydesk test cluster (tests/support/pgcluster.sh)
listen_addresses = '127.0.0.1'
unix_socket_directories = '$root/socket'
fsync = on
synchronous_commit = on
full_page_writes = on
EOF

    # Free ports are tried in order; two starts racing for one port: the loser moves on.
    local port=55432 last=55531 started=""
    while [ $port -le $last ]; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            port=$((port + 1)) # something answers there
            continue
        fi
        rm -f "$root/server.log"
        if as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
            -o "-p $port" start >/dev/null 2>&1; then
            started=yes
            break
        fi
        if grep -q "could not bind\|already in use" "$root/server.log" 2>/dev/null; then
            port=$((port + 1))
            continue
        fi
        cat "$root/server.log" >&2 2>/dev/null || true
        die "the server did not start (log above, also in $root/server.log)"
    done
    [ -n "$started" ] || die "no free port from 55432 to $last on 127.0.0.1"
    echo "$port" >"$handle/port"

    local tries=0
    until "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U lobbydesk -d postgres; do
        tries=$((tries + 1))
        [ $tries -lt 300 ] || die "the server on port $port is not ready after 30 s (log: $root/server.log)"
        sleep 0.1
    done
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U lobbydesk -d postgres \
        -c "CREATE DATABASE lobbydesk_test" >/dev/null ||
        die "cannot create the lobbydesk_test database (log: $root/server.log)"

    local url="postgres://lobbydesk@127.0.0.1:$port/lobbydesk_test"
    echo "$url" >"$handle/url"
    echo "$me: PostgreSQL $("$bin/postgres" -V | awk '{print $3}') in $root, port $port" >&2
    echo "$url"
}

check() {
    [ -f "$handle/url" ] || die "no cluster in $handle (no $handle/url): run $0 start $handle"
    "$bin/psql" -X -q -t -A -v ON_ERROR_STOP=1 "$(cat "$handle/url")" -c 'select 1' |
        grep -qx 1 || die "the cluster of $handle does not answer select 1"
    echo "$me: $(cat "$handle/url") answers"
}

stop() {
    if [ ! -f "$handle/datadir" ]; then
        echo "$me: no cluster in $handle" >&2
        rm -rf "$handle"
        return
    fi
    local root
    root=$(cat "$handle/datadir")
    if running "$root/data"; then
        as_owner "$bin/pg_ctl" -D "$root/data" stop -m fast -w -t 60 >/dev/null ||
            die "pg_ctl stop failed (log: $root/server.log)"
    fi
    case $root in */lobbydesk-pg.*) rm -rf "$root" ;; *) die "unexpected data directory '$root' in $handle/datadir" ;; esac
    rm -rf "$handle"
    echo "$me: stopped and removed $root" >&2
}

case $command in
start) start ;;
check) check ;;
stop) stop ;;
*) usage ;;
esac
