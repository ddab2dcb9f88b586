"""The bad-input battery (scripts/bad_inputs.py): each hostile or broken input gets a clear bilingual refusal with a
fitting status, or a `tai_lieu.khong_doc_duoc` finding, within the limits; the service still answers afterwards."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from app import create_app
from scripts.bad_inputs import Case, answer, cases, normal_request

CASES = cases()
SECONDS = 20.0  # far above any case here (the slowest takes well under a second): a missing limit shows up


@pytest.fixture(scope="module")
def battery_client() -> FlaskClient:
    """One app for the whole battery, so the last test sees whatever the others left behind."""
    return create_app({"TESTING": True}).test_client()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad-inputs")


@pytest.mark.parametrize("case", CASES, ids=[f"{case.name} {case.endpoint}" for case in CASES])
def test_bad_input_gets_a_clear_answer(case: Case, battery_client: FlaskClient, folder: Path) -> None:
    if case.prepare is not None:
        case.prepare(folder)
    start = time.perf_counter()
    response = case.send(battery_client, folder)
    elapsed = time.perf_counter() - start
    said = answer(response)
    assert said.startswith(case.expect), said
    assert elapsed < SECONDS
    body = response.get_json()
    if response.status_code != 200:
        assert response.status_code in (400, 413, 415, 422, 503)
        error = body["error"]
        assert error["message"] and error["message_en"] and error["message"] != error["message_en"]
    for document in body.get("documents", []):
        names = document["file"].split("/")  # a ZIP member is listed as archive/member
        assert all(char.isprintable() for char in document["file"]) and len(names[0]) <= 200
        assert unicodedata.is_normalized("NFC", document["file"])
    for finding in body.get("findings", []):
        if finding["rule"] == "tai_lieu.khong_doc_duoc":
            assert finding["message"] and finding["message_en"] and finding.get("document")
    assert b"root:" not in response.data  # no external entity was ever read


def _report(case_name: str, battery_client: FlaskClient, folder: Path) -> dict:
    case = next(case for case in CASES if case.name == case_name and case.endpoint == "/check")
    case.prepare(folder)
    return case.send(battery_client, folder).get_json()


def test_upload_names_are_cleaned(battery_client: FlaskClient, folder: Path) -> None:
    assert _report("file name ../../etc/passwd.docx", battery_client, folder)["documents"][0]["file"] == "passwd.docx"
    assert _report("file name with control characters", battery_client, folder)["documents"][0]["file"] == "don.docx"
    long_name = _report("file name of 5,000 characters", battery_client, folder)["documents"][0]["file"]
    assert len(long_name) == 200 and long_name.endswith(".docx")


def test_zip_traversal_members_refused_and_the_good_one_read(battery_client: FlaskClient, folder: Path) -> None:
    report = _report("ZIP with ../ and absolute paths", battery_client, folder)
    documents = {document["file"]: document for document in report["documents"]}
    assert documents["traversal.zip/don.docx"]["type"] == "don"
    refused = [name for name, document in documents.items() if document["warnings"]]
    assert len(refused) == 3 and all(".." in name or "//" in name for name in refused)


def test_zip_to_extract_says_where_to_send_it(battery_client: FlaskClient, folder: Path) -> None:
    case = next(case for case in CASES if case.name.startswith("ZIP bomb") and case.endpoint == "/extract")
    case.prepare(folder)
    error = case.send(battery_client, folder).get_json()["error"]
    assert "/api/v1/check" in error["message"] and "/api/v1/check" in error["message_en"]


def test_invalid_day_in_docx_is_reported_as_written(battery_client: FlaskClient, folder: Path) -> None:
    report = _report("DOCX with birth date 31/02/2020", battery_client, folder)
    assert report["dossier_data"]["don"]["ngay_sinh"] == "31/02/2020"
    finding = next(item for item in report["findings"] if item["field"] == "don.ngay_sinh")
    assert "31/02/2020" in finding["message"] and finding["rule"] == "ho_so.sai_dinh_dang"


def test_service_still_answers_after_the_battery(battery_client: FlaskClient) -> None:
    response = normal_request(battery_client)
    assert response.status_code == 200 and response.get_json()["summary"]["ready"] is True


def test_scan_without_tesseract_is_503(battery_client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from extractors import ocr_reader
    from scripts.hostile_files import pdf

    monkeypatch.setattr(ocr_reader, "tesseract_available", lambda: False)
    response = battery_client.post("/api/v1/extract", data={"file": (io.BytesIO(pdf([None, None])), "quet.pdf")},
                                   content_type="multipart/form-data")
    assert response.status_code == 503 and response.get_json()["error"]["code"] == "ocr_unavailable"
    report = battery_client.post("/api/v1/check", data={"files": (io.BytesIO(pdf([None])), "quet.pdf")},
                                 content_type="multipart/form-data").get_json()
    assert [finding["rule"] for finding in report["findings"]].count("tai_lieu.khong_doc_duoc") == 1
