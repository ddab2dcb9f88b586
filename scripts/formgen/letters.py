"""Mẫu 1-KNĐ (application), Mẫu 3-KNĐ (sponsor letter) and CN-NTVĐ (awareness-class certificate)."""

from __future__ import annotations

from docx.document import Document as DocumentObject

from formgen.kit import (
    A4,
    A5_LANDSCAPE,
    CENTER,
    JUSTIFY,
    LEADER,
    PLACE,
    form_code,
    header_mark,
    new_document,
    para,
    party_header,
    signature,
    tag,
    title,
)

SIZE = 14
DRAFT_HEADER = "{% if draft %}Bản nháp — chép tay theo mẫu{% endif %}"


def application() -> DocumentObject:
    """Mẫu 1-KNĐ: Đơn xin vào Đảng, written (or copied by hand) by the applicant."""
    document = new_document(A4, SIZE, "Mẫu 1-KNĐ — Đơn xin vào Đảng")
    header_mark(document, DRAFT_HEADER)
    form_code(document, "Mẫu 1-KNĐ")
    party_header(document, [""], "{{ don.noi_lam_don }}, {{ don.ngay_lam_don | vn_date }}")
    title(document, "ĐƠN XIN VÀO ĐẢNG", size=16)
    para(document, ("Kính gửi: ", "b"), "- {{ don.kinh_gui_chi_uy }}", indent=20)
    para(document, "- {{ don.kinh_gui_dang_uy }}", indent=42, after=8)
    for runs in (
        ("Tôi là: ", ("{{ don.ho_ten }}", "b")),
        ("Sinh {{ don.ngay_sinh | vn_date }}",),
        ("Nơi sinh: ", "{{ don.noi_sinh }}"),
        ("Quê quán: ", "{{ don.que_quan }}"),
        ("Nơi cư trú: ", "{{ don.noi_cu_tru }}"),
        ("Dân tộc: ", "{{ don.dan_toc }}", "          Tôn giáo: {{ don.ton_giao }}"),
        ("Trình độ học vấn: ", "{{ don.trinh_do_hoc_van }}"),
        ("Nghề nghiệp: ", "{{ don.nghe_nghiep }}"),
        ("Đơn vị công tác: ", "{{ don.don_vi_cong_tac }}"),
        ("Chức vụ: ", "{{ don.chuc_vu }}"),
        ("Ngày vào Đoàn TNCS Hồ Chí Minh: ", "{{ don.ngay_vao_doan | vn_date }}, tại {{ don.noi_vao_doan }}"),
    ):
        para(document, *runs, after=3)
    tag(document, "{%p if don.ngay_cam_tinh_dang %}")
    para(document, "Được công nhận là quần chúng cảm tình Đảng ", "{{ don.ngay_cam_tinh_dang | vn_date }}, "
         "tại {{ don.chi_bo_cam_tinh }}", after=3)
    tag(document, "{%p endif %}")
    para(document, "Qua học tập, rèn luyện và tìm hiểu Cương lĩnh chính trị, Điều lệ Đảng, tôi nhận thức được:",
         before=6, after=3, align=JUSTIFY, first_line=10)
    para(document, "{{ don.nhan_thuc }}", align=JUSTIFY, first_line=10, after=3)
    para(document, "Tôi tự nguyện làm đơn này, xin được đứng vào hàng ngũ của Đảng Cộng sản Việt Nam.",
         align=JUSTIFY, first_line=10, after=12)
    signature(document, [("NGƯỜI LÀM ĐƠN", "b"), ("(Ký, ghi rõ họ và tên)", "i"), ("{{ don.ho_ten }}", "b")])
    return document


def sponsor_letter() -> DocumentObject:
    """Mẫu 3-KNĐ: Giấy giới thiệu người vào Đảng, one per sponsoring official member (`sponsor`)."""
    document = new_document(A4, SIZE, "Mẫu 3-KNĐ — Giấy giới thiệu người vào Đảng")
    form_code(document, "Mẫu 3-KNĐ")
    party_header(
        document,
        ["{{ ho_so.dang_bo | upper }}", ("{{ sponsor.chi_bo | upper }}", "b"), "*"],
        "{{ sponsor.noi_viet }}, {{ sponsor.ngay_viet | vn_date }}",
    )
    title(document, "GIẤY GIỚI THIỆU NGƯỜI VÀO ĐẢNG", size=16, after=0)
    para(document, ("(Người giới thiệu thứ {{ sponsor_number }})", "i"), align=CENTER, after=12)
    para(document, ("Kính gửi: ", "b"), "{{ sponsor.chi_bo }}", align=CENTER, after=8)
    for runs in (
        ("Tôi là: ", ("{{ sponsor.ho_ten }}", "b")),
        ("Sinh {{ sponsor.ngay_sinh | vn_date }}",),
        ("Quê quán: ", "{{ sponsor.que_quan }}"),
        ("Vào Đảng {{ sponsor.ngay_vao_dang | vn_date }}; chính thức {{ sponsor.ngay_chinh_thuc | vn_date }}",),
        ("Chức vụ trong Đảng: ", "{{ sponsor.chuc_vu_dang }}"),
        ("Chức vụ chính quyền, đoàn thể: ", "{{ sponsor.chuc_vu_chinh_quyen }}"),
        ("Đang sinh hoạt tại: ", "{{ sponsor.chi_bo }}"),
        ("Được chi bộ phân công giúp đỡ quần chúng ", ("{{ sponsor.quan_chung }}", "b"),
         " phấn đấu vào Đảng ({{ sponsor.ngay_phan_cong | vn_date }})."),
        ("Cùng công tác (học tập, sinh hoạt) với quần chúng từ {{ sponsor.cung_cong_tac_tu | vn_date }}.",),
    ):
        para(document, *runs, after=3, align=JUSTIFY)
    tag(document, "{%p if sponsor.phan_cong_thay_the %}")
    para(document, "Là người giới thiệu được chi bộ phân công thay thế.", after=3)
    tag(document, "{%p endif %}")
    para(document, "Tôi giới thiệu quần chúng {{ sponsor.quan_chung }} vào Đảng Cộng sản Việt Nam và báo cáo với chi "
         "bộ những vấn đề chủ yếu về người vào Đảng như sau:", before=6, after=3, align=JUSTIFY, first_line=10)
    para(document, ("1. Về lý lịch: ", "b"), "{{ sponsor.dac_diem_ly_lich }}", after=3, align=JUSTIFY)
    para(document, ("2. Về ưu điểm, khuyết điểm ", "b"), ("(phẩm chất chính trị, đạo đức, lối sống, năng lực công "
         "tác, quan hệ quần chúng): ", "i"), "{{ sponsor.uu_khuyet_diem }}", after=3, align=JUSTIFY)
    para(document, "Tôi xin chịu trách nhiệm trước chi bộ về sự giới thiệu của mình.", after=12, first_line=10)
    signature(document, [("NGƯỜI GIỚI THIỆU", "b"), ("(Ký, ghi rõ họ và tên)", "i"), ("{{ sponsor.ho_ten }}", "b")])
    return document


def certificate() -> DocumentObject:
    """CN-NTVĐ: Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (A5, landscape)."""
    document = new_document(A5_LANDSCAPE, 12, "CN-NTVĐ — Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng")
    party_header(
        document,
        [("{{ chung_nhan.noi_cap | upper }}", "b"), "*", "Số: {{ chung_nhan.so }}"],
        f"{PLACE}, {{{{ chung_nhan.ngay_cap | vn_date }}}}",
    )
    para(document, ("GIẤY CHỨNG NHẬN", "b"), align=CENTER, size=18, before=10)
    para(document, ("HỌC LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG", "b"), align=CENTER, size=13, after=8)
    para(document, "{{ chung_nhan.noi_cap }} chứng nhận:", first_line=10, after=2)
    for runs in (
        ("Đồng chí: ", ("{{ chung_nhan.ho_ten }}", "b"), "        Sinh {{ chung_nhan.ngay_sinh | vn_date }}"),
        ("Chức vụ: ", "{{ chung_nhan.chuc_vu }}", "        Đơn vị: {{ chung_nhan.don_vi }}"),
        ("Thuộc: ", "{{ chung_nhan.chi_bo }}"),
        ("Đã hoàn thành chương trình học lớp bồi dưỡng nhận thức về Đảng, từ {{ chung_nhan.tu_ngay | vn_date }} "
         "đến {{ chung_nhan.den_ngay | vn_date }}.",),
        ("Xếp loại: ", ("{{ chung_nhan.xep_loai }}", "b")),
    ):
        para(document, *runs, after=2, indent=10)
    signature(document, [("GIÁM ĐỐC", "b"), ("(Ký tên, đóng dấu)", "i"), LEADER], widths=(80, 95), gap=2)
    return document
