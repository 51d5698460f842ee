#!/usr/bin/env bash
# Measures scheduling precision end to end: starts the built app on a throwaway SQLite folder (or on PostgreSQL when
# LATENCY_POSTGRES holds a connection string to an existing, empty database) at a loopback port, runs the
# measurement, stops the app. Extra arguments go to the tool (--count, --spacing-ms, --lead-seconds).
# PRECISE_TIMER=false measures Hangfire alone (the durable backstop), without the in-process timer.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/OnlineMinisterial.Web -nologo -v q >/dev/null
dotnet build tools/ScheduleLatency -nologo -v q >/dev/null
work=$(mktemp -d /tmp/schedule-latency.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export ASPNETCORE_ENVIRONMENT=Production Demo__Seed=true Scheduling__RunServer=true Scheduling__PreciseTimer="${PRECISE_TIMER:-true}"
if [ -n "${LATENCY_POSTGRES:-}" ]; then
  export Database__Provider=Postgres Database__ConnectionString="$LATENCY_POSTGRES"
else
  export Database__Provider=Sqlite Database__DataFolder="$work"
fi
(cd src/OnlineMinisterial.Web/bin/Debug/net10.0 && exec dotnet OnlineMinisterial.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
echo "host: $Database__Provider, precise timer: $Scheduling__PreciseTimer"
dotnet tools/ScheduleLatency/bin/Debug/net10.0/ScheduleLatency.dll --url "http://127.0.0.1:$port" "$@"
