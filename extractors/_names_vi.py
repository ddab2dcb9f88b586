"""Personal names as written in a dossier: labels, honorifics and leaders removed, case kept."""

from __future__ import annotations

import re

from extractors._text_vi import clean_text, fold

# The common Vietnamese family names, folded ("Nguyễn" → "nguyen"). "Ông" is itself a family name
# (Ông Ích Khiêm), so the honorific "Ông" is dropped only when one of these follows it.
_SURNAME_WORDS = (
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan lam mai trinh truong "
    "luong luu ha cao quach to ta tang thai chau chu kieu la lac mac nghiem khuc kim lieu phung quan tieu "
    "trieu van vuong thach nong lo son au giang khong banh bach dao diep dong tong han hua tu thieu ung "
    "vi yen lai dieu giap sam an ninh phi tan thi ong"
)
SURNAMES = frozenset(_SURNAME_WORDS.split())
_LABEL = re.compile(
    r"(?:ho\s+(?:va\s+)?ten(?:\s+(?:khai\s+sinh|dang\s+dung|thuong\s+goi|day\s+du))?|ten\s+goi\s+khac|ten)"
    r"\s*(?:\([^)]{0,40}\)\s*)?:\s*"
)
_COMRADE = re.compile(r"(?:dong\s+(?P<chi>chi)|d\s*/\s*c\.?)\s+")
_HONORIFIC = re.compile(r"(?P<title>ong|ba|cu)\.?\s+")
_QUOTES = "\"'“”‘’«»"


def _is_title(name: str, comrade: re.Match[str]) -> bool:
    """ "Đồng chí" before a name, not the family name Đồng followed by the middle name Chí."""
    following = name[comrade.end() :].split()
    if not following:
        return False
    if comrade["chi"] is None or name[comrade.start("chi")].islower():
        return True
    return fold(following[0]).strip(".,") in SURNAMES


def parse_name(text: str | None) -> str | None:
    """A person's name as written (case kept, NFC): label, leaders and "Đồng chí"/"Ông"/"Bà" removed.

    "Đồng chí", "Đ/c" are dropped before any name; "Bà" and "Cụ" before a name of two words or
    more; "Ông" only before a common family name ("Ông Nguyễn Văn A" → "Nguyễn Văn A", while
    "Ông Ích Khiêm" stays). None when no letter is left.
    """
    name = clean_text(text)
    if name is None:
        return None
    name = name.strip(_QUOTES + " ")
    if label := _LABEL.match(fold(name)):
        name = name[label.end() :]
    for _ in range(2):
        folded = fold(name)
        if (comrade := _COMRADE.match(folded)) and _is_title(name, comrade):
            name = name[comrade.end() :]
            continue
        honorific = _HONORIFIC.match(folded)
        if not honorific:
            break
        following = name[honorific.end() :].split()
        first = fold(following[0]).strip(".,") if following else ""
        if not following or not following[0][:1].isupper():
            break
        if honorific["title"] == "ong" and first not in SURNAMES:
            break
        if honorific["title"] != "ong" and len(following) < 2:
            break
        name = " ".join(following)
    name = clean_text(name.strip(_QUOTES + " "))
    if name and len(name.split()[-1].rstrip(".,;")) > 1:
        name = name.rstrip(".,;")  # a full stop after the name, not after an initial ("Nguyễn V.")
    if name is None or not any(char.isalpha() for char in name):
        return None
    return name
