## Annonces parlées (les variables sont décrites dans locales/en/cues.ftl). Vouvoiement.

cue-all-done = C'est terminé.
cue-rest = Repos.
cue-hold = Tenez.
cue-begin = Commencez.
cue-rep = { $rep } sur { $reps }.
cue-caution = Arrêtez tout étirement qui fait mal.
cue-paused = En pause.
cue-going-on = On reprend.
cue-breathe-in = Inspirez.
cue-breathe-out = Expirez.
cue-switch = Changez de côté.
cue-title = { $title }.
cue-side = { $side ->
    [left] { $limb ->
        [foot] Pied gauche.
        [side] Côté gauche.
       *[leg] Jambe gauche.
    }
   *[right] { $limb ->
        [foot] Pied droit.
        [side] Côté droit.
       *[leg] Jambe droite.
    }
}
cue-side-first = { $side ->
    [left] { $limb ->
        [foot] D'abord le pied gauche.
        [side] D'abord le côté gauche.
       *[leg] D'abord la jambe gauche.
    }
   *[right] { $limb ->
        [foot] D'abord le pied droit.
        [side] D'abord le côté droit.
       *[leg] D'abord la jambe droite.
    }
}
cue-spoken-side = { $spoken }.
cue-spoken-side-first = D'abord, { $spoken }.
cue-words-per-second = 2.4
cue-no-voice = parole coupée : { $program } n’a pas de voix pour « { $lang } » ; des signaux à la place (installez-en une, ou réglez [voice] language)
