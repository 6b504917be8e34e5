"""The size of the packaged build and of its archive (build_scripts/dist_size.py), on a small
folder made here."""

import json
import os
import shutil
from pathlib import Path

import pytest

from build_scripts import dist_size


def test_the_size_report_counts_files_once_and_writes_the_archive(tmp_path, monkeypatch):
    if not (shutil.which("tar") and (shutil.which("zstd") or shutil.which("xz"))):
        pytest.skip("neither zstd nor xz here")
    folder = tmp_path / "dist" / "tuquan"
    (folder / "_internal").mkdir(parents=True)
    (folder / "tuquan").write_bytes(b"x" * 3000)
    (folder / "_internal" / "data.bin").write_bytes(bytes(range(256)) * 8)
    os.symlink("tuquan", folder / "tuquan-gui")
    monkeypatch.delenv("TUQUAN_BUILD", raising=False)
    sizes = dist_size.measure(folder)
    assert sizes["folder_bytes"] == 3000 + 2048 and sizes["build"] == "team"
    archive = Path(sizes["download"])
    assert archive.parent == folder.parent and archive.name.startswith("tuquan-0.")
    assert archive.stat().st_size == sizes["download_bytes"] > 0
    assert json.loads(json.dumps(sizes)) == sizes
