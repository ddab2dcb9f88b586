"""Character tables of the legacy Vietnamese encodings TCVN3 (ABC, ".Vn…" fonts) and VNI ("VNI-…" fonts)."""

from __future__ import annotations

# TCVN3 (TCVN 5712:1993, layout VN3, the "ABC" keyboard and its .VnTime / .VnArial … fonts).
# A Word file typed in such a font stores each 8-bit code as the Latin-1 character of the same
# number (0xB5 "µ" is à), so the table maps those characters to Unicode.
# Source: the VN3 slots of TCVN 5712:1993, checked byte by byte against glibc's TCVN5712-1
# converter (`iconv -f TCVN5712-1`, which implements VN1; VN3 is VN1 without its capital
# toned letters) and against the table viparse 0.1.31 derived from real government documents.
# VN3 has no capital toned letters: typists switched to the ".VnTimeH" style of font, which
# draws these same lowercase codes as capitals (see `to_unicode(..., uppercase_font=True)`).
# 0xAD (ư) is the soft-hyphen slot: a reader must not drop U+00AD before conversion.
TCVN3_TO_UNICODE: dict[str, str] = {
    # capitals with no tone (the only capitals the VN3 layout has)
    "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ",
    # đ and the base vowels with no tone
    "¨": "ă", "©": "â", "ª": "ê", "«": "ô", "¬": "ơ", "\xad": "ư", "®": "đ",
    # toned vowels, one row per vowel (a ă â e ê i o ô ơ u ư y): grave, acute, hook, tilde, dot below
    "µ": "à", "¸": "á", "¶": "ả", "·": "ã", "¹": "ạ",
    "»": "ằ", "¾": "ắ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "Ç": "ầ", "Ê": "ấ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "Ì": "è", "Ð": "é", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "Ò": "ề", "Õ": "ế", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "×": "ì", "Ý": "í", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ß": "ò", "ã": "ó", "á": "ỏ", "â": "õ", "ä": "ọ",
    "å": "ồ", "è": "ố", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "ê": "ờ", "í": "ớ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ï": "ù", "ó": "ú", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "õ": "ừ", "ø": "ứ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "ý": "ý", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
}  # fmt: skip

# VNI (VNI-Windows, the VNI keyboard and its VNI-Times / VNI-Helve … fonts): a toned vowel is a
# base letter followed by one mark character; ơ ư đ and the toned i are single characters.
# Marks: tone ù acute, ø grave, û hook, õ tilde, ï dot; â ê ô take â á à å ã ä (no tone, acute,
# grave, hook, tilde, dot); ă takes ê é è ú ü ë. Capitals use the capital base and capital mark.
# Source: the VNI-Windows code chart (the layout of the VNI fonts), checked entry by entry against
# the table viparse 0.1.31 derived from real VNI documents: its 126 sequences for these letters all
# agree (its four "iø"-style forms, marked unobserved there, are not VNI: ì and í are themselves).
UNICODE_TO_VNI: dict[str, str] = {
    "đ": "ñ", "Đ": "Ñ",
    # one row per vowel: no tone, grave, acute, hook, tilde, dot below; then the capitals
    "à": "aø", "á": "aù", "ả": "aû", "ã": "aõ", "ạ": "aï",
    "À": "AØ", "Á": "AÙ", "Ả": "AÛ", "Ã": "AÕ", "Ạ": "AÏ",
    "ă": "aê", "ằ": "aè", "ắ": "aé", "ẳ": "aú", "ẵ": "aü", "ặ": "aë",
    "Ă": "AÊ", "Ằ": "AÈ", "Ắ": "AÉ", "Ẳ": "AÚ", "Ẵ": "AÜ", "Ặ": "AË",
    "â": "aâ", "ầ": "aà", "ấ": "aá", "ẩ": "aå", "ẫ": "aã", "ậ": "aä",
    "Â": "AÂ", "Ầ": "AÀ", "Ấ": "AÁ", "Ẩ": "AÅ", "Ẫ": "AÃ", "Ậ": "AÄ",
    "è": "eø", "é": "eù", "ẻ": "eû", "ẽ": "eõ", "ẹ": "eï",
    "È": "EØ", "É": "EÙ", "Ẻ": "EÛ", "Ẽ": "EÕ", "Ẹ": "EÏ",
    "ê": "eâ", "ề": "eà", "ế": "eá", "ể": "eå", "ễ": "eã", "ệ": "eä",
    "Ê": "EÂ", "Ề": "EÀ", "Ế": "EÁ", "Ể": "EÅ", "Ễ": "EÃ", "Ệ": "EÄ",
    "ỉ": "æ", "ĩ": "ó", "ị": "ò",
    "Ỉ": "Æ", "Ĩ": "Ó", "Ị": "Ò",
    "ò": "oø", "ó": "où", "ỏ": "oû", "õ": "oõ", "ọ": "oï",
    "Ò": "OØ", "Ó": "OÙ", "Ỏ": "OÛ", "Õ": "OÕ", "Ọ": "OÏ",
    "ô": "oâ", "ồ": "oà", "ố": "oá", "ổ": "oå", "ỗ": "oã", "ộ": "oä",
    "Ô": "OÂ", "Ồ": "OÀ", "Ố": "OÁ", "Ổ": "OÅ", "Ỗ": "OÃ", "Ộ": "OÄ",
    "ơ": "ô", "ờ": "ôø", "ớ": "ôù", "ở": "ôû", "ỡ": "ôõ", "ợ": "ôï",
    "Ơ": "Ô", "Ờ": "ÔØ", "Ớ": "ÔÙ", "Ở": "ÔÛ", "Ỡ": "ÔÕ", "Ợ": "ÔÏ",
    "ù": "uø", "ú": "uù", "ủ": "uû", "ũ": "uõ", "ụ": "uï",
    "Ù": "UØ", "Ú": "UÙ", "Ủ": "UÛ", "Ũ": "UÕ", "Ụ": "UÏ",
    "ư": "ö", "ừ": "öø", "ứ": "öù", "ử": "öû", "ữ": "öõ", "ự": "öï",
    "Ư": "Ö", "Ừ": "ÖØ", "Ứ": "ÖÙ", "Ử": "ÖÛ", "Ữ": "ÖÕ", "Ự": "ÖÏ",
    "ỳ": "yø", "ý": "yù", "ỷ": "yû", "ỹ": "yõ", "ỵ": "yï",
    "Ỳ": "YØ", "Ý": "YÙ", "Ỷ": "YÛ", "Ỹ": "YÕ", "Ỵ": "YÏ",
}  # fmt: skip
