# Builds TuQuan for Windows: a one-folder application (dist\tuquan) and an installer
# (dist\TuQuan-Setup-<version>.exe). Run in PowerShell from the repository root on Windows 10/11
# with Python 3.11 (64-bit) and Inno Setup 6 installed:
#
#     powershell -ExecutionPolicy Bypass -File build_scripts\windows\build.ps1
$ErrorActionPreference = "Stop"
py -3.11 -m venv .venv
.\.venv\Scripts\python -m pip install --upgrade pip
.\.venv\Scripts\python -m pip install -e ".[dist]"
Get-ChildItem resources\translations\*.ts | ForEach-Object {
    .\.venv\Scripts\python build_scripts\build_translations.py $_.FullName
}
.\.venv\Scripts\pyinstaller build_scripts\tuquan.spec --distpath dist --workpath build\pyinstaller -y
# The same headless checks as on Linux, on the built programs.
$env:QT_QPA_PLATFORM = "offscreen"
$env:TUQUAN_KDF_TARGET_SECONDS = "0"
.\dist\tuquan\tuquan.exe --version
$version = (.\.venv\Scripts\python -c "import desktop; print(desktop.__version__)")
& "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" "/DAppVersion=$version" build_scripts\windows\tuquan.iss
