"""The README's team-server guide, followed on the local server: the SQL makes a role that is no
superuser and a database it owns, and caseapp is set up and used as that role. The docker compose
set-up in packaging/team-server names the same role and database and uses the same SQL."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.cli.conftest import Run
from tests.conftest import PG_ADMIN_URL, POSTGRES, _pg_plain_url

ROOT = Path(__file__).parents[2]
README = ROOT / "README.md"
TEAM_SERVER = ROOT / "packaging" / "team-server"
CREATE_SQL = TEAM_SERVER / "create-database.sql"


def _statements(sql: str) -> list[str]:
    lines = [line.split("--", 1)[0].strip() for line in sql.splitlines()]
    return [line for line in lines if line]


def _guide() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index("## PostgreSQL: the team server") :].split("\n## ", 1)[0]


def test_the_guide_shows_the_sql_of_the_packaged_file() -> None:
    shown = re.search(r"```sql\n(.*?)```", _guide(), re.DOTALL)
    assert shown is not None
    assert _statements(shown[1]) == _statements(CREATE_SQL.read_text(encoding="utf-8"))


def _guide_names() -> dict[str, str]:
    """The role and database the guide's psql command creates."""
    return dict(re.findall(r"-v (role|database)=(\w+)", _guide()))


def test_the_compose_file_sets_up_what_the_guide_sets_up() -> None:
    compose = yaml.safe_load((TEAM_SERVER / "compose.yaml").read_text(encoding="utf-8"))
    postgres = compose["services"]["postgres"]
    names = _guide_names()
    assert names == {"role": "caseapp", "database": "caseapp"}
    assert postgres["environment"]["CASEAPP_ROLE"] == names["role"]
    assert postgres["environment"]["CASEAPP_DATABASE"] == names["database"]
    assert "ssl=on" in postgres["command"]
    mounts = dict(volume.split(":")[:2] for volume in postgres["volumes"])
    # The guide's SQL file is the one the container runs at its first start.
    assert mounts["./create-database.sql"] == "/etc/caseapp/create-database.sql"
    init = (TEAM_SERVER / "initdb" / "10-caseapp.sh").read_text(encoding="utf-8")
    assert "-f /etc/caseapp/create-database.sql" in init
    hba_file = next(a for a in postgres["command"] if a.startswith("hba_file="))
    hba = (TEAM_SERVER / mounts_by_target(mounts)[hba_file.split("=", 1)[1]]).read_text()
    rules = [line.split() for line in hba.splitlines() if line and not line.startswith("#")]
    assert {rule[0] for rule in rules} == {"local", "hostssl"}  # no connection without TLS
    for source in mounts:
        if source.startswith("./") and source not in ("./certs",):
            assert (TEAM_SERVER / source).exists(), source
    for secret in compose["secrets"].values():
        assert secret["file"].startswith("./secrets/")  # made by the administrator, never shipped


def mounts_by_target(mounts: dict[str, str]) -> dict[str, str]:
    return {target: source for source, target in mounts.items()}


def test_make_certs_makes_a_server_certificate_its_authority_signed(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("no openssl on this computer")
    from cryptography import x509

    subprocess.run(
        [str(TEAM_SERVER / "make-certs.sh"), "db.example.org", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    ca = x509.load_pem_x509_certificate((tmp_path / "ca.crt").read_bytes())
    server = x509.load_pem_x509_certificate((tmp_path / "server.crt").read_bytes())
    server.verify_directly_issued_by(ca)
    names = server.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["db.example.org"]
    assert (tmp_path / "server.key").stat().st_mode & 0o077 == 0  # for the owner alone


@pytest.fixture
def guide_names() -> Iterator[tuple[str, str]]:
    """A role and a database name of this test's own (the guide's are 'caseapp'); removed after."""
    if not POSTGRES:
        pytest.skip("no PostgreSQL server answers")
    if shutil.which("psql") is None:
        pytest.skip("no psql on this computer")
    import psycopg

    suffix = uuid.uuid4().hex[:10]
    role, database = f"caseapp_guide_{suffix}", f"caseapp_guide_{suffix}"
    try:
        yield role, database
    finally:
        with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.postgres
def test_following_the_guide_on_the_local_server(
    guide_names: tuple[str, str], run: Run, tmp_path: Path
) -> None:
    import psycopg

    role, database = guide_names
    # As the guide runs it: the SQL on psql's standard input, the names as psql variables.
    subprocess.run(
        [
            *("psql", _pg_plain_url("postgres"), "-v", "ON_ERROR_STOP=1"),
            *("-v", f"role={role}", "-v", f"database={database}"),
        ],
        input=CREATE_SQL.read_text(encoding="utf-8"),
        text=True,
        check=True,
        capture_output=True,
    )
    server = PG_ADMIN_URL.rsplit("/", 1)[0]
    url = server.replace("://postgres@", f"://{role}@") + f"/{database}"
    assert f"://{role}@" in url

    made = run("init", "--db", url, "--admin", "anna", password="anna-password")
    assert made.code == 0, made.err
    added = run(
        "users", "add", "mmp", "--name", "Mette M. Pedersen", "--role", "coordinator",
        "--db", url, user="anna", password="anna-password", CASEAPP_NEW_PASSWORD="mette-password",
    )  # fmt: skip
    assert added.code == 0, added.err
    listing = run("users", "list", "--db", url, user="anna", password="anna-password")
    assert listing.code == 0 and "mmp" in listing.out
    backup = tmp_path / "team.caseapp-backup"
    made_backup = run("backup", "--db", url, "--out", backup, user="anna", password="anna-password")
    assert made_backup.code == 0, made_backup.err
    verified = run("audit", "verify", "--db", url, user="anna", password="anna-password")
    assert verified.code == 0, verified.err

    with psycopg.connect(_pg_plain_url(database)) as conn:
        super_, create_db = conn.execute(
            "SELECT rolsuper, rolcreatedb FROM pg_roles WHERE rolname = %s", (role,)
        ).fetchone()
        owners = {
            owner
            for (owner,) in conn.execute(
                "SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"
            )
        }
    assert (super_, create_db) == (False, False)
    assert owners == {role}
    # Another role of the server may not even connect to the database.
    with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}_other" LOGIN')
    try:
        other = _pg_plain_url(database).replace("://postgres@", f"://{role}_other@")
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(other).close()
    finally:
        with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
            conn.execute(f'DROP ROLE "{role}_other"')
