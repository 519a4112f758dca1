# Builds the Azure Functions deployment package of the custom handler (Windows / PowerShell twin of
# scripts/publish-functions): the self-contained linux-x64 executable, host.json and one folder per function.
# A zip made on Windows carries no Unix execute bit; on Flex Consumption the host adds it (docs/deploy.md).
param(
    [string] $Output = '',
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$app = Join-Path $root 'src/Archon.Functions'
if (-not $Output) { $Output = Join-Path $app 'bin/functions-package' }

$hostJson = Join-Path $app 'host.json'
if (-not (Test-Path $hostJson)) { throw "publish-functions: $hostJson is missing; the Functions host cannot run the app without it." }

New-Item -ItemType Directory -Force -Path $Output | Out-Null
$Output = (Resolve-Path $Output).Path
Get-ChildItem -Path $Output -Force | Remove-Item -Recurse -Force

dotnet publish (Join-Path $app 'Archon.Functions.csproj') -c $Configuration -r linux-x64 --self-contained true -o $Output --nologo -v quiet
if ($LASTEXITCODE -ne 0) { throw "publish-functions: dotnet publish failed ($LASTEXITCODE)." }

Copy-Item $hostJson (Join-Path $Output 'host.json') -Force
$functions = 0
foreach ($definition in Get-ChildItem -Path $app -Directory | ForEach-Object { Join-Path $_.FullName 'function.json' } | Where-Object { Test-Path $_ }) {
    $name = Split-Path (Split-Path $definition -Parent) -Leaf
    New-Item -ItemType Directory -Force -Path (Join-Path $Output $name) | Out-Null
    Copy-Item $definition (Join-Path $Output "$name/function.json") -Force
    $functions++
}

Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $Output 'local.settings.json'), (Join-Path $Output 'local.settings.json.bak'), (Join-Path $Output 'local.settings.sample.json')

$executable = (Get-Content $hostJson -Raw | ConvertFrom-Json).customHandler.description.defaultExecutablePath
if (-not $executable) { $executable = 'Archon.Functions' }
if (-not (Test-Path (Join-Path $Output $executable))) { throw "publish-functions: host.json names the executable '$executable' but the publish output has no such file." }

Write-Host "Functions package: $Output ($executable, host.json, $functions functions)"
