"""json: the values at the paths get their strategy's fake, and the document keeps its
shape, key order, formatting and every other value byte for byte."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dumpscrub import parse_rules, strategies
from dumpscrub.errors import RulesError, StrategyError
from dumpscrub.fakes import FakeEngine
from dumpscrub.strategies.generic import ConstantParams, HashParams
from dumpscrub.strategies.structured import JsonParams, Step, parse_path


def make(name: str, params=None):
    return strategies.get(name)(params)


def json_rule(paths: dict):
    return make("json", JsonParams(paths))


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(b"k")


# -- paths ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path,steps",
    [
        ("$.a.b", (Step("a"), Step("b"))),
        ("$.items[*].name", (Step("items"), Step(None), Step("name"))),
        ("$.a[0]", (Step("a"), Step(0))),
        ("$['key with spaces']", (Step("key with spaces"),)),
        ('$["it\'s"][\'say \\\'hi\\\'\']', (Step("it's"), Step("say 'hi'"))),
        ("$..email", (Step("email", descendant=True),)),
        ("$.tags[*]", (Step("tags"), Step(None))),
        ("$..['e mail']", (Step("e mail", descendant=True),)),
        ("$", ()),
    ],
)
def test_paths(path: str, steps: tuple) -> None:
    assert parse_path(path) == steps


@pytest.mark.parametrize(
    "path,problem",
    [
        ("a.b", "a path starts with $"),
        ("$.", "expected a member name at character 3"),
        ("$..", "expected a member name at character 4"),
        ("$a", "expected '.' or '[' at character 2"),
        ("$.a[-1]", "bad bracket at character 4"),
        ("$['a]", "bad bracket at character 2"),
        ("$.[0]", "expected a member name at character 3"),
    ],
)
def test_bad_paths_say_where(path: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem.replace("$", r"\$").replace("[", r"\[")):
        parse_path(path)


def test_paths_are_checked_when_the_rules_load() -> None:
    rules = "version: 1\ntables:\n  users:\n    columns:\n      profile:\n        strategy: json\n        paths:\n"
    loaded = parse_rules(rules + "          $.contact.email: email\n          $..phone: {strategy: hash, length: 12}\n")
    strategy = loaded.tables["users"].columns["profile"].strategy
    assert strategy.name == "json"
    assert [nested.name for nested in strategy.params.paths.values()] == ["email", "hash"]
    with pytest.raises(RulesError) as raised:
        parse_rules(rules + "          $.contact[email]: email\n")
    location, message = raised.value.problems[0]
    assert location.line == 6  # the rule's mapping
    assert "bad bracket at character 10" in message
    with pytest.raises(RulesError, match="unknown strategy 'emial'"):
        parse_rules(rules + "          $.email: emial\n")
    with pytest.raises(RulesError, match="paths needs at least one path"):
        parse_rules(rules + "          {}\n")


def test_each_rule_has_its_own_namespace() -> None:
    a = json_rule({"$.a": make("hash")})
    assert a.key == json_rule({"$.a": make("hash")}).key  # the same rule in another table
    assert a.key != json_rule({"$.b": make("hash")}).key
    assert a.key != json_rule({"$.a": make("hash", HashParams(length=12))}).key


# -- rewriting --------------------------------------------------------------


def test_the_values_at_each_path_get_their_strategys_fake(engine: FakeEngine) -> None:
    email, hash_ = make("email"), make("hash", HashParams(length=12))
    rule = json_rule(
        {
            "$.contact.email": email,
            "$.items[*].name": hash_,
            "$.ids[0]": hash_,
            "$['key with spaces']": hash_,
            "$..phone": hash_,
            "$.tags[*]": hash_,
        }
    )
    doc = {
        "contact": {"email": "zoe@mail.test", "phone": "0612"},
        "items": [{"name": "a", "qty": 1}, {"name": "b"}],
        "ids": ["x", "y"],
        "key with spaces": "s",
        "deep": [{"more": {"phone": "0699"}}],
        "tags": ["t1", "t2"],
        "keep": "same",
    }
    out = json.loads(engine.fake(rule, json.dumps(doc)))
    h = lambda v: engine.fake(hash_, v)  # noqa: E731
    assert out == {
        "contact": {"email": engine.fake(email, "zoe@mail.test"), "phone": h("0612")},
        "items": [{"name": h("a"), "qty": 1}, {"name": h("b")}],
        "ids": [h("x"), "y"],
        "key with spaces": h("s"),
        "deep": [{"more": {"phone": h("0699")}}],
        "tags": [h("t1"), h("t2")],
        "keep": "same",
    }


def test_numbers_null_and_containers(engine: FakeEngine) -> None:
    seven = make("constant", ConstantParams("7"))
    word = make("constant", ConstantParams("x"))
    doc = '{"n": 42, "m": 1.5e3, "z": null, "b": true, "o": {"k": "v", "n": 1, "l": ["w", 2]}, "e": ""}'
    out = engine.fake(json_rule({"$.n": seven, "$.m": word, "$.z": word, "$.b": word, "$.o": word, "$.e": word}), doc)
    assert out == '{"n": 7, "m": "x", "z": null, "b": true, "o": {"k": "x", "n": 1, "l": ["x", 2]}, "e": ""}'
    assert engine.fake(json_rule({"$.a": make("null")}), '{"a": "secret"}') == '{"a": null}'


@pytest.mark.parametrize(
    "doc",
    [
        '{"a":"zoe","b":[1,2]}',  # compact (what an application sent to MariaDB)
        '{"a": "zoe", "b": [1, 2]}',  # MySQL JSON and PostgreSQL jsonb
        '{\n  "a": "zoe",\n  "b": [\n    1,\n    2\n  ]\n}',  # pretty-printed
        ' {"b" : [1 , 2.50, 1E5] , "a" :"zoe"} ',
    ],
)
def test_formatting_is_kept(engine: FakeEngine, doc: str) -> None:
    rule = json_rule({"$.a": make("constant", ConstantParams("Zoë"))})
    assert engine.fake(rule, doc) == doc.replace('"zoe"', '"Zoë"')


def test_unicode_escapes_are_kept_when_the_document_uses_them(engine: FakeEngine) -> None:
    rule = json_rule({"$.a": make("constant", ConstantParams("Zoë"))})
    assert engine.fake(rule, '{"a": "x", "b": "caf\\u00e9"}') == '{"a": "Zo\\u00eb", "b": "caf\\u00e9"}'


def test_a_missing_path_leaves_the_document_as_it_was(engine: FakeEngine) -> None:
    rule = json_rule({"$.contact.email": make("email"), "$.items[3]": make("hash")})
    for doc in ('{"contact": "none", "items": [1]}', "[]", '"just a string"', "12", "null", '{"contact": {}}'):
        assert engine.fake(rule, doc) == doc


@pytest.mark.parametrize("doc", ['{"email": "zoe@mail.test"', "zoe@mail.test", '{"email": "zoe@mail.test"} x', "[1,]"])
def test_a_value_that_is_not_json_is_an_error_that_does_not_quote_it(engine: FakeEngine, doc: str) -> None:
    with pytest.raises(StrategyError, match="not JSON") as raised:
        engine.fake(json_rule({"$.email": make("email")}), doc)
    assert "zoe" not in str(raised.value)


def test_a_document_too_long_for_its_column_is_an_error(engine: FakeEngine) -> None:
    with pytest.raises(StrategyError, match="the column holds 20"):
        engine.fake(json_rule({"$.e": make("email")}), '{"e": "z@mail.test"}', 20)


# -- any document -------------------------------------------------------------

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
keys = st.sampled_from(["name", "a", "b", "email", "é k"]) | st.text(max_size=5)
documents = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4), max_leaves=20)
layouts = st.sampled_from([{}, {"separators": (",", ":")}, {"indent": 2}, {"ensure_ascii": False}])


def shape(value):
    """The document with every string and number as one placeholder: fakes may turn a
    number into a string, nothing else changes."""
    if isinstance(value, dict):
        return [(k, shape(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [shape(v) for v in value]
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return "scalar"
    return value


def without_names(value):
    """The document without the values under "name" members (the path rewrites them)."""
    if isinstance(value, dict):
        return {k: "?" if k == "name" else without_names(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_names(v) for v in value]
    return value


def names_in(value) -> list:
    if isinstance(value, dict):
        return [v for k, v in value.items() if k == "name"] + [n for k, v in value.items() if k != "name" for n in names_in(v)]
    if isinstance(value, list):
        return [n for v in value for n in names_in(v)]
    return []


@given(documents, layouts)
def test_any_document_stays_json_with_the_same_shape(doc, layout) -> None:
    engine = FakeEngine(b"k")
    hash_ = make("hash", HashParams(length=12))
    text = json.dumps(doc, **layout)
    out = json.loads(engine.fake(json_rule({"$..name": hash_}), text))
    assert shape(out) == shape(doc)
    assert without_names(out) == without_names(doc)
    for before, after in zip(names_in(doc), names_in(out)):
        if isinstance(before, str) and before:
            assert after == engine.fake(hash_, before)
