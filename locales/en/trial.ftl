## The personal experiment ("Does stretching help me?"): `windown trial status` and the
## app's experiment screen.

# Where the experiment stands. $phase: baseline, block, deciding, finished, stopped,
# red-flag or no-cramps; $block, $blocks: the current block and how many there are.
trial-status-phase = Experiment: { $phase ->
    [baseline] the baseline week
    [block] block { $block } of { $blocks }
    [deciding] the last block is over; tonight is decided at noon
    [finished] finished: see windown trial result
    [stopped] stopped early (the diary stays; no verdict)
    [red-flag] ended by a red flag
   *[no-cramps] ended after the baseline week
}.
# What kind of evening tonight is. $kind: baseline, stretch or rest.
trial-status-tonight = Tonight is { $kind ->
    [baseline] a baseline evening: do as you usually do, and answer the morning question
    [stretch] a stretching evening
   *[rest] a rest evening: no evening routine; if a cramp comes, stretch it as usual
}.
# Safety: why the experiment ended after a warning sign (the English shows beside a draft).
trial-red-flag = The experiment has ended because of a warning sign. See a doctor the same day for a cramp lasting over 10 minutes that stretching does not ease, or one leg swollen, warm, red or sore. Your diary stays.
# The baseline week had no cramps, so the experiment ended.
trial-no-cramps = Your baseline week had no cramps, so the experiment has ended: with no cramps to count, it cannot show whether stretching helps you. Your diary stays. If cramps come more often, you can start a new one with: windown trial start
trial-status-switch-back = If a rest week is going badly, you may switch back to stretching now. It will be noted (windown trial note "switched back"); the block keeps its label and nights.
# In the first block: what the baseline week's cramps mean. $n: cramps counted.
trial-status-baseline-cramps = { $n ->
    [0] Your baseline week had no cramps counted (no night recorded, or none with a number): the experiment is likely to end with "not enough data". You may stop it (windown trial stop) and try again when cramps are more frequent.
    [1] Your baseline week had only 1 or 2 cramps counted: the experiment is likely to end with "no clear difference" or "not enough data".
    [2] Your baseline week had only 1 or 2 cramps counted: the experiment is likely to end with "no clear difference" or "not enough data".
   *[other] Your baseline week had enough cramps to go ahead.
}
# $recorded, $missing: nights; $late: of the missing, nights answered only after noon the
# next day (too late to count); $done, $planned: stretching evenings.
trial-status-nights = Nights recorded: { $recorded } ({ $missing } missing{ $late ->
    [0] {""}
   *[other] , { $late } answered after noon
}). Stretching evenings done: { $done } of { $planned }.
# $n: rest evenings with a routine anyway.
trial-status-rest-sessions = Routines run on rest evenings: { $n } (recorded; the result notes it).
# $first, $last: the first and last evening (history-day, "Tue 24 Nov 2026").
trial-status-planned = Planned from { $first } to { $last }.

## `windown trial result`: the verdict and what it means (the brief's words, word for word
## in English). The JSON output keeps the English wording.

# The verdict. $verdict: clearly-fewer, no-clear-difference, clearly-more or not-enough-data.
trial-result-verdict = Result: { $verdict ->
    [clearly-fewer] clearly fewer cramps in stretching weeks
    [no-clear-difference] no clear difference
    [clearly-more] clearly more cramps in stretching weeks
   *[not-enough-data] not enough data
}.
trial-result-not-enough = Too many nights without a check-in (or too few cramps) to compare fairly.
# Clearly fewer. $stretch, $rest: cramps a week, whole (0: under 1); $all: yes when every
# pair pointed the same way; $favouring: pairs that did; $analysed: pairs compared.
trial-result-fewer = In your stretching weeks you had { $stretch ->
    [0] under 1 cramps
    [1] about 1 cramp
   *[other] about { $stretch } cramps
} a week; in your rest weeks { $rest ->
    [0] under 1
   *[other] about { $rest }
}. { $all ->
    [yes] All { $analysed ->
        [0] no
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
       *[other] { $analysed }
    } of your
   *[no] { $favouring ->
        [0] No
        [1] One
        [2] Two
        [3] Three
        [4] Four
        [5] Five
        [6] Six
        [7] Seven
        [8] Eight
        [9] Nine
        [10] Ten
       *[other] { $favouring }
    } of your { $analysed ->
        [0] no
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
       *[other] { $analysed }
    }
} pairs of weeks pointed the same way. The numbers suggest stretching helps you, though some of the effect could come from expecting it to, because you knew which weeks were which. You may want to keep it up. It tells us about you, these months, not about everyone.
# No clear difference. $stretch, $rest: cramps a week with one decimal (2.5).
trial-result-no-difference = Stretching and rest weeks came out close (about { $stretch } vs { $rest } cramps a week). This test could not tell them apart. That is not proof stretching does nothing for you: a small effect, or one that builds over many weeks, can hide in a test this size. If you like the routine, keep it; you can repeat the test later.
# Clearly more. $stretch, $rest: cramps a week, whole (0: under 1).
trial-result-more = You had more cramps in stretching weeks ({ $stretch ->
    [0] under 1
   *[other] about { $stretch }
} a week) than in rest weeks ({ $rest ->
    [0] under 1
   *[other] about { $rest }
}). This may be chance or something else that changed, but stretching did not help you here. Check the stretches are gentle and never painful, and talk to your doctor or physiotherapist, especially if cramps are getting worse.
# The chart: cramps a week. $rate: with one decimal, right-aligned in 4 places; $bar: one #
# per cramp. The two lines line up in English.
trial-result-chart-stretch = Cramps a week   stretching { $rate } { $bar }
trial-result-chart-rest = {"                "}rest       { $rate } { $bar }
# $favouring: pairs that pointed to fewer cramps with stretching; $analysed: pairs compared.
trial-result-pairs = Pairs of weeks pointing to fewer cramps with stretching: { $favouring } of { $analysed }.
# The numbers for a clinician (each already written with its decimals).
trial-result-numbers = Rate ratio { $ratio } (90% interval { $low } to { $high }); probability stretching weeks had fewer cramps { $fewer }; phi { $phi }; randomisation p { $p } (the smallest possible with { $pairs } pairs is { $floor }).
# $recorded, $missing: nights; $valid, $needed: pairs; $spare: yes when the spare pair was used.
trial-result-nights = Nights recorded: { $recorded } ({ $missing } missing). Valid pairs: { $valid } of { $needed } needed{ $spare ->
    [yes] , with the spare pair
   *[no] {""}
}.
# $done, $planned: stretching evenings; $rest: rest evenings with a routine.
trial-result-evenings = Stretching evenings done as planned: { $done } of { $planned }; routines on rest evenings: { $rest }.
# $expected: 0 to 10.
trial-result-expectation = Your expectation at the start: { $expected } of 10.
trial-result-medicine = A medicine changed around the start: the result may not be fair.
# A note written during the experiment.
trial-result-note = Note: { $note }
# `windown trial result` before there is one.
trial-result-stopped = The experiment was stopped early: your diary stays, and there is no verdict.
trial-result-not-over = The experiment is not over yet: no comparison is shown before the end.

## The plan explained, before anything starts: `windown trial` prints these parts one after
## another with a blank line between them, and the app's experiment screen shows them (it
## joins a part's lines into paragraphs again; a line starting "  - " is a list item, a line
## indented further goes on the item above). Keep the line breaks near 90 characters.

trial-explain-title = Does stretching help me? A personal experiment
trial-explain-intro =
    This is a personal experiment on your own routine. It is not medical advice, a diagnosis or
    research, and no one checks it for you. Your answers stay on this computer.
trial-explain-happens =
    What happens
      - Week 1 (7 nights): the baseline. Do as you usually do and answer the morning question
        each day: how many cramps last night.
      - Then 3 pairs of 14-night blocks (4 pairs if you choose, 17 weeks): in each pair, one
        block of stretching evenings and one block of rest evenings. The order within each pair
        is drawn at random when you start and stored then; it never changes. You see each
        block's kind on its first day, never a future one.
      - In rest weeks you skip the evening routine. If a cramp comes, stretch and massage it as
        usual.
      - The first 3 nights of each block are recorded but not compared (time for any effect to
        come and go). A night without a morning answer is missing, never zero.
      - In all: 13 weeks (7 + 3 x 28 nights). If one pair has too many missing nights, one
        spare pair may be added at the end.
trial-explain-learn =
    What you will learn
      At the end, windown compares your cramps in stretching weeks with your rest weeks and says
      one of: clearly fewer, no clear difference, clearly more, or not enough data. No
      comparison is shown before the end. Many honest results are "no clear difference": cramps
      come and go by themselves, and a few weeks of each can hide a small effect. That is not
      proof stretching does nothing for you.
trial-explain-stop =
    You can stop at any time, for any reason. Stopping early gives you your diary, not a
    verdict.
# Safety: the medicine line (the English shows beside a draft).
trial-explain-medicine =
    Keep your medicines as they are. This test is only about stretching; never start, stop or
    change a medicine for it. If a medicine changes during the test, tell windown
    (windown trial note "..."): the result may not be fair.
# Safety: when to see a doctor (the English shows beside a draft).
trial-explain-doctor =
    See a doctor whatever the experiment says if cramps are frequent or disturb your sleep or
    day, come with numbness, swelling, or weak or shrinking muscles. Same day: a cramp lasting
    over 10 minutes that stretching does not ease, or one leg swollen, warm, red or sore.
# Safety: after "yes" to the medicine question, when starting (the English shows beside a draft).
trial-medicine-warning = A medicine changed recently or will change: the result may not be fair, because the change could move your cramps as much as stretching does. Keep your medicines as your doctor advised; you may prefer to start the experiment later, when nothing has changed for 4 weeks.

## `windown trial` on the command line (start, note, stop) and the check-in's experiment
## questions. Words typed in answer (yes, no) and commands stay as they are.

trial-start-with = Start with: windown trial start   (or --pairs 4, --expect 0-10, --medicine-change yes|no)
trial-under-way = An experiment is under way: windown trial status
# Questions on the terminal; the answer is typed after them on the same line.
trial-ask-expectation = How much do you expect stretching to help you? 0 (not at all) to 10 (a lot), Enter to skip:
trial-ask-expectation-again = Please answer with a whole number from 0 to 10.
trial-ask-medicine = Did a medicine change in the last 4 weeks, or will one change soon? (yes/no):
trial-ask-start-anyway = Start now anyway? (yes/no):
trial-ask-yes-no-again = Please answer yes or no.
trial-not-started = Not started. Start later with: windown trial start
trial-started = Started. The order of every pair is drawn and stored; it will not change.
# $first, $last: days ("Tue 24 Nov"); $nights: how many.
trial-started-baseline = Baseline: { $first } to { $last } ({ $nights } nights): do as you usually do and answer the morning question.
# A block whose kind is not shown yet. $block, $blocks: its number, how many; $first, $last: days.
trial-started-block = Block { $block } of { $blocks }: { $first } to { $last }: ? (shown on its first day)
# $last: the last night ("Tue 24 Nov 2026").
trial-started-last = Last night: { $last }. Stop at any time with: windown trial stop
trial-stopped = Stopped. Your diary stays; stopping early gives no verdict.
trial-noted = Noted; it will be shown with the result and in the report.
trial-ask-count = How many cramps last night? (a number; Enter if you do not know):
trial-ask-count-again = Please give a number from 1 to 99, or press Enter.
trial-count-missing = Without a number, this night counts as missing in your experiment (never as zero). Add it with: windown checkin mild --count N
trial-ask-leg = Is one leg painful and swollen, warm or red? (yes/no):
# After a check-in given after noon the next day, while an experiment runs.
trial-checkin-too-late = Too late for your experiment: a night counts only when answered before noon the next day. It stays in your diary.
# Before `windown run` on a rest evening; "note:" starts the line as on other notes.
trial-rest-evening-wind-down = note: tonight is a rest evening in your experiment: the wind-down runs without its stretches.
trial-rest-evening-other = note: tonight is a rest evening in your experiment (no evening routine); this session is recorded, and the result notes a routine run on a rest evening.
# On home and in the evening reminder. $kind: baseline, stretch, rest, or unknown (before noon).
trial-tonight = { $kind ->
    [baseline] Experiment: tonight is a baseline evening: do as you usually do, and answer the morning question.
    [stretch] Experiment: tonight is a stretching evening.
    [rest] Experiment: tonight is a rest evening: no evening routine; if a cramp comes, stretch it as usual.
   *[unknown] Experiment: tonight's kind is shown at noon.
}
# Said and shown after the urgent advice when a red flag ends the experiment.
trial-red-flag-ended = Because of this warning sign the experiment has ended; your diary stays.

## What `windown trial` says is wrong (after "error:" or "hint:").

trial-error-none = no experiment has been started
trial-error-none-hint = read what it is with: windown trial (and start one with: windown trial start)
trial-error-running = an experiment is already under way
trial-error-running-hint = see where it stands with: windown trial status (or end it with: windown trial stop)
trial-error-medicine = say whether a medicine changed in the last 4 weeks or will: --medicine-change yes or no
trial-error-not-running = the experiment is not under way
trial-error-nothing-to-stop = the experiment is not under way; nothing to stop
trial-error-empty-note = the note is empty
# $why: the system's reason.
trial-error-random = cannot read the system's random source: { $why }
trial-error-read-back = the plan was written but could not be read back

## The report's section on the experiment (for a clinician; in the report's language).

trial-report-heading = Personal n-of-1 self-experiment: evening stretching vs none, unblinded
# $baseline, $block, $washout: nights; $first: the first evening ("Tue 1 Dec 2026"); $pairs: how many.
trial-report-design = Design: a { $baseline }-night baseline from { $first }, then { $pairs } pairs of { $block }-night blocks (evening stretching routine, or no evening routine), the first { $washout } nights of each block not analysed. Unblinded.
# $drawn: the day the order was drawn.
trial-report-order = Order: drawn for every pair independently from the operating system's random source on { $drawn }, stored before the first night, never changed; each block shown to the person on its first day.
trial-report-not-research = Not a research study; no ethics review. Outcome: cramps per night from the morning check-in (a night without one is missing, never zero).
# $given: yes when an expectation was given; $expected: 0 to 10; $medicine: yes or no.
trial-report-expectation = Expectation at the start: { $given ->
    [yes] { $expected } of 10
   *[no] not given
}. Medicine changed around the start: { $medicine ->
    [yes] yes (the result may not be fair)
   *[no] no
}.
# A note the person wrote. $day: its day; $note: the note as written.
trial-report-note = Reported { $day }: { $note }
# $status: finished, stopped, red-flag, no-cramps or running; $day: the day it ended.
trial-report-status = Status: { $status ->
    [finished] finished
    [stopped] stopped early on { $day } (no verdict)
    [red-flag] ended by a red flag on { $day } (no verdict)
    [no-cramps] ended after the baseline week, which had no cramps (no verdict)
   *[running] under way: no comparison is shown before the end
}.
# The table's header; its columns line up with the rows under it (kind: 7 wide; the two days:
# 22 wide; then right-aligned numbers under the last letters of each heading).
trial-report-table-head = {"  "}Block  kind     evenings               nights analysed  missing  cramps  evenings stretched
# A block's kind in the table (7 characters at most). $kind: stretch, rest or baseline.
trial-report-kind = { $kind ->
    [stretch] stretch
    [rest] rest
   *[baseline] base
}
# A block's days in the table. $first, $last: "08 Dec 2026".
trial-report-days = { $first } to { $last }
# $valid, $needed: pairs; $spare: yes when the spare pair (marked *) was used.
trial-report-valid-pairs = Valid pairs: { $valid } ({ $needed } needed){ $spare ->
    [yes] , with the spare pair (*)
   *[no] {""}
}.
# Each rate with two decimals; then the cramps and nights it comes from.
trial-report-rates = Cramps per night: stretching { $stretch } ({ $stretch_cramps } in { $stretch_nights } nights), rest { $rest } ({ $rest_cramps } in { $rest_nights } nights).
# The analysis's numbers, each already written with its decimals.
trial-report-numbers = Rate ratio { $ratio }, 90% interval { $low } to { $high }; P(fewer with stretching) { $fewer } (with phi doubled { $fewer_doubled }); phi { $phi }; pairs favouring stretching { $favouring } of { $analysed }; randomisation p { $p } (floor { $floor }).
# $verdict: clearly-fewer, no-clear-difference, clearly-more or not-enough-data.
trial-report-verdict = Verdict: { $verdict ->
    [clearly-fewer] clearly fewer cramps in stretching weeks
    [no-clear-difference] no clear difference
    [clearly-more] clearly more cramps in stretching weeks
   *[not-enough-data] not enough data
}.
trial-report-limits = Limits: unblinded (the person knew each block's kind), few blocks, possible carryover and season effects; analysed as randomised.
