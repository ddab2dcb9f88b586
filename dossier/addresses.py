"""Reading a written Vietnamese address: its parts, any district level, unknown units, the two-level form."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dossier._address_parts import (
    COMMUNE_TYPES,
    LazyKeys,
    is_country_key,
    lookup_key,
    split_parts,
    split_type,
    strip_brackets,
)
from dossier.admin_units import Commune, FormerCommune, Province, Tables, tables
from dossier.text import nfc

_KIND_OF_TYPE = {"tỉnh": "tinh", "thủ đô": "tinh", "huyện": "huyen", "quận": "huyen", "thị xã": "huyen"}
_KIND_OF_TYPE.update(dict.fromkeys(COMMUNE_TYPES, "xa"))
_SEPARATORS = " \t,;-–—"
_Found = tuple[str, list[Any]]


@dataclass(frozen=True)
class AddressPart:
    """One comma/dash-separated part as written; *kind* is "tinh", "huyen", "xa" or "khac"."""

    text: str
    kind: str
    type: str
    name: str


@dataclass(frozen=True)
class AddressAnalysis:
    """What an address says about administrative units, and its current two-level form when it can tell."""

    written: str
    parts: tuple[AddressPart, ...]
    district: str | None
    unknown: tuple[str, ...]
    province: Province | None
    commune: Commune | None
    is_current: bool
    suggestion: str | None
    candidates: tuple[str, ...]
    former_name: str | None
    bracketed: tuple[str, ...]


@dataclass(frozen=True)
class _Scope:
    """Where to look for the commune: current province codes and old province codes (None: everywhere)."""

    new: tuple[str, ...] | None = None
    old: tuple[str, ...] | None = None
    broad: tuple[str, ...] = ()


def _is_known(data: Tables, piece: str) -> bool:
    key = lookup_key(split_type(piece)[1])
    return key in data.known_keys


@functools.lru_cache(maxsize=512)
def _province_scope(data: Tables, key: str) -> tuple[Province | None, bool, _Scope]:
    """Current province (if the name is one), whether the name is known at all, and the search scope.

    Depends on the province name only, so it is worked out once per name (a derived index).
    """
    current = data.province_by_key.get(key)
    formers = data.former_provinces_by_key.get(key, [])
    if current is None and not formers:
        return None, False, _Scope()
    old = tuple(dict.fromkeys(code for former in formers for code in data.old_codes(former)))
    if current is not None:
        new: tuple[str, ...] = (current.code,)
    else:
        new = tuple(dict.fromkeys(province.code for former in formers for province in former.new_provinces))
    merged = (code for new_code in new for code in data.old_codes_by_new.get(new_code, ()))
    broad = tuple(code for code in merged if code not in old)
    if current is None and len(new) == 1:
        current_or_single = data.province_by_code[new[0]]
        return current_or_single, True, _Scope(new, old, broad)
    return current, True, _Scope(new, old, broad)


def _current_matches(data: Tables, key: str, scope: _Scope) -> list[Commune]:
    if scope.new is None:
        return list(data.communes_by_key.get(key, ()))
    return [item for code in scope.new for item in data.communes_by_province_key.get((code, key), ())]


def _former_matches(
    data: Tables, key: str, codes: tuple[str, ...] | None, district: str | None, strict: bool = False
) -> list[Any]:
    if codes is None:
        found = list(data.former_by_key.get(key, ()))
    else:
        found = [item for code in codes for item in data.former_by_province_key.get((code, key), ())]
    if district is not None:
        in_district = [item for item in found if data.district_keys[item.district.code] == district]
        found = in_district if in_district or strict else found
    return found


def _resolve(data: Tables, key: str, kind: str | None, district: str | None, scope: _Scope) -> _Found:
    """("current", communes) or ("former", former communes) or ("", []) when the name is not known here.

    Stages are tried in order: with a written district, old communes of that district first (in the written
    province, the provinces merged with it, then a single match anywhere, for provinces split before 2025),
    then current communes, then old ones elsewhere in the province. The first stage with a unit of the
    written type wins, else the first stage with any unit.
    """
    stages: list[Callable[[], list[Any]]] = [
        lambda: _current_matches(data, key, scope),
        lambda: _former_matches(data, key, scope.old, district),
        lambda: _former_matches(data, key, scope.broad, district) if scope.broad else [],
    ]
    if district is not None:

        def anywhere() -> list[Any]:
            found = _former_matches(data, key, None, district, strict=True)
            return found if scope.new is not None and len(found) == 1 else []

        stages[0:0] = [
            lambda: _former_matches(data, key, scope.old, district, strict=True),
            lambda: _former_matches(data, key, scope.broad, district, strict=True) if scope.broad else [],
            anywhere,
        ]
    seen: list[tuple[str, list[Any]]] = []
    for stage in stages:
        items = stage()
        status = "current" if items and isinstance(items[0], Commune) else "former"
        typed = [item for item in items if item.type == kind]
        if typed:
            return status, typed
        seen.append((status, items))
    return next(((status, items) for status, items in seen if items), ("", []))


def _kinds(data: Tables, types: list[str | None], keys: Sequence[str], last: int) -> list[str]:
    """Kind of every part; "thành phố" is province level only for (former) centrally-run cities at the end."""
    kinds = [_KIND_OF_TYPE.get(kind or "", "khac") for kind in types]
    province_keys = (data.province_by_key, data.former_provinces_by_key)
    if last >= 0 and types[last] is None and any(keys[last] in index for index in province_keys):
        kinds[last] = "tinh"
    for index in range(len(types) - 1, -1, -1):
        if types[index] != "thành phố":
            continue
        if "tinh" in kinds[index + 1 :] or index > last:
            kinds[index] = "huyen"
        elif keys[index] in data.city_keys or (index == last and keys[index] not in data.districts_by_key):
            kinds[index] = "tinh"
        else:
            kinds[index] = "huyen"
    return kinds


def _untyped(types: list[str | None], keys: Sequence[str], index: int) -> bool:
    return index >= 0 and types[index] is None and not keys[index].isdigit()


def _infer_untyped(
    data: Tables, kinds: list[str], types: list[str | None], keys: Sequence[str], province: int, scope: _Scope
) -> None:
    """Read untyped parts just before a known province as district/commune when they name one there."""
    old = (*(scope.old or ()), *scope.broad)
    district = commune = province - 1
    district_key: str | None = None
    if district >= 0 and kinds[district] == "huyen":
        district_key, commune = keys[district], district - 1
    elif (
        _untyped(types, keys, district)
        and "huyen" not in kinds
        and any(item.province.code in old for item in data.districts_by_key.get(keys[district], ()))
    ):
        before = district - 1
        if (
            _untyped(types, keys, before)
            and "xa" not in kinds
            and _former_matches(data, keys[before], old, keys[district], strict=True)
        ):
            kinds[before], kinds[district] = "xa", "huyen"
            return
        if "xa" in kinds or not _current_matches(data, keys[district], scope):
            kinds[district] = "huyen"
            district_key, commune = keys[district], district - 1
    if not _untyped(types, keys, commune) or "xa" in kinds:
        return
    strict = district_key is not None
    if _current_matches(data, keys[commune], scope) or _former_matches(
        data, keys[commune], old, district_key, strict=strict
    ):
        kinds[commune] = "xa"


def _two_level(commune: Commune | None, province: Province) -> str:
    tail = f"{province.type} {province.name}"
    return f"{commune.type} {commune.name}, {tail}" if commune else tail


@dataclass
class _Reading:
    """The parts of the text outside brackets, and what is being worked out about them."""

    outside: str
    spans: list[tuple[int, int]]
    types: list[str | None]
    names: list[str]
    keys: Sequence[str]
    kinds: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def text(self, index: int | None) -> str | None:
        return None if index is None else self.outside[slice(*self.spans[index])]

    def last(self, kind: str, end: int) -> int | None:
        for index in range(end - 1, -1, -1):
            if self.kinds[index] == kind:
                return index
        return None


def _read(data: Tables, outside: str) -> _Reading:
    """Split and classify the parts of *outside*."""
    spans = split_parts(outside, functools.partial(_is_known, data))
    split = [split_type(outside[start:end]) for start, end in spans]
    names = [name for _, name in split]
    reading = _Reading(outside, spans, [kind for kind, _ in split], names, LazyKeys(names))
    types, keys = reading.types, reading.keys
    last = next((i for i in range(len(keys) - 1, -1, -1) if types[i] or not is_country_key(keys[i])), -1)
    reading.kinds = _kinds(data, types, keys, last)
    return reading


def _commune_of(
    data: Tables, reading: _Reading, index: int | None, district: str | None, scope: _Scope
) -> tuple[Commune | None, list[Commune], bool]:
    """The current commune to suggest, every candidate, and whether the written commune is a current one."""
    if index is None:
        islands = data.districts_by_key.get(district or "", ())
        islands = [item for item in islands if scope.old is not None and item.province.code in scope.old]
        single = len(islands) == 1 and islands[0].new_communes
        return (islands[0].new_communes[0] if single else None), [], True
    status, found = _resolve(data, reading.keys[index], reading.types[index], district, scope)
    if not found:
        reading.unknown.insert(0, reading.outside[slice(*reading.spans[index])])
    if status == "current":
        options = list(found)
        is_current = all(reading.types[index] in (None, item.type) for item in options)
    else:
        options = list(dict.fromkeys(commune for item in found for commune in item.new_communes))
        is_current = False
    defaults = {item.default if isinstance(item, FormerCommune) else item for item in found}
    return (next(iter(defaults)) if len(defaults) == 1 else None), options, is_current


@functools.lru_cache(maxsize=4096)
def analyse_address(text: str) -> AddressAnalysis:
    """Analyse an address as written (NFC-normalised); text in round brackets ("(tên cũ: …)") is set aside."""
    data = tables()
    written = nfc(text)
    outside, bracketed = strip_brackets(written)
    reading = _read(data, outside)
    kinds, keys = reading.kinds, reading.keys
    province_index = reading.last("tinh", len(kinds))
    province: Province | None = None
    province_is_current = True
    scope = _Scope()
    if province_index is not None:
        province, known, scope = _province_scope(data, keys[province_index])
        province_is_current = keys[province_index] in data.province_by_key
        if known:
            _infer_untyped(data, kinds, reading.types, keys, province_index, scope)
        else:
            reading.unknown.append(outside[slice(*reading.spans[province_index])])
    commune_index = reading.last("xa", len(kinds) if province_index is None else province_index)
    district_index = kinds.index("huyen") if "huyen" in kinds else None
    district_key = None if district_index is None else keys[district_index]
    commune, options, commune_is_current = _commune_of(data, reading, commune_index, district_key, scope)
    if reading.unknown and province_index is not None and province is None:
        commune = None  # the written province is unknown: do not guess where the commune is
    elif commune is not None and commune_index is not None:
        province = commune.province
    types, names = reading.types, reading.names
    parts = tuple(
        AddressPart(outside[start:end], kinds[i], types[i] or "", names[i])
        for i, (start, end) in enumerate(reading.spans)
    )
    named = [i for i, kind in enumerate(kinds) if kind != "khac"]
    unknown = tuple(reading.unknown)
    is_current = bool(named) and district_index is None and not unknown
    is_current = is_current and province_is_current and commune_is_current
    district = reading.text(district_index)
    if is_current or unknown or not named:
        return AddressAnalysis(
            written, parts, district, unknown, province, commune, is_current, None, (), None, bracketed
        )
    suggestion = None
    if province is not None and (commune is not None or (commune_index is None and district_index is None)):
        prefix = outside[: reading.spans[named[0]][0]].rstrip(_SEPARATORS)
        two_level = _two_level(commune, province)
        if prefix:
            suggestion = f"{prefix}, {two_level}"
        elif reading.types[named[0]] is not None and outside[reading.spans[named[0]][0]].isupper():
            suggestion = two_level[0].upper() + two_level[1:]
        else:
            suggestion = two_level
    candidates = tuple(_two_level(item, item.province) for item in options) if len(options) > 1 else ()
    former_name = outside[reading.spans[named[0]][0] : reading.spans[named[-1]][1]].strip(_SEPARATORS)
    return AddressAnalysis(
        written, parts, district, (), province, commune, False, suggestion, candidates, former_name, bracketed
    )
