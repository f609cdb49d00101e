#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing, then runs every test project.
#   ./test.sh                      all tests (unit, component, API, end-to-end in Chromium)
#   ./test.sh --filter "Rule=L1"   any extra arguments go to dotnet test
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

results="${TEST_RESULTS_DIR:-TestResults}"
rm -rf "$results"
dotnet test TrunkPortal.sln --no-restore \
  --results-directory "$results" \
  --logger "trx" \
  --logger "console;verbosity=minimal" \
  "$@"
