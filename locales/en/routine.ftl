## Routines on screen and in plain mode: lists, windown show, the session's words, lengths of time.
