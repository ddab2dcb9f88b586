"""Legacy Vietnamese encodings (TCVN3 / ABC and VNI): tables, conversion, round trips and detection."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors._legacy_tables import TCVN3_TO_UNICODE, UNICODE_TO_VNI
from extractors.legacy_encoding import (
    convert_legacy,
    detect_legacy,
    encoding_for_font,
    from_unicode,
    is_uppercase_font,
    to_unicode,
)

# Every Vietnamese vowel with every tone, built from Unicode itself (not from the tables under test).
BASE_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # none, grave, acute, hook, tilde, dot below
LETTERS = [unicodedata.normalize("NFC", base + tone) for base in BASE_VOWELS for tone in TONES] + ["đ"]
ALL_LOWER = "".join(LETTERS)
PANGRAM = (
    "Họ và tên: Nguyễn Văn Lưỡng; quê quán: xã Tân Dương, tỉnh Đồng Tháp. Thuở ấy, người kỹ sư trẻ "
    "hì hục sửa chiếc xuồng cũ bên bờ suối, nghĩ về những ước mơ xa xôi — " + " ".join(LETTERS)
)


def test_every_letter_is_in_the_tables() -> None:
    assert len(LETTERS) == 73
    tcvn3_letters = set(TCVN3_TO_UNICODE.values())
    assert all(letter in tcvn3_letters for letter in LETTERS if not letter.isascii())
    assert all(unicodedata.normalize("NFC", letter) == letter for letter in TCVN3_TO_UNICODE.values())
    assert len(set(TCVN3_TO_UNICODE.values())) == len(TCVN3_TO_UNICODE)  # one code per letter
    assert all(0xA1 <= ord(code) <= 0xFE and len(code) == 1 for code in TCVN3_TO_UNICODE)
    capitals = [letter.upper() for letter in LETTERS]
    vni_letters = set(UNICODE_TO_VNI) | {"ì", "í", "Ì", "Í"}  # VNI writes ì í as themselves
    assert all(letter in vni_letters for letter in LETTERS + capitals if not letter.isascii())
    assert len(set(UNICODE_TO_VNI.values())) == len(UNICODE_TO_VNI)
    assert all(all(ord(char) < 256 for char in code) for code in UNICODE_TO_VNI.values())


@pytest.mark.parametrize(
    ("legacy", "expected"),
    [
        ("Hä vµ tªn", "Họ và tên"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("Ninh B×nh", "Ninh Bình"),
        ("B¶o Th¾ng", "Bảo Thắng"),
        ("M\xadêng Kh\xad¬ng", "Mường Khương"),
        ("§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam"),
        ("Quª qu¸n: x· T©n D\xad¬ng, tØnh §ång Th¸p", "Quê quán: xã Tân Dương, tỉnh Đồng Tháp"),
        ("N¨m sinh: 1968", "Năm sinh: 1968"),
        ("M\u2212êng", "Mường"),  # PDF text layer: U+2212 for 0xAD
        ("5 \u2212 3", "5 \u2212 3"),  # a real minus sign between digits stays
        ("\uf048\uf0e4 v\uf0b5 t\uf0aan", "Họ và tên"),  # Word's symbol-font area
    ],
)
def test_tcvn3_to_unicode(legacy: str, expected: str) -> None:
    assert to_unicode(legacy, "tcvn3") == expected


def test_tcvn3_uppercase_font() -> None:
    assert to_unicode("céng hoµ x· héi chñ nghÜa viÖt nam", "tcvn3", uppercase_font=True) == (
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )
    assert to_unicode("Lý lÞch cña ng\xadêi xin vµo §¶ng", "tcvn3", uppercase_font=True) == (
        "LÝ LỊCH CỦA NGƯỜI XIN VÀO ĐẢNG"
    )


@pytest.mark.parametrize(
    ("legacy", "expected"),
    [
        ("Hoï vaø teân", "Họ và tên"),
        ("Xin chaøo caùc baïn", "Xin chào các bạn"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("ÑAÛNG COÄNG SAÛN VIEÄT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("Ñaø Naüng, saün coù", "Đà Nẵng, sẵn có"),
        ("Quyeát ñònh cuûa Thuû töôùng", "Quyết định của Thủ tướng"),
        ("Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"),
        ("ngöôøi", "người"),
        ("Aù", "Á"),  # a capital base with a small mark (Word's change of case)
    ],
)
def test_vni_to_unicode(legacy: str, expected: str) -> None:
    assert to_unicode(legacy, "vni") == expected


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_round_trip_lowercase_and_mixed(encoding: str) -> None:
    legacy = from_unicode(PANGRAM, encoding)
    assert legacy != PANGRAM
    assert to_unicode(legacy, encoding) == PANGRAM
    assert to_unicode(from_unicode(ALL_LOWER, encoding), encoding) == ALL_LOWER


def test_round_trip_capitals() -> None:
    capitals = PANGRAM.upper()
    assert to_unicode(from_unicode(capitals, "vni"), "vni") == capitals
    assert to_unicode(from_unicode(capitals, "tcvn3", uppercase_font=True), "tcvn3", uppercase_font=True) == capitals
    # The seven capitals VN3 has are kept in the ordinary font.
    assert to_unicode(from_unicode("ĂÂÊÔƠƯĐ", "tcvn3"), "tcvn3") == "ĂÂÊÔƠƯĐ"


def test_round_trip_nfd_input() -> None:
    decomposed = unicodedata.normalize("NFD", PANGRAM)
    assert to_unicode(from_unicode(decomposed, "vni"), "vni") == PANGRAM


def test_unknown_encoding_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        to_unicode("abc", "viscii")


@pytest.mark.parametrize(
    ("font", "encoding", "uppercase"),
    [
        (".VnTime", "tcvn3", False),
        (".VnTimeH", "tcvn3", True),
        (".VnArial", "tcvn3", False),
        (".VnArialH", "tcvn3", True),
        (".VnArial NarrowH", "tcvn3", True),
        (".vntime", "tcvn3", False),
        ("ABCDEF+.VnTimeH,Bold", "tcvn3", True),
        ("#2EVnTime", "tcvn3", False),
        ("VnTime", "tcvn3", False),
        ("VNI-Times", "vni", False),
        ("VNI-Helve", "vni", False),
        ("VNI Times", "vni", False),
        ("QWERTY+VNI-Times-Bold", "vni", False),
        ("Times New Roman", None, False),
        ("Arial", None, False),
        ("Vni", "vni", False),
        ("Vinhan", None, False),
        ("", None, False),
    ],
)
def test_fonts(font: str, encoding: str | None, uppercase: bool) -> None:
    assert encoding_for_font(font) == encoding
    assert is_uppercase_font(font) is uppercase


def test_font_decides_before_the_text() -> None:
    assert detect_legacy("Họ và tên", [".VnTime"]) == "tcvn3"
    assert detect_legacy("Hä vµ tªn", ["Times New Roman", "VNI-Times"]) == "vni"
    assert detect_legacy("Hä vµ tªn", ["Times New Roman"]) == "tcvn3"  # no legacy font: the text decides


LEGACY_SAMPLES = [
    ("Hä vµ tªn", "tcvn3"),
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3"),
    ("§éc lËp - Tù do - H¹nh phóc", "tcvn3"),
    ("LÝ LÞCH CñA NG¦êI XIN VµO §¶NG", "tcvn3"),
    ("N÷", "tcvn3"),
    ("Hoï vaø teân", "vni"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "vni"),
    ("Nöõ", "vni"),
]


@pytest.mark.parametrize(("text", "encoding"), LEGACY_SAMPLES)
def test_detects_legacy_text(text: str, encoding: str) -> None:
    assert detect_legacy(text) == encoding


UNICODE_SAMPLES = [
    "Họ và tên",
    "Cộng hoà xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "LÝ LỊCH CỦA NGƯỜI XIN VÀO ĐẢNG",
    "Bá Tùng",  # only Latin-1 letters, which are also legacy codes
    "Hà Nam",
    "Tôi là Hà, tên tôi là Bá, quê ở Cà Mau",
    "« Hồ sơ »",
    "Nữ",
    PANGRAM,
    unicodedata.normalize("NFD", PANGRAM),
    "The quick brown fox jumps over the lazy dog.",
    "Curriculum vitae — “naïve” café résumé, déjà vu, façade, coöperate",
    "El niño está aquí, señor. ¿Qué pasa? Mañana será otro día.",
    "Ça va très bien, merci à vous. Où est la bibliothèque?",
    "Größe, Straße, Übermäßig schön, Mädchen",
    "São Paulo é a maior cidade do Brasil, não é?",
    "Copyright © 2024 · All rights reserved ® — 5 × 3 ÷ 2 ± 1 ° § ¶ µm",
    "",
    "12/05/1990",
]


@pytest.mark.parametrize("text", UNICODE_SAMPLES)
def test_unicode_and_other_languages_are_not_legacy(text: str) -> None:
    assert detect_legacy(text) is None
    assert detect_legacy(text, ["Times New Roman", "Arial"]) is None
    assert convert_legacy(text) == unicodedata.normalize("NFC", text)


# Random Vietnamese sentences: never detected as Unicode; always detected once encoded.
_WORD_TEXT = (
    "người Việt được những trong công tác đảng viên chi bộ học sinh trường tỉnh huyện xã thôn nghề nghiệp "
    "nông dân quê quán năm tháng ngày hồ sơ kết nạp lý lịch gia đình cha mẹ anh chị em vợ chồng con ông bà nội "
    "ngoại đã mất sống tại và của có không là một hai ba bốn khuya thuở nguyễn trần lê phạm hoàng huỳnh"
)
WORDS = _WORD_TEXT.split()
SENTENCES = st.lists(st.sampled_from(WORDS), min_size=3, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(SENTENCES, st.booleans())
def test_random_sentences_are_never_misread(sentence: str, capitalise: bool) -> None:
    """Unicode stays Unicode; encoded text is read as its own encoding or left alone, never the other."""
    if capitalise:
        sentence = sentence[:1].upper() + sentence[1:]
    assert detect_legacy(sentence) is None
    for encoding in ("tcvn3", "vni"):
        encoded = from_unicode(sentence, encoding)
        assert detect_legacy(encoded) in (encoding, None), (encoding, encoded)
        assert to_unicode(encoded, encoding) == sentence


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_detection_rate_on_random_sentences(encoding: str) -> None:
    """A few words can be ambiguous ("hoà" is VNI for "hồ" and Unicode for "hoà"); sentences are not."""
    rng = random.Random(2025)
    short = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))) for _ in range(400)]
    longer = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 20))) for _ in range(400)]
    assert sum(detect_legacy(from_unicode(text, encoding)) == encoding for text in short) >= 0.95 * len(short)
    assert all(detect_legacy(from_unicode(text, encoding)) == encoding for text in longer)


DOSSIER_LINES = [
    "LÝ LỊCH CỦA NGƯỜI XIN VÀO ĐẢNG",
    "Họ và tên đang dùng: Nguyễn Thị Hồng Nhung",
    "Sinh ngày 05 tháng 3 năm 1990",
    "Quê quán: xã Tân Dương, huyện Lai Vung, tỉnh Đồng Tháp",
    "Nghề nghiệp hiện nay: Giáo viên trường Trung học cơ sở",
    "Từ tháng 9/2015 đến nay: Giáo viên, Trường THCS Tân Dương",
    "Cha đẻ: Trần Văn Hùng, sinh năm 1968, đã mất năm 2015",
    "Tôi xin cam đoan những lời khai trên là đúng sự thật",
]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("line", DOSSIER_LINES)
def test_dossier_lines_are_detected(line: str, encoding: str) -> None:
    encoded = from_unicode(line, encoding, uppercase_font=line.isupper())
    assert detect_legacy(encoded) == encoding
    assert to_unicode(encoded, encoding, uppercase_font=line.isupper()) == line
    assert detect_legacy(line) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.lists(st.text(max_size=20), max_size=3))
def test_never_raises_and_outputs_nfc(text: str, fonts: list[str]) -> None:
    encoding = detect_legacy(text, fonts)
    assert encoding in (None, "tcvn3", "vni")
    for name in ("tcvn3", "vni"):
        for uppercase in (False, True):
            assert unicodedata.is_normalized("NFC", to_unicode(text, name, uppercase_font=uppercase))
    assert unicodedata.is_normalized("NFC", convert_legacy(text, fonts))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=300))
def test_ascii_text_is_never_legacy(text: str) -> None:
    assert detect_legacy(text) is None


def test_convert_legacy() -> None:
    assert convert_legacy("Hä vµ tªn") == "Họ và tên"
    assert convert_legacy("hä vµ tªn", [".VnTimeH"]) == "HỌ VÀ TÊN"
    assert convert_legacy("Hoï vaø teân", ["VNI-Times"]) == "Họ và tên"
    assert convert_legacy("Họ và tên") == "Họ và tên"
