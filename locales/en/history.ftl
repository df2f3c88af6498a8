## The history in words: `windown history` (one line per record), `windown history undo`,
## `windown checkin`, and `windown stats` (also the app's progress screen).

# How a night went, as a morning check-in answers it. $cramps: none, mild or bad.
history-cramps = { $cramps ->
    [none] none
    [mild] mild
   *[bad] bad
}
# Where a cramp was. $leg: left or right; $muscle: calf, back-thigh, front-thigh or foot.
history-where = { $leg ->
    [left] { $muscle ->
        [back-thigh] left back of thigh
        [front-thigh] left front of thigh
        [foot] left foot
       *[calf] left calf
    }
   *[right] { $muscle ->
        [back-thigh] right back of thigh
        [front-thigh] right front of thigh
        [foot] right foot
       *[calf] right calf
    }
}
# A kind of record that can be removed. $target: session, checkin, reminder-ack or cramp.
history-kind = { $target ->
    [session] session
    [checkin] check-in
    [reminder-ack] reminder acknowledgement
    [removal] removal
   *[cramp] cramp
}
# A day written short, as in "Tue 24 Nov 2026". $weekday: 1 (Monday) to 7 (Sunday);
# $day: day of the month; $month: 1 to 12; $year: the year.
history-day = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
} { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
# The same without the year, as in "Tue 24 Nov".
history-day-short = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
} { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## `windown history`: one line per record. The columns line up in English (the kind of
## record is padded to 10 characters); $at is the record's date and time (2026-11-25 07:30).

# A session. $title, $id: the routine's title and id; $finished: yes or no; $done, $total:
# steps done and in all; $skipped: steps skipped (0 for none); $time: how long it ran
# (3m05s); $daytime: yes when it was not in an evening.
history-row-session = { $at }  session   { $title } ({ $id }): { $finished ->
    [yes] finished, { $done } of { $total } steps
   *[no] stopped after { $done } of { $total } steps
}{ $skipped ->
    [0] {""}
   *[other] {" "}({ $skipped } skipped)
}, { $time }{ $daytime ->
    [yes] , daytime
   *[no] {""}
}
# A morning check-in. $night: the night's date (2026-11-24); $answer: history-cramps;
# $count: how many cramps (0 when not given); $woke: yes, no or unknown; $noted: yes when a
# note follows, $note: the note; $replaced: yes when a later answer replaced this one.
history-row-checkin = { $at }  check-in  night of { $night }: { $answer }{ $count ->
    [0] {""}
    [one] , { $count } cramp
   *[other] , { $count } cramps
}{ $woke ->
    [yes] , woke
    [no] , slept through
   *[unknown] {""}
}{ $noted ->
    [yes] : "{ $note }"
   *[no] {""}
}{ $replaced ->
    [yes] {"  "}(replaced by a later answer)
   *[no] {""}
}
# A reminder marked done. $reminder: its id.
history-row-reminder = { $at }  reminder  { $reminder }: done
# A cramp logged. $night: the night it belongs to (2026-11-24), or "" with $daytime yes;
# $place: history-where; $pain: 0 to 10, or -1 when not given; $relief: how long the relief
# guide ran (3m05s), or "" with $guided no.
history-row-cramp = { $at }  cramp     { $daytime ->
    [yes] daytime
   *[no] night of { $night }
}: { $place }{ $pain ->
    [-1] {""}
   *[other] , pain { $pain }/10
}{ $guided ->
    [yes] , relief guide { $relief }
   *[no] {""}
}
# A personal experiment's plan. $pairs: pairs of blocks; $block: nights in a block;
# $baseline: nights of baseline; $first: the first evening (history-day).
history-row-trial-plan = { $at }  trial     plan drawn: { $pairs } pairs of { $block }-night blocks after a { $baseline }-night baseline from { $first }
# A note written during an experiment.
history-row-trial-note = { $at }  trial     note: "{ $note }"
history-row-trial-stopped = { $at }  trial     stopped early
history-row-trial-red-flag = { $at }  trial     ended by a red flag
# A record removed. $kind: history-kind; $target: the removed record's date and time.
history-row-removed = { $at }  removed   the { $kind } of { $target }

# Under the list: records removed (in the app or with `windown history undo`). $n: how many.
history-removed-not-shown = { $n ->
    [one] ({ $n } removed record is not shown)
   *[other] ({ $n } removed records are not shown)
}
history-empty = No history yet: sessions and check-ins will show here.
history-empty-days = Nothing recorded in those days.

## `windown history undo`

history-undo-nothing = Nothing to undo: no session, check-in or cramp is recorded.
# $kind: history-kind; $row: the removed record's line, as `windown history` lists it.
history-undo-done = Removed the last { $kind }: { $row }
history-undo-stays = It stays in the file, marked as removed, and counts nowhere.
# A removal made in the app, taken back. $kind: history-kind of the record; $row: its line,
# as `windown history` lists it.
history-undo-back = Brought back the removed { $kind }: { $row }
history-undo-back-stays = It counts again; the removal stays in the file, marked as undone.

## `windown checkin`

# Asked when no answer was given. $night: history-day-short of the night.
history-checkin-ask = Leg cramps last night (the night of { $night })? none, mild or bad:{" "}
history-checkin-ask-again = Please answer none, mild or bad.
history-checkin-ask-woke = Did they wake you? yes or no (Enter skips):{" "}
history-checkin-ask-woke-again = Please answer yes or no, or press Enter.
# What was recorded. $night: history-day of the night; $answer: history-cramps; $count:
# how many cramps (0 when not given); $replaces: yes when an earlier answer was replaced,
# $earlier: that answer (history-cramps).
history-checkin-recorded = Recorded for the night of { $night }: { $cramps ->
    [none] no cramps
   *[other] { $answer } cramps{ $count ->
        [0] {""}
        [one] {" "}(once)
       *[other] {" "}({ $count } times)
    }
}{ $replaces ->
    [yes] {" "}(replaces the earlier answer: { $earlier })
   *[no] {""}
}.

## `windown stats` and the app's progress screen: streaks and totals, one line each.

# $n: evenings in a row with a finished routine; $longest: the longest such run.
history-stats-streak = Streak: { $n ->
    [one] { $n } evening
   *[other] { $n } evenings
} (longest { $longest ->
    [one] { $longest } evening
   *[other] { $longest } evenings
})
# $finished, $started: sessions; $time: time stretching in all (1h05m).
history-stats-sessions = Sessions: { $finished } finished of { $started } started, { $time } stretching in all
# $nights: nights with a check-in; $cramp: of them with cramps; $bad: of them bad.
history-stats-checkins = Check-ins: { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
}, { $cramp } with cramps ({ $bad } bad)
# $n: cramps logged; $daytime: of them in the daytime (0 for none); $pained: yes when a pain
# was given, then $average (6.5), $given (how many gave one) and $worst (0 to 10).
history-stats-cramps = Cramps logged: { $n }{ $daytime ->
    [0] {""}
   *[other] {" "}({ $daytime } in the daytime, in no night)
}{ $pained ->
    [yes] ; pain { $average }/10 on average ({ $given } given), worst { $worst }
   *[no] {""}
}
# Under the line above: $places is a list such as "left calf 3, right foot 1".
history-stats-by-place = Cramps by place: { $places }
# One place in that list. $place: history-where; $n: cramps there.
history-stats-place = { $place } { $n }
# $rate: cramps per night (0.4); $cramps: cramps counted; $nights: nights with a number.
history-stats-per-night = Cramps per night: { $rate } ({ $cramps ->
    [one] { $cramps } cramp
   *[other] { $cramps } cramps
} in { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
} with a number)
# $n: reminders marked done.
history-stats-reminders = Reminders done: { $n }
# The last 30 days. $days: 30; $to: the last day shown (24 Nov 2026), or "" with $ended no
# (the days end today); $finished: evenings with a finished routine; $cramp: nights with
# cramps; $checked: nights with a check-in.
history-stats-recent = { $ended ->
    [yes] { $days } days to { $to }
   *[no] Last { $days } days
}: a finished routine on { $finished ->
    [one] { $finished } evening
   *[other] { $finished } evenings
}, cramps on { $cramp } of { $checked } checked nights
# A day as "24 Nov 2026". $day, $month (1 to 12), $year.
history-stats-day = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }

## The comparison: cramp nights after evenings with a finished routine and after evenings
## without. The two lines of a pair line up in English.

history-compare-nights = Cramp nights, among nights with a morning check-in:
history-compare-counts = Cramps per night, where the number is known:
# $what: history-tally or history-tally-counts.
history-compare-with = {"  "}after an evening with a finished routine: { $what }
history-compare-without = {"  "}after an evening without:                 { $what }
# $cramp: cramp nights; $nights: nights; $pct: the share in percent (15).
history-tally = { $nights ->
    [0] no nights yet
   *[other] { $cramp } of { $nights ->
        [one] { $nights } night
       *[other] { $nights } nights
    } ({ $pct }%)
}
# $known: yes when every night has a number: then $rate (0.3 a night), $cramps in $nights;
# else $missing of $cramp cramp nights have no count. $nights 0: none yet.
history-tally-counts = { $nights ->
    [0] no nights yet
   *[other] { $known ->
        [yes] { $rate } a night ({ $cramps ->
            [one] { $cramps } cramp
           *[other] { $cramps } cramps
        } in { $nights ->
            [one] { $nights } night
           *[other] { $nights } nights
        })
       *[no] not known: { $missing } of { $cramp ->
            [one] { $cramp } cramp night has
           *[other] { $cramp } cramp nights have
        } no count
    }
}
# $few: 7.
history-compare-few = Fewer than { $few } nights on one side: too early to read much into it.
history-compare-caveat-1 = Nights differ in other ways, and cramps come and go by themselves:
history-compare-caveat-2 = this cannot show that stretching caused a difference.
history-compare-not-evidence = A personal record, not medical evidence.
history-compare-trial-ended = Your personal experiment's result: windown trial result.
history-compare-trial = A fair test of whether stretching helps you: windown trial.
# One sentence, wrapped by whoever shows it.
history-compare-hidden = Nights after an evening stretched, compared with the others: hidden while your experiment runs, so nothing leans on the result (see windown trial status).

## Safety: the nudge when cramps often break sleep (the English shows beside a draft).
history-nudge-1 = Cramps are often breaking your sleep. The NHS advises seeing a GP about that.
history-nudge-2 = See one too if cramps come with numbness or swelling, or your leg muscles are getting weaker or smaller.

## The six-week check (home and `windown stats`): a neutral summary, a sentence a line.

# $day, $month (the month's name), $year: the evening of the first finished routine;
# $n: evenings with a finished routine among the $days (42) since.
history-six-weeks-first = Six weeks since your first evening routine ({ $day } { $month } { $year }): you finished one on { $n } of those { $days } evenings.
# $nights: nights told about (a check-in or a logged cramp) in the six weeks; $cramp: of
# them with cramps.
history-six-weeks-during = In those six weeks you told windown about { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
}: { $cramp } with cramps.
# The same for the nights before the first routine.
history-six-weeks-before = Before them you told windown about { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
}: { $cramp } with cramps.
history-six-weeks-not-proof = Nights differ in other ways and cramps come and go by themselves, so these numbers cannot show what the stretching did.
# Safety: the last line, always there (the English shows beside a draft).
history-six-weeks-doctor = If your cramps are no better, talk to your doctor.

## Cramps logged, above the morning question (home) and before `windown checkin` records.

# $n: cramps logged; $when: last (last night) or that (that night, a night asked about by
# date); $list: the cramps, each history-logged-cramp, joined by ", ".
history-logged = You logged { $n ->
    [one] { $n } cramp
   *[other] { $n } cramps
} { $when ->
    [that] that night
   *[last] last night
}: { $list }
# One cramp in that list. $time: its time of day (03:12); $place: history-where.
history-logged-cramp = { $time } { $place }
# After "none" is recorded for a night with cramps logged (history-logged was printed
# before). $n: the cramps logged. Keep g and l (the app's keys).
history-checkin-none-logged = Your answer "none" is recorded anyway, and { $n ->
    [one] the cramp you logged still counts
   *[other] the { $n } cramps you logged still count
} in your numbers and the report. To take back a cramp logged by mistake: in the app, g, then l.

## A cramp recorded (`windown cramp log`, the end of the relief guide).

# $place: history-where; $time: time of day (03:12); $day: history-day of the cramp;
# $daytime: yes for a cramp in no night, else $night: history-day-short of its night;
# $lasted: how long it lasted (history-lasted-5-15, the relief guide's answer, or a time
# such as 7m), with $timed yes, else $timed no; $guided: yes when the relief guide ran for
# $relief (3m05s); $pain: 0 to 10, or -1 when not given.
history-cramp-recorded = Recorded a cramp: { $place } at { $time } on { $day } ({ $daytime ->
    [yes] a daytime cramp, not counted in a night
   *[no] the night of { $night }
}){ $timed ->
    [yes] , lasted { $lasted }
   *[no] {""}
}{ $guided ->
    [yes] , { $relief } with the guide
   *[no] {""}
}{ $pain ->
    [-1] {""}
   *[other] , pain { $pain }/10
}.
# After it, at the relief guide's end.
history-cramp-undo = To remove it: windown history undo
# How long a cramp lasted, an old relief guide's answer "5 to 15 minutes" (its choices now split at 10 minutes).
history-lasted-5-15 = 5 to 15 minutes

## A hint under "history.jsonl line N was written by a newer windown". $path: the file.
history-newer-hint = the file is { $path }; a newer windown can read it (nothing was changed)
