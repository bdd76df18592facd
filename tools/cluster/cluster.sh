#!/usr/bin/env bash
# Hotline on one machine as it runs on several (docs/operations.md, "Several nodes"): three app nodes behind HAProxy
# (round-robin, health checks on /health/ready), a PostgreSQL primary with a streaming hot standby made by
# pg_basebackup (WAL archived), PgBouncer in transaction mode, Redis for the SignalR backplane.
#   ./build.sh cluster [start]        build, then start everything (state in $HOTLINE_CLUSTER_DIR)
#   ./build.sh cluster stop           stop everything and keep the data; `start` again resumes it
#   ./build.sh cluster destroy        stop everything and delete the data
#   ./build.sh cluster status         what runs, where
# Operations the cluster tests script (one machine's version of the manual steps in docs/operations.md):
#   kill-node N | start-node N | stop-standby | start-standby | stop-primary | promote
# Ports: HOTLINE_CLUSTER_PORT (default 57000) is HAProxy; +1..+3 the nodes, +10 primary, +11 standby, +12 PgBouncer,
# +13 Redis, +14 HAProxy's stats page. HOTLINE_CLUSTER_PGBOUNCER=1 sends the nodes' queries through PgBouncer.
# HOTLINE_CLUSTER_NO_BUILD=1 uses the Release build as it is (the test command builds first).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${HOTLINE_CLUSTER_DIR:-/var/tmp/hotline/cluster}
BASE=${HOTLINE_CLUSTER_PORT:-57000}
NODES=${HOTLINE_CLUSTER_NODES:-3}
LB_PORT=$BASE
PRIMARY_PORT=$((BASE + 10))
STANDBY_PORT=$((BASE + 11))
BOUNCER_PORT=$((BASE + 12))
REDIS_PORT=$((BASE + 13))
STATS_PORT=$((BASE + 14))
DLL=$ROOT/src/Hotline.Web/bin/Release/net10.0/Hotline.Web.dll
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
# Two cores: see build.sh. The standby answers reports; hot_standby_feedback keeps its long queries from being cancelled.
PG_OPTS="-c listen_addresses=127.0.0.1 -k /tmp -c max_connections=300 -c max_parallel_workers_per_gather=0"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
node_port() { echo $((BASE + $1)); }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

pg_running() { as_pg "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }
pg_up() { # dir port
  pg_running "$1" && return 0
  as_pg "$PG_BIN/pg_ctl" -D "$1" -w -t 60 -l "$1/server.log" -o "-p $2 $PG_OPTS" start >/dev/null \
    || { tail -n 20 "$1/server.log" >&2; die "PostgreSQL in $1 did not start"; }
}
pg_down() { if [ -f "$1/PG_VERSION" ] && pg_running "$1"; then as_pg "$PG_BIN/pg_ctl" -D "$1" -w -m fast stop >/dev/null; fi; }
psql_at() { as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -Atq -d "${2:-postgres}" -c "$3"; }

# The primary: WAL for a streaming standby and archived for point-in-time recovery (docs/operations.md, Backups).
primary_init() {
  [ -f "$DIR/primary/PG_VERSION" ] && return 0
  log "Creating the primary in $DIR/primary"
  mkdir -p "$DIR/primary" "$DIR/wal-archive"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR" "$DIR/primary" "$DIR/wal-archive"
  chmod 700 "$DIR/primary"
  as_pg "$PG_BIN/initdb" -D "$DIR/primary" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$DIR/primary/postgresql.conf" <<CONF
wal_level = replica
max_wal_senders = 10
max_replication_slots = 10
hot_standby = on
hot_standby_feedback = on
archive_mode = on
archive_command = 'test ! -f $DIR/wal-archive/%f && cp %p $DIR/wal-archive/%f'
CONF
}

# The standby: a base backup of the running primary (-R writes primary_conninfo and standby.signal), its own slot.
standby_init() {
  [ -f "$DIR/standby/PG_VERSION" ] && return 0
  log "Copying the primary to the standby with pg_basebackup"
  mkdir -p "$DIR/standby"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR/standby"
  chmod 700 "$DIR/standby"
  psql_at "$PRIMARY_PORT" postgres "SELECT 1 FROM pg_replication_slots WHERE slot_name = 'hotline_standby'" | grep -q 1 \
    || psql_at "$PRIMARY_PORT" postgres "SELECT pg_create_physical_replication_slot('hotline_standby')" >/dev/null
  as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/standby" -R -X stream -c fast -S hotline_standby
  # The copy must not archive into the primary's archive.
  echo "archive_mode = off" >>"$DIR/standby/postgresql.conf"
}

bouncer_up() {
  pid_alive "$DIR/pgbouncer.pid" && return 0
  cat >"$DIR/pgbouncer.ini" <<CONF
[databases]
hotline = host=127.0.0.1 port=$PRIMARY_PORT dbname=hotline
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $DIR/pgbouncer.users
pool_mode = transaction
default_pool_size = 40
max_client_conn = 1000
# The app sends jit=off and serial plans as the options startup parameter (HotlineDbContextOptions.Tune), which
# PgBouncer refuses; the database carries the same settings itself (ALTER DATABASE in cmd_start), so it is safe to ignore here.
ignore_startup_parameters = extra_float_digits,options
pidfile = $DIR/pgbouncer.pid
logfile = $DIR/pgbouncer.log
CONF
  echo '"postgres" ""' >"$DIR/pgbouncer.users"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR/pgbouncer.ini" "$DIR/pgbouncer.users"
  as_pg pgbouncer -d "$DIR/pgbouncer.ini" || die "PgBouncer did not start ($DIR/pgbouncer.log)"
}

redis_up() {
  pid_alive "$DIR/redis.pid" && return 0
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" --dir "$DIR" >/dev/null
  for _ in $(seq 1 50); do pid_alive "$DIR/redis.pid" && return 0; sleep 0.1; done
  die "Redis did not start ($DIR/redis.log)"
}

haproxy_up() {
  local i
  {
    cat <<CONF
global
  maxconn 4000
defaults
  mode http
  option forwardfor
  option redispatch
  retries 2
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  timeout tunnel 1h
frontend hotline
  bind 127.0.0.1:$LB_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  # Which node answered (the cluster tests check each request lands on another node).
  http-response set-header X-Hotline-Node %s
CONF
    for i in $(seq 1 "$NODES"); do echo "  server node$i 127.0.0.1:$(node_port "$i") check"; done
    cat <<CONF
listen stats
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /
CONF
  } >"$DIR/haproxy.cfg"
  if pid_alive "$DIR/haproxy.pid"; then
    return 0
  fi
  haproxy -c -q -f "$DIR/haproxy.cfg" || die "haproxy.cfg is not valid"
  haproxy -D -p "$DIR/haproxy.pid" -f "$DIR/haproxy.cfg"
}

# The connection strings a node uses now: the primary (or PgBouncer) and the standby, from $DIR/roles.
database_settings() {
  local primary standby
  primary=$(sed -n 's/^primary=//p' "$DIR/roles")
  standby=$(sed -n 's/^standby=//p' "$DIR/roles")
  if [ "${HOTLINE_CLUSTER_PGBOUNCER:-0}" = 1 ] && [ "$primary" = "$PRIMARY_PORT" ]; then
    # Transaction pooling: no session state survives a transaction, so nodes skip start-up migration (its advisory
    # lock is a session's) and Npgsql does not reset connections it hands back.
    echo "ConnectionStrings__Hotline=Host=127.0.0.1;Port=$BOUNCER_PORT;Database=hotline;Username=postgres;No Reset On Close=true;Max Auto Prepare=0"
    echo "Hotline__SkipDatabaseInitialization=true"
  else
    echo "ConnectionStrings__Hotline=Host=127.0.0.1;Port=$primary;Database=hotline;Username=postgres"
  fi
  if [ -n "$standby" ]; then
    echo "ConnectionStrings__HotlineReplica=Host=127.0.0.1;Port=$standby;Database=hotline;Username=postgres"
  fi
}

node_up() { # N
  local n=$1 port
  port=$(node_port "$n")
  pid_alive "$DIR/node$n.pid" && return 0
  mkdir -p "$DIR/logs"
  (
    cd "$ROOT/src/Hotline.Web"
    while IFS= read -r setting; do export "${setting?}"; done < <(database_settings)
    # Development serves the static assets from the build output (as ./build.sh run does) and seeds the demo data
    # on an empty database; the first node migrates and seeds, the others wait on its advisory lock.
    export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
    export ASPNETCORE_URLS="http://127.0.0.1:$port"
    export ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT,abortConnect=false"
    export Hotline__NodeName="node$n"
    export Hotline__TrustedProxies__0=127.0.0.1
    export Serilog__MinimumLevel__Default=${Serilog__MinimumLevel__Default:-Warning}
    exec dotnet "$DLL" >"$DIR/logs/node$n.log" 2>&1
  ) &
  echo $! >"$DIR/node$n.pid"
}

node_wait() { # N
  local n=$1 url
  url="http://127.0.0.1:$(node_port "$n")/health/ready"
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    pid_alive "$DIR/node$n.pid" || { tail -n 30 "$DIR/logs/node$n.log" >&2; die "node$n stopped"; }
    sleep 0.2
  done
  die "node$n is not ready after 2 minutes ($DIR/logs/node$n.log)"
}

node_down() { # N
  local n=$1
  if pid_alive "$DIR/node$n.pid"; then
    kill "$(cat "$DIR/node$n.pid")" 2>/dev/null || true
    for _ in $(seq 1 100); do pid_alive "$DIR/node$n.pid" || break; sleep 0.1; done
    pid_alive "$DIR/node$n.pid" && kill -9 "$(cat "$DIR/node$n.pid")" 2>/dev/null || true
  fi
  rm -f "$DIR/node$n.pid"
}

# Waits until HAProxy sees every node up (it checks each second).
lb_wait() {
  for _ in $(seq 1 200); do
    local up
    up=$(curl -fsS "http://127.0.0.1:$STATS_PORT/;csv" 2>/dev/null | grep -c '^nodes,node[0-9]*,.*,UP,' || true)
    [ "$up" -ge "${1:-$NODES}" ] && return 0
    sleep 0.1
  done
  die "HAProxy does not see ${1:-$NODES} nodes up"
}

cmd_start() {
  command -v haproxy >/dev/null || die "HAProxy is required (apt-get install haproxy)"
  command -v pgbouncer >/dev/null || die "PgBouncer is required (apt-get install pgbouncer)"
  command -v redis-server >/dev/null || die "Redis is required (apt-get install redis-server)"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
  chmod 755 "$DIR"
  if [ "${HOTLINE_CLUSTER_NO_BUILD:-0}" != 1 ]; then
    log "Building"
    dotnet build "$ROOT/src/Hotline.Web/Hotline.Web.csproj" -c Release -v quiet -nologo >/dev/null \
      || dotnet build "$ROOT/src/Hotline.Web/Hotline.Web.csproj" -c Release -nologo
  fi
  [ -f "$DIR/roles" ] || printf 'primary=%s\nstandby=%s\n' "$PRIMARY_PORT" "$STANDBY_PORT" >"$DIR/roles"
  primary_init
  pg_up "$DIR/primary" "$PRIMARY_PORT"
  psql_at "$PRIMARY_PORT" postgres "SELECT 1 FROM pg_database WHERE datname = 'hotline'" | grep -q 1 \
    || psql_at "$PRIMARY_PORT" postgres "CREATE DATABASE hotline" >/dev/null
  # What the app asks per connection, for connections PgBouncer opens without its startup options.
  psql_at "$PRIMARY_PORT" postgres "ALTER DATABASE hotline SET jit = off" >/dev/null
  psql_at "$PRIMARY_PORT" postgres "ALTER DATABASE hotline SET work_mem = '32MB'" >/dev/null
  psql_at "$PRIMARY_PORT" postgres "ALTER DATABASE hotline SET max_parallel_workers_per_gather = 0" >/dev/null
  standby_init
  pg_up "$DIR/standby" "$STANDBY_PORT"
  redis_up
  bouncer_up
  if [ "${HOTLINE_CLUSTER_PGBOUNCER:-0}" = 1 ]; then
    # Behind PgBouncer nodes do not migrate: one node migrates and seeds directly first.
    HOTLINE_CLUSTER_PGBOUNCER=0 node_up 1 && node_wait 1 && node_down 1
  fi
  log "Starting node1 (migrates and seeds on first start)"
  node_up 1
  node_wait 1
  # One request makes node1 create the data-protection key the others then read from the database.
  curl -fsS -o /dev/null "http://127.0.0.1:$(node_port 1)/Account/Login"
  log "Starting the other nodes"
  local i
  for i in $(seq 2 "$NODES"); do node_up "$i"; done
  for i in $(seq 2 "$NODES"); do node_wait "$i"; done
  haproxy_up
  lb_wait
  cmd_status
}

cmd_status() {
  local i state
  printf '  HAProxy      http://127.0.0.1:%s   (stats http://127.0.0.1:%s/)\n' "$LB_PORT" "$STATS_PORT"
  for i in $(seq 1 "$NODES"); do
    state=down; pid_alive "$DIR/node$i.pid" && state="pid $(cat "$DIR/node$i.pid")"
    printf '  node%s        http://127.0.0.1:%s   %s\n' "$i" "$(node_port "$i")" "$state"
  done
  printf '  primary      127.0.0.1:%s  %s\n' "$PRIMARY_PORT" "$(pg_running "$DIR/primary" && echo running || echo stopped)"
  printf '  standby      127.0.0.1:%s  %s\n' "$STANDBY_PORT" "$(pg_running "$DIR/standby" && echo running || echo stopped)"
  printf '  PgBouncer    127.0.0.1:%s  Redis 127.0.0.1:%s   data in %s\n' "$BOUNCER_PORT" "$REDIS_PORT" "$DIR"
}

cmd_stop() {
  local i
  [ -f "$DIR/haproxy.pid" ] && { kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null || true; rm -f "$DIR/haproxy.pid"; }
  for i in $(seq 1 "$NODES"); do node_down "$i"; done
  [ -f "$DIR/pgbouncer.pid" ] && { kill "$(cat "$DIR/pgbouncer.pid")" 2>/dev/null || true; }
  [ -f "$DIR/redis.pid" ] && { kill "$(cat "$DIR/redis.pid")" 2>/dev/null || true; }
  [ -d "$DIR/standby" ] && pg_down "$DIR/standby"
  [ -d "$DIR/primary" ] && pg_down "$DIR/primary"
  log "Cluster stopped (data kept in $DIR)"
}

cmd_destroy() {
  cmd_stop
  rm -rf "$DIR"
}

# Restarts the nodes with the connection strings of $DIR/roles (after a promotion).
restart_nodes() {
  local i
  for i in $(seq 1 "$NODES"); do node_down "$i"; done
  for i in $(seq 1 "$NODES"); do node_up "$i"; done
  for i in $(seq 1 "$NODES"); do node_wait "$i"; done
  lb_wait
}

# The standby becomes the primary (the old primary must be stopped first: two primaries would each take writes).
cmd_promote() {
  pg_running "$DIR/primary" && die "Stop the primary first (stop-primary): two primaries would both accept writes"
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/standby" -w promote >/dev/null
  printf 'primary=%s\nstandby=\n' "$STANDBY_PORT" >"$DIR/roles"
  log "The standby (port $STANDBY_PORT) is the primary; restarting the nodes against it"
  restart_nodes
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  destroy) cmd_destroy ;;
  status) cmd_status ;;
  kill-node) [ -f "$DIR/node$2.pid" ] && kill -9 "$(cat "$DIR/node$2.pid")" 2>/dev/null; rm -f "$DIR/node$2.pid" ;;
  start-node) node_up "$2"; node_wait "$2"; lb_wait ;;
  stop-standby) pg_down "$DIR/standby" ;;
  start-standby) pg_up "$DIR/standby" "$STANDBY_PORT" ;;
  stop-primary) pg_down "$DIR/primary" ;;
  promote) cmd_promote ;;
  *) echo "usage: ./build.sh cluster [start|stop|destroy|status|kill-node N|start-node N|stop-standby|start-standby|stop-primary|promote]" >&2; exit 2 ;;
esac
