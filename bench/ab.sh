#!/usr/bin/env bash
# Two builds on the same data, measured in alternating rounds, so that both see the same load of a shared machine:
# bench/ab.sh OLD.jar NEW.jar. Page cache off in both (what a page costs to render). Prints requests/s, p95 and the
# ratio to the small static file measured just before, per round, and the CPU the application's JVM spent per request
# (less sensitive to what else runs on the machine; the database's CPU is not in it). See bench/README.md, "Before and
# after".
set -euo pipefail
OLD=$1 NEW=$2
DATA_DIR=${BENCH_DATA_DIR:-./data-bench}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
PASSWORD=${BENCH_PASSWORD:-DuLieuMau2026}
# "label|path|user"; the first is the static baseline.
URLS=("static|/assets/static-probe.html|bench.coordinator" "tasks|/tasks|bench.coordinator"
  "my-tasks|/my-tasks|bench.officer2" "province-dashboard|/dashboard|bench.coordinator")
cd "$(dirname "$0")/.."
OUT=bench/results/ab-$(date +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
declare -A PORT PID COOKIE

start() { # name jar extra-args…
  local name=$1 jar=$2; shift 2
  PORT[$name]=$((20000 + RANDOM % 30000))
  TTDN_DATA_DIR="$DATA_DIR" TTDN_DEMO=false PORT=${PORT[$name]} java -Xmx512m -Dserver.address=127.0.0.1 -jar "$jar" \
    --ttdn.page-cache.enabled=false "$@" >"$OUT/$name.log" 2>&1 &
  PID[$name]=$!
}
ready() {
  for _ in $(seq 1 900); do curl -s -o /dev/null "http://127.0.0.1:${PORT[$1]}/login" && return; sleep 0.2; done
  echo "$1 did not start" >&2; exit 1
}
login() { # name user
  local jar page token
  jar=$(mktemp)
  page=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:${PORT[$1]}/login")
  token=$(grep -o '<input[^>]*name="_csrf"[^>]*>' <<<"$page" | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:${PORT[$1]}/login"
  COOKIE[$1-$2]=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
  rm -f "$jar"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # utime + stime of a process, in clock ticks
stop() { for n in old new; do [[ -n "${PID[$n]:-}" ]] && kill "${PID[$n]}" 2>/dev/null || true; done; }
trap stop EXIT

# The new build first: it migrates (or rewrites the history of) the database; the old one then only reads it.
start new "$NEW"; ready new
# One embedded PostgreSQL per data directory: the old build uses the new one's as an external server.
pg_port=$(sed -n 4p "$DATA_DIR/postgres/postmaster.pid")  # line 4 of postmaster.pid: the port
TTDN_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/ttdn" TTDN_DB_USER=postgres \
  TTDN_DB_PASSWORD=$(cat "$DATA_DIR/postgres/ttdn-password") start old "$OLD" --spring.flyway.enabled=false
ready old
for n in old new; do for u in bench.coordinator bench.officer2; do login $n $u; done; done
echo "| round | build | page | requests/s | p95 ms | ratio to static | JVM CPU ms/request |"
echo "|---|---|---|---:|---:|---:|---:|"
for round in $(seq 1 "$ROUNDS"); do
  for n in old new; do
    static=""
    for entry in "${URLS[@]}"; do
      IFS='|' read -r label path user <<<"$entry"
      url="http://127.0.0.1:${PORT[$n]}$path"
      wrk -t2 -c"$CONNECTIONS" -d3s -H "Cookie: ${COOKIE[$n-$user]}" "$url" >/dev/null
      before=$(cpu_ticks "${PID[$n]}")
      wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/report.lua -H "Cookie: ${COOKIE[$n-$user]}" "$url" \
        >"$OUT/$round-$n-$label.txt"
      after=$(cpu_ticks "${PID[$n]}")
      read -r _ rps _ p95 _ _ requests _ < <(grep '^RESULT' "$OUT/$round-$n-$label.txt")
      [[ -n "$static" ]] || static=$rps
      printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$round" "$n" "$label" "$rps" "$p95" \
        "$(awk -v a="$rps" -v b="$static" 'BEGIN {printf "%.3f", a / b}')" \
        "$(awk -v t=$((after - before)) -v r="$requests" -v hz="$(getconf CLK_TCK)" \
          'BEGIN {printf "%.2f", (r > 0 ? t * 1000 / hz / r : 0)}')"
    done
  done
done | tee "$OUT/report.md"
