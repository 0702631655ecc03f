"""YAML → Rules. Every problem is collected with its line and column, then raised at once."""

from __future__ import annotations

import collections.abc
import dataclasses
import difflib
import importlib.resources
import os
import re
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
from .model import TABLE_ACTIONS, ColumnRule, Forget, Reference, Rules, TableAction, TableRule

TOP_KEYS = ("version", "extends", "locale", "strict", "tables")
TABLE_KEYS = ("columns", "action", "drop_rows", "forget", "references")
NULL_TAG = "tag:yaml.org,2002:null"
PRESETS = importlib.resources.files("dumpscrub.rules") / "presets"


def load_rules(path: str | Path) -> Rules:
    """Read and validate a rules file (and the files it extends)."""
    return parse_rules(_read(Path(path), None), str(path))


def parse_rules(text: str, name: str = "rules.yml") -> Rules:
    """Validate rules given as YAML text (``extends`` paths are relative to ``name``'s folder)."""
    layer = _layers(text, name, None, (), _identity(name))
    return Rules(name, tables=MappingProxyType(layer.tables), **layer.fields)


def presets() -> list[str]:
    """The names of the bundled presets (``extends: [wordpress]``)."""
    return sorted(p.name[: -len(".yml")] for p in PRESETS.iterdir() if p.name.endswith(".yml"))


def _read(path: Path, where: Location | None) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise RulesError([(where, f"{path}: cannot read the rules file: {e.strerror or e}")]) from e
    except UnicodeDecodeError as e:
        raise RulesError([(Location(str(path), 1), "the rules file is not UTF-8")]) from e


@dataclasses.dataclass
class _Layer:
    """One rules file, merged over the files it extends."""

    fields: dict[str, Any]  # the top-level settings it gives (locales, strict)
    tables: dict[str, TableRule]
    given: dict[str, frozenset[str]]  # the keys each table's mapping gives (to merge column by column)


def _identity(name: str) -> str:
    return os.path.realpath(name)


def _layers(text: str, name: str, preset: str | None, chain: tuple[str, ...], identity: str) -> _Layer:
    """Parse ``text``, then merge it over what its ``extends`` entries give, in order.
    ``chain`` holds the files being extended (by identity), to refuse a cycle."""
    loader = _Loader(name, preset)
    own = loader.load(text)
    merged = _Layer({}, {}, {})
    for entry, node in loader.extends:
        merged = _merge(merged, _extended(entry, node, loader, (*chain, identity)))
    return _merge(merged, own)


def _extended(entry: str, node: Node, loader: "_Loader", chain: tuple[str, ...]) -> _Layer:
    where = loader.where(node)
    if "/" in entry or entry.endswith((".yml", ".yaml")):
        path = Path(loader.name).parent / entry
        name, identity, preset = str(path), _identity(str(path)), None
    elif entry in presets():
        name, identity, preset = f"presets/{entry}.yml", f"preset:{entry}", entry
    else:
        raise RulesError([(where, f"extends: unknown preset '{entry}'{did_you_mean(entry, presets())} "
                                  f"(presets: {', '.join(presets()) or 'none'}; a file path needs a / or .yml)")])
    if identity in chain:
        raise RulesError([(where, f"extends: '{entry}' extends itself")])
    text = (PRESETS / f"{entry}.yml").read_text(encoding="utf-8") if preset else _read(path, where)
    return _layers(text, name, preset, chain, identity)


def _merge(base: _Layer, over: _Layer) -> _Layer:
    """``over`` wins: settings it gives, whole tables given as an action, and column by
    column (and key by key) in tables both give as mappings."""
    tables = dict(base.tables)
    given = dict(base.given)
    for name, rule in over.tables.items():
        old = tables.get(name)
        keys = over.given[name]
        if old is None or not keys or not base.given[name]:  # an action alone replaces the table's rule
            tables[name], given[name] = rule, keys
            continue
        changes: dict[str, Any] = {k: getattr(rule, k) for k in keys if k != "columns"}
        overridden = {c.casefold() for c in rule.columns}
        kept = {c: r for c, r in old.columns.items() if c.casefold() not in overridden}
        changes["columns"] = MappingProxyType({**kept, **rule.columns})
        changes["references"] = (*old.references, *rule.references)
        tables[name] = dataclasses.replace(old, location=rule.location, preset=rule.preset, **changes)
        given[name] = base.given[name] | keys
    return _Layer({**base.fields, **over.fields}, tables, given)


def did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f". Did you mean '{close[0]}'?" if close else ""


class _Loader:
    def __init__(self, name: str, preset: str | None = None):
        self.name = name
        self.preset = preset
        self.problems: list[tuple[Location | None, str]] = []
        self.extends: list[tuple[str, Node]] = []
        self.given: dict[str, frozenset[str]] = {}
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

    def load(self, text: str) -> _Layer:
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
            elif key == "extends":
                self.extends = self.names(node, "extends")
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
        return _Layer(fields, tables, self.given)

    def names(self, node: Node, path: str) -> list[tuple[str, Node]]:
        """A string or a list of strings, each with its node."""
        items = node.value if isinstance(node, SequenceNode) else [node]
        found = []
        for item in items:
            if not isinstance(item, ScalarNode) or item.tag == NULL_TAG or not str(item.value):
                self.problem(item, path, "expected a preset name or a rules file path, or a list of them")
                continue
            found.append((str(item.value), item))
        return found

    def condition(self, node: Node, path: str):
        """A SQL condition on a row's original values (``when:``, ``drop_rows:``)."""
        from ..conditions import ConditionError, parse_condition
        text = self.value(node)
        if not isinstance(text, str) or not text.strip():
            self.problem(node, path, "expected a SQL condition as a string, e.g. \"deleted_at IS NOT NULL\"")
            return None
        try:
            return parse_condition(text)
        except ConditionError as e:
            self.problem(node, path, str(e))
            return None

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
        self.given[name] = frozenset()
        if isinstance(node, ScalarNode) and node.tag != NULL_TAG:
            action = self.action(node, path)
            return TableRule(name, where, action=action, preset=self.preset) if action else None
        fields: dict[str, Any] = {}
        columns: dict[str, ColumnRule] = {}
        for key, sub_key, sub in self.mapping(node, path):
            if key == "columns":
                folded: dict[str, str] = {}
                for column, column_key, spec in self.mapping(sub, f"{path}.columns"):
                    if column.casefold() in folded:  # column names match ignoring case: one rule each
                        self.problem(column_key, f"{path}.columns.{column}",
                                     f"a second rule for column '{folded[column.casefold()]}' (names match ignoring case)")
                        continue
                    folded[column.casefold()] = column
                    rule = self.column_rule(column, column_key, spec, f"{path}.columns.{column}")
                    if rule is not None:
                        columns[column] = rule
            elif key == "action":
                fields["action"] = self.action(sub, f"{path}.action")
            elif key == "drop_rows":
                fields["drop_rows"] = self.condition(sub, f"{path}.drop_rows")
            elif key == "forget":
                fields["forget"] = self.forget(sub, f"{path}.forget")
            elif key == "references":
                fields["references"] = self.references(sub, f"{path}.references")
            else:
                self.problem(sub_key, path, f"unknown key '{key}'{did_you_mean(key, TABLE_KEYS)}")
                continue
        self.given[name] = frozenset(fields) | ({"columns"} if columns else set())
        if fields.get("action") is TableAction.KEEP and (columns or fields.get("drop_rows") or fields.get("forget")):
            self.problem(key_node, path, "action 'keep' keeps the table as it is: it takes no columns, drop_rows or forget")
        return TableRule(name, where, columns=MappingProxyType(columns), preset=self.preset, **fields)

    def action(self, node: Node, path: str) -> TableAction | None:
        value = str(self.value(node))
        action = TABLE_ACTIONS.get(value)
        if action is None:
            self.problem(node, path, f"unknown table action '{value}'{did_you_mean(value, TABLE_ACTIONS)} "
                                     f"(actions: {', '.join(TABLE_ACTIONS)})")
        return action

    def column_rule(self, column: str, key_node: Node, spec: Node, path: str) -> ColumnRule | None:
        """A column's strategy, and its ``when:`` condition when the spec is a mapping."""
        when = None
        if isinstance(spec, MappingNode):
            kept = []
            for pair in spec.value:
                if isinstance(pair[0], ScalarNode) and pair[0].value == "when":
                    when = self.condition(pair[1], f"{path}.when")
                else:
                    kept.append(pair)
            spec = MappingNode(spec.tag, kept, spec.start_mark, spec.end_mark, spec.flow_style)
        strategy = self.strategy(spec, path)
        if strategy is None:
            return None
        return ColumnRule(column, strategy, self.where(key_node), when=when, preset=self.preset)

    def forget(self, node: Node, path: str) -> Forget | None:
        """``{column: id, file: forgotten.txt}``: the keys of people who asked to be forgotten."""
        spec = {key: (sub, self.value(sub)) for key, _, sub in self.mapping(node, path)}
        for key in spec.keys() - {"column", "file"}:
            self.problem(spec[key][0], path, f"unknown key '{key}' (forget takes column and file)")
        for key in ("column", "file"):
            if key not in spec or not isinstance(spec[key][1], str) or not spec[key][1]:
                self.problem(node, path, f"forget needs '{key}' (forget: {{column: id, file: forgotten.txt}})")
                return None
        file_node, file = spec["file"]
        full = Path(self.name).parent / file
        try:
            with open(full, encoding="utf-8-sig", newline="") as f:  # a byte-order mark is not a key
                keys = frozenset(line.strip() for line in f if line.strip())
        except OSError as e:
            self.problem(file_node, f"{path}.file", f"cannot read {full}: {e.strerror or e}")
            return None
        except UnicodeDecodeError:
            self.problem(file_node, f"{path}.file", f"{full} is not UTF-8")
            return None
        return Forget(spec["column"][1], str(full), keys, self.where(node))

    def references(self, node: Node, path: str) -> tuple[Reference, ...]:
        """``{customer_email: users.email, "tenant_id, user_id": users(tenant_id, id)}``."""
        found = []
        for key, key_node, sub in self.mapping(node, path):
            columns = tuple(c.strip() for c in key.split(","))
            target = self.value(sub)
            m = _REFERENCE.fullmatch(target.strip()) if isinstance(target, str) else None
            if m is None or not all(columns):
                self.problem(sub, f"{path}.{key}", "expected table.column, or table(col1, col2) for several columns")
                continue
            if m.group("cols") is not None:
                parent, parent_columns = m.group("table"), tuple(c.strip() for c in m.group("cols").split(","))
            else:
                parent, _, column = m.group("dotted").rpartition(".")
                parent_columns = (column,)
            if len(parent_columns) != len(columns) or not all(parent_columns):
                self.problem(sub, f"{path}.{key}", f"{len(columns)} columns reference {len(parent_columns)}")
                continue
            found.append(Reference(columns, parent, parent_columns, self.where(key_node)))
        return tuple(found)

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
_REFERENCE = re.compile(r"(?P<table>[^()]+?)\s*\((?P<cols>[^()]*)\)|(?P<dotted>[^()\s]+\.[^().\s]+)")


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
