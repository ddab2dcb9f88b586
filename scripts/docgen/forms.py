"""The dossier's other documents: Mẫu 1-KNĐ (đơn), 3-KNĐ (giới thiệu), the class certificate, 4-, 5- and 6-KNĐ."""

from __future__ import annotations

import random
from typing import Any

from docgen import party
from docgen import wordml as w
from docgen.vn import day_bare, day_text, month_text
from docx.document import Document as DocumentObject
from docx.shared import Cm, Pt

Dossier = dict[str, Any]


def _cell_lines(d: Dossier) -> list[str]:
    return [d["ho_so"]["dang_bo"].upper(), d["ho_so"]["chi_bo"].upper()]


def _line(doc: DocumentObject, label: str, value: str | None, tail: tuple[str, str | None] | None = None) -> None:
    """"Label: value", optionally followed on the same line by a tab and a second "label: value"."""
    paragraph = doc.add_paragraph()
    w.run(paragraph, f"{label}: ")
    w.run(paragraph, value or "……………………")
    if tail:
        w.run(paragraph, f"\t{tail[0]}: ")
        w.run(paragraph, tail[1] or "…………")
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    paragraph.paragraph_format.space_after = Pt(3)


def don(d: Dossier, rng: random.Random) -> DocumentObject:
    """Mẫu 1-KNĐ, typed by the applicant; fits on one page."""
    data = d["don"]
    doc = w.new_document(data["ho_ten"])
    w.para(doc, "Mẫu 1-KNĐ", italic=True, size=11, align=w.RIGHT, space_after=0)
    party.applicant_header(doc, data["noi_lam_don"], data["ngay_lam_don"], rng.choice(["words", "words_pad"]))
    party.title(doc, ["ĐƠN XIN VÀO ĐẢNG"])
    recipients = doc.add_paragraph()
    w.run(recipients, "Kính gửi: ", bold=True, italic=True)
    w.run(recipients, f"- {data['kinh_gui_chi_uy']}")
    recipients.paragraph_format.left_indent = Cm(2)
    second = w.para(doc, f"- {data['kinh_gui_dang_uy']}", space_after=6)
    second.paragraph_format.left_indent = Cm(4.05)
    style = rng.choice(["slash", "slash_short", "words_nopad"])
    _line(doc, "Tôi là", data["ho_ten"], ("Sinh ngày", day_bare(data["ngay_sinh"], style)))
    _line(doc, "Nơi sinh", data["noi_sinh"])
    _line(doc, "Quê quán", data["que_quan"])
    _line(doc, "Dân tộc", data["dan_toc"], ("Tôn giáo", data["ton_giao"]))
    _line(doc, "Trình độ học vấn", data["trinh_do_hoc_van"])
    _line(doc, "Nơi cư trú", data["noi_cu_tru"])
    _line(doc, "Nghề nghiệp", data["nghe_nghiep"])
    _line(doc, "Đơn vị công tác", data.get("don_vi_cong_tac"))
    _line(doc, "Chức vụ", data.get("chuc_vu"))
    if data.get("ngay_vao_doan"):
        place = f", tại {data['noi_vao_doan']}" if data.get("noi_vao_doan") else ""
        _line(doc, "Ngày vào Đoàn TNCS Hồ Chí Minh", f"{day_bare(data['ngay_vao_doan'], style)}{place}")
    if data.get("ngay_cam_tinh_dang"):
        _line(doc, "Ngày được công nhận là cảm tình Đảng", day_bare(data["ngay_cam_tinh_dang"], style))
        _line(doc, "Chi bộ công nhận cảm tình Đảng", data.get("chi_bo_cam_tinh"))
    w.para(doc, "Nhận thức về Đảng và động cơ xin vào Đảng:", bold=True, space_after=2)
    w.para(doc, data["nhan_thuc"], align=w.JUSTIFY, indent_cm=1.0, space_after=2)
    w.para(doc, "Tôi xin hứa: luôn trung thành với mục đích, lý tưởng của Đảng, chấp hành nghiêm Cương lĩnh chính "
           "trị, Điều lệ Đảng, nghị quyết, chỉ thị của Đảng và pháp luật của Nhà nước; hoàn thành tốt nhiệm vụ "
           "được giao; giữ gìn đoàn kết, phấn đấu để trở thành đảng viên.", align=w.JUSTIFY, indent_cm=1.0)
    party.signature(doc, ["NGƯỜI LÀM ĐƠN", "(Ký, ghi rõ họ và tên)"], data["ho_ten"])
    return doc


def gioi_thieu(d: Dossier, sponsor: Dossier, rng: random.Random) -> DocumentObject:
    """Mẫu 3-KNĐ, one sponsor's letter."""
    doc = w.new_document(sponsor["ho_ten"])
    w.para(doc, "Mẫu 3-KNĐ", italic=True, size=11, align=w.RIGHT, space_after=0)
    style = rng.choice(["words", "words_pad"])
    party.header(doc, _cell_lines(d), sponsor["noi_viet"], sponsor["ngay_viet"], style=style)
    party.title(doc, ["GIẤY GIỚI THIỆU NGƯỜI VÀO ĐẢNG"])
    w.para(doc, f"Kính gửi: {sponsor['chi_bo']}", bold=True, align=w.CENTER, space_after=6)
    style = rng.choice(["slash", "slash_short", "dash"])
    _line(doc, "Tôi là", sponsor["ho_ten"], ("Sinh ngày", day_bare(sponsor["ngay_sinh"], style)))
    _line(doc, "Quê quán", sponsor.get("que_quan"))
    _line(doc, "Vào Đảng ngày", day_bare(sponsor["ngay_vao_dang"], style),
          ("Chính thức ngày", day_bare(sponsor["ngay_chinh_thuc"], style)))
    _line(doc, "Chức vụ trong Đảng", sponsor.get("chuc_vu_dang"))
    _line(doc, "Chức vụ chính quyền, đoàn thể", sponsor.get("chuc_vu_chinh_quyen"))
    _line(doc, "Đang sinh hoạt tại", sponsor["chi_bo"])
    applicant = sponsor["quan_chung"]
    w.para(doc, f"Được chi bộ phân công ngày {day_bare(sponsor['ngay_phan_cong'], style)} giúp đỡ quần chúng "
           f"{applicant} phấn đấu vào Đảng.", align=w.JUSTIFY, indent_cm=1.0)
    if sponsor.get("cung_cong_tac_tu"):
        since = month_text(sponsor["cung_cong_tac_tu"], rng.choice(["thang_slash", "thang_dash"]))
        w.para(doc, f"Tôi công tác cùng quần chúng {applicant} trong một đơn vị từ {since} đến nay.",
               align=w.JUSTIFY, indent_cm=1.0)
    if sponsor.get("phan_cong_thay_the"):
        w.para(doc, "Tôi được chi bộ phân công giới thiệu thay thế người giới thiệu trước đây.", indent_cm=1.0)
    w.para(doc, f"Tôi xin giới thiệu quần chúng {applicant} vào Đảng Cộng sản Việt Nam và báo cáo với chi bộ "
           "những đặc điểm chính của người vào Đảng như sau:", align=w.JUSTIFY, indent_cm=1.0)
    party.labelled(doc, "1. Về lý lịch", sponsor.get("dac_diem_ly_lich", ""))
    party.labelled(doc, "2. Những ưu điểm, khuyết điểm chính", "")
    w.para(doc, sponsor.get("uu_khuyet_diem", ""), align=w.JUSTIFY, indent_cm=1.0)
    w.para(doc, "Tôi xin chịu trách nhiệm trước Đảng về sự giới thiệu của mình.", indent_cm=1.0, space_after=8)
    party.signature(doc, ["NGƯỜI GIỚI THIỆU", "(Ký, ghi rõ họ và tên)"], sponsor["ho_ten"])
    return doc


def chung_nhan(d: Dossier, rng: random.Random, director: str) -> DocumentObject:
    """The awareness-class certificate (CN-NTVĐ), issued by a political centre."""
    data = d["chung_nhan"]
    centre = data["noi_cap"]
    issuer = [party.body_of(d["ho_so"]["dang_bo"]) if "huyện" not in centre else
              "HUYỆN ỦY " + centre.split("huyện ", 1)[1].upper(), centre.upper()]
    doc = w.new_document(director)
    party.header(doc, issuer, d["don"]["noi_lam_don"], data["ngay_cap"], number=data["so"])
    party.title(doc, ["GIẤY CHỨNG NHẬN", "HỌC LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG"])
    w.para(doc, f"{centre} chứng nhận:", italic=True, indent_cm=1.0)
    style = rng.choice(["slash", "words_pad"])
    _line(doc, "Đồng chí", data["ho_ten"])
    _line(doc, "Sinh ngày", day_bare(data["ngay_sinh"], style))
    _line(doc, "Chức vụ", data.get("chuc_vu"))
    _line(doc, "Đơn vị công tác", data.get("don_vi"))
    _line(doc, "Sinh hoạt tại", data.get("chi_bo"))
    w.para(doc, f"Đã hoàn thành chương trình lớp bồi dưỡng nhận thức về Đảng, từ ngày "
           f"{day_bare(data['tu_ngay'], style)} đến ngày {day_bare(data['den_ngay'], style)}.", indent_cm=1.0)
    _line(doc, "Xếp loại", data.get("xep_loai"))
    party.signature(doc, ["GIÁM ĐỐC"], director, left=["Nơi nhận:", "- Như trên,", "- Lưu TTCT."])
    return doc


def nghi_quyet_doan(d: Dossier, rng: random.Random, secretary: str) -> DocumentObject:
    """Mẫu 4-KNĐ (Youth Union) or 4A-KNĐ (trade union): the union's resolution introducing the applicant."""
    data = d["nghi_quyet_doan"]
    youth = data["to_chuc"] == "doan"
    doc = w.new_document(secretary)
    w.para(doc, "Mẫu 4-KNĐ" if youth else "Mẫu 4A-KNĐ", italic=True, size=11, align=w.RIGHT, space_after=0)
    body = data["ten_to_chuc"]
    issuer = [d["ho_so"]["dang_bo"].replace("Đảng bộ", "Đoàn" if youth else "Công đoàn", 1).upper(),
              body.replace("Ban Chấp hành", "BCH", 1).upper()]
    party.header(doc, issuer, d["don"]["noi_lam_don"], data["ngay"], number=data["so"],
                 right_top="ĐOÀN TNCS HỒ CHÍ MINH" if youth else "CÔNG ĐOÀN VIỆT NAM")
    member = "ĐOÀN VIÊN ƯU TÚ" if youth else "ĐOÀN VIÊN CÔNG ĐOÀN"
    party.title(doc, ["NGHỊ QUYẾT", f"GIỚI THIỆU {member} VÀO ĐẢNG"])
    w.para(doc, "Căn cứ Điều lệ Đảng Cộng sản Việt Nam và Điều lệ Đoàn TNCS Hồ Chí Minh;" if youth else
           "Căn cứ Điều lệ Đảng Cộng sản Việt Nam và Điều lệ Công đoàn Việt Nam;", italic=True, indent_cm=1.0)
    day = day_text(data["ngay"], rng.choice(["words", "words_nopad"]))
    w.para(doc, f"{day[0].upper()}{day[1:]}, {body} đã họp xét đề nghị giới thiệu đoàn viên {data['quan_chung']} "
           "vào Đảng.", align=w.JUSTIFY, indent_cm=1.0)
    members, yes, no = data["tong_so_uy_vien"], data["so_tan_thanh"], data.get("so_khong_tan_thanh", 0)
    w.para(doc, f"Tổng số ủy viên Ban Chấp hành: {members} đồng chí.", indent_cm=1.0)
    w.para(doc, f"Số đồng chí tán thành: {yes}/{members} (đạt {round(100 * yes / members)}%); "
           f"số không tán thành: {no} đồng chí.", indent_cm=1.0)
    w.para(doc, "QUYẾT NGHỊ", bold=True, align=w.CENTER)
    w.para(doc, f"Giới thiệu đoàn viên {data['quan_chung']} để chi bộ xem xét, đề nghị kết nạp vào Đảng Cộng sản "
           "Việt Nam.", align=w.JUSTIFY, indent_cm=1.0, space_after=8)
    party.signature(doc, ["T/M BAN CHẤP HÀNH", "BÍ THƯ"], secretary, left=["Nơi nhận:", "- Chi bộ,", "- Lưu."])
    return doc


def tong_hop_y_kien(d: Dossier, rng: random.Random, secretary: str) -> DocumentObject:
    """Mẫu 5-KNĐ: the cell committee's summary of the unions' and the home cell's opinions."""
    data = d["tong_hop_y_kien"]
    applicant = d["don"]["ho_ten"]
    doc = w.new_document(secretary)
    w.para(doc, "Mẫu 5-KNĐ", italic=True, size=11, align=w.RIGHT, space_after=0)
    party.header(doc, _cell_lines(d), d["don"]["noi_lam_don"], data["ngay"], style=rng.choice(["words", "words_pad"]))
    party.title(doc, ["TỔNG HỢP Ý KIẾN NHẬN XÉT", "CỦA ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI NƠI NGƯỜI VÀO ĐẢNG SINH HOẠT",
                      "VÀ CHI ỦY (CHI BỘ) NƠI CƯ TRÚ ĐỐI VỚI NGƯỜI VÀO ĐẢNG"])
    w.para(doc, f"Chi ủy {d['ho_so']['chi_bo']} tổng hợp ý kiến nhận xét đối với quần chúng {applicant} như sau:",
           align=w.JUSTIFY, indent_cm=1.0)
    w.para(doc, "1. Ý kiến nhận xét của đoàn thể chính trị - xã hội nơi người vào Đảng sinh hoạt:", bold=True)
    table = doc.add_table(rows=1, cols=4)
    w.grid(table)
    for cell, text in zip(table.rows[0].cells, ["Tên đoàn thể", "Số được hỏi ý kiến", "Số tán thành",
                                                "Số không tán thành"], strict=True):
        w.cell_text(cell, text, bold=True, align=w.CENTER, size=12)
    for union in data.get("doan_the", []):
        cells = table.add_row().cells
        values = [union["ten"], str(union["so_duoc_hoi"]), str(union["so_tan_thanh"]),
                  str(union["so_duoc_hoi"] - union["so_tan_thanh"])]
        for index, (cell, text) in enumerate(zip(cells, values, strict=True)):
            w.cell_text(cell, text, size=12, align=None if index == 0 else w.CENTER)
    w.widths(table, [7.5, 3.0, 3.0, 3.0])
    home = data.get("noi_cu_tru")
    w.para(doc, "2. Ý kiến nhận xét của chi ủy (chi bộ) nơi cư trú:", bold=True)
    if home:
        w.para(doc, f"Tổng số đảng viên được hỏi ý kiến: {home['so_duoc_hoi']} đồng chí; số tán thành: "
               f"{home['so_tan_thanh']} đồng chí; số không tán thành: {home['so_duoc_hoi'] - home['so_tan_thanh']} "
               "đồng chí.", indent_cm=1.0)
    w.para(doc, "Chi ủy báo cáo chi bộ xem xét.", indent_cm=1.0, space_after=8)
    party.signature(doc, ["T/M CHI ỦY", "BÍ THƯ"], secretary, left=["Nơi nhận:", "- Chi bộ,", "- Lưu hồ sơ."])
    return doc


def nghi_quyet_chi_bo(d: Dossier, rng: random.Random, secretary: str) -> DocumentObject:
    """Mẫu 6-KNĐ: the cell's resolution proposing admission."""
    data = d["nghi_quyet_chi_bo"]
    applicant = d["don"]["ho_ten"]
    doc = w.new_document(secretary)
    w.para(doc, "Mẫu 6-KNĐ", italic=True, size=11, align=w.RIGHT, space_after=0)
    party.header(doc, _cell_lines(d), d["don"]["noi_lam_don"], data["ngay_hop"], number=data["so"],
                 style=rng.choice(["words", "words_pad"]))
    party.title(doc, ["NGHỊ QUYẾT", "ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN"])
    day = day_text(data["ngay_hop"], rng.choice(["words", "words_nopad"]))
    w.para(doc, f"{day[0].upper()}{day[1:]}, {d['ho_so']['chi_bo']} đã họp để xét đề nghị kết nạp quần chúng "
           f"{applicant} vào Đảng.", align=w.JUSTIFY, indent_cm=1.0)
    total, excluded = data["tong_so_dang_vien_chinh_thuc"], data.get("so_khong_tinh", 0)
    yes, no = data["so_tan_thanh"], data.get("so_khong_tan_thanh", 0)
    w.para(doc, f"Tổng số đảng viên chính thức của chi bộ: {total} đồng chí; số đảng viên chính thức không tính "
           f"vào tổng số (chuyển sinh hoạt tạm thời, miễn sinh hoạt, nghỉ phép): {excluded} đồng chí.",
           align=w.JUSTIFY, indent_cm=1.0)
    share = round(100 * yes / (total - excluded)) if total > excluded else 0
    w.para(doc, f"Số đảng viên chính thức tán thành: {yes} đồng chí (đạt {share}% so với tổng số đảng viên chính "
           f"thức); số không tán thành: {no} đồng chí.", align=w.JUSTIFY, indent_cm=1.0)
    w.para(doc, "QUYẾT NGHỊ", bold=True, align=w.CENTER)
    w.para(doc, f"Đề nghị cấp ủy cấp trên xem xét, kết nạp quần chúng {applicant} vào Đảng Cộng sản Việt Nam.",
           align=w.JUSTIFY, indent_cm=1.0, space_after=8)
    party.signature(doc, ["T/M CHI BỘ", "BÍ THƯ"], secretary, left=["Nơi nhận:", "- Đảng ủy,", "- Lưu chi bộ."])
    return doc
