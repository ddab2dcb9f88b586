"""What the review and report pages show: the report for a dossier, its fields, and its findings by field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import current_app, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_wtf.csrf import generate_csrf

from forms import FORMS
from store.dossiers import applicant_name
from validators.report import check_report
from web.layout import review_layout

MISSING_DOCUMENT_RULES = ("ho_so.thieu_tai_lieu", "ho_so.thieu_tai_lieu_xet")


def fresh_report(data: dict[str, Any], documents: list[dict[str, Any]] | None = None, name: str | None = None) -> dict:
    """The report of *data* as the rules stand now."""
    return check_report(
        current_app.extensions["rule_library"],
        data,
        default_profile=current_app.config["DEFAULT_PROFILE"],
        name=name,
        documents=documents,
    )


def review_context(
    data: dict[str, Any], report: dict[str, Any], *, mode: str = "print", public_id: str | None = None
) -> dict[str, Any]:
    """Template values shared by the anonymous and the stored review page, and by the printable report."""
    language = str(get_locale() or "vi")
    findings = report["findings"]
    return {
        "data": data,
        "report": report,
        "heading": applicant_name(data) or report["dossier"],
        "layout": review_layout(_schema_path()),
        "language": language,
        "findings": findings,
        "missing_documents": [item for item in findings if item["rule"] in MISSING_DOCUMENT_RULES],
        "forms_catalog": list(FORMS.values()),
        "state": _page_state(data, report, mode, public_id, language),
    }


def _page_state(data: dict[str, Any], report: dict[str, Any], mode: str, public_id: str | None, language: str) -> dict:
    """What review.js needs: the data as loaded, where to send it, and its few words of text."""
    if public_id:
        urls = {
            "form": url_for("dossier_pages.download_form", public_id=public_id, form="FORM"),
            "all": url_for("dossier_pages.download_all_forms", public_id=public_id),
            "report": url_for("dossier_pages.report_json", public_id=public_id),
            "print": url_for("dossier_pages.report_page", public_id=public_id),
            "save": url_for("dossier_pages.save", public_id=public_id),
        }
    else:
        urls = {"form": "/api/v1/forms/FORM", "all": "/api/v1/forms", "print": url_for("pages.print_report")}
    urls["validate"] = url_for("api.validate_dossier")
    return {
        "mode": mode,
        "data": data,
        "documents": report.get("documents", []),
        "report": report,
        "urls": urls,
        "csrf": generate_csrf(),
        "language": language,
        "text": {
            "error": _("Lỗi"),
            "warning": _("Cảnh báo"),
            "info": _("Lưu ý"),
            "suggestion": _("Đề xuất"),
            "apply": _("Áp dụng đề xuất"),
            "saved": _("Đã lưu lần sửa"),
            "unsaved": _("Có thay đổi chưa lưu"),
            "failed": _("Không thực hiện được; hãy thử lại."),
            "ready": _("Hồ sơ không còn lỗi: có thể trình chi bộ."),
            "not_ready": _("Hồ sơ chưa đạt: còn lỗi phải sửa."),
            "missing": _("Còn thiếu tài liệu"),
            "downloading": _("Đang tạo tệp…"),
            "save_first": _("Hãy lưu lần sửa trước khi tải mẫu biểu."),
        },
    }


def _schema_path() -> str:
    return str(Path(current_app.config["RULES_DIR"]) / "schema" / "dossier.yaml")
