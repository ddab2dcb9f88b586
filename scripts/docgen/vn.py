"""Vietnamese ways of writing dates, months, periods and relatives, chosen per document with a seeded generator."""

from __future__ import annotations

import random
import unicodedata
from typing import Any

DAY_STYLES = ("words", "words_pad", "words_nopad", "slash", "slash_short", "dash", "dot")
MONTH_STYLES = ("thang_dash", "thang_slash", "slash", "slash_pad", "dash_pad")

RELATIONS: dict[str, str] = {
    "ong_noi": "Ông nội",
    "ba_noi": "Bà nội",
    "ong_ngoai": "Ông ngoại",
    "ba_ngoai": "Bà ngoại",
    "cha_de": "Cha đẻ",
    "me_de": "Mẹ đẻ",
    "nguoi_nuoi_duong": "Người nuôi dưỡng",
    "vo": "Vợ",
    "chong": "Chồng",
    "cha_vo_chong": "Cha chồng",
    "me_vo_chong": "Mẹ chồng",
    "ong_ba_ben_vo_chong": "Ông nội chồng",
    "anh_chi_em_ruot": "Anh chị em ruột",
    "anh_chi_em_vo_chong": "Anh chị em chồng",
    "con": "Con",
}
# Labels that name a relative of the spouse when the applicant is a man.
WIFE_SIDE = {"cha_vo_chong": "Bố vợ", "me_vo_chong": "Mẹ vợ", "ong_ba_ben_vo_chong": "Ông nội vợ",
             "anh_chi_em_vo_chong": "Anh chị em vợ"}


def _parts(iso: str) -> tuple[str, str, str]:
    year, month, day = iso.split("-")
    return year, month, day


def day_text(iso: str, style: str) -> str:
    """A full date "YYYY-MM-DD" written the way *style* names ("words": "ngày 05 tháng 3 năm 1990")."""
    year, month, day = _parts(iso)
    return {
        "words": f"ngày {day} tháng {int(month)} năm {year}",
        "words_pad": f"ngày {day} tháng {month} năm {year}",
        "words_nopad": f"ngày {int(day)} tháng {int(month)} năm {year}",
        "slash": f"{day}/{month}/{year}",
        "slash_short": f"{int(day)}/{int(month)}/{year}",
        "dash": f"{int(day)}-{int(month)}-{year}",
        "dot": f"{day}.{month}.{year}",
    }[style]


def day_bare(iso: str, style: str) -> str:
    """Like `day_text` but without the leading word "ngày" (after a label such as "Sinh ngày")."""
    text = day_text(iso, style)
    return text.removeprefix("ngày ")


def month_text(value: str, style: str, present: str = "nay") -> str:
    """A month "YYYY-MM" (or "nay") written as *style* names: "tháng 9-1991", "9/1991", "09/1991"…"""
    if value == "nay":
        return present
    year, month = value.split("-")
    return {
        "thang_dash": f"tháng {int(month)}-{year}",
        "thang_slash": f"tháng {int(month)}/{year}",
        "slash": f"{int(month)}/{year}",
        "slash_pad": f"{month}/{year}",
        "dash_pad": f"{month}-{year}",
    }[style]


def period_text(start: str, end: str, style: str) -> str:
    """A period of months as a line prefix: "Từ tháng 9/2015 đến tháng 6/2019" or "09/2015 – 06/2019"."""
    if style == "tu_den":
        return f"Từ tháng {month_text(start, 'slash')} đến {month_text(end, 'thang_slash', 'nay')}"
    if style == "tu_den_dash":
        return f"Từ {month_text(start, 'thang_dash')} đến {month_text(end, 'thang_dash', 'nay')}"
    return f"{month_text(start, 'slash_pad')} – {month_text(end, 'slash_pad', 'nay')}"


def relation_label(person: dict[str, Any], male_applicant: bool, labels: dict[str, str]) -> str:
    """How the applicant names *person* in item (21); *labels* overrides by the relative's name."""
    if person["ho_ten"] in labels:
        return labels[person["ho_ten"]]
    relation = person["quan_he"]
    if male_applicant and relation in WIFE_SIDE:
        return WIFE_SIDE[relation]
    return RELATIONS[relation]


def nfd_mix(text: str, rng: random.Random) -> str:
    """Decompose every other word of *text* (NFD) and keep the rest composed: one run, two normal forms."""
    words = text.split(" ")
    start = rng.randint(0, 1)
    return " ".join(
        unicodedata.normalize("NFD", word) if index % 2 == start else word for index, word in enumerate(words)
    )


def nbsp(text: str, rng: random.Random, share: float = 0.4) -> str:
    """Replace about *share* of the spaces of *text* by non-breaking spaces (U+00A0)."""
    return "".join("\u00a0" if char == " " and rng.random() < share else char for char in text)


def leaders(rng: random.Random, after: str = "") -> str:
    """Dotted leaders left over after a value typed on the form ("………", "......"), sometimes none.

    A value ending in "." gets a space first, so the leaders never swallow its full stop."""
    kind = rng.choice(["ellipsis", "dots", "mixed", "none"])
    count = rng.randint(4, 18)
    text = {"ellipsis": "…" * count, "dots": "." * (count * 2), "mixed": "…" * count + "." * 3, "none": ""}[kind]
    if text and after.endswith("."):
        return " " + ("…" * count)
    return text


def upper_vn(text: str) -> str:
    """Capitals with every diacritic kept (Python's str.upper does this for Vietnamese)."""
    return unicodedata.normalize("NFC", text).upper()
