"""The rules loader: the documented syntax, and every problem reported with its place."""

from __future__ import annotations

import pytest

from dumpscrub.errors import RulesError
from dumpscrub.rules import TableAction, load_rules, parse_rules

EXAMPLE = """\
version: 1
locale: en_US          # optional, Faker locale(s) for fake values
tables:
  users:
    columns:
      email: email
      first_name: first_name
      last_name: last_name
      display_name: hash
      phone: phone
      postal_address: address
      last_login_ip: ip
      avatar: null
      notes: {strategy: constant, value: "redacted"}
  sessions: truncate
"""


def problems(text: str) -> list[str]:
    with pytest.raises(RulesError) as err:
        parse_rules(text, "rules.yml")
    return err.value.lines()


def test_the_documented_example_loads() -> None:
    rules = parse_rules(EXAMPLE)
    users = rules.tables["users"]
    assert users.columns["avatar"].strategy.name == "null"
    assert users.columns["notes"].strategy.params.value == "redacted"
    assert rules.tables["sessions"].action is TableAction.TRUNCATE
    assert rules.locales == ("en_US",)


def test_null_as_a_string_and_strict_and_locale_list() -> None:
    rules = parse_rules("version: 1\nstrict: true\nlocale: [fr_FR, de_DE]\ntables:\n  t:\n    columns:\n      a: 'null'\n")
    assert rules.strict and rules.locales == ("fr_FR", "de_DE")
    assert rules.tables["t"].columns["a"].strategy.name == "null"


def test_all_problems_are_reported_with_line_and_column() -> None:
    text = """\
version: 1
tables:
  users:
    colums: {}
    columns:
      email: emial
      x: {strategy: constant}
      y: {strategy: hash, lenght: 3}
      z: {strategy: hash, length: abc}
      w: {strategy: hash, length: 2}
  s: trunc
loc: x
"""
    assert problems(text) == [
        "rules.yml:4:5: tables.users: unknown key 'colums'. Did you mean 'columns'?",
        "rules.yml:6:14: tables.users.columns.email: unknown strategy 'emial'. Did you mean 'email'?",
        "rules.yml:7:10: tables.users.columns.x: strategy 'constant' needs parameter 'value'",
        "rules.yml:8:27: tables.users.columns.y: strategy 'hash' has no parameter 'lenght'. Did you mean 'length'? "
        "(parameters: length)",
        "rules.yml:9:35: tables.users.columns.z.length: expected an integer or null, got 'abc'",
        "rules.yml:10:10: tables.users.columns.w: hash length must be between 8 and 1024 (shorter hashes collide)",
        "rules.yml:11:6: tables.s: unknown table action 'trunc'. Did you mean 'truncate'? (actions: truncate, drop, keep)",
        "rules.yml:12:1: unknown key 'loc'. Did you mean 'locale'?",
    ]


def test_yaml_syntax_error_has_a_location() -> None:
    assert problems("version: 1\ntables: {users: [}\n")[0].startswith("rules.yml:2:")


def test_duplicate_columns_are_an_error() -> None:
    assert problems("version: 1\ntables:\n  t:\n    columns:\n      a: email\n      a: hash\n") == [
        "rules.yml:6:7: tables.t.columns.a: duplicate key"
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("tables: {}\n", "rules.yml:1:1: missing 'version: 1'"),
        ("version: 2\n", "rules.yml:1:10: version: only version 1 exists"),
        ("version: 1\nlocale: xx_YY\n", "rules.yml:2:9: locale: unknown locale 'xx_YY'"),
        ("version: 1\nstrict: maybe\n", "rules.yml:2:9: strict: expected true or false"),
        ("- a\n", "rules.yml:1:1: expected a mapping, got a list"),
        ("", "rules.yml:1: the rules file is empty (see README: rules reference)"),
    ],
)
def test_top_level_problems(text: str, expected: str) -> None:
    assert problems(text)[0].startswith(expected)


def test_table_matching_with_schema_prefix_and_case() -> None:
    rules = parse_rules("version: 1\ntables:\n  users: truncate\n  crm.leads: truncate\n  Customer: truncate\n")
    assert rules.table("users").name == "users"
    assert rules.table("db.users").name == "users"
    assert rules.table("public.users").name == "users"
    assert rules.table("crm.leads").name == "crm.leads"
    assert rules.table("leads") is None
    assert rules.table("customer").name == "Customer"
    assert rules.table("orders") is None


# -- issue 4: extends, conditions, forgetting, references, table actions ----------------


def test_extends_merges_tables_column_by_column_later_entries_win(tmp_path) -> None:
    (tmp_path / "base.yml").write_text(
        "version: 1\nlocale: fr_FR\ntables:\n"
        "  users:\n    columns:\n      Email: email\n      name: name\n"
        "  logs: truncate\n"
    )
    (tmp_path / "rules.yml").write_text(
        "version: 1\nextends: [./base.yml]\ntables:\n"
        "  users:\n    columns:\n      email: hash\n      phone: phone\n"
        "  logs:\n    columns:\n      ip: ip\n"
    )
    rules = load_rules(tmp_path / "rules.yml")
    users = rules.tables["users"]
    assert rules.locales == ("fr_FR",)
    assert {c: r.strategy.name for c, r in users.columns.items()} == {"name": "name", "email": "hash", "phone": "phone"}
    assert str(users.columns["name"].location).endswith("base.yml:7:7")
    # A table given as a mapping over one given as an action replaces it.
    assert rules.tables["logs"].action is None and list(rules.tables["logs"].columns) == ["ip"]


def test_extends_a_preset_by_name_and_its_rules_know_it() -> None:
    rules = parse_rules("version: 1\nextends: [django]\ntables:\n  auth_user:\n    columns:\n      email: hash\n")
    user = rules.tables["auth_user"]
    assert user.columns["email"].preset is None and user.columns["email"].strategy.name == "hash"
    assert any(r.preset == "django" for r in user.columns.values())
    assert rules.tables["django_session"].action is TableAction.TRUNCATE


@pytest.mark.parametrize(
    "text,message",
    [
        ("version: 1\nextends: [djang]\n", "rules.yml:2:11: extends: unknown preset 'djang'. Did you mean 'django'?"),
        ("version: 1\nextends: [./rules.yml]\n", "rules.yml:2:11: extends: './rules.yml' extends itself"),
        ("version: 1\ntables:\n  t:\n    drop_rows: 'a = = 1'\n", "rules.yml:4:16: tables.t.drop_rows: cannot parse"),
        ("version: 1\ntables:\n  t:\n    columns:\n      c: {strategy: hash, when: 3}\n",
         "rules.yml:5:33: tables.t.columns.c.when: expected a SQL condition"),
        ("version: 1\ntables:\n  t:\n    forget: {column: id}\n", "rules.yml:4:13: tables.t.forget: forget needs 'file'"),
        ("version: 1\ntables:\n  t:\n    forget: {column: id, file: nope.txt}\n",
         "rules.yml:4:32: tables.t.forget.file: cannot read nope.txt"),
        ("version: 1\ntables:\n  t:\n    references: {a: users}\n",
         "rules.yml:4:21: tables.t.references.a: expected table.column, or table(col1, col2)"),
        ("version: 1\ntables:\n  t:\n    references: {'a, b': users(id)}\n",
         "rules.yml:4:26: tables.t.references.a, b: 2 columns reference 1"),
        ("version: 1\ntables:\n  t:\n    action: keep\n    columns:\n      c: hash\n",
         "rules.yml:3:3: tables.t: action 'keep' keeps the table as it is"),
        ("version: 1\ntables:\n  t:\n    columns:\n      C: hash\n      c: email\n",
         "rules.yml:6:7: tables.t.columns.c: a second rule for column 'C'"),
        ("version: 1\ntables:\n  t:\n    columns:\n      c: {strategy: template, format: '{}@x'}\n",
         "rules.yml:5:10: tables.t.columns.c: template fields are column names"),
    ],
)
def test_issue4_keys_report_their_problems_with_locations(text: str, message: str) -> None:
    with pytest.raises(RulesError) as err:
        parse_rules(text)
    assert any(line.startswith(message) for line in err.value.lines()), err.value.lines()


def test_forget_references_and_conditions_are_read(tmp_path) -> None:
    (tmp_path / "gone.txt").write_text("7\n\n  8  \nzoe@example.org\r\n")
    (tmp_path / "rules.yml").write_text(
        "version: 1\ntables:\n  users:\n"
        "    forget: {column: id, file: gone.txt}\n"
        "    drop_rows: \"deleted_at IS NOT NULL AND kind <> 'bot'\"\n"
        "    references:\n      referrer: users.email\n      'tenant, owner': public.owners(tenant_id, id)\n"
        "    columns:\n      phone: {strategy: phone, when: \"kind = 'person'\"}\n"
    )
    users = load_rules(tmp_path / "rules.yml").tables["users"]
    assert users.forget.keys == {"7", "8", "zoe@example.org"}
    assert users.drop_rows.columns == ("deleted_at", "kind")
    assert [(r.columns, r.parent, r.parent_columns) for r in users.references] == [
        (("referrer",), "users", ("email",)),
        (("tenant", "owner"), "public.owners", ("tenant_id", "id")),
    ]
    assert users.columns["phone"].when.evaluate({"kind": "person"})
    assert not users.columns["phone"].when.evaluate({"kind": "company"})


def test_a_template_cannot_read_another_template() -> None:
    from support.scrubbing import scrub_bytes

    data = b"CREATE TABLE `u` (`id` int NOT NULL, `fn` varchar(20), `login` varchar(20), `email` varchar(50));\n" \
           b"INSERT INTO `u` VALUES (1,'Marie','marie_secret','marie@x.io');\n"
    rules = (
        "version: 1\ntables:\n  u:\n    columns:\n      fn: first_name\n"
        "      login: {strategy: template, format: '{fn}'}\n"
        "      email: {strategy: template, format: '{login}@example.org'}\n"
    )
    with pytest.raises(RulesError, match="the template reads `login`, another template"):
        scrub_bytes(data, rules, "mysql")
