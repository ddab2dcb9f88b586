"""How dossier values print on the forms: dotted leaders, Vietnamese dates, relation labels, vote ratios."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import ChainableUndefined, Undefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from dossier.dates import PRESENT, display, month_index, parse_day, parse_year

# The blank a printed form leaves for a value ("……………"): what an unknown value prints.
LEADER = "…" * 10
SHORT_LEADER = "…" * 3  # in narrow table cells
DATE_LEADER = "…" * 2  # each of day, month and year of an unknown date
# Inside a <w:t> run: a line break, or a tab, keeps the run's formatting.
_BREAK = Markup('</w:t><w:br/><w:t xml:space="preserve">')
_TAB = Markup('</w:t><w:tab/><w:t xml:space="preserve">')

RELATION_LABELS: dict[str, str] = {
    "ong_noi": "Ông nội",
    "ba_noi": "Bà nội",
    "ong_ngoai": "Ông ngoại",
    "ba_ngoai": "Bà ngoại",
    "cha_de": "Cha đẻ",
    "me_de": "Mẹ đẻ",
    "nguoi_nuoi_duong": "Người nuôi dưỡng",
    "vo": "Vợ",
    "chong": "Chồng",
    "cha_vo_chong": "Cha {side}",
    "me_vo_chong": "Mẹ {side}",
    "ong_ba_ben_vo_chong": "Ông, bà bên {side}",
    "anh_chi_em_ruot": "Anh, chị, em ruột",
    "anh_chi_em_vo_chong": "Anh, chị, em bên {side}",
    "con": "Con",
}
# The spouse's side when the dossier does not tell whether the applicant has a wife or a husband.
UNKNOWN_SIDE = "vợ (chồng)"


class LeaderUndefined(ChainableUndefined):
    """A value the dossier does not have: prints the form's dotted leader, never "None" or a gap.

    Chainable, so `ly_lich.trinh_do.hoc_vi` is a leader when `trinh_do` itself is missing; iterates
    as an empty list and tests false, so `{% for %}` and `{% if %}` treat it as absent.
    """

    __slots__ = ()

    def __str__(self) -> str:
        return LEADER

    def __html__(self) -> str:
        return LEADER


def _known(value: Any) -> bool:
    return not isinstance(value, Undefined) and value is not None and value != ""


def finalize(value: Any) -> Any:
    """Every `{{ … }}` output: unknown → leader; text escaped, its line breaks and tabs kept as Word breaks."""
    if isinstance(value, Undefined) or value is None or value == "" or isinstance(value, dict):
        return LEADER
    if isinstance(value, Markup):
        return value
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, list | tuple):
        value = ", ".join(str(item) for item in value if _known(item) and not isinstance(item, dict | list))
        if not value:
            return LEADER
    text = str(value)
    if "\n" not in text and "\t" not in text:
        return text
    lines = [escape(line).replace("\t", _TAB) for line in text.replace("\r\n", "\n").split("\n")]
    return _BREAK.join(lines)


def vn_date(value: Any) -> str:
    """A date as written in running text: "ngày 05 tháng 03 năm 1998", "tháng 09 năm 2015", "năm 1998", "nay"."""
    if not _known(value):
        return f"ngày {DATE_LEADER} tháng {DATE_LEADER} năm {DATE_LEADER}"
    if value == PRESENT:
        return PRESENT
    if day := parse_day(value):
        return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    if isinstance(value, str) and len(value) == 7 and (index := month_index(value)) is not None:
        return f"tháng {index % 12 + 1:02d} năm {index // 12}"
    if isinstance(value, str | int) and len(str(value)) == 4 and (year := parse_year(value)) is not None:
        return f"năm {year}"
    return str(value)


def short_date(value: Any) -> str:
    """A date in a table cell: "05/03/1998", "09/2015", "1998", "nay"; unknown → a short leader."""
    if not _known(value):
        return SHORT_LEADER
    return display(value)


def cell(value: Any) -> Any:
    """A value in a narrow table cell: the value, or a short leader that fits the cell when unknown."""
    return value if _known(value) else SHORT_LEADER


def period(start: Any, end: Any) -> str:
    """ "09/2013 – 06/2016" (or "… – nay") for a from–to pair; each unknown end prints a short leader."""
    first = short_date(start) if _known(start) else DATE_LEADER
    last = short_date(end) if _known(end) else DATE_LEADER
    return f"{first} – {last}"


def spouse_side(relatives: Any, gender: Any) -> str:
    """ "vợ" or "chồng": the applicant's spouse's side, from a declared spouse, else from item (4)."""
    items = relatives if isinstance(relatives, list) else []
    codes = {item.get("quan_he") for item in items if isinstance(item, Mapping)}
    if "vo" in codes and "chong" not in codes:
        return "vợ"
    if "chong" in codes and "vo" not in codes:
        return "chồng"
    return {"nam": "vợ", "nữ": "chồng"}.get(gender if isinstance(gender, str) else "", UNKNOWN_SIDE)


@pass_context
def relation(context: Context, value: Any) -> str:
    """A `quan_he` code as its Vietnamese label ("cha_de" → "Cha đẻ"); unknown codes print as written."""
    if not _known(value):
        return LEADER
    label = RELATION_LABELS.get(str(value))
    if label is None:
        return str(value)
    side = context.get("spouse_side")
    return label.format(side=side if isinstance(side, str) else UNKNOWN_SIDE)


def percent_of(value: Any, base: Any) -> str:
    """ "95%" or "66,67%": *value* as a share of *base*, written the Vietnamese way; unknown → leader."""
    if not (isinstance(value, int | float) and isinstance(base, int | float)) or base <= 0:
        return SHORT_LEADER
    share = round(value * 100 / base, 2)
    text = f"{share:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def rows(value: Any) -> list[Any]:
    """The items of a list, or one blank item when there is none, so a table or block keeps a blank line."""
    if isinstance(value, list) and value:
        return value
    return [{}]


def conclusion(value: Any) -> str:
    """Item (26)'s conclusion: "đủ điều kiện", "không đủ điều kiện", or the blank formula."""
    return {"du_dieu_kien": "đủ điều kiện", "khong_du_dieu_kien": "không đủ điều kiện"}.get(
        value if isinstance(value, str) else "", "đủ (hoặc không đủ) điều kiện"
    )


# The filters templates may use (besides Jinja's `upper` and `default`), documented in forms/derived.py.
FILTERS: dict[str, Callable[..., Any]] = {
    "vn_date": vn_date,
    "short_date": short_date,
    "relation": relation,
    "percent_of": percent_of,
    "rows": rows,
    "cell": cell,
    "conclusion": conclusion,
}
GLOBAL_FUNCTIONS: dict[str, Callable[..., Any]] = {"period": period}
