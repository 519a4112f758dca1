#!/bin/sh
# azd postprovision hook: writes, for local runs of the Functions app with the deployed models,
#   src/Archon.Functions/local.settings.json  (dotnet-isolated worker, Azurite storage, telemetry, schedule)
#   archon.catalog.json                       (the deployed Azure OpenAI models, Entra ID auth; no keys)
# Storage stays local (Azurite): the deployed storage account holds the deployed app's Durable task hub and
# benchmark-request queue, which a local host must not share. Run it again any time with:
#   sh infra/hooks/postprovision.sh
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"

# azd hands its environment (the provision outputs included) to hooks. Outside azd, read it from azd.
if [ -z "${ARCHON_MODEL_CATALOG:-}" ] && command -v azd >/dev/null 2>&1; then
  # `azd env get-values` prints KEY="value" lines with shell-style escapes.
  set -a
  eval "$(azd env get-values)"
  set +a
fi

value() {
  eval "v=\${$1:-}"
  if [ -z "$v" ]; then
    echo "postprovision: $1 is not set; run 'azd provision' (or 'azd up') first." >&2
    exit 1
  fi
  printf '%s' "$v"
}

json_string() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

appinsights="$(value APPLICATIONINSIGHTS_CONNECTION_STRING)"
catalog="$(value ARCHON_MODEL_CATALOG)"
schedule="$(value ARCHON_SEARCH_SCHEDULE)"
retention="$(value ARCHON_HISTORY_RETENTION_DAYS)"
openai="$(value AZURE_OPENAI_ENDPOINT)"
app_url="$(value AZURE_FUNCTION_APP_URL)"

catalog_file="$root/archon.catalog.json"
printf '%s\n' "$catalog" > "$catalog_file"

settings_file="$root/src/Archon.Functions/local.settings.json"
if [ -f "$settings_file" ]; then
  cp "$settings_file" "$settings_file.bak"
fi
cat > "$settings_file" <<JSON
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "APPLICATIONINSIGHTS_CONNECTION_STRING": $(json_string "$appinsights"),
    "Archon__ModelCatalogPath": $(json_string "$catalog_file"),
    "Archon__SearchSchedule": $(json_string "$schedule"),
    "Archon__HistoryRetentionDays": $(json_string "$retention")
  }
}
JSON

echo "Wrote $settings_file (storage: Azurite)"
echo "Wrote $catalog_file (Azure OpenAI at $openai, Entra ID auth: sign in with 'az login' to use it locally)"
echo "Deployed app: $app_url"
