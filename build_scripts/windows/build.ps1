# Builds TuQuan for Windows: a one-folder application (dist\tuquan), checked by the same
# headless smoke test as `make dist-test`, and an installer (dist\TuQuan-Setup-<version>.exe).
# Run in PowerShell from anywhere on Windows 10/11 with Python 3.11 (64-bit) and Inno Setup 6.3
# or newer installed (docs\windows.md):
#
#     powershell -ExecutionPolicy Bypass -File build_scripts\windows\build.ps1
#
# Every step stops the build when it fails: PowerShell's "Stop" does not apply to programs,
# so every program run here is followed by Assert-Success, which reads $LASTEXITCODE.
#
# Signing (Authenticode) of both programs, the installer and its uninstaller, when given:
#   TUQUAN_SIGN_THUMBPRINT       a code-signing certificate in the user's or machine's store, or
#   TUQUAN_SIGN_PFX and TUQUAN_SIGN_PFX_PASSWORD   a .pfx file and its password;
#   TUQUAN_SIGN_TIMESTAMP_URL    an RFC 3161 time-stamp server (default: DigiCert's);
#   SIGNTOOL, ISCC               full paths, when the tools are not found by themselves.
# Without a certificate the build goes on, unsigned, with a warning in the log.
#
# TUQUAN_BUILD=police builds the police unit's program, which carries the PostgreSQL driver
# (`--database-url`); without it, the teams' program, which does not (build_scripts/tuquan.spec).
# At the end the folder's size and the installer's are printed, in MiB, and written to
# dist\size.json, as `make dist` does on Linux for its archive.
# This file is ASCII on purpose: Windows PowerShell 5.1 reads a script without a byte-order
# mark in the ANSI code page.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3.0
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Assert-Success([string]$Step) {
    if ($LASTEXITCODE -ne 0) { throw "Build stopped: $Step failed (exit code $LASTEXITCODE)." }
}

function Find-InnoSetupCompiler {
    if ($env:ISCC) { return $env:ISCC }
    $onPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath) { return $onPath.Source }
    $keys = foreach ($hive in @("HKCU:\Software", "HKLM:\SOFTWARE", "HKLM:\SOFTWARE\WOW6432Node")) {
        foreach ($major in @("7", "6")) {
            "$hive\Microsoft\Windows\CurrentVersion\Uninstall\Inno Setup ${major}_is1"
        }
    }
    foreach ($key in $keys) {
        $entry = Get-ItemProperty -Path $key -ErrorAction SilentlyContinue
        if ($entry -and $entry.InstallLocation) {
            $candidate = Join-Path $entry.InstallLocation "ISCC.exe"
            if (Test-Path $candidate) { return $candidate }
        }
    }
    throw "Inno Setup 6.3 or newer was not found: install it, or set ISCC to ISCC.exe's full path."
}

function Assert-InnoSetupVersion([string]$Compiler) {
    $version = [version](Get-Item $Compiler).VersionInfo.ProductVersion.Split(" ")[0]
    if ($version -lt [version]"6.3") {
        throw "Inno Setup $version is too old: 6.3 or newer reads this UTF-8 script."
    }
}

function Find-SignTool {
    if ($env:SIGNTOOL) { return $env:SIGNTOOL }
    $onPath = Get-Command "signtool.exe" -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath) { return $onPath.Source }
    $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
    # The newest SDK's: its folder is named by version (10.0.22621.0); an old bin\x64 sorts last.
    $found = Get-ChildItem -Path $kits -Filter "signtool.exe" -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -like "*\x64\*" } |
        Sort-Object { $v = $null; if ([version]::TryParse($_.Directory.Parent.Name, [ref]$v)) { $v } else { [version]"0.0" } } -Descending |
        Select-Object -First 1
    if ($found) { return $found.FullName }
    throw "signtool.exe was not found: install the Windows SDK, or set SIGNTOOL to its full path."
}

# The certificate's thumbprint, or $null when none is given. A .pfx is imported into the user's
# certificate store for the build (and removed at its end), so that its password is never on a
# command line: Inno Setup prints every signing command it runs.
function Get-SigningThumbprint {
    if ($env:TUQUAN_SIGN_THUMBPRINT) { return $env:TUQUAN_SIGN_THUMBPRINT }
    if (-not $env:TUQUAN_SIGN_PFX) { return $null }
    if (-not $env:TUQUAN_SIGN_PFX_PASSWORD) { throw "TUQUAN_SIGN_PFX is set without TUQUAN_SIGN_PFX_PASSWORD." }
    $password = ConvertTo-SecureString $env:TUQUAN_SIGN_PFX_PASSWORD -AsPlainText -Force
    $certificate = Import-PfxCertificate -FilePath (Resolve-Path $env:TUQUAN_SIGN_PFX).Path `
        -CertStoreLocation "Cert:\CurrentUser\My" -Password $password
    $script:ImportedCertificate = "Cert:\CurrentUser\My\$($certificate.Thumbprint)"
    return $certificate.Thumbprint
}

# The signtool arguments before the file name ($null without a certificate); no "$" or quote in
# them, which Inno Setup's sign command would read as its own placeholders.
function Get-SigningArguments([string]$Thumbprint) {
    if (-not $Thumbprint) { return $null }
    $timestamp = $env:TUQUAN_SIGN_TIMESTAMP_URL
    if (-not $timestamp) { $timestamp = "http://timestamp.digicert.com" }
    $arguments = @("sign", "/fd", "sha256", "/tr", $timestamp, "/td", "sha256", "/sha1", $Thumbprint)
    if ($arguments | Where-Object { $_ -match '[$"]' }) { throw "A signing setting holds a `$ or a quote." }
    return $arguments
}

$Kind = "team"
if ($env:TUQUAN_BUILD) { $Kind = $env:TUQUAN_BUILD.Trim().ToLower() }
if (@("team", "police") -notcontains $Kind) { throw "TUQUAN_BUILD=$Kind`: expected team or police." }
$Python = Join-Path $Root ".venv\Scripts\python.exe"
$Dist = Join-Path $Root "dist\tuquan"
$ImportedCertificate = $null

function Install-PythonEnvironment {
    Write-Host "== Python environment"
    if (-not (Test-Path $Python)) {
        py -V:3.11 -m venv .venv
        Assert-Success "creating .venv with 64-bit Python 3.11 (py -V:3.11)"
    }
    & $Python -m pip install --upgrade pip
    Assert-Success "pip upgrade"
    # The police unit's build carries the PostgreSQL driver (`--database-url`); the spec leaves
    # it out of the teams' build even where it is installed.
    if ($Kind -eq "police") { $extras = ".[dist,postgresql]" } else { $extras = ".[dist]" }
    & $Python -m pip install -e $extras
    Assert-Success "pip install"
    foreach ($source in Get-ChildItem "resources\translations\*.ts") {
        & $Python build_scripts\build_translations.py $source.FullName
        Assert-Success "translation $($source.Name)"
    }
}

function Build-Programs($SigningArguments) {
    Write-Host "== PyInstaller"
    if (Test-Path $Dist) { Remove-Item -Recurse -Force $Dist }
    & $Python -m PyInstaller build_scripts\tuquan.spec --distpath dist --workpath build\pyinstaller -y
    Assert-Success "PyInstaller"
    if ($SigningArguments) {
        Write-Host "== Signing the programs"
        foreach ($program in @("tuquan.exe", "tuquan-gui.exe")) {
            & $SignTool @SigningArguments (Join-Path $Dist $program)
            Assert-Success "signing $program"
        }
    } else {
        Write-Warning ("NOT SIGNED: set TUQUAN_SIGN_THUMBPRINT, or TUQUAN_SIGN_PFX and " +
                       "TUQUAN_SIGN_PFX_PASSWORD. Windows SmartScreen warns on every download of " +
                       "an unsigned installer, and antivirus programs distrust unsigned programs.")
    }
    Write-Host "== Smoke test of the built programs"
    & powershell -NoProfile -ExecutionPolicy Bypass -File build_scripts\windows\dist_smoke_test.ps1 $Dist
    Assert-Success "smoke test"
}

function Build-Installer($SigningArguments) {
    Write-Host "== Installer"
    $version = (& $Python -c "import desktop; print(desktop.__version__)")
    Assert-Success "reading the version"
    # Windows' version fields take four numbers only: "0.2.0rc1" is 0.2.0.0 there.
    $numeric = (& $Python -c "import desktop; from build_scripts.windows.version_info import version_numbers as n; print('.'.join(map(str, n(desktop.__version__))))")
    Assert-Success "reading the numeric version"
    $arguments = @("/DAppVersion=$version", "/DAppNumericVersion=$numeric")
    if ($SigningArguments) {
        # Inno Setup signs the installer and the uninstaller with this command: $q is a quote,
        # $f the file.
        $quoted = ($SigningArguments | ForEach-Object { if ($_ -match "\s") { "`$q$_`$q" } else { $_ } }) -join " "
        $arguments += @("/DSignTool=1", "/Stuquansign=`$q$SignTool`$q $quoted `$f")
    }
    & $Compiler @arguments build_scripts\windows\tuquan.iss
    Assert-Success "Inno Setup"
    $installer = Join-Path $Root "dist\TuQuan-Setup-$version.exe"
    if ($SigningArguments -and (Get-AuthenticodeSignature $installer).Status -eq "NotSigned") {
        throw "Build stopped: the installer was not signed."
    }
    Write-Host "Built $installer"
    Write-Sizes $installer
}

# The two figures a user compares: the folder installed (its files' lengths added up) and the
# installer downloaded, in MiB; also written to dist\size.json as build_scripts\dist_size.py does.
function Write-Sizes([string]$Installer) {
    $folderBytes = (Get-ChildItem -Path $Dist -Recurse -File | Measure-Object -Property Length -Sum).Sum
    $downloadBytes = (Get-Item $Installer).Length
    $sizes = [ordered]@{
        build = $Kind; folder = $Dist; folder_bytes = $folderBytes
        folder_mib = [math]::Round($folderBytes / 1MB, 1)
        download = $Installer; download_bytes = $downloadBytes
        download_mib = [math]::Round($downloadBytes / 1MB, 1); compressor = "Inno Setup"
    }
    $sizes | ConvertTo-Json | Set-Content -Encoding UTF8 -Path (Join-Path $Root "dist\size.json")
    Write-Host ("folder   {0}: {1:N1} MiB" -f $Dist, $sizes.folder_mib)
    Write-Host ("download {0}: {1:N1} MiB (Inno Setup)" -f $Installer, $sizes.download_mib)
}

$Compiler = Find-InnoSetupCompiler
Assert-InnoSetupVersion $Compiler
try {
    $signing = Get-SigningArguments (Get-SigningThumbprint)
    if ($signing) { $SignTool = Find-SignTool }
    Install-PythonEnvironment
    Build-Programs $signing
    Build-Installer $signing
} finally {
    if ($ImportedCertificate) { Remove-Item $ImportedCertificate -ErrorAction SilentlyContinue }
}
