"""Write samples/*.json: canonical dossiers of fictional people, each with the findings it is built to cause.

Run: python scripts/make_samples.py. Every person, unit and number here is invented. A sample's
`<name>.expected.json` lists the (rule, field) pairs its defects are meant to raise: the intent,
written by hand below, never copied from the engine's output.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from samples_data import PLEDGE, clean_dossier  # noqa: E402

Dossier = dict[str, Any]


def _youth_union(dossier: Dossier) -> None:
    dossier["gioi_thieu"] = dossier["gioi_thieu"][:1]
    dossier["nghi_quyet_doan"] = {
        "to_chuc": "doan",
        "so": "05-NQ/ĐTN",
        "ngay": "2026-04-02",
        "ten_to_chuc": "Ban Chấp hành Đoàn Trường THPT Nguyễn Trãi",
        "quan_chung": "Trần Thị Minh Thư",
        "so_tan_thanh": 9,
        "tong_so_uy_vien": 9,
        "so_khong_tan_thanh": 0,
    }


def _declaration(dossier: Dossier) -> None:
    for key in ("tong_hop_y_kien", "nghi_quyet_chi_bo"):
        dossier.pop(key)
    for key in ("tham_tra", "nhan_xet_chi_bo", "chung_nhan_cap_uy"):
        dossier["ly_lich"].pop(key)
    dossier["ho_so"].pop("giai_doan")


def _biography_defects(dossier: Dossier) -> None:
    biography = dossier["ly_lich"]
    biography["ho_ten_khai_sinh"] = "Trần Thị Minh Thư"
    biography["noi_thuong_tru"] = "thôn Trung, xã Yên Trung, huyện Yên Phong, tỉnh Bắc Ninh"
    biography["dan_toc"] = "Kinhh"
    biography["cong_tac"][4]["tu"] = "2020-10"  # the previous period ends 2020-08: September is missing
    biography["gia_dinh"] = [person for person in biography["gia_dinh"] if person["quan_he"] != "cha_de"]
    biography["di_nuoc_ngoai"] = [
        {
            "tu": "2024-07",
            "den": "2024-09",
            "noi_dung": "Tập huấn ngắn hạn",
            "nuoc": "Nhật Bản",
            "co_quan_quyet_dinh": "Sở Giáo dục và Đào tạo",
        }
    ]
    biography["cam_doan"]["loi_cam_doan"] = "Tôi xin cam đoan những lời khai trên là đúng sự thật"


def _eligibility_defects(dossier: Dossier) -> None:
    dossier["ho_so"]["ngay_xet"] = "2026-11-20"
    dossier["ly_lich"]["ngay_sinh"] = "2008-12-05"  # 17 years 11 months on 2026-11-20
    for document in ("don", "chung_nhan"):
        dossier[document]["ngay_sinh"] = "2008-12-05"
    dossier["ly_lich"]["cong_tac"] = [
        {
            "tu": "2023-09",
            "den": "nay",
            "cong_viec": "Học sinh lớp 10A1 đến lớp 12A1, Trường THPT Nguyễn Trãi, phường Hoàn Kiếm, thành phố Hà Nội",
        }
    ]
    dossier["chung_nhan"]["ngay_cap"] = "2021-11-19"  # 60 months end on 2026-11-19
    dossier["gioi_thieu"][0]["ngay_chinh_thuc"] = "2026-05-01"  # after the letter of 2026-04-10
    dossier["gioi_thieu"][1]["cung_cong_tac_tu"] = "2025-06"  # 10 months before the letter


def _inconsistent(dossier: Dossier) -> None:
    dossier["don"]["ho_ten"] = "Trần Thị Minh Thu"
    dossier["chung_nhan"]["ngay_sinh"] = "1998-04-16"
    dossier["don"]["noi_sinh"] = "xã Hòa Long, tỉnh Vĩnh Long"
    dossier["don"]["que_quan"] = "xã Tân Thành, tỉnh Đồng Tháp"


def _old_layout(dossier: Dossier) -> None:
    dossier["ly_lich"]["mau"] = "HD12-2022"


def _procedure(dossier: Dossier) -> None:
    dossier["ly_lich"]["nhan_xet_chi_bo"]["ngay"] = "2026-06-01"  # before verification of 2026-06-20
    dossier["ly_lich"]["chung_nhan_cap_uy"]["ket_luan"] = "khong_du_dieu_kien"
    dossier["nghi_quyet_chi_bo"].update({"tong_so_dang_vien_chinh_thuc": 16, "so_khong_tinh": 1, "so_tan_thanh": 9})


def _special(dossier: Dossier) -> None:
    biography = dossier["ly_lich"]
    biography["ton_giao"] = "Công giáo"
    dossier["don"]["ton_giao"] = "Công giáo"
    biography["ket_nap_lai"] = {
        "ngay_ket_nap": "2018-05-19",
        "noi_ket_nap": "Chi bộ Trường THPT Nguyễn Trãi",
        "ngay_chinh_thuc": "2019-05-19",
        "noi_chinh_thuc": "Chi bộ Trường THPT Nguyễn Trãi",
        "ngay_ra_khoi": "2022-03-01",
    }
    spouse = next(person for person in biography["gia_dinh"] if person["quan_he"] == "chong")
    spouse["quoc_tich"] = "Nhật Bản"
    spouse["noi_cu_tru"] = "Osaka, Nhật Bản"


def _hanoi(dossier: Dossier) -> None:
    dossier["ho_so"]["ho_so_dia_phuong"] = "HN-02"
    dossier["ly_lich"]["viet_tay"] = False
    dossier["ho_so"]["tai_lieu_kem_theo"] = ["ban_sao_giay_khai_sinh", "ban_sao_bang_tot_nghiep"]


SAMPLES: dict[str, tuple[Callable[[Dossier], None] | None, list[tuple[str, str | None]]]] = {
    "ho-so-sach": (None, []),
    "ho-so-ke-khai": (_declaration, []),
    "ho-so-doan-gioi-thieu": (_youth_union, []),
    "ho-so-loi-ly-lich": (
        _biography_defects,
        [
            ("ly_lich.ho_ten_in_hoa", "ly_lich.ho_ten_khai_sinh"),
            ("ly_lich.dia_chi_cap_huyen", "ly_lich.noi_thuong_tru"),
            ("ly_lich.dan_toc", "ly_lich.dan_toc"),
            ("ly_lich.cong_tac_gian_doan", "ly_lich.cong_tac[4]"),
            ("ly_lich.thieu_nguoi_than", "ly_lich.gia_dinh"),
            ("ly_lich.nuoc_ngoai_duoi_3_thang", "ly_lich.di_nuoc_ngoai[0]"),
            ("ly_lich.cam_doan", "ly_lich.cam_doan.loi_cam_doan"),
            ("nhat_quan.dan_toc", "don.dan_toc"),
        ],
    ),
    "ho-so-loi-dieu-kien": (
        _eligibility_defects,
        [
            ("dieu_kien.tuoi_toi_thieu", "ly_lich.ngay_sinh"),
            ("dieu_kien.chung_nhan_het_han", "chung_nhan.ngay_cap"),
            ("dieu_kien.gioi_thieu_chua_chinh_thuc", "gioi_thieu[0].ngay_viet"),
            ("dieu_kien.gioi_thieu_duoi_12_thang", "gioi_thieu[1].cung_cong_tac_tu"),
        ],
    ),
    "ho-so-nhat-quan": (
        _inconsistent,
        [
            ("nhat_quan.ho_ten", "don.ho_ten"),
            ("nhat_quan.ngay_sinh", "chung_nhan.ngay_sinh"),
            ("nhat_quan.noi_sinh", "don.noi_sinh"),
            ("nhat_quan.que_quan", "don.que_quan"),
        ],
    ),
    "ho-so-mau-cu": (_old_layout, [("ly_lich.mau_cu", "ly_lich.mau")]),
    "ho-so-thu-tu": (
        _procedure,
        [
            ("ly_lich.thu_tu_tham_tra", "ly_lich.nhan_xet_chi_bo.ngay"),
            ("ly_lich.thu_tu_tham_tra", "ly_lich.chung_nhan_cap_uy.ket_luan"),
            ("thu_tuc.bieu_quyet_chi_bo", "nghi_quyet_chi_bo.so_tan_thanh"),
        ],
    ),
    "ho-so-dac-biet": (
        _special,
        [
            ("dac_biet.ton_giao", "ly_lich.ton_giao"),
            ("dac_biet.ket_nap_lai", "ly_lich.ket_nap_lai"),
            ("dac_biet.nuoc_ngoai", "ly_lich.gia_dinh[7].quoc_tich"),
            ("dac_biet.nuoc_ngoai", "ly_lich.gia_dinh[7].noi_cu_tru"),
        ],
    ),
    "ho-so-ha-noi": (_hanoi, [("hn02.viet_tay", "ly_lich.viet_tay")]),
}


def build(name: str) -> tuple[Dossier, list[dict[str, str | None]]]:
    """The sample dossier *name* and the findings it is meant to raise."""
    mutate, expected = SAMPLES[name]
    dossier = copy.deepcopy(clean_dossier())
    dossier["ho_so"]["ten"] = name
    if mutate:
        mutate(dossier)
    return dossier, [{"rule": rule, "field": field} for rule, field in expected]


def main() -> None:
    """Write every sample and its expected findings."""
    for name in SAMPLES:
        dossier, expected = build(name)
        (ROOT / "samples" / f"{name}.json").write_text(
            json.dumps(dossier, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (ROOT / "samples" / f"{name}.expected.json").write_text(
            json.dumps({"ngay_xet": dossier["ho_so"]["ngay_xet"], "findings": expected}, ensure_ascii=False, indent=2)
            + "\n",
            encoding="utf-8",
        )
    print(f"wrote {len(SAMPLES)} samples; pledge: {PLEDGE[:20]}…")


if __name__ == "__main__":
    main()
