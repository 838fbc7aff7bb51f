#!/usr/bin/env python3
"""Exit 0 when two files hold the same JSON value, else print where they first differ and exit 1.

Numbers compare by value (12.3 == 12.30 == 12.300: SQLite and PostgreSQL print numeric differently and a client
parses both to the same number), and ISO 8601 timestamps with an offset compare as instants
("2025-01-01T00:01:00.5Z" == "2025-01-01T00:01:00.500+00:00"), as tests/compat does; everything else, key order
aside, must be identical.
Usage: same_json.py BASALT_FILE BASELINE_FILE
"""
import json
import re
import sys
from datetime import datetime
from decimal import Decimal

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)$")


def canonical(value):
    """A timestamp string as its instant; any other value unchanged."""
    if isinstance(value, str) and TIMESTAMP.match(value):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal, parse_int=Decimal)


def first_difference(a, b, where="$"):
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return f"{where}: keys {sorted(a.keys())} vs {sorted(b.keys())}"
        for key in a:
            found = first_difference(a[key], b[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return None
    a, b = canonical(a), canonical(b)
    if type(a) is not type(b) or a != b:
        return f"{where}: {json.dumps(a, default=str)} vs {json.dumps(b, default=str)}"
    return None


def main():
    try:
        basalt, baseline = load(sys.argv[1]), load(sys.argv[2])
    except (OSError, ValueError) as e:
        print(f"not JSON: {e}")
        return 1
    difference = first_difference(basalt, baseline)
    if difference:
        print(f"Basalt and the baseline differ at {difference}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
