"""YAML reading for rule files: mappings remember their line, and `!include` pulls in a reference list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from errors import RuleProblem


class LineDict(dict):
    """A mapping read from YAML that knows the line it starts on."""

    line: int = 0


class _RuleLoader(yaml.SafeLoader):
    """SafeLoader that records lines and resolves `!include relative/path.yaml`."""

    base_dir: Path = Path(".")


def _construct_mapping(loader: _RuleLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


def _construct_include(loader: _RuleLoader, node: yaml.ScalarNode) -> Any:
    target = (loader.base_dir / loader.construct_scalar(node)).resolve()
    return load_yaml(target)


_RuleLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_RuleLoader.add_constructor("!include", _construct_include)


def load_yaml(path: Path) -> Any:
    """Read one YAML file; a syntax error becomes a RuleProblem naming file and line."""
    loader_class = type("BoundLoader", (_RuleLoader,), {"base_dir": path.parent})
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.load(stream, Loader=loader_class)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise RuleFileSyntaxError(
            RuleProblem(
                str(path),
                (mark.line + 1) if mark else 0,
                f"Sai cú pháp YAML: {error.problem}",
                f"YAML syntax error: {error.problem}",
            )
        ) from error
    except (OSError, UnicodeDecodeError) as error:
        raise RuleFileSyntaxError(
            RuleProblem(str(path), 0, f"Không đọc được tệp: {error}", f"Cannot read the file: {error}")
        ) from error


class RuleFileSyntaxError(Exception):
    """A YAML file that cannot be parsed; carries the problem for the rule book's report."""

    def __init__(self, problem: RuleProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def line_of(node: Any, default: int = 0) -> int:
    """The line a YAML mapping started on, or *default* for other values."""
    return getattr(node, "line", default)
