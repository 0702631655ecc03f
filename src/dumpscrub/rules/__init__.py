"""The rules file: model and loader."""

from .load import load_rules, parse_rules
from .model import ColumnRule, Forget, Reference, Rules, TableAction, TableRule

__all__ = ["ColumnRule", "Forget", "Reference", "Rules", "TableAction", "TableRule", "load_rules", "parse_rules"]
