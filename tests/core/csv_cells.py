#!/usr/bin/python3
"""Reads CSV on stdin with Python's csv module and prints its rows as JSON: [[cell, ...], ...].

The bytes are decoded as UTF-8 with an optional byte-order mark (what Excel writes and reads), and
csv.reader gets the text unchanged (newline=""), so line breaks inside quoted values come back as
they were written. Used by the tests to check that what Steward writes reads back to the same cells
in a CSV reader that is not Steward's.
"""
import csv
import io
import json
import sys

text = sys.stdin.buffer.read().decode("utf-8-sig")
rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
json.dump(rows, sys.stdout, ensure_ascii=False)
