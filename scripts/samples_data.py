"""The clean sample dossier every other sample is derived from: a fictional teacher in Hà Nội."""

from __future__ import annotations

from typing import Any

PLEDGE = (
    "Tôi cam đoan đã khai đầy đủ, rõ ràng, trung thực và chịu trách nhiệm trước Đảng về những nội dung "
    "đã khai trong lý lịch."
)
APPLICANT = "Trần Thị Minh Thư"
BIRTHPLACE = "xã Hòa Long, tỉnh Đồng Tháp (tên cũ: xã Long Hậu, huyện Lai Vung, tỉnh Đồng Tháp)"
HOMETOWN = "xã Tân Dương, tỉnh Đồng Tháp (tên cũ: xã Tân Dương, huyện Lai Vung, tỉnh Đồng Tháp)"
HOME = "số 12 phố Hàng Bạc, phường Hoàn Kiếm, thành phố Hà Nội"
SCHOOL = "Trường THPT Nguyễn Trãi, phường Ba Đình, thành phố Hà Nội"

WORK = [
    ("2013-09", "2016-06", "Học sinh lớp 10 đến lớp 12, Trường THPT Lai Vung 1, tỉnh Đồng Tháp", ""),
    ("2016-07", "2016-08", "Ở nhà ôn thi đại học tại xã Tân Dương, tỉnh Đồng Tháp", ""),
    ("2016-09", "2020-06", "Sinh viên Khoa Toán, Trường Đại học Sư phạm Hà Nội", "Lớp trưởng"),
    ("2020-07", "2020-08", "Chờ việc, ở nhà tại xã Tân Dương, tỉnh Đồng Tháp", ""),
    ("2020-09", "2021-08", f"Giáo viên hợp đồng môn Toán, {SCHOOL}", ""),
    ("2021-09", "2022-08", f"Giáo viên tập sự môn Toán, {SCHOOL}", ""),
    ("2022-09", "2023-08", f"Giáo viên môn Toán, {SCHOOL}", ""),
    ("2023-09", "2024-08", f"Giáo viên môn Toán, {SCHOOL}", "Tổ phó chuyên môn"),
    ("2024-09", "2025-08", f"Giáo viên môn Toán, {SCHOOL}", "Tổ phó chuyên môn, Phó Bí thư Đoàn trường"),
    ("2025-09", "nay", f"Giáo viên môn Toán, {SCHOOL}", "Tổ trưởng chuyên môn, Bí thư Đoàn trường"),
]

FAMILY = [
    (
        "ong_noi",
        "Trần Văn Lộc",
        "1940",
        "Nông dân, đã nghỉ",
        {"da_mat": True, "ghi_chu": "Mất năm 2015 tại quê do bệnh già"},
    ),
    ("ba_noi", "Nguyễn Thị Sen", "1943", "Nông dân, đã nghỉ", {}),
    (
        "ong_ngoai",
        "Lê Văn Tám",
        "1938",
        "Nông dân, đã nghỉ",
        {"da_mat": True, "ghi_chu": "Mất năm 2010 tại quê do bệnh"},
    ),
    ("ba_ngoai", "Phạm Thị Hoa", "1942", "Nông dân, đã nghỉ", {}),
    ("cha_de", "Trần Văn Hùng", "1968", "Nông dân", {"la_dang_vien": True}),
    ("me_de", "Lê Thị Hồng", "1970", "Nông dân", {}),
    ("anh_chi_em_ruot", "Trần Minh Khôi", "2001", "Kỹ sư xây dựng", {}),
    ("chong", "Đỗ Quang Huy", "1996", "Kỹ sư phần mềm", {}),
    ("cha_vo_chong", "Đỗ Văn Bình", "1965", "Công nhân, đã nghỉ hưu", {}),
    ("me_vo_chong", "Hoàng Thị Lan", "1967", "Buôn bán nhỏ", {}),
    ("ong_ba_ben_vo_chong", "Đỗ Văn Thành", "1935", "Nông dân, đã nghỉ", {"da_mat": True, "ghi_chu": "Mất năm 2019"}),
    ("con", "Đỗ Minh An", "2023", "Còn nhỏ", {}),
]
FAMILY_HOME = {
    "ong_noi": HOMETOWN,
    "ba_noi": "xã Tân Dương, tỉnh Đồng Tháp",
    "ong_ngoai": "xã Tân Thành, tỉnh Đồng Tháp",
    "ba_ngoai": "xã Tân Thành, tỉnh Đồng Tháp",
    "cha_de": "xã Tân Dương, tỉnh Đồng Tháp",
    "me_de": "xã Tân Dương, tỉnh Đồng Tháp",
    "anh_chi_em_ruot": "phường Cửa Nam, thành phố Hà Nội",
    "chong": HOME,
    "cha_vo_chong": "xã Phúc Thịnh, thành phố Hà Nội",
    "me_vo_chong": "xã Phúc Thịnh, thành phố Hà Nội",
    "ong_ba_ben_vo_chong": "xã Phúc Thịnh, thành phố Hà Nội",
    "con": HOME,
}


def _relative(relation: str, name: str, year: str, job: str, extra: dict[str, Any]) -> dict[str, Any]:
    person = {
        "quan_he": relation,
        "ho_ten": name,
        "nam_sinh": year,
        "que_quan": FAMILY_HOME[relation],
        "noi_cu_tru": FAMILY_HOME[relation],
        "nghe_nghiep": job,
        "quoc_tich": "Việt Nam",
        "lich_su_chinh_tri": "Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
    }
    if relation in ("cha_de", "me_de", "cha_vo_chong", "me_vo_chong"):
        person["thanh_phan_giai_cap"] = "Trung nông" if relation in ("cha_de", "me_de") else ""
        person["noi_sinh"] = FAMILY_HOME[relation]
    return {key: value for key, value in {**person, **extra}.items() if value != ""}


def _sponsor(name: str, born: str, joined: str, official: str, role: str) -> dict[str, Any]:
    return {
        "ho_ten": name,
        "ngay_sinh": born,
        "ngay_vao_dang": joined,
        "ngay_chinh_thuc": official,
        "chuc_vu_dang": role,
        "chi_bo": "Chi bộ Trường THPT Nguyễn Trãi",
        "ngay_phan_cong": "2026-03-20",
        "quan_chung": APPLICANT,
        "dac_diem_ly_lich": "Lý lịch rõ ràng, gia đình chấp hành tốt chính sách",
        "uu_khuyet_diem": "Ưu điểm: nhiệt tình, trách nhiệm. Khuyết điểm: đôi khi còn nóng vội.",
        "noi_viet": "Hà Nội",
        "ngay_viet": "2026-04-10",
        "cung_cong_tac_tu": "2021-09",
    }


def clean_dossier() -> dict[str, Any]:
    """A complete dossier at the admission stage with no defect: 10 work periods, 12 relatives."""
    return {
        "ho_so": {
            "ngay_xet": "2026-11-20",
            "chi_bo": "Chi bộ Trường THPT Nguyễn Trãi",
            "dang_bo": "Đảng bộ phường Ba Đình",
            "quy_dinh": "HD38-2025",
            "giai_doan": "xet_ket_nap",
        },
        "ly_lich": {
            "mau": "HD38-2025",
            "ho_ten_khai_sinh": APPLICANT.upper(),
            "ngay_sinh": "1998-04-15",
            "gioi_tinh": "nữ",
            "noi_dang_ky_khai_sinh": BIRTHPLACE,
            "que_quan": HOMETOWN,
            "noi_thuong_tru": HOME,
            "dan_toc": "Kinh",
            "ton_giao": "Không",
            "nghe_nghiep": "Viên chức (giáo viên)",
            "trinh_do": {
                "giao_duc_pho_thong": "12/12 phổ thông",
                "chuyen_mon": "Đại học Sư phạm Toán",
                "hoc_vi": "Cử nhân",
                "ly_luan_chinh_tri": "Sơ cấp",
                "ngoai_ngu": "Tiếng Anh B1",
                "tin_hoc": "Chứng chỉ ứng dụng công nghệ thông tin cơ bản",
            },
            "ngay_vao_doan": "2013-03-26",
            "noi_vao_doan": "Chi đoàn lớp 9A, Trường THCS Tân Dương, tỉnh Đồng Tháp",
            "lich_su_ban_than": "Từ tháng 9-2004 đến tháng 5-2013: học tiểu học và trung học cơ sở tại xã Tân Dương; "
            "sống cùng cha mẹ, gia đình làm nông nghiệp.",
            "cong_tac": [
                {"tu": start, "den": end, "cong_viec": work, **({"chuc_vu": role} if role else {})}
                for start, end, work, role in WORK
            ],
            "dac_diem_lich_su": "Không",
            "dao_tao": [
                {
                    "tu": "2016-09",
                    "den": "2020-06",
                    "ten_truong": "Trường Đại học Sư phạm Hà Nội",
                    "nganh_hoc": "Sư phạm Toán",
                    "hinh_thuc": "Chính quy",
                    "van_bang": "Cử nhân",
                }
            ],
            "khen_thuong": [
                {
                    "thang_nam": "2024-05",
                    "ly_do_hinh_thuc": "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố về thành tích giảng dạy",
                    "cap_quyet_dinh": "Ủy ban nhân dân thành phố Hà Nội",
                }
            ],
            "gia_dinh": [_relative(*person) for person in FAMILY],
            "tu_nhan_xet": "Ưu điểm: có lập trường tư tưởng vững vàng, hoàn thành tốt nhiệm vụ. Khuyết điểm: "
            "đôi khi còn nóng vội. Được đồng nghiệp tín nhiệm.",
            "cam_doan": {"loi_cam_doan": PLEDGE, "noi_ky": "Hà Nội", "ngay_ky": "2026-03-10", "ho_ten_ky": APPLICANT},
            "tham_tra": [
                {
                    "to_chuc": "Đảng ủy xã Tân Dương",
                    "ngay": "2026-06-20",
                    "noi_dung": "Lý lịch khai đúng; gia đình chấp hành tốt chính sách, pháp luật.",
                    "nguoi_ky": "Nguyễn Văn Bảy",
                }
            ],
            "nhan_xet_chi_bo": {
                "ngay": "2026-07-15",
                "noi_dung": "Chi bộ xác nhận lý lịch khai đúng.",
                "nguoi_ky": "Vũ Thị Ngọc",
            },
            "chung_nhan_cap_uy": {
                "ngay": "2026-08-05",
                "ket_luan": "du_dieu_kien",
                "noi_dung": "Đủ điều kiện để xem xét kết nạp vào Đảng.",
                "nguoi_ky": "Lương Văn Đức",
            },
        },
        "don": {
            "ho_ten": APPLICANT,
            "ngay_sinh": "1998-04-15",
            "noi_sinh": BIRTHPLACE,
            "que_quan": HOMETOWN,
            "dan_toc": "Kinh",
            "ton_giao": "Không",
            "trinh_do_hoc_van": "12/12 phổ thông",
            "noi_cu_tru": HOME,
            "nghe_nghiep": "Giáo viên",
            "don_vi_cong_tac": "Trường THPT Nguyễn Trãi",
            "chuc_vu": "Tổ trưởng",
            "ngay_vao_doan": "2013-03-26",
            "noi_vao_doan": "Chi đoàn lớp 9A, Trường THCS Tân Dương",
            "kinh_gui_chi_uy": "Chi ủy Chi bộ Trường THPT Nguyễn Trãi",
            "kinh_gui_dang_uy": "Đảng ủy phường Ba Đình",
            "nhan_thuc": "Qua học tập lớp bồi dưỡng nhận thức về Đảng, tôi nhận thức được mục đích, lý tưởng "
            "của Đảng và tự nguyện xin vào Đảng.",
            "noi_lam_don": "Hà Nội",
            "ngay_lam_don": "2026-03-10",
        },
        "chung_nhan": {
            "so": "215-CN/TTCT",
            "ho_ten": APPLICANT,
            "ngay_sinh": "1998-04-15",
            "chuc_vu": "Giáo viên",
            "don_vi": "Trường THPT Nguyễn Trãi",
            "chi_bo": "Chi bộ Trường THPT Nguyễn Trãi",
            "tu_ngay": "2025-10-06",
            "den_ngay": "2025-10-10",
            "xep_loai": "Giỏi",
            "noi_cap": "Trung tâm Chính trị phường Ba Đình",
            "ngay_cap": "2025-10-15",
        },
        "gioi_thieu": [
            _sponsor("Vũ Thị Ngọc", "1980-02-11", "2008-05-19", "2009-05-19", "Bí thư chi bộ"),
            _sponsor("Phan Đức Thịnh", "1985-09-30", "2012-12-22", "2013-12-22", "Đảng viên"),
        ],
        "tong_hop_y_kien": {
            "ngay": "2026-08-20",
            "doan_the": [{"ten": "Công đoàn Trường THPT Nguyễn Trãi", "so_duoc_hoi": 40, "so_tan_thanh": 38}],
            "noi_cu_tru": {"so_duoc_hoi": 12, "so_tan_thanh": 12},
        },
        "nghi_quyet_chi_bo": {
            "so": "12-NQ/CB",
            "ngay_hop": "2026-09-10",
            "tong_so_dang_vien_chinh_thuc": 15,
            "so_khong_tinh": 1,
            "so_tan_thanh": 14,
            "so_khong_tan_thanh": 0,
        },
    }
