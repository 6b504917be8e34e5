"""The size of the packaged build and of the archive a user would download, in MiB.

    python build_scripts/dist_size.py [dist/tuquan]

Writes the archive beside the folder (`dist/tuquan-<version>-linux-x86_64.tar.zst`: a tar of the
folder through `zstd -19`, or `xz -9` where zstd is missing), prints both figures and writes
them to `size.json` beside it (`make dist` runs this after PyInstaller). Sizes are the files'
own lengths added up, as Windows counts them: a link counts nothing.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script, as the spec is: the source tree's version

from build_scripts.lean_build import build_kind  # noqa: E402
from desktop import __version__  # noqa: E402

MIB = 1024 * 1024
# The compressor and its arguments, in the order tried: the figure the issue compares is zstd's.
COMPRESSORS = {"zstd": (".tar.zst", ["zstd", "-19", "-T0", "-q", "-c"]),
               "xz": (".tar.xz", ["xz", "-9", "-T0", "-c"])}


def folder_bytes(folder: Path) -> int:
    """The lengths of the folder's files added up (links not followed, not counted)."""
    total = 0
    for parent, _folders, names in os.walk(folder):
        for name in names:
            path = os.path.join(parent, name)
            if not os.path.islink(path):
                total += os.path.getsize(path)
    return total


def archive_name(folder: Path, suffix: str) -> str:
    """`tuquan-<version>[-police]-<system>-<machine><suffix>`."""
    police = "-police" if build_kind() == "police" else ""
    system = f"{platform.system()}-{platform.machine()}".lower()
    return f"{folder.name}-{__version__}{police}-{system}{suffix}"


def make_archive(folder: Path, destination: Path | None = None) -> tuple[Path, str]:
    """The folder as a compressed tar beside it (or at `destination`), and the compressor used."""
    tool = next((name for name in COMPRESSORS if shutil.which(name)), None)
    if tool is None or shutil.which("tar") is None:
        raise SystemExit("dist_size: neither zstd nor xz (and tar) was found to make the archive")
    suffix, command = COMPRESSORS[tool]
    archive = destination or folder.parent / archive_name(folder, suffix)
    with open(archive, "wb") as output:
        tar = subprocess.Popen(["tar", "-C", str(folder.parent), "-cf", "-", folder.name],
                               stdout=subprocess.PIPE)
        assert tar.stdout is not None  # asked for above
        compressed = subprocess.run(command, stdin=tar.stdout, stdout=output, check=False)
        tar.stdout.close()
    if tar.wait() != 0 or compressed.returncode != 0:
        raise SystemExit(f"dist_size: making {archive} failed")
    return archive, " ".join(command[:2])


def measure(folder: Path, archive: Path | None = None) -> dict:
    """Both figures of a built folder, as written to size.json."""
    made, compressor = make_archive(folder, archive)
    size, download = folder_bytes(folder), made.stat().st_size
    return {"build": build_kind(), "folder": str(folder),
            "folder_bytes": size, "folder_mib": round(size / MIB, 1),
            "download": str(made), "download_bytes": download,
            "download_mib": round(download / MIB, 1), "compressor": compressor}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default="dist/tuquan", type=Path)
    folder = parser.parse_args().folder
    if not folder.is_dir():
        raise SystemExit(f"dist_size: {folder} is not a built folder (run `make dist`)")
    sizes = measure(folder)
    (folder.parent / "size.json").write_text(json.dumps(sizes, indent=1) + "\n", encoding="utf-8")
    print(f"folder   {folder}: {sizes['folder_mib']:.1f} MiB")
    print(f"download {sizes['download']}: {sizes['download_mib']:.1f} MiB ({sizes['compressor']})")


if __name__ == "__main__":
    main()
