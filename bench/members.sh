#!/usr/bin/env bash
# The administrators' members table (a PrimeFaces lazy table) with 5,000 members and more:
# starts the site from the bundle on a fresh data folder with the benchmark seeder installed,
# makes $BENCH_MEMBERS members of IOPS London without hashing their passwords, logs the
# administrator in through the log-in form, and measures with wrk (2 threads, 16 connections,
# after a warm-up) the table's first page, a search that keeps one member, and the table sorted
# by joining date — requests/s, p50/p99 and server CPU per request. Prints figures; asserts
# nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

SEEDER=bench/seeder/target/plenum-bench-seeder.jar
[ -f "$SEEDER" ] || mvn -B -q -DskipTests install
BENCH_MODULES="$SEEDER"
MEMBERS="${BENCH_MEMBERS:-5000}"
source bench/lib.sh
start_site

echo "Plenum members table benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
from=1
while [ "$from" -le "$MEMBERS" ]; do
  batch=$(( MEMBERS - from + 1 < 1000 ? MEMBERS - from + 1 : 1000 ))
  curl -sf "${ADMIN[@]}" -X POST \
    "$BASE/api/v1/bench/members?chapter=iops-london&prefix=m&from=$from&count=$batch" >/dev/null
  from=$(( from + batch ))
done
echo "members made:          $MEMBERS in IOPS London (seeder, no password hashing)"

log_in "admin" "$ADMIN_NEW"
if ! curl -s -H "Cookie: $COOKIE" "$BASE/en/admin/members" | grep -q 'member-table'; then
  echo "the administrator's log-in did not work; figures skipped" >&2
  exit 1
fi
one=$(curl -s -H "Cookie: $COOKIE" "$BASE/en/admin/members?q=m.2500" | grep -c '<code>m.2500' || true)
echo "a search for m.2500 shows it: $one row(s)"
measure "table, first page" /en/admin/members
measure "table, one found" "/en/admin/members?q=m.2500"
measure "table, a chapter" "/en/admin/members?chapter=iops-london&status=MEMBER"
COOKIE=
