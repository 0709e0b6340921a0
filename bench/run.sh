#!/usr/bin/env bash
# Starts the site from the runnable bundle on a fresh data folder and reports:
# time to first 200, resident memory after start, and for the anonymous home page and a
# static page: requests/s, p50/p99 latency and server CPU ms per request (wrk on loopback,
# 2 threads, 16 connections, 15 s, after a 30 s warm-up). Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BENCH_PORT:-8090}"
WARMUP="${BENCH_WARMUP:-30}"
DURATION="${BENCH_DURATION:-15}"
BUNDLE=site/launcher/target/plenum
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 3; }
[ -f "$BUNDLE/plenum-launcher.jar" ] || mvn -B -q -DskipTests install

DATA="$(mktemp -d /tmp/plenum-bench-XXXXXX)"
LOG="$DATA/server.log"
cleanup() { [ -n "${LAUNCHER:-}" ] && kill "$LAUNCHER" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

start=$(date +%s%N)
PLENUM_DATA="$DATA/data" PLENUM_PORT="$PORT" java -jar "$BUNDLE/plenum-launcher.jar" >"$LOG" 2>&1 &
LAUNCHER=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/en/" || true)" = 200 ]; do
  kill -0 "$LAUNCHER" 2>/dev/null || { echo "the site did not start; see $LOG" >&2; tail -20 "$LOG"; exit 1; }
  sleep 0.1
done
first=$(( ($(date +%s%N) - start) / 1000000 ))
SERVER=$(pgrep -P "$LAUNCHER" java | head -1)
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
hz=$(getconf CLK_TCK)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }

measure() {
  local name=$1 path=$2
  wrk -t2 -c16 -d"${WARMUP}s" "http://127.0.0.1:$PORT$path" >/dev/null
  local before out after requests
  before=$(cpu_ticks)
  out=$(wrk -t2 -c16 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$path")
  after=$(cpu_ticks)
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  local rps p50 p99 cpu errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $4}')
  cpu=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" \
      'BEGIN { printf "%.3f", (t * 1000 / hz) / n }')
  printf "%-22s %10s req/s   p50 %8s   p99 %8s   CPU %6s ms/req   non-2xx %s\n" \
      "$name ($path)" "$rps" "$p50" "$p99" "$cpu" "${errors:-0}"
}

echo "Plenum benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "time to first 200:     ${first} ms"
echo "resident memory:       $((rss_kib / 1024)) MiB (server JVM after start)"
measure "home page" /en/
measure "static page" /en/about
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
echo "resident memory after: $((rss_after / 1024)) MiB"
