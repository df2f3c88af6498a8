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
