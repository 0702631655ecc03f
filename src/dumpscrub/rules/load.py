"""YAML → Rules. Every problem is collected with its line and column, then raised at once."""

from __future__ import annotations

import collections.abc
import dataclasses
import difflib
import types
import typing
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .. import fakes
from .. import strategies as registry
from ..errors import Location, RulesError
from .model import TABLE_ACTIONS, ColumnRule, Rules, TableRule

TOP_KEYS = ("version", "locale", "strict", "tables")
TABLE_KEYS = ("columns", "action")
NULL_TAG = "tag:yaml.org,2002:null"


def load_rules(path: str | Path) -> Rules:
    """Read and validate a rules file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise RulesError([(None, f"{path}: cannot read the rules file: {e.strerror or e}")]) from e
    except UnicodeDecodeError as e:
        raise RulesError([(Location(str(path), 1), "the rules file is not UTF-8")]) from e
    return parse_rules(text, str(path))


def parse_rules(text: str, name: str = "rules.yml") -> Rules:
    """Validate rules given as YAML text."""
    return _Loader(name).load(text)


def did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f". Did you mean '{close[0]}'?" if close else ""


class _Loader:
    def __init__(self, name: str):
        self.name = name
        self.problems: list[tuple[Location | None, str]] = []
        self._constructor = SafeConstructor()

    def where(self, node: Node) -> Location:
        return Location(self.name, node.start_mark.line + 1, node.start_mark.column + 1)

    def problem(self, node: Node, path: str, message: str) -> None:
        self.problems.append((self.where(node), f"{path}: {message}" if path else message))

    def value(self, node: Node) -> Any:
        try:
            return self._constructor.construct_object(node, deep=True)
        except ConstructorError as e:
            self.problem(node, "", f"invalid value: {e.problem}")
            return None

    def mapping(self, node: Node, path: str) -> list[tuple[str, Node, Node]]:
        """The (key, key node, value node) of a mapping; reports non-mappings and duplicate keys."""
        if not isinstance(node, MappingNode):
            self.problem(node, path, f"expected a mapping, got {_kind(node)}")
            return []
        seen: dict[str, Node] = {}
        items = []
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, path, "keys must be plain names")
                continue
            key = str(key_node.value)
            if key in seen:
                self.problem(key_node, f"{path}.{key}" if path else key, "duplicate key")
                continue
            seen[key] = key_node
            items.append((key, key_node, value_node))
        return items

    def load(self, text: str) -> Rules:
        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            where = Location(self.name, mark.line + 1, mark.column + 1) if mark else None
            raise RulesError([(where, f"invalid YAML: {e.problem or e.context}")]) from e
        if root is None:
            raise RulesError([(Location(self.name, 1), "the rules file is empty (see README: rules reference)")])
        fields: dict[str, Any] = {}
        tables: dict[str, TableRule] = {}
        has_version = False
        for key, key_node, node in self.mapping(root, ""):
            if key == "version":
                has_version = True
                version = self.value(node)
                if version != 1:
                    self.problem(node, "version", "only version 1 exists")
            elif key == "locale":
                fields["locales"] = self.locales(node)
            elif key == "strict":
                strict = self.value(node)
                if not isinstance(strict, bool):
                    self.problem(node, "strict", "expected true or false")
                else:
                    fields["strict"] = strict
            elif key == "tables":
                for table, table_key, table_node in self.mapping(node, "tables"):
                    rule = self.table(table, table_key, table_node)
                    if rule is not None:
                        tables[table] = rule
            else:
                self.problem(key_node, "", f"unknown key '{key}'{did_you_mean(key, TOP_KEYS)}")
        if not has_version and isinstance(root, MappingNode):
            self.problem(root, "", "missing 'version: 1'")
        if self.problems:
            raise RulesError(self.problems)
        return Rules(self.name, tables=MappingProxyType(tables), **fields)

    def locales(self, node: Node) -> tuple[str, ...]:
        raw = self.value(node)
        values = [raw] if isinstance(raw, str) else raw
        if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
            self.problem(node, "locale", "expected a Faker locale such as en_US, or a list of them")
            return ("en_US",)
        available = fakes.available_locales()
        for value in values:
            if value not in available:
                self.problem(node, "locale", f"unknown locale '{value}'{did_you_mean(value, available)}")
        return tuple(values)

    def table(self, name: str, key_node: Node, node: Node) -> TableRule | None:
        path = f"tables.{name}"
        where = self.where(key_node)
        if isinstance(node, ScalarNode) and node.tag != NULL_TAG:
            action = TABLE_ACTIONS.get(str(node.value))
            if action is None:
                self.problem(
                    node, path, f"unknown table action '{node.value}'{did_you_mean(str(node.value), TABLE_ACTIONS)}"
                )
                return None
            return TableRule(name, where, action=action)
        action = None
        columns: dict[str, ColumnRule] = {}
        for key, sub_key, sub in self.mapping(node, path):
            if key == "columns":
                for column, column_key, spec in self.mapping(sub, f"{path}.columns"):
                    strategy = self.strategy(spec, f"{path}.columns.{column}")
                    if strategy is not None:
                        columns[column] = ColumnRule(column, strategy, self.where(column_key))
            elif key == "action":
                action = TABLE_ACTIONS.get(str(self.value(sub)))
                if action is None:
                    self.problem(sub, f"{path}.action", f"unknown table action{did_you_mean(str(sub.value), TABLE_ACTIONS)}")
            else:
                self.problem(sub_key, path, f"unknown key '{key}'{did_you_mean(key, TABLE_KEYS)}")
        return TableRule(name, where, action=action, columns=MappingProxyType(columns))

    def strategy(self, node: Node, path: str) -> registry.Strategy | None:
        """A column's strategy: a name, YAML null, or {strategy: name, param: value, ...}."""
        params: dict[str, tuple[Node, Any]] = {}
        if isinstance(node, ScalarNode):
            name = "null" if node.tag == NULL_TAG else str(node.value)
            name_node = node
        elif isinstance(node, MappingNode):
            name, name_node = None, node
            for key, key_node, sub in self.mapping(node, path):
                if key == "strategy":
                    name, name_node = str(self.value(sub)), sub
                else:
                    params[key] = (key_node, sub)
            if name is None:
                self.problem(node, path, "missing 'strategy'")
                return None
        else:
            self.problem(node, path, f"expected a strategy name or a mapping, got {_kind(node)}")
            return None
        cls = registry.get(name)
        if cls is None:
            self.problem(name_node, f"{path}.strategy" if isinstance(node, MappingNode) else path,
                         f"unknown strategy '{name}'{did_you_mean(name, registry.names())}")
            return None
        return self.build(cls, params, node, path)

    def strategies(self, node: Node, path: str) -> dict[str, registry.Strategy] | None:
        """A parameter holding strategies by name (json's ``paths``): {key: strategy, ...}."""
        if not isinstance(node, MappingNode):
            self.problem(node, path, f"expected a mapping of names to strategies, got {_kind(node)}")
            return None
        found = {}
        for key, _, sub in self.mapping(node, path):
            strategy = self.strategy(sub, f"{path}.{key}")
            if strategy is None:
                return None
            found[key] = strategy
        return found

    def build(self, cls, params: dict[str, tuple[Node, Any]], node: Node, path: str):
        hints = typing.get_type_hints(cls.Params)
        fields = {f.name: f for f in dataclasses.fields(cls.Params)}
        values: dict[str, Any] = {}
        ok = True
        for key, (key_node, value_node) in params.items():
            if key not in fields:
                known = ", ".join(fields) or "none"
                self.problem(key_node, path, f"strategy '{cls.name}' has no parameter '{key}'"
                             f"{did_you_mean(key, fields)} (parameters: {known})")
                ok = False
                continue
            if _holds_strategies(hints[key]):
                nested = self.strategies(value_node, f"{path}.{key}")
                if nested is None:
                    ok = False
                else:
                    values[key] = nested
                continue
            value = self.value(value_node)
            coerced = _coerce(value, hints[key])
            if coerced is _BAD:
                self.problem(value_node, f"{path}.{key}", f"expected {_type_name(hints[key])}, got {_kind(value_node)}")
                ok = False
                continue
            values[key] = coerced
        for name, f in fields.items():
            if name not in params and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                self.problem(node, path, f"strategy '{cls.name}' needs parameter '{name}'")
                ok = False
        if not ok:
            return None
        try:
            return cls(cls.Params(**values))
        except ValueError as e:
            self.problem(node, path, str(e))
            return None


_BAD = object()


def _holds_strategies(hint: Any) -> bool:
    """Whether a Params field is a mapping of names to strategies (Mapping[str, Strategy])."""
    args = typing.get_args(hint)
    return typing.get_origin(hint) in (dict, collections.abc.Mapping) and len(args) == 2 and args[1] is registry.Strategy


def _coerce(value: Any, hint: Any) -> Any:
    """Check a YAML value against a Params field type (str, int, float, bool, optional)."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    if value is None:
        return None if type(None) in options else _BAD
    for option in options:
        origin = typing.get_origin(option) or option
        if origin in (dict, collections.abc.Mapping) and isinstance(value, dict):
            return value
        if origin in (tuple, list) and isinstance(value, list):
            return tuple(value)
        if option is bool and isinstance(value, bool):
            return value
        if option is int and isinstance(value, int) and not isinstance(value, bool):
            return value
        if option is float and isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if option is str and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
    return _BAD


def _type_name(hint: Any) -> str:
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    names = {
        str: "a string", int: "an integer", float: "a number", bool: "true or false", type(None): "null",
        dict: "a mapping", collections.abc.Mapping: "a mapping", tuple: "a list", list: "a list",
    }
    return " or ".join(names.get(typing.get_origin(o) or o, getattr(o, "__name__", str(o))) for o in options)


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == NULL_TAG:
        return "null"
    return f"'{node.value}'"
