#!/usr/bin/env bash
# Stops what edge/start.sh started, by the PIDs it recorded.
#   edge/stop.sh                  every Kamailio, then PostgreSQL
#   edge/stop.sh sweden ...       only these Kamailio instances (PostgreSQL keeps running)
# Safe to run twice. The data stays in SipEdge:Local:RunDirectory; delete that folder to start afresh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
settings=${EDGE_SETTINGS:-$here/../appsettings.Edge.json}
source "$here/common.sh"

for name in $(selected_edges "$@"); do
  stop_pid_file "$name" "$run_dir/kamailio-$name.pid"
done
if [ $# -eq 0 ]; then
  if pg_running; then
    as_pg "$pg_bin/pg_ctl -D '$run_dir/pg/data' -m fast -w stop" >/dev/null
    echo "edge: PostgreSQL stopped"
  else
    echo "edge: PostgreSQL is not running"
  fi
fi
