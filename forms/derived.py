"""The values templates print besides canonical dossier keys (derived values and filters), each documented."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forms.catalog import FormSpec, applicant_name, sponsors
from forms.values import spouse_side


@dataclass(frozen=True)
class Derived:
    """A value computed from the dossier; `shape` names the canonical path it is shaped like, if any.

    `shape` "gioi_thieu[]" means "one item of gioi_thieu" (its keys are gioi_thieu's item keys);
    "ly_lich.gia_dinh" means "a list of ly_lich.gia_dinh items".
    """

    description: str
    shape: str | None = None


# Every template variable that is not a canonical dossier key (../shared/spec/dossier.md and README's extensions).
DERIVED: dict[str, Derived] = {
    "draft": Derived("True when Mẫu 1/2 must be handwritten under the active profile: the file is a draft to copy"),
    "applicant_name": Derived("the applicant's name as ordinary text: don.ho_ten, chung_nhan.ho_ten, item (1) …"),
    "applicant_birth": Derived("the applicant's birth date: ly_lich.ngay_sinh, else don.ngay_sinh, chung_nhan…"),
    "applicant_hometown": Derived("the applicant's hometown: ly_lich.que_quan, else don.que_quan"),
    "sponsor": Derived("the sponsor letter being printed (Mẫu 3-KNĐ): gioi_thieu[sponsor_number - 1]", "gioi_thieu[]"),
    "sponsor_number": Derived("the sponsor index, counted from 1 (the `sponsor` query / option)"),
    "family_grandparents": Derived("item (21a): grandparents of the applicant and of the spouse", "ly_lich.gia_dinh"),
    "family_parents": Derived("item (21b): parents (or carer), parents-in-law, spouse", "ly_lich.gia_dinh"),
    "family_others": Derived("item (21c): brothers and sisters of both sides, children", "ly_lich.gia_dinh"),
    "spouse_side": Derived("“vợ” or “chồng”: how the relation labels name the spouse's side"),
    "chi_bo_counted": Derived("official members counted for the chi bộ vote: total less those not counted"),
}

# Every filter and function templates may call; the first group lives in forms/values.py.
FILTER_DOCS: dict[str, str] = {
    "vn_date": "a date in running text: “ngày 05 tháng 03 năm 1998”, “tháng 09 năm 2015”, “nay”; unknown: the blank",
    "short_date": "a date in a table: “05/03/1998”, “09/2015”, “nay”; unknown: a short leader",
    "cell": "a value in a narrow table cell; unknown: a short leader that fits the cell",
    "relation": "a quan_he code as its label: cha_de → “Cha đẻ”, cha_vo_chong → “Cha chồng” …",
    "percent_of": "a vote as a share of a base: “95%”, “66,67%”",
    "rows": "a list, or one blank item when empty (a table keeps a blank row, a block a blank block)",
    "conclusion": "item (26)'s ket_luan as words: “đủ điều kiện” / “không đủ điều kiện”",
    "upper": "Jinja's own: capitals, for issuing bodies in document headers",
    "default": "Jinja's own: a fixed formula printed when the dossier has no value",
}
GLOBAL_DOCS: dict[str, str] = {"period": "a from–to pair: “09/2013 – 06/2016”, “09/2025 – nay”"}

# Item (21)'s three groups, by relation code (codes not listed fall into the last group).
_GRANDPARENTS = frozenset({"ong_noi", "ba_noi", "ong_ngoai", "ba_ngoai", "ong_ba_ben_vo_chong"})
_PARENTS = frozenset({"cha_de", "me_de", "nguoi_nuoi_duong", "vo", "chong", "cha_vo_chong", "me_vo_chong"})


def _part(dossier: Mapping[str, Any], section: str) -> Mapping[str, Any]:
    value = dossier.get(section)
    return value if isinstance(value, Mapping) else {}


def _first(*values: Any) -> Any:
    return next((value for value in values if value not in (None, "")), None)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def derive(dossier: Mapping[str, Any], spec: FormSpec, *, sponsor: int | None, draft: bool) -> dict[str, Any]:
    """The derived values for filling *spec* from *dossier* (unknown ones are left out: they print as leaders)."""
    biography, application, certificate = _part(dossier, "ly_lich"), _part(dossier, "don"), _part(dossier, "chung_nhan")
    relatives = [item for item in biography.get("gia_dinh") or [] if isinstance(item, Mapping)]
    letters = sponsors(dossier)
    number = sponsor or 1
    values: dict[str, Any] = {
        "draft": draft,
        "applicant_name": applicant_name(dossier),
        "applicant_birth": _first(
            biography.get("ngay_sinh"), application.get("ngay_sinh"), certificate.get("ngay_sinh")
        ),
        "applicant_hometown": _first(biography.get("que_quan"), application.get("que_quan")),
        "sponsor": letters[number - 1] if 0 < number <= len(letters) else None,
        "sponsor_number": number,
        "family_grandparents": [item for item in relatives if item.get("quan_he") in _GRANDPARENTS],
        "family_parents": [item for item in relatives if item.get("quan_he") in _PARENTS],
        "family_others": [item for item in relatives if item.get("quan_he") not in _GRANDPARENTS | _PARENTS],
        "spouse_side": spouse_side(relatives, biography.get("gioi_tinh")),
    }
    vote = _part(dossier, "nghi_quyet_chi_bo")
    if (total := _count(vote.get("tong_so_dang_vien_chinh_thuc"))) is not None:
        values["chi_bo_counted"] = total - (_count(vote.get("so_khong_tinh")) or 0)
    return {key: value for key, value in values.items() if value is not None}
