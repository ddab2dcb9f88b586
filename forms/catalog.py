"""The forms the service fills: ids, templates, titles, file names, and which ones a dossier has data for."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from errors import InputError

# Province profiles under which the application and the biography must be handwritten (rule hn02.viet_tay):
# Mẫu 1 and 2 then come out as a marked draft to copy from.
HANDWRITTEN_PROFILES = frozenset({"HN-02"})
DRAFT_MARK = "Bản nháp — chép tay theo mẫu"


@dataclass(frozen=True)
class FormSpec:
    """One official form: its id (interfaces.md), template file, title, and the dossier section it prints."""

    form_id: str
    code: str  # as printed: "Mẫu 2-KNĐ"
    title: str
    template: str  # file name in templates/
    section: str  # the dossier key whose presence means the dossier has data for the form
    applicant_writes: bool = False  # Mẫu 1 and 2: a draft to copy by hand where the profile requires it


FORMS: dict[str, FormSpec] = {
    spec.form_id: spec
    for spec in (
        FormSpec("1-KND", "Mẫu 1-KNĐ", "Đơn xin vào Đảng", "mau-1-knd.docx", "don", applicant_writes=True),
        FormSpec(
            "2-KND", "Mẫu 2-KNĐ", "Lý lịch của người xin vào Đảng", "mau-2-knd.docx", "ly_lich", applicant_writes=True
        ),
        FormSpec("3-KND", "Mẫu 3-KNĐ", "Giấy giới thiệu người vào Đảng", "mau-3-knd.docx", "gioi_thieu"),
        FormSpec("4-KND", "Mẫu 4-KNĐ", "Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng", "mau-4-knd.docx",
                 "nghi_quyet_doan"),
        FormSpec("4A-KND", "Mẫu 4A-KNĐ", "Nghị quyết giới thiệu đoàn viên công đoàn vào Đảng", "mau-4a-knd.docx",
                 "nghi_quyet_doan"),
        FormSpec("5-KND", "Mẫu 5-KNĐ", "Tổng hợp ý kiến nhận xét đối với người vào Đảng", "mau-5-knd.docx",
                 "tong_hop_y_kien"),
        FormSpec("6-KND", "Mẫu 6-KNĐ", "Nghị quyết đề nghị kết nạp đảng viên (chi bộ)", "mau-6-knd.docx",
                 "nghi_quyet_chi_bo"),
        FormSpec("8-KND", "Mẫu 8-KNĐ", "Nghị quyết đề nghị kết nạp đảng viên (đảng ủy cơ sở)", "mau-8-knd.docx",
                 "nghi_quyet_dang_uy"),
        FormSpec("9-KND", "Mẫu 9-KNĐ", "Quyết định kết nạp đảng viên", "mau-9-knd.docx", "quyet_dinh"),
        FormSpec("CN-NTVD", "CN-NTVĐ", "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng", "cn-ntvd.docx",
                 "chung_nhan"),
    )
}


class UnknownFormError(InputError):
    """A form id that is not one of FORMS (answered 404)."""

    def __init__(self, form_id: str) -> None:
        known = ", ".join(FORMS)
        super().__init__(
            f"Không có mẫu biểu “{form_id}”. Các mẫu: {known}.",
            f"No form “{form_id}”. Forms: {known}.",
            status=404,
            code="unknown_form",
        )


def lookup(form_id: str) -> FormSpec:
    """The form called *form_id* (case-insensitive, "2-KNĐ" accepted), else UnknownFormError."""
    key = form_id.strip().upper().replace("Đ", "D")
    if key not in FORMS:
        raise UnknownFormError(form_id)
    return FORMS[key]


def active_profile(dossier: Mapping[str, Any], profile: str | None = None, default: str | None = None) -> str | None:
    """The profile in force: the one asked for, else the dossier's `ho_so.ho_so_dia_phuong`, else *default*."""
    if profile:
        return profile
    case = dossier.get("ho_so")
    named = case.get("ho_so_dia_phuong") if isinstance(case, Mapping) else None
    return named if isinstance(named, str) and named else default


def is_draft(spec: FormSpec, profile: str | None) -> bool:
    """True when *spec* must be handwritten under *profile*: the filled form is then a draft to copy from."""
    return spec.applicant_writes and profile in HANDWRITTEN_PROFILES


def sponsors(dossier: Mapping[str, Any]) -> list[Any]:
    """The dossier's sponsor letters (Mẫu 3-KNĐ), one per sponsoring official member."""
    letters = dossier.get("gioi_thieu")
    return letters if isinstance(letters, list) else []


def forms_with_data(dossier: Mapping[str, Any]) -> list[tuple[FormSpec, int | None]]:
    """Every (form, sponsor number) the dossier has data for, in the order of the forms; Mẫu 3 once per sponsor.

    Mẫu 4-KNĐ is chosen for a Youth Union resolution, 4A-KNĐ for a trade-union one (`nghi_quyet_doan.to_chuc`).
    """
    found: list[tuple[FormSpec, int | None]] = []
    for spec in FORMS.values():
        data = dossier.get(spec.section)
        if not data:
            continue
        if spec.form_id == "3-KND":
            found += [(spec, number) for number in range(1, len(sponsors(dossier)) + 1)]
        elif spec.form_id in ("4-KND", "4A-KND"):
            union = data.get("to_chuc") if isinstance(data, Mapping) else None
            wanted = "4A-KND" if union == "cong_doan" else "4-KND"
            if spec.form_id == wanted:
                found.append((spec, None))
        else:
            found.append((spec, None))
    return found


def applicant_name(dossier: Mapping[str, Any]) -> str | None:
    """The applicant's name as ordinary text ("Trần Thị Minh Thư"), from the documents that carry it."""
    for section, key in (("don", "ho_ten"), ("chung_nhan", "ho_ten")):
        part = dossier.get(section)
        if isinstance(part, Mapping) and isinstance(part.get(key), str) and part[key].strip():
            return part[key].strip()
    biography = dossier.get("ly_lich")
    name = biography.get("ho_ten_khai_sinh") if isinstance(biography, Mapping) else None
    if isinstance(name, str) and name.strip():
        return name.strip().title()
    for letter in sponsors(dossier):
        if isinstance(letter, Mapping) and isinstance(letter.get("quan_chung"), str):
            return letter["quan_chung"].strip()
    return None


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def file_name(
    spec: FormSpec, dossier: Mapping[str, Any], *, extension: str, sponsor: int | None = None, draft: bool = False
) -> str:
    """The download's Vietnamese file name: "Mẫu 2-KNĐ - Lý lịch của người xin vào Đảng - Trần Thị Minh Thư.docx"."""
    parts = [spec.code, spec.title]
    if sponsor is not None and spec.form_id == "3-KND":
        letters = sponsors(dossier)
        letter = letters[sponsor - 1] if 0 < sponsor <= len(letters) else None
        who = letter.get("ho_ten") if isinstance(letter, Mapping) else None
        parts[-1] += f" {sponsor}" + (f" ({who})" if isinstance(who, str) and who.strip() else "")
    if name := applicant_name(dossier):
        parts.append(name)
    stem = " - ".join(parts) + (" (bản nháp)" if draft else "")
    return safe_file_name(f"{stem}.{extension}")


def safe_file_name(name: str) -> str:
    """*name* in NFC without path separators, control characters or characters Windows refuses."""
    cleaned = _UNSAFE.sub(" ", unicodedata.normalize("NFC", name))
    return re.sub(r"\s+", " ", cleaned).strip(" .")[:180] or "mau-bieu"


def ascii_file_name(name: str) -> str:
    """An ASCII twin of *name* for old clients ("Mẫu 2-KNĐ" → "Mau 2-KND"): diacritics dropped, đ → d."""
    text = unicodedata.normalize("NFC", name).replace("đ", "d").replace("Đ", "D")
    text = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    text = text.encode("ascii", "ignore").decode("ascii").replace('"', "").replace("\\", "")
    return re.sub(r"\s+", " ", text).strip() or "form"
