#!/usr/bin/env bash
# Events: the coming-events page and the site-wide iCalendar feed with 500 events, 50 of
# which recur weekly without end, in the chapters' own time zones. Starts the site from the
# bundle on a fresh data folder, makes the events through the API, then measures with wrk on
# loopback (2 threads, 16 connections, 15 s after a 30 s warm-up): the page and the feed as a
# visitor gets them (from the page cache), the page as a logged-in member (rendered afresh),
# and the expanded occurrences of the next 30 days from the API (computed on each request):
# req/s, p50/p99 and server CPU per request. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh
MEMBER_PASSWORD="Bench-Member-Reads-$(date +%s)"
start_site

echo "Plenum events benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
chapters=(iops-london:Europe/London iops-melbourne:Australia/Melbourne iops-vienna:Europe/Vienna
  iops-dublin:Europe/Dublin iops-san-carlos:America/Los_Angeles iops-suffolk:Europe/London)
days=(MO TU WE TH FR SA SU)
start=$(date +%s%N)
made=0
for i in $(seq 1 500); do
  pick=${chapters[$(( i % ${#chapters[@]} ))]}
  chapter=${pick%%:*}
  zone=${pick#*:}
  if [ "$i" -le 50 ]; then
    # weekly, without end, on the weekday of its first date
    day=$(date -u -d "+$(( i % 7 + 1 )) days" +%Y-%m-%d)
    wd=$(date -u -d "$day" +%u)
    rule=",\"rrule\":\"FREQ=WEEKLY;BYDAY=${days[$(( wd - 1 ))]}\""
  else
    day=$(date -u -d "+$(( i % 180 + 1 )) days" +%Y-%m-%d)
    rule=""
  fi
  hour=$(( 9 + i % 11 ))
  code=$(curl -s -o /dev/null -w '%{http_code}' "${ADMIN[@]}" -H 'Content-Type: application/json' \
    -d "{\"chapter\":\"$chapter\",\"title\":\"Bench gathering $i\",\"slug\":\"bench-gathering-$i\",
      \"language\":\"en\",\"timeZone\":\"$zone\",\"start\":\"${day}T$(printf %02d $hour):00\",
      \"end\":\"${day}T$(printf %02d $(( hour + 2 ))):00\",\"venue\":{\"city\":\"Town $i\"}$rule}" \
    "$BASE/api/v1/events")
  [ "$code" = 201 ] && made=$(( made + 1 ))
done
echo "events made:           $made of 500 (50 weekly) in $(( ($(date +%s%N) - start) / 1000000 )) ms"
from=$(date -u +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)
echo "occurrences, 30 days:  $(curl -sf "$BASE/api/v1/events/occurrences?from=$from&to=$to" | grep -o '"on":' | wc -l)"
echo "feed size:             $(curl -sf "$BASE/feeds/events/all.ics" | wc -c) bytes"
measure "coming events" /en/events
measure "home page (block)" /en/
measure "site feed (.ics)" /feeds/events/all.ics
measure "API, 30 days" "/api/v1/events/occurrences?from=$from&to=$to"

curl -s -o /dev/null "${ADMIN[@]}" -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench.member\",\"displayName\":\"Bench Member\",\"password\":\"$MEMBER_PASSWORD\",\"chapter\":\"iops-london\"}" \
  "$BASE/api/v1/members"
log_in "bench.member" "$MEMBER_PASSWORD"
if curl -s -H "Cookie: $COOKIE" "$BASE/en/events" | grep -q 'bench.member'; then
  measure "member: coming events" /en/events
else
  echo "member: the log-in did not work; member figures skipped"
fi
COOKIE=
