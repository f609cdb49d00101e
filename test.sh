#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing, then runs every test project.
#   ./test.sh                      all tests: everything on SQLite (unit, component, API, edge, end-to-end in
#                                  Chromium), then the database-touching classes ([Trait("Db", "Both")]) and the
#                                  PostgreSQL-only ones again on PostgreSQL (the edge's server, role portal_tests),
#                                  then the browser against two instances behind nginx (deploy/cluster.sh)
#   ./test.sh --filter "Rule=L1"   one pass with these dotnet test arguments, on TEST_DB (Sqlite, or Postgres)
set -euo pipefail
cd "$(dirname "$0")"

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing Debian's chromium for the end-to-end tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test.sh: the end-to-end tests need Chromium at $chromium_path." >&2
    echo "          Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# The SIP edge tests run against a real Kamailio and PostgreSQL (edge/start.sh), with sipp as the peer.
edge_packages="kamailio kamailio-postgres-modules postgresql sip-tester jq curl nginx"
if ! command -v sipp >/dev/null || [ ! -x /usr/sbin/kamailio ] || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
   || [ ! -f /usr/lib/x86_64-linux-gnu/kamailio/modules/db_postgres.so ] || ! command -v jq >/dev/null || [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing the SIP edge ($edge_packages)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $edge_packages >/dev/null
  else
    echo "test.sh: the SIP edge tests need Kamailio, PostgreSQL and sipp." >&2
    echo "          Install them (Debian: sudo apt-get install $edge_packages)." >&2
    exit 1
  fi
fi
edge_was_running=no
if [ -f /tmp/trunkportal-edge/kamailio-frankfurt.pid ] && kill -0 "$(cat /tmp/trunkportal-edge/kamailio-frankfurt.pid)" 2>/dev/null; then
  edge_was_running=yes
fi
# SIP OPTIONS every 2 s instead of the seed's 60, so the health tests see a destination go down in seconds.
EDGE_OPTIONS_INTERVAL=${EDGE_OPTIONS_INTERVAL:-2} edge/start.sh
if [ "$edge_was_running" = "no" ]; then
  trap 'edge/stop.sh >/dev/null 2>&1 || true' EXIT
fi

dotnet tool restore >/dev/null
dotnet restore TrunkPortal.sln

# The PostgreSQL tests create and drop their own databases (tp_t_*, cloned from one migrated template) on the edge's
# server; the edge's own databases are not touched.
pg_port=$(jq -r '.SipEdge.Local.PostgresPort // 55432' appsettings.Edge.json)
pg_password=$(jq -r '.SipEdge.Local.PortalPassword' appsettings.Edge.json)
export TEST_PG="${TEST_PG:-Host=127.0.0.1;Port=$pg_port;Username=portal_tests;Password=$pg_password;Database=postgres}"

results="${TEST_RESULTS_DIR:-TestResults}"
rm -rf "$results"
run_tests() {
  dotnet test "$@" --results-directory "$results" --logger "console;verbosity=minimal"
}

if [ $# -gt 0 ]; then
  run_tests TrunkPortal.sln --no-restore --logger "trx" "$@"
  exit
fi

status=0
echo "test.sh: pass 1 of 3: every test project on SQLite"
TEST_DB=Sqlite run_tests TrunkPortal.sln --no-restore --logger "trx" --filter "Db!=Postgres&Db!=Cluster" || status=$?
echo "test.sh: pass 2 of 3: the database-touching tests again on PostgreSQL, and two instances on one database"
TEST_DB=Postgres run_tests TrunkPortal.Tests --no-build --logger "trx;LogFileName=postgres.trx" \
  --filter "Db=Both|Db=Postgres|Db=Cluster" || status=$?
echo "test.sh: pass 3 of 3: the browser through nginx on a cluster of two instances (deploy/cluster.sh)"
TEST_DB=Postgres run_tests TrunkPortal.E2E --no-build --logger "trx;LogFileName=cluster.trx" --filter "Db=Cluster" || status=$?
exit "$status"
