# The packaged build on Windows, headless: the same steps as build_scripts/dist_smoke_test.sh
# (`make dist-test`), in a data folder whose path has Vietnamese letters, spaces and a "#":
# --version, init, info, demo data; the documents ReportLab draws (report, log book, agreement,
# processing register, recovery share sheets with QR codes); an old log book read from .xlsx;
# a bundle exported to a police desk and imported there; a --database-url refused in a
# sentence; then the window after a real sign-in, the report previewed by QtPdf from memory and
# printed to a PDF file by QtPrintSupport, the SVG icon drawn and the guide's screenshots read.
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

function Assert-File([string]$Path, [string]$What) {
    if (-not ((Test-Path $Path) -and (Get-Item $Path).Length -gt 0)) { throw "Smoke test failed: no $What." }
}

# A police desk enrols the team, which exports this month's bundle to it: the desk imports it.
function Test-PoliceDesk {
    $police = Join-Path $Scratch "police"
    & $Cli --data-dir $police init receiver --kind police --unit-name "Police" --commune-code 00004 --admin an | Out-Null
    Assert-Success "init receiver"
    $teamCard = Join-Path $Scratch "team.card"
    $policeCard = Join-Path $Scratch "police.card"
    & $Cli --data-dir $Data --user lan keys card --out $teamCard | Out-Null
    Assert-Success "team card"
    & $Cli --data-dir $police --user an keys card --out $policeCard | Out-Null
    Assert-Success "police card"
    & $Cli --data-dir $police --user an keys enrol $teamCard --yes | Out-Null
    Assert-Success "police enrols the team"
    & $Cli --data-dir $Data --user lan keys enrol $policeCard --yes --desk police | Out-Null
    Assert-Success "team enrols the police"
    $usb = Join-Path $Scratch "usb"
    New-Item -ItemType Directory -Force -Path $usb | Out-Null
    & $Cli --data-dir $Data --user lan export --month (Get-Date -Format "yyyy-MM") --out $usb | Out-Null
    Assert-Success "export"
    $bundles = @(Get-ChildItem -Path $usb -Filter "*.tqb" | ForEach-Object { $_.FullName })
    $imported = & $Cli --data-dir $police --user an import @bundles
    Assert-Success "import"
    if (-not ($imported -match ": imported")) { throw "Smoke test failed: the bundle was not imported." }
}

# The team build has no PostgreSQL driver, the police build no server here: a sentence either
# way, never a traceback. Start-Process: stderr redirected under "Stop" would end the script.
function Test-ServerRefused {
    $errors = Join-Path $Scratch "server.txt"
    $arguments = @("--data-dir", "`"$(Join-Path $Scratch 'server')`"", "init", "receiver", "--kind", "police",
                   "--unit-name", "Police", "--commune-code", "00004", "--admin", "an",
                   "--database-url", "postgresql+psycopg://an@127.0.0.1:1/tuquan")
    $server = Start-Process -FilePath $Cli -ArgumentList $arguments -Wait -PassThru -NoNewWindow `
        -RedirectStandardError $errors -RedirectStandardOutput (Join-Path $Scratch "server-out.txt")
    $said = Get-Content -Encoding UTF8 $errors | Out-String
    if ($server.ExitCode -eq 0 -or -not ($said -match "tuquan: ") -or ($said -match "Traceback")) {
        throw "Smoke test failed: a --database-url was not refused in a sentence ($said)."
    }
}

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
    Assert-File $Report "report"
    $LogBook = Join-Path $Scratch "logbook.pdf"
    & $Cli --data-dir $Data --user lan logbook --year (Get-Date -Format "yyyy") --out $LogBook | Out-Null
    Assert-Success "logbook"
    Assert-File $LogBook "log book"
    $cases = & $Cli --data-dir $Data --user lan case list --json --status ENDED
    Assert-Success "case list"
    $case = @(($cases | Out-String) | ConvertFrom-Json) | Where-Object { $_.result -eq "SUCCESSFUL" } | Select-Object -First 1
    $Agreement = Join-Path $Scratch "agreement.pdf"
    & $Cli --data-dir $Data --user lan agreement $case.id --out $Agreement | Out-Null
    Assert-Success "agreement"
    Assert-File $Agreement "agreement"
    $Register = Join-Path $Scratch "register.pdf"
    & $Cli --data-dir $Data --user lan register --out $Register | Out-Null
    Assert-Success "register"
    Assert-File $Register "processing register"
    $loaded = & $Cli --data-dir $Data --user lan load (Join-Path $PSScriptRoot "..\smoke\so-hoa-giai.xlsx")
    Assert-Success "load .xlsx"
    if (-not ($loaded -match "Imported 1 case")) { throw "Smoke test failed: the .xlsx log book." }
    # The SLIP-39 word list is a data file of shamir-mnemonic: the build must carry it.
    $Sheets = Join-Path $Scratch "s.pdf"
    & $Cli --data-dir $Data --user lan recovery split --k 2 --holder "Lan" --holder "Duc" --sheets $Sheets | Out-Null
    Assert-Success "recovery split"
    Assert-File $Sheets "share sheets"
    Test-PoliceDesk
    Test-ServerRefused

    # The window has no console: it writes what it saw to a file and exits 0 only if the main
    # window appeared and the PDF previewed.
    $env:TUQUAN_SMOKE_TEST = "1"
    $env:TUQUAN_SMOKE_REPORT = Join-Path $Scratch "smoke.txt"
    $env:TUQUAN_SMOKE_PRINT = Join-Path $Scratch "printed.pdf"
    $window = Start-Process -FilePath $Gui -ArgumentList @("--data-dir", "`"$Data`"") -Wait -PassThru
    if ($window.ExitCode -ne 0) { throw "Smoke test failed: the window (exit code $($window.ExitCode))." }
    $seen = Get-Content -Encoding UTF8 $env:TUQUAN_SMOKE_REPORT
    if (-not ($seen -match "main window shown: True")) { throw "Smoke test failed: no main window." }
    if (-not ($seen -match "pdf preview pages: [1-9]")) { throw "Smoke test failed: no PDF preview." }
    if (-not ($seen -match "printed to a file: [1-9]")) { throw "Smoke test failed: nothing printed." }
    Assert-File $env:TUQUAN_SMOKE_PRINT "printed file"
    if (-not ($seen -match "window icon drawn: True")) { throw "Smoke test failed: no SVG icon." }
    $guide = @($seen -match "guide screenshots shown: ") -join ""
    if (-not ($guide -match "shown: (\d+) of (\d+)" -and $Matches[1] -eq $Matches[2] -and [int]$Matches[1] -gt 0)) {
        throw "Smoke test failed: the guide's screenshots ($guide)."
    }
    $size = (Get-ChildItem -Recurse $App | Measure-Object -Sum Length).Sum / 1MB
    Write-Host ("packaged build: ok ({0:N0} MB)" -f $size)
} finally {
    Remove-Item -Recurse -Force $Scratch -ErrorAction SilentlyContinue
}
