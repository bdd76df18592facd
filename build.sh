#!/usr/bin/env bash
# Hotline's two commands, and a few helpers:
#   ./build.sh run    provision a local PostgreSQL (unless ConnectionStrings__Hotline is set), migrate, seed, serve
#   ./build.sh run --simulate   the same, and the call-day simulator (tools/callday.py) at 1× against it (or HOTLINE_SIMULATE=1)
#   ./build.sh stop   stop the PostgreSQL that `run` started
#   ./build.sh test   install what is missing, build warning-free, check format and migrations, run every test
#   ./build.sh admin create NAME [--display-name TEXT] [--generate]   create an administrator (the first one of an install)
#   ./build.sh migration NAME   add an EF Core migration
#   ./build.sh seed-bench N [--force]   fill the database hotline_bench with N realistic tickets (docs/performance.md)
#   ./build.sh bench  measure the pages against hotline_bench (starts the app in Production itself); --only pages|export|intake|events
#   HOTLINE_DB=hotline_bench ./build.sh run   serves that database instead of the demo one
#   ./build.sh cluster [stop]   three app nodes behind HAProxy over a primary and a hot standby (docs/operations.md)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

export NUGET_CERT_REVOCATION_MODE=offline   # revocation checks time out on a closed network
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive

RUN_PG_DIR=${HOTLINE_PG_DIR:-/var/tmp/hotline/pgdata}
RUN_PG_PORT=${HOTLINE_PG_PORT:-55432}
WEB_PROJECT=src/Hotline.Web/Hotline.Web.csproj
SERVICES_PROJECT=src/Hotline.Services/Hotline.Services.csproj

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || die "Please install: $*"
  [ "$(id -u)" = 0 ] || die "Please install (as root): apt-get install $*"
  if [ "$APT_UPDATED" = 0 ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  apt-get install -y -qq "$@" >/dev/null
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    log "Installing PostgreSQL"
    apt_install postgresql
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$dir"
}

# Runs a PostgreSQL binary as the postgres OS user when we are root (initdb refuses to run as root).
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_init() { # dir
  local dir=$1 bin
  bin=$(pg_bin)
  if [ ! -f "$dir/PG_VERSION" ]; then
    log "Creating a PostgreSQL cluster in $dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$(dirname "$dir")" "$dir"
    chmod 700 "$dir"
    as_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
}

pg_start() { # dir port [extra server options]
  local dir=$1 port=$2 opts=${3:-} bin
  bin=$(pg_bin)
  if as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    return 0
  fi
  as_pg "$bin/pg_ctl" -D "$dir" -w -t 60 -l "$dir/server.log" \
    -o "-p $port -c listen_addresses=127.0.0.1 -k /tmp $opts" start >/dev/null \
    || { cat "$dir/server.log" >&2 || true; die "PostgreSQL did not start"; }
}

# The cluster of `run` and `bench` as docs/operations.md tells a city to run PostgreSQL: a quarter of the machine's
# memory for its own cache and three quarters assumed for the system's (the defaults, 128 MB and 4 GB, made the text
# search's ~20,000 pages at 10M tickets evict each other on every request). Below 4 GB the defaults stay.
run_pg_options() {
  local kb
  kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo 2>/dev/null || echo 0)
  if [ "${kb:-0}" -gt 4194304 ]; then
    echo "-c shared_buffers=$((kb / 4 / 1024))MB -c effective_cache_size=$((kb * 3 / 4 / 1024))MB"
  fi
}

pg_stop() { # dir
  local dir=$1 bin
  bin=$(pg_bin)
  if [ -f "$dir/PG_VERSION" ] && as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$dir" -w -m fast stop >/dev/null
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

ensure_dotnet() {
  command -v dotnet >/dev/null || die "The .NET 10 SDK is required (dotnet on PATH)."
}

ensure_chromium() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # Without a CJK font the screenshots show boxes instead of Chinese.
  [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} for the browser tests"
    apt_install "${missing[@]}"
  fi
}

# The cluster tests start HAProxy, PgBouncer and Redis (tools/cluster/cluster.sh).
ensure_cluster_tools() {
  local missing=()
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v pgbouncer >/dev/null || missing+=(pgbouncer)
  command -v redis-server >/dev/null || missing+=(redis-server)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} for the cluster tests"
    apt_install "${missing[@]}"
  fi
}

print_logins() {
  cat <<'EOF'

  Demo logins in Development (password for all: Hotline!2026)
    agent, agent2        话务员 Agent          -> /Intake
    dispatcher           派单员 Dispatcher
    supervisor           值班主任 Supervisor   -> /Dashboards
    admin                管理员 Administrator
    liaison-<unit code>  联络员 Liaison of that unit, e.g. liaison-heating, liaison-water, liaison-laishan
    liaison-laishan-huanghai  联络员 of 莱山区黄海路街道, a sub-district of 莱山区: works what liaison-laishan delegates (下派)

EOF
}

cmd_run() {
  ensure_dotnet
  if [ -z "${ConnectionStrings__Hotline:-}" ]; then
    pg_init "$RUN_PG_DIR"
    pg_start "$RUN_PG_DIR" "$RUN_PG_PORT" "$(run_pg_options)"
    export ConnectionStrings__Hotline="Host=127.0.0.1;Port=$RUN_PG_PORT;Database=${HOTLINE_DB:-hotline};Username=postgres"
    log "PostgreSQL is running on 127.0.0.1:$RUN_PG_PORT (data in $RUN_PG_DIR; './build.sh stop' stops it)"
  else
    log "Using the database in ConnectionStrings__Hotline"
  fi
  log "[1/4] Restoring packages"
  dotnet restore "$WEB_PROJECT" -v quiet >/dev/null || dotnet restore "$WEB_PROJECT"
  log "[2/4] Building (Release)"
  # One line per project as it is built, so a cold build shows progress; on failure the whole output.
  dotnet build "$WEB_PROJECT" -c Release --no-restore -nologo -v minimal -clp:NoSummary 2>&1 \
    | sed -un 's/^ *\([A-Za-z.]*\) -> .*/    built \1/p' \
    || dotnet build "$WEB_PROJECT" -c Release --no-restore -nologo
  export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:5000}
  # Development serves the static assets straight from the build output (no publish step needed).
  export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
  print_logins
  log "[3/4] Migrating the database, [4/4] seeding the demo data (first run only; the app logs each step and its progress)"
  if [ "${1:-}" = --simulate ] || [ "${HOTLINE_SIMULATE:-0}" = 1 ]; then
    run_simulated
    return
  fi
  log "Then serving on $ASPNETCORE_URLS — Ctrl+C stops the app"
  exec dotnet run --no-build -c Release --no-launch-profile --project "$WEB_PROJECT"
}

# The app, and the call-day simulator at 1× posting the telephone platform's events to it (the wall and the screen-pop
# move as you watch). The simulator's key is issued at start-up (a new one each run; the client is 话务模拟器).
run_simulated() {
  local key log_file=${HOTLINE_SIM_LOG:-/tmp/hotline-callday.log}
  SIM_APP_PID="" SIM_PID=""
  key=$( (cd src/Hotline.Web && Serilog__MinimumLevel__Default=Warning \
    dotnet bin/Release/net10.0/Hotline.Web.dll telephony-key 话务模拟器) | tail -n 1)
  [ -n "$key" ] || die "No telephone platform key was issued"
  log "Serving on $ASPNETCORE_URLS with the call-day simulator at 1× (its output: $log_file) — Ctrl+C stops both"
  # The trap runs after this function has returned: the ids are global.
  trap 'kill $SIM_APP_PID $SIM_PID 2>/dev/null || true' EXIT INT TERM
  dotnet run --no-build -c Release --no-launch-profile --project "$WEB_PROJECT" &
  SIM_APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "$ASPNETCORE_URLS/health/ready" >/dev/null 2>&1 && break
    kill -0 "$SIM_APP_PID" 2>/dev/null || die "The app stopped"
    sleep 1
  done
  python3 tools/callday.py --url "$ASPNETCORE_URLS" --key "$key" --speed 1 --agents "${HOTLINE_SIM_AGENTS:-40}" >"$log_file" 2>&1 &
  SIM_PID=$!
  wait "$SIM_APP_PID"
}

# The run database (or ConnectionStrings__Hotline), migrated first; the app's own create-admin does the work.
cmd_admin() {
  [ "${1:-}" = create ] && [ $# -ge 2 ] || die "usage: ./build.sh admin create NAME [--display-name TEXT] [--generate]"
  shift
  ensure_dotnet
  if [ -z "${ConnectionStrings__Hotline:-}" ]; then
    pg_init "$RUN_PG_DIR"
    pg_start "$RUN_PG_DIR" "$RUN_PG_PORT" "$(run_pg_options)"
    export ConnectionStrings__Hotline="Host=127.0.0.1;Port=$RUN_PG_PORT;Database=${HOTLINE_DB:-hotline};Username=postgres"
  fi
  dotnet build "$WEB_PROJECT" -c Release -v quiet -nologo >/dev/null || dotnet build "$WEB_PROJECT" -c Release -nologo
  (cd src/Hotline.Web && ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production} Serilog__MinimumLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/Hotline.Web.dll create-admin "$@")
}

cmd_stop() {
  pg_stop "$RUN_PG_DIR"
  log "PostgreSQL stopped"
}

TEST_PG_DIR=""
cleanup_test_pg() {
  if [ -n "$TEST_PG_DIR" ]; then
    pg_stop "$TEST_PG_DIR/data" || true
    rm -rf "$TEST_PG_DIR"
  fi
}

cmd_test() {
  ensure_dotnet
  ensure_chromium
  ensure_cluster_tools
  pg_bin >/dev/null
  log "Restoring"
  dotnet restore Hotline.sln -v quiet >/dev/null || dotnet restore Hotline.sln
  dotnet tool restore >/dev/null
  log "Building (warnings are errors)"
  dotnet build Hotline.sln -c Release --no-restore -nologo -v quiet -warnaserror \
    || die "Build failed"
  log "Checking formatting"
  dotnet format Hotline.sln --verify-no-changes --no-restore \
    || die "Formatting differs: run 'dotnet format Hotline.sln'"
  log "Checking for model changes without a migration"
  dotnet ef migrations has-pending-model-changes --project "$SERVICES_PROJECT" --startup-project "$SERVICES_PROJECT" \
    --configuration Release --no-build >/dev/null \
    || die "The EF model has changes without a migration: run './build.sh migration NAME'"

  TEST_PG_DIR=$(mktemp -d /tmp/hotline-test-XXXXXX)
  chmod 755 "$TEST_PG_DIR"
  trap cleanup_test_pg EXIT
  local port
  port=$(free_port)
  pg_init "$TEST_PG_DIR/data"
  pg_start "$TEST_PG_DIR/data" "$port" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
  export HOTLINE_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres"
  log "Throwaway PostgreSQL on 127.0.0.1:$port"

  rm -rf TestResults/trx
  mkdir -p TestResults/trx
  log "Running tests"
  local rc=0
  dotnet test Hotline.sln -c Release --no-build --logger "trx" --results-directory TestResults/trx -v quiet -nologo \
    --filter "FullyQualifiedName!~Hotline.Cluster.Tests" || rc=$?
  # Then the cluster of ./build.sh cluster (three nodes, HAProxy, primary and standby), alone: its own throwaway databases.
  log "Running the cluster tests"
  dotnet test tests/Hotline.Cluster.Tests -c Release --no-build --logger "trx" --results-directory TestResults/trx -v quiet -nologo \
    || rc=$?

  # One plain line for CI, summed over every test project.
  python3 - "$rc" <<'PY'
import glob, re, sys
rc = int(sys.argv[1])
totals = {"passed": 0, "failed": 0, "skipped": 0, "total": 0}
for path in glob.glob("TestResults/trx/*.trx"):
    text = open(path, encoding="utf-8").read()
    m = re.search(r"<Counters ([^>]*)/>", text)
    if not m:
        continue
    attrs = dict(re.findall(r'(\w+)="(\d+)"', m.group(1)))
    totals["passed"] += int(attrs.get("passed", 0))
    totals["failed"] += int(attrs.get("failed", 0)) + int(attrs.get("error", 0)) + int(attrs.get("timeout", 0)) + int(attrs.get("aborted", 0))
    totals["skipped"] += int(attrs.get("notExecuted", 0))
    totals["total"] += int(attrs.get("total", 0))
# What a failed test said (the quiet console prints only its name), so a red CI run can be read from its log.
import xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for path in sorted(glob.glob("TestResults/trx/*.trx")):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult[@outcome='Failed']", ns):
        message = result.findtext(".//t:ErrorInfo/t:Message", default="", namespaces=ns)
        trace = result.findtext(".//t:ErrorInfo/t:StackTrace", default="", namespaces=ns)
        print(f"--- FAILED {result.get('testName')}")
        print("\n".join(message.strip().splitlines()[:60]))
        print("\n".join(trace.strip().splitlines()[:8]))
print(f"{totals['passed']} passed, {totals['failed']} failed, {totals['skipped']} skipped")
if totals["failed"] or totals["passed"] == 0 or rc != 0:
    sys.exit(1)
PY
}

cmd_migration() {
  [ $# -ge 1 ] || die "usage: ./build.sh migration NAME"
  ensure_dotnet
  dotnet tool restore >/dev/null
  dotnet ef migrations add "$1" --project "$SERVICES_PROJECT" --startup-project "$SERVICES_PROJECT" --output-dir Data/Migrations
}

BENCH_PROJECT=tools/Hotline.Bench/Hotline.Bench.csproj
BENCH_DLL=tools/Hotline.Bench/bin/Release/net10.0/Hotline.Bench.dll

# The benchmark database: ConnectionStrings__Hotline when set, otherwise hotline_bench (HOTLINE_DB) on the cluster of
# `run`, so the demo database stays as it is.
bench_connection() {
  if [ -n "${ConnectionStrings__Hotline:-}" ]; then
    echo "$ConnectionStrings__Hotline"
  else
    pg_init "$RUN_PG_DIR"
    pg_start "$RUN_PG_DIR" "$RUN_PG_PORT" "$(run_pg_options)"
    echo "Host=127.0.0.1;Port=$RUN_PG_PORT;Database=${HOTLINE_DB:-hotline_bench};Username=postgres"
  fi
}

cmd_seed_bench() {
  [ $# -ge 1 ] || die "usage: ./build.sh seed-bench N [--force]"
  ensure_dotnet
  local connection
  connection=$(bench_connection)
  log "Building the generator"
  dotnet build "$BENCH_PROJECT" -c Release -v quiet -nologo >/dev/null || dotnet build "$BENCH_PROJECT" -c Release -nologo
  log "Seeding $1 tickets into ${connection}"
  dotnet "$BENCH_DLL" seed "$@" --connection "$connection"
}

BENCH_APP_PID=""
stop_bench_app() {
  if [ -n "$BENCH_APP_PID" ]; then
    kill "$BENCH_APP_PID" 2>/dev/null || true
    wait "$BENCH_APP_PID" 2>/dev/null || true
  fi
}

cmd_bench() {
  ensure_dotnet
  local connection port url
  connection=$(bench_connection)
  log "Building the app and the benchmark (Release)"
  dotnet build "$WEB_PROJECT" -c Release -v quiet -nologo >/dev/null || dotnet build "$WEB_PROJECT" -c Release -nologo
  dotnet build "$BENCH_PROJECT" -c Release -v quiet -nologo >/dev/null || dotnet build "$BENCH_PROJECT" -c Release -nologo
  port=$(free_port)
  url="http://127.0.0.1:$port"
  log "Starting the app in Production on $url against ${connection}"
  trap stop_bench_app EXIT
  mkdir -p TestResults
  # The benchmark database holds the demo logins: Production refuses them unless told this is the benchmark.
  # The intake bench measures throughput, not the per-key rate limit of the Open311 API.
  (cd src/Hotline.Web && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" ConnectionStrings__Hotline="$connection" \
    Hotline__AcceptDemoPasswords=true Hotline__RateLimits__Open311PerMinute=1000000 \
    exec dotnet bin/Release/net10.0/Hotline.Web.dll >"$ROOT/TestResults/bench-app.log" 2>&1) &
  BENCH_APP_PID=$!
  # Up to 15 minutes: the app migrates first, and a migration that backfills a million tickets takes minutes.
  for _ in $(seq 1 900); do
    curl -fsS "$url/health/ready" >/dev/null 2>&1 && break
    kill -0 "$BENCH_APP_PID" 2>/dev/null || { cat TestResults/bench-app.log >&2; die "The app did not start"; }
    sleep 1
  done
  curl -fsS "$url/health/ready" >/dev/null || die "The app is not ready after 15 minutes"
  dotnet "$BENCH_DLL" pages --url "$url" --connection "$connection" --app-pid "$BENCH_APP_PID" "$@"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  test) shift; cmd_test "$@" ;;
  migration) shift; cmd_migration "$@" ;;
  admin) shift; cmd_admin "$@" ;;
  seed-bench) shift; cmd_seed_bench "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  # Three nodes, HAProxy, a primary and a hot standby, PgBouncer, Redis on one machine (tools/cluster/cluster.sh).
  cluster) shift; ensure_dotnet; exec "$ROOT/tools/cluster/cluster.sh" "$@" ;;
  *) echo "usage: ./build.sh run | stop | test | admin create NAME | migration NAME | seed-bench N [--force] | bench | cluster [stop]" >&2; exit 2 ;;
esac
