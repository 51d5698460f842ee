#!/usr/bin/env bash
# Runs every test: unit, integration (SQLite and PostgreSQL), browser (Chromium) and the browser modules' tests.
# Installs what is missing (Chromium, Redis, Janus), starts a throwaway PostgreSQL, Redis, Janus and SMTP server on loopback, and stops
# what it started. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d /tmp/onlineministerial-test.XXXXXX)
chmod 755 "$work"
pg_dir="$work/postgres"
redis_dir="$work/redis"
smtp_dir="$work/smtp"
janus_dir="$work/janus"

log() { printf '\n== %s\n' "$*"; }

# Stops what this script started; never changes the exit status (a server still writing its log as the folder is
# removed made a passing run exit 1).
stop_pid() {
  local pid
  [ -f "$1" ] || return 0
  pid=$(cat "$1")
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
}

cleanup() {
  local status=$?
  set +e
  "$root/scripts/postgres.sh" stop "$pg_dir"
  stop_pid "$redis_dir/redis.pid"
  "$root/scripts/janus.sh" stop "$janus_dir"
  stop_pid "$smtp_dir/smtp.pid"
  rm -rf "$work" 2>/dev/null || { sleep 1; rm -rf "$work" 2>/dev/null; }
  exit "$status"
}
trap cleanup EXIT

# A loopback port nothing answers on (bash only: no other tool is assumed on a fresh machine), below the kernel's
# range for outgoing connections: a port in that range can be held by a client socket that nothing listens on, and
# the server given it then fails to bind (a Redis that aborted at start, a PostgreSQL that never came up).
free_port() {
  local port low
  low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  [ "$low" -gt 11000 ] 2>/dev/null || low=32768
  while :; do
    port=$((10000 + RANDOM % (low - 10000)))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# Waits until something answers on the port; fails the run, naming the server and its log, if nothing does.
wait_port() {
  for _ in $(seq 1 "${3:-100}"); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "$2 did not start on port $1; the end of its log ($4):" >&2
  tail -n 20 "$4" >&2 2>/dev/null || true
  exit 1
}

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "Missing $*: install it (apt-get install -y $*) or run this script as root." >&2
    exit 1
  fi
  log "Installing $* (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq "$@" >/dev/null
}

command -v chromium >/dev/null || apt_install chromium
command -v pdftotext >/dev/null || apt_install poppler-utils   # the record PDF test reads its text
fc-list :lang=zh | grep -q . || apt_install fonts-wqy-microhei # Chinese pages in the browser tests' screenshots
command -v redis-server >/dev/null || apt_install redis-server
command -v janus >/dev/null || apt_install janus                # the media server (audio/video) tests
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || apt_install postgresql

log "Starting a throwaway PostgreSQL"
pg_port=$(free_port)
"$root/scripts/postgres.sh" start "$pg_dir" "$pg_port"
export ONLINEMINISTERIAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Maximum Pool Size=50"

log "Starting a throwaway Redis"
redis_port=$(free_port)
mkdir -p "$redis_dir"
redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --pidfile "$redis_dir/redis.pid" \
  --dir "$redis_dir" --save '' --appendonly no --logfile "$redis_dir/redis.log"
wait_port "$redis_port" Redis 100 "$redis_dir/redis.log"
export ONLINEMINISTERIAL_TEST_REDIS="127.0.0.1:$redis_port"
export ONLINEMINISTERIAL_CHROMIUM=$(command -v chromium)

log "Starting a throwaway Janus (deploy/janus/ configuration, fresh secrets)"
"$root/scripts/janus.sh" start "$janus_dir" "$(free_port)"
# shellcheck disable=SC1091
source "$janus_dir/janus.env"
export ONLINEMINISTERIAL_TEST_JANUS

log "Starting a throwaway SMTP server (smtp4dev, a local dotnet tool)"
# On an empty NuGet cache, one restore of several tools can report a package's commands wrong ("dotnet-stryker ...
# not contained in the package"); the manifest lists smtp4dev last, which avoids it, and a second attempt covers the rest.
dotnet tool restore >/dev/null || dotnet tool restore >/dev/null
smtp_port=$(free_port)
smtp_api_port=$(free_port)
mkdir -p "$smtp_dir"
# In-memory store, loopback only; IMAP and POP3 on free ports too, as nothing here reads them.
dotnet tool run smtp4dev -- --urls="http://127.0.0.1:$smtp_api_port" --smtpport="$smtp_port" --bindaddress=127.0.0.1 \
  --imapport="$(free_port)" --pop3port="$(free_port)" --db= --nousersettings --baseappdatapath="$smtp_dir" \
  --messagestokeep=2000 >"$smtp_dir/smtp.log" 2>&1 &
echo $! >"$smtp_dir/smtp.pid"
wait_port "$smtp_api_port" smtp4dev 600 "$smtp_dir/smtp.log"
export ONLINEMINISTERIAL_TEST_SMTP="127.0.0.1:$smtp_port"
export ONLINEMINISTERIAL_TEST_SMTP_API="http://127.0.0.1:$smtp_api_port"

log "Building"
dotnet build OnlineMinisterial.sln -nologo -v q

failed=0
run() {
  log "$1"
  shift
  "$@" || failed=1
}
run "Browser module tests" npm test --silent
run "Unit tests" dotnet test tests/OnlineMinisterial.Domain.Tests --no-build -nologo
run "Integration tests (SQLite, PostgreSQL, Redis)" dotnet test tests/OnlineMinisterial.Integration.Tests --no-build -nologo
run "Browser tests (Chromium)" dotnet test e2e/OnlineMinisterial.E2E --no-build -nologo
# Fails on errors (refused connections, lost events, failed commands), never on timings; bounded in time.
run "Load tool smoke run (small N)" timeout 300 dotnet tools/LoadTest/bin/Debug/net10.0/LoadTest.dll \
  --n 10 --rounds 3 --scenarios connect,fanout,casts,floor,upvotes,single --timeout-seconds 20

if [ "$failed" != 0 ]; then
  log "FAILED"
  exit 1
fi
log "All tests passed"
