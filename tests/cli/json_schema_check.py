#!/usr/bin/python3
"""Validates a Steward JSON export against its shipped JSON Schema with a real validator (Debian's
python3-jsonschema, draft 2020-12, formats checked), and checks that the schema describes the shape
exactly: every object it describes closes its members (additionalProperties or
unevaluatedProperties false) and requires every member it names.

usage: json_schema_check.py SCHEMA.json EXPORT.json [--expect-invalid]

Exit 0 when the export is valid (or, with --expect-invalid, when it is not); otherwise exit 1 with
the reasons on stderr.
"""

import json
import sys

import jsonschema


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def check_exact(node, where):
    """Every object schema with properties is closed and requires all of them."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict) and node.get("type") == "object":
            closed = node.get("additionalProperties") is False or node.get("unevaluatedProperties") is False
            if not closed and "allOf" not in node:
                # An object meant to be extended (policyContent) is closed where it is used.
                if not where.endswith("/policyContent"):
                    fail(f"{where}: an object schema that does not close its members")
            required = set(node.get("required", []))
            if set(properties) - required and not where.endswith("/data_classes") \
                    and not where.endswith("/review_tiers"):
                fail(f"{where}: members named but not required: {sorted(set(properties) - required)}")
        for key, value in node.items():
            check_exact(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            check_exact(value, f"{where}[{index}]")


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    document = json.load(open(sys.argv[2], encoding="utf-8"))
    expect_invalid = "--expect-invalid" in sys.argv[3:]
    jsonschema.Draft202012Validator.check_schema(schema)
    check_exact(schema, "#")
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if expect_invalid:
        if not errors:
            fail("the schema accepted a document it should refuse")
        return
    if errors:
        fail("\n".join(f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}" for e in errors[:20]))


if __name__ == "__main__":
    main()
