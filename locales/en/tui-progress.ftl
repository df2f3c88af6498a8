## The progress and experiment screens of the app.

## The progress screen (p on home): a chart of the last 30 days, the numbers of
## `windown stats`, and the list of records to remove one.

# The panel's title.
tui-progress-title = Progress
# The title when the chart shows an earlier month. $first, $last: days (tui-progress-day);
# $year: the last day's year.
tui-progress-title-range = Progress · { $first } to { $last } { $year }
# A day under the chart and in the title, as in "30 Nov". $day: day of the month; $month: 1 to 12.
tui-progress-day = { $day } { $month ->
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
tui-progress-reading = Reading the history…
# $why: the reason, as the system gives it.
tui-progress-unreadable = The history cannot be read: { $why }
# The chart's row labels, at its left on a wide screen (9 columns at most shown).
tui-progress-label-sessions = sessions
tui-progress-label-nights = nights
tui-progress-label-reminders = reminders
# The legend under the chart, each after its mark: wide, then narrow.
tui-progress-legend-finished = routine finished
tui-progress-legend-stopped = stopped early
tui-progress-legend-nights = nights:
tui-progress-legend-done = done
tui-progress-legend-stopped-short = stopped
tui-progress-legend-calm = calm
tui-progress-legend-mild = mild
tui-progress-legend-bad = bad
# A narrow screen's numbers in short. $streak, $longest: evenings; $finished, $sessions: sessions.
tui-progress-streak = Streak
tui-progress-streak-short = { $streak } (longest { $longest }) · { $finished }/{ $sessions } finished
tui-progress-hidden-short = Comparison hidden while your experiment runs.
tui-progress-cramp-nights = Cramp nights (checked)
# $tally: history-tally ("2 of 10 nights (20%)").
tui-progress-after-routine = {" "}after routine: { $tally }
tui-progress-without = {" "}without: { $tally }
tui-progress-not-evidence = Personal record, not medical evidence.
# The list of records (l).
tui-progress-records-title = Records, newest first
tui-progress-no-records = No session, check-in or cramp recorded yet.
# $what: session, check-in or cramp.
tui-progress-remove-question = Remove this { $what ->
    [session] session
    [check-in] check-in
   *[cramp] cramp
}? It stays in the file, marked as removed, and counts nowhere.
tui-key-the-chart-a-month-earlier = the chart a month earlier
tui-key-the-chart-a-month-later-up-to-today = the chart a month later (up to today)
tui-key-read-the-history-again = read the history again
tui-key-the-last-records-sessions-check-ins-cramps-to-remove-one = the last records (sessions, check-ins, cramps), to remove one
tui-key-records-the-one-above = records: the one above
tui-key-records-the-one-below = records: the one below
tui-key-records-remove-the-chosen-one-asks-first-it-is-marked-removed-never-erased = records: remove the chosen one (asks first; it is marked removed, never erased)
tui-key-records-back-to-the-chart = records: back to the chart
tui-key-records-help = records: help
tui-key-records-quit = records: quit
tui-key-remove-it-yes = remove it: yes
tui-key-remove-it-no-keep-it = remove it: no, keep it
tui-hint-month = month
tui-hint-refresh = refresh
tui-hint-records = records
tui-hint-remove = remove
tui-hint-chart = chart
tui-hint-keep = keep

## The experiment screen (t on home): the plan, the questions before a start, where it
## stands, the result.

# The panel's title.
tui-trial-title = Experiment: does stretching help me?
# Under the result, before the plan again.
tui-trial-may-start = A new experiment may start (s): the plan is below.
# At the bottom of the panel when more text is below. $key: ↓ or "down:".
tui-trial-more = { $key } more
# $value: the number chosen so far, or _ before one is.
tui-trial-ask-expectation = How much do you expect stretching to help you? 0 (not at all) to 10 (a lot): { $value }
tui-trial-ask-medicine = Did a medicine change in the last 4 weeks, or will one change soon?
# After the medicine warning (trial-medicine-warning).
tui-trial-start-anyway = Start now anyway? (n: not now; start later from here)
tui-trial-confirm-start = Start the experiment now? The order of every pair is drawn and stored; it will not change.
tui-trial-confirm-stop = Stop the experiment early? Your diary stays; stopping early gives no verdict.
tui-trial-not-started-later = Not started. You can start later, from here or with windown trial start.
tui-trial-starting = Starting…
tui-trial-not-started = Not started.
# Over the note being typed.
tui-trial-note = Note:
tui-key-before-an-experiment-answer-two-questions-then-start-it = before an experiment: answer two questions, then start it
tui-key-during-it-note-what-happened-a-medicine-changed-an-illness = during it: note what happened (a medicine changed, an illness)
tui-key-during-it-stop-early-asks-first-the-diary-stays-no-verdict = during it: stop early (asks first; the diary stays, no verdict)
tui-key-expectation-one-less-a-digit-sets-0-to-9 = expectation: one less (a digit sets 0 to 9)
tui-key-expectation-one-more-up-to-10 = expectation: one more (up to 10)
tui-key-expectation-take-it = expectation: take it
tui-key-expectation-leave-it-out = expectation: leave it out
tui-key-expectation-do-not-start-now = expectation: do not start now
tui-key-question-yes = question: yes
tui-key-question-no = question: no
tui-key-question-do-nothing-now = question: do nothing now
tui-key-note-save-it-letters-type-backspace-deletes = note: save it (letters type, Backspace deletes)
tui-key-note-leave-it-out = note: leave it out
tui-hint-note = note
tui-hint-stop-early = stop early
tui-hint-change = change
tui-hint-cancel = cancel
tui-hint-save = save
tui-hint-start-now = start now
tui-hint-later = later
