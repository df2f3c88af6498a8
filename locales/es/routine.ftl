## Routines on screen and in plain mode: lists, windown show, the session's words, lengths of time.

routine-phase-get-ready = PREPÁRESE
routine-phase-rest = DESCANSO
routine-phase-switch-sides = CAMBIE DE LADO
routine-phase-done = TERMINADO
routine-phase-hold = { $side ->
    [left] { $limb ->
        [foot] MANTENGA - PIE IZQUIERDO
        [side] MANTENGA - LADO IZQUIERDO
       *[leg] MANTENGA - PIERNA IZQUIERDA
    }
    [right] { $limb ->
        [foot] MANTENGA - PIE DERECHO
        [side] MANTENGA - LADO DERECHO
       *[leg] MANTENGA - PIERNA DERECHA
    }
   *[none] MANTENGA
}
routine-phase-step = { $side ->
    [left] { $limb ->
        [foot] { $title } - PIE IZQUIERDO
        [leg] { $title } - PIERNA IZQUIERDA
       *[side] { $title } - LADO IZQUIERDO
    }
    [right] { $limb ->
        [foot] { $title } - PIE DERECHO
        [leg] { $title } - PIERNA DERECHA
       *[side] { $title } - LADO DERECHO
    }
   *[none] { $title }
}
routine-rest-evening-note = Esta tarde es una tarde de descanso de su prueba: la rutina para relajarse se hace sin sus estiramientos. Si le da un calambre, estírelo como siempre.
