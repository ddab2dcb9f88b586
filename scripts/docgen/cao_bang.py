"""The dossier added for the documents: a fictional Tày man in Cao Bằng, with a paragraph-style family item."""

from __future__ import annotations

from typing import Any

NAME = "ho-so-cao-bang"
APPLICANT = "Nông Đức Thắng"
BIRTHPLACE = "xã Trùng Khánh, tỉnh Cao Bằng (tên cũ: xã Đức Hồng, huyện Trùng Khánh, tỉnh Cao Bằng)"
HOME = "xóm Pác Rằng, xã Trùng Khánh, tỉnh Cao Bằng"
CELL = "Chi bộ Cơ quan Ủy ban nhân dân xã Trùng Khánh"
GOOD = "Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước"
PLEDGE = (
    "Tôi cam đoan đã khai đầy đủ, rõ ràng, trung thực và chịu trách nhiệm trước Đảng về những nội dung "
    "đã khai trong lý lịch."
)

WORK: list[tuple[str, str, str, str]] = [
    ("2012-09", "2015-06", "Học sinh lớp 10 đến lớp 12, Trường THPT Trùng Khánh, tỉnh Cao Bằng", "Bí thư chi đoàn lớp"),
    ("2015-07", "2015-08", "Ở nhà giúp gia đình làm nông nghiệp tại quê", ""),
    (
        "2015-09",
        "2019-06",
        "Sinh viên ngành Quản lý văn hóa, Trường Đại học Văn hóa Hà Nội",
        "Ủy viên Ban Chấp hành Chi đoàn",
    ),
    ("2019-07", "2019-12", "Chờ việc, làm nông nghiệp tại quê", ""),
    ("2020-01", "2022-12", "Nhân viên hợp đồng, Phòng Văn hóa và Thông tin huyện Trùng Khánh, tỉnh Cao Bằng", ""),
    (
        "2023-01",
        "2025-06",
        "Công chức Văn hóa - Xã hội, Ủy ban nhân dân thị trấn Trùng Khánh, huyện Trùng Khánh, tỉnh Cao Bằng",
        "Phó Bí thư Đoàn thị trấn",
    ),
    ("2025-07", "nay", "Công chức Phòng Văn hóa - Xã hội, Ủy ban nhân dân xã Trùng Khánh, tỉnh Cao Bằng",
     "Bí thư Đoàn xã"),
]

# (relation, name, birth year, job, residence, extra): already in the order the document writes them.
FAMILY: list[tuple[str, str, str, str, str, dict[str, Any]]] = [
    ("ong_noi", "Nông Văn Pảo", "1932", "Làm ruộng", "xã Trùng Khánh, tỉnh Cao Bằng",
     {"da_mat": True, "ghi_chu": "Mất năm 2008 tại quê do bệnh già"}),
    ("ba_noi", "Hoàng Thị Nhì", "1936", "Làm ruộng", "xã Trùng Khánh, tỉnh Cao Bằng",
     {"da_mat": True, "ghi_chu": "Mất năm 2016 tại quê do bệnh già"}),
    ("ong_ngoai", "Đàm Văn Lục", "1940", "Làm ruộng, đã nghỉ", "xã Đình Phong, tỉnh Cao Bằng", {}),
    ("ba_ngoai", "Lương Thị Mây", "1943", "Làm ruộng, đã nghỉ", "xã Đình Phong, tỉnh Cao Bằng", {}),
    ("ong_ba_ben_vo_chong", "Hoàng Văn Nhất", "1947", "Cán bộ hưu trí", "phường Thục Phán, tỉnh Cao Bằng",
     {"la_dang_vien": True}),
    ("cha_de", "Nông Văn Sáng", "1968", "Làm ruộng", "xã Trùng Khánh, tỉnh Cao Bằng",
     {"la_dang_vien": True, "noi_sinh": "xã Trùng Khánh, tỉnh Cao Bằng"}),
    ("me_de", "Đàm Thị Hoa", "1971", "Làm ruộng", "xã Trùng Khánh, tỉnh Cao Bằng",
     {"noi_sinh": "xã Đình Phong, tỉnh Cao Bằng"}),
    ("vo", "Hoàng Thị Lan Anh", "1999", "Giáo viên mầm non", HOME,
     {"noi_sinh": "phường Thục Phán, tỉnh Cao Bằng"}),
    ("cha_vo_chong", "Hoàng Văn Chiến", "1972", "Công nhân điện lực", "phường Thục Phán, tỉnh Cao Bằng",
     {"noi_sinh": "phường Thục Phán, tỉnh Cao Bằng"}),
    ("me_vo_chong", "Lương Thị Thu", "1975", "Buôn bán nhỏ", "phường Thục Phán, tỉnh Cao Bằng",
     {"noi_sinh": "xã Hòa An, tỉnh Cao Bằng"}),
    ("anh_chi_em_ruot", "Nông Thị Hạnh", "1994", "Làm ruộng", "xã Quang Trung, tỉnh Cao Bằng", {}),
    ("anh_chi_em_ruot", "Nông Văn Hải", "2003", "Bộ đội", "xã Trùng Khánh, tỉnh Cao Bằng",
     {"ghi_chu": "Đang tại ngũ"}),
    ("con", "Nông Bảo Ngọc", "2024", "Còn nhỏ", HOME, {}),
]
HOMETOWN_OF = {
    "ong_ngoai": "xã Đình Phong, tỉnh Cao Bằng",
    "ba_ngoai": "xã Đình Phong, tỉnh Cao Bằng",
    "me_de": "xã Đình Phong, tỉnh Cao Bằng",
    "ong_ba_ben_vo_chong": "xã Hòa An, tỉnh Cao Bằng",
    "vo": "xã Hòa An, tỉnh Cao Bằng",
    "cha_vo_chong": "xã Hòa An, tỉnh Cao Bằng",
    "me_vo_chong": "xã Hòa An, tỉnh Cao Bằng",
}
# How the applicant names each relative in item (21), by name (the key stays `quan_he`).
LABELS = {
    "Hoàng Văn Nhất": "Ông nội vợ",
    "Nông Văn Sáng": "Bố đẻ",
    "Hoàng Văn Chiến": "Bố vợ",
    "Lương Thị Thu": "Mẹ vợ",
    "Nông Thị Hạnh": "Chị gái",
    "Nông Văn Hải": "Em trai",
    "Nông Bảo Ngọc": "Con gái",
}


def _relative(relation: str, name: str, year: str, job: str, home: str, extra: dict[str, Any]) -> dict[str, Any]:
    person: dict[str, Any] = {
        "quan_he": relation,
        "ho_ten": name,
        "nam_sinh": year,
        "que_quan": HOMETOWN_OF.get(relation, "xã Trùng Khánh, tỉnh Cao Bằng"),
        "noi_cu_tru": home,
        "nghe_nghiep": job,
        "quoc_tich": "Việt Nam",
        "lich_su_chinh_tri": GOOD,
    }
    return {**person, **extra}


def _sponsor(name: str, born: str, joined: str, official: str, role: str, office: str, hometown: str) -> dict[str, Any]:
    return {
        "ho_ten": name,
        "ngay_sinh": born,
        "ngay_vao_dang": joined,
        "ngay_chinh_thuc": official,
        "chuc_vu_dang": role,
        "chuc_vu_chinh_quyen": office,
        "que_quan": hometown,
        "chi_bo": CELL,
        "ngay_phan_cong": "2026-02-10",
        "quan_chung": APPLICANT,
        "dac_diem_ly_lich": "Lý lịch rõ ràng; gia đình chấp hành tốt chủ trương, chính sách",
        "uu_khuyet_diem": "Ưu điểm: gần gũi nhân dân, nhiệt tình trong công tác Đoàn. Khuyết điểm: kỹ năng "
        "soạn thảo văn bản còn hạn chế.",
        "noi_viet": "Trùng Khánh",
        "ngay_viet": "2026-03-05",
        "cung_cong_tac_tu": "2023-01",
    }


def dossier() -> dict[str, Any]:
    """The canonical dossier of the added person (admission stage, meant to raise no finding)."""
    return {
        "ho_so": {
            "ngay_xet": "2026-07-15",
            "chi_bo": CELL,
            "dang_bo": "Đảng bộ xã Trùng Khánh",
            "quy_dinh": "HD38-2025",
            "giai_doan": "xet_ket_nap",
            "ten": NAME,
        },
        "ly_lich": {
            "mau": "HD38-2025",
            "ho_ten_khai_sinh": APPLICANT.upper(),
            "ngay_sinh": "1997-11-08",
            "gioi_tinh": "nam",
            "noi_dang_ky_khai_sinh": BIRTHPLACE,
            "que_quan": BIRTHPLACE,
            "noi_thuong_tru": HOME,
            "dan_toc": "Tày",
            "ton_giao": "Không",
            "nghe_nghiep": "Công chức",
            "trinh_do": {
                "giao_duc_pho_thong": "12/12",
                "chuyen_mon": "Đại học Quản lý văn hóa",
                "hoc_vi": "Cử nhân",
                "ly_luan_chinh_tri": "Sơ cấp",
                "ngoai_ngu": "Tiếng Anh bậc 2 (A2)",
                "tin_hoc": "Chứng chỉ ứng dụng công nghệ thông tin cơ bản",
                "tieng_dan_toc": "Tiếng Tày, tiếng Nùng",
            },
            "ngay_vao_doan": "2012-03-26",
            "noi_vao_doan": "Chi đoàn lớp 9B, Trường THCS Đức Hồng, huyện Trùng Khánh, tỉnh Cao Bằng",
            "lich_su_ban_than": "Từ tháng 9-2003 đến tháng 5-2012: học tiểu học và trung học cơ sở tại xã Đức Hồng "
            "(nay là xã Trùng Khánh); sống cùng cha mẹ, gia đình làm ruộng.",
            "cong_tac": [
                {"tu": start, "den": end, "cong_viec": work, **({"chuc_vu": role} if role else {})}
                for start, end, work, role in WORK
            ],
            "dac_diem_lich_su": "Không",
            "dao_tao": [
                {
                    "tu": "2015-09",
                    "den": "2019-06",
                    "ten_truong": "Trường Đại học Văn hóa Hà Nội",
                    "nganh_hoc": "Quản lý văn hóa",
                    "hinh_thuc": "Chính quy",
                    "van_bang": "Cử nhân",
                },
                {
                    "tu": "2024-03",
                    "den": "2024-05",
                    "ten_truong": "Trung tâm Chính trị huyện Trùng Khánh",
                    "nganh_hoc": "Sơ cấp lý luận chính trị",
                    "hinh_thuc": "Tại chức",
                    "van_bang": "Chứng chỉ sơ cấp lý luận chính trị",
                },
            ],
            "khen_thuong": [
                {
                    "thang_nam": "2024-12",
                    "ly_do_hinh_thuc": "Bằng khen của Ban Chấp hành Trung ương Đoàn về thành tích công tác Đoàn "
                    "và phong trào thanh niên năm 2024",
                    "cap_quyet_dinh": "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
                }
            ],
            "gia_dinh": [_relative(*person) for person in FAMILY],
            "tu_nhan_xet": "Ưu điểm: chấp hành tốt chủ trương, chính sách; gần gũi, giúp đỡ nhân dân; tích cực "
            "trong công tác Đoàn. Khuyết điểm: kỹ năng soạn thảo văn bản còn hạn chế.",
            "cam_doan": {
                "loi_cam_doan": PLEDGE,
                "noi_ky": "Trùng Khánh",
                "ngay_ky": "2026-02-02",
                "ho_ten_ky": APPLICANT,
            },
            "tham_tra": [
                {
                    "to_chuc": "Đảng ủy xã Trùng Khánh",
                    "ngay": "2026-05-18",
                    "noi_dung": "Lý lịch khai đúng; cha mẹ đẻ chấp hành tốt chủ trương, chính sách, pháp luật.",
                    "nguoi_ky": "Lục Văn Bình",
                },
                {
                    "to_chuc": "Đảng ủy phường Thục Phán",
                    "ngay": "2026-05-25",
                    "noi_dung": "Gia đình bên vợ chấp hành tốt chủ trương, chính sách, pháp luật.",
                    "nguoi_ky": "Bế Thị Hương",
                },
            ],
            "nhan_xet_chi_bo": {
                "ngay": "2026-06-10",
                "noi_dung": "Chi bộ xác nhận quần chúng khai lý lịch đúng, đủ.",
                "nguoi_ky": "Mã Văn Quân",
            },
            "chung_nhan_cap_uy": {
                "ngay": "2026-06-24",
                "ket_luan": "du_dieu_kien",
                "noi_dung": "Đủ điều kiện để xem xét kết nạp vào Đảng.",
                "nguoi_ky": "Lục Văn Bình",
            },
        },
        "don": {
            "ho_ten": APPLICANT,
            "ngay_sinh": "1997-11-08",
            "noi_sinh": BIRTHPLACE,
            "que_quan": BIRTHPLACE,
            "dan_toc": "Tày",
            "ton_giao": "Không",
            "trinh_do_hoc_van": "12/12",
            "noi_cu_tru": HOME,
            "nghe_nghiep": "Công chức",
            "don_vi_cong_tac": "Ủy ban nhân dân xã Trùng Khánh",
            "chuc_vu": "Công chức Văn hóa - Xã hội, Bí thư Đoàn xã",
            "ngay_vao_doan": "2012-03-26",
            "noi_vao_doan": "Chi đoàn lớp 9B, Trường THCS Đức Hồng",
            "kinh_gui_chi_uy": "Chi ủy Chi bộ Cơ quan Ủy ban nhân dân xã Trùng Khánh",
            "kinh_gui_dang_uy": "Đảng ủy xã Trùng Khánh",
            "nhan_thuc": "Qua học tập, nghiên cứu Điều lệ Đảng và lớp bồi dưỡng nhận thức về Đảng, tôi nhận thức "
            "được Đảng Cộng sản Việt Nam là đội tiên phong của giai cấp công nhân, đồng thời là đội tiên phong "
            "của nhân dân lao động và của dân tộc Việt Nam. Tôi tự nguyện xin vào Đảng để phấn đấu, rèn luyện "
            "và phục vụ nhân dân nơi quê hương.",
            "noi_lam_don": "Trùng Khánh",
            "ngay_lam_don": "2026-02-02",
        },
        "chung_nhan": {
            "so": "47-CN/TTCT",
            "ho_ten": APPLICANT,
            "ngay_sinh": "1997-11-08",
            "chuc_vu": "Công chức Văn hóa - Xã hội",
            "don_vi": "Ủy ban nhân dân thị trấn Trùng Khánh",
            "chi_bo": "Chi bộ Cơ quan Ủy ban nhân dân thị trấn Trùng Khánh",
            "tu_ngay": "2025-05-12",
            "den_ngay": "2025-05-16",
            "xep_loai": "Khá",
            "noi_cap": "Trung tâm Chính trị huyện Trùng Khánh",
            "ngay_cap": "2025-05-20",
        },
        "gioi_thieu": [
            _sponsor("Mã Văn Quân", "1979-06-14", "2004-09-02", "2005-09-02", "Bí thư chi bộ",
                     "Phó Chủ tịch Ủy ban nhân dân xã", "xã Quang Trung, tỉnh Cao Bằng"),
            _sponsor("Hà Thị Nguyệt", "1988-01-25", "2014-05-19", "2015-05-19", "Chi ủy viên",
                     "Trưởng Phòng Văn hóa - Xã hội", "xã Trùng Khánh, tỉnh Cao Bằng"),
        ],
        "tong_hop_y_kien": {
            "ngay": "2026-07-01",
            "doan_the": [
                {"ten": "Đoàn Thanh niên Cơ quan Ủy ban nhân dân xã Trùng Khánh", "so_duoc_hoi": 18,
                 "so_tan_thanh": 18},
                {"ten": "Công đoàn Cơ quan Ủy ban nhân dân xã Trùng Khánh", "so_duoc_hoi": 32, "so_tan_thanh": 30},
            ],
            "noi_cu_tru": {"so_duoc_hoi": 9, "so_tan_thanh": 9},
        },
        "nghi_quyet_chi_bo": {
            "so": "08-NQ/CB",
            "ngay_hop": "2026-07-15",
            "tong_so_dang_vien_chinh_thuc": 21,
            "so_khong_tinh": 2,
            "so_tan_thanh": 18,
            "so_khong_tan_thanh": 1,
        },
    }
