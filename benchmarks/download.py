"""The download: the packaged build made from this checkout into a scratch folder, its size on
disk and the size of the archive a user downloads (a `zstd -19` tarball, as `make dist`
makes), in MiB. PyInstaller is installed first when missing, as `make dist` does."""

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, Line

from build_scripts.dist_size import measure

FOLDER_TARGET_MIB = 160
DOWNLOAD_TARGET_MIB = 60


def pyinstaller_ready() -> bool:
    """PyInstaller importable, installed with the `dist` extra when it was not."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return True
    print("  installing the dist extra (PyInstaller), as `make dist` does", flush=True)
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dist]"],
                          check=False)
    return done.returncode == 0


def build(folder: Path) -> Path:
    """The one-folder build of build_scripts/tuquan.spec made into `folder`; its path."""
    done = subprocess.run([sys.executable, "-m", "PyInstaller",
                           str(ROOT / "build_scripts" / "tuquan.spec"), "--distpath", str(folder / "dist"),
                           "--workpath", str(folder / "work"), "-y", "--log-level", "WARN"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:  # PyInstaller's own lines only when they tell why
        raise RuntimeError(f"the packaged build failed:\n{done.stderr[-3000:]}")
    return folder / "dist" / "tuquan"


def measure_download(folder: Path) -> dict[str, Line]:
    """`dist_folder_mib` and `dist_download_mib` of a fresh build (nothing when PyInstaller
    cannot be had)."""
    if not pyinstaller_ready():
        print("  download size skipped: PyInstaller could not be installed", flush=True)
        return {}
    started = time.perf_counter()
    built = build(folder)
    sizes = measure(built)  # the archive is written beside the built folder
    print(f"  packaged build made and compressed in {time.perf_counter() - started:.0f} s",
          flush=True)
    return {"dist_folder_mib": Line(sizes["folder_mib"], "MiB", FOLDER_TARGET_MIB),
            "dist_download_mib": Line(sizes["download_mib"], "MiB", DOWNLOAD_TARGET_MIB)}
