"""The dossier list as a spreadsheet (XLSX with openpyxl) or CSV (UTF-8 with BOM, so Excel shows Vietnamese)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font

from store.models import Dossier

EXPORT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
HEADERS = (
    "Họ và tên",
    "Chi bộ / tổ chức",
    "Ngày xét",
    "Trạng thái",
    "Sẵn sàng",
    "Lỗi",
    "Cảnh báo",
    "Lưu ý",
    "Số lần lưu",
    "Cập nhật",
)
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula is written as text (CSV/formula injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _row(dossier: Dossier) -> tuple[object, ...]:
    updated = dossier.updated_at
    if updated.tzinfo is None:
        updated = updated.replace(tzinfo=ZoneInfo("UTC"))
    status = {"saved": "Đã lưu", "processing": "Đang đọc", "failed": "Lỗi đọc"}.get(dossier.status, dossier.status)
    return (
        _cell(dossier.title),
        _cell(dossier.organisation.name),
        dossier.ngay_xet or "",
        status,
        "Có" if dossier.ready else "Chưa",
        dossier.errors,
        dossier.warnings,
        dossier.infos,
        dossier.revision_count,
        updated.astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M"),
    )


def export_rows(dossiers: Iterable[Dossier], kind: str) -> tuple[bytes, str]:
    """The bytes of the export and its media type."""
    rows = [_row(dossier) for dossier in dossiers]
    if kind == "csv":
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(HEADERS)
        writer.writerows(rows)
        return ("\ufeff" + text.getvalue()).encode("utf-8"), EXPORT_TYPES["csv"]
    book = Workbook()
    sheet = book.active
    sheet.title = "Hồ sơ"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJ", (30, 30, 12, 12, 10, 8, 10, 8, 10, 17), strict=True):
        sheet.column_dimensions[column].width = width
    output = io.BytesIO()
    book.save(output)
    return output.getvalue(), EXPORT_TYPES["xlsx"]
