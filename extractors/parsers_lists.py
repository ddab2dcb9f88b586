"""Parsers for the list items of a biography: work history, tables by header, family, and the pledge."""

from __future__ import annotations

import re
from typing import Any

from dossier.text import name_key
from extractors import values
from extractors.blocks import Line
from extractors.parsers import Parsed, is_none, parser, place_and_date
from extractors.regions import Region

_WORK_COLUMNS = {
    "period": ["từ tháng", "thời gian"],
    "to": ["đến tháng"],
    "cong_viec": ["làm công việc", "công việc", "làm công tác", "công tác gì"],
    "chuc_vu": ["chức vụ"],
}
_FAMILY_COLUMNS = {
    "quan_he": ["quan hệ"],
    "ho_ten": ["họ và tên", "họ tên"],
    "nam_sinh": ["năm sinh"],
    "noi_sinh": ["nơi sinh"],
    "que_quan": ["quê quán"],
    "noi_cu_tru": ["nơi cư trú", "nơi ở", "trú quán", "chỗ ở"],
    "nghe_nghiep": ["nghề nghiệp"],
    "thanh_phan_giai_cap": ["thành phần"],
    "quoc_tich": ["quốc tịch"],
    "la_dang_vien": ["đảng viên"],
    "lich_su_chinh_tri": ["lịch sử chính trị", "chính trị"],
    "ghi_chu": ["ghi chú"],
}


def header_map(cells: list[str], columns: dict[str, list[str]]) -> dict[int, str] | None:
    """Cell index → key when *cells* is a header row naming at least two of *columns*."""
    found: dict[int, str] = {}
    for index, cell in enumerate(cells):
        key_text = name_key(cell)
        for key, words in columns.items():
            if key not in found.values() and any(name_key(word) in key_text for word in words):
                found[index] = key
                break
    return found if len(found) >= 2 else None


Span = tuple[float, float]
_DIGIT = re.compile(r"\d")


def _spans(line: Line) -> list[Span]:
    return line.spans or [(float(index), float(index + 1)) for index in range(len(line.cells or []))]


def _overlap(first: Span, second: Span) -> float:
    return min(first[1], second[1]) - max(first[0], second[0])


def _key_for(span: Span, headers: list[list[tuple[Span, str]]]) -> str | None:
    """The key of the header cell above a data cell: the latest header row that overlaps it wins."""
    for header in reversed(headers):
        best = max(header, key=lambda item: _overlap(item[0], span), default=None)
        if best is not None and _overlap(best[0], span) > 0:
            return best[1]
    return None


def _rows_by_header(lines: list[Line], columns: dict[str, list[str]]) -> list[dict[str, str]]:
    """Data rows as {key: text}, columns known from the header rows above them (merged header cells too)."""
    headers: list[list[tuple[Span, str]]] = []
    found: list[dict[str, str]] = []
    for line in lines:
        if not line.cells:
            continue
        header = None if _DIGIT.search(line.text) else header_map(line.cells, columns)  # headers hold no figures
        if header:
            spans = _spans(line)
            headers.append([(spans[index], key) for index, key in header.items()])
            continue
        if headers:
            keyed = [(_key_for(span, headers), cell) for span, cell in zip(_spans(line), line.cells, strict=False)]
        else:
            keyed = list(zip(columns, line.cells, strict=False))
        row: dict[str, str] = {}
        for key, cell in keyed:
            if key and cell.strip():
                row[key] = f"{row[key]} {cell}".strip() if key in row else cell
        if row and not all(is_none(value) or re.fullmatch(r"[\d\s.()]*", value) for value in row.values()):
            found.append(row)
    return found


def _period(text: str) -> tuple[str | None, str | None, str]:
    start, end, rest = values.parse_period(text)
    return start, end, rest


def _work_entry(row: dict[str, str]) -> dict[str, Any] | None:
    if "to" in row:
        start, end, rest = values.parse_month(row.get("period", "")), values.parse_month(row["to"]), ""
    else:
        start, end, rest = _period(row.get("period", ""))
    if start is None:
        return None
    work = values.clean_text(" ".join(part for part in (rest, row.get("cong_viec", "")) if part))
    role = values.clean_text(row.get("chuc_vu", ""))
    entry = {"tu": start, "den": end, "cong_viec": work, "chuc_vu": role if not is_none(role) else None}
    return {key: value for key, value in entry.items() if value}


def _work_line(text: str) -> dict[str, Any] | None:
    start, end, rest = _period(text)
    if start is None:
        return None
    role = None
    parts = re.split(r"[,;.]?\s*(?:chức vụ|giữ chức vụ)\s*:?\s*", rest, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) == 2:
        rest, role = parts
    entry = {"tu": start, "den": end, "cong_viec": values.clean_text(rest), "chuc_vu": values.clean_text(role or "")}
    return {key: value for key, value in entry.items() if value and not (key == "chuc_vu" and is_none(value))}


@parser("work_history")
def parse_work_history(region: Region, item: dict[str, Any]) -> Parsed:
    """Item (15): a table (period | work | role) or lines "Từ tháng 9/2015 đến tháng 6/2019: …"."""
    entries: list[dict[str, Any]] = []
    rows = _rows_by_header(region.lines, _WORK_COLUMNS)
    for row in rows:
        if entry := _work_entry(row):
            entries.append(entry)
    if not rows:
        texts: list[str] = []  # one text per period: its line and the lines it wraps onto
        for line in region.lines:
            starts = _period(line.text)[0] is not None
            if starts and not (texts and _period(texts[-1])[1] is None and _open_period(texts[-1])):
                texts.append(line.text)
            elif texts:
                texts[-1] = f"{texts[-1]} {line.text}"
        entries = [entry for entry in map(_work_line, texts) if entry]
    return {item["key"]: entries} if entries else {}


def _open_period(text: str) -> bool:
    """A line cut after its start date ("- 07/2015 –"): the end date is on the next line."""
    return bool(re.search(r"(?:[-–—]|đến)\s*$", text.strip()))


def _without_label(text: str, words: list[str]) -> str:
    """ "ngành học: Sư phạm Toán" → "Sư phạm Toán" when the words before the colon name the column."""
    label, colon, value = text.partition(":")
    if colon and value.strip() and len(label) <= 30 and not re.search(r"\d", label) and any(
        name_key(word) in name_key(label) for word in words
    ):
        return value.strip()
    return text


def _table_value(key: str, text: str) -> dict[str, Any]:
    if key == "period":
        start, end, _ = _period(text)
        return {"tu": start, "den": end}
    if key == "thang_nam":
        return {key: values.parse_month(text)}
    cleaned = values.clean_text(text)
    return {key: None if is_none(cleaned) else cleaned}


@parser("table")
def parse_table(region: Region, item: dict[str, Any]) -> Parsed:
    """A list item written as a table (columns found by their header words) or as one line per entry."""
    columns: dict[str, list[str]] = item["columns"]
    entries = []
    rows = _rows_by_header(region.lines, columns)
    if not rows:
        rows = [_line_as_row(line.text, list(columns)) for line in region.lines if not is_none(line.text)]
    for row in rows:
        entry: dict[str, Any] = {}
        for key, text in row.items():
            if key in item.get("drop", []):
                continue
            if key in item.get("numbers", []):
                number = re.search(r"\d+", text)
                entry[key] = int(number[0]) if number else None
                continue
            entry.update(_table_value(key, _without_label(text, columns.get(key, []))))
        entry = {key: value for key, value in entry.items() if value is not None and value != ""}
        if len(entry) >= 2:
            entries.append(entry)
    return {item["key"]: entries} if entries else {}


def _line_as_row(text: str, keys: list[str]) -> dict[str, str]:
    first = keys[0] if keys[0] in ("period", "thang_nam") else ("period" if "period" in keys else None)
    if first is None:
        return dict(zip(keys, (part.strip() for part in text.split(",")), strict=False))
    start, _end, rest = _period(text)
    row = {first: text[: len(text) - len(rest)] if start else ""}
    others = [key for key in keys if key != first]
    row.update(zip(others, (part.strip() for part in re.split(r"[,;]", rest)), strict=False))
    return row


@parser("family")
def parse_family(region: Region, item: dict[str, Any]) -> Parsed:
    """Item (21): a table of relatives, or one paragraph per relative ("- Cha đẻ: …, sinh năm …")."""
    relatives: list[dict[str, Any]] = []
    for row in _rows_by_header(region.lines, _FAMILY_COLUMNS):
        if person := _relative_row(row):
            relatives.append(person)
    if not relatives:
        relatives = _family_paragraphs([line for line in region.lines if not line.cells])
    return {item["key"]: relatives} if relatives else {}


def _relative_row(row: dict[str, str]) -> dict[str, Any] | None:
    relation_text = row.get("quan_he", "")
    relation = values.parse_relation(re.sub(r"\(.*?\)", "", relation_text))
    if not relation or not row.get("ho_ten"):
        return None
    person: dict[str, Any] = {
        "quan_he": relation,
        "ho_ten": values.parse_name(row["ho_ten"]),
        "nam_sinh": values.parse_year(row.get("nam_sinh", "")),
    }
    for key in row.keys() - {"quan_he", "ho_ten", "nam_sinh", "la_dang_vien"}:
        person[key] = values.clean_text(row[key])
    if row.get("la_dang_vien"):
        person["la_dang_vien"] = values.parse_bool_vi(row["la_dang_vien"]) is not False
    if re.search(r"đã mất|đã chết|từ trần", relation_text, re.IGNORECASE):
        person["da_mat"] = True
    return {key: value for key, value in person.items() if value not in (None, "")}


def _family_paragraphs(lines: list[Line]) -> list[dict[str, Any]]:
    """One relative per paragraph that opens with a relation ("- Cha đẻ: …", "Ông nội: …"); the lines
    after it ("- Quê quán: …", wrapped text) belong to it."""
    texts: list[str] = []
    for line in lines:
        stripped = line.text.strip()
        if re.match(r"^[a-zđ]\)\s", stripped):  # "a) Ông bà nội, ông bà ngoại": a group heading
            continue
        label = stripped.lstrip("-+•* ").split(":")[0]
        if values.parse_relation(label) or not texts:
            texts.append(stripped)
        else:
            joiner = "; " if stripped[:1] in "-+•*" else " "  # "- Quê quán: …" opens a clause; else a wrapped line
            texts[-1] = f"{texts[-1]}{joiner}{stripped.lstrip('-+•* ')}"
    found = [values.parse_relative(text) for text in texts]
    return [person for person in found if person and person.get("quan_he") and person.get("ho_ten")]


@parser("pledge")
def parse_pledge(region: Region, item: dict[str, Any]) -> Parsed:
    """Item (23): the pledge sentence, place and date of signing, and the signer's name."""
    text = region.text
    pledge: dict[str, Any] = {}
    sentence = re.search(r"Tôi\s+(?:xin\s+)?cam\s+đoan[^\n]*?(?:\.|$)", text, re.IGNORECASE | re.MULTILINE)
    if sentence:
        pledge["loi_cam_doan"] = values.clean_text(sentence[0])
    place, day = place_and_date(text)
    pledge |= {key: value for key, value in (("noi_ky", place), ("ngay_ky", day)) if value}
    names = [
        values.parse_name(line.text)
        for line in region.lines
        if not re.search(r"ngày|cam đoan|ký|ghi rõ", line.text, re.IGNORECASE)
    ]
    if names and names[-1]:
        pledge["ho_ten_ky"] = names[-1]
    return {item["key"]: pledge} if pledge else {}


_SIGNATURE_NOISE = re.compile(r"^(?:t/m|tm\.|bí thư|phó bí thư|\(ký|ký tên|người|chi ủy|đảng ủy)", re.IGNORECASE)
_DAY_LINE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)


def _committee_entry(region: Region, with_organisation: bool) -> dict[str, Any]:
    lines = [values.clean_text(line.text) for line in region.lines]
    lines = [line for line in lines if line]
    entry: dict[str, Any] = {}
    dated = [index for index, line in enumerate(lines) if _DAY_LINE.search(line)]
    if dated:
        entry["ngay"] = values.parse_day(lines[dated[0]])
    body_end = dated[0] if dated else len(lines)
    after = lines[body_end + 1 :] if dated else []
    signer = [line for line in after if not _SIGNATURE_NOISE.match(line) and not line.isupper()]
    if signer:
        entry["nguoi_ky"] = values.parse_name(signer[-1])
    body = lines[:body_end]
    if with_organisation and body:
        label, colon, value = body.pop(0).partition(":")
        entry["to_chuc"] = value.strip() if colon and len(label) < 45 and value.strip() else label
    if body:
        entry["noi_dung"] = " ".join(body)
    return {key: value for key, value in entry.items() if value}


def _committee_blocks(region: Region) -> list[Region]:
    """One block per signed opinion: a block ends at the signer's name after its date line."""
    blocks: list[Region] = [Region()]
    dated = False
    for line in region.lines:
        blocks[-1].lines.append(line)
        text = values.clean_text(line.text) or ""
        if _DAY_LINE.search(text):
            dated = True
        elif dated and text and not _SIGNATURE_NOISE.match(text) and not text.isupper():
            blocks.append(Region())
            dated = False
    return [block for block in blocks if block.lines]


@parser("committee")
def parse_committee(region: Region, item: dict[str, Any]) -> Parsed:
    """Items (24)–(26): body text, "Ngày … tháng … năm …", signature; (24) starts with the verifying body."""
    if item.get("list"):
        entries = [_committee_entry(block, item.get("organisation", False)) for block in _committee_blocks(region)]
        entries = [entry for entry in entries if entry.get("ngay") or entry.get("noi_dung")]
        return {item["key"]: entries} if entries else {}
    entry = _committee_entry(region, item.get("organisation", False))
    if not entry:
        return {}
    if item.get("conclusion"):
        text = name_key(entry.get("noi_dung", ""))
        if name_key("không đủ điều kiện") in text:
            entry["ket_luan"] = "khong_du_dieu_kien"
        elif name_key("đủ điều kiện") in text:
            entry["ket_luan"] = "du_dieu_kien"
    return {item["key"]: [entry] if item.get("list") else entry}
