"""Resolutions and the decision: Mẫu 4-KNĐ, 4A-KNĐ (unions), 5-KNĐ, 6-KNĐ, 8-KNĐ and 9-KNĐ (Party bodies)."""

from __future__ import annotations

from docx.document import Document as DocumentObject

from formgen.kit import (
    A4,
    CENTER,
    JUSTIFY,
    LEADER,
    PLACE,
    dotted,
    form_code,
    grid,
    new_document,
    para,
    party_header,
    signature,
    title,
)

SIZE = 14


def _lines(document: DocumentObject, *paragraphs: tuple[str | tuple[str, str], ...]) -> None:
    for runs in paragraphs:
        para(document, *runs, align=JUSTIFY, first_line=10, after=4)


def union_resolution(youth: bool) -> DocumentObject:
    """Mẫu 4-KNĐ (Youth Union executive committee) or 4A-KNĐ (trade union): recommends the applicant."""
    code = "Mẫu 4-KNĐ" if youth else "Mẫu 4A-KNĐ"
    member = "đoàn viên ưu tú" if youth else "đoàn viên công đoàn"
    document = new_document(A4, SIZE, f"{code} — Nghị quyết giới thiệu {member} vào Đảng")
    form_code(document, code)
    right = [("ĐOÀN TNCS HỒ CHÍ MINH", "bu")] if youth else [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập – Tự do – Hạnh phúc", "bu")]
    party_header(
        document,
        [("{{ nghi_quyet_doan.ten_to_chuc | upper }}", "b"), "***", "Số: {{ nghi_quyet_doan.so }}"],
        f"{PLACE}, {{{{ nghi_quyet_doan.ngay | vn_date }}}}",
        right_title=right,
        size=13 if youth else 12,
    )
    title(document, "NGHỊ QUYẾT", f"giới thiệu {member} vào Đảng")
    _lines(
        document,
        ("Vào {{ nghi_quyet_doan.ngay | vn_date }}, {{ nghi_quyet_doan.ten_to_chuc }} đã họp xét, giới thiệu "
         f"{member} ", ("{{ nghi_quyet_doan.quan_chung }}", "b"), " vào Đảng Cộng sản Việt Nam.",),
        ("Tổng số ủy viên: {{ nghi_quyet_doan.tong_so_uy_vien }}; có mặt: ……; vắng mặt: …….",),
        ("Sau khi xem xét, thảo luận, hội nghị thống nhất kết luận:",),
    )
    dotted(document, "1. Ưu điểm: ", lines=2, indent=10)
    dotted(document, "2. Khuyết điểm: ", lines=2, indent=10)
    _lines(
        document,
        ("3. Số ủy viên tán thành việc giới thiệu: {{ nghi_quyet_doan.so_tan_thanh }}/"
         "{{ nghi_quyet_doan.tong_so_uy_vien }}, đạt {{ nghi_quyet_doan.so_tan_thanh | percent_of("
         "nghi_quyet_doan.tong_so_uy_vien) }}; không tán thành: {{ nghi_quyet_doan.so_khong_tan_thanh }}.",),
        ("Đề nghị {{ ho_so.chi_bo }} xem xét, kết nạp {{ nghi_quyet_doan.quan_chung }} vào Đảng Cộng sản Việt Nam.",),
    )
    signature(
        document,
        [("T/M BAN CHẤP HÀNH", "b"), ("BÍ THƯ" if youth else "CHỦ TỊCH", "b"), ("(Ký, ghi rõ họ và tên)", "i"), LEADER],
        left=[("Nơi nhận:", "bi"), "- {{ ho_so.chi_bo }},", "- Lưu."],
    )
    return document


def opinions() -> DocumentObject:
    """Mẫu 5-KNĐ: the chi ủy's summary of the unions' and the residence chi bộ's opinions of the applicant."""
    document = new_document(A4, SIZE, "Mẫu 5-KNĐ — Tổng hợp ý kiến nhận xét đối với người vào Đảng")
    form_code(document, "Mẫu 5-KNĐ")
    party_header(document, ["{{ ho_so.dang_bo | upper }}", ("{{ ho_so.chi_bo | upper }}", "b"), "*"],
                 f"{PLACE}, {{{{ tong_hop_y_kien.ngay | vn_date }}}}")
    title(document, "TỔNG HỢP Ý KIẾN NHẬN XÉT",
          "của đoàn thể chính trị – xã hội nơi người vào Đảng sinh hoạt",
          "và chi ủy (chi bộ) nơi cư trú đối với người vào Đảng")
    para(document, "Người vào Đảng: ", ("{{ applicant_name }}", "b"), ", sinh {{ applicant_birth | vn_date }}", after=6)
    para(document, ("1. Ý kiến nhận xét của đoàn thể chính trị – xã hội nơi người vào Đảng sinh hoạt", "b"), after=4)
    grid(
        document,
        ["Đoàn thể", "Số được hỏi ý kiến", "Số tán thành", "Tỷ lệ"],
        ["{{ d.ten | cell }}", "{{ d.so_duoc_hoi | cell }}", "{{ d.so_tan_thanh | cell }}",
         "{{ d.so_tan_thanh | percent_of(d.so_duoc_hoi) }}"],
        [75, 32, 30, 28],
        "d in tong_hop_y_kien.doan_the | rows",
        size=13,
    )
    para(document, ("2. Ý kiến nhận xét của chi ủy (chi bộ) nơi cư trú", "b"), before=8, after=4)
    _lines(
        document,
        ("Số được hỏi ý kiến: {{ tong_hop_y_kien.noi_cu_tru.so_duoc_hoi }}; số tán thành: "
         "{{ tong_hop_y_kien.noi_cu_tru.so_tan_thanh }}, đạt {{ tong_hop_y_kien.noi_cu_tru.so_tan_thanh | percent_of("
         "tong_hop_y_kien.noi_cu_tru.so_duoc_hoi) }}.",),
    )
    para(document, ("3. Nhận xét chung", "b"), before=4, after=4)
    dotted(document, "- Ưu điểm: ", lines=2, indent=10)
    dotted(document, "- Khuyết điểm: ", lines=2, indent=10)
    signature(document, [("T/M CHI ỦY (CHI BỘ)", "b"), ("BÍ THƯ", "b"), ("(Ký, ghi rõ họ và tên)", "i"), LEADER])
    return document


def cell_resolution() -> DocumentObject:
    """Mẫu 6-KNĐ: the chi bộ's resolution proposing the admission, with the vote of its official members."""
    document = new_document(A4, SIZE, "Mẫu 6-KNĐ — Nghị quyết đề nghị kết nạp đảng viên")
    form_code(document, "Mẫu 6-KNĐ")
    party_header(
        document,
        ["{{ ho_so.dang_bo | upper }}", ("{{ ho_so.chi_bo | upper }}", "b"), "*", "Số {{ nghi_quyet_chi_bo.so }}"],
        f"{PLACE}, {{{{ nghi_quyet_chi_bo.ngay_hop | vn_date }}}}",
    )
    title(document, "NGHỊ QUYẾT", "đề nghị kết nạp đảng viên")
    _lines(
        document,
        ("Vào {{ nghi_quyet_chi_bo.ngay_hop | vn_date }}, {{ ho_so.chi_bo }} đã họp xét đề nghị kết nạp quần chúng ",
         ("{{ applicant_name }}", "b"), " vào Đảng Cộng sản Việt Nam."),
        ("Tổng số đảng viên chính thức của chi bộ: {{ nghi_quyet_chi_bo.tong_so_dang_vien_chinh_thuc }}; không tính "
         "(công tác xa, đình chỉ sinh hoạt, miễn sinh hoạt): {{ nghi_quyet_chi_bo.so_khong_tinh }}; số đảng viên "
         "chính thức được tính: {{ chi_bo_counted }}. Có mặt: ……; vắng mặt: …….",),
        ("Sau khi nghiên cứu hồ sơ và thảo luận, chi bộ thống nhất kết luận:",),
    )
    para(document, "1. Ưu, khuyết điểm chính về phẩm chất chính trị, đạo đức, lối sống, năng lực công tác, quan hệ "
         "quần chúng:", indent=10, after=2)
    dotted(document, lines=3, indent=10)
    dotted(document, "2. Những vấn đề về lịch sử chính trị và chính trị hiện nay: ", lines=2, indent=10)
    _lines(
        document,
        ("3. Số đảng viên chính thức tán thành việc kết nạp: {{ nghi_quyet_chi_bo.so_tan_thanh }}/{{ chi_bo_counted }}"
         " đồng chí, đạt {{ nghi_quyet_chi_bo.so_tan_thanh | percent_of(chi_bo_counted) }}; không tán thành: "
         "{{ nghi_quyet_chi_bo.so_khong_tan_thanh }} đồng chí.",),
        ("Chi bộ đề nghị cấp ủy {{ ho_so.dang_bo }} xem xét, kết nạp quần chúng {{ applicant_name }} vào Đảng Cộng "
         "sản Việt Nam.",),
    )
    signature(document, [("T/M CHI BỘ", "b"), ("BÍ THƯ", "b"), ("(Ký, ghi rõ họ và tên)", "i"), LEADER],
              left=[("Nơi nhận:", "bi"), "- Đảng ủy cơ sở,", "- Lưu chi bộ."])
    return document


def committee_resolution() -> DocumentObject:
    """Mẫu 8-KNĐ: the grassroots committee's resolution proposing the admission (extension `nghi_quyet_dang_uy`)."""
    document = new_document(A4, SIZE, "Mẫu 8-KNĐ — Nghị quyết đề nghị kết nạp đảng viên")
    form_code(document, "Mẫu 8-KNĐ")
    party_header(document, [("{{ ho_so.dang_bo | upper }}", "b"), "*", "Số {{ nghi_quyet_dang_uy.so }}"],
                 f"{PLACE}, {{{{ nghi_quyet_dang_uy.ngay | vn_date }}}}")
    title(document, "NGHỊ QUYẾT", "đề nghị kết nạp đảng viên")
    _lines(
        document,
        ("Vào {{ nghi_quyet_dang_uy.ngay | vn_date }}, Ban Chấp hành {{ ho_so.dang_bo }} đã họp xét Nghị quyết số "
         "{{ nghi_quyet_chi_bo.so }} ({{ nghi_quyet_chi_bo.ngay_hop | vn_date }}) của {{ ho_so.chi_bo }} đề nghị kết "
         "nạp quần chúng ", ("{{ applicant_name }}", "b"), " vào Đảng Cộng sản Việt Nam."),
        ("Tổng số đảng ủy viên: {{ nghi_quyet_dang_uy.tong_so_uy_vien }}; có mặt: ……; vắng mặt: …….",),
        ("Đảng ủy thống nhất kết luận:",),
    )
    dotted(document, "1. Ưu, khuyết điểm chính của người vào Đảng: ", lines=3, indent=10)
    dotted(document, "2. Những vấn đề về lịch sử chính trị và chính trị hiện nay: ", lines=2, indent=10)
    _lines(
        document,
        ("3. Số đảng ủy viên tán thành việc kết nạp: {{ nghi_quyet_dang_uy.so_tan_thanh }}/"
         "{{ nghi_quyet_dang_uy.tong_so_uy_vien }}, đạt {{ nghi_quyet_dang_uy.so_tan_thanh | percent_of("
         "nghi_quyet_dang_uy.tong_so_uy_vien) }}; không tán thành: {{ nghi_quyet_dang_uy.so_khong_tan_thanh }}.",),
        ("Đề nghị cấp ủy có thẩm quyền xem xét, quyết định kết nạp quần chúng {{ applicant_name }} vào Đảng Cộng sản "
         "Việt Nam.",),
    )
    signature(document, [("T/M ĐẢNG ỦY", "b"), ("BÍ THƯ", "b"), ("(Ký, ghi rõ họ và tên)", "i"), LEADER],
              left=[("Nơi nhận:", "bi"), "- Cấp ủy cấp trên,", "- {{ ho_so.chi_bo }},", "- Lưu."])
    return document


def decision() -> DocumentObject:
    """Mẫu 9-KNĐ: the competent committee's decision to admit (extension `quyet_dinh`)."""
    document = new_document(A4, SIZE, "Mẫu 9-KNĐ — Quyết định kết nạp đảng viên")
    form_code(document, "Mẫu 9-KNĐ")
    party_header(document, [("{{ quyet_dinh.co_quan | upper }}", "b"), "*", "Số {{ quyet_dinh.so }}"],
                 f"{PLACE}, {{{{ quyet_dinh.ngay | vn_date }}}}")
    title(document, "QUYẾT ĐỊNH", "kết nạp đảng viên")
    for text in (
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "- Căn cứ quy định, hướng dẫn thi hành Điều lệ Đảng và nghiệp vụ công tác đảng viên;",
        "- Xét Nghị quyết số {{ nghi_quyet_chi_bo.so }} ({{ nghi_quyet_chi_bo.ngay_hop | vn_date }}) của "
        "{{ ho_so.chi_bo }} và Nghị quyết số {{ nghi_quyet_dang_uy.so }} ({{ nghi_quyet_dang_uy.ngay | vn_date }}) "
        "của Ban Chấp hành {{ ho_so.dang_bo }} đề nghị kết nạp đảng viên,",
    ):
        para(document, (text, "i"), align=JUSTIFY, first_line=10, after=3)
    para(document, ("{{ quyet_dinh.co_quan | upper }} QUYẾT ĐỊNH", "b"), align=CENTER, before=8, after=8)
    _lines(
        document,
        (("Điều 1. ", "b"), "Kết nạp quần chúng ", ("{{ applicant_name }}", "b"), ", sinh "
         "{{ applicant_birth | vn_date }}, quê quán {{ applicant_hometown }}, vào Đảng Cộng sản Việt Nam. Thời gian "
         "dự bị tính từ ngày chi bộ tổ chức lễ kết nạp."),
        (("Điều 2. ", "b"), "{{ ho_so.chi_bo }} tổ chức lễ kết nạp đảng viên mới theo quy định."),
        (("Điều 3. ", "b"), "Cấp ủy {{ ho_so.dang_bo }}, {{ ho_so.chi_bo }} và đồng chí {{ applicant_name }} thi "
         "hành Quyết định này."),
    )
    signature(
        document,
        [("T/M BAN THƯỜNG VỤ", "b"), ("(Ký tên, đóng dấu)", "i"), ("{{ quyet_dinh.nguoi_ky }}", "b")],
        left=[("Nơi nhận:", "bi"), "- Như Điều 3,", "- Lưu hồ sơ đảng viên."],
    )
    return document
