"""Offline table of Vietnam's administrative units (34 provinces, 3,321 communes) and the old→new mapping.

Loads data/admin_units.json once (lazily, cached); no network and no dependency on the packages the file was
generated from (see data/PROVENANCE.md). Names are compared with `lookup_key`: never accent-insensitive,
but tone placement ("Hoà"/"Hòa"), case, spacing and punctuation do not matter.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier._address_parts import lookup_key, split_type

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "admin_units.json"
# Spellings of current provinces that are not their name (keys as made by `lookup_key`).
PROVINCE_ALIASES = {"hcm": "79", "tphcm": "79", "hcmc": "79", "tp hcm": "79", "tp hồ chí minh": "79"}


class _Named:
    """Official form of a unit name: its type word capitalised, then its name."""

    type: str
    name: str

    @property
    def full_name(self) -> str:
        """E.g. "Tỉnh Đồng Tháp", "Thành phố Hà Nội", "Huyện Lai Vung", "Xã Long Hậu"."""
        return f"{self.type.capitalize()} {self.name}"


@dataclass(frozen=True)
class Province(_Named):
    """A current province or centrally-run city; *type* is "tỉnh" or "thành phố"."""

    code: str
    name: str
    type: str


@dataclass(frozen=True)
class Commune:
    """A current commune-level unit; *type* is "xã", "phường" or "đặc khu"; *full_name* e.g. "Xã Hòa Long"."""

    code: str
    name: str
    full_name: str
    type: str
    province_code: str

    @property
    def province(self) -> Province:
        """The current province the commune belongs to."""
        return tables().province_by_code[self.province_code]


@dataclass(frozen=True)
class FormerProvince(_Named):
    """A province before 01/07/2025 (code None for older, hand-listed ones) and the current province(s)."""

    code: str | None
    name: str
    type: str
    new_provinces: tuple[Province, ...]


@dataclass(frozen=True)
class FormerDistrict(_Named):
    """A district-level unit before 01/07/2025; *new_communes* only for island districts without communes."""

    code: str
    name: str
    type: str
    province: FormerProvince
    new_communes: tuple[Commune, ...] = ()


@dataclass(frozen=True)
class FormerCommune(_Named):
    """A commune before 01/07/2025 and the current commune(s) holding it, the upstream default first."""

    code: str
    name: str
    type: str
    district: FormerDistrict
    new_communes: tuple[Commune, ...]

    @property
    def province(self) -> FormerProvince:
        """The old province of the commune."""
        return self.district.province

    @property
    def default(self) -> Commune:
        """The current commune to suggest (the one that took most of it, per the upstream data)."""
        return self.new_communes[0]


@dataclass(eq=False)
class Tables:
    """Every unit and the dict indexes keyed by `lookup_key` of the bare name (read-only after loading)."""

    sources: dict[str, Any]
    provinces: tuple[Province, ...]
    communes: tuple[Commune, ...]
    province_by_code: dict[str, Province]
    commune_by_code: dict[str, Commune]
    province_by_key: dict[str, Province] = field(default_factory=dict)
    communes_by_key: dict[str, list[Commune]] = field(default_factory=dict)
    communes_by_province_key: dict[tuple[str, str], list[Commune]] = field(default_factory=dict)
    former_provinces_by_key: dict[str, list[FormerProvince]] = field(default_factory=dict)
    old_codes_by_new: dict[str, tuple[str, ...]] = field(default_factory=dict)
    districts_by_key: dict[str, list[FormerDistrict]] = field(default_factory=dict)
    former_by_key: dict[str, list[FormerCommune]] = field(default_factory=dict)
    former_by_province_key: dict[tuple[str, str], list[FormerCommune]] = field(default_factory=dict)
    district_keys: dict[str, str] = field(default_factory=dict)
    city_keys: set[str] = field(default_factory=set)
    known_keys: set[str] = field(default_factory=set)

    def old_codes(self, former: FormerProvince) -> tuple[str, ...]:
        """Codes of the 63 old provinces *former* stands for (hand-listed ones: via its new provinces)."""
        if former.code is not None:
            return (former.code,)
        codes = (code for province in former.new_provinces for code in self.old_codes_by_new[province.code])
        return tuple(dict.fromkeys(codes))


def _add(index: dict[Any, list[Any]], key: Any, value: Any) -> None:
    index.setdefault(key, []).append(value)


def _load(path: Path) -> Tables:
    """Read the JSON file and build the objects and indexes."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    memo: dict[str, str] = {}

    def key_of(name: str) -> str:
        key = memo.get(name)
        if key is None:
            key = memo[name] = lookup_key(name)
        return key

    provinces = tuple(Province(code, name, kind) for code, name, kind in raw["provinces"])
    communes = tuple(Commune(code, name, full, kind, at) for code, full, name, kind, at in raw["communes"])
    by_code = {province.code: province for province in provinces}
    commune_by_code = {commune.code: commune for commune in communes}
    data = Tables(raw["sources"], provinces, communes, by_code, commune_by_code)
    for province in provinces:
        data.province_by_key[key_of(province.name)] = province
        if province.type == "thành phố":
            data.city_keys.add(key_of(province.name))
    for alias, code in PROVINCE_ALIASES.items():
        data.province_by_key[alias] = by_code[code]
    for commune in communes:
        key = key_of(commune.name)
        _add(data.communes_by_key, key, commune)
        _add(data.communes_by_province_key, (commune.province_code, key), commune)
    old_provinces: dict[str, FormerProvince] = {}
    for code, name, kind, new_codes in raw["former_provinces"]:
        former = FormerProvince(code, name, kind, tuple(by_code[new] for new in new_codes))
        _add(data.former_provinces_by_key, key_of(name), former)
        if code is not None:
            old_provinces[code] = former
            for new in new_codes:
                data.old_codes_by_new[new] = (*data.old_codes_by_new.get(new, ()), code)
        if kind == "thành phố":
            data.city_keys.add(key_of(name))
    districts: dict[str, FormerDistrict] = {}
    for code, name, kind, province_code, new_codes in raw["former_districts"]:
        new_communes = tuple(data.commune_by_code[new] for new in new_codes)
        district = FormerDistrict(code, name, kind, old_provinces[province_code], new_communes)
        districts[code] = district
        data.district_keys[code] = key_of(name)
        _add(data.districts_by_key, key_of(name), district)
    for code, name, kind, district_code, province_code, new_codes in raw["former_communes"]:
        commune = FormerCommune(
            code, name, kind, districts[district_code], tuple(data.commune_by_code[new] for new in new_codes)
        )
        key = key_of(name)
        _add(data.former_by_key, key, commune)
        _add(data.former_by_province_key, (province_code, key), commune)
    data.known_keys = {
        *data.province_by_key,
        *data.communes_by_key,
        *data.former_provinces_by_key,
        *data.districts_by_key,
        *data.former_by_key,
    }
    return data


@functools.cache
def tables() -> Tables:
    """The loaded tables (the file is read on first use only)."""
    return _load(DATA_FILE)


def _bare(name: str) -> tuple[str | None, str]:
    """Type word (if any) and lookup key of a name as written."""
    kind, bare = split_type(name)
    return kind, lookup_key(bare)


def _prefer_type(items: list[Any], kind: str | None) -> list[Any]:
    """The items of type *kind* when there are any, otherwise all items."""
    if kind is None:
        return list(items)
    typed = [item for item in items if item.type == kind]
    return typed or list(items)


def provinces() -> tuple[Province, ...]:
    """The 34 current provinces and centrally-run cities, by code."""
    return tables().provinces


def communes() -> tuple[Commune, ...]:
    """The 3,321 current communes, wards and special zones, by code."""
    return tables().communes


def province_by_code(code: str) -> Province | None:
    """Current province by its two-digit code ("82")."""
    return tables().province_by_code.get(code)


def commune_by_code(code: str) -> Commune | None:
    """Current commune by its five-digit code."""
    return tables().commune_by_code.get(code)


def current_province(name: str) -> Province | None:
    """Current province named *name* ("Đồng Tháp", "tỉnh Đồng Tháp", "TP. HCM", "Thành phố Hà Nội")."""
    data = tables()
    whole = lookup_key(name)
    if whole in data.province_by_key:
        return data.province_by_key[whole]
    return data.province_by_key.get(_bare(name)[1])


def former_provinces(name: str) -> list[FormerProvince]:
    """Provinces that carried *name* before 01/07/2025, each with its current province(s)."""
    return list(tables().former_provinces_by_key.get(_bare(name)[1], ()))


def current_communes(name: str, province_code: str | None = None) -> list[Commune]:
    """Current communes named *name* ("Xã Hòa Long", "Hoà Long"), in one province if *province_code*."""
    kind, key = _bare(name)
    data = tables()
    if province_code is None:
        found = data.communes_by_key.get(key, [])
    else:
        found = data.communes_by_province_key.get((province_code, key), [])
    return _prefer_type(found, kind)


def _old_province_codes(province: str) -> tuple[str, ...]:
    """Old province codes for a province as written: its former names, else the old ones merged into it."""
    data = tables()
    codes = [code for former in former_provinces(province) for code in data.old_codes(former)]
    if not codes and (current := current_province(province)) is not None:
        codes = list(data.old_codes_by_new.get(current.code, ()))
    return tuple(dict.fromkeys(codes))


def former_districts(name: str, province: str | None = None) -> list[FormerDistrict]:
    """Old district-level units named *name* ("huyện Lai Vung"), within an old/current province if given."""
    kind, key = _bare(name)
    found = tables().districts_by_key.get(key, [])
    if province is not None:
        codes = _old_province_codes(province)
        found = [district for district in found if district.province.code in codes]
    return _prefer_type(found, kind)


def former_district(name: str, province: str | None = None) -> FormerDistrict | None:
    """The old district named *name* when exactly one matches (several provinces had a "huyện Châu Thành")."""
    found = former_districts(name, province)
    return found[0] if len(found) == 1 else None


def former_communes(
    name: str,
    district: str | None = None,
    province: str | None = None,
) -> list[FormerCommune]:
    """Old communes named *name*, each with its new commune(s); district/province filters are strict."""
    kind, key = _bare(name)
    data = tables()
    if province is None:
        found = data.former_by_key.get(key, [])
    else:
        found = [
            commune
            for code in _old_province_codes(province)
            for commune in data.former_by_province_key.get((code, key), ())
        ]
    if district is not None:
        district_kind, district_key = _bare(district)
        found = [commune for commune in found if data.district_keys[commune.district.code] == district_key]
        typed = [commune for commune in found if commune.district.type == district_kind]
        found = typed or found
    return _prefer_type(found, kind)


def sources() -> dict[str, Any]:
    """Package names, versions and upstream data dates the data file was generated from."""
    return dict(tables().sources)
