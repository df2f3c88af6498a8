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
