#!/usr/bin/env bash
# A throwaway Janus on loopback with the project's configuration (deploy/janus/), for tests and a one-machine demo.
#   scripts/janus.sh start <dir> <http port>   writes <dir>/janus.env (ONLINEMINISTERIAL_TEST_JANUS=...) and <dir>/janus.pid
#   scripts/janus.sh stop <dir>
# The secrets are made fresh at each start and live only in <dir>.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmd=${1:?start|stop}
dir=${2:?directory}

case "$cmd" in
start)
  port=${3:?http port}
  mkdir -p "$dir/conf"
  secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' ; }
  api_secret=$(secret); token_secret=$(secret); admin_key=$(secret); room_secret=$(secret)
  for f in "$root"/deploy/janus/*.jcfg; do
    sed -e "s|@CONFIG@|$dir/conf|" -e "s|@PORT@|$port|" -e "s|@ADMIN_KEY@|$admin_key|" \
        -e "s|@API_SECRET@|$api_secret|" -e "s|@TOKEN_SECRET@|$token_secret|" \
        -e "s|@RTP_RANGE@|${JANUS_RTP_RANGE:-40000-49999}|" "$f" >"$dir/conf/$(basename "$f")"
  done
  janus -F "$dir/conf" -L "$dir/janus.log" -N >/dev/null 2>&1 &
  echo $! >"$dir/janus.pid"
  url="http://127.0.0.1:$port/janus"
  for _ in $(seq 1 60); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.25
  done
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "Janus did not start; see $dir/janus.log" >&2; exit 1; }
  echo "ONLINEMINISTERIAL_TEST_JANUS=\"Url=$url;ApiSecret=$api_secret;TokenSecret=$token_secret;AdminKey=$admin_key;RoomSecret=$room_secret\"" >"$dir/janus.env"
  ;;
stop)
  if [ -f "$dir/janus.pid" ]; then kill "$(cat "$dir/janus.pid")" 2>/dev/null || true; rm -f "$dir/janus.pid"; fi
  ;;
*) echo "usage: $0 start|stop <dir> [port]" >&2; exit 2 ;;
esac
