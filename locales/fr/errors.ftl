## Ce qui ne va pas dans un fichier : le message après 'error: chemin:ligne:colonne:' et son indice.
## Brouillon. Les clés et valeurs des fichiers (title, reps, "10s", [[step]]) restent telles quelles.

error-file-missing = fichier introuvable
error-file-folder = est un dossier, pas un fichier
error-file-not-regular = n'est pas un fichier ordinaire
error-file-device = est un périphérique, pas un fichier : windown ne le remplace pas
error-file-socket = est un socket, pas un fichier
error-pipe-unread = est un tube que personne ne lit
error-file-too-large = le fichier est trop grand ({ $len } octets ; la limite est { $limit })
error-cannot-read = lecture impossible : { $error }
error-too-many-links = plus de { $n } liens symboliques à la suite
error-io = { $what ->
    [create] impossible de créer { $path } : { $error }
    [read] impossible de lire { $path } : { $error }
    [open] impossible d'ouvrir { $path } : { $error }
    [lock] impossible de verrouiller { $path } : { $error }
    [write-to] impossible d'écrire dans { $path } : { $error }
   *[write] impossible d'écrire { $path } : { $error }
}
error-stdout = impossible d'écrire sur la sortie standard : { $error }
error-not-utf8 = le fichier n'est pas un texte UTF-8 valide
hint-not-utf8 = enregistrez le fichier en UTF-8 (les fichiers de routines et de rappels sont du texte brut)
error-more-problems = { $n ->
    [one] ... et { $n } autre problème dans ce fichier
   *[other] ... et { $n } autres problèmes dans ce fichier
}

error-where-item = { $table ->
    [stretch] étirement { $n }
   *[step] étape { $n }
}
error-where-item-titled = { $table ->
    [stretch] étirement { $n } (« { $title } »)
   *[step] étape { $n } (« { $title } »)
}

error-unknown-key = clé inconnue "{ $key }"
hint-did-you-mean = vouliez-vous dire "{ $name }" ?
hint-allowed-here = permis ici : { $keys }
error-wrong-type = { $key } doit être { $expected }, pas { $got }
error-expected = { $kind ->
    [int] un nombre entier
    [bool] true ou false
    [duration] une durée comme "10s" ou "1m30s"
    [list] une liste comme ["a", "b"]
    [table] une table
    [tables] une liste de tables
   *[text] du texte entre guillemets
}
error-value = { $kind ->
    [text-short] du texte ("{ $value }")
    [text] du texte
    [string-short] une chaîne ("{ $value }")
    [string] une chaîne
    [int] un nombre entier ({ $value })
    [float] un nombre ({ $value })
    [bool] { $value }
    [date] une date ou une heure
    [day] une date
    [list] une liste
   *[table] une table
}
error-items-must-be-text = chaque élément de { $key } doit être du texte entre guillemets, pas { $got }
hint-items-must-be-text = écrivez-le ainsi : ["a", "b"]
error-must-be-a-table = doit être une table, pas { $got }
hint-each-under = écrivez chacun sous une ligne [[{ $key }]]
error-list-of-tables = { $key } doit être une liste de tables [[{ $key }]]
hint-list-of-tables = utilisez [[{ $key }]] (doubles crochets) pour chaque { $key }
error-list-not-text = { $key } doit être une liste, pas du texte
hint-write-a-list = écrivez une liste : { $key } = ["{ $value }"]
error-not-whole = { $key } doit être un nombre entier, pas { $value }
hint-whole-either = écrivez { $key } = { $down } ou { $key } = { $up }
hint-no-quotes = retirez les guillemets : { $key } = { $value }
error-bool-not-text = { $key } doit être true ou false, pas du texte
hint-write-value = écrivez { $key } = "{ $value }"
hint-quote-text = mettez le texte entre guillemets : { $key } = "..."
hint-true-or-false = écrivez { $key } = true ou { $key } = false
hint-under-table = écrivez-le sous une ligne [{ $key }]
hint-put-in-quotes = mettez-le entre guillemets : { $key } = "{ $value }"
error-set-twice = { $key } est défini deux fois
error-one-of = { $key } doit être l'un de { $names }, pas "{ $value }"
error-either = { $key } doit être "{ $a }" ou "{ $b }", pas "{ $value }"
error-between = { $key } doit être entre { $min } et { $max }, pas { $value }
error-out-of-range = { $key } { $value } est hors des limites

error-control-char = { $key } contient le caractère de contrôle { $code }
hint-control-char = le texte peut contenir des retours à la ligne et des tabulations, mais aucun autre caractère de contrôle
error-too-long = { $key } est trop long ({ $n } caractères ; la limite est { $limit })
error-title-empty = title est vide
hint-title-name-it = donnez un nom à la routine
error-title-one-line = title contient un retour à la ligne ou une tabulation
hint-title-one-line = un titre tient sur une ligne ; mettez un texte plus long dans summary, notes ou instructions
hint-hold-is-duration = "hold" et "duration" sont deux noms pour une même clé ; gardez-en un
error-placeholder = { $key } contient un espace réservé inconnu "{ $word }"
hint-placeholders = le texte peut contenir {"{"}side{"}"} et {"{"}other{"}"}, remplacés par gauche ou droite
error-too-long-duration = { $key } vaut { $length } ; le maximum permis est { $limit }
error-missing-title = title manquant
hint-routine-title = ajoutez en haut du fichier une ligne comme title = "Jambes du soir"
hint-step-title = chaque étape a besoin d'un titre, comme title = "Étirement du mollet au mur"
error-bad-id = "{ $value }" n'est pas un identifiant valide
hint-id = un identifiant compte de 1 à 64 lettres minuscules, chiffres et "-", comme "evening-legs"
error-bad-file-name = le nom de fichier "{ $name }" n'est pas un identifiant de routine valide
hint-bad-file-name = renommez le fichier (lettres minuscules, chiffres et "-", comme evening-legs.toml) ou ajoutez id = "my-routine"
error-no-steps = une routine a besoin d'au moins une étape
hint-no-steps = ajoutez une table [[step]] avec un title et une duration
error-too-many-steps = trop d'étapes ({ $n } ; la limite est { $limit })
error-unknown-target = cible inconnue "{ $name }"
hint-known-targets = cibles connues : { $names }
error-bad-figure = "{ $name }" n'est pas un nom d'illustration valide
hint-figure = un nom d'illustration se compose de lettres minuscules, chiffres, "-" et "_", comme "wall-calf" ; le fichier est figures/NAME.txt
error-task-has-no = une étape de type tâche n'a pas de { $key }
hint-task-has-no = une tâche attend que vous la marquiez comme faite ; retirez la clé, ou retirez kind = "task" pour chronométrer l'étape
error-needs-duration = une étape chronométrée a besoin d'une durée
hint-needs-duration = ajoutez duration = "30s" (ou définissez-la une fois sous [defaults]), ou kind = "task" pour une étape qui vous attend
error-duration-zero = une étape chronométrée a besoin d'une durée supérieure à 0
hint-duration-zero = indiquez une durée comme "30s", ou kind = "task" pour une étape qui vous attend
error-breathe-needs = breathe a besoin de "{ $key }"
hint-breathe-needs = écrivez breathe = {"{"} in = "4s", out = "6s" {"}"}
error-breath-range = breathe { $key } doit être supérieur à 0 et d'au plus { $max } secondes
hint-breath-range = une respiration calme dure quelques secondes dans chaque sens, comme in = "4s", out = "6s"
error-unknown-stretch = étirement inconnu "{ $name }"
hint-unknown-stretch = `windown stretches` liste les étirements de la bibliothèque

error-not-time-of-day = "{ $value }" n'est pas une heure
hint-two-digit-hour = écrivez l'heure avec deux chiffres : "{ $time }"
hint-time-of-day = écrivez une heure sur 24 heures comme "22:30" ou "07:00:30"
error-wake-is-bedtime = wake et bedtime sont à la même heure
hint-wake-is-bedtime = réglez bedtime sur l'heure à laquelle vous vous couchez, comme "22:30"
hint-evening-hours = indiquez de { $min } à { $max } heures avant le coucher ; 3 est l'usage
hint-balance = écrivez balance = "poor" pour ne pas rester debout, ou retirez la ligne
error-no-such-language = windown n'a pas de textes en "{ $value }"
hint-language = écrivez l'un de { $names }, ou retirez la ligne pour suivre la langue de votre bureau
error-cues-command-moved = [cues] command a été déplacé vers [voice] command
hint-cues-command-moved = écrivez-le sous [voice] comme command = [...] : le programme reçoit maintenant le texte sur stdin (pour espeak-ng, ajoutez "--stdin"), ou retirez-le pour utiliser le programme de synthèse vocale que windown trouve
error-empty-command = { $what ->
    [voice] la commande de la voix est vide
    [sound] la commande des sons est vide
   *[terminal] la commande du terminal est vide
}
hint-empty-command = indiquez un programme, par ex. command = ["{ $example }"], ou retirez la ligne
hint-auto-or-off = écrivez { $key } = "auto" ou { $key } = "off"
hint-rate = indiquez de { $min } à { $max } mots par minute ; 175 est une vitesse habituelle
error-name-control = le nom contient un caractère de contrôle ({ $code }) ; écrivez-le sur une ligne de texte simple
error-name-long = le nom fait { $n } caractères ; limitez-le à { $limit }
error-config-home = { $unread ->
    [yes] { $more ->
        [0] { $message } ; réglages par défaut utilisés (windown validate)
       *[other] { $message } (et { $more } de plus) ; réglages par défaut utilisés (windown validate)
    }
   *[no] { $more ->
        [0] { $message } ; les autres réglages s'appliquent (windown validate)
       *[other] { $message } (et { $more } de plus) ; les autres réglages s'appliquent (windown validate)
    }
}
error-config-unread = config.toml n'a pas pu être lu ; cette séance utilise les réglages par défaut
error-config-mistakes = config.toml contient des erreurs ; chaque réglage erroné est à sa valeur par défaut, les autres s'appliquent

error-not-a-time = "{ $value }" n'est pas une heure
error-time-offset = dans "{ $value }" : { $error }
error-offset-too-long = dans "{ $value }" : le décalage doit être inférieur à un jour
hint-time-expr = écrivez "HH:MM", "HH:MM:SS", "wake" ou "bedtime", éventuellement avec + ou - une durée, comme "bedtime-2h"
error-reminder-has-no = le rappel { $n } n'a pas de { $key }
hint-reminder-add-line = ajoutez une ligne { $example } sous son [[reminder]]
error-bad-reminder-id = "{ $id }" n'est pas un identifiant de rappel valide
hint-reminder-id = utilisez des lettres minuscules, des chiffres et -, comme "legs-up"
error-duplicate-reminder = identifiant de rappel en double "{ $id }"
hint-duplicate-reminder = le premier est à la ligne { $line } ; les identifiants doivent être uniques
error-reminder-title-empty = le titre est vide
error-reminder-control = { $key ->
    [body] le texte (body) contient le caractère de contrôle { $code }
   *[title] le titre contient le caractère de contrôle { $code }
}
hint-body-control = body peut contenir des retours à la ligne, mais aucun autre caractère de contrôle
hint-reminder-title-control = un titre est une ligne de texte simple, sans caractères de contrôle
error-every-and-at = le rappel "{ $id }" a à la fois every et at
hint-every-and-at = utilisez every (avec from/until) pour un intervalle, ou at pour des heures fixes
error-no-every-nor-at = le rappel "{ $id }" n'a ni every ni at
hint-no-every-nor-at = ajoutez every = "2h" (avec from/until si vous voulez) ou at = ["10:30"]
hint-interval = écrivez un intervalle comme "2h", "45m" ou "1h30m"
error-from-until-with-at = from et until vont avec every, pas avec at
hint-from-until-with-at = retirez-le, ou utilisez every au lieu de at
error-at-empty = at ne donne aucune heure
hint-at-empty = écrivez au moins une heure, comme at = ["10:30"]
error-days-empty = days ne donne aucun jour
hint-days-empty = retirez days pour tous les jours, ou mettez enabled = false pour désactiver le rappel
error-not-a-day = "{ $value }" n'est pas un jour
hint-days = les jours sont { $names }
error-not-routine-id = "{ $value }" n'est pas un identifiant de routine
hint-routine-id = désignez une routine par son identifiant, comme "wind-down" (voir `windown list`)
error-no-routine = il n'y a pas de routine "{ $value }"
hint-see-list = `windown list` montre les routines
hint-did-you-mean-still-sent = vouliez-vous dire "{ $name }" ? (le rappel est tout de même envoyé)
hint-see-list-still-sent = `windown list` montre les routines ; le rappel est tout de même envoyé
error-every-zero = every doit être d'au moins 1s
hint-every-zero = écrivez un intervalle comme "2h" ou "45m"
error-every-too-long = every doit être d'au plus 24h
hint-every-too-long = l'intervalle recommence chaque jour à from ; utilisez days pour sauter des jours
error-reminders-unread = un fichier n'a pas pu être lu (voir ci-dessus) ; son contenu ne s'applique pas tant qu'il n'est pas corrigé
error-reminders-mistakes = un rappel avec une erreur est laissé de côté et un réglage erroné est à sa valeur par défaut ; le reste s'applique (windown validate)
error-fix-reminders-first = corrigez d'abord reminders.toml : { $problem }
error-reminders-not-tables = les rappels ne sont pas écrits en tables [[reminder]] ; modifiez le fichier à la main
error-no-reminder = il n'y a pas de rappel "{ $id }"

error-history-incomplete = { $path } ligne { $line } : un enregistrement incomplet (sans doute une écriture interrompue par un plantage) a été ignoré
error-history-unreadable = { $path } ligne { $line } : un enregistrement illisible a été ignoré ({ $reason })
error-history-more-skipped = { $n ->
    [one] et { $n } autre ligne ignorée dans { $path }
   *[other] et { $n } autres lignes ignorées dans { $path }
}
hint-history-skipped = { $n ->
    [one] les autres enregistrements sont lus normalement ; pour ne plus voir cet avertissement, supprimez la ligne { $line } de { $path } dans un éditeur de texte
   *[other] les autres enregistrements sont lus normalement ; pour ne plus voir cet avertissement, supprimez ces lignes de { $path } dans un éditeur de texte
}
error-history-note-more = { $more ->
    [one] { $skipped } (et { $more } autre ligne ; voir windown stats)
   *[other] { $skipped } (et { $more } autres lignes ; voir windown stats)
}
error-history-newer = history.jsonl ligne { $line } a été écrite par un windown plus récent (format { $version }) ; celui-ci lit le format { $format }
error-history-newer-note = { $error } ; les enregistrements précédents sont affichés
error-history-not-utf8 = pas du texte UTF-8, à la colonne { $column }
error-history-unknown-version = version de format inconnue { $version }
error-history-no-version = pas de version de format
error-history-at-column = { $reason }, à la colonne { $column }
error-history-not-regular = pas un fichier ordinaire
error-first-of-more = { $more ->
    [0] { $place }: { $message }
   *[other] { $place }: { $message } (et { $more } de plus : windown validate)
}

## Durées.

error-duration-empty = durée vide
error-duration-malformed = "{ $value }" n’est pas une durée : utilisez un nombre avec une unité, comme "10s", "1m30s" ou "2h"
error-duration-no-unit = "{ $value }" n’a pas d’unité : écrivez "{ $value }s" pour des secondes ou "{ $value }m" pour des minutes
error-duration-too-long = la durée "{ $value }" est trop longue
error-duration-carry = { $unit ->
    [minutes] "{ $value }" a plus de 59 minutes après une unité plus grande : écrivez "{ $whole }"
   *[seconds] "{ $value }" a plus de 59 secondes après une unité plus grande : écrivez "{ $whole }"
}
error-duration-fraction = "{ $value }" n’est pas un nombre entier : écrivez "{ $whole }"
error-duration-fraction-smaller = "{ $value }" n’est pas un nombre entier : utilisez des nombres entiers d’unités plus petites, comme "1h30m" ou "90s"
error-whole-seconds = utilisez des secondes entières, ou un texte comme "1m30s"
error-duration-negative = une durée ne peut pas être négative
hint-bidi = un caractère invisible de mise en forme bidirectionnelle peut faire lire le texte autrement qu’il n’est ; supprimez-le

## Fichiers de la bibliothèque d’étirements.
error-stretches-folder = impossible de lire le dossier des étirements : { $error }
error-stretch-twice = l’étirement "{ $id }" est défini deux fois dans le dossier
error-no-stretches = un fichier de bibliothèque d’étirements ne contient aucun étirement
hint-no-stretches = ajoutez une table [[stretch]] avec un id et un title
error-too-many-stretches = trop d’étirements (la limite est { $limit })
error-id-used-by = l’id "{ $id }" est aussi utilisé par l’étirement { $other }
hint-stretch-id = un id compte de 1 à 64 lettres minuscules, chiffres et "-", comme "wall-calf"
error-missing-id = id manquant
hint-stretch-missing-id = ajoutez id = "my-stretch" : une étape de routine le nomme avec stretch = "my-stretch"
error-stretch-title-line = un titre tient sur une ligne et n’est pas vide
hint-stretch-title = chaque étirement a besoin d’un titre, comme title = "Étirement du mollet contre le mur"
hint-stretch-figure = un nom de figure est fait de lettres minuscules, chiffres, "-" et "_", comme "wall-calf"
