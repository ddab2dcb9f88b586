"""Field paths into a dossier: "ly_lich.cong_tac[3].tu", with "[*]" standing for every item."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

Token = str | int  # a key, an index, or -1 for "[*]"
ANY = -1
_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+|\*)\]")


class _Missing:
    """The absence of a value (distinct from None, which a JSON null would be)."""

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


@lru_cache(maxsize=4096)
def parse_path(path: str) -> tuple[Token, ...]:
    """Split a path into keys and indexes; raise ValueError when it is not a path."""
    tokens: list[Token] = []
    position = 0
    for match in _TOKEN.finditer(path):
        if match.start() not in (position, position + 1):
            raise ValueError(f"not a field path: {path!r}")
        key, index = match.groups()
        tokens.append(key if key is not None else (ANY if index == "*" else int(index)))
        position = match.end()
    if not tokens or position != len(path):
        raise ValueError(f"not a field path: {path!r}")
    return tuple(tokens)


def join_path(tokens: tuple[Token, ...] | list[Token]) -> str:
    """Write tokens back as a path ("ly_lich.cong_tac[3]")."""
    text = ""
    for token in tokens:
        if isinstance(token, int):
            text += "[*]" if token == ANY else f"[{token}]"
        else:
            text += f".{token}" if text else token
    return text


def get(data: Any, path: str) -> Any:
    """The value at a concrete path, or MISSING."""
    value = data
    for token in parse_path(path):
        if isinstance(token, int):
            if not isinstance(value, list) or not 0 <= token < len(value):
                return MISSING
            value = value[token]
        elif isinstance(value, dict) and token in value:
            value = value[token]
        else:
            return MISSING
    return value


def expand(data: Any, pattern: str) -> Iterator[tuple[str, Any]]:
    """Every (concrete path, value) that *pattern* names and that is present."""
    yield from _expand(data, parse_path(pattern), 0, [])


def _expand(value: Any, tokens: tuple[Token, ...], at: int, done: list[Token]) -> Iterator[tuple[str, Any]]:
    if at == len(tokens):
        yield join_path(done), value
        return
    token = tokens[at]
    if token == ANY:
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from _expand(item, tokens, at + 1, [*done, index])
    elif isinstance(token, int):
        if isinstance(value, list) and 0 <= token < len(value):
            yield from _expand(value[token], tokens, at + 1, [*done, token])
    elif isinstance(value, dict) and token in value:
        yield from _expand(value[token], tokens, at + 1, [*done, token])


def is_present(value: Any) -> bool:
    """True for a value that counts as filled in (not missing, null, blank text or an empty container)."""
    if value is MISSING or value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return True
