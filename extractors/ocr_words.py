"""OCR diacritic slips mended against known phrases: the forms' labels, place names, words of Party dossiers.

Tesseract often reads the right letters with a wrong or missing mark ("Cao Băng", "THẤM TRA", "phố thông").
A run of words whose letters without marks spell a known phrase, but whose marks differ from it by at most
one character a word, is rewritten as that phrase, keeping its case. Only when one known phrase is nearest
(compared in NFC with every diacritic); a run that already spells a known phrase is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from dossier.text import name_key
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
        for layout in kind.layouts:
            for item in layout.items:
                yield from item.get("label", ())
                for words in (item.get("columns") or {}).values():
                    yield from words


def _place_texts() -> Iterator[str]:
    from dossier.admin_units import tables

    data = tables()
    provinces = [*data.provinces, *(unit for group in data.former_provinces_by_key.values() for unit in group)]
    others = [
        *data.communes,
        *(unit for group in data.districts_by_key.values() for unit in group),
        *(unit for group in data.former_by_key.values() for unit in group),
    ]
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


def _distance(seen: tuple[str, ...], known: tuple[str, ...]) -> int | None:
    """Characters that differ, or None when a word differs by more than one (same letters, so same lengths)."""
    total = 0
    for first, second in zip(seen, known, strict=True):
        if len(first) != len(second):
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


def mend(text: str) -> str:
    """*text* with each run of words that is a near miss of exactly one known phrase rewritten as it."""
    text = unicodedata.normalize("NFC", text)
    known = vocabulary()
    edits: list[tuple[int, int, str]] = []
    for run in _runs(text):
        keys = [name_key(match[0]) for match in run]
        bare = [fold(key) for key in keys]
        done = 0  # words before this index are part of a phrase already seen
        for start in range(len(run)):
            for length in range(min(_LONGEST, len(run) - start), 1, -1):
                if start < done:
                    break
                candidates = known.get(tuple(bare[start : start + length]))
                if not candidates:
                    continue
                done = start + length
                best = _best(tuple(keys[start : start + length]), candidates)
                for match, word in zip(run[start : start + length], best or (), strict=False):
                    if name_key(match[0]) != name_key(word):
                        edits.append((match.start(), match.end(), _in_case_of(word, match[0])))
                break
    for start, end, word in reversed(edits):
        text = f"{text[:start]}{word}{text[end:]}"
    return text
