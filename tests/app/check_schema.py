#!/usr/bin/env python3
"""Validates exchange documents against docs/exchange.schema.json: check_schema.py SCHEMA FILE..."""
import json
import sys

import jsonschema


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    failures = 0
    for name in sys.argv[2:]:
        with open(name, encoding="utf-8") as f:
            document = json.load(f)
        for error in validator.iter_errors(document):
            failures += 1
            print(f"{name}: {error.json_path}: {error.message}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
