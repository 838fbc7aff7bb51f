#!/usr/bin/env bash
# Runs every Basalt test suite against a private PostgreSQL and Redis on 127.0.0.1, started in a temporary
# folder and stopped again whatever happens. The last line is always "N passed, N failed"; the exit status is 0
# only if nothing failed and at least one test ran.
#
#   ./test.sh                                   everything
#   BASALT_TEST_FILTER='FullyQualifiedName~Health' ./test.sh   a subset (passed to `dotnet test --filter`)
#
# As root (CI) it installs what is missing with apt-get and runs PostgreSQL as the `postgres` OS user.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# MSBuild worker nodes would otherwise outlive the script.
export MSBUILDDISABLENODEREUSE=1

say() { printf '%s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
indent() { sed 's/^/    /'; }

RUN=$(mktemp -d "${TMPDIR:-/tmp}/basalt-test.XXXXXX")
# PostgreSQL runs as another user when we are root: it must be able to reach its folder inside this one.
chmod 755 "$RUN"
PG_DIR=$RUN/pg
PG_BIN=
PG_PORT=
REDIS_PID=
POLICY_ADDED=

# Runs a PostgreSQL program: as the `postgres` OS user when root (initdb and postgres refuse root).
as_postgres() {
  if is_root; then
    (cd "$RUN" && runuser -u postgres -- "$@")
  else
    (cd "$RUN" && "$@")
  fi
}

cleanup() {
  set +e
  if [ -n "$REDIS_PID" ]; then
    kill "$REDIS_PID" 2>/dev/null
    wait "$REDIS_PID" 2>/dev/null
  fi
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
      kill -9 "$(head -n 1 "$PG_DIR/data/postmaster.pid")" 2>/dev/null
    fi
  fi
  [ -n "$POLICY_ADDED" ] && rm -f /usr/sbin/policy-rc.d
  rm -rf "$RUN"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------- tools
find_pg_bin() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null || true)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  fi
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  return 1
}

# Debian's packages start their services on install; a temporary policy-rc.d stops that, so nothing outlives us.
install_packages() {
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    POLICY_ADDED=1
  fi
  say "==> installing $* (apt-get)"
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"; } > "$RUN/apt.log" 2>&1; then
    tail -n 40 "$RUN/apt.log" >&2
    die "apt-get install $* failed"
  fi
  if [ -n "$POLICY_ADDED" ]; then rm -f /usr/sbin/policy-rc.d; POLICY_ADDED=; fi
}

ensure_tools() {
  command -v dotnet >/dev/null 2>&1 || die "dotnet is missing: install the .NET 10 SDK (https://dot.net) and run again"
  local missing=()
  PG_BIN=$(find_pg_bin) || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  if compgen -G 'tests/*/package.json' >/dev/null; then
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    # The compat auth cases read Basalt's mail outbox from the SQLite file with the sqlite3 shell.
    command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! is_root || ! command -v apt-get >/dev/null 2>&1; then
    die "missing: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}) and run again."
  fi
  install_packages "${missing[@]}"
  PG_BIN=$(find_pg_bin) || die "PostgreSQL's initdb and pg_ctl are still not found after installing postgresql"
  command -v redis-server >/dev/null 2>&1 || die "redis-server is still not found after installing it"
}

# ------------------------------------------------------------------------------- PostgreSQL and Redis
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A port below Linux's ephemeral range (32768+) that nothing listens on; start-up retries if we lose a race.
free_port() {
  local port _
  for _ in $(seq 1 200); do
    port=$((RANDOM % 12000 + 20000))
    if ! port_in_use "$port"; then echo "$port"; return 0; fi
  done
  die "no free port found on 127.0.0.1"
}

start_postgres() {
  mkdir -p "$PG_DIR"
  if is_root; then
    id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres "$PG_DIR"
  fi
  local locale=C
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=C.UTF-8; fi
  if ! as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U basalt --auth=trust --no-sync --encoding=UTF8 --locale="$locale" > "$RUN/initdb.log" 2>&1; then
    indent < "$RUN/initdb.log" >&2
    die "initdb failed"
  fi
  local attempt
  for attempt in 1 2 3 4 5; do
    PG_PORT=$(free_port)
    if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start > "$RUN/pg_ctl.log" 2>&1; then
      break
    fi
    [ "$attempt" -eq 5 ] && { indent < "$PG_DIR/server.log" >&2; die "PostgreSQL did not start"; }
  done
  for _ in $(seq 1 100); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && return 0
    sleep 0.1
  done
  die "PostgreSQL started but does not accept connections on 127.0.0.1:$PG_PORT"
}

redis_ping() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1"
    printf 'PING\r\n' >&3
    IFS= read -r -t 2 reply <&3
    [[ $reply == +PONG* ]]
  ) 2>/dev/null
}

start_redis() {
  mkdir -p "$RUN/redis"
  local attempt port _
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no \
      --dir "$RUN/redis" --logfile "$RUN/redis/server.log" --daemonize no &
    REDIS_PID=$!
    for _ in $(seq 1 100); do
      if redis_ping "$port"; then REDIS_PORT=$port; return 0; fi
      kill -0 "$REDIS_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill "$REDIS_PID" 2>/dev/null || true
    wait "$REDIS_PID" 2>/dev/null || true
    REDIS_PID=
  done
  indent < "$RUN/redis/server.log" >&2
  die "Redis did not start"
}

# ------------------------------------------------------------------------------------------ suites
TOTAL_PASSED=0
TOTAL_FAILED=0

# The value of one attribute of the TRX <Counters …/> element.
counter() { grep -o "<Counters [^>]*>" "$2" | head -n 1 | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }

report() { # name passed failed
  say "$1: $2 passed, $3 failed"
  TOTAL_PASSED=$((TOTAL_PASSED + $2))
  TOTAL_FAILED=$((TOTAL_FAILED + $3))
}

build() {
  say "==> building Basalt.slnx (Release)"
  if ! dotnet build Basalt.slnx -c Release -nologo -v quiet -clp:NoSummary > "$RUN/build.log" 2>&1; then
    say "build failed:"
    { grep -E ': (error|warning) ' "$RUN/build.log" | sort -u || tail -n 60 "$RUN/build.log"; } | indent
    say "0 passed, 1 failed"
    exit 1
  fi
}

run_dotnet_suites() {
  local filter=()
  if [ -n "${BASALT_TEST_FILTER:-}" ]; then filter=(--filter "$BASALT_TEST_FILTER"); fi
  local project name trx log rc passed failed crashed
  for project in tests/*.Tests/*.csproj; do
    name=$(basename "$project" .csproj)
    trx="$RUN/results/$name.trx"
    log="$RUN/$name.log"
    rc=0
    dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" \
      --results-directory "$RUN/results" "${filter[@]}" > "$log" 2>&1 || rc=$?
    passed=0
    failed=0
    if [ -f "$trx" ]; then
      passed=$(counter passed "$trx")
      failed=$(( $(counter failed "$trx") + $(counter error "$trx") ))
    fi
    crashed=
    if [ ! -f "$trx" ] || { [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
      failed=$((failed + 1))
      crashed=1
    fi
    report "$name" "$passed" "$failed"
    [ -n "$crashed" ] && say "    (the test run crashed or wrote no results; dotnet test exited with $rc)"
    [ "$failed" -gt 0 ] && indent < "$log"
  done
  return 0
}

# A Node suite: `npm ci`, then its command, whose TAP output ends with '# pass N' / '# fail N' totals.
# A suite that crashes or prints no totals counts as one failure.
run_node_suite() { # name folder command...
  local name=$1 dir=$2 rc=0 passed failed
  shift 2
  [ -f "$dir/package.json" ] || return 0
  say "==> $name ($dir)"
  if ! (cd "$dir" && npm ci --no-audit --no-fund) > "$RUN/$name.npm.log" 2>&1; then
    report "$name" 0 1
    indent < "$RUN/$name.npm.log"
    return 0
  fi
  (cd "$dir" && BASALT_CLI="dotnet $ROOT/src/Basalt.Cli/bin/Release/net10.0/basalt.dll" "$@") > "$RUN/$name.tap" 2>&1 || rc=$?
  passed=$(grep -E '^# pass [0-9]+' "$RUN/$name.tap" | tail -n 1 | grep -o '[0-9]*' || true)
  failed=$(grep -E '^# fail [0-9]+' "$RUN/$name.tap" | tail -n 1 | grep -o '[0-9]*' || true)
  local crashed=
  if [ -z "$passed" ] || [ -z "$failed" ] || { [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
    passed=${passed:-0}
    failed=$(( ${failed:-0} + 1 ))
    crashed=1
  fi
  report "$name" "$passed" "$failed"
  [ -n "$crashed" ] && say "    (the suite crashed or printed no totals; it exited with $rc)"
  [ "$failed" -gt 0 ] && grep -E -B2 -A30 '^not ok' "$RUN/$name.tap" | head -n 400 | indent
  return 0
}

# --------------------------------------------------------------------------------------------- main
ensure_tools
start_postgres
start_redis
export BASALT_TEST_POSTGRES_URL="postgres://basalt@127.0.0.1:$PG_PORT/postgres"
export BASALT_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
say "==> PostgreSQL $("$PG_BIN/postgres" --version | grep -o '[0-9][0-9.]*' | head -n 1) on 127.0.0.1:$PG_PORT, Redis on 127.0.0.1:$REDIS_PORT"

build
run_dotnet_suites
# run.mjs starts Basalt on SQLite and on PostgreSQL (a fresh database on ours) and runs node --test against each.
run_node_suite compat tests/compat node run.mjs
run_node_suite openapi-lint tests/openapi-lint node --test --test-reporter=tap

if [ $((TOTAL_PASSED + TOTAL_FAILED)) -eq 0 ]; then
  say "no test ran (BASALT_TEST_FILTER='${BASALT_TEST_FILTER:-}')"
fi
say "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
[ "$TOTAL_FAILED" -eq 0 ] && [ "$TOTAL_PASSED" -gt 0 ]
