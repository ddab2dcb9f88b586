"""The web pages: a one-off check without an account, staff dossiers with revisions, isolation, exports, CSRF."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.store_support import fresh_database
from tests.web_support import PASSWORD, login, sample_files, seed_staff, upload, web_app

DOSSIER_FILES = ("ly-lich.docx", "don.docx", "chung-nhan.docx", "gioi-thieu-1.docx", "gioi-thieu-2.docx")


@pytest.fixture
def app(tmp_path: Path):
    application = web_app(tmp_path)
    seed_staff(application)
    return application


@pytest.fixture
def client(app):
    return app.test_client()


def staff_dossier(app, username: str = "dong") -> tuple[object, str]:
    client = app.test_client()
    login(client, username)
    status = upload(client, *DOSSIER_FILES, ngay_xet="2026-11-20")
    assert status["status"] == "done"
    return client, status["next"].rsplit("/", 1)[-1]


def test_anonymous_upload_is_read_reviewed_once_and_not_kept(app, client) -> None:
    status = upload(client, *DOSSIER_FILES, ngay_xet="2026-11-20")
    assert status["status"] == "done" and status["percent"] == 100
    page = client.get(status["next"])
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert 'data-path="ly_lich.ho_ten_khai_sinh"' in html and 'data-rule="ho_so.thieu_tai_lieu_xet"' in html
    state = json.loads(html.split('id="review-state">', 1)[1].split("</script>", 1)[0])
    assert state["data"]["ho_so"]["ngay_xet"] == "2026-11-20"
    assert state["data"]["ly_lich"]["ho_ten_khai_sinh"].isupper()
    assert client.get(status["next"]).status_code == 404  # handed over once, then deleted
    assert not any((Path(app.config["SCRATCH_DIR"])).rglob("*")) or all(
        path.is_dir() for path in Path(app.config["SCRATCH_DIR"]).rglob("*")
    )


def test_another_browser_cannot_follow_someone_elses_job(app, client) -> None:
    response = client.post("/tai-len", data={"files": sample_files("don.docx")}, content_type="multipart/form-data")
    job_url = response.headers["Location"]
    assert app.test_client().get(job_url + "/trang-thai").status_code == 404


@pytest.mark.parametrize(
    ("fields", "expected"),
    [({}, "Chưa chọn tệp nào"), ({"ngay_xet": "31/02/2020"}, "không phải ngày dạng YYYY-MM-DD")],
)
def test_upload_form_problems_are_explained(client, fields: dict, expected: str) -> None:
    data = dict(fields)
    if "ngay_xet" in fields:
        data["files"] = sample_files("don.docx")
    response = client.post("/tai-len", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert expected in response.get_data(as_text=True)


def test_printable_report_of_an_edited_dossier(client, clean) -> None:
    clean["ly_lich"]["ho_ten_khai_sinh"] = "Nguyễn Văn Thường"
    response = client.post("/bao-cao/in", data={"dossier": json.dumps(clean, ensure_ascii=False)})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "ly_lich.ho_ten_in_hoa" not in html  # rule ids are not shown; the message and basis are
    assert "chữ in hoa" in html and "NGUYỄN VĂN THƯỜNG" in html


def test_sign_in_refuses_a_wrong_password_and_never_redirects_off_site(client) -> None:
    assert client.post("/dang-nhap", data={"username": "dong", "password": "sai"}).status_code == 401
    response = client.post("/dang-nhap", data={"username": "dong", "password": PASSWORD, "next": "//evil.example/"})
    assert response.status_code == 302 and response.headers["Location"] == "/ho-so"
    assert client.get("/ho-so").status_code == 200


def test_staff_pages_need_an_account(client) -> None:
    response = client.get("/ho-so")
    assert response.status_code == 302 and "/dang-nhap" in response.headers["Location"]


def test_a_saved_edit_becomes_a_revision_showing_what_it_fixed(app) -> None:
    client, public_id = staff_dossier(app)
    page = client.get(f"/ho-so/{public_id}").get_data(as_text=True)
    state = json.loads(page.split('id="review-state">', 1)[1].split("</script>", 1)[0])
    data = state["data"]
    data["ly_lich"]["ho_ten_khai_sinh"] = data["ly_lich"]["ho_ten_khai_sinh"].title()  # break item (1)
    assert client.post(f"/ho-so/{public_id}/luu", json={"dossier": data}).status_code == 201
    data["ly_lich"]["ho_ten_khai_sinh"] = data["ly_lich"]["ho_ten_khai_sinh"].upper()  # and fix it again
    saved = client.post(f"/ho-so/{public_id}/luu", json={"dossier": data})
    assert saved.status_code == 201 and saved.get_json()["revision"] == 3
    html = client.get(f"/ho-so/{public_id}").get_data(as_text=True)
    assert "Thay đổi so với lần lưu thứ 2" in html and "Lỗi đã sửa: 1" in html
    assert "ly_lich.ho_ten_khai_sinh" in html


def test_downloads_of_a_stored_dossier(app) -> None:
    client, public_id = staff_dossier(app)
    form = client.get(f"/ho-so/{public_id}/mau/2-KND")
    assert form.status_code == 200 and form.data[:2] == b"PK"
    assert "Content-Disposition" in form.headers and form.headers["Cache-Control"] == "no-store"
    report = client.get(f"/ho-so/{public_id}/bao-cao.json").get_json()
    assert report["ngay_xet"] == "2026-11-20" and {d["file"] for d in report["documents"]} >= {"ly-lich.docx"}
    assert client.get(f"/ho-so/{public_id}/mau.zip").data[:2] == b"PK"
    assert client.get(f"/ho-so/{public_id}/bao-cao").status_code == 200
    assert client.get(f"/ho-so/{public_id}/mau/99-KND").status_code == 404
    refused = client.get(f"/ho-so/{public_id}/mau/3-KND?sponsor=một")
    assert refused.status_code == 400 and refused.get_json()["error"]["code"] == "invalid_sponsor"


def test_another_chi_bo_gets_404_for_the_dossier_its_files_and_forms(app) -> None:
    owner, public_id = staff_dossier(app, "dong")
    page = owner.get(f"/ho-so/{public_id}").get_data(as_text=True)
    file_url = page.split('href="/ho-so/' + public_id + "/tep/", 1)[1].split('"', 1)[0]
    assert owner.get(f"/ho-so/{public_id}/tep/{file_url}").status_code == 200
    other = app.test_client()
    login(other, "tay")
    for url in (f"/ho-so/{public_id}", f"/ho-so/{public_id}/tep/{file_url}", f"/ho-so/{public_id}/mau/2-KND",
                f"/ho-so/{public_id}/mau.zip", f"/ho-so/{public_id}/bao-cao.json", f"/ho-so/{public_id}/bao-cao"):
        assert other.get(url).status_code == 404, url
    assert other.post(f"/ho-so/{public_id}/luu", json={"dossier": {}}).status_code == 404
    assert public_id not in other.get("/ho-so").get_data(as_text=True)
    committee = app.test_client()
    login(committee, "xa")
    assert committee.get(f"/ho-so/{public_id}").status_code == 200


def test_uploaded_files_are_served_as_opaque_downloads(app) -> None:
    owner, public_id = staff_dossier(app)
    page = owner.get(f"/ho-so/{public_id}").get_data(as_text=True)
    file_id = page.split('href="/ho-so/' + public_id + "/tep/", 1)[1].split('"', 1)[0]
    response = owner.get(f"/ho-so/{public_id}/tep/{file_id}")
    assert response.mimetype == "application/octet-stream"
    assert response.headers["Content-Disposition"].startswith("attachment;")


def test_list_search_and_exports(app) -> None:
    client, _ = staff_dossier(app)
    name = client.get("/ho-so").get_data(as_text=True)
    assert "Chi bộ thôn Đông" in name
    workbook = load_workbook(io.BytesIO(client.get("/ho-so/xuat.xlsx").data))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "Họ và tên" and len(rows) == 2 and rows[1][1] == "Chi bộ thôn Đông"
    text = client.get("/ho-so/xuat.csv").data.decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text)))[1][0] == rows[1][0]
    assert "Chưa có hồ sơ nào" in client.get("/ho-so?q=không+có+ai").get_data(as_text=True)


def test_forms_need_their_csrf_token(tmp_path: Path) -> None:
    app = web_app(tmp_path, WTF_CSRF_ENABLED=True)
    seed_staff(app)
    client = app.test_client()
    assert client.post("/dang-nhap", data={"username": "dong", "password": PASSWORD}).status_code == 400
    page = client.get("/dang-nhap").get_data(as_text=True)
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    response = client.post("/dang-nhap", data={"username": "dong", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302
    assert client.post("/ho-so/abc/luu", json={"dossier": {}}).status_code == 400  # no X-CSRFToken header
    assert client.post("/api/v1/validate", json={}).status_code == 200  # the JSON API keeps no cookie state


def test_session_cookie_is_http_only_and_expires(app, client) -> None:
    login(client, "dong")
    cookie = client.get_cookie("session")
    assert cookie is not None and cookie.http_only and cookie.expires is not None


def test_the_staff_flow_on_postgresql_too(tmp_path: Path) -> None:
    """Upload, save a revision and stay isolated with the database CI runs in production shape (PostgreSQL)."""
    for database in fresh_database("postgresql", tmp_path):
        app = web_app(tmp_path, DATABASE_URL=database.url)
        seed_staff(app)
        client, public_id = staff_dossier(app)
        saved = client.post(f"/ho-so/{public_id}/luu", json={"dossier": {"ly_lich": {"ho_ten_khai_sinh": "A"}}})
        assert saved.status_code == 201 and saved.get_json()["revision"] == 2
        other = app.test_client()
        login(other, "tay")
        assert other.get(f"/ho-so/{public_id}").status_code == 404
        app.extensions["database"].dispose()


def test_api_clients_can_check_files_in_the_background(client) -> None:
    created = client.post("/api/v1/jobs", data={"files": sample_files(*DOSSIER_FILES), "ngay_xet": "2026-11-20"},
                          content_type="multipart/form-data")
    assert created.status_code == 202 and created.headers["Location"] == created.get_json()["status_url"]
    done = client.get(created.get_json()["status_url"]).get_json()
    assert done["status"] == "done" and done["percent"] == 100
    report = done["report"]
    assert report["ngay_xet"] == "2026-11-20" and len(report["documents"]) == len(DOSSIER_FILES)
    again = client.get(created.get_json()["status_url"])
    assert again.status_code == 404 and again.get_json()["error"]["code"] == "no_such_job"
    refused = client.post("/api/v1/jobs", data={}, content_type="multipart/form-data")
    assert refused.status_code == 400 and refused.get_json()["error"]["code"] == "no_files"
