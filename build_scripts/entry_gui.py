"""Frozen entry point of `tuquan-gui` (the window, without a console on Windows)."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
