#!/usr/bin/env bash
# Starts the site from the runnable bundle on a fresh data folder (demo content: the
# federation, the pages and the 1,000 posts) and reports: time to first 200, resident memory,
# and for the home page, a page, a post, the News list page 5 and the RSS feed — as an
# anonymous visitor (served from the page cache once warm) and as a logged-in member (always
# rendered afresh) — requests/s, p50/p99
# latency and server CPU ms per request (wrk on loopback, 2 threads, 16 connections, 15 s,
# after a 30 s warm-up). With nginx installed, a static copy of the home page served by nginx
# in the same run gives the ceiling. Prints figures; asserts nothing.
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

ADMIN_PASSWORD="Bench-Admin-Once-$(date +%s)"
ADMIN_NEW="Bench-Admin-Later-$(date +%s)"
MEMBER_PASSWORD="Bench-Member-Reads-$(date +%s)"
start=$(date +%s%N)
PLENUM_DATA="$DATA/data" PLENUM_PORT="$PORT" PLENUM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  java -jar "$BUNDLE/plenum-launcher.jar" >"$LOG" 2>&1 &
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
  local name=$1 path=$2 port=${3:-$PORT}
  local header=()
  [ -n "${COOKIE:-}" ] && header=(-H "Cookie: $COOKIE")
  wrk -t2 -c16 -d"${WARMUP}s" "${header[@]}" "http://127.0.0.1:$port$path" >/dev/null
  local before out after requests
  before=$(cpu_ticks)
  out=$(wrk -t2 -c16 -d"${DURATION}s" --latency "${header[@]}" "http://127.0.0.1:$port$path")
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
POST=/fr/news/appel-a-reseau-celebration-jour-2023
measure "home page" /en/
measure "page" /en/about
measure "post" "$POST"
measure "News, page 5" "/en/news?page=5"
measure "RSS feed" /feeds/en/news.rss

# a logged-in member: an account made through the API, a session from the log-in form
ADMIN=(-u "admin:$ADMIN_PASSWORD")
curl -s -o /dev/null "${ADMIN[@]}" -H 'Content-Type: application/json' \
  -d "{\"current\":\"$ADMIN_PASSWORD\",\"replacement\":\"$ADMIN_NEW\"}" \
  "http://127.0.0.1:$PORT/api/v1/account/password"
curl -s -o /dev/null -u "admin:$ADMIN_NEW" -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench.member\",\"displayName\":\"Bench Member\",\"password\":\"$MEMBER_PASSWORD\",\"chapter\":\"iops-london\"}" \
  "http://127.0.0.1:$PORT/api/v1/members"
JAR="$DATA/cookies"
state=$(curl -s -c "$JAR" "http://127.0.0.1:$PORT/en/login" \
  | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "login=login" \
  --data-urlencode "login:username=bench.member" --data-urlencode "login:password=$MEMBER_PASSWORD" \
  --data-urlencode "login:submit=x" --data-urlencode "jakarta.faces.ViewState=$state" \
  "http://127.0.0.1:$PORT/en/login"
COOKIE="PLENUMSESSION=$(awk '$6 == "PLENUMSESSION" {print $7}' "$JAR")"
if curl -s -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/en/" | grep -q 'bench.member'; then
  measure "member: home page" /en/
  measure "member: post" "$POST"
  measure "member: News, page 5" "/en/news?page=5"
  measure "member: RSS feed" /feeds/en/news.rss
else
  echo "member: the log-in did not work; member figures skipped"
fi
COOKIE=

# the ceiling: the same home page as a static file served by nginx
if command -v nginx >/dev/null; then
  mkdir -p "$DATA/nginx/html" "$DATA/nginx/logs"
  curl -s "http://127.0.0.1:$PORT/en/" > "$DATA/nginx/html/index.html"
  cat > "$DATA/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $DATA/nginx/nginx.pid;
error_log $DATA/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$((PORT + 1)); root $DATA/nginx/html; }
}
CONF
  nginx -p "$DATA/nginx" -c "$DATA/nginx/nginx.conf"
  wrk -t2 -c16 -d"${WARMUP}s" "http://127.0.0.1:$((PORT + 1))/" >/dev/null
  out=$(wrk -t2 -c16 -d"${DURATION}s" --latency "http://127.0.0.1:$((PORT + 1))/")
  printf "%-22s %10s req/s   p50 %8s   p99 %8s\n" "nginx static home" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')"
  nginx -p "$DATA/nginx" -c "$DATA/nginx/nginx.conf" -s stop
else
  echo "nginx static home: nginx is not installed (apt-get install nginx) — no ceiling"
fi
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
echo "resident memory after: $((rss_after / 1024)) MiB"
