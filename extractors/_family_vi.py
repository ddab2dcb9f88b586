"""Item (21) of the biography: relation labels and one relative's paragraph, to canonical values."""

from __future__ import annotations

import re
from typing import Any

from extractors._dates_vi import parse_year
from extractors._names_vi import parse_name
from extractors._text_vi import clean_text, fold, nfc_or_none, strip_trailing

_MAX_CHARS = 4000
_BULLET = re.compile(r"\s*(?:[-–—+•*·]+|\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s))?\s*")
_NAME_LABEL = re.compile(r"(?:ho\s+(?:va\s+)?ten\s+)?")
_SPOUSE = r"\s*\(?\s*(?:ben\s+)?(?:vo|chong)(?:\s*[/,)(]?\s*(?:vo|chong)\s*\)?)?\s*\)?"
_SIBLING = r"(?:anh|chi|em)(?:\s*(?:/|,|va)?\s*(?:anh|chi|em)(?![a-z]))*"
_SIBLING_KIND = r"(?:\s+(?:trai|gai|ruot|ut|ca|thu\s+(?:\d+|\w+)|\d+))*"
# (folded pattern, canonical value), most specific first. "ba" alone (the southern "father") is
# told from "bà" (grandmother, side unknown) by the accent: see `_match_relation`.
_RELATIONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:ong\s*(?:/|,|va)?\s*ba|ong|ba|cu)\s+(?:noi|ngoai)" + _SPOUSE), "ong_ba_ben_vo_chong"),
    (re.compile(r"(?:ong\s*(?:/|,|va)?\s*ba|ong|cu)" + _SPOUSE), "ong_ba_ben_vo_chong"),  # not "Ba vợ": father
    (re.compile(r"(?:bo|cha|ba|tia|thay)" + _SPOUSE), "cha_vo_chong"),
    (re.compile(r"(?:me|ma|u)" + _SPOUSE), "me_vo_chong"),
    (re.compile(_SIBLING + _SIBLING_KIND + r"(?:\s+cua)?" + _SPOUSE), "anh_chi_em_vo_chong"),
    (re.compile(r"ong\s+noi"), "ong_noi"),
    (re.compile(r"ba\s+noi"), "ba_noi"),
    (re.compile(r"ong\s+ngoai"), "ong_ngoai"),
    (re.compile(r"ba\s+ngoai"), "ba_ngoai"),
    (
        re.compile(r"nguoi\s+nuoi(?:\s+duong)?|(?:bo|cha|me|ba|ma)(?:\s*(?:/|,|va)\s*(?:bo|cha|me|ma))?\s+nuoi"),
        "nguoi_nuoi_duong",
    ),
    (re.compile(r"(?:bo|cha|tia|than\s+phu|ba)(?:\s+(?:de|ruot|than\s+sinh))?"), "cha_de"),
    (re.compile(r"(?:me|ma|than\s+mau)(?:\s+(?:de|ruot|than\s+sinh))?"), "me_de"),
    (re.compile(r"(?:vo|chong)(?:\s+(?:cu|hien\s+nay|hien\s+tai))?"), "spouse"),
    (re.compile(r"con(?:\s+(?:trai|gai|de|ruot|nuoi|rieng|ca|ut|thu\s+(?:\d+|\w+)|\d+))*"), "con"),
    (re.compile(_SIBLING + _SIBLING_KIND), "anh_chi_em_ruot"),
]
# A word right after a label that changes its meaning ("bố mẹ vợ", "mẹ kế", "anh rể", "con dâu").
_QUALIFIERS = frozenset(
    {"ke", "duong", "ho", "re", "dau", "me", "bo", "cha", "vo", "chong", "nuoi", "ba", "ong", "noi", "ngoai"}
    | {"anh", "chi", "em", "con", "va", "tia", "ma", "nguoi"}
)


_EITHER_SPOUSE = re.compile(r"\s*(?:\(|/|hoac\s)\s*(?:hoac\s+)?(?:vo|chong)(?![a-z])")


def _match_relation(text: str) -> tuple[str, int] | None:
    """(canonical relation, end offset) of the relation label that opens *text*, else None."""
    folded = fold(text)
    start = _BULLET.match(folded)
    position = start.end() if start else 0
    position = _NAME_LABEL.match(folded, position).end()
    for pattern, value in _RELATIONS:
        match = pattern.match(folded, position)
        if not match:
            continue
        end = match.end()
        if end < len(folded) and folded[end].isalnum():
            continue  # "Bố" must not match inside "Bốn"
        following = folded[end:].split(maxsplit=1)
        if following and text[end : end + 1].isspace() and following[0].strip(",.:;") in _QUALIFIERS:
            continue
        if (
            value.startswith("cha")
            and folded.startswith("ba", position)
            and text[position : position + 2].lower() != "ba"
        ):
            continue  # "Bà" alone: grandmother, side unknown
        if value == "spouse":
            if _EITHER_SPOUSE.match(folded, end):
                return None  # the form's own "Vợ (chồng)": which one is not said
            value = "vo" if folded.startswith("vo", position) else "chong"
        return value, end
    return None


def parse_relation(label: str | None) -> str | None:
    """A relation label ("Cha đẻ", "Bố", "Mẹ vợ", "Anh trai", "Con gái" …) → the canonical `quan_he`.

    None for labels outside the canonical list ("Anh rể", "Con dâu", "Mẹ kế", "Cha dượng",
    "Bà" with no side) and for a pair in one label ("Bố mẹ vợ").
    """
    text = nfc_or_none(label)
    if text is None:
        return None
    text = text.strip()[:200]
    found = _match_relation(text)
    if found is None:
        return None
    value, end = found
    rest = fold(text[end:]).strip()
    if rest and not re.match(r"[:\-–—(,;.]", rest) and not text[end:].strip()[:1].isupper():
        return None  # the label goes on with words that are not a name
    return value


# Labels of the facts of a relative, folded; each must open a clause (after , ; . ( - or the start).
_FIELDS: list[tuple[str, str]] = [
    ("nam_sinh", r"sinh\s+(?:nam|ngay)|nam\s+sinh|ngay\s+(?:thang\s+nam\s+)?sinh|sn"),
    ("noi_sinh", r"noi\s+sinh"),
    ("que_quan", r"que\s+quan|nguyen\s+quan|que"),
    (
        "noi_cu_tru",
        r"noi\s+o\s+hien\s+(?:nay|tai)|cho\s+o\s+hien\s+(?:nay|tai)|noi\s+cu\s+tru|noi\s+thuong\s+tru|noi\s+o"
        r"|cho\s+o|tru\s+quan|tru\s+tai|thuong\s+tru|cu\s+tru(?:\s+tai)?|dia\s+chi|hien\s+(?:dang\s+)?(?:o|song|cu\s+tru)"
        r"(?:\s+tai)?",
    ),
    ("nghe_nghiep", r"nghe\s+nghiep|lam\s+nghe|nghe|cong\s+viec(?:\s+hien\s+nay)?|hien\s+lam"),
    ("quoc_tich", r"quoc\s+tich"),
    ("thanh_phan_giai_cap", r"thanh\s+phan(?:\s+(?:giai\s+cap|gia\s+dinh|xuat\s+than))?"),
    (
        "lich_su_chinh_tri",
        r"lich\s+su\s+chinh\s+tri(?:\s*,\s*chap\s+hanh\s+chu\s+truong\s*,\s*chinh\s+sach)?"
        r"|thai\s+do\s+chinh\s+tri|qua\s+trinh\s+hoat\s+dong",
    ),
    ("ghi_chu", r"ghi\s+chu"),
    ("_note", r"dan\s+toc|ton\s+giao"),
]
_CLAUSE_START = r"(?:(?<=^)|(?<=[,;.(\n\-–—]))\s*"
_FIELD = re.compile(
    _CLAUSE_START + "(?:" + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _FIELDS) + r")(?![a-z])\s*:?\s*"
)
_BORN = re.compile(r"(?<![a-z])(?P<nam_sinh>sinh\s+(?:nam|ngay)|nam\s+sinh|sn)(?![a-z])\s*:?\s*")
_MEMBER = re.compile(
    _CLAUSE_START + r"(?P<member>(?P<neg>(?:khong|chua)(?:\s+(?:phai|la))*\s+)?(?:la\s+)?dang\s+vien"
    r"|(?P<neg_in>chua)\s+vao\s+dang|vao\s+dang|quan\s+chung)(?![a-z])"
)
_DEAD = re.compile(
    _CLAUSE_START + r"(?P<dead>(?:da\s+)?(?:mat|chet|qua\s+doi|tu\s+tran|hy\s+sinh|hi\s+sinh)|liet\s+si)(?![a-z])"
    r"(?!\s+(?:suc|viec|kha\s+nang|tich|lien\s+lac|quyen))"  # "mất sức lao động", "mất tích" …
)
_ALIVE = re.compile(_CLAUSE_START + r"(?P<alive>(?:hien\s+)?(?:van\s+)?con\s+song)(?![a-z])")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_NAME_END = re.compile(r"[,;(]|\s[-–—]\s|\s(?=sinh\s)|\s(?=\d)")


def _clean_value(text: str) -> str | None:
    return strip_trailing(clean_text(text))


def _boundaries(body: str, folded: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """(start, end of label, kind, match) of every labelled clause in *body*, in order."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for match in _FIELD.finditer(folded):
        key = next(key for key, _ in _FIELDS if match[key] is not None)
        found.append((match.start(key), match.end(), key, match))
    for match in _BORN.finditer(folded):
        found.append((match.start(), match.end(), "nam_sinh", match))
    for pattern, kind in ((_MEMBER, "member"), (_DEAD, "dead"), (_ALIVE, "alive")):
        for match in pattern.finditer(folded):
            found.append((match.start(kind), match.start(kind), kind, match))
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, str, re.Match[str]]] = []
    for item in found:
        if not kept or item[0] >= max(kept[-1][1], kept[-1][0] + 1):
            kept.append(item)
    return kept


def _add_note(entry: dict[str, Any], note: str | None) -> None:
    if note:
        entry["ghi_chu"] = f"{entry['ghi_chu']}; {note}" if "ghi_chu" in entry else note


def _read_head(head: str, entry: dict[str, Any]) -> None:
    """The words before the first label: the name, then perhaps a year and notes."""
    cut = _NAME_END.search(head)
    name_part, rest = (head[: cut.start()], head[cut.start() :]) if cut else (head, "")
    if name := parse_name(name_part):
        if any(char.isdigit() for char in name) or not (entry or all(word[0].isupper() for word in name.split())):
            rest = f"{name} {rest}"
        else:
            entry["ho_ten"] = name
    if (year := _YEAR.search(rest)) and "nam_sinh" not in entry:
        entry["nam_sinh"] = year[1]
        rest = rest[: year.start()] + rest[year.end() :]
    _add_note(entry, _clean_value(rest.strip(" ()-–—,;")))


def _read_status(kind: str, match: re.Match[str], clause: str, entry: dict[str, Any]) -> None:
    if kind == "member":
        phrase = match["member"]
        entry["la_dang_vien"] = not (match["neg"] or match["neg_in"] or phrase.startswith("quan"))
        extra = clause[len(phrase) :]
    elif kind == "dead":
        entry["da_mat"] = True
        extra = clause[len(match["dead"]) :]
    else:
        entry["da_mat"] = False
        extra = clause[len(match["alive"]) :]
    if _clean_value(extra):
        _add_note(entry, _clean_value(clause))


def parse_relative(text: str | None) -> dict[str, Any] | None:
    """One relative written as a paragraph → `{quan_he, ho_ten, nam_sinh, que_quan, …}`, only keys found.

    "- Cha đẻ: Trần Văn Hùng, sinh năm 1968, quê quán: xã Tân Dương, tỉnh Đồng Tháp; nơi cư trú:
    …; nghề nghiệp: Nông dân; là đảng viên; đã mất năm 2015" gives quan_he, ho_ten, nam_sinh,
    que_quan, noi_cu_tru, nghe_nghiep, la_dang_vien and da_mat (with the sentence on the death in
    ghi_chu). A labelled value runs to the next label or ";", what follows a ";" unlabelled goes
    to ghi_chu. None when nothing is recognised.
    """
    text = nfc_or_none(text)
    if text is None:
        return None
    text = " ".join(text[:_MAX_CHARS].split())
    entry: dict[str, Any] = {}
    position = 0
    if found := _match_relation(text):
        entry["quan_he"], position = found
    elif (colon := text.find(":", 0, 40)) > 0 and not _FIELD.match(fold(text[:colon])):
        position = colon + 1  # a label that is no canonical relation ("Vợ (chồng):", "Anh rể:")
    body = text[position:].lstrip(" :-–—,.")
    folded = fold(body)
    clauses = _boundaries(body, folded)
    _read_head(body[: clauses[0][0]] if clauses else body, entry)
    for index, (start, label_end, kind, match) in enumerate(clauses):
        end = clauses[index + 1][0] if index + 1 < len(clauses) else len(body)
        clause = body[label_end:end]
        if kind in ("member", "dead", "alive"):
            _read_status(kind, match, clause.split(";")[0], entry)
            _add_note(entry, _clean_value(";".join(clause.split(";")[1:])))
            continue
        value, _, after = clause.partition(";")
        _add_note(entry, _clean_value(after))
        if kind == "nam_sinh":
            value, _, more = value.partition(",")
            if year := parse_year(value):
                entry.setdefault("nam_sinh", year)
            _add_note(entry, _clean_value(more))
            continue
        value = _clean_value(value)
        if kind == "_note":
            _add_note(entry, _clean_value(body[start:label_end] + (value or "")))
        elif value and kind not in entry:
            entry[kind] = value
    return entry if set(entry) - {"ghi_chu"} else None
