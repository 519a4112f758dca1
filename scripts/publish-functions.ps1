# Publishes the .NET isolated worker Functions app for a zip deployment (Windows / PowerShell twin of
# scripts/publish-functions): `dotnet publish` (framework-dependent), a check that the folder holds what the
# Functions host loads, local settings dropped, and with -Zip a zip whose root is the app root, the hidden
# .azurefunctions folder included (Compress-Archive on `*` leaves it out). `azd deploy` does not need it.
# Usage: pwsh scripts/publish-functions.ps1 [-Output DIR] [-Zip FILE] [-Configuration Release]
param(
    [string] $Output = '',
    [string] $Zip = '',
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$app = Join-Path $root 'src/Archon.Functions'
$project = Join-Path $app 'Archon.Functions.csproj'
if (-not $Output) { $Output = Join-Path $app 'bin/functions-package' }

if (-not (Test-Path $project)) { throw "publish-functions: $project is missing." }

New-Item -ItemType Directory -Force -Path $Output | Out-Null
$Output = (Resolve-Path $Output).Path
# The folder is emptied first; refuse one that holds anything but an earlier package.
if ((Get-ChildItem -Path $Output -Force | Select-Object -First 1) -and -not (Test-Path (Join-Path $Output 'host.json'))) {
    throw "publish-functions: $Output is not empty and holds no earlier package (host.json); choose an empty folder."
}
Get-ChildItem -Path $Output -Force | Remove-Item -Recurse -Force

dotnet publish $project -c $Configuration -o $Output --nologo -v quiet
if ($LASTEXITCODE -ne 0) { throw "publish-functions: dotnet publish failed ($LASTEXITCODE)." }

Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $Output 'local.settings.json'), (Join-Path $Output 'local.settings.json.bak'), (Join-Path $Output 'local.settings.sample.json')

foreach ($required in @('host.json', 'worker.config.json', 'functions.metadata', 'extensions.json', '.azurefunctions')) {
    if (-not (Test-Path -LiteralPath (Join-Path $Output $required))) {
        throw "publish-functions: the publish output has no $required; the Functions host cannot load the app without it."
    }
}
$worker = (Get-Content (Join-Path $Output 'worker.config.json') -Raw | ConvertFrom-Json).description.defaultWorkerPath
if (-not $worker -or -not (Test-Path (Join-Path $Output $worker))) {
    throw "publish-functions: worker.config.json names the worker '$worker' but the publish output has no such file."
}
$functions = @(Get-Content (Join-Path $Output 'functions.metadata') -Raw | ConvertFrom-Json).Count

if ($Zip) {
    $zipDir = Split-Path -Parent ([System.IO.Path]::GetFullPath($Zip))
    New-Item -ItemType Directory -Force -Path $zipDir | Out-Null
    $Zip = [System.IO.Path]::GetFullPath($Zip)
    $staging = Join-Path ([System.IO.Path]::GetTempPath()) ([System.IO.Path]::GetRandomFileName() + '.zip')
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    # CreateFromDirectory takes hidden files and folders too.
    [System.IO.Compression.ZipFile]::CreateFromDirectory($Output, $staging)
    Move-Item -Force $staging $Zip
    Write-Host "Functions package: $Output ($worker, $functions functions), zipped to $Zip"
} else {
    Write-Host "Functions package: $Output ($worker, $functions functions)"
}
