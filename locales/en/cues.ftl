## Spoken cues: what the speech program says as a phase of a session begins
## (src/session/script.rs). Each message is whole sentences in the speaker's language, read
## aloud by a voice for that language: spell numbers or end with a word where a digit before a
## full stop would be read as an ordinal. Never a key, never "the screen".
## Variables: $side is "left" or "right"; $limb is "leg", "foot" or "side" (the part of the
## body a stretch works on one side at a time); $rep is this repetition, $reps how many;
## $title is a step's title, $spoken a step's own spoken words (both from the routine).

cue-all-done = All done.
cue-rest = Rest.
cue-hold = Hold.
cue-begin = Begin.
# A repetition of a hold (said after "Hold." or a step's title).
cue-rep = { $rep } of { $reps }.
# Said once a session, at the first stretch: a safety text.
cue-caution = Stop any stretch that hurts.
cue-paused = Paused.
cue-going-on = Going on.
cue-breathe-in = Breathe in.
cue-breathe-out = Breathe out.
cue-switch = Switch sides.
# A step's name said as a sentence.
cue-title = { $title }.
# The side to work on.
cue-side = { $side ->
    [left] { $limb ->
        [foot] Left foot.
        [side] Left side.
       *[leg] Left leg.
    }
   *[right] { $limb ->
        [foot] Right foot.
        [side] Right side.
       *[leg] Right leg.
    }
}
# The side to start with, when the other follows.
cue-side-first = { $side ->
    [left] { $limb ->
        [foot] Left foot first.
        [side] Left side first.
       *[leg] Left leg first.
    }
   *[right] { $limb ->
        [foot] Right foot first.
        [side] Right side first.
       *[leg] Right leg first.
    }
}
# A step's own words for the side ($spoken: "Left foot back"), as a sentence.
cue-spoken-side = { $spoken }.
# The same, for the side to start with.
cue-spoken-side-first = { $spoken } first.
# How fast a voice speaks this language, in words a second (decides whether the details fit
# the get-ready time).
cue-words-per-second = 2.5

# Shown (not spoken), once, when the speech program has no voice for the language of the
# words: speech is off and tones stand in. $program: the speech program (espeak-ng); $lang:
# the language's code (de). Keep [voice] language (a config.toml key).
cue-no-voice = speech off: { $program } has no voice for "{ $lang }"; tones instead (install one, or set [voice] language)
