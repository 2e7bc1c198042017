#!/usr/bin/python3
"""Reads a Steward calendar export with a real iCalendar parser (Debian's python3-icalendar) and
expands each event's recurrence with dateutil, as a calendar application would.

usage: ics_check.py FILE.ics [OCCURRENCES]

Checks the file's form (CRLF only, no line over 75 octets, no line splitting a UTF-8 sequence),
the calendar's properties, that every event is all-day with a unique UID and that its DTSTART is
its recurrence's first occurrence. Exit 1 with the reason on stderr when any of that fails;
otherwise prints what was parsed as JSON on stdout for the C++ test to compare with core's values.
"""

import itertools
import json
import sys
from datetime import date, datetime, time, timedelta, timezone

import icalendar
from dateutil.rrule import rrulestr


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def main():
    path = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 24
    raw = open(path, "rb").read()

    if not raw.endswith(b"\r\n"):
        fail("the file does not end in CRLF")
    lines = raw[:-2].split(b"\r\n")
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {number}: a line break that is not CRLF")
        if len(line) > 75:
            fail(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            fail(f"line {number}: not UTF-8 on its own (a fold split a sequence?): {error}")
    folded = [number for number, line in enumerate(lines, 1) if line.startswith(b" ")]

    calendar = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    if calendar.name != "VCALENDAR":
        fail(f"not a VCALENDAR but {calendar.name}")
    for key, expected in (("VERSION", "2.0"), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")):
        if str(calendar.get(key)) != expected:
            fail(f"{key} is {calendar.get(key)!r}, not {expected}")
    if not str(calendar.get("PRODID", "")).startswith("-//Steward//Steward "):
        fail(f"PRODID is {calendar.get('PRODID')!r}")

    events = []
    uids = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        if uid in uids:
            fail(f"UID {uid} appears twice")
        uids.add(uid)
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        if isinstance(start, datetime) or not isinstance(start, date):
            fail(f"{uid}: DTSTART {start!r} is not a date (all-day)")
        if end != start + timedelta(days=1):
            fail(f"{uid}: DTEND {end} is not the day after DTSTART {start}")
        stamp = event.decoded("DTSTAMP")
        if not isinstance(stamp, datetime) or stamp.utcoffset() != timedelta(0):
            fail(f"{uid}: DTSTAMP {stamp!r} is not in UTC")

        recur = event["RRULE"]
        rule_text = recur.to_ical().decode("ascii")
        rule = rrulestr(rule_text, dtstart=datetime.combine(start, time()))
        occurrences = [moment.date().isoformat() for moment in itertools.islice(rule, count)]
        if not occurrences or occurrences[0] != start.isoformat():
            fail(f"{uid}: DTSTART {start} is not the first occurrence of {rule_text} ({occurrences[:3]})")

        categories = event.get("CATEGORIES")
        organizer = event.get("ORGANIZER")
        events.append(
            {
                "uid": uid,
                "dtstart": start.isoformat(),
                "dtstamp": stamp.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                # The parts sorted by name, so the comparison does not depend on their order.
                "rrule": ";".join(
                    sorted(f"{key}={','.join(str(value) for value in values)}" for key, values in recur.items())
                ),
                "occurrences": occurrences,
                "summary": str(event["SUMMARY"]),
                "description": str(event.get("DESCRIPTION", "")),
                "url": str(event.get("URL", "")),
                "categories": [str(category) for category in categories.cats] if categories is not None else [],
                "organizer": str(organizer) if organizer is not None else "",
                "organizer_cn": str(organizer.params.get("CN", "")) if organizer is not None else "",
                "transp": str(event.get("TRANSP", "")),
            }
        )

    json.dump(
        {
            "name": str(calendar.get("X-WR-CALNAME", "")),
            "prodid": str(calendar["PRODID"]),
            "lines": len(lines),
            "folded_lines": folded,
            "events": events,
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main()
