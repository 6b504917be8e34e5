"""Version information for the Windows programs (Properties → Details, SmartScreen, antivirus).

PyInstaller reads it as the text of a `VSVersionInfo(...)` expression; `tuquan.spec` writes one
file per program with `write_version_file` when it builds on Windows.
"""

import re
from pathlib import Path

PRODUCT = "Tự Quản"
PUBLISHER = "TuQuan"
VIETNAMESE_UNICODE = ("042a04b0", "[0x042a, 1200]")  # Vietnamese, UTF-16 strings

_TEMPLATE = """# -*- coding: utf-8 -*-
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('{table}', [
      StringStruct('CompanyName', '{publisher}'),
      StringStruct('FileDescription', '{description}'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{name}'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('OriginalFilename', '{name}.exe'),
      StringStruct('ProductName', '{product}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', {translation})])
  ]
)
"""


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """"1.2.3" → (1, 2, 3, 0): Windows wants four numbers; a suffix such as "rc1" is dropped."""
    parts = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return tuple(parts + [0] * (4 - len(parts)))


def version_file_text(version: str, name: str, description: str) -> str:
    return _TEMPLATE.format(numbers=version_numbers(version), table=VIETNAMESE_UNICODE[0],
                            translation=VIETNAMESE_UNICODE[1], publisher=PUBLISHER,
                            description=description, version=version, name=name, product=PRODUCT)


def write_version_file(target: Path, version: str, name: str, description: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(version_file_text(version, name, description), encoding="utf-8")
    return target
