"""Mẫu 2-KNĐ (HD-38 2025 layout): the 145 × 205 mm booklet, items (1)–(26), with the booklet's page breaks."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from formgen.kit import (
    BOOKLET,
    CENTER,
    JUSTIFY,
    LEADER,
    RIGHT,
    grid,
    header_mark,
    layout_table,
    new_document,
    new_section,
    page_numbers,
    para,
    tag,
)

SIZE = 11
SMALL = 9.5
WIDTH = BOOKLET.width - BOOKLET.left - BOOKLET.right  # 122 mm of text
SIGN_INDENT = 52  # the signature column starts this far from the left margin
PLEDGE = (
    "Tôi cam đoan đã khai đầy đủ, rõ ràng, trung thực và chịu trách nhiệm trước Đảng "
    "về những nội dung đã khai trong lý lịch."
)
DRAFT_HEADER = "{% if draft %}Bản nháp — chép tay theo mẫu{% endif %}"


def line(document: DocumentObject, label: str, *values: str | tuple[str, str], **options: object) -> None:
    """One line of the booklet: a printed label and the value(s) written after it."""
    para(document, label, *values, **options)


def heading(document: DocumentObject, text: str, *, new_page: bool = False) -> None:
    """An item heading in capitals ("14) LỊCH SỬ BẢN THÂN"), starting a booklet page when *new_page*."""
    para(document, (text, "b"), new_page=new_page, before=0 if new_page else 8, after=3, keep_next=True)


def signed(document: DocumentObject, lines: list[str | tuple[str, str]], name: str) -> None:
    """A signature in the right-hand column: date, title, "(Ký …)", room to sign, then the name."""
    for text in lines:
        para(document, text, align=CENTER, indent=SIGN_INDENT)
    for _ in range(2):
        para(document, "", indent=SIGN_INDENT)
    para(document, (name, "b"), align=CENTER, indent=SIGN_INDENT, after=4)


def cover(document: DocumentObject) -> None:
    """The cover: title, name at birth, name in use, birth date, biography number (given after admission)."""
    para(document, ("Mẫu 2-KNĐ", "i"), align=RIGHT, size=SMALL)
    para(document, ("ĐẢNG CỘNG SẢN VIỆT NAM", "b"), align=CENTER, size=13, before=24)
    para(document, ("LÝ LỊCH", "b"), align=CENTER, size=24, before=60)
    para(document, ("CỦA NGƯỜI XIN VÀO ĐẢNG", "b"), align=CENTER, size=15, after=60)
    line(document, "Họ và tên khai sinh: ", "{{ ly_lich.ho_ten_khai_sinh }}", indent=8, after=6)
    line(document, "Họ và tên thường dùng: ", LEADER, indent=8, after=6)
    line(document, "Ngày sinh: ", "{{ ly_lich.ngay_sinh | short_date }}", indent=8, after=6)
    line(document, "Số lý lịch: ", LEADER, indent=8, after=6)


def photo_and_units(document: DocumentObject) -> None:
    """Page 1's head: the photo box on the left, the Party units and the biography number on the right."""
    table = layout_table(document, [32, WIDTH - 32])
    row = table.rows[0]
    row.height, row.height_rule = Mm(40), WD_ROW_HEIGHT_RULE.EXACTLY
    photo, units = row.cells
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "6")
        borders.append(edge)
    photo._tc.get_or_add_tcPr().append(borders)
    para(photo, "", size=SMALL, before=40)
    para(photo, "Ảnh 4×6", align=CENTER, size=SMALL)
    para(units, "Tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương: ", LEADER, indent=3)
    para(units, "Đảng ủy cơ sở: ", "{{ ho_so.dang_bo }}", indent=3, before=3)
    para(units, "Chi bộ: ", "{{ ho_so.chi_bo }}", indent=3, before=3)
    para(units, "Số lý lịch: ", LEADER, indent=3, before=3)


def summary(document: DocumentObject) -> None:
    """Page 1: items (1)–(13)."""
    photo_and_units(document)
    para(document, ("LÝ LỊCH CỦA NGƯỜI XIN VÀO ĐẢNG", "b"), align=CENTER, size=13, before=6, after=6)
    line(document, "1) Họ và tên khai sinh: ", ("{{ ly_lich.ho_ten_khai_sinh }}", "b"))
    line(document, "2) Các tên gọi khác: ", "{{ ly_lich.ten_goi_khac }}")
    line(document, "3) Sinh {{ ly_lich.ngay_sinh | vn_date }}", "        4) Giới tính: {{ ly_lich.gioi_tinh }}")
    line(document, "5) Nơi đăng ký khai sinh: ", "{{ ly_lich.noi_dang_ky_khai_sinh }}")
    line(document, "6) Quê quán: ", "{{ ly_lich.que_quan }}")
    line(document, "7) Nơi cư trú:")
    line(document, "- Thường trú: ", "{{ ly_lich.noi_thuong_tru }}", indent=4)
    line(document, "- Tạm trú: ", "{{ ly_lich.noi_tam_tru }}", indent=4)
    line(document, "8) Dân tộc: ", "{{ ly_lich.dan_toc }}", "        9) Tôn giáo: {{ ly_lich.ton_giao }}")
    line(document, "10) Nghề nghiệp hiện nay: ", "{{ ly_lich.nghe_nghiep }}")
    line(document, "11) Trình độ hiện nay:")
    for label, key in (
        ("Giáo dục phổ thông", "giao_duc_pho_thong"),
        ("Chuyên môn, nghiệp vụ", "chuyen_mon"),
        ("Khoa học, công nghệ", "khoa_hoc_cong_nghe"),
        ("Học vị cao nhất", "hoc_vi"),
        ("Học hàm", "hoc_ham"),
        ("Lý luận chính trị", "ly_luan_chinh_tri"),
        ("Ngoại ngữ", "ngoai_ngu"),
        ("Tin học", "tin_hoc"),
        ("Tiếng dân tộc thiểu số", "tieng_dan_toc"),
    ):
        line(document, f"- {label}: ", f"{{{{ ly_lich.trinh_do.{key} }}}}", indent=4)
    line(
        document,
        "12) Ngày và nơi kết nạp vào Đoàn TNCS Hồ Chí Minh: ",
        "{{ ly_lich.ngay_vao_doan | vn_date }}, tại {{ ly_lich.noi_vao_doan }}",
    )
    line(
        document,
        "13) Nếu xin kết nạp lại: kết nạp vào Đảng lần thứ nhất ",
        "{{ ly_lich.ket_nap_lai.ngay_ket_nap | vn_date }}, tại {{ ly_lich.ket_nap_lai.noi_ket_nap }}",
    )
    line(
        document,
        "- Công nhận chính thức lần thứ nhất ",
        "{{ ly_lich.ket_nap_lai.ngay_chinh_thuc | vn_date }}, tại {{ ly_lich.ket_nap_lai.noi_chinh_thuc }}",
        indent=4,
    )
    line(document, "- Người giới thiệu vào Đảng lần thứ nhất: ", "{{ ly_lich.ket_nap_lai.nguoi_gioi_thieu }}", indent=4)
    tag(document, "{%p if ly_lich.ket_nap_lai.ngay_ra_khoi %}")
    line(document, "- Ra khỏi Đảng ", "{{ ly_lich.ket_nap_lai.ngay_ra_khoi | vn_date }}", indent=4)
    tag(document, "{%p endif %}")


def history(document: DocumentObject) -> None:
    """Pages 2–8: items (14) and (15); page 9: item (16)."""
    heading(document, "14) LỊCH SỬ BẢN THÂN", new_page=True)
    para(document, "{{ ly_lich.lich_su_ban_than }}", align=JUSTIFY, first_line=6)
    heading(document, "15) NHỮNG CÔNG VIỆC, CHỨC VỤ ĐÃ QUA")
    grid(
        document,
        ["Từ tháng năm đến tháng năm", "Làm công việc gì, ở đâu (đơn vị, ngành, địa phương)", "Giữ chức vụ gì"],
        ["{{ period(p.tu, p.den) }}", "{{ p.cong_viec | cell }}", "{{ p.chuc_vu | cell }}"],
        [29, 63, 30],
        "p in ly_lich.cong_tac | rows",
        size=SMALL,
    )
    heading(document, "16) ĐẶC ĐIỂM LỊCH SỬ", new_page=True)
    para(document, "{{ ly_lich.dac_diem_lich_su }}", align=JUSTIFY, first_line=6)


def training_and_records(document: DocumentObject) -> None:
    """Page 10: items (17) and (18); page 11: items (19) and (20)."""
    heading(document, "17) NHỮNG LỚP ĐÀO TẠO, BỒI DƯỠNG ĐÃ QUA", new_page=True)
    grid(
        document,
        ["Tên trường", "Ngành học hoặc tên lớp học", "Hình thức học", "Từ tháng năm đến tháng năm",
         "Văn bằng, chứng chỉ, trình độ gì"],
        ["{{ p.ten_truong | cell }}", "{{ p.nganh_hoc | cell }}", "{{ p.hinh_thuc | cell }}",
         "{{ period(p.tu, p.den) }}", "{{ p.van_bang | cell }}"],
        [29, 26, 19, 24, 24],
        "p in ly_lich.dao_tao | rows",
        size=SMALL,
    )
    heading(document, "18) ĐI NƯỚC NGOÀI")
    grid(
        document,
        ["Từ tháng năm đến tháng năm", "Nội dung đi nước ngoài", "Ở nước nào", "Cơ quan quyết định cử đi"],
        ["{{ period(p.tu, p.den) }}", "{{ p.noi_dung | cell }}", "{{ p.nuoc | cell }}",
         "{{ p.co_quan_quyet_dinh | cell }}"],
        [27, 41, 22, 32],
        "p in ly_lich.di_nuoc_ngoai | rows",
        size=SMALL,
    )
    for number, title, key, kind in (
        ("19", "KHEN THƯỞNG", "khen_thuong", "khen thưởng"),
        ("20", "KỶ LUẬT", "ky_luat", "kỷ luật"),
    ):
        heading(document, f"{number}) {title}", new_page=number == "19")
        grid(
            document,
            ["Tháng năm", f"Lý do, hình thức {kind}", "Cấp nào quyết định"],
            ["{{ p.thang_nam | short_date }}", "{{ p.ly_do_hinh_thuc | cell }}", "{{ p.cap_quyet_dinh | cell }}"],
            [22, 62, 38],
            f"p in ly_lich.{key} | rows",
            size=SMALL,
        )


def relative(document: DocumentObject, group: str, extra: list[tuple[str, str]]) -> None:
    """One block per relative of *group*: relation and name, then one line per fact the booklet asks for."""
    tag(document, f"{{%p for p in {group} | rows %}}")
    para(
        document,
        ("{{ p.quan_he | relation }}: {{ p.ho_ten }}", "b"),
        "{% if p.da_mat %} (đã mất){% endif %}, sinh năm {{ p.nam_sinh }}",
        before=4,
        keep_next=True,
    )
    for label, value in [("Quê quán", "{{ p.que_quan }}"), *extra, ("Nơi cư trú", "{{ p.noi_cu_tru }}"),
                         ("Nghề nghiệp", "{{ p.nghe_nghiep }}"),
                         ("Lịch sử chính trị, chấp hành chủ trương, chính sách", "{{ p.lich_su_chinh_tri }}")]:
        line(document, f"- {label}: ", value, indent=4)
    if not any(label == "Quốc tịch" for label, _ in extra):  # (a), (b): printed when the dossier knows it
        tag(document, "{%p if p.quoc_tich %}")
        line(document, "- Quốc tịch: ", "{{ p.quoc_tich }}", indent=4)
        tag(document, "{%p endif %}")
    tag(document, "{%p if p.la_dang_vien %}")
    line(document, "- Là đảng viên Đảng Cộng sản Việt Nam.", indent=4)
    tag(document, "{%p endif %}")
    tag(document, "{%p if p.ghi_chu %}")
    line(document, "- Ghi chú: ", "{{ p.ghi_chu }}", indent=4)
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")


def family(document: DocumentObject) -> None:
    """Pages 12–24: item (21), its three groups of relatives."""
    heading(document, "21) HOÀN CẢNH GIA ĐÌNH", new_page=True)
    para(document, ("a) Ông, bà nội; ông, bà ngoại (của bản thân và bên vợ hoặc chồng)", "i"), after=2)
    relative(document, "family_grandparents", [])
    para(document, ("b) Cha, mẹ đẻ (hoặc người nuôi dưỡng); cha, mẹ vợ (hoặc chồng); vợ (hoặc chồng)", "i"),
         before=8, after=2)
    relative(document, "family_parents", [("Nơi sinh", "{{ p.noi_sinh }}"),
                                          ("Thành phần giai cấp", "{{ p.thanh_phan_giai_cap }}")])
    para(document, ("c) Anh, chị, em ruột (của bản thân và của vợ hoặc chồng); các con", "i"), before=8, after=2)
    relative(document, "family_others", [("Quốc tịch", "{{ p.quoc_tich }}")])


def closing(document: DocumentObject) -> None:
    """Page 25: items (22) and (23); pages 26–31: item (24); page 32: items (25) and (26)."""
    heading(document, "22) TỰ NHẬN XÉT", new_page=True)
    para(document, "{{ ly_lich.tu_nhan_xet }}", align=JUSTIFY, first_line=6)
    heading(document, "23) CAM ĐOAN VÀ KÝ TÊN")
    para(document, f"{{{{ ly_lich.cam_doan.loi_cam_doan | default('{PLEDGE}') }}}}", align=JUSTIFY, first_line=6)
    para(document, "", after=4)
    signed(
        document,
        [("{{ ly_lich.cam_doan.noi_ky }}, {{ ly_lich.cam_doan.ngay_ky | vn_date }}", "i"), ("NGƯỜI KHAI", "b"),
         ("(Ký, ghi rõ họ và tên)", "i")],
        "{{ ly_lich.cam_doan.ho_ten_ky }}",
    )
    heading(document, "24) NHẬN XÉT CỦA CẤP ỦY, TỔ CHỨC ĐẢNG NƠI ĐẾN THẨM TRA", new_page=True)
    tag(document, "{%p for t in ly_lich.tham_tra | rows %}")
    line(document, "Cấp ủy, tổ chức đảng thẩm tra: ", ("{{ t.to_chuc }}", "b"), before=6)
    para(document, "{{ t.noi_dung }}", align=JUSTIFY, first_line=6)
    signed(document, [("{{ t.ngay | vn_date }}", "i"), ("T/M CẤP ỦY", "b"), ("(Ký tên, đóng dấu)", "i")],
           "{{ t.nguoi_ky }}")
    tag(document, "{%p endfor %}")
    heading(document, "25) NHẬN XÉT CỦA CHI ỦY HOẶC CHI BỘ", new_page=True)
    para(document, "{{ ly_lich.nhan_xet_chi_bo.noi_dung }}", align=JUSTIFY, first_line=6)
    signed(document, [("{{ ly_lich.nhan_xet_chi_bo.ngay | vn_date }}", "i"), ("T/M CHI ỦY (CHI BỘ)", "b"),
                      ("(Ký, ghi rõ họ và tên)", "i")], "{{ ly_lich.nhan_xet_chi_bo.nguoi_ky }}")
    heading(document, "26) CHỨNG NHẬN CỦA CẤP ỦY CƠ SỞ")
    para(
        document,
        "{% if ly_lich.chung_nhan_cap_uy.noi_dung %}{{ ly_lich.chung_nhan_cap_uy.noi_dung }}{% else %}"
        "Chứng nhận người xin vào Đảng {{ ly_lich.chung_nhan_cap_uy.ket_luan | conclusion }} "
        "để xem xét kết nạp vào Đảng.{% endif %}",
        align=JUSTIFY,
        first_line=6,
    )
    signed(document, [("{{ ly_lich.chung_nhan_cap_uy.ngay | vn_date }}", "i"), ("T/M ĐẢNG ỦY", "b"),
                      ("(Ký tên, đóng dấu)", "i")], "{{ ly_lich.chung_nhan_cap_uy.nguoi_ky }}")


def build() -> DocumentObject:
    """The whole Mẫu 2-KNĐ template: cover, then the numbered booklet pages."""
    document = new_document(BOOKLET, SIZE, "Mẫu 2-KNĐ — Lý lịch của người xin vào Đảng")
    cover(document)
    new_section(document)
    header_mark(document, DRAFT_HEADER)
    page_numbers(document)
    summary(document)
    history(document)
    training_and_records(document)
    family(document)
    closing(document)
    return document
