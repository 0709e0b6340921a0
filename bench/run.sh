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

source bench/lib.sh
MEMBER_PASSWORD="Bench-Member-Reads-$(date +%s)"
start_site

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
curl -s -o /dev/null "${ADMIN[@]}" -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench.member\",\"displayName\":\"Bench Member\",\"password\":\"$MEMBER_PASSWORD\",\"chapter\":\"iops-london\"}" \
  "$BASE/api/v1/members"
log_in "bench.member" "$MEMBER_PASSWORD"
if curl -s -H "Cookie: $COOKIE" "$BASE/en/" | grep -q 'bench.member'; then
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
  curl -s "$BASE/en/" > "$DATA/nginx/html/index.html"
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
