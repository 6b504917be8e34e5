#!/bin/sh
# The packaged build, headless, in a data folder whose path has Vietnamese letters, spaces and
# a "#": --version, init, info, demo data, a report PDF, then the window after a real sign-in
# with the report previewed by QtPdf from memory. build_scripts/windows/dist_smoke_test.ps1
# runs the same steps on Windows.
set -eu
APP=${1:-dist/tuquan}
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
DATA="$ROOT/Tổ hòa giải #2/dữ liệu"
export TUQUAN_KDF_TARGET_SECONDS=0 TUQUAN_PASSWORD="mật khẩu đúng 2026" TUQUAN_USER=lan
export QT_QPA_PLATFORM=offscreen
"$APP/tuquan" --version
"$APP/tuquan" --data-dir "$DATA" init team --team-name "Tổ hòa giải thôn Đông Hòa" \
    --commune-code 00004 --hamlet "Thôn Đông Hòa" --admin lan > /dev/null
"$APP/tuquan" --data-dir "$DATA" --user lan info
"$APP/tuquan" --data-dir "$DATA" --user lan demo --cases 50 > /dev/null
"$APP/tuquan" --data-dir "$DATA" --user lan report monthly --month 2026-10 --out "$ROOT/r.pdf" > /dev/null
test -s "$ROOT/r.pdf"
# The SLIP-39 word list is a data file of shamir-mnemonic: the build must carry it.
"$APP/tuquan" --data-dir "$DATA" --user lan recovery split --k 2 --holder "Lan" --holder "Đức" \
    --sheets "$ROOT/s.pdf" > /dev/null
test -s "$ROOT/s.pdf"
TUQUAN_SMOKE_TEST=1 TUQUAN_SMOKE_REPORT="$ROOT/smoke.txt" "$APP/tuquan-gui" --data-dir "$DATA" > /dev/null
grep -q "main window shown: True" "$ROOT/smoke.txt"
grep -q "pdf preview pages: [1-9]" "$ROOT/smoke.txt"
echo "packaged build: ok ($(du -sh "$APP" | cut -f1))"
