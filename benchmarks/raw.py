"""The raw figures of this machine, measured in the same run as the application: what a bare
Qt window, stdlib sqlite3, zstd, zip and ReportLab do without the application around them."""

import json
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from common import median_seconds, probe_times, python_process

BARE_WINDOW = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QTableView()); window.resize(420, 200)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            json.dump({"painted": time.time()}, open(sys.argv[1], "w")); QTimer.singleShot(0, app.quit)
        return False
hold = Painted(); window.installEventFilter(hold); window.show(); app.exec()
"""


def bare_window_seconds(runs: int, preexec=None) -> float:
    """Process start to a bare Qt window's first paint (what the unlock screen is held to)."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "painted.json"
        for _ in range(runs):
            started = time.time()
            python_process(BARE_WINDOW.replace("sys.argv[1]", repr(str(out))),
                           {"QT_QPA_PLATFORM": "offscreen"}, preexec)
            times.append(probe_times(out)["painted"] - started)
    return statistics.median(times)


def sqlite_insert_rate(rows: list[tuple], runs: int = 3) -> float:
    """Rows a second: stdlib sqlite3 `executemany` of the same rows into a plain table."""
    def load():
        with tempfile.TemporaryDirectory() as folder:
            connection = sqlite3.connect(Path(folder) / "raw.db")
            connection.execute("CREATE TABLE received_record (id TEXT PRIMARY KEY, team_id TEXT, "
                               "type TEXT, version INTEGER, updated_at TEXT, body TEXT)")
            connection.executemany("INSERT INTO received_record VALUES (?, ?, ?, ?, ?, ?)", rows)
            connection.commit()
            connection.close()
    return len(rows) / median_seconds(load, runs)


def zstd_jsonl_size(records: list[dict]) -> int:
    import zstandard

    lines = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n"
                    for r in records)
    return len(zstandard.ZstdCompressor(level=3).compress(lines.encode("utf-8")))


def zipped_database(path: Path) -> tuple[float, int] | None:
    """(seconds, bytes) of `zip -P` on the database file: what a user would do by hand."""
    if shutil.which("zip") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "db.zip"
        started = time.perf_counter()
        subprocess.run(["zip", "-q", "-j", "-P", "benchmark", str(out), str(path)], check=True)
        return time.perf_counter() - started, out.stat().st_size


def plain_pdf_seconds(rows: int = 1000, runs: int = 3) -> float:
    """ReportLab alone: one 1,000-row table of plain strings, Be Vietnam Pro, in memory."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from desktop.core.pdf.fonts import register_fonts

    font = register_fonts()
    data = [["STT", "Họ và tên", "Xã", "Trạng thái", "Ngày"]] + [
        [str(i), "Nguyễn Văn Đức", "Phường Ba Đình", "Đang hòa giải", "01/10/2026"]
        for i in range(rows)]

    def build():
        table = Table(data, repeatRows=1)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8)])
        SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([table])
    return median_seconds(build, runs)


def kdf_seconds() -> float:
    """The password key derivation as set up on this machine (reported beside unlock times)."""
    from desktop.core.access import kdf

    params = kdf.calibrate(kdf.TARGET_SECONDS)
    return median_seconds(lambda: kdf.derive_key("benchmark password", params), 3)


REGISTER_COLUMNS = ("id", "team_id", "type", "version", "updated_at", "body", "row_number",
                    "reference", "event_date", "category", "state", "escalated", "search_text")


def register_rows(records: list[dict]) -> list[tuple]:
    """The records as the received_record table stores them (body as JSON, register columns)."""
    from desktop.core.bundles.received_register import register_columns

    rows = []
    for number, record in enumerate(records, start=1):
        extra = register_columns(record)
        rows.append((record["id"], "team", record["type"], record["version"], record["updated_at"],
                     json.dumps(record["body"], ensure_ascii=False), number, extra["reference"],
                     extra["event_date"], extra["category"], extra["state"], extra["escalated"],
                     extra["search_text"]))
    return rows


def _received_record_schema() -> list[str]:
    """CREATE statements of the application's received_record table and its indexes."""
    import os as _os

    from db import migrate
    from db.engine import open_engine

    with tempfile.TemporaryDirectory() as folder:
        engine = open_engine(Path(folder) / "schema.db", _os.urandom(32))
        migrate.upgrade_to_head(engine)
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            statements = [row[0] for row in raw.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'received_record' AND sql "
                "IS NOT NULL ORDER BY type DESC")]
        engine.dispose()
    return statements


def same_table_rate(records: list[dict], encrypted: bool, runs: int = 3) -> float:
    """Rows a second: the same records, executemany into the application's own received_record
    table and indexes — stdlib sqlite3 as it comes, or SQLCipher keyed as the application opens
    it — with no Python of ours around it."""
    import os as _os

    import sqlcipher3.dbapi2 as sqlcipher

    from db.engine import key_pragma

    rows, schema = register_rows(records), _received_record_schema()
    sql = (f"INSERT INTO received_record ({', '.join(REGISTER_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(REGISTER_COLUMNS))})")

    def load():
        with tempfile.TemporaryDirectory() as folder:
            driver = sqlcipher if encrypted else sqlite3
            connection = driver.connect(str(Path(folder) / "same.db"), isolation_level=None)
            if encrypted:
                connection.execute(key_pragma(_os.urandom(32)))
            for statement in schema:
                connection.execute(statement)
            connection.execute("BEGIN")
            connection.executemany(sql, rows)
            connection.execute("COMMIT")
            connection.close()
    return len(rows) / median_seconds(load, runs)


SKELETON = """
import json, os, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
import sqlalchemy.orm, sqlcipher3, pyrage, zstandard
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from sqlalchemy import create_engine, text
folder = tempfile.mkdtemp()
key = os.urandom(32).hex()
def connect():
    connection = sqlcipher3.connect(os.path.join(folder, "s.db"), check_same_thread=False)
    connection.execute(f"PRAGMA key = \\"x'{key}'\\"")
    return connection
engine = create_engine("sqlite://", creator=connect)
with engine.begin() as connection:
    connection.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, place TEXT)"))
    connection.execute(text("INSERT INTO t (name, place) VALUES (:n, :p)"),
                       [{"n": f"Nguyễn Văn Đức {i}", "p": "Phường Ba Đình"} for i in range(1000)])
app = QApplication(sys.argv)
model = QStandardItemModel()
with engine.connect() as connection:
    for row in connection.execute(text("SELECT id, name, place FROM t LIMIT 200")):
        model.appendRow([QStandardItem(str(value)) for value in row])
window = QMainWindow(); view = QTableView(); view.setModel(model); window.setCentralWidget(view)
window.resize(1000, 700)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            pages = int(open("/proc/self/statm").read().split()[1])
            json.dump({"rss": pages * os.sysconf("SC_PAGE_SIZE") / 2**20}, open(OUT, "w"))
            QTimer.singleShot(0, app.quit)
        return False
hold = Painted(); window.installEventFilter(hold); window.show(); app.exec()
"""


def skeleton_rss_mib(runs: int = 3) -> float:
    """Resident memory of the eager skeleton (baselines.md §1): the same libraries imported,
    an SQLCipher table read through SQLAlchemy and a page of it painted in a QTableView."""
    values = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "rss.json"
        for _ in range(runs):
            python_process(SKELETON.replace("OUT", repr(str(out))),
                           {"QT_QPA_PLATFORM": "offscreen"})
            values.append(json.loads(out.read_text())["rss"])
    return statistics.median(values)
