#!/usr/bin/env bash
# Search: the query "volunteer" over the 1,000 posts of the demo content (the benchmark data)
# as a results page and as an API call — req/s, p50/p99 and server CPU per query (wrk on
# loopback, 2 threads, 16 connections, 15 s after a 30 s warm-up) — and the time to rebuild
# the index from the content; then the same at $BENCH_POSTS posts (100,000 by default; 0 to
# stop at 1,000): copies of the 1,000 under other addresses and dates, imported into the News
# through the import API 1,000 at a time while the index follows them. Prints figures;
# asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
POSTS="${BENCH_POSTS:-100000}"
command -v python3 >/dev/null || { echo "python3 is needed to make the posts" >&2; exit 3; }
start_site

status() { curl -sf "${ADMIN[@]}" "$BASE/api/v1/search/status"; }
field() { sed -n "s/.*\"$1\":\\([0-9a-z]*\\).*/\\1/p"; }
until [ "$(status | field ready)" = true ] && [ "$(status | field rebuilding)" = false ]; do
  sleep 0.5
done

echo "Plenum search benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "items in the index:    $(status | field documents)"
echo "posts with 'volunteer': $(curl -sf "$BASE/api/v1/search?q=volunteer" | field total)"
measure "results page" "/en/search?q=volunteer"
measure "search API" "/api/v1/search?q=volunteer"
measure "suggestions" "/api/v1/search/suggest?q=volunt"

rebuild() {
  local start
  start=$(date +%s%N)
  curl -sf -X POST "${ADMIN[@]}" "$BASE/api/v1/search/rebuild" > /dev/null
  sleep 0.2
  until [ "$(status | field rebuilding)" = false ]; do
    sleep 0.2
  done
  echo "rebuild of the index:  $(( ($(date +%s%N) - start) / 1000000 )) ms for $(status | field documents) items"
}
rebuild

[ "$POSTS" -gt 1000 ] || exit 0
copies=$(( POSTS / 1000 - 1 ))
echo
echo "importing $copies copies of the 1,000 posts (other addresses, titles numbered, dates moved back)"
start=$(date +%s%N)
for n in $(seq 1 "$copies"); do
  python3 - "$n" ../shared/bench-data/posts.json > "$DATA/copy.json" <<'PY'
import json, sys
n = int(sys.argv[1])
posts = json.load(open(sys.argv[2], encoding="utf-8"))
for p in posts:
    p["slug"] = f"{p['slug']}-copy-{n}"
    p["title"] = f"{p['title']} ({n})"
    # whole years back; the 29th of February becomes the 28th
    p["date"] = str(int(p["date"][:4]) - n % 12) + p["date"][4:].replace("-02-29", "-02-28")
json.dump(posts, sys.stdout, ensure_ascii=False)
PY
  id=$(curl -sf "${ADMIN[@]}" -H 'Content-Type: application/json' --data-binary "@$DATA/copy.json" \
    "$BASE/api/v1/blog/imports?blog=news" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  until curl -sf "${ADMIN[@]}" "$BASE/api/v1/blog/imports/$id" | grep -q '"done":true'; do
    sleep 0.2
  done
  [ $(( n % 10 )) -eq 0 ] && echo "  $(( (n + 1) * 1000 )) posts, $(( ($(date +%s%N) - start) / 1000000000 )) s"
done
imported=$(( ($(date +%s%N) - start) / 1000000 ))
until [ "$(status | field followed)" = "$(status | field latest)" ]; do
  sleep 0.5
done
echo "import of $(( copies * 1000 )) posts: $imported ms; index caught up after $(( ($(date +%s%N) - start) / 1000000 )) ms"
echo "items in the index:    $(status | field documents)"
echo "posts with 'volunteer': $(curl -sf "$BASE/api/v1/search?q=volunteer" | field total)"
echo "resident memory:       $(( $(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status") / 1024 )) MiB"
measure "results page" "/en/search?q=volunteer"
measure "search API" "/api/v1/search?q=volunteer"
measure "two words, API" "/api/v1/search?q=winnipeg+hotel"
measure "suggestions" "/api/v1/search/suggest?q=volunt"
# one reader at a time: the latency of a query alone, without queueing behind others
measure "results page, one reader" "/en/search?q=volunteer" "$PORT" -t1 -c1
measure "search API, one reader" "/api/v1/search?q=volunteer" "$PORT" -t1 -c1
rebuild
