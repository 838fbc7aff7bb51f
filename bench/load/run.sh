#!/usr/bin/env bash
# The REST load benchmark (issue 3, "Speed"): Basalt's /rest/v1 against a hand-written ASP.NET Core + ADO.NET
# baseline, on the shop example with 100,000 products, loopback only. Prints a markdown table.
#
#   bench/load/run.sh                      # SQLite, 15 s per run
#   bench/load/run.sh -d 30 -r 3           # 30 s per run, 3 rounds, medians
#   bench/load/run.sh -e postgres -p postgres://basalt@127.0.0.1:55445/postgres
#
# Options:
#   -d SECONDS     measured duration of each wrk run (default 15)
#   -w SECONDS     warm-up per scenario and server, not measured (default 5)
#   -r ROUNDS      rounds; each round runs every scenario on both servers, alternating which goes first (default 1)
#   -e ENGINE      sqlite (default) or postgres
#   -p URL         PostgreSQL server for -e postgres: postgres://user[:password]@127.0.0.1:PORT/DB (a fresh database
#                  basalt_bench_<pid> is created beside DB and dropped at the end). Default: $BASALT_BENCH_POSTGRES_URL
#   -n PRODUCTS    products to seed (default 100000)
#   -s LIST        scenarios, comma-separated (default by-id,filtered,embedded; also: sorted)
#   -g GC          workstation (default: what basalt ships) or server: the same for both servers
#   -c N, -t N     wrk connections and threads (default 32 and 2)
#   -o FILE        also write the table (and the raw results beside it, FILE.tsv) there
#   -P NICE        run both servers and wrk at this nice level (e.g. -10, needs root) so other work on a shared
#                  machine disturbs the measurement less; the same for both servers (default 0: unchanged)
#   -U             PostgreSQL baseline without prepared statements (Basalt does not prepare its commands)
#   -L             Basalt without its per-request access log (a diagnostic: how much the log costs)
#   -B             baseline only (for when /rest/v1 is not served yet)
#   -N             no build (use the existing Release builds)
#   -k             keep the work folder (database, logs, responses) and print where it is
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

duration=15 warmup=5 rounds=1 engine=sqlite pg_url=${BASALT_BENCH_POSTGRES_URL:-} products=100000
scenarios=by-id,filtered,embedded gc=workstation connections=32 threads=2 output="" baseline_only=0 build=1 keep=0
access_log=on niceness=0 baseline_options=()
while getopts "d:w:r:e:p:n:s:g:c:t:o:P:ULBNkh" option; do
  case $option in
    d) duration=$OPTARG ;; w) warmup=$OPTARG ;; r) rounds=$OPTARG ;; e) engine=$OPTARG ;; p) pg_url=$OPTARG ;;
    n) products=$OPTARG ;; s) scenarios=$OPTARG ;; g) gc=$OPTARG ;; c) connections=$OPTARG ;; t) threads=$OPTARG ;;
    o) output=$OPTARG ;; P) niceness=$OPTARG ;; U) baseline_options=(--no-prepare) ;; L) access_log=off ;; B) baseline_only=1 ;; N) build=0 ;; k) keep=1 ;;
    h) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) exit 2 ;;
  esac
done
[[ $niceness =~ ^-?[0-9]+$ ]] || { echo "error: -P needs a number" >&2; exit 2; }
for number in "$duration" "$warmup" "$rounds" "$products" "$connections" "$threads"; do
  [[ $number =~ ^[0-9]+$ ]] || { echo "error: '$number' is not a number" >&2; exit 2; }
done
(( duration > 0 && duration <= 600 )) || { echo "error: -d must be 1..600 seconds" >&2; exit 2; }
case $engine in sqlite|postgres) ;; *) echo "error: -e is sqlite or postgres" >&2; exit 2 ;; esac
case $gc in workstation) export DOTNET_gcServer=0 ;; server) export DOTNET_gcServer=1 ;; *) echo "error: -g is workstation or server" >&2; exit 2 ;; esac
command -v wrk >/dev/null || { echo "error: wrk is not installed" >&2; exit 1; }

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# --- the scenarios: Basalt's URL (path and query) and the baseline's, for the same read ---
declare -A basalt_url baseline_url
basalt_url[by-id]='/rest/v1/products?id=eq.4242'
baseline_url[by-id]='/products/by-id?id=4242'
# Served by the spec's (status, created_at desc) index: the database reads about 200 index entries.
basalt_url[filtered]='/rest/v1/products?status=eq.active&price=lt.50&order=created_at.desc&limit=20'
baseline_url[filtered]='/products/filtered?status=active&max_price=50&limit=20'
basalt_url[embedded]='/rest/v1/products?select=id,name,price,category:categories(id,name),inventory_movements(count)&order=id&limit=20'
baseline_url[embedded]='/products/embedded?limit=20'
# No index serves this order: the database sorts ~6,000 rows per request, so this measures the database, not the server.
basalt_url[sorted]='/rest/v1/products?status=eq.active&price=lt.50&order=price.desc,id&limit=20'
baseline_url[sorted]='/products/filtered-by-price?status=active&max_price=50&limit=20'
IFS=, read -r -a scenario_list <<< "$scenarios"
for scenario in "${scenario_list[@]}"; do
  [[ -n ${basalt_url[$scenario]:-} ]] || { echo "error: unknown scenario '$scenario' (by-id, filtered, embedded, sorted)" >&2; exit 2; }
done

# --- PostgreSQL: loopback only, a fresh database per run ---
if [[ $engine == postgres ]]; then
  [[ -n $pg_url ]] || { echo "error: -e postgres needs -p postgres://user@127.0.0.1:PORT/DB (or BASALT_BENCH_POSTGRES_URL)" >&2; exit 2; }
  if [[ ! $pg_url =~ ^postgres(ql)?://([^:@/]+)(:([^@/]*))?@(127\.0\.0\.1|localhost):([0-9]+)/([^/?]+)$ ]]; then
    echo "error: -p must be postgres://user[:password]@127.0.0.1:PORT/DB (the benchmark only targets loopback)" >&2; exit 2
  fi
  pg_user=${BASH_REMATCH[2]} pg_password=${BASH_REMATCH[4]} pg_port=${BASH_REMATCH[6]} pg_admin_db=${BASH_REMATCH[7]}
  command -v psql >/dev/null || { echo "error: psql is needed to create the benchmark database" >&2; exit 1; }
  pg_db=basalt_bench_$$
  pg_auth=${pg_user}${pg_password:+:$pg_password}
  database_url="postgres://$pg_auth@127.0.0.1:$pg_port/$pg_db"
  npgsql="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=$pg_db${pg_password:+;Password=$pg_password}"
fi

# --- clean-up: both servers, the PostgreSQL database, the work folder; on any exit ---
work=$(mktemp -d "${TMPDIR:-/tmp}/basalt-load.XXXXXX")
basalt_pid="" baseline_pid=""
stop() {
  local pid=$1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  stop "$basalt_pid"; stop "$baseline_pid"
  if [[ $engine == postgres && -n ${pg_db:-} ]]; then
    timeout 30 psql -q "postgres://$pg_auth@127.0.0.1:$pg_port/$pg_admin_db" -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if (( keep )); then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build ---
cli="$root/src/Basalt.Cli/bin/Release/net10.0/basalt.dll"
baseline="$root/bench/Baseline/bin/Release/net10.0/basalt-bench-baseline.dll"
seeder="$root/bench/load/Seeder/bin/Release/net10.0/basalt-bench-seed.dll"
if (( build )); then
  say "building Release"
  for project in src/Basalt.Cli bench/Baseline bench/load/Seeder; do
    timeout 600 dotnet build -c Release --nologo -v quiet "$root/$project" >"$work/build.log" 2>&1 \
      || { cat "$work/build.log" >&2; echo "error: building $project failed" >&2; exit 1; }
  done
fi
for dll in "$cli" "$baseline" "$seeder"; do [[ -f $dll ]] || { echo "error: $dll is missing (run without -N)" >&2; exit 1; }; done

# --- the database: Basalt's own migrations, then a bulk load ---
mkdir -p "$work/shop"
cp "$root/examples/shop/basalt.yaml" "$work/shop/basalt.yaml"
export BASALT_JWT_SECRET=${BASALT_JWT_SECRET:-dev-only-secret-change-me-0123456789}
export BASALT_DB_PROVIDER=$engine
if [[ $engine == sqlite ]]; then
  export DATABASE_URL="$work/shop/data/shop.db"
  seed_target=$DATABASE_URL baseline_target=$DATABASE_URL
else
  timeout 30 psql -q "$pg_url" -c "CREATE DATABASE $pg_db" >/dev/null
  export DATABASE_URL=$database_url
  seed_target=$npgsql baseline_target=$npgsql
fi
say "creating the shop database ($engine) with basalt migrate plan + apply"
(cd "$work/shop" && timeout 120 dotnet "$cli" migrate plan basalt.yaml >"$work/migrate.log" 2>&1 \
  && timeout 120 dotnet "$cli" migrate apply basalt.yaml >>"$work/migrate.log" 2>&1) \
  || { cat "$work/migrate.log" >&2; echo "error: migrations failed" >&2; exit 1; }
say "seeding $products products"
timeout 600 dotnet "$seeder" seed "$engine" "$seed_target" --products "$products" >&2
BENCH_TOKEN=$(dotnet "$seeder" token "$BASALT_JWT_SECRET")
export BENCH_TOKEN

# --- start both servers on free loopback ports and wait until they answer (bounded) ---
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_ready() {
  local name=$1 url=$2 pid=$3
  for _ in $(seq 120); do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/$name.log" >&2; echo "error: $name exited before it was ready" >&2; exit 1; }
    curl -sf --max-time 2 "$url" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  tail -20 "$work/$name.log" >&2; echo "error: $name was not ready within 60 s" >&2; exit 1
}
baseline_port=$(free_port)
nice -n "$niceness" dotnet "$baseline" "$engine" "$baseline_target" "$baseline_port" "${baseline_options[@]}" >"$work/baseline.log" 2>&1 &
baseline_pid=$!
wait_ready baseline "http://127.0.0.1:$baseline_port/health" "$baseline_pid"
servers=(baseline)
if (( ! baseline_only )); then
  basalt_port=$(free_port)
  # ASP.NET Core reads Logging__LogLevel__<category> from the environment; the name has dots, hence env.
  basalt_env=()
  [[ $access_log == off ]] && basalt_env=("Logging__LogLevel__Basalt.Server.Access=Warning")
  nice -n "$niceness" env "${basalt_env[@]}" dotnet "$cli" serve "$work/shop/basalt.yaml" --host 127.0.0.1 --port "$basalt_port" >"$work/basalt.log" 2>&1 &
  basalt_pid=$!
  wait_ready basalt "http://127.0.0.1:$basalt_port/health/ready" "$basalt_pid"
  servers=(basalt baseline)
fi
url_of() { if [[ $1 == basalt ]]; then echo "http://127.0.0.1:$basalt_port${basalt_url[$2]}"; else echo "http://127.0.0.1:$baseline_port${baseline_url[$2]}"; fi; }

# --- sanity, once: each server answers 200 with the same JSON ---
say "checking that both servers give the same answers"
for scenario in "${scenario_list[@]}"; do
  for server in "${servers[@]}"; do
    status=$(curl -s --max-time 10 -o "$work/$scenario.$server.json" -w '%{http_code}' \
      -H "apikey: $BENCH_TOKEN" -H "Authorization: Bearer $BENCH_TOKEN" "$(url_of "$server" "$scenario")")
    [[ $status == 200 ]] || { head -c 500 "$work/$scenario.$server.json" >&2; echo >&2; echo "error: $server answered $status to $scenario" >&2; exit 1; }
  done
  if (( ! baseline_only )); then
    python3 "$here/same_json.py" "$work/$scenario.basalt.json" "$work/$scenario.baseline.json" \
      || { echo "error: scenario $scenario: the answers differ (run with -k to keep them)" >&2; exit 1; }
  fi
done

# --- load: warm up, then measure; every run bounded by wrk's -d and by timeout ---
run_wrk() {
  # --timeout 10s: a slow request (the sorted scenario) still counts in the latencies instead of as an error.
  timeout $(( $2 + 30 )) nice -n "$niceness" wrk -t"$threads" -c"$connections" -d"$2"s --timeout 10s --latency -s "$here/request.lua" "$1"
}
results="$work/results.tsv"
: >"$results"
# Other work on the machine skews every number; the footer says how busy it was before the load started.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "warming up (${warmup}s per scenario and server)"
if (( warmup > 0 )); then
  for scenario in "${scenario_list[@]}"; do
    for server in "${servers[@]}"; do run_wrk "$(url_of "$server" "$scenario")" "$warmup" >/dev/null; done
  done
fi
for round in $(seq "$rounds"); do
  for scenario in "${scenario_list[@]}"; do
    order=("${servers[@]}")
    (( round % 2 == 0 && ${#servers[@]} == 2 )) && order=(baseline basalt)
    for server in "${order[@]}"; do
      say "round $round/$rounds: $scenario on $server (${duration}s, -t$threads -c$connections)"
      line=$(run_wrk "$(url_of "$server" "$scenario")" "$duration" | tee -a "$work/wrk.log" | grep '^RESULT') \
        || { echo "error: wrk printed no result for $scenario on $server" >&2; exit 1; }
      eval "$(sed 's/^RESULT //; s/\([a-z0-9_]*\)=/r_\1=/g' <<<"$line")"
      echo "$scenario $server $round $r_rps $r_p50_us $r_p99_us $(( r_non2xx + r_connect + r_read + r_write + r_timeout ))" >>"$results"
    done
  done
done

table=$(python3 "$here/report.py" "$results")
echo
echo "$table"
echo
echo "engine $engine, $products products, wrk -t$threads -c$connections -d${duration}s, $rounds round(s), GC $gc, Basalt access log $access_log, nice $niceness, baseline ${baseline_options[*]:-as built};" \
  "$(nproc) cores; load average before measuring $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n $output ]]; then
  printf '%s\n' "$table" >"$output"
  cp "$results" "$output.tsv"
fi
