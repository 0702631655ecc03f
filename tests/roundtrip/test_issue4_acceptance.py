"""Issue 4's "done when", on a schema dumpscrub has never seen (support/community.py).

A community site (users with names, e-mail, phone, birth date, IBAN and a JSON
profile; posts whose free text quotes other members' e-mails, phone numbers and
IBANs; comments, payments, sessions, club memberships with a composite key under
badges; company contacts next to personal ones) is created with the same rows on
MariaDB, PostgreSQL and SQLite, dumped by mysqldump, pg_dump (COPY, and
--column-inserts) and sqlite3 .dump, and each dump is scrubbed by the real CLI with
ONE rules file (support.community.RULES), which drops deleted users, forgets the
users listed in forgotten.txt, and has no rule for posts.author_email: that key must
follow users.email by itself. Each scrubbed dump is restored with every constraint
checked, and the restored database is compared with the original rows and with an
oracle of the rows that leave.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from support.community import (
    COLUMNS,
    EXAMPLE_DOMAINS,
    FOREIGN_KEYS,
    ROW_KEYS,
    RULES,
    UNIQUE_KEYS,
    Community,
    Post,
    as_json,
    create,
    fetch,
    is_valid_iban,
    kept_keys,
    make_community,
)
from support.databases import PG_SOCKET_DIR, MariaDB, PostgreSQL, Server, SQLite, duplicates, orphans
from support.harnesses import MariaDBHarness

SECRET = "issue-4-acceptance"
# dump name -> (server, the dump program's options)
DUMPS = {
    "mysqldump": ("mariadb", ()),
    "pg_dump": ("postgresql", ()),
    "pg_dump-column-inserts": ("postgresql", ("--column-inserts",)),
    "sqlite3": ("sqlite", ()),
}
FAKE_EMAIL = re.compile(r"[\w.+-]+@(?:" + "|".join(map(re.escape, EXAMPLE_DOMAINS)) + r")")
# A run of digits as a phone number groups them; a leak is a national number inside one.
DIGIT_RUN = re.compile(r"\d(?:[ .\-()/]{0,2}\d)*")
NAME_MIN_LENGTH = 5


@dataclass
class Scrubbed:
    """One dump, scrubbed by the CLI and restored."""

    original: bytes
    output: bytes
    stderr: str
    restored: dict[str, list[tuple]]  # table -> rows, in COLUMNS order
    broken_keys: list[str]  # restore warnings, foreign keys with orphans, unique keys with duplicates

    def rows(self, table: str) -> dict[tuple, tuple]:
        """The restored rows of `table` by their key."""
        return keyed(table, self.restored[table])


def keyed(table: str, rows: list[tuple]) -> dict[tuple, tuple]:
    """Rows of `table` (in COLUMNS order) by their key (ROW_KEYS)."""
    positions = [COLUMNS[table].index(c) for c in ROW_KEYS[table]]
    return {tuple(row[i] for i in positions): row for row in rows}


def dump(server: Server, db: str, options: tuple[str, ...]) -> bytes:
    if isinstance(server, MariaDB):
        cmd = ["mysqldump", f"--socket={server.socket}", "--user=root", db]
    elif isinstance(server, PostgreSQL):
        cmd = ["pg_dump", "-h", PG_SOCKET_DIR, *options, db]
    else:
        cmd = ["sqlite3", str(server.path(db)), ".dump"]
    return subprocess.run(cmd, capture_output=True, check=True).stdout


def scrub(original: bytes, c: Community, folder: Path) -> tuple[bytes, str]:
    """The real CLI on the dump, with RULES and forgotten.txt next to each other."""
    (folder / "rules.yml").write_text(RULES, encoding="utf-8")
    (folder / "forgotten.txt").write_text("".join(f"{i}\n" for i in c.forgotten), encoding="utf-8")
    (folder / "dump.sql").write_bytes(original)
    out = folder / "scrubbed.sql"
    cmd = [sys.executable, "-m", "dumpscrub", str(folder / "dump.sql"), "-r", str(folder / "rules.yml")]
    proc = subprocess.run([*cmd, "--secret", SECRET, "-o", str(out)], capture_output=True, check=False)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, f"dumpscrub exited {proc.returncode}:\n{stderr}"
    assert "warning" not in stderr.lower() and "error" not in stderr.lower(), stderr
    return out.read_bytes(), stderr


def restore(server: Server, db: str, data: bytes) -> list[str]:
    """Restore a scrubbed dump; the warnings MariaDB raised (psql runs with ON_ERROR_STOP
    and sqlite3 with -bail, so there every problem stops the restore).

    mysqldump's header makes the session non-strict: a value that does not fit its
    column is cut with a warning, which strict mode would have made an error.
    """
    if isinstance(server, MariaDB):
        return [f"MariaDB: {w}" for w in MariaDBHarness(server).restore(db, data)]
    server.restore(db, data)
    return []


def broken_keys(server: Server, db: str) -> list[str]:
    """Every foreign key with orphans and unique key with duplicates: mysqldump restores
    with FOREIGN_KEY_CHECKS=0 and UNIQUE_CHECKS=0, so MariaDB does not check them."""
    problems = [
        f"FK {fk['child']}{fk['columns']}: {n} orphans" for fk in FOREIGN_KEYS if (n := orphans(server, db, fk))
    ]
    problems += [
        f"UNIQUE {t}{cols}: {n} duplicated" for t, cols in UNIQUE_KEYS if (n := duplicates(server, db, t, cols))
    ]
    if isinstance(server, SQLite):
        problems += [f"PRAGMA foreign_key_check: {row}" for row in server.query(db, "PRAGMA foreign_key_check")]
    return problems


@pytest.fixture(scope="module")
def community() -> Community:
    return make_community()


@pytest.fixture(scope="module")
def scrubbed(
    community: Community,
    mariadb: MariaDB,
    postgres: PostgreSQL,
    sqlite: SQLite,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], Scrubbed]]:
    """A getter of each dump's round trip, made when a test first asks for it (so a
    dump that fails to restore fails its own tests, not the other dumps')."""
    servers = {"mariadb": mariadb, "postgresql": postgres, "sqlite": sqlite}
    sources: dict[str, str] = {}
    done: dict[str, Scrubbed] = {}

    def get(name: str) -> Scrubbed:
        if name not in done:
            server_name, options = DUMPS[name]
            server = servers[server_name]
            if server_name not in sources:
                sources[server_name] = server.fresh_database("community_source")
                create(server, sources[server_name], community)
            original = dump(server, sources[server_name], options)
            output, stderr = scrub(original, community, tmp_path_factory.mktemp(name))
            target = server.fresh_database("community_scrubbed")
            try:
                warnings = restore(server, target, output)
                restored = {t: fetch(server, target, t) for t in COLUMNS}
                done[name] = Scrubbed(original, output, stderr, restored, warnings + broken_keys(server, target))
            finally:
                server.drop(target)
        return done[name]

    yield get
    for server_name, db in sources.items():
        servers[server_name].drop(db)


# -- what must not be left -------------------------------------------------------


@dataclass(frozen=True)
class Originals:
    """The personal values of the original data, in the forms a leak check looks for."""

    emails: frozenset[str]  # casefolded
    last_names: re.Pattern  # any of them as a whole word, ignoring case
    last_name_count: int
    phones: frozenset[str]  # national significant numbers
    ibans: frozenset[str]  # compact, upper case

    def leaks(self, text: str) -> dict[str, set[str]]:
        """The originals found in `text`, by kind."""
        folded = text.casefold()
        runs = {"".join(ch for ch in m.group() if ch.isdigit()) for m in DIGIT_RUN.finditer(text)}
        windows = {run[i : i + n] for run in runs for n in (9, 10) for i in range(len(run) - n + 1)}
        squeezed = text.replace(" ", "").upper()
        return {
            "emails": {e for e in self.emails if e in folded},
            "last names": {m.group().casefold() for m in self.last_names.finditer(text)},
            "phones": self.phones & windows,
            "ibans": {i for i in self.ibans if i in squeezed},
        }


def originals_of(c: Community) -> Originals:
    emails = {u.email for u in c.users} | {u.work_email for u in c.users if u.work_email}
    names = {u.last_name for u in c.users}
    persons = [row for row in c.contacts if row[2] == "person"]
    emails |= {row[5] for row in persons}
    names |= {row[3].rpartition(" ")[2] for row in persons}
    names = {n for n in names if len(n) >= NAME_MIN_LENGTH}
    phones = {u.phone.national for u in c.users if u.phone} | {p.national for p in c.contact_phones.values()}
    ibans = {u.iban for u in c.users if u.iban} | {row[2] for row in c.payments}
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(names))) + r")(?!\w)", re.IGNORECASE)
    return Originals(frozenset(e.casefold() for e in emails), pattern, len(names), frozenset(phones), frozenset(ibans))


def restored_text(s: Scrubbed) -> str:
    """Every restored value of every table as text, one per line (JSON as the server gives it)."""
    values = []
    for rows in s.restored.values():
        for row in rows:
            values += [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in row if v is not None]
    return "\n".join(values)


@pytest.mark.parametrize("name", DUMPS)
def test_the_leak_check_finds_every_original_in_the_original_dump(scrubbed, community: Community, name: str) -> None:
    originals = originals_of(community)
    found = originals.leaks(scrubbed(name).original.decode("utf-8"))
    assert found["emails"] == set(originals.emails)
    assert len(found["last names"]) == originals.last_name_count
    assert found["phones"] == set(originals.phones)
    assert found["ibans"] == set(originals.ibans)


@pytest.mark.parametrize("name", DUMPS)
def test_no_email_last_name_phone_or_iban_is_left(scrubbed, community: Community, name: str) -> None:
    s = scrubbed(name)
    originals = originals_of(community)
    in_dump = {kind: found for kind, found in originals.leaks(s.output.decode("utf-8")).items() if found}
    assert not in_dump, f"originals in the scrubbed dump: {in_dump}"
    in_database = {kind: found for kind, found in originals.leaks(restored_text(s)).items() if found}
    assert not in_database, f"originals in the restored database: {in_database}"


# -- keys, rows that leave, and the run's summary -----------------------------------


@pytest.mark.parametrize("name", DUMPS)
def test_the_restore_is_clean_and_every_key_holds(scrubbed, name: str) -> None:
    assert scrubbed(name).broken_keys == []


@pytest.mark.parametrize("name", DUMPS)
def test_deleted_and_forgotten_users_leave_with_all_their_rows(scrubbed, community: Community, name: str) -> None:
    s = scrubbed(name)
    expected = kept_keys(community)
    wrong = {
        table: (len(expected[table]), len(s.rows(table)), sorted(expected[table] ^ s.rows(table).keys())[:5])
        for table in COLUMNS
        if s.rows(table).keys() != expected[table]
    }
    assert not wrong, f"table: (expected rows, restored rows, first keys that differ): {wrong}"
    assert not {(i,) for i in community.forgotten} & s.rows("users").keys()


@pytest.mark.parametrize("name", DUMPS)
def test_columns_without_rules_are_unchanged(scrubbed, community: Community, name: str) -> None:
    s = scrubbed(name)
    for table in ("companies", "clubs", "memberships", "badges", "comments"):
        original = keyed(table, community.rows(table))
        restored = s.rows(table)
        assert {key: original[key] for key in restored} == restored, table
    payments = {row[0]: row for row in community.payments}
    for (i,), row in s.rows("payments").items():
        assert row[:2] + row[3:] == payments[i][:2] + payments[i][3:], i
    posts = {p.id: p for p in community.posts}
    for (i,), row in s.rows("posts").items():
        assert row[3] == posts[i].created_at, i


# pg_dump names its tables with their schema (public.posts), the other two do not.
FOLLOWED = re.compile(
    r"^dumpscrub: rules added by foreign keys: (?:\w+\.)?posts\.author_email \(follows (?:\w+\.)?users\.email\)$", re.M
)
LEFT_OUT = re.compile(r"^dumpscrub: rows left out: (.*)$", re.M)


@pytest.mark.parametrize("name", DUMPS)
def test_the_summary_says_author_email_follows_users_email(scrubbed, community: Community, name: str) -> None:
    """The only column given a rule by a key is posts.author_email, and the summary's
    rows left out are the oracle's."""
    stderr = scrubbed(name).stderr
    assert FOLLOWED.search(stderr), stderr
    left_out = LEFT_OUT.search(stderr)
    assert left_out, stderr
    entries = (entry.split() for entry in left_out[1].split(", "))  # "public.users 42"
    counts = {table.rpartition(".")[2]: int(n.replace(",", "")) for table, n in entries}
    expected = kept_keys(community)
    lost = {t: len(community.rows(t)) - len(expected[t]) for t in COLUMNS if t != "sessions"}
    assert counts == {t: n for t, n in lost.items() if n}, stderr


# -- what the strategies wrote ------------------------------------------------------


@pytest.mark.parametrize("name", DUMPS)
def test_posts_follow_and_quote_their_owners_fakes(scrubbed, community: Community, name: str) -> None:
    """author_email is its author's fake e-mail in users; each item a post quotes is its
    owner's fake as users holds it, and the text around the items is unchanged. The
    owner of a quoted item may have left (deleted, forgotten): the post stays, with a
    fake no original has, the same in every post quoting it."""
    s = scrubbed(name)
    users = {i: row for (i,), row in s.rows("users").items()}
    email_, phone_, iban_, first_, last_ = (
        COLUMNS["users"].index(c) for c in ("email", "phone", "iban", "first_name", "last_name")
    )
    fakes: dict[tuple[str, int], set[str]] = {}
    checked = {"email": 0, "phone": 0, "iban": 0, "name": 0}
    for (i,), (_, author_email, body, _) in s.rows("posts").items():
        post = community.posts[i - 1]
        assert author_email == users[post.author][email_], i
        match = body_pattern(post).fullmatch(body)
        assert match, f"post {i}: {post.text!r} became {body!r}"
        for (kind, owner, written), fake in zip(post.items, match.groups(), strict=True):
            user = community.user(owner)
            fakes.setdefault((kind, owner), set()).add(fake.replace(" ", "") if kind == "iban" else fake)
            if kind == "email":
                assert FAKE_EMAIL.fullmatch(fake) and fake.casefold() != written.casefold(), (i, written, fake)
                if owner in users:
                    assert fake == users[owner][email_], (i, written, fake)
            elif kind == "name":
                # The user's fake first and last names, as users holds them.
                assert fake.split(" ")[-1] != written.split(" ")[-1], (i, written, fake)
                if owner in users:
                    assert fake == f"{users[owner][first_]} {users[owner][last_]}", (i, written, fake)
            elif kind == "phone":
                assert user.phone.national not in re.sub(r"\D", "", fake), (i, written, fake)
                if owner in users:
                    assert fake == users[owner][phone_], (i, written, fake)
            else:
                assert is_valid_iban(fake) and fake[:2] == written[:2] and fake != written, (i, written, fake)
                assert [len(g) for g in fake.split(" ")] == [len(g) for g in written.split(" ")], (i, written, fake)
                if owner in users:
                    assert fake.replace(" ", "") == users[owner][iban_], (i, written, fake)
            checked[kind] += owner in users
    assert {key: f for key, f in fakes.items() if len(f) > 1} == {}
    assert min(checked.values()) >= 50, checked
    left = {owner for (_, owner) in fakes if owner not in users}
    assert len(left) >= 10, "posts should quote users who left"


def body_pattern(post: Post) -> re.Pattern:
    """The post's text with each item it quotes as a group to capture."""
    return re.compile("".join(re.escape(p) if isinstance(p, str) else "(.+?)" for p in post.body), re.DOTALL)


@pytest.mark.parametrize("name", DUMPS)
def test_birth_dates_become_january_first_of_their_year(scrubbed, community: Community, name: str) -> None:
    at = COLUMNS["users"].index("birth_date")
    restored = {i: row[at] for (i,), row in scrubbed(name).rows("users").items()}
    assert restored == {i: f"{community.user(i).birth_date[:4]}-01-01" for i in restored}


@pytest.mark.parametrize("name", DUMPS)
def test_ibans_are_valid_of_the_same_country_and_changed(scrubbed, community: Community, name: str) -> None:
    s = scrubbed(name)
    at = COLUMNS["users"].index("iban")
    users = {i: row[at] for (i,), row in s.rows("users").items()}
    pairs = [(community.user(i).iban, fake) for i, fake in users.items()]
    pairs += [(community.payments[i - 1][2], row[2]) for (i,), row in s.rows("payments").items()]
    assert len([p for p in pairs if p[0]]) > 500
    for original, fake in pairs:
        if original is None:
            assert fake is None
        else:
            assert is_valid_iban(fake) and fake[:2] == original[:2] and len(fake) == len(original), (original, fake)
            assert fake != original and fake.isalnum() and fake.isupper(), (original, fake)
    # A payment from a member's own account shows the member's fake IBAN.
    own = 0
    for (i,), (_, user_id, fake, _, _) in s.rows("payments").items():
        if community.payments[i - 1][2] == community.user(user_id).iban:
            own += 1
            assert fake == users[user_id], i
    assert own > 200


def shape(value: Any) -> Any:
    """A JSON document's structure: its keys and array lengths, not its values."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value]
    return type(value).__name__


@pytest.mark.parametrize("name", DUMPS)
def test_profiles_stay_json_of_the_same_shape_with_the_users_fakes(scrubbed, community: Community, name: str) -> None:
    """The display name is the user's fake first and last name (names are faked token
    by token), the contact e-mail the user's fake e-mail when it was the user's own,
    the phone and the bio's number the user's fake phone; the rest is unchanged."""
    columns = COLUMNS["users"]
    checked = 0
    for (i,), row in scrubbed(name).rows("users").items():
        user = community.user(i)
        new = dict(zip(columns, row, strict=True))
        profile = as_json(new["profile"])
        if user.profile is None:
            assert profile is None, i
            continue
        checked += 1
        assert shape(profile) == shape(user.profile), i
        assert profile["display_name"] == f"{new['first_name']} {new['last_name']}", (i, profile)
        contact = profile["contact"]
        if user.work_email is None:
            assert contact["email"] == new["email"], (i, contact)
        else:
            assert FAKE_EMAIL.fullmatch(contact["email"]) and contact["email"] != new["email"], (i, contact)
        if user.phone is not None:
            assert contact["phone"] == new["phone"], (i, contact)
        if "bio" in user.profile:
            assert profile["bio"] == _bio_with(user.profile["bio"], user.phone.written, new["phone"]), i
        unchanged = ("prefs", "clubs_followed")
        assert {k: profile[k] for k in unchanged} == {k: user.profile[k] for k in unchanged}, i
    assert checked > 200


def _bio_with(bio: str, written: tuple[str, ...], fake: str) -> str:
    """The bio with whichever form of the user's number it quotes replaced by `fake`."""
    for form in written:
        if form in bio:
            return bio.replace(form, fake)
    return bio


@pytest.mark.parametrize("name", DUMPS)
def test_person_contacts_change_and_company_contacts_stay(scrubbed, community: Community, name: str) -> None:
    restored = scrubbed(name).rows("contacts")
    persons = 0
    for row in community.contacts:
        new = restored[(row[0],)]
        if row[2] == "company":
            assert new == row
        else:
            persons += 1
            _, _, _, full_name, phone, email = new
            assert new[:3] == row[:3] and full_name != row[3] and len(full_name.split()) == 2, (row, new)
            assert phone != row[4] and community.contact_phones[row[0]].national not in re.sub(r"\D", "", phone)
            assert FAKE_EMAIL.fullmatch(email), (row, new)
    assert persons >= 10


def test_the_four_dumps_get_the_same_fakes(scrubbed) -> None:
    """The same secret gives each user the same fakes whichever program wrote the dump."""
    results = {name: scrubbed(name) for name in DUMPS}

    def users(s: Scrubbed) -> dict[int, tuple]:
        return {i: (*row[:-1], as_json(row[-1])) for (i,), row in s.rows("users").items()}

    def bodies(s: Scrubbed) -> dict[int, str]:
        return {i: row[2] for (i,), row in s.rows("posts").items()}

    first, *others = results.values()
    for name, s in zip(list(DUMPS)[1:], others, strict=True):
        assert users(s) == users(first), name
        assert bodies(s) == bodies(first), name
        assert s.rows("payments") == first.rows("payments"), name
        assert s.rows("contacts") == first.rows("contacts"), name
