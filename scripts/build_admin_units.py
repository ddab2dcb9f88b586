"""Build-time generator of data/admin_units.json from the vietnam-provinces and vietnamadminunits packages.

Run it in a scratch environment that has requirements-data.txt installed:

    python -m venv /tmp/admin-data && /tmp/admin-data/bin/pip install -r requirements-data.txt
    /tmp/admin-data/bin/python scripts/build_admin_units.py

Nothing here runs in the service: dossier/admin_units.py only reads the generated JSON file.
The split-ward geocoding of vietnamadminunits (geopy, network) is never used: every candidate new
commune is kept, the upstream default one first.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import sqlite3
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "data" / "admin_units.json"
EXPECTED_PROVINCES = 34
EXPECTED_COMMUNES = 3321
FIELDS = {
    "provinces": "code name type",
    "communes": "code full_name name type province_code",
    "former_provinces": "old_code name type new_province_codes",
    "former_districts": "old_code name type old_province_code new_commune_codes",
    "former_communes": "old_code name type old_district_code old_province_code new_commune_codes",
}
_UNIT_TYPES = ("thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã")

# Provinces (all "tỉnh") that existed before the 63-province list of the upstream data, or under another
# name, with the codes of the current provinces that now hold their territory. Curated by hand from the
# history of the provinces (see data/PROVENANCE.md); a name here must not be one of the 63 names.
HISTORIC_PROVINCES = """
Bắc Thái: 19 | Bình Trị Thiên: 44 46 | Cao Lạng: 04 20 | Cửu Long: 86 | Gia Lai - Kon Tum: 52 51
Hà Bắc: 24 | Hà Nam Ninh: 37 | Hà Sơn Bình: 01 25 | Hà Tây: 01 | Hà Tuyên: 08 | Hải Hưng: 31 33
Hoàng Liên Sơn: 15 | Minh Hải: 96 | Nam Hà: 37 | Nghệ Tĩnh: 40 42 | Nghĩa Bình: 51 52 | Phú Khánh: 66 56
Quảng Nam - Đà Nẵng: 48 | Sông Bé: 79 75 | Thừa Thiên Huế: 46 | Thuận Hải: 56 68 | Vĩnh Phú: 25
"""


def historic_provinces() -> list[tuple[str, list[str]]]:
    """(name, current province codes) of HISTORIC_PROVINCES."""
    entries = [entry.split(":") for entry in HISTORIC_PROVINCES.replace("\n", "|").split("|")]
    entries = [entry for entry in entries if entry[0].strip()]
    return [(name.strip(), codes.split()) for name, codes in entries]


def key(value: str) -> str:
    """Matching key: the run-time `lookup_key` (every diacritic kept, apostrophes and dashes unified)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from dossier._address_parts import lookup_key

    return lookup_key(value)


def split_type(full_name: str) -> tuple[str, str]:
    """Split "Xã Long Hậu" into ("xã", "Long Hậu"); the type word is matched case-insensitively."""
    lowered = full_name.casefold()
    for unit_type in _UNIT_TYPES:
        if lowered.startswith(unit_type + " "):
            return unit_type, full_name[len(unit_type) + 1 :].strip()
    raise ValueError(f"no administrative type word in {full_name!r}")


def package_dir(name: str) -> Path:
    """Directory of an installed package, found without importing it (no geopy/shapely import)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {name!r} is not installed; pip install -r requirements-data.txt")
    return Path(next(iter(spec.submodule_search_locations)))


def nfc(value: str) -> str:
    """NFC with surrounding spaces removed."""
    return unicodedata.normalize("NFC", value).strip()


def current_units() -> tuple[list[list[Any]], list[list[Any]], str]:
    """vietnam-provinces: provinces [code, name, type], communes [code, full name, name, type, province]."""
    import vietnam_provinces
    from vietnam_provinces import Province, VietNamDivisionType, Ward

    provinces: list[list[Any]] = []
    for province in Province.iter_all():
        name = nfc(province.name)
        unit_type = "tỉnh"
        if province.division_type == VietNamDivisionType.THANH_PHO_TRUNG_UONG:
            unit_type = "thành phố"
        if name.casefold().startswith(unit_type + " "):
            name = split_type(name)[1]
        provinces.append([f"{int(province.code):02d}", name, unit_type])
    communes: list[list[Any]] = []
    for ward in Ward.iter_all():
        full_name = nfc(ward.name)
        unit_type, name = split_type(full_name)
        if unit_type != ward.division_type.value:
            raise SystemExit(f"type word of {full_name!r} differs from {ward.division_type.value!r}")
        province_code = f"{int(ward.province_code):02d}"
        communes.append([f"{int(ward.code):05d}", full_name, name, unit_type, province_code])
    return sorted(provinces), sorted(communes), str(vietnam_provinces.__data_version__)


def read_rows(database: Path, sql: str) -> list[dict[str, Any]]:
    """Rows of an SQL query on the read-only upstream SQLite file."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(sql)]
    finally:
        connection.close()


def match_new_wards(
    rows: list[dict[str, Any]], communes: list[list[Any]]
) -> tuple[dict[tuple[str, str], str], list[str], list[str]]:
    """Map vietnamadminunits (provinceKey, wardKey) to official codes by province code + name."""
    official = {(row[4], key(row[1])): row[0] for row in communes}
    by_upstream_key: dict[tuple[str, str], str] = {}
    mismatches: list[str] = []
    code_differences: list[str] = []
    for row in rows:
        province_code = f"{int(row['provinceCode']):02d}"
        code = official.get((province_code, key(nfc(row["ward"]))))
        if code is None:
            mismatches.append(f"{row['ward']}, {row['province']} (upstream code {row['wardCode']})")
            continue
        if int(row["wardCode"]) != int(code):
            code_differences.append(f"{row['ward']}: {row['wardCode']} -> official {code}")
        by_upstream_key[(row["provinceKey"], row["wardKey"])] = code
    return by_upstream_key, mismatches, code_differences


def legacy_units(
    rows: list[dict[str, Any]],
) -> tuple[dict[str, list[Any]], dict[str, list[Any]], list[tuple[str, dict[str, Any]]]]:
    """Old provinces, districts and (triplet key, row) of communes from the admin_units_legacy table."""
    provinces: dict[str, list[Any]] = {}
    districts: dict[str, list[Any]] = {}
    communes: list[tuple[str, dict[str, Any]]] = []
    for row in rows:
        province_type, province_name = split_type(nfc(row["province"]))
        provinces[row["provinceCode"]] = [province_name, province_type, row["provinceKey"]]
        district_type, district_name = split_type(nfc(row["district"]))
        districts[row["districtCode"]] = [district_name, district_type, row["provinceCode"]]
        triplet = f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey'] or ''}"
        communes.append((triplet, row))
    return provinces, districts, communes


def commune_targets(
    converter: dict[str, Any],
    new_code_of: dict[tuple[str, str], str],
) -> dict[str, list[str]]:
    """Old "province_district_ward" key → official codes of its new commune(s), the upstream default first."""
    targets: dict[str, list[str]] = {}
    for new_province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_key, triplets in wards.items():
            for triplet in triplets:
                targets.setdefault(triplet, []).append(new_code_of[(new_province, ward_key)])
    for new_province, divided in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for triplet, wards in divided.items():
            ordered = sorted(wards, key=lambda ward: not ward["isDefaultNewWard"])
            codes = [new_code_of[(new_province, ward["newWardKey"])] for ward in ordered]
            targets.setdefault(triplet, []).extend(codes)
    return targets


def build(vau_dir: Path, verbose: bool = False) -> tuple[dict[str, Any], list[str]]:
    """Assemble the whole data file; the second value lists problems that must fail the build."""
    problems: list[str] = []
    provinces, communes, vp_data_version = current_units()
    print(f"vietnam-provinces: {len(provinces)} provinces, {len(communes)} communes (data {vp_data_version})")
    if len(provinces) != EXPECTED_PROVINCES or len(communes) != EXPECTED_COMMUNES:
        problems.append(f"expected {EXPECTED_PROVINCES} provinces / {EXPECTED_COMMUNES} communes")

    database = vau_dir / "data" / "dataset.db"
    converter = json.loads((vau_dir / "data" / "converter_2025.json").read_text(encoding="utf-8"))
    new_rows = read_rows(database, "SELECT * FROM admin_units ORDER BY wardCode")
    new_code_of, mismatches, code_differences = match_new_wards(new_rows, communes)
    print(f"vietnamadminunits: {len(new_rows)} new wards, {len(new_code_of)} matched to an official code")
    for line in mismatches:
        print(f"  MISMATCH (no official commune with this province + name): {line}")
    print(f"  {len(code_differences)} matched wards carry another upstream code (official code kept)")
    for line in code_differences if verbose else ():
        print(f"    {line}")
    problems.extend(f"unmatched new ward {line}" for line in mismatches)
    if len(set(new_code_of.values())) != len(new_code_of):
        problems.append("two upstream wards matched the same official commune")
    new_province_of = {row["provinceKey"]: f"{int(row['provinceCode']):02d}" for row in new_rows}
    commune_province = {row[0]: row[4] for row in communes}

    legacy_rows = read_rows(
        database,
        "SELECT province, district, ward, provinceCode, districtCode, wardCode, provinceKey, districtKey, "
        "wardKey FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode",
    )
    old_provinces, old_districts, old_communes = legacy_units(legacy_rows)
    targets = commune_targets(converter, new_code_of)

    former_communes: list[list[Any]] = []
    island_targets: dict[str, list[str]] = {}
    reached: dict[str, set[str]] = {}
    for triplet, row in old_communes:
        new_codes = targets.get(triplet)
        if not new_codes:
            problems.append(f"no new commune for {triplet}")
            continue
        reached.setdefault(row["provinceCode"], set()).update(commune_province[code] for code in new_codes)
        if not row["ward"]:
            island_targets[row["districtCode"]] = new_codes
            continue
        commune_type, name = split_type(nfc(row["ward"]))
        former_communes.append(
            [row["wardCode"], name, commune_type, row["districtCode"], row["provinceCode"], new_codes]
        )

    old_code_of_key = {value[2]: code for code, value in old_provinces.items()}
    new_codes_of_old: dict[str, list[str]] = {}
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        for old_key in old_keys:
            new_codes_of_old.setdefault(old_code_of_key[old_key], []).append(new_province_of[new_key])
    former_provinces: list[list[Any]] = []
    for code, (name, province_type, _) in sorted(old_provinces.items()):
        new_codes = sorted(new_codes_of_old.get(code, []))
        if not new_codes or set(new_codes) != reached.get(code, set()):
            reached_codes = sorted(reached.get(code, []))
            problems.append(f"old province {name}: {new_codes} vs communes in {reached_codes}")
        former_provinces.append([code, name, province_type, new_codes])
    province_codes = {row[0] for row in provinces}
    old_names = {key(row[1]) for row in former_provinces}
    for name, new_codes in historic_provinces():
        if not set(new_codes) <= province_codes or key(name) in old_names:
            problems.append(f"historic province {name}: unknown codes {new_codes} or one of the 63 names")
        former_provinces.append([None, name, "tỉnh", new_codes])

    former_districts = [
        [code, name, district_type, province_code, island_targets.get(code, [])]
        for code, (name, district_type, province_code) in sorted(old_districts.items())
    ]
    print(
        f"former units: {len(old_provinces)} provinces (+{len(historic_provinces())} historic), "
        f"{len(former_districts)} districts ({len(island_targets)} island districts without communes), "
        f"{len(former_communes)} communes, "
        f"{sum(len(row[5]) > 1 for row in former_communes)} of them split over several new communes"
    )
    data = {
        "format": 1,
        "sources": {
            "vietnam-provinces": {
                "version": importlib.metadata.version("vietnam-provinces"),
                "data_retrieved": vp_data_version,
            },
            "vietnamadminunits": {"version": importlib.metadata.version("vietnamadminunits")},
        },
        "fields": {name: columns.split() for name, columns in FIELDS.items()},
        "provinces": provinces,
        "communes": communes,
        "former_provinces": former_provinces,
        "former_districts": former_districts,
        "former_communes": sorted(former_communes),
    }
    return data, problems


def dump(data: dict[str, Any]) -> str:
    """Deterministic JSON: sorted keys, NFC, one record per line (small and readable in diffs)."""

    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    lines = ["{"]
    keys = sorted(data)
    for index, name in enumerate(keys):
        comma = "," if index < len(keys) - 1 else ""
        value = data[name]
        if isinstance(value, list) and value:
            lines.append(f"{one(name)}:[")
            lines.extend(one(item) + ("," if i < len(value) - 1 else "") for i, item in enumerate(value))
            lines.append(f"]{comma}")
        else:
            lines.append(f"{one(name)}:{one(value)}{comma}")
    lines.append("}")
    return unicodedata.normalize("NFC", "\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Build the data file; exit status 1 when counts or cross-checks fail."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    parser.add_argument("-v", "--verbose", action="store_true", help="list wards whose upstream codes differ")
    args = parser.parse_args(argv)
    data, problems = build(package_dir("vietnamadminunits"), args.verbose)
    if problems:
        for problem in problems:
            print(f"ERROR: {problem}", file=sys.stderr)
        return 1
    text = dump(data)
    json.loads(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
