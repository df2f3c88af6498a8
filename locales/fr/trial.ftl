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
trial-status-nights = Nuits enregistrées : { $recorded } ({ $missing } manquantes{ $late ->
    [0] {""}
   *[other] , dont { $late } répondues après midi
}). Soirs d'étirements faits : { $done } sur { $planned }.
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

trial-explain-title = Les étirements m'aident-ils ? Un essai personnel
trial-explain-intro =
    Ceci est un essai personnel sur votre propre routine. Ce n'est ni un avis médical, ni un
    diagnostic, ni une recherche, et personne ne le vérifie pour vous. Vos réponses restent
    sur cet ordinateur.
trial-explain-happens =
    Ce qui se passe
      - Semaine 1 (7 nuits) : la semaine de référence. Faites comme d'habitude et répondez
        chaque jour à la question du matin : combien de crampes la nuit dernière.
      - Puis 3 paires de blocs de 14 nuits (4 paires si vous le choisissez, 17 semaines) : dans
        chaque paire, un bloc de soirs d'étirements et un bloc de soirs de repos. L'ordre dans
        chaque paire est tiré au sort au départ et enregistré ; il ne change jamais. Vous voyez
        le type de chaque bloc le premier jour, jamais celui d'un bloc à venir.
      - Les semaines de repos, vous sautez la routine du soir. Si une crampe survient, étirez-la
        et massez-la comme d'habitude.
      - Les 3 premières nuits de chaque bloc sont enregistrées mais non comparées (le temps
        qu'un effet apparaisse ou disparaisse). Une nuit sans réponse le matin manque ; elle ne
        compte jamais pour zéro.
      - En tout : 13 semaines (7 + 3 x 28 nuits). Si une paire a trop de nuits manquantes, une
        paire de réserve peut être ajoutée à la fin.
trial-explain-learn =
    Ce que vous apprendrez
      À la fin, windown compare vos crampes des semaines d'étirements à celles des semaines de
      repos et donne l'un de ces résultats : nettement moins, pas de différence nette,
      nettement plus, ou pas assez de données. Aucune comparaison n'est montrée avant la fin.
      Beaucoup de résultats honnêtes sont « pas de différence nette » : les crampes vont et
      viennent d'elles-mêmes, et quelques semaines de chaque sorte peuvent cacher un petit
      effet. Cela ne prouve pas que les étirements ne vous servent à rien.
trial-explain-stop =
    Vous pouvez arrêter à tout moment, pour n'importe quelle raison. Arrêter tôt vous laisse
    votre journal, pas de verdict.
trial-explain-medicine =
    Prenez vos médicaments comme d'habitude. Cet essai ne porte que sur les étirements ; ne
    commencez, n'arrêtez ni ne modifiez jamais un médicament à cause de cet essai. Si un médicament change
    pendant l'essai, dites-le à windown (windown trial note "...") : le résultat risque de ne
    pas être fiable.
trial-explain-doctor =
    Consultez un médecin, quoi que dise l'essai, si les crampes sont fréquentes ou gênent votre
    sommeil ou vos journées, ou s'accompagnent d'engourdissement, de gonflement, ou de muscles
    faibles ou qui perdent du volume. Le jour même : une crampe de plus de 10 minutes que l'étirement ne
    soulage pas, ou une jambe enflée, chaude, rouge ou douloureuse.
trial-medicine-warning = Un médicament a changé récemment ou va changer : le résultat risque de ne pas être fiable, car ce changement peut influer sur vos crampes autant que les étirements. Prenez vos médicaments comme votre médecin l'a conseillé ; vous préférerez peut-être commencer l'essai plus tard, quand rien n'aura changé depuis 4 semaines.
trial-start-with = Pour commencer : windown trial start   (ou --pairs 4, --expect 0-10, --medicine-change yes|no)
trial-under-way = Un essai est en cours : windown trial status
trial-ask-expectation = Dans quelle mesure pensez-vous que les étirements vous aideront ? 0 (pas du tout) à 10 (beaucoup), Enter pour passer :
trial-ask-expectation-again = Veuillez répondre par un nombre entier de 0 à 10.
trial-ask-medicine = Un médicament a-t-il changé ces 4 dernières semaines, ou va-t-il bientôt changer ? (yes/no) :
trial-ask-start-anyway = Commencer quand même maintenant ? (yes/no) :
trial-ask-yes-no-again = Veuillez répondre yes ou no.
trial-not-started = Pas commencé. Commencez plus tard avec : windown trial start
trial-started = Commencé. L'ordre de chaque paire est tiré et enregistré ; il ne changera pas.
trial-started-baseline = Référence : du { $first } au { $last } ({ $nights } nuits) : faites comme d'habitude et répondez à la question du matin.
trial-started-block = Bloc { $block } sur { $blocks } : du { $first } au { $last } : ? (montré le premier jour)
trial-started-last = Dernière nuit : { $last }. Arrêtez à tout moment avec : windown trial stop
trial-stopped = Arrêté. Votre journal reste ; arrêter tôt ne donne pas de verdict.
trial-noted = Noté ; ce sera montré avec le résultat et dans le rapport.
trial-ask-count = Combien de crampes la nuit dernière ? (un nombre ; Enter si vous ne savez pas) :
trial-ask-count-again = Veuillez donner un nombre de 1 à 99, ou appuyer sur Enter.
trial-count-missing = Sans nombre, cette nuit compte comme manquante dans votre essai (jamais comme zéro). Ajoutez-le avec : windown checkin mild --count N
trial-ask-leg = Avez-vous une jambe douloureuse et enflée, chaude ou rouge ? (yes/no) :
trial-checkin-too-late = Trop tard pour votre essai : une nuit ne compte que si vous répondez avant midi le lendemain. Elle reste dans votre journal.
trial-rest-evening-wind-down = remarque : ce soir est un soir de repos de votre essai : la détente se fait sans ses étirements.
trial-rest-evening-other = remarque : ce soir est un soir de repos de votre essai (pas de routine du soir) ; cette séance est enregistrée, et le résultat signale une routine faite un soir de repos.
trial-tonight = { $kind ->
    [baseline] Essai : ce soir est un soir de référence : faites comme d'habitude et répondez à la question du matin.
    [stretch] Essai : ce soir est un soir d'étirements.
    [rest] Essai : ce soir est un soir de repos : pas de routine du soir ; si une crampe survient, étirez-la comme d'habitude.
   *[unknown] Essai : le type de ce soir est montré à midi.
}
trial-red-flag-ended = À cause de ce signe d'alerte, l'essai est arrêté ; votre journal reste.
trial-error-none = aucun essai n'a été commencé
trial-error-none-hint = lisez de quoi il s'agit avec : windown trial (et commencez-en un avec : windown trial start)
trial-error-running = un essai est déjà en cours
trial-error-running-hint = voyez où il en est avec : windown trial status (ou arrêtez-le avec : windown trial stop)
trial-error-medicine = indiquez si un médicament a changé ces 4 dernières semaines ou va changer : --medicine-change yes ou no
trial-error-not-running = l'essai n'est pas en cours
trial-error-nothing-to-stop = l'essai n'est pas en cours ; rien à arrêter
trial-error-empty-note = la note est vide
trial-error-random = impossible de lire la source aléatoire du système : { $why }
trial-error-read-back = le plan a été écrit, mais n'a pas pu être relu

trial-report-heading = Auto-essai personnel n-de-1 : étirements du soir contre aucun, en ouvert
trial-report-design = Plan : une période de référence de { $baseline } nuits à partir du { $first }, puis { $pairs } paires de blocs de { $block } nuits (routine d'étirements le soir, ou aucune routine le soir), les { $washout } premières nuits de chaque bloc non analysées. En ouvert.
trial-report-order = Ordre : tiré pour chaque paire indépendamment à partir de la source aléatoire du système d'exploitation le { $drawn }, enregistré avant la première nuit, jamais modifié ; chaque bloc montré à la personne son premier jour.
trial-report-not-research = Pas une étude de recherche ; pas d'avis éthique. Critère : crampes par nuit d'après la réponse du matin (une nuit sans réponse manque, jamais zéro).
trial-report-expectation = Attente au départ : { $given ->
    [yes] { $expected } sur 10
   *[no] non indiquée
}. Médicament changé autour du départ : { $medicine ->
    [yes] oui (le résultat risque de ne pas être fiable)
   *[no] non
}.
trial-report-note = Signalé le { $day } : { $note }
trial-report-status = État : { $status ->
    [finished] terminé
    [stopped] arrêté tôt le { $day } (pas de verdict)
    [red-flag] arrêté par un signe d'alerte le { $day } (pas de verdict)
    [no-cramps] arrêté après la semaine de référence, sans crampes (pas de verdict)
   *[running] en cours : aucune comparaison n'est montrée avant la fin
}.
trial-report-table-head = {"  "}Bloc   type     soirs                  nuits analysées  manque  crampes  soirs étirés
trial-report-kind = { $kind ->
    [stretch] étir.
    [rest] repos
   *[baseline] réf.
}
trial-report-days = { $first } au { $last }
trial-report-valid-pairs = Paires valides : { $valid } ({ $needed } nécessaires){ $spare ->
    [yes] , avec la paire de réserve (*)
   *[no] {""}
}.
trial-report-rates = Crampes par nuit : étirements { $stretch } ({ $stretch_cramps } en { $stretch_nights } nuits), repos { $rest } ({ $rest_cramps } en { $rest_nights } nuits).
trial-report-numbers = Rapport des taux { $ratio }, intervalle à 90 % { $low } à { $high } ; P(moins avec étirements) { $fewer } (avec phi doublé { $fewer_doubled }) ; phi { $phi } ; paires en faveur des étirements { $favouring } sur { $analysed } ; p de randomisation { $p } (plancher { $floor }).
trial-report-verdict = Verdict : { $verdict ->
    [clearly-fewer] nettement moins de crampes les semaines d'étirements
    [no-clear-difference] pas de différence nette
    [clearly-more] nettement plus de crampes les semaines d'étirements
   *[not-enough-data] pas assez de données
}.
trial-report-limits = Limites : en ouvert (la personne connaissait le type de chaque bloc), peu de blocs, effets de report et de saison possibles ; analysé comme randomisé.
