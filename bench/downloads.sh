#!/usr/bin/env bash
# Memory of parallel evidence downloads: start the jar with -Xmx512m on a fresh data directory (demo data), upload one
# 10 MB evidence file through the API, download it N times at once, and print the process's peak resident memory
# (VmHWM, reset just before the downloads) and the time. Builds nothing: run `./mvnw -q -o package -DskipTests`
# first. See bench/README.md, "Downloads".
set -euo pipefail

JAR=${BENCH_JAR:-target/ttdn.jar}
HEAP=${BENCH_HEAP:--Xmx512m}
PARALLEL=${BENCH_PARALLEL:-40}
ROUNDS=${BENCH_ROUNDS:-1}
SIZE=${BENCH_FILE_BYTES:-10485760}          # 10 MB, the evidence limit (TTDN_EVIDENCE_MAX_MB)
USER_PASS=${BENCH_USER:-canbo.ngoaivu:Demo@2026ttdn}
# Where the file is downloaded from; "/evidence/" is the task page's link (HTTP Basic works there too for a GET).
DOWNLOAD_PATH=${BENCH_DOWNLOAD_PATH:-/api/evidence/}

cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/ttdn-bench-downloads.XXXXXX)
APP_PID=""
SAMPLER_PID=""

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "LỖI: $*"; [[ -f "$WORK/app.log" ]] && tail -n 20 "$WORK/app.log" >&2; exit 1; }

cleanup() {
  [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  fi
  [[ "${BENCH_KEEP:-0}" = 1 ]] && log "giữ lại $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  local p start=$((20000 + RANDOM % 30000))
  for p in $(seq "$start" $((start + 100))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "không tìm được cổng trống"
}

kb() { awk -v f="$1" '$1 == f":" { print $2 }' "/proc/$APP_PID/status"; }

start_app() {
  [[ -f "$JAR" ]] || die "không thấy $JAR — hãy chạy ./mvnw -q -o package -DskipTests trước"
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  log "khởi động $JAR ($HEAP) trên $BASE, dữ liệu trong $WORK/data…"
  TTDN_DATA_DIR="$WORK/data" TTDN_DEMO=true PORT="$PORT" \
    java $HEAP -Dserver.address=127.0.0.1 -jar "$JAR" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 900); do
    kill -0 "$APP_PID" 2>/dev/null || die "ứng dụng dừng khi khởi động"
    grep -qs 'is ready' "$WORK/app.log" && { log "sẵn sàng (pid $APP_PID)"; return; }
    sleep 0.2
  done
  die "ứng dụng không sẵn sàng sau 180 s"
}

# A PDF frame around random bytes, as a scanned report is: accepted by the evidence policy, incompressible.
make_pdf() {
  local prefix="%PDF-1.4"$'\n'"1 0 obj<</Length 0>>stream"$'\n' suffix=$'\n'"endstream endobj"$'\n'"trailer<<>>"$'\n'"%%EOF"$'\n'
  { printf "%s" "$prefix"; head -c $((SIZE - ${#prefix} - ${#suffix})) /dev/urandom; printf "%s" "$suffix"; } >"$WORK/evidence.pdf"
  [[ $(stat -c %s "$WORK/evidence.pdf") = "$SIZE" ]] || die "tệp thử không đúng cỡ"
  sha256sum "$WORK/evidence.pdf" | cut -d' ' -f1
}

upload() {
  local task body
  task=$(curl -sf -u "$USER_PASS" "$BASE/api/my-tasks?size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  [[ -n "$task" ]] || die "không tìm thấy nhiệm vụ của $USER_PASS"
  body=$(curl -sf -u "$USER_PASS" -F status=IN_PROGRESS -F percent=50 -F "narrative=Đo tải xuống song song" \
    -F "files=@$WORK/evidence.pdf;filename=Báo cáo minh chứng 10MB.pdf;type=application/pdf" \
    "$BASE/api/tasks/$task/updates") || die "tải lên bị từ chối"
  grep -o '"evidence":\[{"id":[0-9]*' <<<"$body" | grep -o '[0-9]*$'
}

# VmRSS every 20 ms while the downloads run; VmHWM (reset before) gives the peak the kernel saw.
sample() {
  local max=0 now
  while kill -0 "$APP_PID" 2>/dev/null; do
    now=$(kb VmRSS); (( now > max )) && max=$now && echo "$max" >"$WORK/rss-max"
    sleep 0.02
  done
}

download_all() {
  local id=$1 i r start
  echo 5 >"/proc/$APP_PID/clear_refs" 2>/dev/null || log "VmHWM không đặt lại được: đỉnh tính từ lúc khởi động"
  echo 0 >"$WORK/rss-max"
  sample & SAMPLER_PID=$!
  start=$(date +%s%N)
  for r in $(seq 1 "$ROUNDS"); do
    local pids=()
    for i in $(seq 1 "$PARALLEL"); do
      { curl -s -u "$USER_PASS" -D "$WORK/h-$r-$i" "$BASE$DOWNLOAD_PATH$id" | sha256sum | cut -d' ' -f1 >"$WORK/s-$r-$i"; } &
      pids+=($!)
    done
    wait "${pids[@]}"
  done
  ELAPSED_MS=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
}

main() {
  start_app
  local sum id before ok
  sum=$(make_pdf)
  id=$(upload) || exit 1
  [[ -n "$id" ]] || die "không đọc được mã tệp minh chứng"
  log "tệp minh chứng #$id, $SIZE byte; $PARALLEL tải xuống song song × $ROUNDS lượt từ $DOWNLOAD_PATH$id"
  before=$(kb VmRSS)
  download_all "$id"
  ok=$(grep -lx "$sum" "$WORK"/s-* | wc -l)
  grep -qi '^content-length: '"$SIZE" "$WORK/h-1-1" || log "CẢNH BÁO: Content-Length khác $SIZE"
  echo "RSS trước khi tải: $((before / 1024)) MB"
  echo "RSS đỉnh khi tải (VmHWM): $(( $(kb VmHWM) / 1024 )) MB; đỉnh lấy mẫu mỗi 20 ms: $(( $(cat "$WORK/rss-max") / 1024 )) MB"
  echo "$((PARALLEL * ROUNDS)) lần tải $((SIZE / 1048576)) MB trong $ELAPSED_MS ms; đúng từng byte: $ok/$((PARALLEL * ROUNDS))"
  echo "heap: $HEAP; java $(java -version 2>&1 | head -1 | cut -d'"' -f2)"
}

main
