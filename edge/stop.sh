#!/usr/bin/env bash
# Stops what edge/start.sh started, by the PIDs it recorded.
#   edge/stop.sh                  every Kamailio, then PostgreSQL
#   edge/stop.sh sweden ...       only these Kamailio instances (PostgreSQL keeps running)
# Safe to run twice. The data stays in SipEdge:Local:RunDirectory; delete that folder to start afresh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
settings=${EDGE_SETTINGS:-$here/../appsettings.Edge.json}
source "$here/common.sh"

stop_pid_file() {
  local label=$1 pid_file=$2
  if ! pid_alive "$pid_file"; then
    echo "edge: $label is not running"
    rm -f "$pid_file"
    return
  fi
  local pid
  pid=$(cat "$pid_file")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
  echo "edge: $label stopped (pid $pid)"
}

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
