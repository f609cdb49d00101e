# Shared by edge/start.sh and edge/stop.sh: reads appsettings.Edge.json ($settings) with jq.

require_tools() {
  local missing=()
  for tool in jq curl psql kamailio; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
  done
  [ -n "$pg_bin" ] || missing+=("postgresql")
  if [ ${#missing[@]} -gt 0 ]; then
    echo "edge: missing ${missing[*]}." >&2
    echo "      Install (Debian 12): sudo apt-get install -y --no-install-recommends kamailio kamailio-postgres-modules postgresql sip-tester jq curl" >&2
    exit 1
  fi
}

if [ ! -f "$settings" ]; then
  echo "edge: no settings file at $settings" >&2
  exit 1
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if command -v jq >/dev/null 2>&1; then
  run_dir=$(jq -r '.SipEdge.Local.RunDirectory // "/tmp/trunkportal-edge"' "$settings")
  pg_port=$(jq -r '.SipEdge.Local.PostgresPort // 55432' "$settings")
  portal_password=$(jq -r '.SipEdge.Local.PortalPassword' "$settings")
  kamailio_password=$(jq -r '.SipEdge.Local.KamailioPassword' "$settings")
else
  run_dir=/tmp/trunkportal-edge
  pg_port=55432
fi

# PostgreSQL refuses to run as root: as root the cluster belongs to the "postgres" user.
if [ "$(id -u)" = "0" ]; then
  pg_user=postgres
  as_pg() { runuser -u postgres -- bash -c "$1"; }
else
  pg_user=$(id -un)
  as_pg() { bash -c "$1"; }
fi

psql_admin() {
  local db=$1
  shift
  PGOPTIONS="-c client_min_messages=warning" psql -h "$run_dir/pg/sock" -p "$pg_port" -U postgres -d "$db" -q "$@"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

pg_running() { [ -f "$run_dir/pg/data/postmaster.pid" ] && kill -0 "$(head -1 "$run_dir/pg/data/postmaster.pid")" 2>/dev/null; }

edge_names() { jq -r '.SipEdge.Edges[].Name' "$settings"; }

edge_value() { jq -r --arg n "$1" ".SipEdge.Edges[] | select(.Name == \$n) | $2" "$settings"; }

database_of() { edge_value "$1" .Database | tr ';' '\n' | sed -n 's/^Database=//p'; }

# The edges named on the command line (checked against the settings), or all of them.
selected_edges() {
  if [ $# -eq 0 ]; then
    edge_names
    return
  fi
  local all
  all=$(edge_names)
  for name in "$@"; do
    if ! grep -qx "$name" <<<"$all"; then
      echo "edge: no edge named '$name' in $settings (known: $(echo $all))" >&2
      exit 1
    fi
    echo "$name"
  done
}

# What the scripts print starts with who says it: "edge" (edge/*.sh) or "cluster" (deploy/cluster.sh sets say_prefix).
say() { echo "${say_prefix:-edge}: $*"; }

# Stops the process a PID file names: TERM, then KILL after 5 s. Safe when it is not running.
stop_pid_file() {
  local label=$1 pid_file=$2
  if ! pid_alive "$pid_file"; then
    say "$label is not running"
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
  say "$label stopped (pid $pid)"
}

# A new PostgreSQL data folder in $run_dir/pg/data (once): TCP clients sign in with a password, the local socket
# (for these scripts) is trusted.
init_pg_data() {
  local data="$run_dir/pg/data"
  mkdir -p "$data" "$run_dir/pg/sock"
  if [ ! -f "$data/PG_VERSION" ]; then
    chown -R "$pg_user" "$run_dir/pg" 2>/dev/null || true
    as_pg "$pg_bin/initdb -D '$data' -U postgres -A trust --no-sync -E UTF8" >/dev/null
    cat > "$data/pg_hba.conf" <<HBA
local all all trust
host  all all 127.0.0.1/32 scram-sha-256
HBA
  fi
  chown -R "$pg_user" "$run_dir/pg" 2>/dev/null || true
}
