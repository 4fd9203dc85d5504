#!/usr/bin/env bash
# Load test of TTĐN on one machine: start the jar against national-scale sample data, log in, hammer a few pages
# with wrk over loopback and print a Markdown table. Builds nothing: run `./mvnw -q -o package -DskipTests` first.
# See bench/README.md.
set -euo pipefail

# ---- What to measure: "label|path|user[|write]". Users are the sample accounts `demo-data` creates. ------------
# user "coordinators": the 34 provinces' coordinators in turn, each request by the next one (each sees her own
# province, so each has her own pages). "write": during that page's measurement an officer posts a progress update
# every second, so the page cache is emptied every second and pages are rendered again while 50 clients ask.
PAGES=(
  "Trang chủ (→ bảng điều khiển tỉnh)|/|bench.coordinator"
  "Bảng điều khiển đơn vị (Sở Ngoại vụ)|/dashboard|bench.officer2"
  "Danh sách nhiệm vụ|/tasks|bench.coordinator"
  "Danh sách nhiệm vụ, tìm \"bao chi\"|/tasks?q=bao+chi|bench.coordinator"
  "Việc của tôi (Sở Ngoại vụ)|/my-tasks|bench.officer2"
  "Việc của tôi (UBND phường)|/my-tasks|bench.officer5"
  "Danh sách nhiệm vụ, 1 cập nhật/giây|/tasks|bench.coordinator|write"
  "Danh sách nhiệm vụ, 34 người dùng|/tasks|coordinators"
  "Danh sách nhiệm vụ, 34 người dùng, 1 cập nhật/giây|/tasks|coordinators|write"
)
COORDINATORS=(ha-noi ho-chi-minh hai-phong da-nang hue can-tho quang-tri tuyen-quang phu-tho khanh-hoa lao-cai
  thai-nguyen lang-son cao-bang dien-bien lai-chau son-la quang-ninh bac-ninh hung-yen ninh-binh thanh-hoa nghe-an
  ha-tinh quang-ngai gia-lai dak-lak lam-dong dong-nai tay-ninh vinh-long dong-thap an-giang ca-mau)
# Who writes during the "write" rows, on a task of his own.
WRITER=bench.officer2
# Static baselines: the same server sending a file, no database, no template. The first that answers 200 is the
# denominator of "động/tĩnh"; a small file measures request handling, bootstrap.min.css (230 KB) mostly bandwidth.
STATIC_PAGES=(
  "Tệp tĩnh nhỏ|/assets/static-probe.html|bench.coordinator"
  "Tệp tĩnh (bootstrap.min.css)|/webjars/bootstrap/5.3.8/css/bootstrap.min.css|bench.coordinator"
)

# ---- Settings (environment overrides) ---------------------------------------------------------------------------
JAR=${BENCH_JAR:-target/ttdn.jar}
DATA_DIR=${BENCH_DATA_DIR:-./data-bench}
SCALE=${BENCH_SCALE:-national}
PASSWORD=${BENCH_PASSWORD:-DuLieuMau2026}
HEAP=${BENCH_HEAP:--Xmx512m}
# Extra arguments for the application, e.g. "--spring.mvc.static-path-pattern=/assets/**" to try a setting.
APP_ARGS=${BENCH_APP_ARGS:-}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
THREADS=${BENCH_THREADS:-2}
DURATION=${BENCH_DURATION:-30s}
WARMUP=${BENCH_WARMUP:-10s}
RESULTS_DIR=${BENCH_RESULTS_DIR:-bench/results}
# 1: measure the dynamic pages a second time with the page cache off (every request renders), as the first view
# after a change costs.
UNCACHED=${BENCH_UNCACHED:-1}
# 0: skip the phase with the page cache on, to measure only what pages cost to render (half the time).
CACHED=${BENCH_CACHED:-1}

cd "$(dirname "$0")/.."
STAMP=$(date +%Y%m%d-%H%M%S)
OUT="$RESULTS_DIR/$STAMP"
APP_PID=""
WRITER_PID=""
declare -A COOKIES=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "LỖI: $*"; exit 1; }

require_tools() {
  [[ -f "$JAR" ]] || die "không thấy $JAR — hãy chạy ./mvnw -q -o package -DskipTests trước"
  command -v java >/dev/null || die "cần java"
  command -v curl >/dev/null || die "cần curl"
  if ! command -v wrk >/dev/null; then
    log "cài wrk (gói Debian)…"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null || die "không cài được wrk"
  fi
}

# A port nobody listens on, loopback only; a random start, as other test runs like the round 8080s.
free_port() {
  local p start=$((20000 + RANDOM % 30000))
  for p in $(seq "$start" $((start + 100))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "không tìm được cổng trống"
}

# The generator is idempotent, but starting Spring to hear "already there" costs seconds: a marker file skips it.
generate_if_missing() {
  local marker="$DATA_DIR/.demo-data-$SCALE"
  GEN_SECONDS="(có sẵn)"
  [[ -f "$marker" ]] && return
  mkdir -p "$DATA_DIR"
  log "tạo dữ liệu mẫu quy mô $SCALE trong $DATA_DIR…"
  local start=$SECONDS
  TTDN_DATA_DIR="$DATA_DIR" java $HEAP -jar "$JAR" demo-data --scale "$SCALE" | tee "$OUT/demo-data.log" >&2
  GEN_SECONDS="$((SECONDS - start)) s (gồm khởi động Spring)"
  touch "$marker"
}

# start_app [extra application arguments]
start_app() {
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  log "khởi động ứng dụng trên $BASE ($HEAP)…"
  local start
  start=$(date +%s%N)
  TTDN_DATA_DIR="$DATA_DIR" TTDN_DEMO=false PORT="$PORT" \
    java $HEAP -Dserver.address=127.0.0.1 -jar "$JAR" $APP_ARGS "$@" >>"$OUT/app.log" 2>&1 &
  APP_PID=$!
  trap stop_app EXIT
  wait_ready "$start"
}

# Ready when /login answers (any HTTP status means the server is up; 200 means the page exists).
wait_ready() {
  local start=$1 code
  for _ in $(seq 1 600); do
    kill -0 "$APP_PID" 2>/dev/null || die "ứng dụng dừng khi khởi động, xem $OUT/app.log"
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login" || true)
    if [[ "$code" != "000" ]]; then
      STARTUP_MS=$(( ($(date +%s%N) - start) / 1000000 ))
      SPRING_STARTED=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$OUT/app.log" | tail -1 || true)
      log "sẵn sàng sau ${STARTUP_MS} ms (${SPRING_STARTED:-?}); /login trả $code"
      return
    fi
    sleep 0.2
  done
  die "ứng dụng không sẵn sàng sau 120 s"
}

stop_app() {
  stop_writer
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "dừng ứng dụng (pid $APP_PID)…"
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
  COOKIES=()
}

# Posts a progress update every second as $WRITER (session cookie and CSRF header, as the browser would).
start_writer() {
  local cookie=${COOKIES[$WRITER]} token task
  token=$(curl -s -H "Cookie: $cookie" "$BASE/my-tasks" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | cut -d'"' -f4)
  task=$(curl -s -H "Cookie: $cookie" "$BASE/api/my-tasks?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  [[ -n "$token" && -n "$task" ]] || die "không chuẩn bị được người ghi ($WRITER)"
  (
    n=0
    while true; do
      n=$((n + 1))
      curl -s -o /dev/null -w '%{http_code}\n' -H "Cookie: $cookie" -H "X-CSRF-TOKEN: $token" \
        -H 'Content-Type: application/json' "$BASE/api/tasks/$task/updates" \
        -d "{\"status\":\"IN_PROGRESS\",\"percent\":$((n % 100)),\"narrative\":\"Cập nhật khi đo tải, lần $n\"}"
      sleep 1
    done >>"$OUT/writer.log" 2>&1
  ) &
  WRITER_PID=$!
}

stop_writer() {
  if [[ -n "$WRITER_PID" ]]; then
    kill "$WRITER_PID" 2>/dev/null || true
    wait "$WRITER_PID" 2>/dev/null || true
  fi
  WRITER_PID=""
}

# Form login once per user: the CSRF token from the hidden _csrf input, then the session cookie for wrk.
login() {
  local user=$1 jar page token target
  jar=$(mktemp)
  page=$(curl -s -c "$jar" -b "$jar" "$BASE/login")
  token=$(grep -o '<input[^>]*name="_csrf"[^>]*>' <<<"$page" | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2 || true)
  [[ -n "$token" ]] || die "trang /login không có trường _csrf (trang đăng nhập chưa có?)"
  target=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$user" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
  [[ "$target" != *error* && "$target" != *"/login"* ]] || die "đăng nhập $user thất bại ($target)"
  # curl marks HttpOnly cookies with a "#HttpOnly_" prefix on the domain column.
  COOKIES[$user]=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
  rm -f "$jar"
}

# wrk counts a redirect as a success and does not follow it: a page that redirects (/ → /dashboard) is measured at
# its target, and one that ends on /login or does not answer 200 is skipped.
# The accounts behind a user field: "coordinators" or one username.
accounts() {
  if [[ "$1" == "coordinators" ]]; then printf '%s.coordinator\n' "${COORDINATORS[@]}"; else echo "$1"; fi
}

# measure label path user write phase (phase: a short name for file names)
measure() {
  local label=$1 path=$2 user=$3 write=$4 phase=$5 cookie code target file users_file="" account
  local -a script=(-s bench/report.lua)
  cookie=${COOKIES[$(accounts "$user" | head -1)]}
  if [[ "$user" == "coordinators" ]]; then
    users_file="$OUT/cookies-$user.txt"
    for account in $(accounts "$user"); do echo "${COOKIES[$account]}"; done >"$users_file"
    script=(-s bench/many-users.lua)
  fi
  read -r code target < <(curl -sL -o /dev/null -w '%{http_code} %{url_effective}' -H "Cookie: $cookie" "$BASE$path")
  if [[ "$code" != "200" || "$target" == *"/login"* ]]; then
    log "bỏ qua $path: HTTP $code ($target)"
    echo "SKIP $code"
    return
  fi
  [[ "$target" == "$BASE$path" ]] || log "$path chuyển hướng tới ${target#"$BASE"}: đo trang đích"
  file="$OUT/wrk-$phase-$(tr -c 'a-zA-Z0-9' '_' <<<"$path-$user-$write").txt"
  log "đo $label (${target#"$BASE"}, $user, $phase): khởi động $WARMUP, đo $DURATION, $CONNECTIONS kết nối…"
  if [[ "$write" == "write" ]]; then start_writer; fi
  # One user: her cookie as a header. Several: many-users.lua sets each request's cookie.
  local -a who=(-H "Cookie: $cookie")
  [[ -z "$users_file" ]] || who=()
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s "${script[@]}" "${who[@]}" "$target" ${users_file:+-- "$users_file"} >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "${script[@]}" "${who[@]}" "$target" \
    ${users_file:+-- "$users_file"} >"$file"
  stop_writer
  if grep -q '^RESULT' "$file"; then
    echo "$(grep '^RESULT' "$file") ${target#"$BASE"}"
  else
    log "wrk không đo được $path, xem $file"
    echo "SKIP wrk"
  fi
}

row() {
  local label=$1 path=$2 user=$3 result=$4 static_rps=$5
  read -r tag rps p50 p95 p99 max total bad errors target <<<"$result"
  if [[ "$tag" == "SKIP" ]]; then
    printf '| %s | `%s` | %s | – | – | – | – | – | bỏ qua (%s) |\n' "$label" "$path" "$user" "$rps"
    return
  fi
  local ratio="–"
  [[ -n "$static_rps" ]] && ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN {printf "%.3f", a / b}')
  local note="lỗi HTTP $bad, lỗi kết nối $errors"
  [[ "$target" == "$path" ]] || note="đo $target; $note"
  printf '| %s | `%s` | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$label" "$path" "$user" "$rps" "$p50" "$p95" "$p99" "$ratio" "$note"
}

# One start of the application: log everyone in, measure the static baseline and the pages, print a table.
# run_phase name title [application arguments…]
run_phase() {
  local phase=$1 title=$2 entry label path user write static_rps="" i account
  shift 2
  start_app "$@"
  local -a all=("${STATIC_PAGES[@]}" "${PAGES[@]}") results=()
  # Log everyone in here, not inside $(measure …): a subshell would forget the cookies.
  for entry in "${all[@]}" "||$WRITER"; do
    IFS='|' read -r _ _ user _ <<<"$entry"
    for account in $(accounts "$user"); do
      [[ -n "${COOKIES[$account]:-}" ]] || login "$account"
    done
  done
  for entry in "${all[@]}"; do
    IFS='|' read -r label path user write <<<"$entry"
    results+=("$(measure "$label" "$path" "$user" "$write" "$phase")")
  done
  for i in "${!STATIC_PAGES[@]}"; do
    if [[ -z "$static_rps" && "${results[$i]}" == RESULT* ]]; then static_rps=$(awk '{print $2}' <<<"${results[$i]}"); fi
  done
  local rss_mb=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
  stop_app
  echo "### $title"
  echo
  echo "- ứng dụng: $HEAP $APP_ARGS $*, khởi động ${STARTUP_MS} ms đến khi trả lời HTTP (${SPRING_STARTED:-?}); RSS sau tải: ${rss_mb} MB"
  echo
  echo "| trang | URL | người dùng | yêu cầu/s | p50 ms | p95 ms | p99 ms | động/tĩnh | ghi chú |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---|"
  for i in "${!all[@]}"; do
    IFS='|' read -r label path user _ <<<"${all[$i]}"
    row "$label" "$path" "$user" "${results[$i]}" "$static_rps"
  done
  echo
}

main() {
  require_tools
  mkdir -p "$OUT"
  generate_if_missing
  {
    echo "## TTĐN load test $STAMP"
    echo
    echo "- máy: $(nproc) nhân, $(java -version 2>&1 | head -1); dữ liệu: $DATA_DIR ($SCALE); sinh dữ liệu: $GEN_SECONDS"
    echo "- wrk: $THREADS luồng, $CONNECTIONS kết nối, $DURATION mỗi URL sau $WARMUP khởi động, qua 127.0.0.1"
    echo
    if [[ "$CACHED" == "1" ]]; then
      run_phase cached "Có bộ nhớ đệm trang (mặc định)"
    fi
    if [[ "$UNCACHED" == "1" ]]; then
      run_phase uncached "Không có bộ nhớ đệm trang (mỗi yêu cầu dựng lại trang)" --ttdn.page-cache.enabled=false
    fi
  } >"$OUT/report.md"
  cat "$OUT/report.md"
}

main "$@"
