"""The rules file: model and loader."""

from .load import load_rules, parse_rules
from .model import ColumnRule, Rules, TableAction, TableRule

__all__ = ["ColumnRule", "Rules", "TableAction", "TableRule", "load_rules", "parse_rules"]
