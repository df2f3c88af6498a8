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

routine-plain-press-enter = appuyez sur Enter quand c'est fait
routine-plain-suspended = en pause ; après fg, appuyez sur Enter pour continuer
routine-plain-stopped-at-least = arrêté pendant au moins { $time } ; appuyez sur Enter pour continuer
routine-plain-stopped-up-to = arrêté pendant jusqu'à { $time } ; appuyez sur Enter pour continuer
routine-plain-end = { $done ->
    [one] { $done } étape sur { $total } faite
   *[other] { $done } étapes sur { $total } faites
}, { $skipped ->
    [one] { $skipped } sautée
   *[other] { $skipped } sautées
}

routine-list-head =
    .id = ID
    .title = TITRE
    .kind = TYPE
    .time = DURÉE
    .steps = ÉTAPES
    .from = ORIGINE
routine-list-time-tasks = { $n ->
    [one] { $time } +{ $n } tâche
   *[other] { $time } +{ $n } tâches
}
routine-list-built-in = intégrée
routine-list-overrides = { $file } (remplace l'intégrée)
routine-list-broken = { $n ->
    [one] { $n } fichier de routine n'a pas pu être chargé (`windown validate FILE` montre les détails) :
   *[other] { $n } fichiers de routine n'ont pas pu être chargés (`windown validate FILE` montre les détails) :
}
routine-list-would-replace = { $problem } (remplacerait la routine intégrée { $id })
routine-show-title = { $title } ({ $id }, { $kind })
routine-show-head =
    .start = DÉBUT
    .length = DURÉE
    .phase = PHASE
routine-show-step-targets = { $title } ({ $targets })
routine-target = { $target ->
    [calves] mollets
    [hamstrings] ischio-jambiers
    [quadriceps] quadriceps
    [hips] hanches
    [glutes] fessiers
    [feet] pieds
    [back] dos
    [breathing] respiration
    [relaxation] détente
   *[sleep] sommeil
}
routine-show-rep = { $label }, répétition { $rep } sur { $reps }
routine-show-task = { $label } (vous attend)
routine-show-total = { $tasks ->
    [0] Total : { $time }
    [one] Total : { $time }, plus { $tasks } tâche qui vous attend
   *[other] Total : { $time }, plus { $tasks } tâches qui vous attendent
}

routine-duration = { $h ->
    [0] {""}
   *[other] { $h } h{" "}
}{ $m ->
    [0] {""}
   *[other] { $m } min{" "}
}{ $s ->
    [0] {""}
   *[other] { $s } s
}
routine-duration-zero = 0 s

## windown new et windown import.
routine-bad-id = "{ $id }" n’est pas un id de routine valide
routine-new-hint-id = un id compte de 1 à 64 lettres minuscules, chiffres et "-", comme "mes-jambes"
routine-id-taken = l’id "{ $id }" est déjà utilisé par { $other }
routine-id-taken-built-in = l’id "{ $id }" est déjà utilisé par la routine intégrée "{ $id }"
routine-new-hint-taken = choisissez un autre id, ou modifiez ce fichier
routine-new-exists = { $path } existe déjà ; windown new n’écrase jamais un fichier
routine-new-hint-exists = modifiez ce fichier, ou choisissez un autre id
routine-new-replaces = remarque : ce fichier remplace la routine intégrée "{ $id }" tant qu’il existe
routine-new-would-not-load = la nouvelle routine ne se chargerait pas ({ $problem }) ; rien n’a été écrit
routine-new-hint-would-not-load = corrigez le fichier d’origine (windown validate FILE), ou choisissez un autre titre
routine-copy-not-toml = impossible de copier { $file } : ce n’est pas du TOML valide
routine-copy-not-toml-built-in = impossible de copier la routine intégrée "{ $id }" : ce n’est pas du TOML valide
routine-schema-unwritten = impossible d’écrire { $path } : { $error } ; les éditeurs ne proposeront pas de complétion
routine-import-control = le fichier contient le caractère de contrôle { $code }
routine-import-hint-control = une routine partagée n’est importée que sans séquences d’échappement ni caractères de contrôle ; retirez-le et réessayez
routine-import-hint-another = importez-la sous un autre id : windown import { $file } --id NEW-ID
routine-import-not-toml = impossible d’importer { $file } : ce n’est pas du TOML valide
routine-import-exists = { $path } existe déjà
routine-imported = { $steps ->
    [one] "{ $title }" ({ $id }, { $steps } étape) importée sous { $path }
   *[other] "{ $title }" ({ $id }, { $steps } étapes) importée sous { $path }
}

## L’éditeur de routines.
routine-edit-step = { $n }. { $title }
routine-edit-no-title = (sans titre)
routine-edit-not-toml = { $path } ne peut pas être modifié ici : { $error }
routine-edit-step-list = { $path } écrit ses étapes en une seule liste (step = [...]) : modifiez-le avec e

## Touches de l’écran d’accueil.
tui-key-start-the-routine-on-a-rest-evening-a-stretching-routine-asks-first-enter-again-starts-it = lancer la routine (un soir de repos, une routine d’étirements demande d’abord : Enter à nouveau la lance)
