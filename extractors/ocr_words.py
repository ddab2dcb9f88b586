"""OCR diacritic slips mended against known phrases: the forms' labels, place names, words of Party dossiers.

Tesseract often reads the right letters with a wrong or missing mark ("Cao Băng", "THẤM TRA", "phố thông").
A run of words whose letters without marks spell a known phrase, but whose marks differ from it by at most
one character a word, is rewritten as that phrase, keeping its case. Only when one known phrase is nearest
(compared in NFC with every diacritic); a run that already spells a known phrase is left alone.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from dossier.text import name_key
from extractors._syllables import is_vietnamese_token
from extractors._text_vi import fold

_WORD = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"\s+")  # only words separated by spaces form a phrase (never across "," or "|")
_LONGEST = 6  # words in the longest phrase looked for
# Phrases common in Party admission dossiers whose marks OCR tends to lose or change.
_DOSSIER_PHRASES = """
chi bộ|chi ủy|chi đoàn|đảng ủy|đảng bộ|đảng viên|bí thư|phó bí thư|ủy viên|ban chấp hành|ban thường vụ
đoàn viên|đoàn trường|đoàn thanh niên|hội sinh viên|mặt trận tổ quốc|hội liên hiệp phụ nữ
cộng sản|hồ chí minh|việt nam|nhà nước|nhân dân|ủy ban nhân dân|hội đồng nhân dân|chủ tịch|phó chủ tịch
chủ trương|chính sách|pháp luật|chấp hành tốt|lý lịch|thẩm tra|đóng dấu|ký tên|ghi rõ họ và tên
tiểu học|trung học cơ sở|trung học phổ thông|phổ thông|đại học|cao đẳng|trung cấp|sơ cấp|cao cấp
chuyên môn|nghiệp vụ|lý luận chính trị|ngoại ngữ|tin học|cử nhân|kỹ sư|thạc sĩ|tiến sĩ|chính quy|tại chức
học sinh|sinh viên|giáo viên|giảng viên|công chức|viên chức|công nhân|công nhận|nông dân|nông nghiệp|buôn bán
tổ trưởng|tổ phó|trưởng phòng|phó trưởng phòng|hiệu trưởng|phó hiệu trưởng|lớp trưởng|hợp đồng
ông nội|bà nội|ông ngoại|bà ngoại|cha đẻ|mẹ đẻ|anh trai|chị gái|em trai|em gái|con trai|con gái
điều kiện|đủ điều kiện|thông tin|công nghệ thông tin|tên cũ|kết nạp|xem xét|chính thức|dự bị|nhiệm vụ
quần chúng|ưu tú|giới thiệu|tổ chức|cơ quan|đơn vị|học tập|lao động|trân trọng|thành phần giai cấp|quan hệ
họ và tên|năm sinh|nơi sinh|quê quán|nơi cư trú|thường trú|tạm trú|nghề nghiệp|quốc tịch|lịch sử chính trị
ghi chú|từ tháng|đến tháng|làm công việc|chức vụ|hình thức|văn bằng|chứng chỉ|khen thưởng|kỷ luật
đã mất|nghỉ hưu|trung nông|bần nông|cố nông|địa chủ|tiểu thương|tiểu chủ|tư sản
"""


def _phrases_of(text: str) -> Iterator[tuple[str, ...]]:
    """The runs of two or more words of a label or name, cut at its punctuation."""
    for part in re.split(r"[^\w\s]+", unicodedata.normalize("NFC", text)):
        words = tuple(word.lower() for word in _WORD.findall(part))
        if 2 <= len(words) <= _LONGEST:
            yield words


def _label_texts() -> Iterator[str]:
    from extractors.document_types import document_types

    for kind in document_types():
        yield kind.title
        yield from (word for group in kind.keywords for word in group)
        for layout in kind.layouts:
            yield from (word for group in layout.keywords for word in group)
            for item in layout.items:
                yield from item.get("label", ())
                for words in (item.get("columns") or {}).values():
                    yield from words


def _units() -> tuple[list[Any], list[Any]]:
    """Provinces (now and before 2025), and the other units (communes now; districts and communes before)."""
    from dossier.admin_units import tables

    data = tables()
    provinces = [*data.provinces, *(unit for group in data.former_provinces_by_key.values() for unit in group)]
    others = [
        *data.communes,
        *(unit for group in data.districts_by_key.values() for unit in group),
        *(unit for group in data.former_by_key.values() for unit in group),
    ]
    return provinces, others


def _place_texts() -> Iterator[str]:
    provinces, others = _units()
    for unit in (*provinces, *others):
        yield f"{unit.type} {unit.name}"
    for province in provinces:  # "Hà Nội, ngày …", "Cao Bằng" without its type word
        yield province.name


Phrase = tuple[tuple[str, ...], tuple[str, ...]]  # its words as `name_key`s, and as written (lowercase)


@lru_cache(maxsize=1)
def vocabulary() -> dict[tuple[str, ...], tuple[Phrase, ...]]:
    """Known phrases by their words without marks."""
    texts = [*_DOSSIER_PHRASES.replace("\n", "|").split("|"), *_label_texts(), *_place_texts()]
    found: dict[tuple[str, ...], dict[tuple[str, ...], tuple[str, ...]]] = {}
    for text in texts:
        for words in _phrases_of(text):
            keys = tuple(name_key(word) for word in words)
            found.setdefault(tuple(fold(key) for key in keys), {}).setdefault(keys, words)
    return {bare: tuple(sorted(phrases.items())) for bare, phrases in found.items()}


# Family names (as `name_key`s), and those OCR misreads by a mark into a word that heads no name.
_SURNAME_WORDS = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Mai Trịnh Trương Lương "
    "Lưu Hà Cao Quách Tô Tạ Tăng Thái Châu Chu Kiều La Lã Lạc Mạc Nghiêm Khúc Kim Liễu Phùng Quan Tiêu Triệu Văn "
    "Vương Thạch Nông Lò Sơn Âu Giang Khổng Bành Bạch Đào Diệp Đồng Tống Hàn Hứa Từ Thiều Ưng Vi Lại Giáp Sầm An "
    "Ninh Phí Tân Thi Ông Lục Bế Đàm Hầu Lữ Mẫn Nhữ Ôn Quản Tôn Thân Trình Vòng"
)
_SURNAMES = frozenset(name_key(word) for word in _SURNAME_WORDS.split())
_MISREAD = "Trần Phạm Đỗ Bùi Huỳnh Hoàng"  # no other word a mark away from these heads a name
_MISREAD_SURNAMES = tuple(name_key(word) for word in _MISREAD.split())


@lru_cache(maxsize=1)
def place_names() -> frozenset[tuple[str, ...]]:
    """Names of places of two words or more, without their type word ("Đồ Sơn", "Trấn Yên"), as `name_key`s."""
    provinces, others = _units()
    named = (tuple(name_key(word) for word in _WORD.findall(unit.name)) for unit in (*provinces, *others))
    return frozenset(words for words in named if len(words) > 1)


def _distance(seen: tuple[str, ...], known: tuple[str, ...]) -> int | None:
    """Characters that differ, or None when a word differs by more than one or in its letters (not its marks)."""
    total = 0
    for first, second in zip(seen, known, strict=True):
        if len(first) != len(second) or fold(first) != fold(second):
            return None
        differ = sum(1 for a, b in zip(first, second, strict=True) if a != b)
        if differ > 1:
            return None
        total += differ
    return total


def _in_case_of(word: str, model: str) -> str:
    if len(model) > 1 and model.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _runs(text: str) -> list[list[re.Match[str]]]:
    """The words of *text* in runs separated by spaces only."""
    runs: list[list[re.Match[str]]] = []
    previous = None
    for match in _WORD.finditer(text):
        if previous is not None and _GAP.fullmatch(text[previous.end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
        previous = match
    return runs


def _best(seen: tuple[str, ...], candidates: tuple[Phrase, ...]) -> tuple[str, ...] | None:
    """The written words of the one candidate nearest to *seen* (None when *seen* is known, or two are as near)."""
    if any(keys == seen for keys, _ in candidates):
        return None
    scored = sorted((score, written) for keys, written in candidates if (score := _distance(seen, keys)) is not None)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


Edit = tuple[int, int, str]  # replace text[start:end] with this


def _phrase_edits(run: list[re.Match[str]], keys: list[str]) -> tuple[list[Edit], set[int]]:
    """Near misses of known phrases in one run of words, longest phrases first; and the words in phrases."""
    known = vocabulary()
    bare = [fold(key) for key in keys]
    edits: list[Edit] = []
    covered: set[int] = set()
    start = 0
    while start < len(run):
        for length in range(min(_LONGEST, len(run) - start), 1, -1):
            candidates = known.get(tuple(bare[start : start + length]))
            if candidates:
                best = _best(tuple(keys[start : start + length]), candidates)
                for match, word in zip(run[start : start + length], best or (), strict=False):
                    if name_key(match[0]) != name_key(word):
                        edits.append((match.start(), match.end(), _in_case_of(word, match[0])))
                covered.update(range(start, start + length))
                start += length
                break
        else:
            start += 1
    return edits, covered


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and is_vietnamese_token(word)


def _surname_edits(run: list[re.Match[str]], keys: list[str], covered: set[int]) -> list[Edit]:
    """A family name misread at the head of a name ("Trân Văn Lộc", "Đỏ Quang Huy"): two to four capitalised
    words, in no known phrase, the first one mark away from one family name (and not itself one)."""
    edits = []
    for index, match in enumerate(run):
        following = list(itertools.takewhile(lambda word: _capitalised(word[0]), run[index + 1 :]))
        if (
            index in covered
            or not _capitalised(match[0])
            or (index and _capitalised(run[index - 1][0]))
            or not 1 <= len(following) <= 3
            or keys[index] in _SURNAMES
            or any(tuple(keys[index : index + 2 + extra]) in place_names() for extra in range(len(following)))
        ):
            continue
        near = [surname for surname in _MISREAD_SURNAMES if _distance((keys[index],), (surname,))]
        if len(near) == 1:
            edits.append((match.start(), match.end(), _in_case_of(near[0], match[0])))
    return edits


_REFERENCE = Path(__file__).resolve().parent.parent / "rules" / "reference"
# The value after "Dân tộc" or "Tôn giáo" is one of a closed list (not after "dân tộc thiểu số").
_LABELLED = re.compile(
    r"(?<!\w)(?P<label>dân\s+tộc|tôn\s+giáo)(?!\s+thiểu)\s*[:|]?\s*(?P<value>[^\W\d_]+(?:[ ][^\W\d_]+){0,3})",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _closed_lists() -> dict[str, dict[tuple[str, ...], tuple[Phrase, ...]]]:
    """Ethnic groups and religions (rules/reference) by their words without marks, keyed by their label."""
    lists: dict[str, dict[tuple[str, ...], tuple[Phrase, ...]]] = {}
    for label, name in (("dân tộc", "dan_toc.yaml"), ("tôn giáo", "ton_giao.yaml")):
        found: dict[tuple[str, ...], dict[tuple[str, ...], tuple[str, ...]]] = {}
        for entry in yaml.safe_load((_REFERENCE / name).read_text(encoding="utf-8")):
            words = tuple(word.lower() for word in _WORD.findall(unicodedata.normalize("NFC", str(entry))))
            keys = tuple(name_key(word) for word in words)
            found.setdefault(tuple(fold(key) for key in keys), {}).setdefault(keys, words)
        lists[label] = {bare: tuple(sorted(phrases.items())) for bare, phrases in found.items()}
    return lists


def _value_edits(text: str) -> list[Edit]:
    """An ethnic group or a religion misread by a mark after its label ("Dân tộc: Tây" → "Tày")."""
    edits: list[Edit] = []
    for match in _LABELLED.finditer(text):
        known = _closed_lists()[name_key(" ".join(match["label"].split()))]
        words = list(re.finditer(r"[^\W\d_]+", match["value"]))
        for length in range(len(words), 0, -1):
            keys = tuple(name_key(word[0]) for word in words[:length])
            candidates = known.get(tuple(fold(key) for key in keys))
            if candidates:
                best = _best(keys, candidates)
                offset = match.start("value")
                for word, right in zip(words[:length], best or (), strict=False):
                    if name_key(word[0]) != name_key(right):
                        edits.append((offset + word.start(), offset + word.end(), _in_case_of(right, word[0])))
                break
    return edits


_DOUBLE_DASH = re.compile(r"(?<=\s)[-–—]{2}(?=\s)")  # one dash read as two ("09/2013 -— 06/2016")


def mend(text: str) -> str:
    """*text* with each run of words that is a near miss of exactly one known phrase rewritten as it,
    a misread family name heading a name put right, and a dash read as two made one."""
    text = _DOUBLE_DASH.sub("–", unicodedata.normalize("NFC", text))
    edits: list[Edit] = _value_edits(text)
    for run in _runs(text):
        keys = [name_key(match[0]) for match in run]
        found, covered = _phrase_edits(run, keys)
        edits += found + _surname_edits(run, keys, covered)
    for start, end, word in sorted(edits, reverse=True):
        text = f"{text[:start]}{word}{text[end:]}"
    return text
