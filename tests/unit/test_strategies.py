"""Strategies, tested by property: valid, consistent, different from the input, fitting."""

from __future__ import annotations

import ipaddress
import warnings
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dumpscrub import strategies
from dumpscrub.fakes import FakeEngine, available_locales
from dumpscrub.model import Column
from dumpscrub.strategies.generic import ConstantParams, HashParams

EMAIL = re.compile(r"^[a-z0-9._]+@example\.(com|org|net)$")


def make(name: str, params=None):
    cls = strategies.get(name)
    return cls(params)


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(b"k", ("en_US",))


names = st.text(alphabet=st.characters(categories=("L",)), min_size=1, max_size=20)
emails = st.emails()


@given(emails)
def test_email_is_valid_and_on_a_reserved_domain(value: str) -> None:
    engine = FakeEngine(b"k")
    fake = engine.fake(make("email"), value)
    assert EMAIL.match(fake), fake
    assert fake != value


def test_same_value_same_fake_across_engines_with_one_secret() -> None:
    a, b = FakeEngine(b"s"), FakeEngine(b"s")
    for strategy in ("email", "first_name", "last_name", "name", "phone", "address", "ip", "hash"):
        s = make(strategy)
        assert a.fake(s, "Jane Doe 192.0.2.1") == b.fake(s, "Jane Doe 192.0.2.1"), strategy


def test_other_secret_other_fakes() -> None:
    values = [f"user{i}@corp.example" for i in range(20)]
    a = [FakeEngine(b"one").fake(make("email"), v) for v in values]
    b = [FakeEngine(b"two").fake(make("email"), v) for v in values]
    assert a != b


def test_fake_does_not_depend_on_what_came_before(engine: FakeEngine) -> None:
    email = make("email")
    first = engine.fake(email, "zoe@example.org")
    fresh = FakeEngine(b"k")
    for i in range(500):
        fresh.fake(email, f"other{i}@example.org")
    assert fresh.fake(email, "zoe@example.org") == first


def test_email_domain_case_is_ignored_local_part_case_is_not(engine: FakeEngine) -> None:
    email = make("email")
    assert engine.fake(email, "Zoe@Example.COM") == engine.fake(email, "Zoe@example.com")
    assert engine.fake(email, "zoe@example.com") != engine.fake(email, "Zoe@example.com")


@pytest.mark.parametrize("name,max_length", [("email", 16), ("hash", 8), ("phone", 7)])
def test_collision_free_even_in_a_tiny_space(engine: FakeEngine, name: str, max_length: int) -> None:
    strategy = make(name)
    fakes = [engine.fake(strategy, f"value-{i}", max_length) for i in range(3000)]
    assert len({f.casefold() for f in fakes}) == len(fakes)
    assert all(len(f) <= max_length for f in fakes)


def test_hash_is_hex_and_cut_to_fit(engine: FakeEngine) -> None:
    assert re.fullmatch(r"[0-9a-f]{64}", engine.fake(make("hash"), "x"))
    assert len(engine.fake(make("hash"), "x", 10)) == 10
    assert len(engine.fake(make("hash", HashParams(length=12)), "x")) == 12


def test_hash_length_is_validated() -> None:
    with pytest.raises(ValueError, match="between 8 and 1024"):
        HashParams(length=4)


@given(names)
def test_first_name_keeps_case_style(value: str) -> None:
    engine = FakeEngine(b"k")
    strategy = make("first_name")
    fake = engine.fake(strategy, value)
    assert fake
    if value.isupper():
        assert fake.isupper()
    # Names are keyed case-insensitively (where Unicode case mapping round-trips: not for 'ı').
    assume(value.upper().casefold() == value.lower().casefold())
    assert engine.fake(strategy, value.upper()).casefold() == engine.fake(strategy, value.lower()).casefold()


def test_first_name_keeps_gender_when_the_locale_knows_it(engine: FakeEngine) -> None:
    female = engine.name_set("en_US", "first_names_female")
    for name in ("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth"):
        assert engine.fake(make("first_name"), name).casefold() in female


def test_full_name_is_made_of_the_first_and_last_name_fakes(engine: FakeEngine) -> None:
    full = engine.fake(make("name"), "Marie Dupont")
    assert full == f"{engine.fake(make('first_name'), 'Marie')} {engine.fake(make('last_name'), 'Dupont')}"
    assert engine.fake(make("name"), "Dupont, Marie") == (
        f"{engine.fake(make('last_name'), 'Dupont')}, {engine.fake(make('first_name'), 'Marie')}"
    )


def test_names_fit_short_columns(engine: FakeEngine) -> None:
    for i in range(200):
        assert len(engine.fake(make("name"), f"Jean-Baptiste{i} Bartholomew-Smith{i}", 12)) <= 12
        assert len(engine.fake(make("first_name"), f"Maximilian{i}", 4)) <= 4


@given(st.ip_addresses())
def test_ip_keeps_its_family(ip) -> None:
    engine = FakeEngine(b"k")
    fake = ipaddress.ip_address(engine.fake(make("ip"), str(ip)))
    assert fake.version == ip.version
    if ip.version == 4:
        assert fake.is_global


def test_ip_keeps_prefix_and_v4_mapping(engine: FakeEngine) -> None:
    assert engine.fake(make("ip"), "10.1.2.3/24").endswith("/24")
    assert engine.fake(make("ip"), "::ffff:198.51.100.7").startswith("::ffff:")


def test_phone_uses_the_locale_formats(engine: FakeEngine) -> None:
    fake = engine.fake(make("phone"), "+1 555 0100")
    assert re.fullmatch(r"[0-9()+\-. x]+", fake)
    assert sum(c.isdigit() for c in fake) >= 10


def test_address_follows_the_shape_of_the_original(engine: FakeEngine) -> None:
    one_line = engine.fake(make("address"), "47 MySakila Drive")
    assert "\n" not in one_line and "," not in one_line
    assert "\n" in engine.fake(make("address"), "1 Main St\nSpringfield")
    assert ", " in engine.fake(make("address"), "1 Main St, Springfield, IL")
    assert len(engine.fake(make("address"), "1 Main St\nSpringfield", 15)) <= 15
    crlf = engine.fake(make("address"), "1 Main St\r\nSpringfield\r\nIL 62701")
    assert "\r\n" in crlf and "\n" not in crlf.replace("\r\n", "")  # the original's line breaks


def test_constant_and_null(engine: FakeEngine) -> None:
    assert engine.fake(make("constant", ConstantParams("redacted")), "anything") == "redacted"
    assert engine.fake(make("null"), "anything") is None


@pytest.mark.parametrize(
    "name,column,reason",
    [
        ("email", Column("id", "int", "integer"), "cannot fill a column of type int"),
        ("email", Column("e", "varchar", "text", length=10), "needs at least 16 characters"),
        ("null", Column("e", "varchar", "text", length=10, nullable=False), "NOT NULL"),
        ("hash", Column("d", "date", "temporal"), "cannot fill a column of type date"),
    ],
)
def test_check_refuses_columns_it_cannot_fill(name: str, column: Column, reason: str) -> None:
    assert reason in make(name).check(column)


def test_constant_checks_enum_and_length() -> None:
    enum = Column("g", "enum", "enum", enum_values=("F", "M"))
    assert "not one of" in make("constant", ConstantParams("X")).check(enum)
    assert make("constant", ConstantParams("F")).check(enum) is None
    assert "characters long" in make("constant", ConstantParams("abcdef")).check(Column("c", "char", "text", 3))


def test_every_strategy_is_documented() -> None:
    for cls in strategies.all_strategies():
        assert cls.summary(), cls.name


def test_json_columns_take_only_json() -> None:
    from dumpscrub.schema import parse_create_table

    table = parse_create_table(
        "CREATE TABLE `t` (`profile` longtext COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`profile`)),"
        " `bio` text CHECK (json_valid(`profile`)), `doc` json)",
        "mysql",
    )
    profile, bio, doc = table.columns
    assert (profile.kind, bio.kind, doc.kind) == ("json", "text", "json")
    assert "is not JSON" in make("constant", ConstantParams("redacted")).check(profile)
    assert make("constant", ConstantParams("{}")).check(doc) is None
    assert "cannot fill a column of type longtext" in make("hash").check(profile)
    assert make("null").check(profile) is None


def test_every_locale_has_real_name_lists() -> None:
    # Some locales leave the base provider's placeholders (John, Jane, Doe) in their name
    # lists and make names another way (pl_PL: unisex_last_names, is_IS: suffixed names).
    engine = FakeEngine(b"k")
    for locale in available_locales():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # Faker warns about deprecated locales (fr_QC)
            engine.faker(locale)
        for attr in ("first_names", "last_names"):
            names = engine.names(locale, attr).items
            assert len(set(names)) >= 3 and not {"John", "Jane", "Doe"} >= set(names), (locale, attr, names[:3])
