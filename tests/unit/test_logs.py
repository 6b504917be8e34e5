"""The log file carries no personal data by construction (issue 7: leak scan)."""

import logging
import os

from desktop.core.logs import COMMAND_LOG, REDACTED, configure_logging, log_dir, safe
from desktop.core.paths import AppPaths


def test_only_numbers_and_marked_strings_reach_the_log(tmp_path):
    paths = AppPaths(tmp_path / "data")
    handler = configure_logging(paths)
    log = logging.getLogger("tuquan.test")
    try:
        log.info("saved case for %s at %s", "Nguyễn Văn Bí Mật", "Số 9 ngõ Kín")
        log.info("imported %d records: %s", 42, safe("imported"))
        log.warning("party %(name)s", {"name": "Trần Thị Riêng"})
        try:
            raise ValueError("Nguyễn Văn Bí Mật owes 5.000.000 đồng")
        except ValueError:
            log.exception("could not save %s", "Nguyễn Văn Bí Mật")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = (log_dir(paths) / "tuquan.log").read_text("utf-8")
    assert "Bí Mật" not in text and "Kín" not in text and "Riêng" not in text
    assert "5.000.000" not in text and "Traceback" not in text
    assert f"saved case for {REDACTED} at {REDACTED}" in text
    assert "imported 42 records: imported" in text
    assert "[ValueError]" in text
    if os.name == "posix":  # Windows keeps access lists, not permission bits
        assert (log_dir(paths).stat().st_mode & 0o077) == 0


def test_a_rotation_windows_refuses_is_put_off_and_no_record_is_lost(tmp_path, monkeypatch):
    """On Windows a log file cannot be renamed while another process has it open."""
    paths = AppPaths(tmp_path / "data")
    handler = configure_logging(paths, file_name=COMMAND_LOG)
    handler.maxBytes = 200

    def refused(_source, _target):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(handler, "rotate", refused)
    log = logging.getLogger("tuquan.test")
    try:
        for number in range(20):
            log.info("record %d of a long run of records", number)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = (log_dir(paths) / COMMAND_LOG).read_text("utf-8")
    assert all(f"record {number} of" in text for number in range(20))
