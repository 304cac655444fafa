#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: initdb and pg_ctl into a folder of its own, reachable
# only through a Unix socket in that folder (listen_addresses=''), never over the network.
#   pgcluster.sh start DIR   creates DIR and starts a fresh server there (a stale one is stopped first)
#   pgcluster.sh stop DIR    stops it and removes DIR
# PostgreSQL refuses to run as root: as root the server runs as the user 'postgres' (Debian's
# postgresql package creates it) and the tests connect as the database user 'postgres'.
set -euo pipefail

mode=${1:-}
dir=${2:-}
if [ -z "$mode" ] || [ -z "$dir" ]; then
  echo "usage: pgcluster.sh start|stop DIR" >&2
  exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "pgcluster.sh: PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$mode" in
  start)
    stop
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Speed over durability: the cluster lives only as long as the test run.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "PostgreSQL test server on socket folder $dir"
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: pgcluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
