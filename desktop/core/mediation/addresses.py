"""A party's full address on a document: as typed, completed with the hamlet, commune, province."""

import re

from desktop.core.text import fold_for_search

# Words that open the name of a thôn, tổ dân phố, ấp, bản, … (folded: no marks, đ → d).
HAMLET_WORDS = re.compile(r"\b(thon|to dan pho|tdp|to|khu pho|khu|ap|ban|xom|buon|khom|soc|plei"
                          r"|lang|doi)\b")
COMMUNE_TYPES = re.compile(r"\b(xa|phuong|dac khu|thi tran)\b")
PROVINCE_TYPES = re.compile(r"\b(tinh|thanh pho|tp)\b")


def _bare_name(unit: str, types: re.Pattern[str]) -> str:
    """A unit's folded name without its type: "Phường Ba Đình" → "ba dinh"."""
    return types.sub("", fold_for_search(unit), count=1).strip()


def _names(folded_address: str, unit: str, types: re.Pattern[str]) -> bool:
    bare = _bare_name(unit, types)
    return bool(bare) and re.search(rf"\b{re.escape(bare)}\b", folded_address) is not None


def full_address(address: str, hamlet: str, commune: str, province: str) -> str:
    """"Số 12, Thôn Đông Hòa, Phường Ba Đình, Thành phố Hà Nội" from "Số 12" and the case's
    place. Only the levels above the highest one the address names are added: an address that
    names its own commune gets the province at most, never this team's hamlet after it."""
    typed = " ".join(address.split()).strip(" ,")
    folded = fold_for_search(typed)
    named = [bool(HAMLET_WORDS.search(folded)) or _names(folded, hamlet, HAMLET_WORDS),
             bool(COMMUNE_TYPES.search(folded)) or _names(folded, commune, COMMUNE_TYPES),
             bool(re.search(r"\btinh\b", folded)) or _names(folded, province, PROVINCE_TYPES)]
    highest = max((level for level, found in enumerate(named) if found), default=-1)
    return ", ".join([typed] * bool(typed) + [unit for level, unit in
                                               enumerate((hamlet, commune, province))
                                               if level > highest and unit])
