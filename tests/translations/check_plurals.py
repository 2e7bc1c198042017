#!/usr/bin/python3
"""Every tr() with %n in the sources has its English plural forms in translations/steward_en.ts.

English is the source language, so steward_en.ts carries only plural forms ("1 error", "2 errors").
A string added with %n and no entry would show "1 error(s)" to every user. This runs lupdate on the
sources into a copy of the .ts file and fails, naming each string, when one has no finished forms.

usage: check_plurals.py LUPDATE SOURCE_DIR TS_FILE
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path


def main() -> int:
    lupdate, source_dir, ts_file = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / ts_file.name
        shutil.copyfile(ts_file, copy)
        subprocess.run([lupdate, "-pluralonly", "-no-obsolete", "-locations", "none", "-silent",
                        str(source_dir / "core"), str(source_dir / "ui"), str(source_dir / "app"),
                        "-ts", str(copy)], check=True)
        tree = ElementTree.parse(copy)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or len(forms) != 2 or not all(forms):
                missing.append(f"{name}: {message.findtext('source')}")
    for entry in missing:
        print(f"{ts_file}: no English plural forms for {entry}")
    if missing:
        print(f"Add them to {ts_file} (run lupdate -pluralonly, then fill in both numerusform lines).")
        return 1
    print(f"{ts_file}: every %n string has its plural forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
