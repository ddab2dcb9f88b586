"""Fill one form, or every form a dossier has data for, from a canonical dossier: DOCX or PDF bytes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.model import normalise
from errors import InputError
from forms.catalog import FormSpec, active_profile, file_name, forms_with_data, is_draft, lookup, sponsors
from forms.derived import derive
from forms.pdf import PdfConverter
from forms.render import render

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
ZIP_TYPE = "application/zip"


@dataclass(frozen=True)
class FilledForm:
    """A filled form: its bytes, Vietnamese file name, media type, and whether it is a draft to copy by hand."""

    content: bytes
    file_name: str
    media_type: str
    draft: bool


def _sponsor_number(spec: FormSpec, dossier: Mapping[str, Any], sponsor: int | None) -> int | None:
    if spec.form_id != "3-KND":
        return None
    count = len(sponsors(dossier))
    number = 1 if sponsor is None else sponsor
    if number < 1 or number > max(count, 1):
        raise InputError(
            f"Không có người giới thiệu thứ {number}: hồ sơ có {count} giấy giới thiệu.",
            f"No sponsor number {number}: the dossier holds {count} sponsor letter(s).",
            code="invalid_sponsor",
        )
    return number


def check_format(output: str | None) -> str:
    """ "docx" (the default) or "pdf", else InputError."""
    chosen = (output or "docx").strip().lower()
    if chosen not in FORMATS:
        raise InputError(
            f"Định dạng “{output}” không được hỗ trợ; chọn docx hoặc pdf.",
            f"Format “{output}” is not supported; choose docx or pdf.",
            code="invalid_format",
        )
    return chosen


def fill_docx(
    form_id: str,
    dossier: Mapping[str, Any],
    *,
    sponsor: int | None = None,
    profile: str | None = None,
    default_profile: str | None = None,
    templates_dir: Path | None = None,
) -> FilledForm:
    """Fill *form_id* ("2-KND" …) from *dossier* as DOCX.

    *sponsor* picks the sponsor letter of Mẫu 3-KNĐ (from 1). *profile* (else the dossier's
    `ho_so.ho_so_dia_phuong`, else *default_profile*) decides whether Mẫu 1/2 are drafts to copy by hand.
    """
    spec = lookup(form_id)
    data = normalise(dict(dossier))
    number = _sponsor_number(spec, data, sponsor)
    draft = is_draft(spec, active_profile(data, profile, default_profile))
    context = {**data, **derive(data, spec, sponsor=number, draft=draft)}
    content = render(spec.template, context, templates_dir)
    name = file_name(spec, data, extension="docx", sponsor=number, draft=draft)
    return FilledForm(content, name, FORMATS["docx"], draft)


def as_pdf(filled: FilledForm, converter: PdfConverter) -> FilledForm:
    """The same filled form converted to PDF by LibreOffice."""
    stem = filled.file_name.rsplit(".", 1)[0]
    return FilledForm(converter.convert(filled.content), f"{stem}.pdf", FORMATS["pdf"], filled.draft)


def fill(
    form_id: str,
    dossier: Mapping[str, Any],
    *,
    output: str = "docx",
    converter: PdfConverter | None = None,
    **options: Any,
) -> FilledForm:
    """Fill *form_id* from *dossier* in *output* ("docx" or "pdf"); options as for `fill_docx`."""
    filled = fill_docx(form_id, dossier, **options)
    if check_format(output) == "pdf":
        return as_pdf(filled, converter or PdfConverter.shared())
    return filled


def fill_all(
    dossier: Mapping[str, Any],
    *,
    output: str = "docx",
    converter: PdfConverter | None = None,
    profile: str | None = None,
    default_profile: str | None = None,
    templates_dir: Path | None = None,
) -> list[FilledForm]:
    """Every form *dossier* has data for (Mẫu 3 once per sponsor), filled in *output*.

    PDFs are converted in one LibreOffice run.
    """
    chosen = check_format(output)
    filled = [
        fill_docx(spec.form_id, dossier, sponsor=number, profile=profile, default_profile=default_profile,
                  templates_dir=templates_dir)
        for spec, number in forms_with_data(normalise(dict(dossier)))
    ]
    if chosen == "docx" or not filled:
        return filled
    pdfs = (converter or PdfConverter.shared()).convert_many([form.content for form in filled])
    return [
        FilledForm(pdf, f"{form.file_name.rsplit('.', 1)[0]}.pdf", FORMATS["pdf"], form.draft)
        for form, pdf in zip(filled, pdfs, strict=True)
    ]


def zip_forms(forms: list[FilledForm]) -> bytes:
    """The filled forms in one ZIP (UTF-8 file names; a repeated name gets " (2)", " (3)" …)."""
    out = io.BytesIO()
    seen: dict[str, int] = {}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for form in forms:
            name = form.file_name
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                stem, _, extension = name.rpartition(".")
                name = f"{stem} ({seen[name]}).{extension}"
            archive.writestr(name, form.content)
    return out.getvalue()
