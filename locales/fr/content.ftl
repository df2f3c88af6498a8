## Les mots des routines fournies et de la bibliothèque d'étirements (voir locales/en/content.ftl).
## Brouillon. Vouvoiement. $side : "left", "right" ou "none" (aucun côté).
## .spoken et .spoken-side sont dits à voix haute : brefs, sans touches ni écran.

stretch-set-up =
    .title = S'installer en sécurité
    .step-1 = Placez une chaise stable sans roulettes, qui ne peut ni se plier ni glisser, le dossier contre un mur.
    .step-2 = Pieds nus ou chaussures antidérapantes : pas de chaussettes sur un sol lisse.
    .step-3 = Allumez assez de lumière pour bouger en sécurité, et dégagez le sol autour de vous.
    .step-4 = Appuyez sur Enter quand vous êtes prêt.
    .caution = Arrêtez tout étirement qui fait mal. Si vous avez un vertige ou si vous vous sentez instable, asseyez-vous.
    .spoken = Une chaise stable contre un mur. Chaussures antidérapantes ou pieds nus. Bonne lumière, sol dégagé. Puis continuez.

stretch-stand-up-slowly =
    .title = Se lever lentement
    .step-1 = Prenez votre temps : avancez-vous au bord de la chaise, les pieds à plat sur le sol.
    .step-2 = Levez-vous lentement en vous tenant au dossier de la chaise ou à un mur.
    .step-3 = Restez immobile un instant avant de continuer.
    .step-4 = Appuyez sur Enter quand vous vous sentez stable.
    .caution = Si vous avez un vertige ou une sensation de tête vide, rasseyez-vous et attendez que cela passe.
    .spoken = Avancez-vous au bord de la chaise. Levez-vous lentement en vous tenant. Restez immobile un instant, puis continuez.

stretch-wall-calf =
    .title = Étirement du mollet au mur
    .step-1 = Placez-vous face à un mur, les mains à plat dessus à hauteur de poitrine, les bras tendus.
    .step-2 = { $side ->
        [left] Reculez le pied gauche : la jambe nommée est celle que vous reculez et étirez.
        [right] Reculez le pied droit : la jambe nommée est celle que vous reculez et étirez.
       *[none] Reculez un pied : la jambe nommée est celle que vous reculez et étirez.
    }
    .step-3 = { $side ->
        [left] Gardez le genou gauche tendu, le talon au sol et les orteils vers l'avant.
        [right] Gardez le genou droit tendu, le talon au sol et les orteils vers l'avant.
       *[none] Gardez ce genou tendu, le talon au sol et les orteils vers l'avant.
    }
    .step-4 = { $side ->
        [left] Avancez les hanches vers le mur jusqu'à sentir une traction dans le mollet gauche. Respirez normalement.
        [right] Avancez les hanches vers le mur jusqu'à sentir une traction dans le mollet droit. Respirez normalement.
       *[none] Avancez les hanches vers le mur jusqu'à sentir une traction dans le mollet. Respirez normalement.
    }
    .caution = Gardez le talon arrière au sol et ne faites pas de rebonds. Arrêtez si cela fait mal.
    .spoken = Mains au mur, un pied en arrière, talon au sol, penchez-vous.
    .spoken-side = { $side ->
        [left] Pied gauche en arrière
       *[right] Pied droit en arrière
    }

stretch-bent-knee-calf =
    .title = Étirement du mollet genou fléchi
    .step-1 = Placez-vous face au mur comme pour l'étirement du mollet au mur, les mains au mur.
    .step-2 = { $side ->
        [left] Reculez le pied gauche, moins loin que pour l'étirement au mur : la jambe nommée est celle qui s'étire.
        [right] Reculez le pied droit, moins loin que pour l'étirement au mur : la jambe nommée est celle qui s'étire.
       *[none] Reculez un pied, moins loin que pour l'étirement au mur : la jambe nommée est celle qui s'étire.
    }
    .step-3 = { $side ->
        [left] Pliez légèrement le genou gauche, ce talon restant au sol.
        [right] Pliez légèrement le genou droit, ce talon restant au sol.
       *[none] Pliez légèrement ce genou, le talon restant au sol.
    }
    .step-4 = { $side ->
        [left] Descendez un peu jusqu'à sentir la traction en bas du mollet gauche, près de la cheville.
        [right] Descendez un peu jusqu'à sentir la traction en bas du mollet droit, près de la cheville.
       *[none] Descendez un peu jusqu'à sentir la traction en bas du mollet, près de la cheville.
    }
    .caution = Gardez le talon au sol et le mouvement petit. Arrêtez si cela fait mal.
    .spoken = Mains au mur, un pied en arrière, genou plié, talon au sol.
    .spoken-side = { $side ->
        [left] Pied gauche en arrière
       *[right] Pied droit en arrière
    }

stretch-seated-hamstring =
    .title = Étirement de l'arrière de la cuisse assis
    .step-1 = { $side ->
        [left] Asseyez-vous près du bord avant de la chaise stable, le pied droit à plat sur le sol.
        [right] Asseyez-vous près du bord avant de la chaise stable, le pied gauche à plat sur le sol.
       *[none] Asseyez-vous près du bord avant de la chaise stable, l'autre pied à plat sur le sol.
    }
    .step-2 = { $side ->
        [left] Tendez la jambe gauche devant vous, talon au sol, genou droit sans être bloqué : la jambe nommée est celle qui s'étire.
        [right] Tendez la jambe droite devant vous, talon au sol, genou droit sans être bloqué : la jambe nommée est celle qui s'étire.
       *[none] Tendez une jambe devant vous, talon au sol, genou droit sans être bloqué : la jambe nommée est celle qui s'étire.
    }
    .step-3 = { $side ->
        [left] Le dos bien droit, penchez-vous en avant depuis les hanches jusqu'à sentir une traction derrière la cuisse gauche.
        [right] Le dos bien droit, penchez-vous en avant depuis les hanches jusqu'à sentir une traction derrière la cuisse droite.
       *[none] Le dos bien droit, penchez-vous en avant depuis les hanches jusqu'à sentir une traction derrière la cuisse.
    }
    .step-4 = { $side ->
        [left] Ou passez une serviette sous l'avant du pied gauche et tirez doucement les orteils vers vous.
        [right] Ou passez une serviette sous l'avant du pied droit et tirez doucement les orteils vers vous.
       *[none] Ou passez une serviette sous l'avant du pied et tirez doucement les orteils vers vous.
    }
    .caution = Penchez-vous depuis les hanches, sans arrondir le dos. Arrêtez si cela fait mal. Si vous avez une prothèse de hanche, demandez l'avis de votre chirurgien avant cet étirement.
    .spoken = Asseyez-vous au bord de la chaise. Une jambe tendue, penchez-vous en avant.
    .spoken-side = { $side ->
        [left] Jambe gauche tendue
       *[right] Jambe droite tendue
    }

stretch-seated-calf =
    .title = Étirement du mollet assis avec serviette
    .step-1 = { $side ->
        [left] Asseyez-vous sur la chaise stable, le dos contre le dossier, le pied droit à plat sur le sol.
        [right] Asseyez-vous sur la chaise stable, le dos contre le dossier, le pied gauche à plat sur le sol.
       *[none] Asseyez-vous sur la chaise stable, le dos contre le dossier, l'autre pied à plat sur le sol.
    }
    .step-2 = { $side ->
        [left] Tendez la jambe gauche devant vous, talon au sol, genou droit sans être bloqué : la jambe nommée est celle qui s'étire.
        [right] Tendez la jambe droite devant vous, talon au sol, genou droit sans être bloqué : la jambe nommée est celle qui s'étire.
       *[none] Tendez une jambe devant vous, talon au sol, genou droit sans être bloqué : la jambe nommée est celle qui s'étire.
    }
    .step-3 = { $side ->
        [left] Passez une serviette sous l'avant du pied gauche et tenez un bout dans chaque main.
        [right] Passez une serviette sous l'avant du pied droit et tenez un bout dans chaque main.
       *[none] Passez une serviette sous l'avant du pied et tenez un bout dans chaque main.
    }
    .step-4 = { $side ->
        [left] Tirez doucement les orteils vers vous avec la serviette jusqu'à sentir le mollet gauche tirer. Respirez normalement.
        [right] Tirez doucement les orteils vers vous avec la serviette jusqu'à sentir le mollet droit tirer. Respirez normalement.
       *[none] Tirez doucement les orteils vers vous avec la serviette jusqu'à sentir le mollet tirer. Respirez normalement.
    }
    .caution = Tirez doucement et gardez le talon au sol. Arrêtez si cela fait mal.
    .spoken = Dos contre le dossier. Une jambe tendue, serviette sous le pied, orteils vers vous.
    .spoken-side = { $side ->
        [left] Jambe gauche tendue
       *[right] Jambe droite tendue
    }

stretch-towel-hamstring =
    .title = Étirement de l'arrière de la cuisse avec serviette
    .step-1 = Asseyez-vous sur la chaise stable, le dos contre le dossier (ou allongez-vous sur le dos sur le lit).
    .step-2 = { $side ->
        [left] Passez une serviette sous l'avant du pied gauche et tenez un bout dans chaque main : la jambe nommée est celle qui s'étire.
        [right] Passez une serviette sous l'avant du pied droit et tenez un bout dans chaque main : la jambe nommée est celle qui s'étire.
       *[none] Passez une serviette sous l'avant d'un pied et tenez un bout dans chaque main : la jambe nommée est celle qui s'étire.
    }
    .step-3 = { $side ->
        [left] Tendez le genou gauche, le talon posé au sol (ou la jambe levée si vous êtes allongé).
        [right] Tendez le genou droit, le talon posé au sol (ou la jambe levée si vous êtes allongé).
       *[none] Tendez le genou, le talon posé au sol (ou la jambe levée si vous êtes allongé).
    }
    .step-4 = Tirez doucement les orteils vers vous avec la serviette jusqu'à sentir l'arrière de la jambe tirer.
    .caution = Tirez doucement et gardez le dos droit. Arrêtez si cela fait mal. Si vous avez une prothèse de hanche, demandez l'avis de votre chirurgien avant cet étirement.
    .spoken = Serviette sous un pied, genou tendu, orteils doucement vers vous.
    .spoken-side = { $side ->
        [left] Pied gauche dans la serviette
       *[right] Pied droit dans la serviette
    }

stretch-standing-quad =
    .title = Étirement de la cuisse debout
    .step-1 = { $side ->
        [left] Placez-vous de côté contre un mur ou le dossier de la chaise stable et tenez-le de la main droite tout le temps.
        [right] Placez-vous de côté contre un mur ou le dossier de la chaise stable et tenez-le de la main gauche tout le temps.
       *[none] Placez-vous de côté contre un mur ou le dossier de la chaise stable et tenez-le de l'autre main tout le temps.
    }
    .step-2 = { $side ->
        [left] Pliez le genou gauche et amenez le talon vers la fesse : la jambe nommée est celle que vous pliez.
        [right] Pliez le genou droit et amenez le talon vers la fesse : la jambe nommée est celle que vous pliez.
       *[none] Pliez un genou et amenez le talon vers la fesse : la jambe nommée est celle que vous pliez.
    }
    .step-3 = { $side ->
        [left] Tenez la cheville gauche de la main gauche si vous l'atteignez ; sinon, passez une serviette autour.
        [right] Tenez la cheville droite de la main droite si vous l'atteignez ; sinon, passez une serviette autour.
       *[none] Tenez la cheville de la main du même côté si vous l'atteignez ; sinon, passez une serviette autour.
    }
    .step-4 = Gardez les genoux serrés et les hanches de face, et tenez-vous bien droit.
    .caution = Tenez-vous toujours à l'appui : c'est debout sur une jambe qu'une chute est la plus probable. Si votre équilibre est mauvais, ou si vos genoux ou votre dos vous gênent, faites plutôt l'étirement de la cuisse allongé sur le côté. Ne tirez pas fort sur le talon. Arrêtez si cela fait mal.
    .spoken = Tenez-vous. Pliez un genou, talon vers la fesse.
    .spoken-side = { $side ->
        [left] Jambe gauche pliée
       *[right] Jambe droite pliée
    }

stretch-side-lying-quad =
    .title = Étirement de la cuisse allongé sur le côté
    .step-1 = { $side ->
        [left] Allongez-vous sur le côté droit sur le lit, la tête sur un oreiller ou sur le bras, le genou du dessous un peu plié.
        [right] Allongez-vous sur le côté gauche sur le lit, la tête sur un oreiller ou sur le bras, le genou du dessous un peu plié.
       *[none] Allongez-vous sur le côté sur le lit, la tête sur un oreiller ou sur le bras, le genou du dessous un peu plié.
    }
    .step-2 = { $side ->
        [left] Votre jambe gauche est au-dessus : c'est celle que vous pliez et étirez.
        [right] Votre jambe droite est au-dessus : c'est celle que vous pliez et étirez.
       *[none] Une jambe est au-dessus : c'est celle que vous pliez et étirez.
    }
    .step-3 = { $side ->
        [left] Pliez le genou gauche et amenez le talon vers la fesse ; tenez la cheville de la main gauche, ou passez une serviette autour.
        [right] Pliez le genou droit et amenez le talon vers la fesse ; tenez la cheville de la main droite, ou passez une serviette autour.
       *[none] Pliez le genou du dessus et amenez le talon vers la fesse ; tenez la cheville de la main, ou passez une serviette autour.
    }
    .step-4 = Gardez les genoux serrés et les hanches l'une sur l'autre ; ne creusez pas le dos.
    .caution = C'est le choix en cas de mauvais équilibre ou de gêne aux genoux ou au dos. Bougez doucement, et arrêtez si cela fait mal.
    .spoken = Allongez-vous sur le côté. Pliez le genou du dessus, talon vers la fesse.
    .spoken-side = { $side ->
        [left] Jambe gauche au-dessus
       *[right] Jambe droite au-dessus
    }

routine-evening-legs =
    .title = Jambes du soir
    .summary = Étirements des mollets et de l'arrière des cuisses juste avant le coucher : chaque jambe, 10 secondes, 3 fois, environ 4 minutes.

routine-evening-legs-extended =
    .title = Jambes du soir, version longue
    .summary = Quatre étirements des jambes tenus plus longtemps (20 à 30 secondes, 2 à 3 fois par jambe), environ 11 minutes.

routine-seated-legs =
    .title = Jambes assis
    .summary = Étirements des mollets et de l'arrière des cuisses assis sur une chaise, sans se lever : chaque jambe, 10 secondes, 3 fois.

routine-seated-legs-step-4 =
    .title = Au lit : étirement de la cuisse sur le côté
    .step-1 = Si vous le souhaitez, une fois au lit : allongez-vous sur le côté, pliez le genou du dessus et amenez le talon vers la fesse, en tenant la cheville ou avec une serviette autour.
    .step-2 = Gardez les genoux serrés ; tenez environ 10 secondes, 3 fois, puis tournez-vous et faites l'autre jambe.
    .step-3 = Appuyez sur Enter quand c'est fait, ou sur n pour le passer.
    .caution = Bougez doucement. Arrêtez si cela fait mal.
    .spoken = Si vous le souhaitez, au lit : allongez-vous sur le côté, pliez le genou du dessus, talon vers la fesse. Environ 10 secondes, trois fois, puis l'autre jambe.

routine-wind-down =
    .title = Détente avant le coucher
    .summary = Lumières tamisées, écrans éteints, quelques minutes calmes de respiration lente, les étirements des jambes, puis au lit.

routine-wind-down-step-1 =
    .title = Tamiser les lumières
    .step-1 = Baissez les lumières de la pièce où vous êtes, ou passez à une lampe.
    .step-2 = À partir de maintenant, tenez-vous-en à des choses calmes et reposantes.

routine-wind-down-step-2 =
    .title = Autres écrans éteints ; celui-ci moins lumineux
    .step-1 = Environ 30 minutes avant le coucher : rangez le téléphone, la tablette et l'ordinateur portable, si possible hors de la chambre, et éteignez la télévision.
    .step-2 = Baissez la luminosité de cet écran. À partir d'ici, windown peut se suivre à l'oreille : activez la voix avec v si elle est coupée.
    .spoken = Environ 30 minutes avant le coucher. Rangez le téléphone, la tablette et l'ordinateur portable, et éteignez la télévision. Baissez la luminosité de cet ordinateur. À partir d'ici, vous pouvez suivre à l'oreille.

routine-wind-down-step-3 =
    .title = Un moment calme
    .step-1 = Lisez un livre papier, écoutez une musique calme, ou restez simplement assis tranquillement un moment.
    .step-2 = Appuyez sur Enter quand vous êtes prêt pour les dernières minutes.
    .spoken = Lisez un livre papier, écoutez une musique calme, ou restez simplement assis tranquillement un moment.

routine-wind-down-step-5 =
    .title = Respiration lente
    .step-1 = Asseyez-vous sur la chaise et relâchez les épaules.
    .step-2 = Inspirez doucement par le nez en comptant jusqu'à quatre environ.
    .step-3 = Expirez lentement en comptant jusqu'à six environ.
    .step-4 = Si votre esprit s'égare, revenez au comptage.
    .caution = Gardez une respiration douce et facile. Si la tête vous tourne, respirez normalement.
    .spoken = Asseyez-vous et relâchez les épaules.

routine-wind-down-step-9 =
    .title = Au lit
    .step-1 = Allez directement au lit et éteignez la lumière. windown compte la soirée comme faite à partir d'ici.
    .step-2 = Si vous êtes encore éveillé après ce qui vous semble environ 20 minutes, allumez une lampe avant de vous lever, et faites quelque chose de calme jusqu'à ce que le sommeil vienne.
    .spoken = Allez directement au lit et éteignez la lumière. Encore éveillé après environ 20 minutes ? Allumez une lampe avant de vous lever, et faites quelque chose de calme.

# L'avertissement de sécurité des routines (texte de sécurité : affiché à côté de l'anglais jusqu'à sa relecture clinique).
routine-safety-note = Sécurité : ceci est une routine générale, ni un diagnostic ni un traitement, et elle ne remplace pas un professionnel de santé. Arrêtez tout étirement qui fait mal. Est-ce vraiment une crampe ? Une crampe est une contraction soudaine, dure et douloureuse d'un muscle, qui se relâche quand on l'étire ; une envie de bouger les jambes, une douleur au mollet qui vient en marchant, ou un engourdissement ou une faiblesse sont à montrer à un médecin. Consultez un médecin si les crampes sont fréquentes ou gênent votre sommeil ou votre vie quotidienne, ou si elles s'accompagnent d'engourdissement, de gonflement, ou de muscles qui s'affaiblissent ou perdent du volume. Faites-vous aider le jour même pour une crampe qui dure plus de 10 minutes et ne cède pas à l'étirement, ou pour une douleur dans une jambe avec gonflement, chaleur, peau rouge ou plus foncée, ou veines dures et douloureuses (peut-être un caillot sanguin) ; un essoufflement soudain ou une douleur dans la poitrine est une urgence. Certains médicaments et certaines maladies peuvent rendre les crampes plus probables : si vos crampes ont commencé ou se sont aggravées après un changement de médicaments, dites-le à votre médecin ou à votre pharmacien, et n'arrêtez ni ne modifiez jamais un médicament de vous-même.
