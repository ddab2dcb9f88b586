"""OCR helpers: page clean-up, ruled-table cells from a page image, leaders, and mending misread marks."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.ocr_image import INK, leaders, runs, skew_angle, spread, straighten
from extractors.ocr_reader import ocr_image, tesseract_available
from extractors.ocr_tables import find_tables
from extractors.ocr_words import mend

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _table_page(line: int = 0, width: int = 3) -> Image.Image:
    """A white page with a table: a header row whose first cell spans two columns, then two rows of three."""
    page = Image.new("L", (1600, 1200), 255)
    draw = ImageDraw.Draw(page)
    xs, ys = [200, 500, 800, 1400], [300, 400, 500, 600]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=line, width=width)
    for x in (xs[0], xs[2], xs[3]):
        draw.line([(x, ys[0]), (x, ys[-1])], fill=line, width=width)
    draw.line([(xs[1], ys[1]), (xs[1], ys[-1])], fill=line, width=width)  # not through the header row
    return page


def test_cells_follow_the_rules_and_merged_cells_stay_whole() -> None:
    tables, ruling = find_tables(np.asarray(_table_page()))
    assert len(tables) == 1
    rows = tables[0].rows()
    assert [len(row) for row in rows] == [2, 3, 3]
    left, top, right, bottom = rows[0][0].box
    assert left > 200 and right < 800 and right > 700  # the header cell spans the first two columns
    assert top > 300 and bottom < 400
    assert ruling[300, 1000] and not ruling[450, 1000]


def test_faint_thin_rules_are_found_and_text_is_not_a_table() -> None:
    faint = np.asarray(_table_page(line=185, width=2))
    assert [len(row) for row in find_tables(faint)[0][0].rows()] == [2, 3, 3]
    page = Image.new("L", (1600, 1200), 255)
    draw = ImageDraw.Draw(page)
    for x in range(100, 1500, 34):  # a line of letters sitting on one baseline, touching one another
        draw.rectangle([x, 500, x + 30, 530], fill=0)
    tables, ruling = find_tables(np.asarray(page))
    assert tables == [] and not ruling.any()


def test_runs_and_spread_match_a_plain_count() -> None:
    rng = np.random.default_rng(7)
    mask = rng.random((9, 40)) < 0.6
    for axis in (0, 1):
        found = runs(mask, 3, axis)
        widened = spread(mask, 2, axis)
        for index in np.ndindex(mask.shape):
            line = mask[:, index[1]] if axis == 0 else mask[index[0]]
            at = index[axis]
            start = at
            while start > 0 and line[start - 1]:
                start -= 1
            end = at
            while end < len(line) and line[end]:
                end += 1
            assert found[index] == (bool(line[at]) and end - start >= 3)
            assert widened[index] == bool(line[max(at - 2, 0) : at + 3].any())


def test_leaders_are_wiped_but_not_dashes_or_letters() -> None:
    page = Image.new("L", (1200, 200), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle([100, 60, 108, 110], fill=0)  # a letter's stroke
    for x in range(130, 600, 14):  # "…………"
        draw.rectangle([x, 104, x + 4, 108], fill=0)
    draw.rectangle([700, 85, 730, 89], fill=0)  # a dash
    found = leaders(np.asarray(page) < INK)
    assert found[106, 132] and found[106, 594]
    assert not found[80, 104] and not found[87, 715]


@pytest.mark.parametrize("tilt", [1.2, -6.5])
def test_skew_is_measured_and_undone(tilt: float) -> None:
    page = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(page)
    for y in range(100, 1500, 60):
        for x in range(100, 1100, 40):
            draw.rectangle([x, y, x + 28, y + 25], fill=0)
    tilted = np.asarray(page.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255))
    angle = skew_angle(tilted)
    assert angle == pytest.approx(-tilt, abs=0.25)
    assert abs(skew_angle(straighten(tilted, angle))) <= 0.2


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("xã Trùng Khánh, tỉnh Cao Băng", "xã Trùng Khánh, tỉnh Cao Bằng"),
        ("NHẬN XÉT CỦA CẤP ỦY NƠI ĐẾN THẤM TRA LÝ LỊCH", "NHẬN XÉT CỦA CẤP ỦY NƠI ĐẾN THẨM TRA LÝ LỊCH"),
        ("- Giáo dục phố thông: 12/12", "- Giáo dục phổ thông: 12/12"),
        ("Bí thư chỉ đoàn lớp", "Bí thư chi đoàn lớp"),
        ("Trân Văn Lộc", "Trần Văn Lộc"),
        ("09/2013 -— 06/2016", "09/2013 – 06/2016"),
        ("(8) Dân tộc: Tây", "(8) Dân tộc: Tày"),
        ("Dân tộc | Nủng", "Dân tộc | Nùng"),
        ("Tôn giáo: Phật giảo", "Tôn giáo: Phật giáo"),
    ],
)
def test_misread_marks_snap_to_the_one_known_phrase(read: str, mended: str) -> None:
    assert mend(read) == mended


@pytest.mark.parametrize(
    "text",
    [
        "xóm Pác Răng",  # a hamlet no list knows
        "xã Hoà Long",  # the other tone placement of a known name is not a misreading
        "Ngày và nơi công nhận chính thức",  # "công nhận" and "công nhân" are both words
        "Đồ Sơn",  # a place, not "Đỗ Sơn"
        "Trân trọng kính gửi",
        "Nguyễn Bảo Trân",
        "(8) Dân tộc: Kinhh",  # a slip of the writer's, not of OCR: for a person to see
        "Tiếng dân tộc thiểu số: Tiếng Tây",
    ],
)
def test_known_or_unknowable_words_are_left_alone(text: str) -> None:
    assert mend(text) == text


@pytest.mark.skipif(not tesseract_available(), reason="Tesseract is not installed")
def test_a_scanned_table_is_read_cell_by_cell() -> None:
    page = _table_page()
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 40)
    for (x, y), text in {
        (220, 320): "Thời gian",
        (820, 320): "Công việc",
        (220, 420): "09/2013",
        (520, 420): "6/2016",
        (820, 420): "Học sinh",
        (220, 520): "7/2016",
        (520, 520): "8/2016",
        (820, 520): "Sinh viên",
    }.items():
        draw.text((x, y), text, font=font, fill=0)
    rows = [line.cells for line in ocr_image(page.rotate(0.8, fillcolor=255), 1, 30.0) if line.cells]
    assert rows == [
        ["Thời gian", "Công việc"],
        ["09/2013", "6/2016", "Học sinh"],
        ["7/2016", "8/2016", "Sinh viên"],
    ]


def test_a_photo_without_a_plausible_resolution_is_taken_as_an_a4_sheet() -> None:
    from extractors.ocr_reader import _image_dpi

    photo = Image.new("L", (3000, 4000), 255)
    photo.info["dpi"] = (72, 72)
    assert _image_dpi(photo) == pytest.approx(4000 / 11.69)
    scan = Image.new("L", (1654, 2339), 255)
    scan.info["dpi"] = (200, 200)
    assert _image_dpi(scan) == 200


def test_a_leaders_first_dot_read_onto_the_word_before_it_is_dropped() -> None:
    from extractors.ocr_reader import _leader_starts, _segments

    dotted = np.zeros((300, 1200), dtype=bool)
    dotted[110:115, 740:1100:12] = True  # the leader wiped after "Kinh"
    found = {
        "text": ["Dân", "tộc:", "Kinh.", "Không."],
        "left": [430, 530, 629, 629],
        "top": [73, 77, 78, 200],
        "width": [52, 79, 116, 140],
        "height": [58, 49, 38, 38],
        "conf": [96.0, 96.0, 90.0, 96.0],
        "block_num": [1, 1, 1, 1],
        "par_num": [1, 1, 1, 1],
        "line_num": [1, 1, 1, 2],
    }
    segments = _segments(found, (300, 72 / 300), _leader_starts(dotted), [])
    assert [segment.text for segment in segments] == ["Dân tộc: Kinh", "Không."]
