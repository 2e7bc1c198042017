#!/usr/bin/python3
"""Every string of the sources is translated, and translated faithfully, in each TS_FILE.

This runs lupdate on the sources into a copy of each .ts file, so a tr() string added to the code
and not yet in the file shows up as unfinished here and fails the test, naming the string. Each
finished translation must also keep what the program fills in or the user presses: the same
placeholders (%1, %L1, %n), the one & of a mnemonic, the same HTML tags, and, for a plural string,
both forms.

usage: check_complete.py LUPDATE SOURCE_DIR TS_FILE...
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?\d+|%n")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
MNEMONIC = re.compile(r"(?<!&)&(?![&\s;]|[a-z]+;|#\d+;)")


def faults(source: str, translation: str) -> list[str]:
    found = []
    if not translation.strip():
        return ["the translation is empty"]
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
        found.append(f"placeholders {sorted(PLACEHOLDER.findall(source))} became "
                     f"{sorted(PLACEHOLDER.findall(translation))}")
    if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(translation)):
        found.append("the & of the mnemonic is missing or doubled")
    if Counter(t.lower() for t in TAG.findall(source)) != Counter(t.lower() for t in TAG.findall(translation)):
        found.append("HTML tags differ")
    return found


def check(lupdate: str, source_dir: Path, ts_file: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / ts_file.name
        shutil.copyfile(ts_file, copy)
        subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-silent",
                        str(source_dir / "core"), str(source_dir / "ui"), str(source_dir / "app"),
                        "-ts", str(copy)], check=True)
        tree = ElementTree.parse(copy)
    problems = []
    messages = list(tree.getroot().iter("message"))
    # lupdate pointed at the wrong folder finds nothing, and nothing would look complete.
    if len(messages) < 1000:
        problems.append(f"lupdate found only {len(messages)} strings in {source_dir}")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            if translation is None or translation.get("type") == "unfinished":
                problems.append(f"{where}: not translated")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if len(forms) != 2:
                    problems.append(f"{where}: {len(forms)} plural forms, not 2")
                texts = forms
            else:
                texts = [translation.text or ""]
            for text in texts:
                problems.extend(f"{where}: {fault}" for fault in faults(source, text))
            # A marker the program compares, not words: only its two answers work (enums.cpp).
            if name == "steward::Enum" and source == "lowercase" and texts[0] not in ("lowercase", "keep"):
                problems.append(f"{where}: is “lowercase” or “keep”, not {texts[0]!r}")
    return problems


# lupdate reads a \u escape greedily: "\u201cCSV" becomes one wrong character and "SV", so the
# translation of that string is never found. The character itself is written instead.
GREEDY_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}[0-9a-fA-F]")


def misread_escapes(source_dir: Path) -> list[str]:
    found = []
    for folder in ("core", "ui", "app"):
        for path in sorted((source_dir / folder).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if GREEDY_ESCAPE.search(line):
                    found.append(f"{path.relative_to(source_dir)}:{number}: a \\u escape followed by a hex digit "
                                 "is misread by lupdate; write the character itself (“CSV”)")
    return found


def main() -> int:
    lupdate, source_dir = sys.argv[1], Path(sys.argv[2])
    status = 0
    for problem in misread_escapes(source_dir):
        print(problem)
        status = 1
    for ts_file in map(Path, sys.argv[3:]):
        problems = check(lupdate, source_dir, ts_file)
        for problem in problems:
            print(f"{ts_file}: {problem}")
        if problems:
            print(f"{ts_file}: {len(problems)} problems. Refresh the file with "
                  "lupdate -no-obsolete -locations none core ui app -ts " + str(ts_file) +
                  ", then translate what is unfinished (translations/README.md).")
            status = 1
        else:
            print(f"{ts_file}: every string is translated")
    return status


if __name__ == "__main__":
    sys.exit(main())
