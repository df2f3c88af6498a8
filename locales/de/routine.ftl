## Routines on screen and in plain mode: lists, windown show, the session's words, lengths of time.

routine-phase-get-ready = BEREIT MACHEN
routine-phase-rest = PAUSE
routine-phase-switch-sides = SEITE WECHSELN
routine-phase-done = FERTIG
routine-phase-hold = { $side ->
    [left] { $limb ->
        [foot] HALTEN - LINKER FUSS
        [side] HALTEN - LINKE SEITE
       *[leg] HALTEN - LINKES BEIN
    }
    [right] { $limb ->
        [foot] HALTEN - RECHTER FUSS
        [side] HALTEN - RECHTE SEITE
       *[leg] HALTEN - RECHTES BEIN
    }
   *[none] HALTEN
}
routine-phase-step = { $side ->
    [left] { $limb ->
        [foot] { $title } - LINKER FUSS
        [leg] { $title } - LINKES BEIN
       *[side] { $title } - LINKE SEITE
    }
    [right] { $limb ->
        [foot] { $title } - RECHTER FUSS
        [leg] { $title } - RECHTES BEIN
       *[side] { $title } - RECHTE SEITE
    }
   *[none] { $title }
}
routine-rest-evening-note = Heute ist ein Ruheabend Ihres Versuchs: „Zur Ruhe kommen“ läuft ohne seine Dehnübungen. Wenn ein Krampf kommt, dehnen Sie ihn wie gewohnt.
