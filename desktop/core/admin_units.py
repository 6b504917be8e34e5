"""The official list of provinces and communes (no district level), looked up by code or name."""

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import InvalidInput
from desktop.core.paths import resource_dir
from desktop.core.text import fold_for_search

DATASET_FORMAT = "tuquan-admin-units/1"


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    full_name: str
    type: str


@dataclass(frozen=True)
class Commune:
    code: str
    name: str
    full_name: str
    type: str
    province_code: str
    province_name: str
    search_key: str

    @property
    def label(self) -> str:
        """"Phường Ba Đình, Hà Nội" — what pickers and documents show."""
        return f"{self.full_name}, {self.province_name}"


@dataclass(frozen=True)
class AdminUnits:
    version: str
    provinces: dict[str, Province]
    communes: dict[str, Commune]

    def commune(self, code: str) -> Commune:
        """Return the commune with this 5-digit code, or raise InvalidInput."""
        found = self.communes.get(str(code).strip().zfill(5))
        if found is None:
            raise InvalidInput(field="commune code", problem="not a known commune code")
        return found

    def find_province(self, name_or_code: str) -> Province | None:
        """Match a province by code or by name, ignoring case, marks and tone placement."""
        wanted = fold_for_search(name_or_code)
        for province in self.provinces.values():
            if wanted in (province.code, fold_for_search(province.name),
                          fold_for_search(province.full_name)):
                return province
        return None

    def search_communes(self, query: str, limit: int = 50) -> list[Commune]:
        """Communes where every typed word starts a word of "type name province code", folded.

        Exact names come first, then names starting with the query, then the rest.
        """
        phrase = fold_for_search(query)
        words = phrase.split()
        if not words:
            return []
        matches = [c for c in self.communes.values()
                   if all(any(part.startswith(word) for part in c.search_key.split())
                          for word in words)]
        matches.sort(key=lambda c: (_name_rank(fold_for_search(c.name), phrase), c.search_key))
        return matches[:limit]


def _name_rank(folded_name: str, phrase: str) -> int:
    if folded_name == phrase:
        return 0
    if folded_name.startswith(phrase):
        return 1
    return 2 if phrase in folded_name else 3


def load_admin_units(path: Path | None = None) -> AdminUnits:
    """Read a dataset file; any file of the right format replaces the shipped one."""
    document = json.loads((path or resource_dir() / "data" / "admin-units.json").read_text("utf-8"))
    if document.get("format") != DATASET_FORMAT:
        raise InvalidInput(field="administrative units file", problem="unknown format")
    provinces = {p["code"]: Province(p["code"], p["name"], p["full_name"], p["type"])
                 for p in document["provinces"]}
    communes = {}
    for item in document["communes"]:
        province = provinces[item["province_code"]]
        label = f"{item['full_name']} {province.name} {item['code']}"
        communes[item["code"]] = Commune(item["code"], item["name"], item["full_name"],
                                         item["type"], province.code, province.name,
                                         fold_for_search(label))
    return AdminUnits(document["version"], provinces, communes)


@functools.cache
def shipped_admin_units() -> AdminUnits:
    """The dataset shipped with the application, read once."""
    return load_admin_units()
