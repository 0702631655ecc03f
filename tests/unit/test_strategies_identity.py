"""uuid, username, company, password: valid, consistent, collision-free where promised."""

from __future__ import annotations

import base64
import hashlib
import re
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub.errors import StrategyError
from dumpscrub.fakes import FakeEngine
from dumpscrub.model import Column
from dumpscrub.strategies.identity import BCRYPT_PASSWORD, django_hash, phpass_hash
from support.strategy_checks import SECRET, fakes, rule

FORMS = {
    "plain": str,
    "hex": lambda u: u.hex,
    "upper": lambda u: str(u).upper(),
    "braces": lambda u: "{" + str(u) + "}",
    "urn": lambda u: u.urn,
}


def form_of(text: str) -> tuple[str, bool]:
    """Where the hyphens and braces stand, and whether the hex letters are upper case."""
    body = text.replace("urn:uuid:", "")
    return re.sub(r"[0-9a-fA-F]", "x", body), any(c in "ABCDEF" for c in body)


@given(st.uuids(), st.sampled_from(sorted(FORMS)))
def test_uuid_is_a_v4_in_the_same_form(original: uuid.UUID, form: str) -> None:
    value = FORMS[form](original)
    (fake,) = fakes(rule("uuid"), [value])
    parsed = uuid.UUID(fake)
    assert parsed.version == 4 and parsed != original
    assert form_of(fake) == form_of(value)
    assert fake.startswith("urn:uuid:") == (form == "urn")


def test_uuid_forms_of_one_uuid_share_a_fake_and_thousands_stay_distinct() -> None:
    u = uuid.UUID(int=12345)
    same = fakes(rule("uuid"), [str(u), u.hex, str(u).upper()])
    assert len({uuid.UUID(s) for s in same}) == 1
    engine = FakeEngine(SECRET)
    made = {engine.fake(rule("uuid"), str(uuid.UUID(int=i))) for i in range(5000)}
    assert len(made) == 5000


def test_uuid_in_binary_16_is_16_bytes() -> None:
    strategy = rule("uuid").adapt(Column("id", "binary", "binary", length=16))
    value = uuid.UUID(int=7).bytes.decode("ascii", "surrogateescape")
    (fake,) = fakes(strategy, [value])
    data = fake.encode("ascii", "surrogateescape")
    assert len(data) == 16 and uuid.UUID(bytes=data).version == 4


def test_uuid_refuses_what_is_no_uuid() -> None:
    with pytest.raises(StrategyError):
        FakeEngine(SECRET).fake(rule("uuid"), "not-a-uuid-at-all")


@given(st.integers(min_value=3, max_value=12))
def test_username_is_ascii_login_fitted_and_collision_free(max_length: int) -> None:
    engine = FakeEngine(SECRET, ("fr_FR",))
    made = [engine.fake(rule("username"), f"user{i}", max_length) for i in range(60)]
    assert all(re.fullmatch(r"[a-z0-9._]+", m) and len(m) <= max_length for m in made)
    assert len(set(made)) == len(made)


def test_username_thousands_distinct_and_consistent() -> None:
    engine = FakeEngine(SECRET)
    made = [engine.fake(rule("username"), f"login{i}") for i in range(3000)]
    assert len(set(made)) == 3000
    assert all(re.fullmatch(r"[a-z]+[._]?[a-z]*\d*", m) for m in made)
    assert fakes(rule("username"), ["jdoe", "Marie"]) == fakes(rule("username"), ["jdoe", "MARIE"])  # keyed ignoring case


def test_company_fits_and_differs() -> None:
    made = fakes(rule("company"), ["Acme Corp", "Globex", "Initech"], 12)
    assert all(0 < len(m) <= 12 for m in made) and "Acme Corp" not in made


# Golden vectors made with passlib (phpass, django_pbkdf2_sha256), an implementation independent of ours.
def test_hash_functions_match_independent_vectors() -> None:
    assert phpass_hash(b"password", "$P$Babcdefgh") == "$P$BabcdefghEP1Dc925xipBv72nvZxoc1"
    assert phpass_hash(b"password", "$H$6Zx9.Zx9/") == "$H$6Zx9.Zx9/EhPL7ICSIFxohidcbrKlr."
    assert django_hash(b"password", "pbkdf2_sha256", 1000, "saltsaltsalt") == (
        "pbkdf2_sha256$1000$saltsaltsalt$sYIePhT5IXESDKvnouJXtE5pTJ6Znbmef4vViYmc9Uc="
    )


def check_phpass(password: bytes, stored: str) -> bool:
    return phpass_hash(password, stored[:12]) == stored


@pytest.mark.parametrize(
    "original",
    [
        "pbkdf2_sha256$1200$AbCdEfGhIjKlMnOpQrStUv$" + "A" * 43 + "=",
        "pbkdf2_sha1$1000$abcdefghijkl$" + "B" * 27 + "=",
        "$P$B" + "x" * 30,
        "$H$9" + "y" * 30,
        "$S$C" + "z" * 51,
        "a" * 64 + ":" + "S" * 32 + ":1",
        "b" * 32 + ":salt:0",
        "c" * 64 + ":" + "T" * 32 + ":3_32_2_67108864",
    ],
)
def test_password_is_the_word_password_in_the_same_scheme(original: str) -> None:
    made = fakes(rule("password"), [original, original])
    fake = made[0]
    assert fake != original and made[0] == made[1]
    if fake.startswith("pbkdf2_"):
        algorithm, iterations, salt, encoded = fake.split("$")
        assert (algorithm, iterations) == tuple(original.split("$")[:2]) and len(salt) == len(original.split("$")[2])
        digest = "sha256" if algorithm.endswith("256") else "sha1"
        assert base64.b64decode(encoded) == hashlib.pbkdf2_hmac(digest, b"password", salt.encode(), int(iterations))
    elif fake.startswith("$"):
        assert fake[:4] == original[:4] and check_phpass(b"password", fake)
        assert len(fake) == (55 if fake[1] == "S" else 34)
    else:
        digest, salt, version = fake.split(":")
        assert version == ("0" if original.endswith(":0") else "1")
        algorithm = hashlib.md5 if version == "0" else hashlib.sha256
        assert digest == algorithm(salt.encode() + b"password").hexdigest()


def test_every_user_of_a_scheme_gets_one_hash_with_a_secret_dependent_salt() -> None:
    users = [f"$P$B{i:08d}" + "q" * 22 for i in range(50)]
    assert len(set(fakes(rule("password"), users))) == 1
    other = FakeEngine(b"another secret").fake(rule("password"), users[0])
    assert other != fakes(rule("password"), users[:1])[0] and check_phpass(b"password", other)


@pytest.mark.parametrize("original,prefix", [("$2a$12$" + "a" * 53, "$2a$"), ("$2y$10$" + "b" * 53, "$2y$"),
                                             ("$2b$08$" + "c" * 53, "$2b$"), ("plain text", "$2b$")])
def test_bcrypt_and_unknown_schemes_get_the_fixed_bcrypt_hash(original: str, prefix: str) -> None:
    (fake,) = fakes(rule("password"), [original])
    assert fake.startswith(prefix) and fake[4:] == BCRYPT_PASSWORD[4:]


def test_the_fixed_bcrypt_hash_is_password() -> None:
    bcrypt = pytest.importorskip("bcrypt")
    for prefix in ("$2a$", "$2b$", "$2y$"):
        assert bcrypt.checkpw(b"password", (prefix + BCRYPT_PASSWORD[4:]).encode())


def test_password_with_a_value_is_a_constant() -> None:
    strategy = rule("password", value="x")
    assert strategy.is_constant and not rule("password").is_constant
    assert fakes(strategy, ["$P$B" + "x" * 30]) == ["x"]
