## Command output: windown remind, config, validate, stretches, cues, cramp (plain mode, page and card).
cli-wrote = { $path } écrit
cli-remind-init-next = modifiez-le, puis vérifiez le résultat avec : windown remind preview --days 2
cli-remind-preview-more = … et { $more } de plus (la liste s'arrête à { $cap } : demandez moins de --days, ou --json pour tout)
cli-remind-test-not-tonight = remarque : ce soir, le processus de rappel ne l'enverrait pas ({ $why })
cli-remind-test-sent = « { $title } » envoyé : un serveur de notifications l'a reçu
cli-remind-stopped = processus de rappel arrêté (pid { $pid })
cli-remind-installed-package = installé : démarre à la connexion ({ $unit } du paquet, activé pour vous)
cli-remind-installed = installé : démarre à la connexion ({ $path })
cli-remind-not-installed = non installé : pour le démarrer à la connexion, tapez `windown remind install`
cli-remind-running = processus de rappel : en marche
cli-remind-running-pid = processus de rappel : en marche (pid { $pid })
cli-remind-not-running = processus de rappel : arrêté
cli-remind-start-now = le démarrer maintenant : windown remind run
cli-remind-file = rappels : { $path }
cli-remind-built-in = rappels : intégrés (écrivez les vôtres avec `windown remind init`)
cli-remind-next-none = prochain : aucun (tous les rappels sont désactivés)
cli-remind-next = prochains :
cli-remind-last = derniers :
cli-remind-never = jamais
cli-remind-sent = envoyé { $when }
cli-remind-off = (désactivé)
cli-remind-enabled = { $path } activé pour vous
cli-remind-started = démarré ; pour le voir : systemctl --user status { $unit }
cli-remind-enabled-started = activé et démarré ; pour le voir : systemctl --user status { $unit }
cli-remind-autostart = systemctl --user n'est pas disponible ici, windown a donc écrit une entrée de démarrage automatique XDG : { $path }
cli-remind-autostart-next = le processus de rappel démarre à votre prochaine connexion ; pour le démarrer maintenant, tapez : windown remind run &
cli-remind-disabled = { $path } désactivé pour vous (l'unité du paquet reste, activée pour personne)
cli-remind-removed = { $path } supprimé
cli-remind-nothing-to-remove = rien à supprimer : le processus de rappel n'est pas installé
cli-cramp-log-night = Si c'était la nuit, donnez l'heure : windown cramp log --at HH:MM (par exemple 03:10).
cli-stretches-id = ID
cli-stretches-title = TITRE
cli-stretches-sides = CÔTÉS
cli-stretches-from = ORIGINE
cli-stretches-built-in = intégré
cli-stretches-yours = le vôtre
cli-stretches-use = Pour l'utiliser dans une étape de routine : stretch = "ID" (l'étape peut toujours définir son titre, ses instructions, sa précaution, sa figure, ses cibles ou ses côtés).
cli-cues-sound = son : { $name }
cli-cues-sound-unheard = son : { $name } (rien pour le jouer)
cli-cues-sound-name = { $tone ->
    [ready] préparez-vous
    [hold] tenez
    [tick] tic
    [rest] repos
    [switch] changez de côté
   *[done] terminé
}
cli-cues-sample = Ici windown. Étirement du mollet contre le mur. D'abord le pied gauche en arrière.
cli-cues-saying = dit : { $text }
cli-cues-get-speech = pour les indications parlées, installez speech-dispatcher (spd-say) ou espeak-ng, p. ex. `sudo apt install espeak-ng`
cli-cues-get-player = pour les sons, installez pipewire-bin (pw-play), pulseaudio-utils (paplay) ou alsa-utils (aplay)
cli-config-folder = dossier de configuration
cli-config-data-folder = dossier des données
cli-config-state-folder = dossier d'état
cli-config-not-written = pas encore écrit : les valeurs par défaut s'appliquent (`windown config init` en écrit un)
cli-config-in-force = en vigueur
cli-config-unreadable = illisible : les valeurs par défaut s'appliquent jusqu'à sa correction (voir ci-dessous)
cli-config-mistakes = { $n ->
    [one] contient { $n } erreur : ce réglage est à sa valeur par défaut, les autres s'appliquent (voir ci-dessous)
   *[other] contient { $n } erreurs : ces réglages sont à leur valeur par défaut, les autres s'appliquent (voir ci-dessous)
}
cli-config-language-file = { $lang } (config.toml)
cli-config-language-chosen = { $lang } (par --lang ou l'environnement ; pas dans config.toml)
cli-config-balance-poor = poor (pas de station debout : la routine assise et l'aide en cas de crampe)
cli-config-cues-muted = bell { $bell }, les séances commencent sans son
cli-config-cues-sound = bell { $bell }, les séances commencent avec le son
cli-config-command = commande { $command }
cli-config-voice-auto = auto (le premier de spd-say, espeak-ng, espeak)
cli-config-sounds-auto = auto (le premier de pw-play, paplay, aplay)
cli-config-no-report-name = aucun (windown report --name NOM en donne un)
