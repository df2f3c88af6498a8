## Routines on screen and in plain mode: lists, windown show, the session's words, lengths of time.

# The big word of a session's phase (screen, plain mode, `windown show`), in capitals.
routine-phase-get-ready = GET READY
routine-phase-rest = REST
routine-phase-switch-sides = SWITCH SIDES
routine-phase-done = DONE
# A hold of a stretch. $side: left, right or none (no side); $limb: leg, foot or side (the
# body's side, for a stretch of the back or neck).
routine-phase-hold = { $side ->
    [left] { $limb ->
        [foot] HOLD - LEFT FOOT
        [side] HOLD - LEFT SIDE
       *[leg] HOLD - LEFT LEG
    }
    [right] { $limb ->
        [foot] HOLD - RIGHT FOOT
        [side] HOLD - RIGHT SIDE
       *[leg] HOLD - RIGHT LEG
    }
   *[none] HOLD
}
# A timed step of a wind-down: its title ($title, as written), with its side as in
# routine-phase-hold.
routine-phase-step = { $side ->
    [left] { $limb ->
        [foot] { $title } - LEFT FOOT
        [leg] { $title } - LEFT LEG
       *[side] { $title } - LEFT SIDE
    }
    [right] { $limb ->
        [foot] { $title } - RIGHT FOOT
        [leg] { $title } - RIGHT LEG
       *[side] { $title } - RIGHT SIDE
    }
   *[none] { $title }
}
# Shown first on the wind-down's first step on a rest evening of the experiment.
routine-rest-evening-note = Tonight is a rest evening of your experiment: the wind-down runs without its stretches. If a cramp comes, stretch it as usual.

## Plain mode (`windown run --plain`): the text after a line's five fields, and its detail
## lines (two spaces first). The fields themselves (READY, HOLD, left, 1/3, 10s) stay English:
## programs read them.
# A task waits for Enter.
routine-plain-press-enter = press Enter when done
# After Ctrl-Z, before the process stops.
routine-plain-suspended = paused; after fg, press Enter to go on
# After the computer slept or the process was stopped. $time: M:SS.
routine-plain-stopped-at-least = stopped for at least { $time }; press Enter to go on
routine-plain-stopped-up-to = stopped for up to { $time }; press Enter to go on
# The last line's text. $done, $total, $skipped: steps (English keeps "steps" even for one:
# scripts match it).
routine-plain-end = { $done } of { $total } steps done, { $skipped } skipped

## `windown list`: a table of the routines, then the files that do not load.
# The columns' headings, in capitals.
routine-list-head =
    .id = ID
    .title = TITLE
    .kind = KIND
    .time = TIME
    .steps = STEPS
    .from = FROM
# The TIME column with tasks: $time: M:SS timed; $n: tasks (no timer).
routine-list-time-tasks = { $n ->
    [one] { $time } +{ $n } task
   *[other] { $time } +{ $n } tasks
}
# The FROM column.
routine-list-built-in = built-in
# $file: the person's routine file, which replaces a built-in of the same id.
routine-list-overrides = { $file } (overrides built-in)
# $n: routine files that do not load; their problems follow, one a line.
routine-list-broken = { $n ->
    [one] { $n } routine file could not be loaded (`windown validate FILE` shows the details):
   *[other] { $n } routine files could not be loaded (`windown validate FILE` shows the details):
}
# A broken file's first problem ($problem, a file's path, place and message) when the file
# has a built-in routine's id ($id).
routine-list-would-replace = { $problem } (would replace the built-in { $id })

## `windown show ROUTINE`: the routine's title, its plan phase by phase, the total.
# $title; $id: its id; $kind: stretch or wind-down (tui-home-kind).
routine-show-title = { $title } ({ $id }, { $kind })
# The plan's columns' headings.
routine-show-head =
    .start = START
    .length = LENGTH
    .phase = PHASE
# A step's heading with what it works on: $title; $targets: routine-target names joined by ", ".
routine-show-step-targets = { $title } ({ $targets })
# What a step works on (the routine file's `targets` value).
routine-target = { $target ->
    [calves] calves
    [hamstrings] hamstrings
    [quadriceps] quadriceps
    [hips] hips
    [glutes] glutes
    [feet] feet
    [back] back
    [breathing] breathing
    [relaxation] relaxation
   *[sleep] sleep
}
# A hold of several reps: $label: the phase (routine-phase-hold); $rep of $reps.
routine-show-rep = { $label }, rep { $rep } of { $reps }
# A task: $label: its title.
routine-show-task = { $label } (waits for you)
# The last line. $time: H:MM:SS or M:SS of timed phases; $tasks: tasks, which wait for the person.
routine-show-total = { $tasks ->
    [0] Total: { $time }
    [one] Total: { $time }, plus { $tasks } task that waits for you
   *[other] Total: { $time }, plus { $tasks } tasks that wait for you
}

## Lengths of time on the screens ("3 x 30s, each side"). English writes them as the routine
## files do. $h, $m, $s: hours, minutes and seconds (each 0 when absent; the text is trimmed).
routine-duration = { $h ->
    [0] {""}
   *[other] { $h }h
}{ $m ->
    [0] {""}
   *[other] { $m }m
}{ $s ->
    [0] {""}
   *[other] { $s }s
}
routine-duration-zero = 0s

## `windown new ID` and `windown import FILE`: what they print (after "error: ", or a whole
## line). The files they write stay English. Keep ids, commands and options as they are.
# $id: the id as given.
routine-bad-id = "{ $id }" is not a valid routine id
routine-new-hint-id = an id is 1 to 64 lowercase letters, digits and "-", such as "my-legs"
# $other: the path of the person's file that has the id.
routine-id-taken = the id "{ $id }" is already used by { $other }
routine-id-taken-built-in = the id "{ $id }" is already used by the built-in routine "{ $id }"
routine-new-hint-taken = pick another id, or edit that file
routine-new-exists = { $path } already exists; windown new never overwrites a file
routine-new-hint-exists = edit that file, or pick another id
routine-new-replaces = note: this file replaces the built-in routine "{ $id }" while it exists
# $problem: the first problem of the new file, a message of errors.ftl.
routine-new-would-not-load = the new routine would not load ({ $problem }); nothing was written
routine-new-hint-would-not-load = fix the file it comes from (windown validate FILE), or choose another title
# `windown new ID --from ROUTINE` with a file that is not TOML. $file: its path.
routine-copy-not-toml = cannot copy { $file }: it is not valid TOML
routine-copy-not-toml-built-in = cannot copy the built-in routine "{ $id }": it is not valid TOML
# After "warning: ". $path: the schema file; $error: the system's reason, in English.
routine-schema-unwritten = cannot write { $path }: { $error }; editors will not offer completion
# $code: U+001B.
routine-import-control = the file holds the control character { $code }
routine-import-hint-control = a shared routine is imported only without escape sequences or control characters; remove it and try again
# $file: the file as given; NEW-ID is for the person to replace.
routine-import-hint-another = import it under another id: windown import { $file } --id NEW-ID
routine-import-not-toml = cannot import { $file }: it is not valid TOML
routine-import-exists = { $path } already exists
# $title: the routine's title; $steps: how many steps; $path: where it was written.
routine-imported = { $steps ->
    [one] imported "{ $title }" ({ $id }, { $steps } step) as { $path }
   *[other] imported "{ $title }" ({ $id }, { $steps } steps) as { $path }
}

## The routine editor (home's `e`... `E`): a step's row, and why a file cannot be edited there.
# $n: the step's number from 1; $title: its title (a built-in one in the language).
routine-edit-step = { $n }. { $title }
# A step with neither a title nor a stretch.
routine-edit-no-title = (no title)
# $path: the routine file; $error: the TOML reader's words, in English.
routine-edit-not-toml = { $path } cannot be edited here: { $error }
routine-edit-step-list = { $path } writes its steps in one list (step = [...]): edit it with e instead

## Home's key table and help (docs/interface.md has the English).
# Enter on home. A rest evening of the personal experiment: Enter on a stretching routine first
# says tonight is a rest evening; a second Enter starts it. Keep Enter as it is.
tui-key-start-the-routine-on-a-rest-evening-a-stretching-routine-asks-first-enter-again-starts-it = start the routine (on a rest evening: a stretching routine asks first, Enter again starts it)
