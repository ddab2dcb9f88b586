"""Every core rule id of interfaces.md fires on a dossier built to break it, and not on a near miss."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import ids

Dossier = dict[str, Any]
CORE_IDS = [
    "dieu_kien.tuoi_toi_thieu",
    "dieu_kien.tuoi_toi_da",
    "dieu_kien.hoc_van",
    "dieu_kien.chung_nhan_thieu",
    "dieu_kien.chung_nhan_het_han",
    "dieu_kien.nguoi_gioi_thieu",
    "dieu_kien.gioi_thieu_chua_chinh_thuc",
    "dieu_kien.gioi_thieu_duoi_12_thang",
    "dieu_kien.ho_so_qua_han",
    "ly_lich.thieu_truong",
    "ly_lich.ho_ten_in_hoa",
    "ly_lich.gioi_tinh",
    "ly_lich.dia_chi_cap_huyen",
    "ly_lich.dia_danh_khong_ton_tai",
    "ly_lich.dan_toc",
    "ly_lich.cong_tac_gian_doan",
    "ly_lich.cong_tac_chong_cheo",
    "ly_lich.cong_tac_chua_den_nay",
    "ly_lich.cong_tac_truoc_khi_sinh",
    "ly_lich.thieu_nguoi_than",
    "ly_lich.nuoc_ngoai_duoi_3_thang",
    "ly_lich.cam_doan",
    "ly_lich.mau_cu",
    "ly_lich.thu_tu_tham_tra",
    "nhat_quan.ho_ten",
    "nhat_quan.ngay_sinh",
    "nhat_quan.noi_sinh",
    "nhat_quan.que_quan",
    "dac_biet.ton_giao",
    "dac_biet.ket_nap_lai",
    "dac_biet.nuoc_ngoai",
    "thu_tuc.bieu_quyet_chi_bo",
    "tai_lieu.khong_doc_duoc",
]


def born(day: str) -> Callable[[Dossier], None]:
    def mutate(dossier: Dossier) -> None:
        for section in ("ly_lich", "don", "chung_nhan"):
            dossier[section]["ngay_sinh"] = day
        dossier["ly_lich"]["cong_tac"] = [{"tu": "2026-09", "den": "nay", "cong_viec": "Học sinh lớp 12"}]
        for person in dossier["ly_lich"]["gia_dinh"]:
            person.pop("nam_sinh", None)

    return mutate


def setter(path: str, value: Any) -> Callable[[Dossier], None]:
    def mutate(dossier: Dossier) -> None:
        *parents, last = path.split(".")
        target: Any = dossier
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value

    return mutate


def remover(path: str) -> Callable[[Dossier], None]:
    def mutate(dossier: Dossier) -> None:
        *parents, last = path.split(".")
        target: Any = dossier
        for key in parents:
            target = target[key]
        del target[last]

    return mutate


def both(*mutations: Callable[[Dossier], None]) -> Callable[[Dossier], None]:
    def mutate(dossier: Dossier) -> None:
        for mutation in mutations:
            mutation(dossier)

    return mutate


def without_relation(*relations: str) -> Callable[[Dossier], None]:
    def mutate(dossier: Dossier) -> None:
        family = dossier["ly_lich"]["gia_dinh"]
        dossier["ly_lich"]["gia_dinh"] = [person for person in family if person["quan_he"] not in relations]

    return mutate


def one_sponsor(dossier: Dossier) -> None:
    dossier["gioi_thieu"] = dossier["gioi_thieu"][:1]


def youth_union(dossier: Dossier) -> None:
    one_sponsor(dossier)
    dossier["nghi_quyet_doan"] = {"to_chuc": "doan", "ngay": "2026-04-02", "so_tan_thanh": 9, "tong_so_uy_vien": 9}


def religion(value: str) -> Callable[[Dossier], None]:
    return both(setter("ly_lich.ton_giao", value), setter("don.ton_giao", value))


WORK = "ly_lich.cong_tac"
CASES: dict[str, tuple[Callable[[Dossier], None], Callable[[Dossier], None]]] = {
    # ngay_xet of the clean sample is 2026-11-20
    "dieu_kien.tuoi_toi_thieu": (born("2008-12-05"), born("2008-11-20")),  # 17y11m fails, 18y0m passes
    "dieu_kien.tuoi_toi_da": (born("1966-10-20"), born("1966-11-20")),  # 60y1m fails, 60y0m passes
    "dieu_kien.hoc_van": (
        setter("ly_lich.trinh_do.giao_duc_pho_thong", "8/12"),
        setter("ly_lich.trinh_do.giao_duc_pho_thong", "9/12"),
    ),
    "dieu_kien.chung_nhan_thieu": (remover("chung_nhan"), setter("chung_nhan.so", "01-CN")),
    "dieu_kien.chung_nhan_het_han": (
        setter("chung_nhan.ngay_cap", "2021-11-19"),
        setter("chung_nhan.ngay_cap", "2021-11-20"),
    ),  # exactly 60 months passes
    "dieu_kien.nguoi_gioi_thieu": (one_sponsor, youth_union),
    "dieu_kien.gioi_thieu_chua_chinh_thuc": (
        setter("gioi_thieu.0.ngay_chinh_thuc", "2026-04-11"),
        setter("gioi_thieu.0.ngay_chinh_thuc", "2026-04-10"),
    ),
    "dieu_kien.gioi_thieu_duoi_12_thang": (
        setter("gioi_thieu.1.cung_cong_tac_tu", "2025-05"),
        setter("gioi_thieu.1.cung_cong_tac_tu", "2025-04"),
    ),  # 11 vs 12 months
    "dieu_kien.ho_so_qua_han": (
        setter("tong_hop_y_kien.ngay", "2025-11-19"),
        setter("tong_hop_y_kien.ngay", "2025-11-20"),
    ),
    "ly_lich.thieu_truong": (remover("ly_lich.que_quan"), setter("ly_lich.ten_goi_khac", "Thư")),
    "ly_lich.ho_ten_in_hoa": (
        setter("ly_lich.ho_ten_khai_sinh", "TRẦN THỊ MINH Thư"),
        setter("ly_lich.ho_ten_khai_sinh", "TRẦN THỊ MINH THƯ"),
    ),
    "ly_lich.gioi_tinh": (setter("ly_lich.gioi_tinh", "female"), setter("ly_lich.gioi_tinh", "nữ")),
    "ly_lich.dia_chi_cap_huyen": (
        setter("ly_lich.noi_thuong_tru", "xã Tân Dương, huyện Lai Vung, tỉnh Đồng Tháp"),
        setter("ly_lich.noi_thuong_tru", "xã Tân Dương, tỉnh Đồng Tháp"),
    ),
    "ly_lich.dia_danh_khong_ton_tai": (
        setter("ly_lich.noi_thuong_tru", "xã Không Có Thật, tỉnh Đồng Tháp"),
        setter("ly_lich.noi_thuong_tru", "xã Tân Thành, tỉnh Đồng Tháp"),
    ),
    "ly_lich.dan_toc": (setter("ly_lich.dan_toc", "Kinhh"), setter("ly_lich.dan_toc", "Ê-đê")),
    "ly_lich.cong_tac_gian_doan": (setter(f"{WORK}.4.tu", "2020-10"), setter(f"{WORK}.4.tu", "2020-09")),
    "ly_lich.cong_tac_chong_cheo": (setter(f"{WORK}.4.tu", "2020-08"), setter(f"{WORK}.4.tu", "2020-09")),
    "ly_lich.cong_tac_chua_den_nay": (setter(f"{WORK}.9.den", "2026-09"), setter(f"{WORK}.9.den", "2026-11")),
    "ly_lich.cong_tac_truoc_khi_sinh": (setter(f"{WORK}.0.tu", "1998-03"), setter(f"{WORK}.0.tu", "1998-04")),
    "ly_lich.thieu_nguoi_than": (
        without_relation("me_vo_chong"),
        without_relation("chong", "cha_vo_chong", "me_vo_chong", "ong_ba_ben_vo_chong"),
    ),
    "ly_lich.nuoc_ngoai_duoi_3_thang": (
        setter("ly_lich.di_nuoc_ngoai", [{"tu": "2024-07", "den": "2024-09", "nuoc": "Nhật Bản"}]),
        setter("ly_lich.di_nuoc_ngoai", [{"tu": "2024-07", "den": "2024-10", "nuoc": "Nhật Bản"}]),
    ),
    "ly_lich.cam_doan": (
        setter("ly_lich.cam_doan.loi_cam_doan", "Tôi cam đoan khai đúng sự thật."),
        setter(
            "ly_lich.cam_doan.loi_cam_doan",
            "Tôi cam đoan đã khai đầy đủ, rõ ràng, trung thực "
            "và chịu trách nhiệm trước Đảng về những nội dung đã khai trong lý lịch",
        ),
    ),
    "ly_lich.mau_cu": (setter("ly_lich.mau", "HD12-2022"), setter("ly_lich.mau", "HD38-2025")),
    "ly_lich.thu_tu_tham_tra": (
        setter("ly_lich.chung_nhan_cap_uy.ngay", "2026-09-11"),
        setter("ly_lich.chung_nhan_cap_uy.ngay", "2026-09-10"),
    ),
    "nhat_quan.ho_ten": (setter("don.ho_ten", "Trần Thị Minh Thu"), setter("don.ho_ten", "TRẦN THỊ MINH THƯ")),
    "nhat_quan.ngay_sinh": (setter("don.ngay_sinh", "1998-05-15"), setter("don.ngay_sinh", "1998-04-15")),
    "nhat_quan.noi_sinh": (
        setter("don.noi_sinh", "xã Tân Thành, tỉnh Đồng Tháp"),
        setter("don.noi_sinh", "xã Long Hậu, huyện Lai Vung, tỉnh Đồng Tháp"),
    ),
    "nhat_quan.que_quan": (
        setter("don.que_quan", "xã Tân Thành, tỉnh Đồng Tháp"),
        setter("don.que_quan", "Xã Tân Dương, Tỉnh Đồng Tháp"),
    ),
    "dac_biet.ton_giao": (religion("Phật giáo"), religion("không")),
    "dac_biet.ket_nap_lai": (
        setter("ly_lich.ket_nap_lai", {"ngay_ket_nap": "2015-05-19"}),
        setter("ly_lich.ket_nap_lai", {}),
    ),
    "dac_biet.nuoc_ngoai": (
        setter("ly_lich.gia_dinh.6.noi_cu_tru", "Tokyo, Nhật Bản"),
        setter("ly_lich.gia_dinh.6.noi_cu_tru", "xã Mỹ Hòa, tỉnh Đồng Tháp"),
    ),
    "thu_tuc.bieu_quyet_chi_bo": (
        setter("nghi_quyet_chi_bo.so_tan_thanh", 9),  # 9 of 14 counted < 2/3
        both(
            setter("nghi_quyet_chi_bo.so_tan_thanh", 10),
            setter("nghi_quyet_chi_bo.tong_so_dang_vien_chinh_thuc", 16),
            setter("nghi_quyet_chi_bo.so_khong_tinh", 1),
        ),
    ),  # 10 of 15 = exactly 2/3
}


def test_every_core_id_has_a_case() -> None:
    assert set(CASES) | {"tai_lieu.khong_doc_duoc"} == set(CORE_IDS)


def test_clean_sample_has_no_finding(clean: Dossier, check) -> None:
    assert [finding.rule for finding in check(clean)] == []


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires(rule_id: str, clean: Dossier, check) -> None:
    CASES[rule_id][0](clean)
    findings = [finding for finding in check(clean) if finding.rule == rule_id]
    assert findings, f"{rule_id} did not fire"
    for finding in findings:
        assert finding.message and finding.message_en and finding.basis
        assert "{" not in finding.message and "{" not in finding.message_en


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_near_miss(rule_id: str, clean: Dossier, check) -> None:
    CASES[rule_id][1](clean)
    assert rule_id not in ids(check(clean))


def test_every_core_id_is_listed(client) -> None:
    listed = {rule["id"] for rule in client.get("/api/v1/rules").get_json()["rules"]}
    assert set(CORE_IDS) <= listed
