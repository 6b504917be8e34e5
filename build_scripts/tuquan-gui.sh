#!/bin/sh
# `tuquan-gui` of the Linux build: the window, opened by the one program of the folder (a
# console program and a windowed one differ on Windows only). A script rather than a link, so
# that the folder unpacks onto a USB stick's FAT file system too.
TUQUAN_OPEN_WINDOW=1 exec "$(dirname "$(readlink -f "$0")")/tuquan" "$@"
