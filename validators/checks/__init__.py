"""The closed list of checks a rule may name; each is a small Python function registered here.

A check reads the dossier through a Context and yields a Hit wherever its expectation fails.
Its parameters are declared as a Cerberus schema so that a rule file naming unknown or
mistyped parameters is refused at start-up, with file and line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from validators.context import Context, Hit

CheckFunction = Callable[[Context, Mapping[str, Any]], Iterator[Hit]]


@dataclass(frozen=True)
class CheckSpec:
    """A registered check: its function, parameter schema, which parameters are field paths,
    and which placeholders its hits fill in (for linting messages)."""

    name: str
    function: CheckFunction
    params: dict[str, Any]
    path_params: tuple[str, ...]
    placeholders: frozenset[str]
    doc: str


REGISTRY: dict[str, CheckSpec] = {}


def check(
    name: str, *, params: dict[str, Any], paths: tuple[str, ...] = (), placeholders: tuple[str, ...] = ()
) -> Callable[[CheckFunction], CheckFunction]:
    """Register *function* as the check called *name* in rule files."""

    def register(function: CheckFunction) -> CheckFunction:
        REGISTRY[name] = CheckSpec(
            name=name,
            function=function,
            params=params,
            path_params=paths,
            placeholders=frozenset(placeholders) | frozenset(params),
            doc=(function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else "",
        )
        return function

    return register


# Parameter schema fragments shared by the checks.
PATH = {"type": "string", "regex": r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*|\[(\d+|\*)\])*$"}
PATHS = {"type": "list", "schema": PATH, "minlength": 1}
TEXTS = {"type": "list", "schema": {"type": "string"}, "minlength": 1}
LABEL = {"type": "string"}
COUNT = {"type": "integer", "min": 0}


def load_all() -> dict[str, CheckSpec]:
    """Import every check module (which fills REGISTRY) and return the registry."""
    from validators.checks import basic, dates, people, periods, places, shape  # noqa: F401

    return REGISTRY
