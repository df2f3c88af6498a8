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
# $recorded, $missing: nights; $done, $planned: stretching evenings.
trial-status-nights = Nights recorded: { $recorded } ({ $missing } missing). Stretching evenings done: { $done } of { $planned }.
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
