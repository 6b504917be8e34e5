# The packaged build on Windows, headless: the same steps as build_scripts/dist_smoke_test.sh
# (`make dist-test`), in a data folder whose path has Vietnamese letters, spaces and a "#":
# --version, init, info, demo data, a report PDF, then the window after a real sign-in with the
# report previewed by QtPdf from memory.
#
#     powershell -ExecutionPolicy Bypass -File build_scripts\windows\dist_smoke_test.ps1 dist\tuquan
#
# ASCII only (Windows PowerShell 5.1 reads a script without a byte-order mark in the ANSI code
# page): the Vietnamese letters are written as character codes.
param([string]$App = "dist\tuquan")
$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3.0

function Assert-Success([string]$Step) {
    if ($LASTEXITCODE -ne 0) { throw "Smoke test failed: $Step (exit code $LASTEXITCODE)." }
}

# "To hoa giai #2\du lieu" with its marks: T-o-hook-above, hoa with grave, giai with hook above,
# du with horn and tilde, lieu with circumflex and dot below.
$folder = "T{0} h{1}a gi{2}i #2" -f [char]0x1ED5, [char]0x00F2, [char]0x1EA3
$leaf = "d{0} li{1}u" -f [char]0x1EEF, [char]0x1EC7
$Scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("tuquan-smoke-" + [guid]::NewGuid())
$Data = Join-Path (Join-Path $Scratch $folder) $leaf
$Cli = Join-Path (Resolve-Path $App).Path "tuquan.exe"
$Gui = Join-Path (Resolve-Path $App).Path "tuquan-gui.exe"
$TeamName = "T{0} h{1}a gi{2}i th{3}n {4}{5}ng H{1}a" -f [char]0x1ED5, [char]0x00F2, [char]0x1EA3,
    [char]0x00F4, [char]0x0110, [char]0x00F4
$Hamlet = "Th{0}n {1}{0}ng H{2}a" -f [char]0x00F4, [char]0x0110, [char]0x00F2

$env:TUQUAN_KDF_TARGET_SECONDS = "0"
$env:TUQUAN_PASSWORD = "m{0}t kh{1}u {2}{3}ng 2026" -f [char]0x1EAD, [char]0x1EA9, [char]0x0111, [char]0x00FA
$env:TUQUAN_USER = "lan"
$env:QT_QPA_PLATFORM = "offscreen"
New-Item -ItemType Directory -Force -Path $Scratch | Out-Null
try {
    & $Cli --version
    Assert-Success "--version"
    & $Cli --data-dir $Data init team --team-name $TeamName --commune-code 00004 --hamlet $Hamlet --admin lan | Out-Null
    Assert-Success "init"
    & $Cli --data-dir $Data --user lan info
    Assert-Success "info"
    & $Cli --data-dir $Data --user lan demo --cases 50 | Out-Null
    Assert-Success "demo"
    $Report = Join-Path $Scratch "r.pdf"
    & $Cli --data-dir $Data --user lan report monthly --month 2026-10 --out $Report | Out-Null
    Assert-Success "report monthly"
    if (-not ((Test-Path $Report) -and (Get-Item $Report).Length -gt 0)) { throw "Smoke test failed: no report PDF." }
    # The SLIP-39 word list is a data file of shamir-mnemonic: the build must carry it.
    $Sheets = Join-Path $Scratch "s.pdf"
    & $Cli --data-dir $Data --user lan recovery split --k 2 --holder "Lan" --holder "Duc" --sheets $Sheets | Out-Null
    Assert-Success "recovery split"
    if (-not ((Test-Path $Sheets) -and (Get-Item $Sheets).Length -gt 0)) { throw "Smoke test failed: no share sheets." }

    # The window has no console: it writes what it saw to a file and exits 0 only if the main
    # window appeared and the PDF previewed.
    $env:TUQUAN_SMOKE_TEST = "1"
    $env:TUQUAN_SMOKE_REPORT = Join-Path $Scratch "smoke.txt"
    $window = Start-Process -FilePath $Gui -ArgumentList @("--data-dir", "`"$Data`"") -Wait -PassThru
    if ($window.ExitCode -ne 0) { throw "Smoke test failed: the window (exit code $($window.ExitCode))." }
    $seen = Get-Content -Encoding UTF8 $env:TUQUAN_SMOKE_REPORT
    if (-not ($seen -match "main window shown: True")) { throw "Smoke test failed: no main window." }
    if (-not ($seen -match "pdf preview pages: [1-9]")) { throw "Smoke test failed: no PDF preview." }
    $size = (Get-ChildItem -Recurse $App | Measure-Object -Sum Length).Sum / 1MB
    Write-Host ("packaged build: ok ({0:N0} MB)" -f $size)
} finally {
    Remove-Item -Recurse -Force $Scratch -ErrorAction SilentlyContinue
}
