#!/usr/bin/env bash
# Polls: ballots per second and the results page of a poll with 10,000 ballots. Starts the
# site from the bundle on a fresh data folder with the benchmark seeder module installed
# (bench/seeder: members of IOPS London with API tokens, made without hashing passwords),
# then:
#  - ballots/s: wrk sends PUT /api/v1/polls/{poll}/ballot, each request the ballot of the
#    next of $BENCH_MEMBERS distinct members (2 threads, 16 connections; after a warm-up by
#    other members), with p50/p99 latency and server CPU per ballot;
#  - a second poll gets a ballot from each of the $BENCH_MEMBERS members, is closed (its
#    tally computed and frozen, timed), and its results page is measured as a visitor sees
#    it (from the page cache), with the results as JSON and as CSV from the API.
# Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

SEEDER=bench/seeder/target/plenum-bench-seeder.jar
[ -f "$SEEDER" ] || mvn -B -q -DskipTests install
BENCH_MODULES="$SEEDER"
MEMBERS="${BENCH_MEMBERS:-10000}"
source bench/lib.sh
start_site
command -v python3 >/dev/null || { echo "python3 is needed to read the API's answers" >&2; exit 3; }

api() { curl -sf "${ADMIN[@]}" -H 'Content-Type: application/json' "$@"; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
opens=$(date -u +%Y-%m-%dT%H:%M:%SZ)
closes=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
poll() {
  api -d "{\"chapter\":\"iops-london\",\"title\":\"$1\",\"slug\":\"$1\",\"language\":\"en\",
    \"opensAt\":\"$opens\",\"closesAt\":\"$closes\",\"visibility\":\"after_close\",
    \"questions\":[{\"text\":\"Which evening?\",\"options\":[\"Monday\",\"Tuesday\",\"Wednesday\",\"Thursday\"]},
    {\"text\":\"Shall we rent the hall?\",\"kind\":\"motion\"}]}" "$BASE/api/v1/polls"
}
members() { # prefix count file
  local from=1 batch
  : > "$3"
  while [ "$from" -le "$2" ]; do
    batch=$(( $2 - from + 1 < 1000 ? $2 - from + 1 : 1000 ))
    api -X POST "$BASE/api/v1/bench/members?chapter=iops-london&prefix=$1&from=$from&count=$batch" \
      | grep -o 'plm_[^"]*' >> "$3"
    from=$(( from + batch ))
  done
}

echo "Plenum polls benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
t=$(date +%s%N)
members b "$MEMBERS" "$DATA/tokens"
members w 1000 "$DATA/warm-tokens"
echo "members with tokens:   $((MEMBERS + 1000)) made in $(ms "$t") ms (seeder, no password hashing)"

poll bench-ballots > "$DATA/ballots.json"
read -r QUESTION OPTION_A OPTION_B < <(python3 -c 'import json, sys
q = json.load(open(sys.argv[1]))["questions"][0]
print(q["id"], q["options"][0]["id"], q["options"][1]["id"])' "$DATA/ballots.json")
export BALLOT_PATH=/api/v1/polls/bench-ballots/ballot BALLOT_QUESTION=$QUESTION \
  BALLOT_A=$OPTION_A BALLOT_B=$OPTION_B
BALLOT_TOKENS="$DATA/warm-tokens" wrk -t2 -c16 -d"${WARMUP}s" -s bench/ballots.lua \
  "$BASE$BALLOT_PATH" >/dev/null
BALLOT_TOKENS="$DATA/tokens" WARMUP=0 measure "ballots" "$BALLOT_PATH" "$PORT" -s bench/ballots.lua
echo "                       $MEASURED_REQUESTS ballots in ${DURATION} s from up to $MEMBERS distinct members (first ballots, then changes once every member has voted)"

poll bench-results > /dev/null
t=$(date +%s%N)
cast=$(api -X POST "$BASE/api/v1/bench/polls/bench-results/ballots?prefix=b&count=$MEMBERS" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["cast"])')
echo "ballots cast in-process: $cast in $(ms "$t") ms"
t=$(date +%s%N)
api -X POST "$BASE/api/v1/polls/bench-results/close" > "$DATA/closed.json"
echo "close and freeze tally: $(ms "$t") ms for $(python3 -c 'import json, sys
print(json.load(open(sys.argv[1]))["voters"])' "$DATA/closed.json") ballots"
measure "results page" /en/polls/bench-results
measure "results API" /api/v1/polls/bench-results/results
measure "results CSV" /api/v1/polls/bench-results/results.csv
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
echo "resident memory after: $((rss_after / 1024)) MiB"
