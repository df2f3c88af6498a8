## Command output: windown remind, config, validate, stretches, cues, cramp (plain mode, page and card).
