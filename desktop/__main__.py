"""`python -m desktop` behaves like the `tuquan` command."""

import sys

from desktop.app import console_main

sys.exit(console_main())
