#!/usr/bin/env bash
# Search: the query "volunteer" over the 1,000 posts of the demo content (the benchmark data)
# as a results page and as an API call — req/s, p50/p99 and server CPU per query (wrk on
# loopback, 2 threads, 16 connections, 15 s after a 30 s warm-up) — and the time to rebuild
# the index from the content. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
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

start=$(date +%s%N)
curl -sf -X POST "${ADMIN[@]}" "$BASE/api/v1/search/rebuild" > /dev/null
sleep 0.2
until [ "$(status | field rebuilding)" = false ]; do
  sleep 0.2
done
echo "rebuild of the index:  $(( ($(date +%s%N) - start) / 1000000 )) ms for $(status | field documents) items"
