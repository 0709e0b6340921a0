# Shared by the benchmarks: starts the site from the runnable bundle on a fresh data folder
# (modules to install may be put in $DATA/data/modules by the caller's BENCH_MODULES), and
# measures a URL with wrk on loopback (2 threads, 16 connections, a warm-up, then a timed
# run) with the server's CPU time per request. Sourced, not run.

PORT="${BENCH_PORT:-8090}"
WARMUP="${BENCH_WARMUP:-30}"
DURATION="${BENCH_DURATION:-15}"
BUNDLE=site/launcher/target/plenum
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 3; }
[ -f "$BUNDLE/plenum-launcher.jar" ] || mvn -B -q -DskipTests install

DATA="$(mktemp -d /tmp/plenum-bench-XXXXXX)"
LOG="$DATA/server.log"
cleanup() {
  # the server may be busy with requests still queued: a few seconds, then for good
  for pid in ${SERVER:-} ${LAUNCHER:-}; do kill "$pid" 2>/dev/null || true; done
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 ${SERVER:-0} 2>/dev/null || break
    sleep 1
  done
  for pid in ${SERVER:-} ${LAUNCHER:-}; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

ADMIN_PASSWORD="Bench-Admin-Once-$(date +%s)"
ADMIN_NEW="Bench-Admin-Later-$(date +%s)"
BASE="http://127.0.0.1:$PORT"

# starts the site; sets LAUNCHER, SERVER, first (ms to the first 200), rss_kib
start_site() {
  if [ -n "${BENCH_MODULES:-}" ]; then
    mkdir -p "$DATA/data/modules"
    cp $BENCH_MODULES "$DATA/data/modules/"
  fi
  local start
  start=$(date +%s%N)
  PLENUM_DATA="$DATA/data" PLENUM_PORT="$PORT" PLENUM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -jar "$BUNDLE/plenum-launcher.jar" >"$LOG" 2>&1 &
  LAUNCHER=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/en/" || true)" = 200 ]; do
    kill -0 "$LAUNCHER" 2>/dev/null || { echo "the site did not start; see $LOG" >&2; tail -20 "$LOG"; exit 1; }
    sleep 0.1
  done
  first=$(( ($(date +%s%N) - start) / 1000000 ))
  SERVER=$(pgrep -P "$LAUNCHER" java | head -1)
  rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
  # the first administrator's password is for one use: the benchmark sets its own
  curl -s -o /dev/null -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"current\":\"$ADMIN_PASSWORD\",\"replacement\":\"$ADMIN_NEW\"}" \
    "$BASE/api/v1/account/password"
  # then a token: a password would be hashed (600,000 rounds) on every request
  local token
  token=$(curl -sf -u "admin:$ADMIN_NEW" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' "$BASE/api/v1/account/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  ADMIN=(-H "Authorization: Bearer $token")
}

# log_in USER PASSWORD: logs in through the log-in form; sets COOKIE to the session's cookie
log_in() {
  local jar="$DATA/cookies-$1" state
  state=$(curl -s -c "$jar" "$BASE/en/login" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "login=login" \
    --data-urlencode "login:username=$1" --data-urlencode "login:password=$2" \
    --data-urlencode "login:submit=x" --data-urlencode "jakarta.faces.ViewState=$state" \
    "$BASE/en/login"
  COOKIE="PLENUMSESSION=$(awk '$6 == "PLENUMSESSION" {print $7}' "$jar")"
}

hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }

# measure NAME PATH [PORT] [wrk options…]: prints req/s, p50, p99, CPU ms per request
measure() {
  MEASURED_REQUESTS=0
  local name=$1 path=$2 port=${3:-$PORT}
  shift $(( $# < 3 ? $# : 3 ))
  local header=()
  [ -n "${COOKIE:-}" ] && header=(-H "Cookie: $COOKIE")
  [ "$WARMUP" -gt 0 ] && wrk -t2 -c16 -d"${WARMUP}s" "${header[@]}" "$@" "http://127.0.0.1:$port$path" >/dev/null
  local before out after requests
  before=$(cpu_ticks)
  out=$(wrk -t2 -c16 -d"${DURATION}s" --latency "${header[@]}" "$@" "http://127.0.0.1:$port$path")
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
  MEASURED_REQUESTS=$requests
}
