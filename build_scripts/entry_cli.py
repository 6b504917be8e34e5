"""Frozen entry point of `tuquan` (command line; no command opens the window)."""

import sys

from desktop.app import console_main

if __name__ == "__main__":
    sys.exit(console_main())
