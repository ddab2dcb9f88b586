"""Form filling: Mẫu 1…9-KNĐ and the awareness-class certificate from a canonical dossier, as DOCX or PDF.

Public API (no Flask here):
    fill(form_id, dossier, output="docx"|"pdf", sponsor=, profile=, default_profile=) -> FilledForm
    fill_docx(...) -> FilledForm;  fill_all(dossier, output=…) -> list[FilledForm];  zip_forms(forms) -> bytes
    FORMS, lookup(form_id), forms_with_data(dossier), file_name(...), ascii_file_name(name)
    PdfConverter (LibreOffice), PdfUnavailableError; DERIVED / FILTER_DOCS (what templates may print)
"""

from forms.catalog import FORMS, FormSpec, UnknownFormError, ascii_file_name, file_name, forms_with_data, lookup
from forms.derived import DERIVED, FILTER_DOCS
from forms.fill import FORMATS, ZIP_TYPE, FilledForm, check_format, fill, fill_all, fill_docx, zip_forms
from forms.pdf import PdfConversionError, PdfConverter, PdfUnavailableError

__all__ = [
    "DERIVED",
    "FILTER_DOCS",
    "FORMATS",
    "FORMS",
    "ZIP_TYPE",
    "FilledForm",
    "FormSpec",
    "PdfConversionError",
    "PdfConverter",
    "PdfUnavailableError",
    "UnknownFormError",
    "ascii_file_name",
    "check_format",
    "file_name",
    "fill",
    "fill_all",
    "fill_docx",
    "forms_with_data",
    "lookup",
    "zip_forms",
]
