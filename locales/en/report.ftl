## The report for a clinician (`windown report`, its HTML page and PDF). A clinician may read
## it in another language than the person's: keep it plain and exact. Dates come as variables.

# The first line of the text report.
report-heading-text = windown: a record of night-time leg cramps
# The heading of the HTML page.
report-heading = A record of night-time leg cramps
# The HTML page's title (the browser's tab, the PDF's name).
report-page-title = windown: night cramp record
# Under the heading. $from, $to: dates; $weeks: how many weeks.
report-title = Nights of { $from } to { $to } ({ $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
})
# $date: the day the report was made.
report-printed = Printed { $date }
# $name: the person's name.
report-for = for { $name }
report-printed-for = Printed { $date }, for { $name }
# A date in the report, in languages other than English: $weekday is its name, $iso the date
# as 2026-11-30 (year-month-day: never mixed up between countries).
report-date = { $weekday } { $iso }
# The decimal mark in numbers such as 0.1 (a comma in many languages).
# The short name of a weekday, in lists and tables of days; $day: 1 (Monday) to 7 (Sunday).
report-weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
report-decimal-mark = .

## The summary: a label, then its value.
report-row-recorded = Nights recorded
# $n nights out of $of in the report's weeks.
report-recorded-value = { $n } of { $of }
report-row-cramp-nights = Nights with cramps
# $pct: a whole percentage.
report-cramp-nights-value = { $n } ({ $pct }% of nights recorded)
report-row-per-night = Cramps per night
report-per-night-none = no night has a number
# $rate: cramps per night with one decimal (already written with the decimal mark).
report-per-night-value = { $rate } ({ $cramps ->
    [one] { $cramps } cramp
   *[other] { $cramps } cramps
} in { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
} with a number)
report-row-pain = Pain (0-10)
report-pain-none = not given
# $avg: the average with one decimal; $given: how many cramps have a pain number; $worst: 0-10.
report-pain-value = { $avg }/10 on average ({ $given } given), worst { $worst }
report-row-sleep = Sleep broken
report-sleep-value = { $n ->
    [one] { $n } night
   *[other] { $n } nights
} (said so, or a bad night)
report-row-stretched = Evenings stretched
report-stretched-value = { $n } of { $of } (a finished routine)
report-row-since = Since first record
# $date: the first evening with a record.
report-since-value = { $done } of { $of } evenings stretched, since { $date }
report-row-places = Cramps by place
# One place in the list "left calf 25, right foot 2": $leg is left or right; $muscle is calf,
# back-thigh, front-thigh or foot; $n: how many cramps.
report-place = { $leg ->
    [left] left
   *[right] right
} { $muscle ->
    [calf] calf
    [back-thigh] back of thigh
    [front-thigh] front of thigh
   *[foot] foot
} { $n }

## The comparison of nights after an evening with and without a stretch.
report-comparison-heading = Nights after an evening with and without a stretch
report-cmp-nights-heading = Cramp nights, among nights with a morning check-in:
report-cmp-with = after an evening with a finished routine:
report-cmp-without = after an evening without:
report-cmp-no-nights = no nights yet
# $n cramp nights out of $of nights; $pct: a whole percentage.
report-cmp-nights = { $n } of { $of ->
    [one] { $of } night
   *[other] { $of } nights
} ({ $pct }%)
report-cmp-counts-heading = Cramps per night, where the number is known:
# $missing of $of cramp nights have no count of cramps.
report-cmp-counts-unknown = not known: { $missing } of { $of ->
    [one] { $of } cramp night has
   *[other] { $of } cramp nights have
} no count
# $rate: with one decimal, already written with the decimal mark.
report-cmp-counts = { $rate } a night ({ $cramps ->
    [one] { $cramps } cramp
   *[other] { $cramps } cramps
} in { $nights ->
    [one] { $nights } night
   *[other] { $nights } nights
})
report-cmp-too-few = Fewer than { $n } nights on one side: too early to read much into it.
# One sentence on two lines: keep the line break.
report-cmp-caveat =
    Nights differ in other ways, and cramps come and go by themselves:
    this cannot show that stretching caused a difference.
report-cmp-not-evidence = A personal record, not medical evidence.
# `windown trial result` and `windown trial` are commands: keep them as they are.
report-cmp-trial-ended = Your personal experiment's result: windown trial result.
report-cmp-trial = A fair test of whether stretching helps you: windown trial.
report-cmp-hidden = Nights after an evening stretched, compared with the others: hidden while your experiment runs, so nothing leans on the result (see windown trial status).

## Routines, weeks, cramps and notes.
report-routines-label = Routines used:
report-routines-none = none finished
# $title: the routine's title, $id: its id (both as the person wrote them); $n: times finished.
report-routine = { $title } ({ $id }): { $n ->
    [one] { $n } time
   *[other] { $n } times
}
# After a list cut short.
report-more = and { $n } more
# The columns of the table of weeks.
report-week-of = Week of
report-week-recorded = nights recorded
report-week-with = with cramps
report-week-cramps = cramps
report-week-stretched = evenings stretched
report-no-record-note = (–: no night recorded that week; not the same as 0)
report-plus-note = (+: some nights with cramps have no number; the count is at least this)
report-episodes-heading = Cramps, one by one:
# One cramp: $when is its day and time; $leg, $muscle as in report-place; $pain: 0-10 or
# "none"; $lasted: how long ("1m30s") or "none".
report-episode = { $when }  { $leg ->
    [left] left
   *[right] right
} { $muscle ->
    [calf] calf
    [back-thigh] back of thigh
    [front-thigh] front of thigh
   *[foot] foot
}{ $pain ->
    [none] {""}
   *[other] , pain { $pain }/10
}{ $lasted ->
    [none] {""}
   *[other] , lasted { $lasted }
}
report-notes-heading = Notes:
# $date: the night; $note: the person's own words.
report-note = night of { $date }: { $note }
report-not-a-diagnosis = A personal record, not a diagnosis.
report-foot = Kept by the person with windown, a stretching and sleep coach; nights without a record are left out of every number.

## The chart of the weeks (HTML page).
report-chart-label = Nights with cramps and evenings stretched, week by week
report-key-cramps = nights with cramps
report-key-recorded = nights recorded
report-key-stretched = evenings stretched (per week, 0 to 7)

## What `windown report` says after writing a file. $path: the file.
report-wrote-html = The page is in { $path }.
report-wrote-pdf = The PDF is in { $path }.
# A label of the summary in the text report, before its value: $label is one of the
# report-row-... labels.
report-label = { $label }:
