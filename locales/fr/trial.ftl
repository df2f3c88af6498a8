## L'essai personnel (« Les étirements m'aident-ils ? ») : `windown trial status` et l'écran de l'essai.

trial-status-phase = Essai : { $phase ->
    [baseline] la semaine de référence
    [block] bloc { $block } sur { $blocks }
    [deciding] le dernier bloc est terminé ; ce soir sera fixé à midi
    [finished] terminé : voir windown trial result
    [stopped] arrêté avant la fin (le journal reste ; pas de verdict)
    [red-flag] arrêté par un signe d'alerte
   *[no-cramps] arrêté après la semaine de référence
}.
trial-status-tonight = Ce soir est { $kind ->
    [baseline] un soir de référence : faites comme d'habitude et répondez à la question du matin
    [stretch] un soir d'étirements
   *[rest] un soir de repos : pas de routine du soir ; si une crampe survient, étirez-la comme d'habitude
}.
trial-red-flag = L'essai s'est arrêté à cause d'un signe d'alerte. Consultez un médecin le jour même pour une crampe de plus de 10 minutes que l'étirement ne soulage pas, ou pour une jambe enflée, chaude, rouge ou douloureuse. Votre journal reste.
trial-no-cramps = Votre semaine de référence n'a eu aucune crampe, donc l'essai s'est arrêté : sans crampes à compter, il ne peut pas montrer si les étirements vous aident. Votre journal reste. Si les crampes reviennent plus souvent, vous pouvez en commencer un nouveau avec : windown trial start
trial-status-switch-back = Si une semaine de repos se passe mal, vous pouvez reprendre les étirements dès maintenant. Ce sera noté (windown trial note "switched back") ; le bloc garde son nom et ses nuits.
trial-status-baseline-cramps = { $n ->
    [0] Aucune crampe n'a été comptée pendant votre semaine de référence (aucune nuit enregistrée, ou aucune avec un nombre) : l'essai finira probablement par « pas assez de données ». Vous pouvez l'arrêter (windown trial stop) et réessayer quand les crampes seront plus fréquentes.
    [1] Seulement 1 ou 2 crampes ont été comptées pendant votre semaine de référence : l'essai finira probablement par « pas de différence nette » ou « pas assez de données ».
    [2] Seulement 1 ou 2 crampes ont été comptées pendant votre semaine de référence : l'essai finira probablement par « pas de différence nette » ou « pas assez de données ».
   *[other] Votre semaine de référence a eu assez de crampes pour continuer.
}
trial-status-nights = Nuits enregistrées : { $recorded } ({ $missing } manquantes). Soirs d'étirements faits : { $done } sur { $planned }.
trial-status-rest-sessions = Routines faites des soirs de repos : { $n } (enregistré ; le résultat le signale).
trial-status-planned = Prévu du { $first } au { $last }.
