## The progress and experiment screens of the app.

tui-progress-title = Progrès
tui-progress-title-range = Progrès · du { $first } au { $last } { $year }
tui-progress-day = { $day } { $month ->
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
tui-progress-reading = Lecture de l'historique…
tui-progress-unreadable = L'historique ne peut pas être lu : { $why }
tui-progress-label-sessions = séances
tui-progress-label-nights = nuits
tui-progress-label-reminders = rappels
tui-progress-legend-finished = routine finie
tui-progress-legend-stopped = arrêtée tôt
tui-progress-legend-nights = nuits :
tui-progress-legend-done = finie
tui-progress-legend-stopped-short = arrêtée
tui-progress-legend-calm = calme
tui-progress-legend-mild = légère
tui-progress-legend-bad = forte
tui-progress-streak = Série
tui-progress-streak-short = { $streak } (record { $longest }) · { $finished }/{ $sessions } finies
tui-progress-hidden-short = Comparaison cachée pendant votre essai.
tui-progress-cramp-nights = Nuits de crampes (avec réponse)
tui-progress-after-routine = {" "}après la routine : { $tally }
tui-progress-without = {" "}sans : { $tally }
tui-progress-not-evidence = Relevé personnel, pas une preuve médicale.
tui-progress-records-title = Enregistrements, les plus récents d'abord
tui-progress-no-records = Aucune séance, réponse ou crampe enregistrée pour l'instant.
tui-progress-remove-question = { $what ->
    [session] Retirer cette séance ? Elle reste dans le fichier, marquée comme retirée, et ne compte nulle part.
    [check-in] Retirer cette réponse du matin ? Elle reste dans le fichier, marquée comme retirée, et ne compte nulle part.
   *[cramp] Retirer cette crampe ? Elle reste dans le fichier, marquée comme retirée, et ne compte nulle part.
}
tui-key-the-chart-a-month-earlier = le graphique un mois plus tôt
tui-key-the-chart-a-month-later-up-to-today = le graphique un mois plus tard (jusqu'à aujourd'hui)
tui-key-read-the-history-again = relire l'historique
tui-key-the-last-records-sessions-check-ins-cramps-to-remove-one = les derniers enregistrements (séances, réponses, crampes), pour en retirer un
tui-key-records-the-one-above = enregistrements : celui du dessus
tui-key-records-the-one-below = enregistrements : celui du dessous
tui-key-records-remove-the-chosen-one-asks-first-it-is-marked-removed-never-erased = enregistrements : retirer celui choisi (demande d'abord ; il est marqué retiré, jamais effacé)
tui-key-records-back-to-the-chart = enregistrements : retour au graphique
tui-key-records-help = enregistrements : aide
tui-key-records-quit = enregistrements : quitter
tui-key-remove-it-yes = le retirer : oui
tui-key-remove-it-no-keep-it = le retirer : non, le garder
tui-hint-month = mois
tui-hint-refresh = relire
tui-hint-records = liste
tui-hint-remove = retirer
tui-hint-chart = graphique
tui-hint-keep = garder
tui-trial-title = Essai : les étirements m'aident-ils ?
tui-trial-may-start = Un nouvel essai peut commencer (s) : le plan est plus bas.
tui-trial-more = { $key } suite
tui-trial-ask-expectation = Dans quelle mesure pensez-vous que les étirements vous aideront ? 0 (pas du tout) à 10 (beaucoup) : { $value }
tui-trial-ask-medicine = Un médicament a-t-il changé ces 4 dernières semaines, ou va-t-il bientôt changer ?
tui-trial-start-anyway = Commencer quand même maintenant ? (n : pas maintenant ; commencer plus tard d'ici)
tui-trial-confirm-start = Commencer l'essai maintenant ? L'ordre de chaque paire est tiré et enregistré ; il ne changera pas.
tui-trial-confirm-stop = Arrêter l'essai avant la fin ? Votre journal reste ; arrêter tôt ne donne pas de verdict.
tui-trial-not-started-later = Pas commencé. Vous pouvez commencer plus tard, d'ici ou avec windown trial start.
tui-trial-starting = Démarrage…
tui-trial-not-started = Pas commencé.
tui-trial-note = Note :
tui-key-before-an-experiment-answer-two-questions-then-start-it = avant un essai : répondre à deux questions, puis le commencer
tui-key-during-it-note-what-happened-a-medicine-changed-an-illness = pendant l'essai : noter ce qui s'est passé (un médicament changé, une maladie)
tui-key-during-it-stop-early-asks-first-the-diary-stays-no-verdict = pendant l'essai : l'arrêter tôt (demande d'abord ; le journal reste, pas de verdict)
tui-key-expectation-one-less-a-digit-sets-0-to-9 = attente : un de moins (un chiffre met de 0 à 9)
tui-key-expectation-one-more-up-to-10 = attente : un de plus (jusqu'à 10)
tui-key-expectation-take-it = attente : la valider
tui-key-expectation-leave-it-out = attente : la laisser de côté
tui-key-expectation-do-not-start-now = attente : ne pas commencer maintenant
tui-key-question-yes = question : oui
tui-key-question-no = question : non
tui-key-question-do-nothing-now = question : ne rien faire maintenant
tui-key-note-save-it-letters-type-backspace-deletes = note : l'enregistrer (les lettres s'écrivent, Backspace efface)
tui-key-note-leave-it-out = note : l'abandonner
tui-hint-note = note
tui-hint-stop-early = arrêter
tui-hint-change = changer
tui-hint-cancel = annuler
tui-hint-save = enregistrer
tui-hint-start-now = commencer
tui-hint-later = plus tard
