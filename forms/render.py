"""docxtpl rendering: one Jinja environment (autoescape, leader-printing undefined) and cached templates."""

from __future__ import annotations

import io
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from docx.opc.part import Part
from docxtpl import DocxTemplate
from jinja2 import Environment, Template

from forms.values import FILTERS, GLOBAL_FUNCTIONS, LeaderUndefined, finalize

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


def make_environment() -> Environment:
    """The environment every form is filled with: `&` and `<` escaped, unknown values printed as leaders."""
    environment = Environment(undefined=LeaderUndefined, autoescape=True, finalize=finalize)
    environment.filters.update(FILTERS)
    environment.globals.update(GLOBAL_FUNCTIONS)
    return environment


ENVIRONMENT = make_environment()
_compile_lock = threading.Lock()


@lru_cache(maxsize=64)
def _patched(source_xml: str) -> str:
    return DocxTemplate.patch_xml(None, source_xml)  # type: ignore[arg-type]  # patch_xml does not use self


@lru_cache(maxsize=64)
def _compiled(environment: Environment, xml: str) -> Template:
    return environment.from_string(re.sub(r"<w:p([ >])", r"\n<w:p\1", xml))


class CachedTemplate(DocxTemplate):
    """A DocxTemplate that patches and compiles each part once per process (docxtpl does both on every render)."""

    def patch_xml(self, src_xml: str) -> str:
        """docxtpl's tag clean-up, memoised on the part's XML."""
        return _patched(src_xml)

    def render_xml_part(self, src_xml: str, part: Part, context: dict[str, Any], jinja_env: Environment | None = None
                        ) -> str:
        """docxtpl's rendering of one part, with the compiled Jinja template memoised."""
        with _compile_lock:
            template = _compiled(jinja_env or ENVIRONMENT, src_xml)
        self.current_rendering_part = part
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", template.render(context))
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        return self.resolve_listing(xml)


@lru_cache(maxsize=32)
def _template_bytes(path: Path, modified: float) -> bytes:
    return path.read_bytes()


def template_path(name: str, templates_dir: Path | None = None) -> Path:
    """The template file called *name* in *templates_dir* (default: the project's templates/)."""
    return (templates_dir or TEMPLATES_DIR) / name


def render(name: str, context: dict[str, Any], templates_dir: Path | None = None) -> bytes:
    """Fill the template *name* with *context*; the filled DOCX as bytes."""
    path = template_path(name, templates_dir)
    source = _template_bytes(path, path.stat().st_mtime)
    document = CachedTemplate(io.BytesIO(source))
    document.render(context, jinja_env=ENVIRONMENT, autoescape=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
