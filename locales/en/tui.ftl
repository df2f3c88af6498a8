## The screens of the app (home, a session, setup, the help, the key hints).
## Another file, tui-more.ftl, holds the other screens'.

# What a key does, in the help overlay (and, in English, the docs' key tables: keep it
# the same words). The id is the English words joined by -.
tui-key-previous-routine = previous routine
tui-key-next-routine = next routine
tui-key-first-routine = first routine
tui-key-last-routine = last routine
tui-key-scroll-the-details-down = scroll the details down
tui-key-scroll-the-details-up = scroll the details up
tui-key-edit-the-routine-in-your-text-editor = edit the routine in your text editor
tui-key-change-holds-reps-and-steps-here-without-a-text-editor = change holds, reps and steps here, without a text editor
tui-key-reminders-screen = reminders screen
tui-key-progress-screen = progress screen
tui-key-the-personal-experiment-does-stretching-help-me = the personal experiment: does stretching help me?
tui-key-a-cramp-now-the-relief-guide = a cramp now: the relief guide
tui-key-reopen-last-night-s-check-in-after-a-skip = reopen last night's check-in after a skip
tui-key-help = help
tui-key-quit = quit
tui-key-morning-question-no-cramps-last-night = morning question: no cramps last night
tui-key-morning-question-mild-cramps = morning question: mild cramps
tui-key-morning-question-bad-cramps = morning question: bad cramps
tui-key-morning-question-skip-it-for-today = morning question: skip it for today
tui-key-morning-question-after-mild-or-bad-type-how-many-cramps-in-all-1-to-99 = morning question, after mild or bad: type how many cramps in all (1 to 99)
tui-key-morning-question-after-mild-or-bad-take-the-number-typed = morning question, after mild or bad: take the number typed
tui-key-morning-question-after-mild-or-bad-take-back-the-last-digit = morning question, after mild or bad: take back the last digit
tui-key-morning-question-after-mild-or-bad-leave-the-number-out-or-keep-the-one-logged = morning question, after mild or bad: leave the number out (or keep the one logged)
tui-key-morning-question-after-mild-or-bad-the-cramps-woke-me = morning question, after mild or bad: the cramps woke me
tui-key-morning-question-after-mild-or-bad-they-did-not-wake-me = morning question, after mild or bad: they did not wake me
tui-key-morning-question-after-mild-or-bad-leave-that-out = morning question, after mild or bad: leave that out
tui-key-morning-question-during-an-experiment-one-leg-is-painful-and-swollen-warm-or-red = morning question, during an experiment: one leg is painful and swollen, warm or red
tui-key-morning-question-during-an-experiment-no-leg-is-painful-and-swollen = morning question, during an experiment: no leg is painful and swollen
tui-key-pause-resume-on-a-task-step-done = pause / resume (on a task step: done)
tui-key-task-step-done = task step done
tui-key-skip-to-the-next-phase = skip to the next phase
tui-key-skip-the-rest-of-this-step = skip the rest of this step
tui-key-back-to-the-start-of-the-previous-step = back to the start of the previous step
tui-key-restart-this-step = restart this step
tui-key-add-10-seconds-to-this-phase = add 10 seconds to this phase
tui-key-mute-unmute-cues = mute / unmute cues
tui-key-read-the-rest-of-the-instructions-when-they-do-not-fit = read the rest of the instructions (when they do not fit)
tui-key-speech-off-on-the-sounds-stay = speech off / on (the sounds stay)
tui-key-stop-the-session-asks-first = stop the session (asks first)
tui-key-quit-a-session-is-stopped-and-recorded = quit (a session is stopped and recorded)
tui-key-more = more
tui-key-back = back
tui-key-stop = stop
tui-key-stop-and-leave = stop and leave
tui-key-keep-going = keep going
tui-key-suspend-a-session-pauses = suspend (a session pauses)
tui-key-back-to-the-home-screen = back to the home screen
tui-key-leave-the-setup-for-the-home-screen-windown-setup-comes-back-to-it = leave the setup for the home screen (windown setup comes back to it)
tui-key-show-more-of-the-text = show more of the text
tui-key-back-up-the-text = back up the text
tui-key-go-on-a-tone-plays-and-a-voice-speaks = go on (a tone plays and a voice speaks)
tui-key-skip-the-sound-check = skip the sound check
tui-key-yes = yes
tui-key-no = no
tui-key-skip-keep-the-default = skip: keep the default
tui-key-take-the-time-typed-nothing-typed-skip-keep-the-default = take the time typed (nothing typed: skip, keep the default)
tui-key-to-the-home-screen = to the home screen
tui-key-type-the-time-10-30-pm-22-30 = type the time: 10:30 pm, 22:30

# A key's short words in the hint line at the bottom of the screen, after the key's name:
# a word or two, as short as the language allows.
tui-hint-choose = choose
tui-hint-start = start
tui-hint-edit = edit
tui-hint-reminders = reminders
tui-hint-progress = progress
tui-hint-experiment = experiment
tui-hint-cramp = cramp
tui-hint-help = help
tui-hint-quit = quit
tui-hint-none = none
tui-hint-mild = mild
tui-hint-bad = bad
tui-hint-skip = skip
tui-hint-how-many = how many
tui-hint-yes = yes
tui-hint-no = no
tui-hint-pause = pause
tui-hint-resume = resume
tui-hint-done = done
tui-hint-back = back
tui-hint-restart = restart
tui-hint-10-s = 10 s
tui-hint-mute = mute
tui-hint-unmute = unmute
tui-hint-more = more
tui-hint-stop = stop
tui-hint-stop-and-leave = stop and leave
tui-hint-keep-going = keep going
tui-hint-home = home
tui-hint-leave = leave
tui-hint-go-on = go on
tui-hint-ok = ok
tui-hint-erase = erase

## Overlays: the window too small, the help, the quit question.

# Shown instead of the screens when the terminal window is too small.
tui-too-small = window too small
# Under it. $width, $height: the window's size in columns and rows; $min_width, $min_height: the smallest.
tui-too-small-size = { $width }x{ $height }, needs { $min_width }x{ $min_height }
# The last line of the help overlay.
tui-help-any-key = any key closes this
# The last line of a help too long for the window. $down, $up: key names (↓, ↑); $at: where the help is scrolled to (top, middle, end).
tui-help-scroll = { $at ->
    [top] { $down } more · other keys close
    [middle] { $down } more · { $up } back · other keys close
   *[end] { $up } back · other keys close
}
# The help overlay's title on its border.
tui-help-title = Keys
# The question over a running session when the person presses q.
tui-quit-question = Stop this session?
# That box's title on its border.
tui-quit-title = Quit

## The session screen.

# On the title line, right, after "step n of N": the cues are muted / speech is off.
tui-session-muted = muted
tui-session-speech-off = speech off
# On the title line, right. $step: this step's number; $steps: how many steps.
tui-session-step-of = step { $step } of { $steps }
# Instead of the phase on a task step (something the person does, untimed).
tui-session-your-turn = YOUR TURN
# The phase line during a breathing pacer. $label: the phase as shown (its title in capitals).
tui-session-breathe-in = { $label } - BREATHE IN
tui-session-breathe-out = { $label } - BREATHE OUT
# A badge beside the phase while the session is paused.
tui-session-paused = PAUSED
# Beside the phase of a stretch held several times. $rep: this one; $reps: how many.
tui-session-rep = rep { $rep } of { $reps }
# On a task step in place of the countdown. Keep the key names Enter and space as they are.
tui-session-press-enter = Press Enter or space when done
# Before one line of the step's caution, when the caution is not in view above.
tui-session-caution = Caution:
# At the bottom: the session paused itself while the person was away. $away: how long ("5m").
tui-session-stalled = Paused by itself after { $away } away; space resumes
# At the bottom: what comes next. $next: the next phase or step, as shown.
tui-session-up-next = Up next: { $next }
tui-session-up-next-end = Up next: the end
# The last row of instructions too long for the window. $page: this page; $pages: how many. Keep the key i.
tui-session-more = … more ({ $page } of { $pages }): press i
tui-session-more-last = … ({ $pages } of { $pages }): i goes back to the start
# The words drawn big beside the countdown, in capitals. Only the letters A to Z can be drawn
# big: with any other letter the word is not drawn big (the phase line still says it).
tui-big-ready = READY
tui-big-rest = REST
tui-big-switch = SWITCH
tui-big-hold = HOLD
tui-big-left = LEFT
tui-big-right = RIGHT
tui-big-hold-left = HOLD LEFT
tui-big-hold-right = HOLD RIGHT
tui-big-in = IN
tui-big-out = OUT

## Home.

# The list of routines while the files are read / when there are none.
tui-home-reading = Reading…
tui-home-no-routines = (no routines)
# The list's title on its border.
tui-home-routines = Routines
# The detail pane's title when no routine is selected.
tui-home-routine = Routine
tui-home-none-to-show = No routine to show. Write one with `windown new NAME`.
# A routine file with a mistake: above its error, and below it.
tui-home-broken = This file does not load:
tui-home-broken-hint = e edits it; `windown validate FILE` checks it.
# Notices after a key.
tui-home-broken-start = This routine file does not load; fix it first.
tui-home-broken-edit = This file does not load: e opens it in your text editor.
tui-home-checkin-answered = Last night's check-in is answered already.
# The detail of a routine: its length. $n: minutes (rounded up) or seconds.
tui-home-minutes = { $n } min
tui-home-seconds = { $n } s
# $n: how many steps.
tui-home-steps = { $n ->
    [one] { $n } step
   *[other] { $n } steps
}
# The kind of routine.
tui-home-kind = { $kind ->
    [wind-down] wind-down
   *[stretch] stretch
}
# $n: how many steps have no timer (tasks).
tui-home-untimed = { $n } untimed
# Under a routine with standing steps when the person's balance is poor.
tui-home-standing-line = Has standing steps: with poor balance, use Seated legs instead.
# Headings in the detail pane.
tui-home-steps-heading = Steps
tui-home-notes-heading = Notes
# After a standing step's title when balance is poor.
tui-home-standing = standing
# A step's shape: $time: the hold ("30s"), or "3 x 30s" (tui-home-reps); $sides: both, left, right or none.
tui-home-shape = { $sides ->
    [both] { $time }, each side
    [left] { $time }, left
    [right] { $time }, right
   *[none] { $time }
}
# $reps: how many times; $hold: each hold ("30s").
tui-home-reps = { $reps } x { $hold }
# A step that is a task (no timer).
tui-home-task = task
# The header line's parts. $n: evenings in a row with a session.
tui-home-streak = { $n ->
    [one] streak { $n } evening
   *[other] streak { $n } evenings
}
# $day: today, yesterday or a date (tui-home-today, tui-home-yesterday, tui-date-short); $time: the clock; $stopped: yes when it was stopped early.
tui-home-last-session = { $stopped ->
    [yes] last session { $day } { $time } (stopped)
   *[no] last session { $day } { $time }
}
tui-home-today = today
tui-home-yesterday = yesterday
# The last morning answer. $cramps: none, mild or bad.
tui-home-checkin-last-night = { $cramps ->
    [none] last night: no cramps
    [mild] last night: mild cramps
   *[bad] last night: bad cramps
}
# $date: the evening the night began (tui-date-short).
tui-home-checkin-night-of = { $cramps ->
    [none] night of { $date }: no cramps
    [mild] night of { $date }: mild cramps
   *[bad] night of { $date }: bad cramps
}
# A short date: $weekday and $month are tui-weekday-short and tui-month-short; $day: 1 to 31.
tui-date-short = { $weekday } { $day } { $month }
# $day: 1 (Monday) to 7 (Sunday).
tui-weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
# $month: 1 to 12.
tui-month-short = { $month ->
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
# The morning question's box title: in the morning / the rest of the day.
tui-home-good-morning = Good morning
tui-home-last-night = Last night
# The morning question. $date: the evening the night began (tui-date-short).
tui-home-ask-last-night = Leg cramps last night ({ $date })?
# The same on a narrow screen.
tui-home-ask-night-of = Leg cramps, night of { $date }?
# After mild or bad. $n: the cramps already logged that night.
tui-home-how-many = How many cramps in all?
tui-home-how-many-logged = How many cramps in all? ({ $n } logged)
# While the number is typed. $n: the digits typed so far.
tui-home-how-many-typed = How many cramps in all? { $n }_
tui-home-woke = Did the cramps wake you?
# During an experiment, on a narrow screen (the wide one is the experiment's own words).
tui-home-leg-short = One leg painful, swollen, warm, red?
# The red-flag question during an experiment, as `windown checkin` asks it.
tui-home-leg-question = Is one leg painful and swollen, warm or red?
# A routine file that does not load, in the list. $name: its file name.
tui-home-broken-label = { $name } (broken)

## The setup screen (its questions and the welcome are the setup's own words, setup.ftl).

# While the answers are written / once they are.
tui-setup-saving = Saving...
tui-setup-all-set = All set.
# Under what was written. Keep the command windown setup.
tui-setup-again = windown setup asks these questions again at any time.
# Before the reason nothing was written.
tui-setup-unchanged = Nothing was changed:
# The title line. Keep the command windown setup.
tui-setup-title = windown setup
# $n: this question's number; $of: how many; $dot: a separator (· or -).
tui-setup-title-of = windown setup { $dot } { $n } of { $of }
# In the help, for the keys that type a time.
tui-setup-typing-keys = letters, digits, Backspace

## The summary after a session.

# Its heading: the routine was finished / stopped before its end.
tui-summary-finished = Well done: routine finished
tui-summary-stopped = Session stopped early
# Labels in a column, the numbers after them.
tui-summary-time = Time spent
tui-summary-done = Steps done
tui-summary-skipped = Steps skipped
# $done: steps done; $total: steps in the routine.
tui-summary-steps-of = { $done } of { $total }
# The end of a caution cut short on the session screen: the rest is on the details page (the i key). The ASCII form for terminals without Unicode.
tui-session-caution-more = … more: i
tui-session-caution-more-ascii = ... more: i

# The session's two progress bars: the step's and the whole routine's (8 columns at most, else cut with …).
tui-session-gauge-step = Step
tui-session-gauge-routine = Routine
# Home on a rest evening of the personal experiment: above a wind-down's details (its steps
# as it runs tonight), above a stretching routine's details, and after a first Enter on a
# stretching routine (a second Enter starts it).
tui-home-rest-evening-wind-down = Tonight is a rest evening of your experiment: the wind-down runs without its stretches.
tui-home-rest-evening-stretch = Tonight is a rest evening of your experiment: no evening routine. If a cramp comes, stretch it as usual.
tui-home-rest-evening-start = Tonight is a rest evening of your experiment. Press Enter again to stretch anyway: it is recorded, and the result notes it.
