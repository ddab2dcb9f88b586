"""API tokens (issued by staff, shown once, hashed at rest, revocable), per-token rate limits, stored dossiers API."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from store.models import ApiToken, User
from store.tokens import issue_token
from tests.web_support import login, seed_staff, web_app


@pytest.fixture
def app(tmp_path: Path):
    application = web_app(tmp_path)
    seed_staff(application)
    return application


def token_for(app, username: str, rate: str = "600/minute") -> str:
    with app.extensions["database"].session() as session:
        user = session.scalar(select(User).where(User.username == username))
        return issue_token(session, user, "thử", rate)[1]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_token_is_kept_only_as_its_hash(app) -> None:
    plain = token_for(app, "dong")
    with app.extensions["database"].session() as session:
        stored = session.scalar(select(ApiToken))
        assert plain not in (stored.token_hash, stored.prefix) and len(stored.token_hash) == 64
        assert plain.startswith(stored.prefix)


def test_stored_dossiers_need_a_token_and_stay_within_the_organisation(app, clean) -> None:
    client = app.test_client()
    assert client.get("/api/v1/dossiers").get_json()["error"]["code"] == "token_required"
    assert client.get("/api/v1/dossiers", headers=bearer("hsknd_wrong")).status_code == 401
    east, west = token_for(app, "dong"), token_for(app, "tay")
    created = client.post("/api/v1/dossiers", json=clean, headers=bearer(east))
    assert created.status_code == 201 and created.get_json()["report"]["summary"]["ready"] is True
    public_id = created.get_json()["id"]
    clean["ly_lich"]["gioi_tinh"] = "Nam giới"
    saved = client.post(f"/api/v1/dossiers/{public_id}/revisions", json=clean, headers=bearer(east))
    assert saved.status_code == 201 and saved.get_json()["revision"] == 2
    assert saved.get_json()["summary"]["ready"] is False
    read = client.get(f"/api/v1/dossiers/{public_id}", headers=bearer(east)).get_json()
    assert read["revision"] == 2 and any(f["rule"] == "ly_lich.gioi_tinh" for f in read["report"]["findings"])
    assert client.get(f"/api/v1/dossiers/{public_id}", headers=bearer(west)).status_code == 404
    assert client.post(f"/api/v1/dossiers/{public_id}/revisions", json=clean, headers=bearer(west)).status_code == 404
    assert client.get("/api/v1/dossiers", headers=bearer(west)).get_json() == {"dossiers": []}
    assert [d["id"] for d in client.get("/api/v1/dossiers", headers=bearer(token_for(app, "xa"))).get_json()[
        "dossiers"]] == [public_id]


def test_staff_create_and_revoke_tokens_on_their_page(app) -> None:
    client = app.test_client()
    login(client, "dong")
    page = client.post("/tai-khoan/ma-api", data={"label": "Phần mềm quản lý"}).get_data(as_text=True)
    plain = page.split('id="new-token">', 1)[1].split("<", 1)[0]
    assert client.get("/api/v1/dossiers", headers=bearer(plain)).status_code == 200
    assert plain not in client.get("/tai-khoan/ma-api").get_data(as_text=True)  # shown once only
    with app.extensions["database"].session() as session:
        token_id = session.scalar(select(ApiToken.id))
    other = app.test_client()
    login(other, "tay")
    assert other.post(f"/tai-khoan/ma-api/{token_id}/thu-hoi").status_code == 404
    assert client.post(f"/tai-khoan/ma-api/{token_id}/thu-hoi").status_code == 200
    refused = client.get("/api/v1/dossiers", headers=bearer(plain))
    assert refused.status_code == 401 and refused.get_json()["error"]["code"] == "invalid_token"


def test_each_token_has_its_own_rate_limit(app, clean) -> None:
    client = app.test_client()
    slow, other = token_for(app, "dong", "3/minute"), token_for(app, "dong")
    answers = [client.post("/api/v1/validate", json=clean, headers=bearer(slow)).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    limited = client.post("/api/v1/validate", json=clean, headers=bearer(slow))
    assert limited.get_json()["error"]["code"] == "rate_limited" and "Retry-After" in limited.headers
    assert client.post("/api/v1/validate", json=clean, headers=bearer(other)).status_code == 200


def test_anonymous_calls_are_limited_by_address(tmp_path: Path, clean) -> None:
    client = web_app(tmp_path, API_RATE_ANONYMOUS="2/minute").test_client()
    assert [client.post("/api/v1/validate", json=clean).status_code for _ in range(3)] == [200, 200, 429]


def test_a_disabled_account_s_tokens_stop_working(app) -> None:
    plain = token_for(app, "dong")
    assert app.test_cli_runner().invoke(args=["users", "disable", "dong"]).exit_code == 0
    assert app.test_client().get("/api/v1/dossiers", headers=bearer(plain)).status_code == 401


def test_the_token_command_prints_a_working_token(app) -> None:
    result = app.test_cli_runner().invoke(args=["users", "token", "xa", "--rate", "100/second"])
    assert result.exit_code == 0
    assert app.test_client().get("/api/v1/dossiers", headers=bearer(result.output.strip())).status_code == 200
    bad = app.test_cli_runner().invoke(args=["users", "token", "xa", "--rate", "nhiều"])
    assert bad.exit_code == 2
