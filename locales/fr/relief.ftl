## L'aide en cas de crampe la nuit (brouillon, voir locales/en/relief.ftl).

relief-step-light = Allumez
    .say = Allumez une lumière avant de vous lever.
    .detail = Allumez une lumière avant de vous lever. Bougez lentement.
relief-step-sit = Asseyez-vous
    .say = Asseyez-vous au bord du lit.
    .detail = Asseyez-vous d'abord au bord du lit, les pieds au sol.
relief-step-stretch-calf = Étirez
    .say = Jambe tendue sur le lit, talon en bas : tirez les orteils vers vous.
    .detail = Toujours assis, posez cette jambe tendue sur le lit, talon en bas, et tirez les orteils vers vous. Une serviette autour du pied aide. Tenez doucement.
relief-step-stretch-back = Étirez
    .say = Assis, la jambe tendue, penchez-vous en avant depuis les hanches.
    .detail = Assis, la jambe tendue, penchez-vous en avant depuis les hanches, le dos droit, ou tirez les orteils vers vous. Tenez doucement.
relief-step-side-lying-front = Sur le côté
    .say = Allongez-vous sur le côté, pliez le genou et amenez le talon vers la fesse.
    .detail = Restez au lit et allongez-vous sur l'autre côté. Pliez le genou et amenez le talon vers la fesse, en tenant la cheville ou le drap. Tenez doucement.
relief-step-rub = Massez
    .say = Massez doucement le muscle, sauf si la jambe est gonflée, chaude, rouge ou foncée.
    .detail = Massez doucement le muscle avec la main. Ne massez pas une jambe gonflée, chaude, rouge ou foncée : demandez conseil.
relief-step-stand-calf = Si stable
    .say = Seulement si vous êtes stable : levez-vous lentement, en tenant un appui solide. Si la tête vous tourne, asseyez-vous.
    .detail = Seulement si vous vous sentez stable et que cela n'a pas cédé : levez-vous lentement, en tenant un appui solide, le poids sur cette jambe et le genou un peu plié. Si la tête vous tourne, asseyez-vous. Sinon, ou si cela fait trop mal, restez assis et tirez les orteils vers le haut.
relief-step-stand-front = Si stable
    .say = Seulement si vous êtes stable : levez-vous lentement, en tenant un appui solide. Si la tête vous tourne, asseyez-vous.
    .detail = Seulement si vous vous sentez stable et que cela n'a pas cédé : asseyez-vous au bord du lit, levez-vous lentement en tenant un appui solide, pliez le genou et amenez le talon vers la fesse. Si la tête vous tourne, asseyez-vous.
relief-step-warmth = Chaleur
    .say = La chaleur peut aider, seulement si une bouillotte est déjà à portée de main.
    .detail = Une bouillotte peut détendre le muscle, mais seulement si elle est déjà à portée de main. Tiède, pas brûlante, et jamais sur une peau insensible. N'allez jamais en chercher une dans le noir. Retournez au lit quand cela a cédé.
relief-step-toes-up = Orteils en haut
    .say = Tirez les orteils vers le genou.
    .detail = Tirez les orteils vers le genou, avec la main ou une serviette autour du pied. Tenez doucement.
relief-step-press-flat = Pied à plat
    .say = Appuyez le pied à plat sur le sol.
    .detail = Toujours assis, appuyez le pied à plat sur le sol.
relief-step-rub-sole = Massez
    .say = Massez doucement la plante, sauf si le pied ou la jambe est gonflé, chaud, rouge ou foncé.
    .detail = Massez doucement la plante du pied. Ne massez pas un pied ou une jambe gonflés, chauds, rouges ou foncés : demandez conseil.

relief-urgent = Demandez un avis médical urgent si la crampe dure plus de 10 minutes sans céder, ou si une jambe est douloureuse, gonflée, chaude, rouge ou plus foncée. Essoufflement soudain ou douleur dans la poitrine : appelez tout de suite un numéro d'urgence.
relief-urgent-1 = Demandez un avis médical urgent si la crampe dure plus de 10 minutes sans céder,
relief-urgent-2 = ou si une jambe est douloureuse, gonflée, chaude, rouge ou plus foncée.
relief-urgent-3 = Essoufflement soudain ou douleur dans la poitrine : appelez tout de suite un numéro d'urgence.
relief-urgent-short = Avis urgent si plus de 10 minutes sans céder, ou si une jambe est douloureuse, gonflée, chaude, rouge ou plus foncée. Essoufflement soudain ou douleur dans la poitrine : appelez tout de suite les urgences.
relief-urgent-now = Cela dure depuis plus de 10 minutes.
relief-is-it-a-cramp = Une crampe est une contraction soudaine, dure et douloureuse d'un muscle, qui cède quand on l'étire. Un besoin de bouger les jambes, une douleur au mollet en marchant, un engourdissement ou une faiblesse sont autre chose : parlez-en à un médecin.
relief-medicines = Certains médicaments et problèmes de santé peuvent rendre les crampes plus probables : si les vôtres ont commencé ou empiré après un changement de médicaments, dites-le à votre médecin ou à votre pharmacien. N'arrêtez et ne modifiez jamais un médicament de vous-même.
relief-first-said = Une crampe ? Laissez-la passer. Quelle jambe, et quel muscle ?
relief-first-keys-said = Enter commence par le mollet gauche. R, c'est la jambe droite. C mollet, B arrière de la cuisse, F avant, O pied.
relief-end-said = Cela a cédé ? Alors retournez au lit quand vous serez prêt ; sinon, étirez encore comme avant. Quelle a été la douleur au pire, et combien de temps cela a duré ?
relief-end-keys-said = Haut et bas disent la douleur. 1 à 4 disent la durée : moins d'une minute, 1 à 5 minutes, 5 à 10 minutes, ou plus de 10 minutes. Enter enregistre.
relief-lasted-under-1 = moins d'une minute
relief-lasted-1-5 = 1 à 5 minutes
relief-lasted-5-10 = 5 à 10 minutes
relief-lasted-longer = plus de 10 minutes
relief-lasted-question = Combien de temps la crampe a-t-elle duré ? 1 moins d'une minute, 2 1 à 5 minutes, 3 5 à 10 minutes, 4 plus de 10 minutes ; ou la durée, comme 7m (Enter la laisse de côté)

relief-leg = { $leg ->
    [left] gauche
   *[right] droite
}
relief-muscle = { $muscle ->
    [calf] mollet
    [back-thigh] arrière de la cuisse
    [front-thigh] avant de la cuisse
   *[foot] pied
}
relief-place = { $leg ->
    [left] { $muscle ->
        [calf] mollet gauche
        [back-thigh] cuisse gauche, à l'arrière
        [front-thigh] cuisse gauche, à l'avant
       *[foot] pied gauche
    }
   *[right] { $muscle ->
        [calf] mollet droit
        [back-thigh] cuisse droite, à l'arrière
        [front-thigh] cuisse droite, à l'avant
       *[foot] pied droit
    }
}

relief-page-written = La page de chevet est dans { $path }. Enregistrez-la sur votre téléphone (ou ouvrez-la dans un navigateur) et gardez-le près du lit : elle n'a besoin d'aucun réseau et n'enregistre rien.
relief-card-written = La carte est dans { $path } : imprimez-la sur une page A4 ou Letter.
relief-pdf-written = Le PDF de la carte est dans { $path }.

relief-plain-which-leg = Quelle jambe ? l gauche (Enter), r droite
relief-plain-which-muscle = Quel muscle ? c mollet (Enter), b arrière de la cuisse, f avant de la cuisse, o pied
relief-plain-cramp = Crampe : { $place }. Enter passe à la suite ; chaque étape passe aussi d'elle-même.
relief-plain-said = dit : { $text }
relief-plain-pain = Quelle a été la douleur au pire, de 0 à { $max } ? (Enter pour ne pas répondre)
relief-plain-pain-again = Un nombre de 0 à { $max }, ou Enter pour ne pas répondre
relief-plain-lasted-again = 1, 2, 3 ou 4, ou une durée comme 7m ou 90s, ou Enter pour ne pas répondre

relief-page-title = Aide en cas de crampe : windown au chevet
relief-page-heading = Aide en cas de crampe
relief-page-clock = Depuis combien de temps dure la crampe
relief-page-mute = Couper le son
relief-page-which-leg = Quelle jambe ?
relief-page-where = Où est la crampe ?
relief-page-tap = Touchez l'endroit douloureux pour commencer.
relief-page-back = Retour
relief-page-next = Suivant
relief-page-done = Terminé
relief-page-new-cramp = Nouvelle crampe
relief-page-leg = { $leg ->
    [left] Gauche
   *[right] Droite
}
relief-page-muscle = { $muscle ->
    [calf] Mollet
    [back-thigh] Arrière de la cuisse
    [front-thigh] Avant de la cuisse
   *[foot] Pied
}
relief-page-step = Étape { $n } sur { $total } : { $place }
relief-page-step-said = Étape { $n } sur { $total }.
relief-page-moves-on = Passe à la suite d'elle-même dans { $s } s.
relief-page-over = Les étapes sont terminées
relief-page-over-said = Les étapes sont terminées. Cette page n'enregistre rien : notez la crampe demain matin.
relief-page-started = La crampe a commencé à { $at } et a duré { $lasted }.
relief-page-lasted = { $n ->
    [0] moins d'une minute
    [one] environ { $n } minute
   *[other] environ { $n } minutes
}
relief-page-over-announced = Les étapes sont terminées. La crampe a commencé à { $at }. Cette page n'enregistre rien.
relief-page-log = Cette page n'enregistre rien. Pour noter la crampe demain matin, tapez :
relief-page-checkin = ou répondez à la question du matin (ouvrez { $app }, ou tapez { $checkin }).
relief-page-again-said = Quelle jambe, et où est la crampe ?
relief-page-urgent-label = Conseil urgent
relief-page-noscript = Sans scripts, la page ne peut pas minuter les étapes ; les voici dans l'ordre.

relief-card-title = Carte crampe : windown
relief-card-heading = Quand une jambe crampe la nuit
relief-card-getting-up = Pour se lever :
relief-card-get-up = Allumez une lumière. Asseyez-vous d'abord au bord du lit. Debout seulement si vous êtes stable : lentement, en tenant un appui solide. Si la tête vous tourne, asseyez-vous. Jamais de marche dans le noir.
relief-card-get-up-seated = Allumez une lumière avant de vous lever. Asseyez-vous d'abord au bord du lit. Restez assis ou allongé. Ne marchez jamais dans le noir.
relief-card-dizzy = Si la tête vous tourne, asseyez-vous.
relief-card-log = Le matin, notez-la avec l'heure : { $command }
