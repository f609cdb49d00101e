#!/usr/bin/env bash
# Two TrunkPortal instances on one PostgreSQL behind nginx, all on loopback (README, "Several instances").
#   deploy/cluster.sh start     its own PostgreSQL, the key ring's certificate, a Release publish, instance A,
#                               then instance B (each once /health answers), then nginx
#   deploy/cluster.sh stop      stops what start started, by the PIDs it wrote (TERM, KILL after 5 s), then PostgreSQL
#   deploy/cluster.sh status    what runs; exit code 0 only when everything does
# Safe to run twice: what already runs is left alone. It installs nothing: it names the Debian packages it misses.
#
# Every port and the run directory come from the environment (defaults in brackets):
#   CLUSTER_RUN_DIR [/tmp/trunkportal-cluster]  data, logs, PIDs, the published app
#   CLUSTER_PG_PORT [55440]                     PostgreSQL (not the edge's 55432)
#   CLUSTER_HTTP_PORT [8080]                    nginx, ip_hash over A and B (the deployment's shape)
#   CLUSTER_HTTP_PORT_A [8081]  CLUSTER_HTTP_PORT_B [8082]   nginx, pinned to A or to B
#   CLUSTER_PORT_A [5101]  CLUSTER_PORT_B [5102]             the instances themselves
#   CLUSTER_SKIP_PUBLISH=1                      reuse the app already published in the run directory
# The rest of the environment reaches both instances, so any setting can be given the usual way
# (e.g. Provisioning__DelayMs=5000). The data stays in the run directory; delete it to start afresh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
# edge/common.sh's PostgreSQL helpers (as_pg, psql_admin, pg_running, pid_alive, pg_bin), pointed at this cluster.
settings=$repo/appsettings.Edge.json
say_prefix=cluster
source "$repo/edge/common.sh"
run_dir=${CLUSTER_RUN_DIR:-/tmp/trunkportal-cluster}
pg_port=${CLUSTER_PG_PORT:-55440}
http_port=${CLUSTER_HTTP_PORT:-8080}
http_port_a=${CLUSTER_HTTP_PORT_A:-8081}
http_port_b=${CLUSTER_HTTP_PORT_B:-8082}
port_a=${CLUSTER_PORT_A:-5101}
port_b=${CLUSTER_PORT_B:-5102}
app_dir=$run_dir/app
keyring=$run_dir/keyring.pfx
database=trunkportal


nginx_bin() { command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true; }

require_tools() {
  local missing=()
  command -v dotnet >/dev/null 2>&1 || missing+=("dotnet (the .NET 10 SDK)")
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v psql >/dev/null 2>&1 && [ -n "$pg_bin" ] || missing+=(postgresql)
  [ -n "$(nginx_bin)" ] || missing+=(nginx)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "cluster: missing ${missing[*]}." >&2
    echo "         Install (Debian 12): sudo apt-get install -y --no-install-recommends nginx postgresql curl" >&2
    exit 1
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

refuse_if_taken() {
  if port_in_use "$1"; then
    echo "cluster: 127.0.0.1:$1 ($2) is already taken by another program; choose another port (see the top of $0)." >&2
    exit 1
  fi
}

start_postgres() {
  local data="$run_dir/pg/data" sock="$run_dir/pg/sock" password_file="$run_dir/pg/portal.password"
  if pg_running; then
    say "PostgreSQL already running on 127.0.0.1:$pg_port (pid $(head -1 "$data/postmaster.pid"))"
  else
    refuse_if_taken "$pg_port" PostgreSQL
    init_pg_data
    as_pg "$pg_bin/pg_ctl -D '$data' -l '$run_dir/pg/postgresql.log' -w -t 30 \
      -o \"-p $pg_port -k '$sock' -c listen_addresses=127.0.0.1 -c shared_buffers=32MB -c max_connections=100\" start" >/dev/null
    say "PostgreSQL started on 127.0.0.1:$pg_port (pid $(head -1 "$data/postmaster.pid"))"
  fi
  if [ ! -f "$password_file" ]; then
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
  fi
  portal_password=$(cat "$password_file")
  psql_admin postgres -v ON_ERROR_STOP=1 -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal') THEN CREATE ROLE portal LOGIN; END IF;
    END \$\$;
    ALTER ROLE portal PASSWORD '$portal_password';" >/dev/null
  if [ -z "$(psql_admin postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    psql_admin postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $database OWNER portal" >/dev/null
    say "database $database created (owner portal); the first instance migrates and seeds it"
  fi
}

instance_running() { pid_alive "$run_dir/instance-$1.pid"; }

publish() {
  if [ "${CLUSTER_SKIP_PUBLISH:-}" = "1" ] && [ -f "$app_dir/TrunkPortal.dll" ]; then
    say "reusing the app published in $app_dir"
    return
  fi
  if instance_running a || instance_running b; then
    say "an instance is running: keeping the published app in $app_dir"
    return
  fi
  say "dotnet publish TrunkPortal -c Release -o $app_dir"
  dotnet publish "$repo/TrunkPortal" -c Release -o "$app_dir" -v q -nologo >"$run_dir/logs/publish.log" 2>&1 || {
    tail -n 30 "$run_dir/logs/publish.log" >&2
    echo "cluster: the publish failed (whole log: $run_dir/logs/publish.log)." >&2
    exit 1
  }
}

create_keyring() {
  if [ -f "$keyring" ]; then
    return
  fi
  # One certificate for both instances: each must read the keys the other made (DataProtection:CertificatePath).
  (cd "$app_dir" && dotnet TrunkPortal.dll --create-keyring "$keyring") >/dev/null
  say "key ring certificate written to $keyring (both instances use it)"
}

wait_for_health() {
  local name=$1 port=$2 pid=$3 log=$4 timeout=${CLUSTER_START_TIMEOUT:-180}
  local deadline=$((SECONDS + timeout))
  while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2
      echo "cluster: instance $name exited during start (whole log: $log)." >&2
      exit 1
    fi
    if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/health"; then
      return
    fi
    sleep 0.5
  done
  echo "cluster: instance $name gave no 200 on /health within $timeout s (log: $log)." >&2
  exit 1
}

start_instance() {
  local name=$1 port=$2 pid_file="$run_dir/instance-$1.pid" log="$run_dir/logs/instance-$1.log"
  if instance_running "$name"; then
    say "instance $name already running on 127.0.0.1:$port (pid $(cat "$pid_file"))"
    return
  fi
  refuse_if_taken "$port" "instance $name"
  (
    cd "$app_dir"
    export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
    export Database__Provider=Postgres
    export ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=$database;Username=portal;Password=$portal_password"
    export DataProtection__CertificatePath=$keyring
    # The instance's name in its database connections (application_name trunkportal/<id>) and provisioning claims.
    export Portal__InstanceId="$name-$(hostname -s)"
    exec dotnet TrunkPortal.dll --urls "http://127.0.0.1:$port" </dev/null >"$log" 2>&1
  ) &
  local pid=$!
  echo "$pid" > "$pid_file"
  wait_for_health "$name" "$port" "$pid" "$log"
  say "instance $name on http://127.0.0.1:$port (pid $pid, log $log)"
}

render_nginx_conf() {
  # One substitution per line at most ("t" ends the line's script), so overridden ports never chain.
  sed -e "s/listen 127\.0\.0\.1:8080;/listen 127.0.0.1:$http_port;/;t" \
      -e "s/listen 127\.0\.0\.1:8081;/listen 127.0.0.1:$http_port_a;/;t" \
      -e "s/listen 127\.0\.0\.1:8082;/listen 127.0.0.1:$http_port_b;/;t" \
      -e "s/server 127\.0\.0\.1:5101;/server 127.0.0.1:$port_a;/;t" \
      -e "s/server 127\.0\.0\.1:5102;/server 127.0.0.1:$port_b;/;t" \
      "$here/nginx.conf" > "$run_dir/nginx/nginx.conf"
}

start_nginx() {
  local dir="$run_dir/nginx"
  if pid_alive "$dir/nginx.pid"; then
    say "nginx already running (pid $(cat "$dir/nginx.pid"))"
    return
  fi
  for port in "$http_port" "$http_port_a" "$http_port_b"; do
    refuse_if_taken "$port" nginx
  done
  mkdir -p "$dir/temp"
  render_nginx_conf
  "$(nginx_bin)" -p "$dir/" -c "$dir/nginx.conf" -e "$dir/error.log" </dev/null >>"$dir/error.log" 2>&1 || {
    tail -n 20 "$dir/error.log" >&2
    echo "cluster: nginx did not start (config: $dir/nginx.conf)." >&2
    exit 1
  }
  for _ in $(seq 1 50); do
    pid_alive "$dir/nginx.pid" && break
    sleep 0.1
  done
  say "nginx (pid $(cat "$dir/nginx.pid")): http://127.0.0.1:$http_port (A and B, ip_hash), http://127.0.0.1:$http_port_a (A only), http://127.0.0.1:$http_port_b (B only)"
}

status_line() {
  local label=$1 pid_file=$2 where=$3
  if pid_alive "$pid_file"; then
    say "$label running (pid $(cat "$pid_file")), $where"
  else
    say "$label not running"
    all_running=no
  fi
}

case "${1:-}" in
  start)
    require_tools
    mkdir -p "$run_dir/logs"
    chmod 755 "$run_dir"
    start_postgres
    publish
    create_keyring
    # A first and alone: it migrates and seeds the empty database, B then finds both done.
    start_instance a "$port_a"
    start_instance b "$port_b"
    start_nginx
    ;;
  stop)
    stop_pid_file nginx "$run_dir/nginx/nginx.pid"
    stop_pid_file "instance b" "$run_dir/instance-b.pid"
    stop_pid_file "instance a" "$run_dir/instance-a.pid"
    if pg_running; then
      as_pg "$pg_bin/pg_ctl -D '$run_dir/pg/data' -m fast -w stop" >/dev/null
      say "PostgreSQL stopped"
    else
      say "PostgreSQL is not running"
    fi
    ;;
  status)
    all_running=yes
    if pg_running; then
      say "PostgreSQL running (pid $(head -1 "$run_dir/pg/data/postmaster.pid")), 127.0.0.1:$pg_port, database $database"
    else
      say "PostgreSQL not running"
      all_running=no
    fi
    status_line "instance a" "$run_dir/instance-a.pid" "http://127.0.0.1:$port_a"
    status_line "instance b" "$run_dir/instance-b.pid" "http://127.0.0.1:$port_b"
    status_line nginx "$run_dir/nginx/nginx.pid" "http://127.0.0.1:$http_port (A and B), :$http_port_a (A), :$http_port_b (B)"
    [ "$all_running" = yes ]
    ;;
  *)
    echo "usage: $0 start|stop|status   (ports and run directory: see the top of this file)" >&2
    exit 2
    ;;
esac
