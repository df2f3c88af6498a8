## The routine editor and reminders screens of the app, and the app's background work.
## Keys (s, q, e, u, Enter, Backspace), commands (`windown remind install`) and file names
## (reminders.toml, [defaults]) stay as they are.

## Key tables: what a key does, in the help (tui-key-...), and its short words in the hint
## line at the bottom (tui-hint-..., a word or two, as short as the language allows).

# The routine editor. "Line": the title, [defaults] or a step; "value": hold, reps, rest, get ready, sides.
tui-key-previous-line-title-defaults-steps = previous line (title, defaults, steps)
tui-key-next-line = next line
tui-key-previous-value-hold-reps-rest-get-ready-sides = previous value (hold, reps, rest, get ready, sides)
tui-key-next-value = next value
tui-key-more-5-s-longer-one-rep-more-the-next-sides = more (5 s longer, one rep more, the next sides)
tui-key-less = less
tui-key-move-the-step-up = move the step up
tui-key-move-the-step-down = move the step down
tui-key-remove-the-step = remove the step
tui-key-duplicate-the-step = duplicate the step
tui-key-add-a-step-after-this-one-from-the-stretches-windown-knows = add a step after this one, from the stretches windown knows
tui-key-change-the-title-on-the-title-line-enter-too = change the title (on the title line: Enter too)
tui-key-undo-the-last-change = undo the last change
tui-key-save-the-file-only-when-it-loads = save the file (only when it loads)
tui-key-back-home-asks-again-when-not-saved = back home (asks again when not saved)
tui-key-quit-asks-again-when-not-saved = quit (asks again when not saved)
# The list of stretches to add a step from.
tui-key-add-a-step-previous-stretch = add a step: previous stretch
tui-key-add-a-step-next-stretch = add a step: next stretch
tui-key-add-a-step-add-this-one = add a step: add this one
tui-key-add-a-step-add-none = add a step: add none
# While the title is typed.
tui-key-title-set-it-letters-type-backspace-deletes = title: set it (letters type, Backspace deletes)
tui-key-title-leave-it-as-it-was = title: leave it as it was
# The reminders screen.
tui-key-previous-reminder = previous reminder
tui-key-next-reminder = next reminder
tui-key-switch-the-chosen-reminder-on-or-off = switch the chosen reminder on or off
tui-key-change-the-chosen-reminder-s-times-and-days = change the chosen reminder's times and days
tui-key-change-wake-and-bedtime = change wake and bedtime
tui-key-send-a-test-notification = send a test notification
tui-key-start-or-stop-the-reminder-process = start or stop the reminder process
tui-key-read-the-files-again = read the files again
# While a reminder's times (or wake and bedtime) are changed in a form.
tui-key-previous-field-while-changing-times = previous field (while changing times)
tui-key-next-field = next field
tui-key-save-the-times = save the times
tui-key-leave-the-times-as-they-were = leave the times as they were
tui-key-change-the-field = change the field
# In the help, the keys that change the form's field (the keys' column).
tui-edit-form-keys = letters, digits, Backspace

tui-hint-line = line
tui-hint-value = value
tui-hint-add = add
tui-hint-undo = undo
tui-hint-set = set
tui-hint-on-off = on/off
tui-hint-times = times
tui-hint-wake-bed = wake/bed
tui-hint-test = test
tui-hint-start-stop = start/stop
tui-hint-field = field

## The routine editor (src/tui/screens/editor.rs).

# The top line. $title: the routine's title, as its file has it.
tui-edit-editing = editing { $title }
# After the file's name on the list's border while there are changes not saved.
tui-edit-not-saved = (not saved)
# Before the routine's title, first line of the list.
tui-edit-title-label = Title:
# The line of [defaults] in the list: the values every step has unless it sets its own.
tui-edit-defaults = Defaults
# The column heads: how long each stretch is held, how many times, the rest between, the
# get ready before, and which sides.
tui-edit-field-hold = hold
tui-edit-field-reps = reps
tui-edit-field-rest = rest
tui-edit-field-get-ready = get ready
tui-edit-field-sides = sides
# A step's sides: none (not one side then the other), both, left only, right only. Short: a column of 9.
tui-edit-sides-none = none
tui-edit-sides-both = both
tui-edit-sides-left = left
tui-edit-sides-right = right
# The lower panel's titles: the check of the routine, the list of stretches to add.
tui-edit-check = Check
tui-edit-add-title = Add a step
tui-edit-loads = The routine loads.
# [defaults] is the name of a part of the routine file: keep it.
tui-edit-dim-values = Dim values come from [defaults] or windown's own defaults.
# Above the mistakes found in the routine.
tui-edit-does-not-load = Does not load:
# Told after a key. s, q, e, u are keys: keep them.
tui-edit-cannot-change = That value cannot be changed here: edit it with e.
tui-edit-nothing-to-undo = Nothing to undo.
tui-edit-not-saved-mistakes = Not saved: the routine has mistakes (below). u undoes a change.
tui-edit-no-changes = No changes to save.
tui-edit-leave-unsaved = Not saved: s saves; the same key again leaves without saving.
# $path: the file written.
tui-edit-saved = Saved { $path }.
# The file changed on the disk while it was open here.
tui-edit-disk-gone = The file is gone from the disk; s writes it again.
tui-edit-disk-kept = The file changed on the disk meanwhile: s writes this version over it, q leaves it as it is there.
tui-edit-disk-reloaded = The file changed on the disk: shown as it is now.
tui-edit-disk-not-toml = The file changed on the disk and is not TOML now: q, then e to fix it.

## The reminders screen (src/tui/screens/reminders.rs).

# Its title on the border.
tui-reminders-title = Reminders
tui-reminders-reading = Reading the reminders…
# Whether the reminder process runs: the label, then its state; $pid: its process id.
tui-reminders-process-label = Reminder process:
tui-reminders-running = running
tui-reminders-not-running = not running
tui-reminders-pid = (pid { $pid })
# Before the command that starts the reminder process at each login (windown remind install):
# on a small window, on a wider one when it is not running, and on a narrow one.
tui-reminders-not-running-label = Not running:
tui-reminders-login-label = Start it at login:
tui-reminders-install-label = Install:
# Where the reminders come from; reminders.toml is a file name: keep it.
tui-reminders-built-in = Built-in reminders; a change writes your own reminders.toml.
tui-reminders-built-in-short = Built-in; a change saves your own.
tui-reminders-from-file = From your reminders.toml.
# A mistake in a file that was read. $file: its name; $error: the mistake (it may be English).
tui-reminders-mistake-rest = { $file } has a mistake: { $error }; the rest is in force
tui-reminders-mistake = { $file } has a mistake:
# r is a key: keep it.
tui-reminders-fix-then-r = Fix the file, then press r.
# $warning: a reminder naming a routine that does not exist (it may be English).
tui-reminders-warning = Warning: { $warning }
# The table's heads.
tui-reminders-head-reminder = Reminder
tui-reminders-head-when = When
tui-reminders-head-next = Next
# A reminder switched on or off (in the first column, short).
tui-reminders-on = on
tui-reminders-off = off
# When a reminder comes next. $time: the time of day (22:30); $day: a day written short
# (history-day-short: "Mon 7 Dec").
tui-reminders-today = today { $time }
tui-reminders-tomorrow = tomorrow { $time }
tui-reminders-on-day = { $day } { $time }
# After the next time when the reminder's routine was already done that evening. $next: the next time.
tui-reminders-skipped = { $next } (skipped)
# A small window, under a reminder's title. $next: its next time; $when: its schedule.
tui-reminders-next-and-when = next { $next } · { $when }
# A reminder's schedule. $every: an interval ("2h"); $from, $until, $at: times of day (a list
# for $at); $days: which days (tui-reminders-days).
tui-reminders-every = every { $every }, { $days }
tui-reminders-every-from = every { $every } from { $from }, { $days }
tui-reminders-every-between = every { $every }, { $from }-{ $until }, { $days }
tui-reminders-at = at { $at }, { $days }
# $days: every, weekdays, weekends, or list (then $list: the weekday names, joined by commas).
tui-reminders-days = { $days ->
    [every] every day
    [weekdays] weekdays
    [weekends] weekends
   *[list] { $list }
}
# Shown under a reminder. Safety texts: shown with the English original until the
# translation is clinically reviewed.
tui-reminders-caution-drink = If a clinician has told you to limit how much you drink, switch this off.
tui-reminders-caution-legs-up = Legs up is for swollen ankles and comfort; it is not a cramp treatment. If lying with your legs raised makes you short of breath, or raising them makes the pain worse or your feet go pale or cold, stop and tell your doctor.
# Told after a key. $id: the reminder's id (as in reminders.toml).
tui-reminders-sending-test = sending a test of { $id }…
tui-reminders-starting = starting the reminder process…
tui-reminders-stopping = stopping the reminder process…
tui-reminders-fix-red = Fix the field in red first.

## The form that changes times. The words typed stay as the file writes them (10:30,
## wake+30m, bedtime-2h, mon, wed, every day): keep them in these messages.

# Its heading. $title: the reminder's title.
tui-reminders-form-day = Wake and bedtime (every time relative to them follows)
tui-reminders-form-times = Times of "{ $title }"
# The fields' labels.
tui-reminders-field-every = Every
tui-reminders-field-from = From
tui-reminders-field-until = Until
tui-reminders-field-at = At
tui-reminders-field-days = Days
tui-reminders-field-wake = Wake
tui-reminders-field-bedtime = Bedtime
tui-reminders-form-help = Times: 10:30, wake+30m, bedtime-2h. Days: mon, wed or every day.
# What is wrong with a field, under it. $text: the word typed.
tui-reminders-error-min = at least 1s
tui-reminders-error-max = at most 24h
tui-reminders-error-interval = an interval such as 2h, 45m or 1h30m
tui-reminders-error-time = a time such as 10:30, wake+30m or bedtime-2h
tui-reminders-error-no-times = at least one time, such as 10:30, 18:00
tui-reminders-error-not-time = "{ $text }" is not a time (10:30, bedtime-2h)
tui-reminders-error-not-day = "{ $text }" is not a day: mon, tue, ... sun, or every day
tui-reminders-error-clock = a 24-hour time such as 22:30
# A form saved, or not. $path: the file written; $field: a field's label; $error: what is
# wrong with it, or why the file could not be written (it may be English).
tui-reminders-saved = saved { $path }
tui-reminders-fix-first = fix the fields first: { $field }: { $error }
# $path: config.toml; $error: why it could not be written (English).
tui-reminders-cannot-write = cannot write { $path }: { $error }
# A reminder switched. $id: its id; $on: on or off.
tui-reminders-now = { $on ->
    [on] { $id } is now on
   *[off] { $id } is now off
}
# After "saved ..." or "... is now on" while the reminder process runs.
tui-reminders-picked-up = { $said } (the reminder process picks this up within a minute)

## The app's background work: what it tells on the status line.

# A built-in routine opened to change. $title: its title; $path: where the copy goes.
tui-app-builtin-copied = "{ $title }" is built in: it was copied to { $path } to edit, and your copy is used from now on (remove the file to go back to the built-in).
tui-app-builtin-saving = "{ $title }" is built in: saving writes your copy to { $path }, used from then on (remove the file to go back to the built-in).
# $error: what went wrong, as the system said it (English).
tui-app-cannot-copy = cannot copy "{ $title }" to { $path }: { $error }
tui-app-no-builtin = no built-in routine "{ $id }" to edit
# $problem: the first mistake in the file.
tui-app-routine-changed = This routine's file changed and does not load now: { $problem }
tui-app-not-recorded = { $what ->
    [session] could not record the session: { $error }
    [checkin] could not record the check-in: { $error }
    [cramp] could not record the cramp: { $error }
    [trial] could not end the experiment: { $error }
   *[welcome] could not remember that the welcome was skipped: { $error }
}
# A record removed from the history. $target: session, checkin, reminder-ack or cramp.
tui-app-removed = Removed the { $target ->
    [session] session
    [checkin] check-in
    [reminder-ack] reminder acknowledgement
    [removal] removal
   *[cramp] cramp
}. It stays in the file, marked as removed, and counts nowhere.
tui-app-not-removed = Not removed: { $error }
# The personal experiment's screen.
tui-app-trial-started = Started. The order of every pair is drawn and stored; it will not change.
tui-app-trial-not-started = Not started: { $error }
tui-app-trial-stopped = Stopped. Your diary stays; stopping early gives no verdict.
tui-app-trial-not-stopped = Not stopped: { $error }
tui-app-trial-noted = Noted; it will be shown with the result and in the report.
tui-app-trial-not-noted = Not noted: { $error }
# Told once on home. The package and command names stay as they are.
tui-app-no-speech = No speech program found. For spoken cues install espeak-ng or speech-dispatcher (e.g. `sudo apt install espeak-ng`); `windown cues check` tries them.
# After the text editor. $program: the editor's command; $status: how it ended (English);
# $error: why it could not start (English). VISUAL and EDITOR are names: keep them.
tui-app-editor-not-found = Cannot start the editor "{ $program }": the shell could not find or run it ({ $status }). Set VISUAL or EDITOR to one you have.
tui-app-editor-ended = The editor "{ $program }" ended with { $status }.
tui-app-editor-cannot-start = Cannot start the editor "{ $program }": { $error }. Set VISUAL or EDITOR to one you have.
# The app's own troubles: shown on home, or printed after "error:" when the app ends.
# $error: what went wrong, as the system said it (English).
tui-app-watch-failed = { $error }; changed files show after a restart
tui-app-cannot-watch-files = cannot watch files: { $error }
# $path: the config folder.
tui-app-cannot-watch-folder = cannot watch { $path }: no folder above it can be watched
tui-app-cannot-start-thread = cannot start a thread: { $error }
tui-app-cannot-start-test = cannot start a thread to send the test
tui-app-cannot-watch-signals = cannot watch signals: { $error }
tui-app-cannot-open-terminal = cannot open the terminal interface: { $error }
# The hint under it; the command stays as it is.
tui-app-cannot-open-terminal-hint = run a routine line by line with `windown run ROUTINE --plain`
tui-app-cannot-read-keyboard = cannot read the keyboard: { $error }
# $seconds: how long the app waited.
tui-app-history-still-writing = the history was still being written after { $seconds } s; the last session may not be recorded
tui-app-worker-stopped = the worker thread has stopped
tui-app-terminal-lost = cannot take the terminal back: { $error }
tui-app-cannot-draw = cannot draw: { $error }
