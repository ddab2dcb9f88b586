"""Every placeholder of every template is a canonical dossier key or a documented derived value, filter or function."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from forms import FORMS
from forms.catalog import FORMS as CATALOG
from forms.derived import DERIVED, FILTER_DOCS, GLOBAL_DOCS, derive
from forms.placeholders import read_placeholders
from forms.values import FILTERS, GLOBAL_FUNCTIONS
from tests.conftest import ROOT

SHARED = ROOT.parent / "shared" / "spec" / "dossier.md"
TEMPLATES = sorted((ROOT / "templates").glob("*.docx"))


def schema_paths(schema: dict[str, Any], prefix: str = "") -> set[str]:
    """Every key path the dossier schema (rules/schema/dossier.yaml) allows: "ly_lich.cong_tac[].tu" …"""
    found: set[str] = set()
    for key, rule in schema.items():
        path = f"{prefix}{key}"
        found.add(path)
        if not isinstance(rule, dict):
            continue
        kind, inner = rule.get("type"), rule.get("schema")
        if kind == "dict" and isinstance(inner, dict):
            found |= schema_paths(inner, f"{path}.")
        elif kind == "list" and isinstance(inner, dict):
            found.add(f"{path}[]")
            if inner.get("type") == "dict" and isinstance(inner.get("schema"), dict):
                found |= schema_paths(inner["schema"], f"{path}[].")
    return found


@pytest.fixture(scope="module")
def canonical() -> set[str]:
    document = yaml.safe_load((ROOT / "rules" / "schema" / "dossier.yaml").read_text(encoding="utf-8"))
    return schema_paths(document["schema"])


def test_templates_are_the_catalogs() -> None:
    assert {path.name for path in TEMPLATES} == {spec.template for spec in CATALOG.values()}


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_placeholders_are_canonical_or_documented(template: Path, canonical: set[str]) -> None:
    found = read_placeholders(template)
    assert found.paths, "a template with no placeholder fills nothing"
    unknown = sorted(path for path in found.paths if path not in canonical)
    assert not unknown, f"{template.name}: not canonical keys nor documented derived values: {unknown}"
    assert found.derived <= set(DERIVED)
    assert found.filters <= set(FILTER_DOCS), found.filters - set(FILTER_DOCS)
    assert found.functions <= set(GLOBAL_DOCS), found.functions - set(GLOBAL_DOCS)


def test_canonical_sections_are_in_the_published_contract_or_the_readme_extensions(canonical: set[str]) -> None:
    if not SHARED.is_file():
        pytest.skip(f"{SHARED} is not beside the project")
    contract = SHARED.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    extensions = readme[readme.index("Dossier keys beyond the published contract"):]
    words = set(re.findall(r"[a-z_]+", contract))
    extension_paths = set(re.findall(r"`([a-z_.]+)`", extensions))
    used = set().union(*(read_placeholders(template).paths for template in TEMPLATES))
    for path in sorted(used):
        keys = [key for key in path.replace("[]", "").split(".") if key]
        in_extension = any(path.replace("[]", "").startswith(extension) for extension in extension_paths)
        assert in_extension or all(key in words for key in keys), f"{path} is neither in dossier.md nor an extension"


def test_derived_values_and_filters_are_documented_and_exist(clean: dict[str, Any]) -> None:
    for spec in FORMS.values():
        assert set(derive(clean, spec, sponsor=1, draft=False)) <= set(DERIVED)
    assert set(FILTERS) | {"upper", "default"} == set(FILTER_DOCS)
    assert set(GLOBAL_FUNCTIONS) == set(GLOBAL_DOCS)
    for name, derived in DERIVED.items():
        assert derived.description, name
