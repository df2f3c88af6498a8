## Routines on screen and in plain mode: lists, windown show, the session's words, lengths of time.

routine-phase-get-ready = PRÉPAREZ-VOUS
routine-phase-rest = PAUSE
routine-phase-switch-sides = CHANGEZ DE CÔTÉ
routine-phase-done = TERMINÉ
routine-phase-hold = { $side ->
    [left] { $limb ->
        [foot] TENEZ - PIED GAUCHE
        [side] TENEZ - CÔTÉ GAUCHE
       *[leg] TENEZ - JAMBE GAUCHE
    }
    [right] { $limb ->
        [foot] TENEZ - PIED DROIT
        [side] TENEZ - CÔTÉ DROIT
       *[leg] TENEZ - JAMBE DROITE
    }
   *[none] TENEZ
}
routine-phase-step = { $side ->
    [left] { $limb ->
        [foot] { $title } - PIED GAUCHE
        [leg] { $title } - JAMBE GAUCHE
       *[side] { $title } - CÔTÉ GAUCHE
    }
    [right] { $limb ->
        [foot] { $title } - PIED DROIT
        [leg] { $title } - JAMBE DROITE
       *[side] { $title } - CÔTÉ DROIT
    }
   *[none] { $title }
}
routine-rest-evening-note = Ce soir est un soir de repos de votre essai : la détente du soir se fait sans ses étirements. Si une crampe survient, étirez-la comme d'habitude.
