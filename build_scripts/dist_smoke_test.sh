#!/bin/sh
# The packaged build, headless, in a data folder whose path has Vietnamese letters, spaces and
# a "#": every entry point and every library the build keeps. --version, init, info, demo
# data; the documents ReportLab draws (report, log book, agreement, processing register,
# recovery share sheets with QR codes: no Pillow in the build); an old log book read from
# .xlsx (openpyxl); a bundle exported to a police desk and imported there (age, zstandard,
# msgspec); a --database-url refused in a sentence; then the window after a real sign-in, the
# report previewed by QtPdf from memory and printed to a PDF file by QtPrintSupport, the SVG
# icon drawn and the guide's screenshots read. build_scripts/windows/dist_smoke_test.ps1 runs
# the same steps on Windows.
set -eu
APP=${1:-dist/tuquan}
HERE=$(dirname "$0")
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
DATA="$ROOT/Tổ hòa giải #2/dữ liệu"
POLICE="$ROOT/Công an phường/dữ liệu"
export TUQUAN_KDF_TARGET_SECONDS=0 TUQUAN_PASSWORD="mật khẩu đúng 2026" TUQUAN_USER=lan
export QT_QPA_PLATFORM=offscreen
team() { "$APP/tuquan" --data-dir "$DATA" --user lan "$@"; }
police() { "$APP/tuquan" --data-dir "$POLICE" --user an "$@"; }
"$APP/tuquan" --version
"$APP/tuquan" --data-dir "$DATA" init team --team-name "Tổ hòa giải thôn Đông Hòa" \
    --commune-code 00004 --hamlet "Thôn Đông Hòa" --admin lan > /dev/null
team info
team demo --cases 50 > /dev/null
team report monthly --month 2026-10 --out "$ROOT/r.pdf" > /dev/null
test -s "$ROOT/r.pdf"
team logbook --year "$(date +%Y)" --out "$ROOT/logbook.pdf" > /dev/null
test -s "$ROOT/logbook.pdf"
CASE=$(team case list --json --status ENDED | tr '{' '\n' \
    | sed -n 's/.*"id": "\([^"]*\)".*"result": "SUCCESSFUL".*/\1/p' | head -n 1)
team agreement "$CASE" --out "$ROOT/agreement.pdf" > /dev/null
test -s "$ROOT/agreement.pdf"
team register --out "$ROOT/register.pdf" > /dev/null
test -s "$ROOT/register.pdf"
team load "$HERE/smoke/so-hoa-giai.xlsx" | grep -q "Imported 1 case"
# The SLIP-39 word list is a data file of shamir-mnemonic: the build must carry it.
team recovery split --k 2 --holder "Lan" --holder "Đức" --sheets "$ROOT/s.pdf" > /dev/null
test -s "$ROOT/s.pdf"
"$APP/tuquan" --data-dir "$POLICE" init receiver --kind police --unit-name "Công an phường Ba Đình" \
    --commune-code 00004 --admin an > /dev/null
team keys card --out "$ROOT/team.card" > /dev/null
police keys card --out "$ROOT/police.card" > /dev/null
police keys enrol "$ROOT/team.card" --yes > /dev/null
team keys enrol "$ROOT/police.card" --yes --desk police > /dev/null
mkdir "$ROOT/usb"
team export --month "$(date +%Y-%m)" --out "$ROOT/usb" > /dev/null
police import "$ROOT"/usb/*.tqb | grep -q ": imported"
# The team build has no PostgreSQL driver, the police build no server here: a sentence either way.
if "$APP/tuquan" --data-dir "$ROOT/server" init receiver --kind police --unit-name "Công an" \
    --commune-code 00004 --admin an --database-url "postgresql+psycopg://an@127.0.0.1:1/tuquan" \
    > /dev/null 2> "$ROOT/server.txt"; then exit 1; fi
grep -q "^tuquan: " "$ROOT/server.txt"
if grep -q "Traceback" "$ROOT/server.txt"; then exit 1; fi
TUQUAN_SMOKE_TEST=1 TUQUAN_SMOKE_REPORT="$ROOT/smoke.txt" TUQUAN_SMOKE_PRINT="$ROOT/printed.pdf" \
    "$APP/tuquan-gui" --data-dir "$DATA" > /dev/null
grep -q "main window shown: True" "$ROOT/smoke.txt"
grep -q "pdf preview pages: [1-9]" "$ROOT/smoke.txt"
grep -q "printed to a file: [1-9]" "$ROOT/smoke.txt"
test -s "$ROOT/printed.pdf"
grep -q "window icon drawn: True" "$ROOT/smoke.txt"
grep -Eq "guide screenshots shown: ([1-9][0-9]*) of \1$" "$ROOT/smoke.txt"
echo "packaged build: ok ($(du -sh "$APP" | cut -f1))"
