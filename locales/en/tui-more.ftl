## The other screens (src/tui/screens/relief.rs, ...): labels and lines on screen. Keys
## (Enter, p, 1-4) stay as they are. The night's relief screen is read at 3 a.m. by a
## person in pain: short and calm.

## The relief screen. $place is where the cramp is (relief-place: "left calf").

# Its first line, as it opens.
tui-relief-choose-title = A cramp? Let it ease.
# Labels before the choices of leg and of muscle (the choices line up after the longer one).
tui-relief-leg-label = Leg:
tui-relief-muscle-label = Muscle:
# Under the choices: Enter begins the guide with the leg and muscle chosen.
tui-relief-start = Enter: start with the { $place }
# The heading above a step. $step is this step's number, $steps how many there are.
tui-relief-head-step = Cramp · { $place } · step { $step } of { $steps }
# The step's number, on a small window.
tui-relief-step-of = step { $step } of { $steps }
# How long since the guide opened ($clock: "1:25").
tui-relief-so-far = { $clock } so far
# When the step moves on by itself ($left: "0:25").
tui-relief-moves-on = moves on in { $left }
# A step's text in pages on a small window: p shows the next page. $page of $pages.
tui-relief-page-more = p: more ({ $page } of { $pages })
# On the last page: p goes back to the first.
tui-relief-page-again = p: again ({ $page } of { $pages })
# The heading at the end. $took is how long the guide was open ("2 min").
tui-relief-head-end = Cramp · { $place } · { $took }
tui-relief-eased = Has it eased?
tui-relief-how-bad = How bad was it at worst?
# On a small window, tui-relief-eased-long in fewer words.
tui-relief-eased-short = Eased: to bed. Not: stretch again.
tui-relief-eased-long = If it has eased, back to bed when you are ready; if not, stretch it again as before. How bad was it at worst?
tui-relief-how-long = How long did the cramp last?
# Before the pain scale 0 to 10.
tui-relief-pain-label = Pain:
# The pain chosen, on a narrow window.
tui-relief-pain-of = { $pain } of 10
# Before the answers to how long it lasted (keys 1 to 4).
tui-relief-lasted-label = Lasted:
# The answers in few letters, on one line with their keys 1 to 4.
tui-relief-lasted-under-1 = under 1 min
tui-relief-lasted-1-5 = 1-5 min
tui-relief-lasted-5-10 = 5-10 min
tui-relief-lasted-longer = over 10 min
# Nothing chosen yet (pain or how long).
tui-relief-not-given = (not given)
tui-relief-not-given-bare = not given
# Nothing chosen, on a narrow window: the keys 1 to 4 give it.
tui-relief-lasted-keys = 1-4, not given

## The relief screen's keys: what each does, in its help (tui-key-...), and the short words
## after the key in its hint line (tui-hint-...). The ids name the meaning: "b" is the back
## of the thigh, never "go back"; "Enter" moves to the next step.
tui-key-left-leg = left leg
tui-key-right-leg = right leg
tui-key-calf = calf
tui-key-back-of-thigh = back of thigh
tui-key-front-of-thigh = front of thigh
tui-key-foot = foot
tui-key-start-next-step-at-the-end-save = start; next step; at the end, save
tui-key-the-step-before = the step before
tui-key-a-step-s-text-the-rest-of-it-when-it-says-more = a step's text: the rest of it, when it says more
tui-key-when-to-get-urgent-help-with-its-english-original = when to get urgent help, with its English original
tui-key-mute-unmute-the-spoken-steps = mute / unmute the spoken steps
tui-key-at-the-end-more-pain-0-to-10 = at the end: more pain (0 to 10)
tui-key-at-the-end-less-pain = at the end: less pain
tui-key-at-the-end-it-lasted-under-a-minute = at the end: it lasted under a minute
tui-key-at-the-end-it-lasted-1-to-5-minutes = at the end: it lasted 1 to 5 minutes
tui-key-at-the-end-it-lasted-5-to-10-minutes = at the end: it lasted 5 to 10 minutes
tui-key-at-the-end-it-lasted-over-10-minutes-pressed-again-not-given = at the end: it lasted over 10 minutes (pressed again: not given)
tui-key-leave-once-started-the-cramp-is-recorded = leave (once started, the cramp is recorded)
tui-key-quit-once-started-the-cramp-is-recorded = quit (once started, the cramp is recorded)
# The hint line's words for the leg and muscle keys (l, r, c, b, f, o).
tui-hint-left-leg = left
tui-hint-right-leg = right
tui-hint-calf = calf
# The back of the thigh (key b): a place, never "go back"; the line above it names the
# muscle in full, so the place alone is enough here (the line is short).
tui-hint-back-of-thigh = back
tui-hint-front-of-thigh = front
tui-hint-foot = foot
# Enter during the guide: the next step.
tui-hint-next-step = next
# At the end: ↑↓ how bad it was, 1-4 how long it lasted.
tui-hint-how-bad = how bad
tui-hint-how-long = how long
# Key u on a small window in a draft language: the urgent line with its English original,
# on a page of its own.
tui-hint-urgent-line = urgent
# On that page: u goes back to the step.
tui-hint-back-to-the-step = step
# On a small window in a draft language, when the urgent line does not fit beside the step:
# the key u shows it, with its English original.
tui-relief-urgent-away = u: when to get urgent help
