"""Read a template's placeholders: the dossier paths, derived values, filters and functions its Jinja tags use."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as REL
from docxtpl import DocxTemplate
from jinja2 import nodes
from lxml import etree

from forms.derived import DERIVED
from forms.render import ENVIRONMENT

# Filters that hand their input through (a list stays the same list), so a path survives them.
_PASS_THROUGH = frozenset({"rows", "cell", "default"})


@dataclass
class Placeholders:
    """What one template reads: canonical paths ("ly_lich.cong_tac[].tu"), derived names, filters, functions."""

    paths: set[str] = field(default_factory=set)
    derived: set[str] = field(default_factory=set)
    filters: set[str] = field(default_factory=set)
    functions: set[str] = field(default_factory=set)


def template_xml(path: Path) -> list[str]:
    """The body, headers and footers of the DOCX at *path*, cleaned the way docxtpl cleans them before Jinja."""
    document = Document(str(path))
    parts = [etree.tostring(document.element.body, encoding="unicode")]
    for relation in document.part.rels.values():
        if relation.reltype in (REL.HEADER, REL.FOOTER):
            parts.append(etree.tostring(etree.fromstring(relation.target_part.blob), encoding="unicode"))
    return [DocxTemplate.patch_xml(None, xml) for xml in parts]  # type: ignore[arg-type]


class _Reader:
    def __init__(self) -> None:
        self.found = Placeholders()

    def name(self, name: str, scope: dict[str, str]) -> str | None:
        if name in scope:
            return scope[name]
        if name in DERIVED:
            self.found.derived.add(name)
            return DERIVED[name].shape or f"={name}"
        return name

    def path(self, node: nodes.Node, scope: dict[str, str]) -> str | None:
        if isinstance(node, nodes.Name):
            return self.name(node.name, scope)
        if isinstance(node, nodes.Getattr):
            base = self.path(node.node, scope)
            return f"{base}.{node.attr}" if base else None
        if isinstance(node, nodes.Getitem):
            base = self.path(node.node, scope)
            if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                return f"{base}.{node.arg.value}" if base else None
            self.visit(node.arg, scope)
            return f"{base}[]" if base else None
        if isinstance(node, nodes.Filter) and node.name in _PASS_THROUGH and node.node is not None:
            self.found.filters.add(node.name)
            for argument in node.args:
                self.visit(argument, scope)
            return self.path(node.node, scope)
        return None

    def visit(self, node: nodes.Node, scope: dict[str, str]) -> None:
        if isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem):
            if (found := self.path(node, scope)) is not None:
                self.found.paths.add(found)
            return
        if isinstance(node, nodes.For):
            self.visit_for(node, scope)
            return
        if isinstance(node, nodes.Filter):
            self.found.filters.add(node.name)
        if isinstance(node, nodes.Call) and isinstance(node.node, nodes.Name):
            self.found.functions.add(node.node.name)
            for child in [*node.args, *node.kwargs]:
                self.visit(child, scope)
            return
        for child in node.iter_child_nodes():
            self.visit(child, scope)

    def visit_for(self, node: nodes.For, scope: dict[str, str]) -> None:
        source = self.path(node.iter, scope)
        if source is None:
            self.visit(node.iter, scope)
        if source is not None:
            self.found.paths.add(source)
        inner = dict(scope)
        for target in node.target.find_all(nodes.Name) if not isinstance(node.target, nodes.Name) else [node.target]:
            inner[target.name] = f"{source}[]" if source else f"={target.name}"
        for child in node.body:
            self.visit(child, inner)
        for child in node.else_:
            self.visit(child, scope)
        if node.test is not None:
            self.visit(node.test, inner)


def read_placeholders(path: Path) -> Placeholders:
    """Every placeholder of the template at *path*; derived names are resolved to the canonical shape they hold."""
    reader = _Reader()
    for xml in template_xml(path):
        reader.visit(ENVIRONMENT.parse(xml), {})
    reader.found.paths = {found for found in reader.found.paths if not found.startswith("=")}
    return reader.found
