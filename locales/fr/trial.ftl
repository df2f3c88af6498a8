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
trial-red-flag = L'essai a été arrêté à cause d'un signe d'alerte. Consultez un médecin le jour même pour une crampe de plus de 10 minutes que l'étirement ne soulage pas, ou pour une jambe enflée, chaude, rouge ou douloureuse. Votre journal est conservé.
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

trial-result-verdict = Résultat : { $verdict ->
    [clearly-fewer] nettement moins de crampes les semaines d'étirements
    [no-clear-difference] pas de différence nette
    [clearly-more] nettement plus de crampes les semaines d'étirements
   *[not-enough-data] pas assez de données
}.
trial-result-not-enough = Trop de nuits sans réponse du matin (ou trop peu de crampes) pour comparer équitablement.
trial-result-fewer = Pendant vos semaines d'étirements, vous avez eu { $stretch ->
    [0] moins d'une crampe
    [1] environ 1 crampe
   *[other] environ { $stretch } crampes
} par semaine ; pendant vos semaines de repos, { $rest ->
    [0] moins d'une
   *[other] environ { $rest }
}. { $all ->
    [yes] Toutes vos { $analysed } paires
   *[no] { $favouring } de vos { $analysed } paires
} de semaines allaient dans le même sens. Les chiffres suggèrent que les étirements vous aident, même si une partie de l'effet pourrait venir du fait que vous vous y attendiez, puisque vous saviez quelles semaines étaient lesquelles. Vous voudrez peut-être continuer. Cela parle de vous, ces mois-ci, pas de tout le monde.
trial-result-no-difference = Les semaines d'étirements et de repos ont donné des résultats proches (environ { $stretch } contre { $rest } crampes par semaine). Ce test n'a pas pu les départager. Ce n'est pas la preuve que les étirements ne vous apportent rien : un petit effet, ou un effet qui se construit sur de nombreuses semaines, peut passer inaperçu dans un test de cette taille. Si la routine vous plaît, gardez-la ; vous pourrez refaire le test plus tard.
trial-result-more = Vous avez eu plus de crampes les semaines d'étirements ({ $stretch ->
    [0] moins d'une
   *[other] environ { $stretch }
} par semaine) que les semaines de repos ({ $rest ->
    [0] moins d'une
   *[other] environ { $rest }
}). Cela peut être le hasard ou un autre changement, mais les étirements ne vous ont pas aidé ici. Vérifiez que les étirements restent doux et jamais douloureux, et parlez-en à votre médecin ou à votre kinésithérapeute, surtout si les crampes s'aggravent.
trial-result-chart-stretch = Crampes par semaine  étirements { $rate } { $bar }
trial-result-chart-rest = {"                     "}repos      { $rate } { $bar }
trial-result-pairs = Paires de semaines indiquant moins de crampes avec les étirements : { $favouring } sur { $analysed }.
trial-result-numbers = Rapport des taux { $ratio } (intervalle à 90 % de { $low } à { $high }) ; probabilité que les semaines d'étirements aient eu moins de crampes { $fewer } ; phi { $phi } ; p de randomisation { $p } (le plus petit possible avec { $pairs } paires est { $floor }).
trial-result-nights = Nuits enregistrées : { $recorded } ({ $missing } manquantes). Paires valides : { $valid } sur { $needed } nécessaires{ $spare ->
    [yes] , avec la paire de réserve
   *[no] {""}
}.
trial-result-evenings = Soirs d'étirements faits comme prévu : { $done } sur { $planned } ; routines des soirs de repos : { $rest }.
trial-result-expectation = Votre attente au départ : { $expected } sur 10.
trial-result-medicine = Un médicament a changé vers le début : le résultat n'est peut-être pas équitable.
trial-result-note = Note : { $note }
trial-result-stopped = L'essai a été arrêté avant la fin : votre journal reste, et il n'y a pas de verdict.
trial-result-not-over = L'essai n'est pas encore terminé : aucune comparaison n'est montrée avant la fin.
