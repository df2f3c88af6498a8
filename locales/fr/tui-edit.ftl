## The routine editor and reminders screens of the app, and the app's background work.

## Key tables.

tui-key-previous-line-title-defaults-steps = ligne précédente (titre, valeurs par défaut, étapes)
tui-key-next-line = ligne suivante
tui-key-previous-value-hold-reps-rest-get-ready-sides = valeur précédente (tenue, répétitions, repos, préparation, côtés)
tui-key-next-value = valeur suivante
tui-key-more-5-s-longer-one-rep-more-the-next-sides = plus (5 s de plus, une répétition de plus, les côtés suivants)
tui-key-less = moins
tui-key-move-the-step-up = monter l'étape
tui-key-move-the-step-down = descendre l'étape
tui-key-remove-the-step = retirer l'étape
tui-key-duplicate-the-step = dupliquer l'étape
tui-key-add-a-step-after-this-one-from-the-stretches-windown-knows = ajouter une étape après celle-ci, parmi les étirements que windown connaît
tui-key-change-the-title-on-the-title-line-enter-too = changer le titre (sur la ligne du titre : Enter aussi)
tui-key-undo-the-last-change = annuler la dernière modification
tui-key-save-the-file-only-when-it-loads = enregistrer le fichier (seulement s'il se charge)
tui-key-back-home-asks-again-when-not-saved = retour à l'accueil (redemande si rien n'est enregistré)
tui-key-quit-asks-again-when-not-saved = quitter (redemande si rien n'est enregistré)
tui-key-add-a-step-previous-stretch = ajouter une étape : étirement précédent
tui-key-add-a-step-next-stretch = ajouter une étape : étirement suivant
tui-key-add-a-step-add-this-one = ajouter une étape : ajouter celui-ci
tui-key-add-a-step-add-none = ajouter une étape : n'en ajouter aucun
tui-key-title-set-it-letters-type-backspace-deletes = titre : le valider (les lettres s'écrivent, Backspace efface)
tui-key-title-leave-it-as-it-was = titre : le laisser tel quel
tui-key-previous-reminder = rappel précédent
tui-key-next-reminder = rappel suivant
tui-key-switch-the-chosen-reminder-on-or-off = activer ou désactiver le rappel choisi
tui-key-change-the-chosen-reminder-s-times-and-days = changer les heures et les jours du rappel choisi
tui-key-change-wake-and-bedtime = changer l'heure du lever et du coucher
tui-key-send-a-test-notification = envoyer une notification d'essai
tui-key-start-or-stop-the-reminder-process = démarrer ou arrêter le service de rappels
tui-key-read-the-files-again = relire les fichiers
tui-key-previous-field-while-changing-times = champ précédent (en changeant les heures)
tui-key-next-field = champ suivant
tui-key-save-the-times = enregistrer les heures
tui-key-leave-the-times-as-they-were = laisser les heures telles quelles
tui-key-change-the-field = modifier le champ
tui-edit-form-keys = lettres, chiffres, Backspace

tui-hint-line = ligne
tui-hint-value = valeur
tui-hint-add = ajouter
tui-hint-undo = annuler
tui-hint-set = valider
tui-hint-on-off = oui/non
tui-hint-times = heures
tui-hint-wake-bed = lever/coucher
tui-hint-test = essai
tui-hint-start-stop = marche/arrêt
tui-hint-field = champ

## The routine editor.

tui-edit-editing = modification de { $title }
tui-edit-not-saved = (non enregistré)
tui-edit-title-label = Titre :
tui-edit-defaults = Par défaut
tui-edit-field-hold = tenue
tui-edit-field-reps = répét.
tui-edit-field-rest = repos
tui-edit-field-get-ready = prépar.
tui-edit-field-sides = côtés
tui-edit-sides-none = aucun
tui-edit-sides-both = les deux
tui-edit-sides-left = gauche
tui-edit-sides-right = droit
tui-edit-check = Vérification
tui-edit-add-title = Ajouter une étape
tui-edit-loads = La routine se charge.
tui-edit-dim-values = Les valeurs pâles viennent de [defaults] ou des valeurs par défaut de windown.
tui-edit-does-not-load = Ne se charge pas :
tui-edit-cannot-change = Cette valeur ne peut pas être changée ici : modifiez-la avec e.
tui-edit-nothing-to-undo = Rien à annuler.
tui-edit-not-saved-mistakes = Non enregistré : la routine contient des erreurs (ci-dessous). u annule une modification.
tui-edit-no-changes = Aucune modification à enregistrer.
tui-edit-leave-unsaved = Non enregistré : s enregistre ; la même touche une seconde fois quitte sans enregistrer.
tui-edit-saved = { $path } enregistré.
tui-edit-disk-gone = Le fichier n'est plus sur le disque ; s l'écrit de nouveau.
tui-edit-disk-kept = Le fichier a changé sur le disque entre-temps : s écrit cette version par-dessus, q le laisse tel qu'il est.
tui-edit-disk-reloaded = Le fichier a changé sur le disque : il est affiché tel qu'il est maintenant.
tui-edit-disk-not-toml = Le fichier a changé sur le disque et n'est plus du TOML : q, puis e pour le corriger.

## The reminders screen.

tui-reminders-title = Rappels
tui-reminders-reading = Lecture des rappels…
tui-reminders-process-label = Service de rappels :
tui-reminders-running = en marche
tui-reminders-not-running = arrêté
tui-reminders-pid = (pid { $pid })
tui-reminders-not-running-label = Arrêté :
tui-reminders-login-label = Le démarrer à la connexion :
tui-reminders-install-label = Installer :
tui-reminders-built-in = Rappels intégrés ; une modification écrit votre propre reminders.toml.
tui-reminders-built-in-short = Intégrés ; une modification enregistre les vôtres.
tui-reminders-from-file = De votre reminders.toml.
tui-reminders-mistake-rest = { $file } contient une erreur : { $error } ; le reste s'applique
tui-reminders-mistake = { $file } contient une erreur :
tui-reminders-fix-then-r = Corrigez le fichier, puis appuyez sur r.
tui-reminders-warning = Attention : { $warning }
tui-reminders-head-reminder = Rappel
tui-reminders-head-when = Quand
tui-reminders-head-next = Prochain
tui-reminders-on = oui
tui-reminders-off = non
tui-reminders-today = aujourd'hui { $time }
tui-reminders-tomorrow = demain { $time }
tui-reminders-on-day = { $day } { $time }
tui-reminders-skipped = { $next } (sauté)
tui-reminders-next-and-when = prochain { $next } · { $when }
tui-reminders-every = toutes les { $every }, { $days }
tui-reminders-every-from = toutes les { $every } à partir de { $from }, { $days }
tui-reminders-every-between = toutes les { $every }, { $from }-{ $until }, { $days }
tui-reminders-at = à { $at }, { $days }
tui-reminders-days = { $days ->
    [every] tous les jours
    [weekdays] en semaine
    [weekends] le week-end
   *[list] { $list }
}
tui-reminders-caution-drink = Si un soignant vous a dit de limiter la quantité que vous buvez, désactivez ce rappel.
tui-reminders-caution-legs-up = Surélever les jambes soulage les chevilles gonflées et apporte du confort ; ce n'est pas un traitement des crampes. Si, jambes surélevées, vous êtes essoufflé, ou si les surélever aggrave la douleur ou rend vos pieds pâles ou froids, arrêtez et parlez-en à votre médecin.
tui-reminders-sending-test = envoi d'un essai de { $id }…
tui-reminders-starting = démarrage du service de rappels…
tui-reminders-stopping = arrêt du service de rappels…
tui-reminders-fix-red = Corrigez d'abord le champ en rouge.

## The form that changes times.

tui-reminders-form-day = Lever et coucher (toute heure relative à eux suit)
tui-reminders-form-times = Heures de « { $title } »
tui-reminders-field-every = Toutes les
tui-reminders-field-from = De
tui-reminders-field-until = Jusqu'à
tui-reminders-field-at = À
tui-reminders-field-days = Jours
tui-reminders-field-wake = Lever
tui-reminders-field-bedtime = Coucher
tui-reminders-form-help = Heures : 10:30, wake+30m, bedtime-2h. Jours : mon, wed ou every day.
tui-reminders-error-min = au moins 1s
tui-reminders-error-max = au plus 24h
tui-reminders-error-interval = un intervalle comme 2h, 45m ou 1h30m
tui-reminders-error-time = une heure comme 10:30, wake+30m ou bedtime-2h
tui-reminders-error-no-times = au moins une heure, comme 10:30, 18:00
tui-reminders-error-not-time = « { $text } » n'est pas une heure (10:30, bedtime-2h)
tui-reminders-error-not-day = « { $text } » n'est pas un jour : mon, tue, ... sun ou every day
tui-reminders-error-clock = une heure sur 24 heures comme 22:30
tui-reminders-saved = { $path } enregistré
tui-reminders-fix-first = corrigez d'abord les champs : { $field } : { $error }
tui-reminders-cannot-write = impossible d'écrire { $path } : { $error }
tui-reminders-now = { $on ->
    [on] { $id } est maintenant activé
   *[off] { $id } est maintenant désactivé
}
tui-reminders-picked-up = { $said } (le service de rappels le prend en compte dans la minute)

## The app's background work.

tui-app-builtin-copied = « { $title } » est intégrée : elle a été copiée dans { $path } pour être modifiée, et votre copie est utilisée désormais (supprimez le fichier pour revenir à celle intégrée).
tui-app-builtin-saving = « { $title } » est intégrée : l'enregistrement écrit votre copie dans { $path }, utilisée ensuite (supprimez le fichier pour revenir à celle intégrée).
tui-app-cannot-copy = impossible de copier « { $title } » dans { $path } : { $error }
tui-app-no-builtin = aucune routine intégrée « { $id } » à modifier
tui-app-routine-changed = Le fichier de cette routine a changé et ne se charge plus : { $problem }
tui-app-not-recorded = { $what ->
    [session] impossible d'enregistrer la séance : { $error }
    [checkin] impossible d'enregistrer la réponse du matin : { $error }
    [cramp] impossible d'enregistrer la crampe : { $error }
    [trial] impossible de terminer l'expérience : { $error }
   *[welcome] impossible de retenir que l'accueil a été passé : { $error }
}
tui-app-removed = { $target ->
    [session] Séance retirée.
    [checkin] Réponse du matin retirée.
    [reminder-ack] Confirmation du rappel retirée.
    [removal] Retrait retiré.
   *[cramp] Crampe retirée.
} Elle reste dans le fichier, marquée comme retirée, et ne compte nulle part.
tui-app-not-removed = Non retiré : { $error }
tui-app-trial-started = Commencée. L'ordre de chaque paire est tiré au sort et enregistré ; il ne changera pas.
tui-app-trial-not-started = Pas commencée : { $error }
tui-app-trial-stopped = Arrêtée. Votre journal reste ; un arrêt anticipé ne donne aucun verdict.
tui-app-trial-not-stopped = Pas arrêtée : { $error }
tui-app-trial-noted = Noté ; ce sera montré avec le résultat et dans le rapport.
tui-app-trial-not-noted = Pas noté : { $error }
tui-app-no-speech = Aucun programme de synthèse vocale trouvé. Pour les consignes parlées, installez espeak-ng ou speech-dispatcher (par ex. `sudo apt install espeak-ng`) ; `windown cues check` les essaie.
tui-app-editor-not-found = Impossible de lancer l'éditeur « { $program } » : le shell n'a pas pu le trouver ou l'exécuter ({ $status }). Indiquez dans VISUAL ou EDITOR un éditeur que vous avez.
tui-app-editor-ended = L'éditeur « { $program } » s'est terminé avec { $status }.
tui-app-editor-cannot-start = Impossible de lancer l'éditeur « { $program } » : { $error }. Indiquez dans VISUAL ou EDITOR un éditeur que vous avez.
tui-app-watch-failed = { $error } ; les fichiers modifiés apparaîtront après un redémarrage
tui-app-cannot-watch-files = impossible de surveiller les fichiers : { $error }
tui-app-cannot-watch-folder = impossible de surveiller { $path } : aucun dossier au-dessus ne peut être surveillé
tui-app-cannot-start-thread = impossible de démarrer un fil d'exécution : { $error }
tui-app-cannot-start-test = impossible de démarrer un fil d'exécution pour envoyer l'essai
tui-app-cannot-watch-signals = impossible de surveiller les signaux : { $error }
tui-app-cannot-open-terminal = impossible d'ouvrir l'interface du terminal : { $error }
tui-app-cannot-open-terminal-hint = exécutez une routine ligne par ligne avec `windown run ROUTINE --plain`
tui-app-cannot-read-keyboard = impossible de lire le clavier : { $error }
tui-app-history-still-writing = l'historique s'écrivait encore après { $seconds } s ; la dernière séance n'est peut-être pas enregistrée
tui-app-worker-stopped = le fil de travail s'est arrêté
tui-app-terminal-lost = impossible de reprendre le terminal : { $error }
tui-app-cannot-draw = impossible de dessiner : { $error }
