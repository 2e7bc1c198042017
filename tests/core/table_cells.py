#!/usr/bin/python3
"""Reads an HTML document on stdin and prints its tables' cells as JSON: [[[cell, ...], ...], ...].

A <br> inside a cell counts as a line break; the cell text is what a reader sees (entities decoded).
Used by the tests to read back what cmark-gfm rendered from Steward's Markdown, and Steward's HTML.
"""
import json
import sys
from html.parser import HTMLParser


class Cells(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.row, self.cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = ""
        elif tag == "br" and self.cell is not None:
            self.cell += "\n"

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[-1].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


parser = Cells()
parser.feed(sys.stdin.read())
json.dump(parser.tables, sys.stdout, ensure_ascii=False)
