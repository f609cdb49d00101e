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

dotnet tool restore >/dev/null
dotnet restore TrunkPortal.sln

results="${TEST_RESULTS_DIR:-TestResults}"
rm -rf "$results"
dotnet test TrunkPortal.sln --no-restore \
  --results-directory "$results" \
  --logger "trx" \
  --logger "console;verbosity=minimal" \
  "$@"
