#!/usr/bin/env bash
# Starts the local SIP edge on loopback: a private PostgreSQL cluster (one database per edge, edge/schema.sql)
# and one Kamailio per edge that appsettings.Edge.json names, each on its own SIP and JSON-RPC address.
#   edge/start.sh                 every edge
#   edge/start.sh sweden ...      only these edges (their "Name"), PostgreSQL included
# Safe to run twice: what already runs is left alone. PIDs, logs and data live in SipEdge:Local:RunDirectory
# (default /tmp/trunkportal-edge). EDGE_SETTINGS=file points at another settings file. Stop with edge/stop.sh.
# SIP OPTIONS go to static trunks' destinations every SipEdge:Local:OptionsIntervalSeconds (60, the seed's interval);
# EDGE_OPTIONS_INTERVAL=seconds overrides it (the tests use 2), and an instance running with another interval is
# restarted with this one.
# The same PostgreSQL serves the portal's PostgreSQL tests (./test.sh): role portal_tests may create databases.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
settings=${EDGE_SETTINGS:-$here/../appsettings.Edge.json}
source "$here/common.sh"

require_tools
mkdir -p "$run_dir/logs"
chmod 755 "$run_dir"

start_postgres() {
  local data="$run_dir/pg/data" sock="$run_dir/pg/sock"
  if pg_running; then
    echo "edge: PostgreSQL already running on 127.0.0.1:$pg_port (pid $(head -1 "$data/postmaster.pid"))"
  else
    init_pg_data
    as_pg "$pg_bin/pg_ctl -D '$data' -l '$run_dir/pg/postgresql.log' -w -t 30 \
      -o \"-p $pg_port -k '$sock' -c listen_addresses=127.0.0.1 -c shared_buffers=32MB -c max_connections=150 -c fsync=off\" start" >/dev/null
    echo "edge: PostgreSQL started on 127.0.0.1:$pg_port (pid $(head -1 "$data/postmaster.pid"))"
  fi
  psql_admin postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal') THEN CREATE ROLE portal LOGIN; END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kamailio') THEN CREATE ROLE kamailio LOGIN; END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal_tests') THEN CREATE ROLE portal_tests LOGIN CREATEDB; END IF;
    END \$\$;
    ALTER ROLE portal PASSWORD '$portal_password';
    ALTER ROLE portal_tests PASSWORD '$portal_password';
    ALTER ROLE kamailio PASSWORD '$kamailio_password';" >/dev/null
}

create_database() {
  local db=$1
  if [ -z "$(psql_admin postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    psql_admin postgres -c "CREATE DATABASE $db" >/dev/null
  fi
  psql_admin "$db" -v ON_ERROR_STOP=1 -f "$here/schema.sql" >/dev/null
}

start_kamailio() {
  local name=$1
  local sip_ip sip_port rpc_url rpc_ip rpc_port db realm platform platform_ip pid_file dir interval_file
  sip_ip=$(edge_value "$name" .SipAddress)
  sip_port=$(edge_value "$name" .SipPort)
  rpc_url=$(edge_value "$name" .RpcUrl)
  rpc_ip=$(sed -E 's#^https?://([^:/]+).*#\1#' <<<"$rpc_url")
  rpc_port=$(sed -E 's#^https?://[^:/]+:([0-9]+).*#\1#' <<<"$rpc_url")
  db=$(database_of "$name")
  realm=$(edge_value "$name" .Realm)
  platform=$(edge_value "$name" .Platform)
  platform_ip=$(sed -E 's#^sips?:([^:;]+).*#\1#' <<<"$platform")
  pid_file="$run_dir/kamailio-$name.pid"
  interval_file="$run_dir/kamailio-$name.options-interval"
  dir="$run_dir/kamailio-$name"
  create_database "$db"
  if pid_alive "$pid_file"; then
    if [ "$(cat "$interval_file" 2>/dev/null)" = "$options_interval" ]; then
      echo "edge: $name already running (pid $(cat "$pid_file")), SIP udp/tcp $sip_ip:$sip_port, JSON-RPC $rpc_url"
      return
    fi
    echo "edge: $name runs with another OPTIONS interval; restarting it with ${options_interval}s"
    kill "$(cat "$pid_file")" 2>/dev/null || true
    for _ in $(seq 1 50); do pid_alive "$pid_file" || break; sleep 0.1; done
  fi
  mkdir -p "$dir"
  # TZ=UTC: usrloc writes location.expires in the process's local time (docs/sip-edge.md).
  TZ=UTC nohup /usr/sbin/kamailio -f "$here/kamailio.cfg" -DD -E -Y "$dir" -m 64 -M 8 \
    -A "NAME=\"$name\"" -A "SIP_IP=$sip_ip" -A "SIP_PORT=$sip_port" -A "RPC_IP=$rpc_ip" -A "RPC_PORT=$rpc_port" \
    -A "DBURL=\"postgres://kamailio:$kamailio_password@127.0.0.1:$pg_port/$db\"" -A "SQLCON=\"edge=>postgres://kamailio:$kamailio_password@127.0.0.1:$pg_port/$db\"" -A "REALM=\"$realm\"" \
    -A "PLATFORM=\"$platform\"" -A "PLATFORM_IP=$platform_ip" -A "PING_INTERVAL=$options_interval" -A "CTL=\"unix:$dir/ctl.sock\"" \
    >>"$run_dir/logs/kamailio-$name.log" 2>&1 < /dev/null &
  echo $! > "$pid_file"
  echo "$options_interval" > "$interval_file"
  for _ in $(seq 1 100); do
    if curl -sf -m 1 -X POST "$rpc_url" -d '{"jsonrpc":"2.0","method":"core.version","id":1}' >/dev/null 2>&1; then
      echo "edge: $name started (pid $(cat "$pid_file")), SIP udp/tcp $sip_ip:$sip_port, JSON-RPC $rpc_url, database $db, OPTIONS every ${options_interval}s"
      return
    fi
    if ! pid_alive "$pid_file"; then
      break
    fi
    sleep 0.1
  done
  echo "edge: $name did not start; the end of $run_dir/logs/kamailio-$name.log:" >&2
  tail -n 20 "$run_dir/logs/kamailio-$name.log" >&2
  exit 1
}

options_interval=${EDGE_OPTIONS_INTERVAL:-$(jq -r '.SipEdge.Local.OptionsIntervalSeconds // 60' "$settings")}
if ! [[ "$options_interval" =~ ^[1-9][0-9]*$ ]]; then
  echo "edge: the OPTIONS interval must be a whole number of seconds, 1 or more (got '$options_interval')" >&2
  exit 1
fi

start_postgres
for name in $(selected_edges "$@"); do
  start_kamailio "$name"
done
