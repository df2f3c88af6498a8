## The relief guide: what windown shows and says when a cramp strikes at night
## (src/relief, the relief screen, `windown cramp --plain`). Read at 3 a.m. by a person in
## pain: short, calm, whole sentences. `.say` is spoken aloud by a voice for the language:
## one short sentence, no key, no "screen" (each under 8 seconds when spoken).
## Safety texts (the urgent lines, the medicine line) are shown with the English original
## until the language is clinically reviewed.

# Steps of the guide: the title, a few words shown large, `.say` one sentence said aloud,
# `.detail` what to do, shown under the title.
relief-step-light = Light on
    .say = Turn a light on before you get up.
    .detail = Turn a light on before you get up. Move slowly.
relief-step-sit = Sit up
    .say = Sit on the edge of the bed.
    .detail = Sit on the edge of the bed first, feet on the floor.
# A calf cramp, sitting on the bed.
relief-step-stretch-calf = Stretch
    .say = Leg straight out on the bed, heel down: pull your toes toward you.
    .detail = Still sitting, put that leg straight out on the bed, heel down, and pull your toes up toward you. A towel round the foot helps. Hold it gently.
# A cramp in the back of the thigh (hamstring).
relief-step-stretch-back = Stretch
    .say = Sit with the leg straight and lean forward from the hips.
    .detail = Sit with the leg straight and lean forward from the hips, back flat, or pull your toes toward you. Hold it gently.
# A cramp in the front of the thigh, at night: lying on the side, no getting up.
relief-step-side-lying-front = On your side
    .say = Lie on your side, bend the knee and bring the heel toward your buttock.
    .detail = Stay in bed and lie on your other side. Bend the knee and bring the heel toward your buttock, holding the ankle or the sheet. Hold it gently.
relief-step-rub = Rub it
    .say = Rub the muscle gently, unless the leg is swollen, warm, red or darkened.
    .detail = Rub the muscle gently with your hand. Do not rub a leg that is swollen, warm, red or darkened: get advice.
# Standing for a calf cramp: only if steady.
relief-step-stand-calf = If steady
    .say = Only if you feel steady: stand up slowly, holding something firm. If you feel dizzy, sit down.
    .detail = Only if you feel steady and it has not eased: stand up slowly, holding something firm, with your weight on that leg and the knee slightly bent. If you feel dizzy, sit down. Otherwise, or if it hurts too much, stay seated and pull the toes up.
# Standing for a thigh-front cramp, after lying on the side.
relief-step-stand-front = If steady
    .say = Only if you feel steady: stand up slowly, holding something firm. If you feel dizzy, sit down.
    .detail = Only if you feel steady and it has not eased: sit on the edge of the bed, stand up slowly holding something firm, bend the knee and bring the heel toward your buttock. If you feel dizzy, sit down.
relief-step-warmth = Warmth
    .say = Warmth may help, only if a warm pack is already to hand.
    .detail = A warm pack may ease the muscle, but only if one is already to hand. Warm, not hot, and never on skin that feels numb. Never go looking for one in the dark. Back to bed when it has eased.
# A foot cramp.
relief-step-toes-up = Toes up
    .say = Pull your toes up toward your knee.
    .detail = Pull your toes up toward your knee, with your hand or a towel round the foot. Hold it gently.
relief-step-press-flat = Press flat
    .say = Press the foot flat on the floor.
    .detail = Still sitting, press the foot flat on the floor.
relief-step-rub-sole = Rub it
    .say = Rub the sole gently, unless the foot or leg is swollen, warm, red or darkened.
    .detail = Rub the sole of the foot gently. Do not rub a foot or leg that is swollen, warm, red or darkened: get advice.

# Safety text: always on screen, printed first in plain mode and again after the last step.
relief-urgent = Get urgent medical advice if the cramp lasts over 10 minutes and does not ease, or if one leg is painful, swollen, warm, red or darkened. Sudden breathlessness or chest pain: call an emergency number now.
# Safety text: relief-urgent in the three pieces it is said in, one at a time (joined by a
# space they are relief-urgent).
relief-urgent-1 = Get urgent medical advice if the cramp lasts over 10 minutes and does not ease,
relief-urgent-2 = or if one leg is painful, swollen, warm, red or darkened.
relief-urgent-3 = Sudden breathlessness or chest pain: call an emergency number now.
# Safety text: relief-urgent for a small window, every fact kept.
relief-urgent-short = Get urgent advice if over 10 minutes and not easing, or one leg is painful, swollen, warm, red or darkened. Sudden breathlessness or chest pain: call an emergency number now.
# Shown and said above the urgent line once the cramp has lasted 10 minutes.
relief-urgent-now = It has lasted over 10 minutes.
# After a cramp: "is it really a cramp?", no diagnosis.
relief-is-it-a-cramp = A cramp is a sudden, hard, painful tightening of a muscle that eases with stretching. An urge to move the legs, calf pain that comes when walking, or numbness or weakness are different: tell a doctor about those.
# Safety text: the medicine line, no medicine named.
relief-medicines = Some medicines and health conditions can make cramps more likely: if yours began or got worse after a change in medicines, tell your doctor or pharmacist. Never stop or change a medicine on your own.
# Said as the guide opens and asks which leg and muscle.
relief-first-said = A cramp? Let it ease. Which leg, and which muscle?
# Said in the app after relief-first-said: how to answer, for someone in the dark (the keys are the letters the screen shows).
relief-first-keys-said = Enter starts with the left calf. R is the right leg. C calf, B back of thigh, F front, O foot.
# Said at the guide's end, with the questions asked there.
relief-end-said = Has it eased? If it has, back to bed when you are ready; if not, stretch it again as before. How bad was it at worst, and how long did it last?
# Said in the app after relief-end-said: how to answer, and how to finish.
relief-end-keys-said = Up and down set how bad. 1 to 4 set how long: under a minute, 1 to 5 minutes, 5 to 10 minutes, or over 10 minutes. Enter saves.
# The answers to "how long did the cramp last?".
relief-lasted-under-1 = under a minute
relief-lasted-1-5 = 1 to 5 minutes
relief-lasted-5-10 = 5 to 10 minutes
relief-lasted-longer = over 10 minutes
# The question in plain mode (`windown cramp --plain`); 1 to 4 and 7m are typed as they are.
relief-lasted-question = How long did the cramp last? 1 under a minute, 2 1 to 5 minutes, 3 5 to 10 minutes, 4 over 10 minutes; or the time, like 7m (Enter leaves it out)

# Which leg, as a choice on its own ("left", "right"). $leg is "left" or "right".
relief-leg = { $leg ->
    [left] left
   *[right] right
}
# Which muscle, as a choice on its own. $muscle is calf, back-thigh, front-thigh or foot.
relief-muscle = { $muscle ->
    [calf] calf
    [back-thigh] back of thigh
    [front-thigh] front of thigh
   *[foot] foot
}
# Where the cramp is: the leg and the muscle together ("left calf"), shown in headings.
relief-place = { $leg ->
    [left] { $muscle ->
        [calf] left calf
        [back-thigh] left back of thigh
        [front-thigh] left front of thigh
       *[foot] left foot
    }
   *[right] { $muscle ->
        [calf] right calf
        [back-thigh] right back of thigh
        [front-thigh] right front of thigh
       *[foot] right foot
    }
}

## `windown cramp --page/--card/--pdf`: what the command prints. $path is the file written.

relief-page-written = The bedside page is in { $path }. Save it on your phone (or open it in any browser) and keep it by the bed: it needs no network and records nothing.
relief-card-written = The card is in { $path }: print it on one A4 or Letter page.
relief-pdf-written = The card's PDF is in { $path }.

## `windown cramp --plain`: the guide as lines, for a screen reader. The letters and numbers
## a person types (l, r, c, b, f, o, 1 to 4, 7m, 90s) and Enter stay as they are.

relief-plain-which-leg = Which leg? l left (Enter), r right
relief-plain-which-muscle = Which muscle? c calf (Enter), b back of thigh, f front of thigh, o foot
# $place is relief-place ("left calf").
relief-plain-cramp = Cramp: { $place }. Enter moves on; each step also moves on by itself.
# Before each sentence that is said aloud; $text is the sentence.
relief-plain-said = said: { $text }
# $max is 10.
relief-plain-pain = How bad was it at worst, 0 to { $max }? (Enter leaves it out)
relief-plain-pain-again = A number from 0 to { $max }, or Enter to leave it out
relief-plain-lasted-again = 1, 2, 3 or 4, or a time like 7m or 90s, or Enter to leave it out

## The bedside page (`windown cramp --page`): one HTML page for a phone, read and heard at
## night. The page's script fills in the variables of its sentences ($n, $total, $place, $at,
## $s) when the step shows.

relief-page-title = Cramp guide: windown at the bedside
relief-page-heading = Cramp guide
# The clock's label for a screen reader.
relief-page-clock = How long the cramp has lasted
# A button: the browser's voice on or off.
relief-page-mute = Mute
relief-page-which-leg = Which leg?
relief-page-where = Where is the cramp?
relief-page-tap = Tap where it hurts to start.
# Buttons.
relief-page-back = Back
relief-page-next = Next
relief-page-done = Done
relief-page-new-cramp = New cramp
# A leg as a button. $leg is "left" or "right".
relief-page-leg = { $leg ->
    [left] Left
   *[right] Right
}
# A muscle as a button and as a heading. $muscle is calf, back-thigh, front-thigh or foot.
relief-page-muscle = { $muscle ->
    [calf] Calf
    [back-thigh] Back of thigh
    [front-thigh] Front of thigh
   *[foot] Foot
}
# Above a step: $n its number, $total how many, $place where the cramp is ("left calf").
relief-page-step = Step { $n } of { $total }: { $place }
# Said by a screen reader as a step shows, before its title and words.
relief-page-step-said = Step { $n } of { $total }.
# Under a step: $s the seconds left.
relief-page-moves-on = Moves on by itself in { $s } s.
relief-page-over = The steps are over
# Said by the browser's voice when the steps are over.
relief-page-over-said = The steps are over. This page records nothing: log the cramp in the morning.
# $at the time it started ("03:12"), $lasted relief-page-lasted.
relief-page-started = The cramp started at { $at } and lasted { $lasted }.
# How long the cramp lasted, in whole minutes ($n; 0 is under a minute).
relief-page-lasted = { $n ->
    [0] under a minute
    [one] about { $n } minute
   *[other] about { $n } minutes
}
# Said by a screen reader when the steps are over; $at as above.
relief-page-over-announced = The steps are over. The cramp started at { $at }. This page records nothing.
relief-page-log = This page records nothing. To log the cramp in the morning, type:
# $app is `windown`, $checkin is `windown checkin mild` (shown as commands).
relief-page-checkin = or answer the morning check-in (open { $app }, or { $checkin }).
# Said by a screen reader when a new cramp starts.
relief-page-again-said = Which leg, and where is the cramp?
# The urgent box's label for a screen reader.
relief-page-urgent-label = Urgent advice
relief-page-noscript = Without scripts the page cannot time the steps; here they are in order.

## The printable card (`windown cramp --card`): large print, one A4 or Letter page. Keep it
## as short as the English: it must still fit one page.

relief-card-title = Cramp card: windown
relief-card-heading = When a leg cramps at night
relief-card-getting-up = Getting up:
relief-card-get-up = Turn a light on before you get up. Sit on the edge of the bed first. Stand only if you feel steady: slowly, holding something firm. If you feel dizzy, sit down. Never walk about in the dark.
# relief-card-get-up without standing (balance = "poor").
relief-card-get-up-seated = Turn a light on before you get up. Sit on the edge of the bed first. Stay seated or lying down. Never walk about in the dark.
# The last sentence of the standing steps' `.say`, written exactly as there: the card leaves
# it out of the steps (it is in relief-card-get-up already).
relief-card-dizzy = If you feel dizzy, sit down.
# $command is `windown cramp log --at 03:12`.
relief-card-log = In the morning, log it with the time it began: { $command }
