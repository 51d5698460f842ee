#!/usr/bin/env bash
# Adds a migration with the same name to each provider's migration set.
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/OnlineMinisterial.Web -v q -nologo || { echo "build failed: no migration added" >&2; exit 1; }
for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add "$name" --no-build --project src/OnlineMinisterial.Web \
    --context "${provider}AppDbContext" --output-dir "Infrastructure/Data/Migrations/$provider"
done
