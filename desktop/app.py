"""Composition root: command line or window; paths → settings → unlock → services → main window.

Nothing imports this module. Qt, SQLAlchemy and ReportLab are imported only when needed, so
the unlock screen paints before the heavy libraries load.
"""

import contextlib
import io
import os
import sys
from typing import cast


def main(argv: list[str] | None = None, data_dir: str | None = None) -> int:
    """Start the window (the `tuquan-gui` entry point)."""
    os.umask(0o077)  # every file this process makes is the owner's alone
    argv = sys.argv if argv is None else argv
    # loaded when needed: the command line starts without Qt, the window without argparse
    import argparse

    parser = argparse.ArgumentParser(prog="tuquan-gui", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--guide", action="store_true")  # the user guide alone
    known = parser.parse_known_args(argv[1:])[0]
    data_dir = data_dir if data_dir is not None else known.data_dir
    if known.guide:
        # loaded when needed: the command line starts without Qt, the window without argparse
        from desktop.gui.application import run_guide

        return run_guide(argv, data_dir)
    # loaded when needed: the command line starts without Qt, the window without argparse
    from desktop.gui.application import run_application

    return run_application(argv, data_dir)


def speak_utf8() -> None:
    """Output redirected to a file or a pipe is UTF-8, whatever the code page: on Windows it
    would be the ANSI one (cp1252 on most laptops), which has no "ư" and failed mid-line.
    A console keeps its own encoding, but a letter it cannot show no longer stops the command."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # started without a console
            continue
        console = cast(io.TextIOWrapper, stream)  # what sys gives; typeshed says only TextIO
        if not console.isatty():
            console.reconfigure(encoding="utf-8")
        elif console.encoding.lower().replace("-", "") != "utf8":
            console.reconfigure(errors="replace")


def console_main(argv: list[str] | None = None) -> int:
    """The `tuquan` entry point: a sub-command runs on the command line, none opens the window."""
    os.umask(0o077)
    speak_utf8()
    arguments = sys.argv[1:] if argv is None else argv
    # loaded when needed: the command line starts without Qt, the window without argparse
    from desktop.core.access.unlock_ahead import derive_password_key_ahead
    from desktop.core.collector import collector_paused

    derive_password_key_ahead(arguments)  # on the other core, while the libraries load
    with collector_paused(freeze=True):  # the libraries load, and live as long as the process
        # loaded when needed: the command line starts without Qt, the window without argparse
        from desktop import cli

    args = cli.build_parser().parse_args(arguments)
    if args.command is None:
        return main([sys.argv[0]], args.data_dir)
    # loaded when needed: the command line starts without Qt, the window without argparse
    from desktop.core.logs import COMMAND_LOG, configure_logging
    from desktop.core.paths import resolve_paths

    # No log where no folder can be (a file given as --data-dir): the command says why.
    with contextlib.suppress(OSError):
        configure_logging(resolve_paths(args.data_dir), file_name=COMMAND_LOG)
    return cli.run(args)
