"""Frozen entry point of `tuquan` (command line; no command opens the window). On Linux the
build has this one program, and `tuquan-gui` is a script (tuquan-gui.sh) that runs it with
TUQUAN_OPEN_WINDOW=1: it then opens the window as the `tuquan-gui` of Windows does."""

import os
import sys

from desktop.app import console_main, main

if __name__ == "__main__":
    window = os.environ.pop("TUQUAN_OPEN_WINDOW", "") == "1"  # not passed on to what it runs
    sys.exit(main() if window else console_main())
