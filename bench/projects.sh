#!/usr/bin/env bash
# Projects: the project list with 100 projects and a project page whose discussion holds 200
# replies (40 threads of 5 replies, some of them replies to replies). Starts the site from the
# bundle on a fresh data folder with the benchmark seeder module installed (bench/seeder:
# members of IOPS London with API tokens, made without hashing passwords), makes the projects
# and the discussion through the API — a member writes at most 5 messages in 10 minutes, so
# 48 members write them — then:
#  - measures with wrk on loopback (2 threads, 16 connections, 15 s after a 30 s warm-up) the
#    list and the project page (its discussion's first page: the latest 10 threads with their
#    replies) as a visitor gets them (from the page cache) and as a logged-in member who may
#    write (rendered afresh, with the reply links; wrk waits up to 30 s for these), and the list
#    from the API: req/s, p50/p99 and server CPU per request;
#  - posting a reply: wrk cannot, for the throttle; $BENCH_POSTS replies (100 unless told)
#    are posted one after the other with curl to the same discussion, each by a member who
#    has not written yet, and timed: mean, p50/p99 and server CPU per reply.
# Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

SEEDER=bench/seeder/target/plenum-bench-seeder.jar
[ -f "$SEEDER" ] || mvn -B -q -DskipTests install
BENCH_MODULES="$SEEDER"
POSTS="${BENCH_POSTS:-100}"
source bench/lib.sh
MEMBER_PASSWORD="Bench-Member-Reads-$(date +%s)"
start_site

api() { curl -sf "${ADMIN[@]}" -H 'Content-Type: application/json' "$@"; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# members PREFIX COUNT FILE: seeds members, one API token a line in FILE
members() {
  api -X POST "$BASE/api/v1/bench/members?chapter=iops-london&prefix=$1&count=$2" \
    | grep -o 'plm_[^"]*' > "$3"
}
# say BODY [PARENT]: the next of the writers writes in the discussion of $PROJECT; sets ID to
# the message's id (empty when refused)
n=0
say() {
  local token=${writers[$(( n % ${#writers[@]} ))]} parent=""
  n=$(( n + 1 ))
  [ -n "${2:-}" ] && parent=",\"parent\":$2"
  ID=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"body\":\"$1\"$parent}" "$BASE/api/v1/projects/$PROJECT/discussion" \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2) || true
}

echo "Plenum projects benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
PROJECT=bench-project-1
t=$(date +%s%N)
made=0
for i in $(seq 1 100); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${ADMIN[@]}" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Bench project $i\",\"slug\":\"bench-project-$i\",
      \"summary\":\"A bookfair, a hall and a van: project $i of the benchmark needs hands.\",
      \"description\":\"**Who**: all of us. *When*: spring. Project $i.\",
      \"language\":\"en\",\"chapter\":\"iops-london\"}" "$BASE/api/v1/projects")
  [ "$code" = 201 ] && api -d '{"status":"active"}' "$BASE/api/v1/projects/bench-project-$i/status" \
    >/dev/null && made=$(( made + 1 ))
done
echo "projects made:         $made of 100, approved, in $(ms "$t") ms"

t=$(date +%s%N)
members w 48 "$DATA/writers"
members r "$POSTS" "$DATA/repliers"
mapfile -t writers < "$DATA/writers"
mapfile -t repliers < "$DATA/repliers"
echo "members with tokens:   $(( ${#writers[@]} + ${#repliers[@]} )) made in $(ms "$t") ms (seeder, no password hashing)"

# 40 threads of 5 replies: three to the first message, two to replies; each member writes 5
t=$(date +%s%N)
roots=()
replies=0
for th in $(seq 1 40); do
  say "Thread $th: who can bring a table on Saturday? We still need two."
  root=$ID
  roots+=("$root")
  say "I can, with a cloth for it. Reply 1 in thread $th." "$root"
  a=$ID
  say "Thanks, that makes one: who has a second? Reply 2." "$a"
  b=$ID
  say "Mine is small but it folds. Reply 3 in thread $th." "$root"
  c=$ID
  say "Then we have two; I will bring the van. Reply 4." "$b"
  d=$ID
  say "See you at nine at the hall. Reply 5 in thread $th." "$root"
  for id in "$a" "$b" "$c" "$d" "$ID"; do
    if [ -n "$id" ]; then replies=$(( replies + 1 )); fi
  done
done
echo "discussion written:    ${#roots[@]} threads, $replies replies in $PROJECT in $(ms "$t") ms"
page=$(curl -sf "$BASE/en/projects/$PROJECT")
echo "project page:          $(grep -o 'class="message depth' <<< "$page" | wc -l) messages shown, $(wc -c <<< "$page") bytes"
measure "project list" /en/projects
measure "project page, 200 replies" "/en/projects/$PROJECT"
measure "API, project list" /api/v1/projects

api -d "{\"username\":\"bench.member\",\"displayName\":\"Bench Member\",\"password\":\"$MEMBER_PASSWORD\",
  \"status\":\"member\",\"chapter\":\"iops-london\"}" "$BASE/api/v1/members" >/dev/null
log_in "bench.member" "$MEMBER_PASSWORD"
# the page in full first: grep -q would leave curl writing into a closed pipe
page=$(curl -s -H "Cookie: $COOKIE" "$BASE/en/projects/$PROJECT")
if grep -q 'Signed in as bench.member' <<< "$page" && grep -q 'id="new-thread"' <<< "$page"; then
  # a rendering of the whole discussion can outlast wrk's 2 s time-out, which would leave it out
  measure "member: project list" /en/projects "$PORT" --timeout 30s
  measure "member: project page, 200 replies" "/en/projects/$PROJECT" "$PORT" --timeout 30s
else
  echo "member: not signed in, or may not write; member figures skipped"
fi
COOKIE=

# posting a reply: one after the other, each by a member who has not written yet
before=$(cpu_ticks)
: > "$DATA/post-times"
failed=0
for i in $(seq 0 $(( ${#repliers[@]} - 1 ))); do
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' \
    -H "Authorization: Bearer ${repliers[$i]}" -H 'Content-Type: application/json' \
    -d "{\"body\":\"Count me in for Saturday, I can carry boxes. Reply $i.\",\"parent\":${roots[$(( i % ${#roots[@]} ))]}}" \
    "$BASE/api/v1/projects/$PROJECT/discussion")
  [ "${out%% *}" = 201 ] || failed=$(( failed + 1 ))
  echo "${out#* }" >> "$DATA/post-times"
done
after=$(cpu_ticks)
sort -n "$DATA/post-times" | awk -v t=$((after - before)) -v hz="$hz" -v failed="$failed" '
  { s[NR] = $1 * 1000; sum += $1 * 1000 }
  END {
    p50 = s[int((NR - 1) * 0.50) + 1]; p99 = s[int((NR - 1) * 0.99) + 1]
    printf "%-22s %6d replies   mean %7.2fms   p50 %7.2fms   p99 %7.2fms   CPU %6.3f ms/reply   not 201 %d\n",
      "post a reply (curl, one at a time)", NR, sum / NR, p50, p99, (t * 1000 / hz) / NR, failed
  }'
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
echo "resident memory after: $((rss_after / 1024)) MiB"
