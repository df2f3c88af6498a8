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
cli-help-note = (L'aide des options et les titres ci-dessous sont en anglais seulement : ils ne peuvent pas encore être traduits.)
cli-help-about = windown : un programme d'étirements du soir contre les crampes nocturnes des jambes.
cli-help-with-no-command = Sans commande, l'application s'ouvre. Partout où une routine est nommée, son identifiant ou le chemin d'un fichier .toml convient.
cli-help-after = Le guide et la référence : /usr/share/doc/windown (README.md et docs/, installés par le paquet ; les mêmes fichiers sont dans les sources de windown), et `man windown`. Première fois ? `windown setup`.
cli-help-list = Lister toutes les routines : intégrées et les vôtres, avec les fichiers défectueux et leurs erreurs
cli-help-show = Montrer le déroulé d'une routine : chaque phase avec son début et sa durée
cli-help-validate = Vérifier vos fichiers : sans chemin, tout le dossier de configuration (routines, noms de figures, reminders.toml, config.toml) ; sort avec 1 si l'un a un problème
cli-help-stretches = Lister la bibliothèque d'étirements : les identifiants qu'une étape peut nommer avec stretch = "ID"
cli-help-new = Écrire un nouveau fichier de routine à modifier dans votre dossier de routines
cli-help-import = Vérifier un fichier de routine partagé et le copier dans votre dossier de routines
cli-help-run = Lancer une routine : la séance en plein écran, ou ligne par ligne avec --plain
cli-help-remind = Rappels de jour en notifications de bureau
cli-help-checkin = Noter comment s'est passée la nuit : pas de crampes, légères ou fortes
cli-help-history = Vos séances et réponses du matin enregistrées
cli-help-stats = Séries, totaux, et les nuits après un étirement comparées aux autres
cli-help-cramp = Une crampe maintenant : un guide calme pour la soulager, puis elle est enregistrée. `cramp log` en enregistre une après coup
cli-help-report = Un résumé d'une page des dernières semaines pour un soignant (texte, ou HTML avec --html)
cli-help-trial = Une expérience personnelle : les étirements vous aident-ils ? `trial` l'explique
cli-help-setup = Quelques questions pour régler windown (son, coucher, équilibre, rappels) ; --plain les pose ligne par ligne, pour les lecteurs d'écran
cli-help-cues = Indications parlées et sons
cli-help-config = Les dossiers utilisés et les réglages en vigueur ; `config init` écrit un config.toml commenté
cli-help-completions = Afficher un script de complétion pour le shell : `windown completions bash > ~/.local/share/bash-completion/completions/windown`
cli-help-man = Afficher la page de manuel (roff) : `windown man | man -l -`
cli-help-schema = Afficher le schéma JSON d'un fichier de routine, de reminders.toml ou de config.toml (pour les éditeurs)
cli-validate-reminders = { $n ->
    [one] { $n } rappel
   *[other] { $n } rappels
}
cli-validate-stretches = { $n ->
    [one] { $n } étirement
   *[other] { $n } étirements
}
cli-validate-settings = réglages
cli-validate-no-routines = pas de dossier de routines : { $path }
cli-validate-nothing = rien à vérifier dans { $path } : pas encore de routines, de reminders.toml ni de config.toml
cli-remind-today = aujourd'hui
cli-remind-tomorrow = demain
cli-remind-snoozed = reporté { $when }
cli-remind-done = fait { $when }
cli-remind-skipped = ignoré : fait à { $time }
cli-remind-skipped-rest = ignoré : un soir de repos de votre expérience (pas de routine du soir ce soir)
cli-remind-lock-problem = { $problem } ; `windown remind run` le remplace
cli-remind-state-unreadable = { $problem } ; la date du dernier envoi reste inconnue jusqu'à ce que le processus de rappels l'écrive de nouveau
cli-remind-no-terminal = aucun terminal trouvé : indiquez [reminders] terminal = ["your-terminal", "-e"] dans config.toml
cli-remind-terminal-empty = la commande du terminal est vide
cli-cramp-lasted-zero = une crampe dure plus de 0 seconde
cli-cramp-lasted-long = 12h au plus
cli-cramp-no-chromium = aucun Chromium trouvé pour imprimer la carte en PDF
cli-cramp-get-chromium = installez Chromium (Debian ou Ubuntu : sudo apt install chromium ; Fedora : sudo dnf install chromium)
cli-cramp-card-by-hand = ou écrivez la carte avec --card FILE, ouvrez-la dans un navigateur et imprimez-la en PDF
cli-cramp-no-temp-folder = impossible de créer un dossier temporaire : { $error }
cli-validate-figure-name = pas un nom de figure qu'une étape peut utiliser ; le fichier n'est jamais affiché
cli-validate-figure-name-hint = nommez le fichier NAME.txt (ou NAME.utf8.txt), NAME en lettres minuscules, chiffres, - et _
cli-no-such-command = aucune commande ni routine nommée "{ $word }"
cli-did-you-mean = vouliez-vous dire `windown { $command }` ? (`windown --help` liste les commandes)
cli-command-name-note = "{ $id }" est aussi le nom d'une commande, donc `windown { $id }` lance la commande ; démarrez cette routine avec `windown run { $id }`
cli-remind-no-small-program = windown { $command } : { $program } n'est pas installé à côté de ce programme
cli-remind-no-small-program-hint = { $program } est compilé et installé avec windown (`cargo install` installe les deux) ; placez-le dans le même dossier que windown
cli-remind-cannot-start = windown { $command } : impossible de démarrer { $program } : { $error }
cli-remind-no-arguments = { $program } ne prend pas d'arguments
cli-remind-start-it = démarrez le processus de rappels avec `windown remind run`
cli-remind-init-exists = { $path } existe déjà
cli-remind-init-exists-hint = modifiez-le, ou déplacez-le d'abord pour repartir du fichier par défaut
cli-remind-not-a-date-time = "{ $text }" n'est ni une date ni une date avec une heure
cli-remind-not-a-date-time-hint = écrivez 2026-12-01T06:00, "2026-12-01 06:00" ou 2026-12-01
cli-remind-not-a-date = "{ $text }" n'est pas une date
cli-remind-not-a-date-hint = écrivez une date comme 2026-12-01
cli-remind-too-far = --days { $days } va trop loin
cli-remind-not-sent = impossible d'envoyer "{ $title }" : { $why }
cli-remind-server-stuck = un serveur de notifications détient le nom mais ne répond pas : est-il arrêté ou bloqué ?
cli-remind-no-server = les rappels ont besoin d'une session de bureau avec un serveur de notifications (DBUS_SESSION_BUS_ADDRESS défini)
cli-remind-move-windown = déplacez windown dans un dossier dont le chemin ne contient ni guillemets, ni barres obliques inverses, ni sauts de ligne
