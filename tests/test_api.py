"""The JSON API: the same report as the command line, and clear bilingual refusals with fitting statuses."""

from __future__ import annotations

import io
import json
from typing import Any


def post_json(client, body: Any, **kwargs: Any):
    return client.post("/api/v1/validate", data=json.dumps(body), content_type="application/json", **kwargs)


def test_validate_returns_report_without_documents(client, clean: dict[str, Any]) -> None:
    clean["ly_lich"]["ho_ten_khai_sinh"] = "Trần Thị Minh Thư"
    response = post_json(client, {**clean, "ngay_xet": "2026-11-20"})
    assert response.status_code == 200
    report = response.get_json()
    assert "documents" not in report
    assert set(report) == {"dossier", "rules_version", "checked_at", "ngay_xet", "dossier_data", "findings", "summary"}
    assert report["checked_at"].endswith("+07:00")
    assert [finding["rule"] for finding in report["findings"]] == ["ly_lich.ho_ten_in_hoa"]
    assert report["findings"][0]["suggestion"] == "TRẦN THỊ MINH THƯ"
    assert report["summary"] == {"error": 1, "warning": 0, "info": 0, "ready": False}


def test_validate_query_date_and_default_stage(client, clean: dict[str, Any]) -> None:
    del clean["ho_so"]["giai_doan"]
    report = post_json(client, clean, query_string={"ngay_xet": "2027-12-01"}).get_json()
    assert report["ngay_xet"] == "2027-12-01"
    assert report["dossier_data"]["ho_so"]["giai_doan"] == "xet_ket_nap"
    assert "dieu_kien.ho_so_qua_han" in {finding["rule"] for finding in report["findings"]}


def test_validate_text_is_nfc(client, clean: dict[str, Any]) -> None:
    import unicodedata

    clean["ly_lich"]["ho_ten_khai_sinh"] = unicodedata.normalize("NFD", "TRẦN THỊ MINH THƯ")
    report = post_json(client, clean).get_json()
    assert report["dossier_data"]["ly_lich"]["ho_ten_khai_sinh"] == "TRẦN THỊ MINH THƯ"
    assert "nhat_quan.ho_ten" not in {finding["rule"] for finding in report["findings"]}


def test_refusals(client) -> None:
    cases = [
        (client.post("/api/v1/validate", data="x", content_type="text/plain"), 415),
        (client.post("/api/v1/validate", data="{not json", content_type="application/json"), 400),
        (post_json(client, [1, 2]), 400),
        (post_json(client, {"ngay_xet": "2020-02-31"}), 400),
        (post_json(client, {"ho_so": {"quy_dinh": "HD99-2030"}}), 400),
        (post_json(client, {"a": json.loads("[" * 40 + "]" * 40)}), 400),
        (post_json(client, {"x": "a" * (6 * 1024 * 1024)}), 413),
    ]
    for response, status in cases:
        assert response.status_code == status, response.get_data(as_text=True)[:200]
        error = response.get_json()["error"]
        assert error["code"] and error["message"] and error["message_en"]


def test_wrong_types_are_findings_not_crashes(client) -> None:
    body = {
        "ly_lich": {"ngay_sinh": 19980415, "cong_tac": "nhiều", "gia_dinh": [1, None, {"quan_he": "ban"}]},
        "gioi_thieu": {"ho_ten": "x"},
        "don": [],
    }
    response = post_json(client, body)
    assert response.status_code == 200
    assert "ho_so.sai_dinh_dang" in {finding["rule"] for finding in response.get_json()["findings"]}


def test_check_files_with_unreadable_one(client, clean: dict[str, Any]) -> None:
    files = [
        (io.BytesIO(json.dumps(clean, ensure_ascii=False).encode()), "ho-so.json"),
        (io.BytesIO(b"\x00\x01 not a document"), "anh-the.bin"),
    ]
    response = client.post(
        "/api/v1/check", data={"files": files, "ngay_xet": "2026-11-20"}, content_type="multipart/form-data"
    )
    assert response.status_code == 200
    report = response.get_json()
    assert [document["file"] for document in report["documents"]] == ["ho-so.json", "anh-the.bin"]
    assert report["documents"][1]["warnings"]
    unreadable = [finding for finding in report["findings"] if finding["rule"] == "tai_lieu.khong_doc_duoc"]
    assert len(unreadable) == 1 and unreadable[0]["document"] == "anh-the.bin"
    assert len(report["findings"]) == 1  # the readable dossier was still checked, and is clean


def test_check_without_files(client) -> None:
    response = client.post("/api/v1/check", data={}, content_type="multipart/form-data")
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "no_files"


def test_extract_answers_with_the_status_of_the_reason(client) -> None:
    from tests.conftest import SAMPLES

    good = (SAMPLES / "documents" / "ho-so-sach" / "don.docx").read_bytes()
    cases = [(good, "don.docx", 200), (b"MZ\x90\x00", "chuong-trinh.exe", 415),
             (b"PK\x03\x04 broken", "hong.docx", 422)]
    for content, name, status in cases:
        response = client.post("/api/v1/extract", data={"file": (io.BytesIO(content), name)},
                               content_type="multipart/form-data")
        assert response.status_code == status, name
    assert client.post("/api/v1/extract", data={"file": (io.BytesIO(good), "don.docx")},
                       content_type="multipart/form-data").get_json()["type"] == "don"
