## The screens of the app (home, a session, setup, the help, the key hints): a draft.
## The comments for the translator are in locales/en/tui.ftl.

# What a key does, in the help overlay (and, in English, the docs' key tables: keep it
# the same words). The id is the English words joined by -.
tui-key-previous-routine = routine précédente
tui-key-next-routine = routine suivante
tui-key-first-routine = première routine
tui-key-last-routine = dernière routine
tui-key-scroll-the-details-down = faire défiler les détails vers le bas
tui-key-scroll-the-details-up = faire défiler les détails vers le haut
tui-key-edit-the-routine-in-your-text-editor = modifier la routine dans votre éditeur de texte
tui-key-change-holds-reps-and-steps-here-without-a-text-editor = modifier ici les maintiens, répétitions et étapes, sans éditeur de texte
tui-key-reminders-screen = écran des rappels
tui-key-progress-screen = écran des progrès
tui-key-the-personal-experiment-does-stretching-help-me = l'expérience personnelle : les étirements m'aident-ils ?
tui-key-a-cramp-now-the-relief-guide = une crampe maintenant : le guide de soulagement
tui-key-reopen-last-night-s-check-in-after-a-skip = rouvrir la question de la nuit dernière après l'avoir passée
tui-key-help = aide
tui-key-quit = quitter
tui-key-morning-question-no-cramps-last-night = question du matin : pas de crampes cette nuit
tui-key-morning-question-mild-cramps = question du matin : crampes légères
tui-key-morning-question-bad-cramps = question du matin : fortes crampes
tui-key-morning-question-skip-it-for-today = question du matin : la passer pour aujourd'hui
tui-key-morning-question-after-mild-or-bad-type-how-many-cramps-in-all-1-to-99 = question du matin, après légères ou fortes : tapez le nombre de crampes en tout (de 1 à 99)
tui-key-morning-question-after-mild-or-bad-take-the-number-typed = question du matin, après légères ou fortes : valider le nombre tapé
tui-key-morning-question-after-mild-or-bad-take-back-the-last-digit = question du matin, après légères ou fortes : effacer le dernier chiffre
tui-key-morning-question-after-mild-or-bad-leave-the-number-out-or-keep-the-one-logged = question du matin, après légères ou fortes : ne pas donner le nombre (ou garder celui noté)
tui-key-morning-question-after-mild-or-bad-the-cramps-woke-me = question du matin, après légères ou fortes : les crampes m'ont réveillé(e)
tui-key-morning-question-after-mild-or-bad-they-did-not-wake-me = question du matin, après légères ou fortes : elles ne m'ont pas réveillé(e)
tui-key-morning-question-after-mild-or-bad-leave-that-out = question du matin, après légères ou fortes : ne pas le dire
tui-key-morning-question-during-an-experiment-one-leg-is-painful-and-swollen-warm-or-red = question du matin, pendant une expérience : une jambe est douloureuse et enflée, chaude ou rouge
tui-key-morning-question-during-an-experiment-no-leg-is-painful-and-swollen = question du matin, pendant une expérience : aucune jambe n'est douloureuse et enflée
tui-key-pause-resume-on-a-task-step-done = pause / reprendre (à une étape de tâche : fait)
tui-key-task-step-done = étape de tâche faite
tui-key-skip-to-the-next-phase = passer à la phase suivante
tui-key-skip-the-rest-of-this-step = passer le reste de cette étape
tui-key-back-to-the-start-of-the-previous-step = revenir au début de l'étape précédente
tui-key-restart-this-step = recommencer cette étape
tui-key-add-10-seconds-to-this-phase = ajouter 10 secondes à cette phase
tui-key-mute-unmute-cues = couper / remettre les signaux
tui-key-read-the-rest-of-the-instructions-when-they-do-not-fit = lire la suite des instructions (quand elles ne tiennent pas)
tui-key-speech-off-on-the-sounds-stay = voix coupée / remise (les sons restent)
tui-key-stop-the-session-asks-first = arrêter la séance (demande d'abord)
tui-key-quit-a-session-is-stopped-and-recorded = quitter (une séance est arrêtée et enregistrée)
tui-key-more = plus
tui-key-back = retour
tui-key-stop = arrêter
tui-key-stop-and-leave = arrêter et quitter
tui-key-keep-going = continuer
tui-key-suspend-a-session-pauses = suspendre (une séance se met en pause)
tui-key-back-to-the-home-screen = retour à l'écran d'accueil
tui-key-leave-the-setup-for-the-home-screen-windown-setup-comes-back-to-it = quitter la configuration pour l'écran d'accueil (windown setup y revient)
tui-key-show-more-of-the-text = afficher la suite du texte
tui-key-back-up-the-text = remonter dans le texte
tui-key-go-on-a-tone-plays-and-a-voice-speaks = continuer (un son retentit et une voix parle)
tui-key-skip-the-sound-check = passer le test du son
tui-key-yes = oui
tui-key-no = non
tui-key-skip-keep-the-default = passer : garder la valeur par défaut
tui-key-take-the-time-typed-nothing-typed-skip-keep-the-default = prendre l'heure tapée (rien de tapé : passer, garder la valeur par défaut)
tui-key-to-the-home-screen = vers l'écran d'accueil
tui-key-type-the-time-10-30-pm-22-30 = tapez l'heure : 10:30 pm, 22:30

# A key's short words in the hint line at the bottom of the screen, after the key's name:
# a word or two, as short as the language allows.
tui-hint-choose = choisir
tui-hint-start = commencer
tui-hint-edit = modifier
tui-hint-reminders = rappels
tui-hint-progress = progrès
tui-hint-experiment = expérience
tui-hint-cramp = crampe
tui-hint-help = aide
tui-hint-quit = quitter
tui-hint-none = aucune
tui-hint-mild = légères
tui-hint-bad = fortes
tui-hint-skip = passer
tui-hint-how-many = combien
tui-hint-yes = oui
tui-hint-no = non
tui-hint-pause = pause
tui-hint-resume = reprendre
tui-hint-done = fait
tui-hint-back = retour
tui-hint-restart = recommencer
tui-hint-10-s = 10 s
tui-hint-mute = muet
tui-hint-unmute = son
tui-hint-more = plus
tui-hint-stop = arrêter
tui-hint-stop-and-leave = arrêter et quitter
tui-hint-keep-going = continuer
tui-hint-home = accueil
tui-hint-leave = quitter
tui-hint-go-on = continuer
tui-hint-ok = valider
tui-hint-erase = effacer

## Overlays: the window too small, the help, the quit question.

tui-too-small = fenêtre trop petite
tui-too-small-size = { $width }x{ $height }, il faut { $min_width }x{ $min_height }
tui-help-any-key = une touche quelconque ferme ceci
tui-help-scroll = { $at ->
    [top] { $down } plus · autres touches : fermer
    [middle] { $down } plus · { $up } retour · autres touches : fermer
   *[end] { $up } retour · autres touches : fermer
}
tui-help-title = Touches
tui-quit-question = Arrêter cette séance ?
tui-quit-title = Quitter

## The session screen.

tui-session-muted = muet
tui-session-speech-off = voix coupée
tui-session-step-of = étape { $step } sur { $steps }
tui-session-your-turn = À VOUS
tui-session-breathe-in = { $label } - INSPIREZ
tui-session-breathe-out = { $label } - EXPIREZ
tui-session-paused = EN PAUSE
tui-session-rep = répétition { $rep } sur { $reps }
tui-session-press-enter = Appuyez sur Enter ou space quand c'est fait
tui-session-caution = Attention :
tui-session-stalled = Mis en pause tout seul après { $away } d'absence ; space reprend
tui-session-up-next = Ensuite : { $next }
tui-session-up-next-end = Ensuite : la fin
tui-session-more = … suite ({ $page } sur { $pages }) : appuyez sur i
tui-session-more-last = … ({ $pages } sur { $pages }) : i revient au début
tui-big-ready = PRET
tui-big-rest = REPOS
tui-big-switch = CHANGEZ
tui-big-hold = TENEZ
tui-big-left = GAUCHE
tui-big-right = DROITE
tui-big-hold-left = GAUCHE
tui-big-hold-right = DROITE
tui-big-in = INSPIREZ
tui-big-out = EXPIREZ

## Home.

tui-home-reading = Lecture…
tui-home-no-routines = (aucune routine)
tui-home-routines = Routines
tui-home-routine = Routine
tui-home-none-to-show = Aucune routine à afficher. Écrivez-en une avec `windown new NAME`.
tui-home-broken = Ce fichier ne se charge pas :
tui-home-broken-hint = e le modifie ; `windown validate FILE` le vérifie.
tui-home-broken-start = Ce fichier de routine ne se charge pas ; corrigez-le d'abord.
tui-home-broken-edit = Ce fichier ne se charge pas : e l'ouvre dans votre éditeur de texte.
tui-home-checkin-answered = La question de la nuit dernière a déjà une réponse.
tui-home-minutes = { $n } min
tui-home-seconds = { $n } s
tui-home-steps = { $n ->
    [one] { $n } étape
   *[other] { $n } étapes
}
tui-home-kind = { $kind ->
    [wind-down] détente
   *[stretch] étirements
}
tui-home-untimed = { $n } sans minuterie
tui-home-standing-line = Comporte des étapes debout : si votre équilibre est fragile, prenez plutôt « Seated legs ».
tui-home-steps-heading = Étapes
tui-home-notes-heading = Remarques
tui-home-standing = debout
tui-home-shape = { $sides ->
    [both] { $time }, de chaque côté
    [left] { $time }, à gauche
    [right] { $time }, à droite
   *[none] { $time }
}
tui-home-reps = { $reps } x { $hold }
tui-home-task = tâche
tui-home-streak = { $n ->
    [one] { $n } soirée d'affilée
   *[other] { $n } soirées d'affilée
}
tui-home-last-session = { $stopped ->
    [yes] dernière séance { $day } { $time } (arrêtée)
   *[no] dernière séance { $day } { $time }
}
tui-home-today = aujourd'hui
tui-home-yesterday = hier
tui-home-checkin-last-night = { $cramps ->
    [none] nuit dernière : pas de crampes
    [mild] nuit dernière : crampes légères
   *[bad] nuit dernière : fortes crampes
}
tui-home-checkin-night-of = { $cramps ->
    [none] nuit du { $date } : pas de crampes
    [mild] nuit du { $date } : crampes légères
   *[bad] nuit du { $date } : fortes crampes
}
tui-date-short = { $weekday } { $day } { $month }
tui-weekday-short = { $day ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
}
tui-month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
tui-home-good-morning = Bonjour
tui-home-last-night = La nuit dernière
tui-home-ask-last-night = Des crampes aux jambes cette nuit ({ $date }) ?
tui-home-ask-night-of = Des crampes, nuit du { $date } ?
tui-home-how-many = Combien de crampes en tout ?
tui-home-how-many-logged = Combien de crampes en tout ? ({ $n } notées)
tui-home-how-many-typed = Combien de crampes en tout ? { $n }_
tui-home-woke = Les crampes vous ont-elles réveillé(e) ?
tui-home-leg-short = Une jambe douloureuse, enflée, chaude, rouge ?
tui-home-leg-question = Une jambe est-elle douloureuse et enflée, chaude ou rouge ?
tui-home-broken-label = { $name } (défectueux)

## The setup screen.

tui-setup-saving = Enregistrement...
tui-setup-all-set = Tout est prêt.
tui-setup-again = windown setup repose ces questions à tout moment.
tui-setup-unchanged = Rien n'a été modifié :
tui-setup-title = windown setup
tui-setup-title-of = windown setup { $dot } { $n } sur { $of }
tui-setup-typing-keys = lettres, chiffres, Backspace

## The summary after a session.

tui-summary-finished = Bravo : routine terminée
tui-summary-stopped = Séance arrêtée avant la fin
tui-summary-time = Temps passé
tui-summary-done = Étapes faites
tui-summary-skipped = Étapes passées
tui-summary-steps-of = { $done } sur { $total }
tui-session-caution-more = … suite : i
tui-session-caution-more-ascii = ... suite : i

tui-session-gauge-step = Étape
tui-session-gauge-routine = Routine
tui-home-rest-evening-wind-down = Ce soir est un soir de repos de votre essai : la détente du soir se fait sans ses étirements.
tui-home-rest-evening-stretch = Ce soir est un soir de repos de votre essai : pas de routine du soir. Si une crampe survient, étirez-la comme d'habitude.
tui-home-rest-evening-start = Ce soir est un soir de repos de votre essai. Appuyez de nouveau sur Enter pour vous étirer quand même : c'est enregistré, et le résultat le signale.
