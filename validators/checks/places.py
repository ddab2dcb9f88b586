"""Checks on written places: two-level addresses after the 2025 reform, units that exist, current names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from dossier.addresses import AddressAnalysis, analyse_address
from dossier.text import name_key, place_key
from validators.checks import PATHS, TEXTS, check
from validators.context import Context, Hit

_ADDRESS_PARAMS = {"fields": {**PATHS, "required": True}, "skip_countries": TEXTS}


@lru_cache(maxsize=64)
def _keys(words: tuple[str, ...]) -> dict[str, str]:
    return {place_key(word): word for word in words}


def mentioned(text: str, words: list[str]) -> str | None:
    """The word of *words* that the last part of *text* ("…, Nhật Bản") is, or None.

    Only the last comma-separated part counts, so "Mỹ" (a country) is not found in "xã Mỹ Hòa"."""
    last = re.split(r"[,;]", text)[-1]
    return _keys(tuple(words)).get(place_key(last))


def _addresses(context: Context, params: Mapping[str, Any]) -> Iterator[tuple[str, str, AddressAnalysis]]:
    skip = params.get("skip_countries", [])
    for pattern in params["fields"]:
        for path, value in context.values(pattern):
            if isinstance(value, str) and not (skip and mentioned(value, skip)):
                yield path, value, analyse_address(value)


def _proposal(suggestion: str | None) -> dict[str, str]:
    """Message fragments proposing the corrected address (empty when none can be proposed)."""
    if not suggestion:
        return {"proposal": "", "proposal_en": ""}
    return {"proposal": f" Đề nghị ghi: “{suggestion}”.", "proposal_en": f" Suggested: “{suggestion}”."}


@check(
    "address_two_level",
    params=_ADDRESS_PARAMS,
    paths=("fields",),
    placeholders=("value", "district", "proposal", "proposal_en"),
)
def address_two_level(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The address names no district level (huyện, quận, thị xã, thành phố thuộc tỉnh)."""
    for path, value, analysis in _addresses(context, params):
        if analysis.district:
            yield Hit(
                path,
                {"value": value, "district": analysis.district, **_proposal(analysis.suggestion)},
                suggestion=analysis.suggestion,
            )


@check("address_known", params=_ADDRESS_PARAMS, paths=("fields",), placeholders=("value", "unit"))
def address_known(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Every province and commune the address names is a current or a known former unit."""
    for path, value, analysis in _addresses(context, params):
        for unit in analysis.unknown:
            yield Hit(path, {"value": value, "unit": unit})


@check(
    "address_current_name", params=_ADDRESS_PARAMS, paths=("fields",), placeholders=("value", "proposal", "proposal_en")
)
def address_current_name(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A place whose units were renamed is written with its current name, the old one in brackets."""
    for path, value, analysis in _addresses(context, params):
        if not analysis.is_current and not analysis.unknown and analysis.suggestion:
            proposal = f"{analysis.suggestion} (tên cũ: {analysis.former_name or value})"
            yield Hit(path, {"value": value, **_proposal(proposal)}, suggestion=proposal)


@check(
    "address_not_abroad",
    params={"fields": {**PATHS, "required": True}, "countries": {**TEXTS, "required": True}},
    paths=("fields",),
    placeholders=("value", "country"),
)
def address_not_abroad(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The text's last part is none of `words` (accents kept): e.g. no foreign country."""
    for pattern in params["fields"]:
        for path, value in context.values(pattern):
            if isinstance(value, str) and (country := mentioned(value, params["countries"])):
                yield Hit(path, {"value": value, "country": country})


@check(
    "mentions_one_of",
    params={"fields": {**PATHS, "required": True}, "words": {**TEXTS, "required": True}},
    paths=("fields",),
    placeholders=("value",),
)
def mentions_one_of(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The text contains one of `words` as whole words (accents kept): e.g. a recognised religion."""
    pattern = _word_pattern(tuple(params["words"]))
    for field in params["fields"]:
        for path, value in context.values(field):
            if isinstance(value, str) and not pattern.search(name_key(value)):
                yield Hit(path, {"value": value})


@check(
    "mentions_no_word",
    params={"fields": {**PATHS, "required": True}, "words": {**TEXTS, "required": True}},
    paths=("fields",),
    placeholders=("value", "word"),
)
def mentions_no_word(context: Context, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The text contains none of `words` as whole words (accents kept): e.g. no religious rank."""
    pattern = _word_pattern(tuple(params["words"]))
    for field in params["fields"]:
        for path, value in context.values(field):
            if isinstance(value, str) and (match := pattern.search(name_key(value))):
                yield Hit(path, {"value": value, "word": match[0]})


@lru_cache(maxsize=64)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(name_key(word)) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
