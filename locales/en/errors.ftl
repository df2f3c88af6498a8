## What is wrong in a file: the message after 'error: path:line:column:', and its hint.
## The prefixes 'error:', 'hint:', 'warning:' and the place 'path:line:column' stay English
## (machines and search engines read them); keys and values of the files (title, reps,
## "10s", [[step]]) stay as they are, inside the message. Messages start in lower case, as
## they follow 'error: path:line:column: '.

## Reading a file.

# After "PATH: " or "error: PATH: ".
error-file-missing = no such file
error-file-folder = is a folder, not a file
error-file-not-regular = is not a regular file
error-file-device = is a device, not a file: windown does not replace it
error-file-socket = is a socket, not a file
error-pipe-unread = is a pipe with nothing reading it
# $len, $limit: sizes in bytes.
error-file-too-large = file is too large ({ $len } bytes; the limit is { $limit })
# $error: the system's reason, in English.
error-cannot-read = cannot read: { $error }
error-too-many-links = more than { $n } symbolic links in a row
# $what: what could not be done to the file at $path; $error: the system's reason, in English.
error-io = { $what ->
    [create] cannot create { $path }: { $error }
    [read] cannot read { $path }: { $error }
    [open] cannot open { $path }: { $error }
    [lock] cannot lock { $path }: { $error }
    [write-to] cannot write to { $path }: { $error }
   *[write] cannot write { $path }: { $error }
}
error-stdout = cannot write to standard output: { $error }
error-not-utf8 = file is not valid UTF-8 text
hint-not-utf8 = save the file as UTF-8 (routine and reminder files are plain text)
# The last line of a long list of problems.
error-more-problems = { $n ->
    [one] ... and { $n } more problem in this file
   *[other] ... and { $n } more problems in this file
}

## Where in a file: before a message, followed by ": ". $table: step or stretch (a word of
## the file format, [[step]]); $n counts from 1; $title: the table's own title.

error-where-item = { $table ->
    [stretch] stretch { $n }
   *[step] step { $n }
}
error-where-item-titled = { $table ->
    [stretch] stretch { $n } ("{ $title }")
   *[step] step { $n } ("{ $title }")
}

## The shape of a TOML file: keys and types. $key: a key of the file, as written.

error-unknown-key = unknown key "{ $key }"
# $name: what was probably meant.
hint-did-you-mean = did you mean "{ $name }"?
# $keys: the keys allowed, "a, b, c".
hint-allowed-here = allowed here: { $keys }
# $expected: a phrase of error-expected; $got: a phrase of error-value.
error-wrong-type = { $key } must be { $expected }, not { $got }
# What a value must be, a phrase inside error-wrong-type.
error-expected = { $kind ->
    [int] a whole number
    [bool] true or false
    [duration] a duration such as "10s" or "1m30s"
    [list] a list such as ["a", "b"]
    [table] a table
    [tables] a list of tables
   *[text] text in quotes
}
# What a value is, a phrase inside other messages; $value: the value as written.
error-value = { $kind ->
    [text-short] text ("{ $value }")
    [text] text
    [string-short] a string ("{ $value }")
    [string] a string
    [int] a whole number ({ $value })
    [float] a number ({ $value })
    [bool] { $value }
    [date] a date or time
    [day] a date
    [list] a list
   *[table] a table
}
error-items-must-be-text = each item of { $key } must be text in quotes, not { $got }
hint-items-must-be-text = write it as ["a", "b"]
error-must-be-a-table = must be a table, not { $got }
hint-each-under = write each one under a [[{ $key }]] line
error-list-of-tables = { $key } must be a list of [[{ $key }]] tables
hint-list-of-tables = use [[{ $key }]] (double brackets) for each { $key }
error-list-not-text = { $key } must be a list, not text
hint-write-a-list = write a list: { $key } = ["{ $value }"]
# $value: the number as written (2.5, or a phrase of error-value).
error-not-whole = { $key } must be a whole number, not { $value }
hint-whole-either = write { $key } = { $down } or { $key } = { $up }
hint-no-quotes = leave out the quotes: { $key } = { $value }
error-bool-not-text = { $key } must be true or false, not text
hint-write-value = write { $key } = "{ $value }"
hint-quote-text = put the text in quotes: { $key } = "..."
hint-true-or-false = write { $key } = true or { $key } = false
hint-under-table = write it under a [{ $key }] line
hint-put-in-quotes = put it in quotes: { $key } = "{ $value }"
error-set-twice = { $key } is set twice
# $names: the words allowed, each in quotes.
error-one-of = { $key } must be one of { $names }, not "{ $value }"
error-either = { $key } must be "{ $a }" or "{ $b }", not "{ $value }"
error-between = { $key } must be between { $min } and { $max }, not { $value }
error-out-of-range = { $key } { $value } is out of range

## Routine files.

# $code: the character's code, U+001B.
error-control-char = { $key } contains the control character { $code }
hint-control-char = text may hold line breaks and tabs, but no other control characters
error-too-long = { $key } is too long ({ $n } characters; the limit is { $limit })
error-title-empty = title is empty
hint-title-name-it = give the routine a name
error-title-one-line = title holds a line break or a tab
hint-title-one-line = a title is one line; put longer text in summary, notes or instructions
hint-hold-is-duration = "hold" and "duration" are two names for one key; keep one
# $word: the placeholder as written, {"{"}sid{"}"}.
error-placeholder = { $key } has an unknown placeholder "{ $word }"
hint-placeholders = text may say {"{"}side{"}"} and {"{"}other{"}"}, filled in with left or right
# $length, $limit: lengths of time, "2h".
error-too-long-duration = { $key } is { $length }; the longest allowed is { $limit }
error-missing-title = missing title
hint-routine-title = add a line such as title = "Evening legs" at the top of the file
hint-step-title = every step needs a title, such as title = "Wall calf stretch"
error-bad-id = "{ $value }" is not a valid id
hint-id = an id is 1 to 64 lowercase letters, digits and "-", such as "evening-legs"
error-bad-file-name = the file name "{ $name }" is not a valid routine id
hint-bad-file-name = rename the file (lowercase letters, digits and "-", such as evening-legs.toml) or add id = "my-routine"
error-no-steps = a routine needs at least one step
hint-no-steps = add a [[step]] table with a title and a duration
error-too-many-steps = too many steps ({ $n }; the limit is { $limit })
error-unknown-target = unknown target "{ $name }"
hint-known-targets = known targets: { $names }
error-bad-figure = "{ $name }" is not a valid figure name
hint-figure = a figure name is lowercase letters, digits, "-" and "_", such as "wall-calf"; the file is figures/NAME.txt
error-task-has-no = a task step has no { $key }
hint-task-has-no = a task waits until you mark it done; remove the key, or remove kind = "task" to time the step
error-needs-duration = a timed step needs a duration
hint-needs-duration = add duration = "30s" (or set it once under [defaults]), or kind = "task" for a step that waits for you
error-duration-zero = a timed step needs a duration over 0
hint-duration-zero = set a length such as "30s", or kind = "task" for a step that waits for you
# $key: in or out.
error-breathe-needs = breathe needs "{ $key }"
hint-breathe-needs = write breathe = {"{"} in = "4s", out = "6s" {"}"}
error-breath-range = breathe { $key } must be over 0 and at most { $max } seconds
hint-breath-range = a calm breath is a few seconds each way, such as in = "4s", out = "6s"
error-unknown-stretch = unknown stretch "{ $name }"
hint-unknown-stretch = `windown stretches` lists the stretches of the library

## config.toml.

error-not-time-of-day = "{ $value }" is not a time of day
# $time: the time with a zero before the hour, 06:30.
hint-two-digit-hour = write the hour with two digits: "{ $time }"
hint-time-of-day = write a 24-hour time such as "22:30" or "07:00:30"
error-wake-is-bedtime = wake and bedtime are the same time
hint-wake-is-bedtime = set bedtime to when you go to bed, such as "22:30"
hint-evening-hours = give hours before bedtime from { $min } to { $max }; 3 is usual
hint-balance = write balance = "poor" for no standing, or remove the line
error-no-such-language = windown has no messages in "{ $value }"
# $names: the languages, each in quotes.
hint-language = write one of { $names }, or remove the line to follow your desktop's language
error-cues-command-moved = [cues] command has moved to [voice] command
hint-cues-command-moved = write it under [voice] as command = [...]: the program now gets the text on stdin (for espeak-ng add "--stdin"), or remove it to use the speech program windown finds
# $what: voice, sound or terminal.
error-empty-command = { $what ->
    [voice] the voice command is empty
    [sound] the sound command is empty
   *[terminal] the terminal command is empty
}
hint-empty-command = name a program, e.g. command = ["{ $example }"], or remove the line
hint-auto-or-off = write { $key } = "auto" or { $key } = "off"
hint-rate = give words a minute from { $min } to { $max }; 175 is a usual speed
# $code: the character's code, \u{1b}.
error-name-control = the name contains a control character ({ $code }); write it on one line of plain text
error-name-long = the name is { $n } characters long; keep it to { $limit }
# The home screen's line about a broken config.toml, after "config.toml:3:9: ".
# $message: the first problem; $more: how many more; $unread: yes when nothing of the file
# is in force.
error-config-home = { $unread ->
    [yes] { $more ->
        [0] { $message }; using the default settings (windown validate)
       *[other] { $message } (and { $more } more); using the default settings (windown validate)
    }
   *[no] { $more ->
        [0] { $message }; the rest of the settings are in force (windown validate)
       *[other] { $message } (and { $more } more); the rest of the settings are in force (windown validate)
    }
}
# After "warning: ", below the problems.
error-config-unread = config.toml could not be read; this session runs on the default settings
error-config-mistakes = config.toml has mistakes; each wrong setting is at its default, the rest are in force

## reminders.toml.

error-not-a-time = "{ $value }" is not a time
# $error: what is wrong with the duration after + or -.
error-time-offset = in "{ $value }": { $error }
error-offset-too-long = in "{ $value }": the offset must be less than a day
hint-time-expr = write "HH:MM", "HH:MM:SS", "wake" or "bedtime", optionally with + or - a duration, like "bedtime-2h"
# $key: id or title.
error-reminder-has-no = reminder { $n } has no { $key }
# $example: a line of the file, id = "legs-up".
hint-reminder-add-line = add a line { $example } under its [[reminder]]
error-bad-reminder-id = "{ $id }" is not a valid reminder id
hint-reminder-id = use lowercase letters, digits and -, like "legs-up"
error-duplicate-reminder = duplicate reminder id "{ $id }"
hint-duplicate-reminder = the first one is on line { $line }; ids must be unique
error-reminder-title-empty = the title is empty
# $key: title or body.
error-reminder-control = { $key ->
    [body] the body contains the control character { $code }
   *[title] the title contains the control character { $code }
}
hint-body-control = a body may hold line breaks, but no other control characters
hint-reminder-title-control = a title is one line of plain text, without control characters
error-every-and-at = reminder "{ $id }" has both every and at
hint-every-and-at = use every (with from/until) for an interval, or at for fixed times
error-no-every-nor-at = reminder "{ $id }" has neither every nor at
hint-no-every-nor-at = add every = "2h" (with optional from/until) or at = ["10:30"]
hint-interval = write an interval such as "2h", "45m" or "1h30m"
error-from-until-with-at = from and until go with every, not with at
hint-from-until-with-at = remove it, or use every instead of at
error-at-empty = at lists no times
hint-at-empty = write at least one time, like at = ["10:30"]
error-days-empty = days lists no days
hint-days-empty = remove days for every day, or set enabled = false to switch the reminder off
error-not-a-day = "{ $value }" is not a day
# $names: the day words of the file, mon, tue, ...
hint-days = days are { $names }
error-not-routine-id = "{ $value }" is not a routine id
hint-routine-id = name a routine by its id, like "wind-down" (see `windown list`)
error-no-routine = there is no routine "{ $value }"
hint-see-list = see `windown list` for the routines
# A reminder naming a routine windown does not know, outside `windown validate`: a warning.
hint-did-you-mean-still-sent = did you mean "{ $name }"? (the reminder is still sent)
hint-see-list-still-sent = see `windown list` for the routines; the reminder is still sent
error-every-zero = every must be at least 1s
hint-every-zero = write an interval such as "2h" or "45m"
error-every-too-long = every must be at most 24h
hint-every-too-long = the interval restarts each day at from; use days to skip days
# After "warning: ", below the problems.
error-reminders-unread = a file could not be read (see above); what it holds is not in force until it is fixed
error-reminders-mistakes = a reminder with a mistake is left out and a wrong setting is at its default; the rest are in force (windown validate)
# $problem: the first problem, "path:line:column: message".
error-fix-reminders-first = fix reminders.toml first: { $problem }
# After "PATH: ".
error-reminders-not-tables = reminders are not written as [[reminder]] tables; edit it by hand
error-no-reminder = there is no reminder "{ $id }"

## The history file's damaged lines.

error-history-incomplete = { $path } line { $line }: an incomplete record (probably a write cut off by a crash) was skipped
# $reason: what is wrong (partly the JSON reader's words, in English).
error-history-unreadable = { $path } line { $line }: an unreadable record was skipped ({ $reason })
error-history-more-skipped = { $n ->
    [one] and { $n } more line skipped in { $path }
   *[other] and { $n } more lines skipped in { $path }
}
# $n: how many lines were skipped; $line: the first of them.
hint-history-skipped = { $n ->
    [one] the other records are read as usual; to stop this warning, delete line { $line } from { $path } in a text editor
   *[other] the other records are read as usual; to stop this warning, delete those lines from { $path } in a text editor
}
# $skipped: error-history-incomplete or error-history-unreadable.
error-history-note-more = { $more ->
    [one] { $skipped } (and { $more } more line; see windown stats)
   *[other] { $skipped } (and { $more } more lines; see windown stats)
}
error-history-newer = history.jsonl line { $line } was written by a newer windown (format { $version }); this one reads format { $format }
# $error: error-history-newer.
error-history-newer-note = { $error }; showing the records before it
error-history-not-utf8 = not UTF-8 text, at column { $column }
error-history-unknown-version = unknown format version { $version }
error-history-no-version = no format version
error-history-at-column = { $reason }, at column { $column }
# After "cannot open PATH: ".
error-history-not-regular = not a regular file
# The first mistake of reminders.toml on the reminders screen, and how many more there are.
# $place: file:line:column; $message: the mistake; $more: how many more (0: none).
error-first-of-more = { $more ->
    [0] { $place }: { $message }
   *[other] { $place }: { $message } (and { $more } more: windown validate)
}

## Lengths of time, as the files write them ("10s", "1m30s"): what is wrong with one.
## $value: the length as written; the unit letters h, m, s stay as they are.

error-duration-empty = empty duration
error-duration-malformed = "{ $value }" is not a duration: use a number with a unit, like "10s", "1m30s" or "2h"
error-duration-no-unit = "{ $value }" has no unit: write "{ $value }s" for seconds or "{ $value }m" for minutes
error-duration-too-long = duration "{ $value }" is too long
# "1m90s": $unit: minutes or seconds; $whole: the same length carried, "2m30s".
error-duration-carry = { $unit ->
    [minutes] "{ $value }" has more than 59 minutes after a larger unit: write "{ $whole }"
   *[seconds] "{ $value }" has more than 59 seconds after a larger unit: write "{ $whole }"
}
# "1.5h"; $whole: the same length in whole units, "1h30m".
error-duration-fraction = "{ $value }" is not a whole number: write "{ $whole }"
error-duration-fraction-smaller = "{ $value }" is not a whole number: use whole numbers of smaller units, such as "1h30m" or "90s"
# A number with a fraction (2.5) where a length of time goes.
error-whole-seconds = use whole seconds, or a string such as "1m30s"
error-duration-negative = a duration cannot be negative
# An invisible character that reverses the order text is shown in (U+202E and its kin).
hint-bidi = an invisible bidirectional formatting character can make text read differently from what it is; delete it

## Stretch library files (the stretches folder; docs/routines.md, "The stretch library").
# After "PATH: "; $error: the system's reason, in English.
error-stretches-folder = cannot read the stretches folder: { $error }
error-stretch-twice = stretch "{ $id }" is defined twice in the folder
error-no-stretches = a stretch library file holds no stretch
hint-no-stretches = add a [[stretch]] table with an id and a title
error-too-many-stretches = too many stretches (the limit is { $limit })
# After "stretch 3: "; $other: the number of the stretch that has the id first.
error-id-used-by = id "{ $id }" is used by stretch { $other } too
hint-stretch-id = an id is 1 to 64 lowercase letters, digits and "-", such as "wall-calf"
error-missing-id = missing id
hint-stretch-missing-id = add id = "my-stretch": a routine step names it with stretch = "my-stretch"
error-stretch-title-line = a title is one line, not empty
hint-stretch-title = every stretch needs a title, such as title = "Wall calf stretch"
hint-stretch-figure = a figure name is lowercase letters, digits, "-" and "_", such as "wall-calf"
