"""Rules beyond the core ids: special cases, exemptions, deadlines and the HN-02 profile, each fired and missed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import ids
from tests.test_core_rules import born, both, remover, setter
from validators.checks.dates import working_days_between

Dossier = dict[str, Any]
CONSENT = setter("ho_so.van_ban_chap_thuan", [{"loai": "tuoi_tren_60", "so": "15-CV/TU", "ngay": "2026-10-01"}])
FATHER = "ly_lich.gia_dinh.4"
CASES = {
    # rule: (fires, does not fire)
    "dac_biet.tren_60_tuoi": (both(born("1960-01-01"), CONSENT), born("1960-01-01")),
    "dieu_kien.hoc_van_khong_ro": (setter("ly_lich.trinh_do.giao_duc_pho_thong", "lớp bảy"),
                                   setter("ly_lich.trinh_do.giao_duc_pho_thong", "tốt nghiệp THPT hệ 12 năm")),
    "dieu_kien.hoc_van_ngoai_le": (setter("ho_so.ngoai_le_hoc_van", "xã đặc biệt khó khăn"),
                                   setter("ho_so.chi_bo", "X")),
    "dieu_kien.doan_gioi_thieu_qua_tuoi": (
        setter("nghi_quyet_doan", {"to_chuc": "doan", "ngay": "2028-05-15"}),     # 30 years 1 month
        setter("nghi_quyet_doan", {"to_chuc": "doan", "ngay": "2028-05-14"})),    # 30 years 0 months 29 days
    "thu_tuc.bieu_quyet_dang_uy": (setter("nghi_quyet_dang_uy", {"tong_so_uy_vien": 7, "so_tan_thanh": 4}),
                                   setter("nghi_quyet_dang_uy", {"tong_so_uy_vien": 7, "so_tan_thanh": 5})),
    # 10/09/2026 + 45 working days = 12/11/2026 (no public holiday in between)
    "thu_tuc.thoi_han_quyet_dinh": (setter("quyet_dinh", {"ngay": "2026-11-13"}),
                                    setter("quyet_dinh", {"ngay": "2026-11-12"})),
    "thu_tuc.giay_to_sau_nghi_quyet_chi_bo": (setter("tong_hop_y_kien.ngay", "2026-09-11"),
                                              setter("tong_hop_y_kien.ngay", "2026-09-10")),
    "ly_lich.noi_cu_tru_hai_noi": (setter("ly_lich.noi_tam_tru", "phường Cửa Nam, thành phố Hà Nội"),
                                   both(remover("ly_lich.noi_thuong_tru"),
                                        setter("ly_lich.noi_tam_tru", "phường Cửa Nam, thành phố Hà Nội"))),
    "ly_lich.dia_danh_cu": (setter("ly_lich.que_quan", "xã Long Hậu, huyện Lai Vung, tỉnh Đồng Tháp"),
                            setter("ly_lich.que_quan", "xã Hòa Long, tỉnh Đồng Tháp (tên cũ: xã Long Hậu, huyện Lai "
                                   "Vung, tỉnh Đồng Tháp)")),
    "ly_lich.khen_thuong_duoi_bang_khen": (
        setter("ly_lich.khen_thuong.0.ly_do_hinh_thuc", "Giấy khen của Hiệu trưởng"),
        setter("ly_lich.khen_thuong.0.ly_do_hinh_thuc", "Bằng khen của Bộ trưởng")),
    "dac_biet.chuc_sac_ton_giao": (both(setter("ly_lich.ton_giao", "Công giáo, chức việc"),
                                        setter("don.ton_giao", "Công giáo, chức việc")),
                                   both(setter("ly_lich.ton_giao", "Công giáo"), setter("don.ton_giao", "Công giáo"))),
    "ly_lich.ton_giao_khong_ro": (both(setter("ly_lich.ton_giao", "Đạo Lạ"), setter("don.ton_giao", "Đạo Lạ")),
                                  both(setter("ly_lich.ton_giao", "Phật giáo Hòa Hảo"),
                                       setter("don.ton_giao", "Phật giáo Hòa Hảo"))),
    "dieu_kien.ket_nap_lai_36_thang": (setter("ly_lich.ket_nap_lai", {"ngay_ra_khoi": "2023-12-01"}),
                                       setter("ly_lich.ket_nap_lai", {"ngay_ra_khoi": "2023-11-01"})),
    "ly_lich.dan_toc": (setter("ly_lich.dan_toc", "Nhật"),
                        both(setter("ly_lich.dan_toc", "Nhật"), setter(f"{FATHER}.quoc_tich", "Nhật Bản"))),
    "ho_so.truong_khong_ro": (setter("ly_lich.ho_ten_dang_dung", "x"), setter("ly_lich.ten_goi_khac", "x")),
    "dac_biet.lich_su_chinh_tri": (setter("ly_lich.dac_diem_lich_su", "Năm 2015 bị tạm giữ 3 ngày"),
                                   setter("ly_lich.dac_diem_lich_su", "Không có gì")),
}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires_and_misses(rule_id: str, clean: Dossier, check, _clean_sample: Dossier) -> None:
    import copy
    CASES[rule_id][0](clean)
    assert rule_id in ids(check(clean))
    other = copy.deepcopy(_clean_sample)
    CASES[rule_id][1](other)
    assert rule_id not in ids(check(other))


def test_over_sixty_with_consent_is_not_an_error(clean: Dossier, check) -> None:
    both(born("1960-01-01"), CONSENT)(clean)
    assert "dieu_kien.tuoi_toi_da" not in ids(check(clean))


def test_working_days_skip_weekends_and_tet() -> None:
    assert working_days_between(date(2026, 2, 13), date(2026, 2, 23), "VN") == 1  # Tết 16–20/02, weekends


def test_hanoi_profile_by_configuration(library, clean: Dossier) -> None:
    from validators.engine import validate
    clean["ly_lich"]["viet_tay"] = False
    assert "hn02.viet_tay" not in ids(validate(library, clean).findings)
    found = ids(validate(library, clean, default_profile="HN-02").findings)
    assert {"hn02.viet_tay", "hn02.tai_lieu_kem_theo"} <= found


def test_hanoi_deadline(library, clean: Dossier) -> None:
    from validators.engine import validate
    clean["nghi_quyet_dang_uy"] = {"ngay": "2026-10-11", "tong_so_uy_vien": 7, "so_tan_thanh": 7}
    assert "hn02.thoi_han_chuyen_ho_so" in ids(validate(library, clean, default_profile="HN-02").findings)
    clean["nghi_quyet_dang_uy"]["ngay"] = "2026-10-10"
    assert "hn02.thoi_han_chuyen_ho_so" not in ids(validate(library, clean, default_profile="HN-02").findings)


def test_unknown_profile_is_refused(library, clean: Dossier) -> None:
    from errors import UnknownRuleSetError
    from validators.engine import validate
    clean["ho_so"]["ho_so_dia_phuong"] = "XX-99"
    with pytest.raises(UnknownRuleSetError):
        validate(library, clean)
