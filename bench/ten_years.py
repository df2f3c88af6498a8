#!/usr/bin/env python3
"""Write ten years of history (3650 days) to a history.jsonl, in the exact lines windown writes.

Usage: ten_years.py FILE [DAYS] [--cramps] [--acks]

Every evening one finished session of the built-in "evening-legs" routine (22:0x local time,
230 s active, 2 of 2 steps), and every night one morning check-in (recorded 07:xx the next
morning), the last night being the latest one that is over now (windown's `last_night_over`:
the night before this evening, where an evening starts at 04:00), so the home screen asks no
question. Times carry the local offset of their own day (DST-aware), whole seconds, and UTC
is written as "Z", as chrono serialises a DateTime<FixedOffset>. Field order and the leading
"v":1 follow src/history/record.rs (`Record::to_line`). Cramps: mild every 7th night, bad
every 17th, none otherwise. With --cramps, the cramps of those nights as the relief guide
records them (format 2): one on a mild night at 02:12, two on a bad night (02:12, 04:12),
each with a pain and the time the guide was open. With --acks, "Done" on reminders as the
reminder process records it: hydrate at 11:00, legs-up at 15:00, and hydrate at 17:00 every
third day (format 1, type reminder_ack), so every record type is read.
"""
import datetime as dt
import sys


def stamp(naive):
    """A local wall-clock time with the offset in force that day, as chrono writes it."""
    t = naive.astimezone()  # naive -> local, with that day's offset
    off = t.utcoffset()
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if off == dt.timedelta(0):
        return s + "Z"
    mins = int(off.total_seconds()) // 60
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{s}{sign}{mins // 60:02}:{mins % 60:02}"


def main():
    args = [a for a in sys.argv[1:] if a not in ("--cramps", "--acks")]
    with_cramps = "--cramps" in sys.argv[1:]
    with_acks = "--acks" in sys.argv[1:]
    path = args[0]
    days = int(args[1]) if len(args) > 1 else 3650
    now = dt.datetime.now()
    evening = (now - dt.timedelta(hours=4)).date()  # windown's evening_of(now)
    last_night = evening - dt.timedelta(days=1)     # last_night_over(now)
    lines = []
    for i in range(days):
        day = last_night - dt.timedelta(days=days - 1 - i)
        start = dt.datetime.combine(day, dt.time(22, i % 10, 0))
        end = start + dt.timedelta(seconds=236)
        lines.append(
            '{"v":1,"type":"session","routine_id":"evening-legs","routine_title":"Evening legs",'
            f'"started":"{stamp(start)}","ended":"{stamp(end)}","active_seconds":230,'
            '"steps_done":2,"steps_skipped":0,"steps_total":2,"finished":true}'
        )
        cramps = "mild" if i % 7 == 3 else ("bad" if i % 17 == 5 else "none")
        if with_cramps and cramps != "none":
            for k in range(1 if cramps == "mild" else 2):
                at = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(2 + 2 * k, 12, 0))
                at = min(at, now.replace(microsecond=0) - dt.timedelta(minutes=2))
                done = at + dt.timedelta(seconds=200)
                lines.append(
                    f'{{"v":2,"type":"cramp","at":"{stamp(at)}","leg":"left","muscle":"calf",'
                    f'"relief_seconds":{120 + i % 90},"pain":{3 + (i + k) % 7},'
                    f'"recorded":"{stamp(done)}"}}'
                )
        if with_acks:
            for k, (rid, hour) in enumerate([("hydrate", 11), ("legs-up", 15), ("hydrate", 17)]):
                if k < 2 or i % 3 == 0:
                    at = dt.datetime.combine(day, dt.time(hour, 0, 0))
                    lines.append(
                        f'{{"v":1,"type":"reminder_ack","reminder_id":"{rid}","at":"{stamp(at)}"}}'
                    )
        rec = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(7, i % 50, 0))
        rec = min(rec, now.replace(microsecond=0) - dt.timedelta(minutes=1))
        lines.append(
            f'{{"v":1,"type":"checkin","night_of":"{day.isoformat()}","cramps":"{cramps}",'
            f'"recorded":"{stamp(rec)}"}}'
        )
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
