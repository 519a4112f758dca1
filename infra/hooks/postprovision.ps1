# azd postprovision hook (Windows): writes, for local runs of the Functions app with the deployed models,
#   src/Archon.Functions/local.settings.json  (dotnet-isolated worker, Azurite storage, telemetry, schedule)
#   archon.catalog.json                       (the deployed Azure OpenAI models, Entra ID auth; no keys)
# Storage stays local (Azurite): the deployed storage account holds the deployed app's Durable task hub and
# benchmark-request queue, which a local host must not share. Run it again any time with:
#   pwsh infra/hooks/postprovision.ps1
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

# azd hands its environment (the provision outputs included) to hooks. Outside azd, read it from azd.
$azdValues = @{}
if (-not $env:ARCHON_MODEL_CATALOG -and (Get-Command azd -ErrorAction SilentlyContinue)) {
    foreach ($line in (azd env get-values)) {
        if ($line -match '^([A-Za-z_][A-Za-z0-9_]*)="(.*)"$') {
            $azdValues[$Matches[1]] = ($Matches[2] -replace '\\"', '"') -replace '\\\\', '\'
        }
    }
}

function Get-Value([string] $Name) {
    $v = [Environment]::GetEnvironmentVariable($Name)
    if (-not $v) { $v = $azdValues[$Name] }
    if (-not $v) { throw "postprovision: $Name is not set; run 'azd provision' (or 'azd up') first." }
    return $v
}

$appInsights = Get-Value 'APPLICATIONINSIGHTS_CONNECTION_STRING'
$catalog = Get-Value 'ARCHON_MODEL_CATALOG'
$schedule = Get-Value 'ARCHON_SEARCH_SCHEDULE'
$retention = Get-Value 'ARCHON_HISTORY_RETENTION_DAYS'
$openAi = Get-Value 'AZURE_OPENAI_ENDPOINT'
$appUrl = Get-Value 'AZURE_FUNCTION_APP_URL'

$catalogFile = Join-Path $root 'archon.catalog.json'
Set-Content -Path $catalogFile -Value $catalog -Encoding utf8

$settingsFile = Join-Path $root 'src/Archon.Functions/local.settings.json'
if (Test-Path $settingsFile) { Copy-Item $settingsFile "$settingsFile.bak" -Force }
$settings = [ordered]@{
    IsEncrypted = $false
    Values = [ordered]@{
        FUNCTIONS_WORKER_RUNTIME = 'dotnet-isolated'
        AzureWebJobsStorage = 'UseDevelopmentStorage=true'
        APPLICATIONINSIGHTS_CONNECTION_STRING = $appInsights
        Archon__ModelCatalogPath = $catalogFile
        Archon__SearchSchedule = $schedule
        Archon__HistoryRetentionDays = $retention
    }
}
$settings | ConvertTo-Json -Depth 5 | Set-Content -Path $settingsFile -Encoding utf8

Write-Host "Wrote $settingsFile (storage: Azurite)"
Write-Host "Wrote $catalogFile (Azure OpenAI at $openAi, Entra ID auth: sign in with 'az login' to use it locally)"
Write-Host "Deployed app: $appUrl"
