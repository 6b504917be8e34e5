#!/bin/sh
# The packaged build, headless: --version, init, info, and the main window offscreen.
set -eu
APP=${1:-dist/tuquan}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
export TUQUAN_KDF_TARGET_SECONDS=0 TUQUAN_PASSWORD="mật khẩu đúng 2026" TUQUAN_USER=lan
export QT_QPA_PLATFORM=offscreen
"$APP/tuquan" --version
"$APP/tuquan" --data-dir "$DATA/d" init team --team-name "Tổ hòa giải thôn Đông Hòa" \
    --commune-code 00004 --hamlet "Thôn Đông Hòa" --admin lan > /dev/null
"$APP/tuquan" --data-dir "$DATA/d" --user lan info
"$APP/tuquan" --data-dir "$DATA/d" --user lan demo --cases 50 > /dev/null
"$APP/tuquan" --data-dir "$DATA/d" --user lan report monthly --month 2026-10 --out "$DATA/r.pdf" > /dev/null
test -s "$DATA/r.pdf"
TUQUAN_SMOKE_TEST=1 "$APP/tuquan-gui" --data-dir "$DATA/d" | grep -q "main window shown: True"
echo "packaged build: ok ($(du -sh "$APP" | cut -f1))"
