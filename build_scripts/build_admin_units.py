"""Build resources/data/admin-units.json: the 34 provinces and 3,321 communes after the 2025 reform.

Source: the `vietnam-provinces` package (data of 01/07/2025), plus the change that took effect
on 30/04/2026: Nghị quyết 30/2026/QH16 made Đồng Nai a centrally-run city and 237/NQ-UBTVQH16
turned ten of its communes into wards. Codes are unchanged by both.
"""

import hashlib
import json
import sys
from importlib import resources
from pathlib import Path

VERSION = "2026-04-30"
OUTPUT = Path(__file__).resolve().parents[1] / "resources" / "data" / "admin-units.json"
DONG_NAI = "75"
DONG_NAI_NEW_WARDS = {
    "Dầu Giây", "Đồng Phú", "Long Thành", "Lộc Ninh", "Nhơn Trạch",
    "Tân Khai", "Tân Phú", "Trảng Bom", "Trị An", "Xuân Lộc",
}
PREFIXES = {"xã": "Xã ", "phường": "Phường ", "đặc khu": "Đặc khu "}


def _province(entry: dict) -> dict:
    code = f"{entry['code']:02d}"
    is_city = entry["division_type"] == "thành phố trung ương" or code == DONG_NAI
    name = entry["name"].removeprefix("Thành phố ").removeprefix("Tỉnh ")
    return {"code": code, "name": name, "type": "thành phố" if is_city else "tỉnh",
            "full_name": ("Thành phố " if is_city else "Tỉnh ") + name}


def _commune(entry: dict, province_code: str) -> dict:
    kind = entry["division_type"]
    name = entry["name"].removeprefix(PREFIXES[kind])
    if province_code == DONG_NAI and kind == "xã" and name in DONG_NAI_NEW_WARDS:
        kind = "phường"
    return {"code": f"{entry['code']:05d}", "name": name, "type": kind,
            "full_name": PREFIXES[kind] + name, "province_code": province_code}


def build() -> dict:
    source = resources.files("vietnam_provinces") / "data" / "nested-divisions.json"
    provinces, communes = [], []
    for entry in json.loads(source.read_text("utf-8")):
        province = _province(entry)
        provinces.append(province)
        communes.extend(_commune(ward, province["code"]) for ward in entry["wards"])
    reclassified = [c for c in communes if c["province_code"] == DONG_NAI and c["type"] == "phường"
                    and c["name"] in DONG_NAI_NEW_WARDS]
    if len(reclassified) != len(DONG_NAI_NEW_WARDS):
        sys.exit("the Đồng Nai ward list no longer matches the source data")
    return {"format": "tuquan-admin-units/1", "version": VERSION, "effective_date": VERSION,
            "provinces": sorted(provinces, key=lambda p: p["code"]),
            "communes": sorted(communes, key=lambda c: c["code"])}


def main() -> None:
    data = json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=True).encode("utf-8")
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(data)
    print(f"{OUTPUT.name}: {len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
