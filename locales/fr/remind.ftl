## Rappels en notifications. Brouillon : pas encore relu.

remind-action-start = Commencer
remind-action-done = Fait
remind-action-snooze = Reporter de 10 min
remind-start-with = Pour commencer : { $command }
remind-mistake-title = windown : un fichier de rappels contient une erreur

remind-hydration-title = Buvez un peu d'eau
remind-hydration-body = Un verre d'eau maintenant, sauf si un professionnel de santé vous a demandé de limiter les boissons.
remind-legs-up-title = Surélevez vos jambes
remind-legs-up-body = Les pieds plus haut que le cœur pendant environ 30 minutes, pour les chevilles enflées et le confort (ce n'est pas un traitement des crampes). Si cela vous essouffle, augmente la douleur ou rend vos pieds pâles ou froids, arrêtez et parlez-en à votre médecin.
remind-caffeine-title = Dernière caféine de la journée
remind-caffeine-body = Le coucher est dans six heures. La caféine peut vous tenir éveillé : à partir de maintenant, choisissez des boissons sans caféine.
remind-last-drink-title = Dernière grande boisson de la journée
remind-last-drink-body = Le coucher est dans deux heures. Une grande boisson maintenant peut vous réveiller la nuit ; les petites gorgées conviennent.
remind-wind-down-title = L'heure de se détendre
remind-wind-down-body = Le coucher est dans une heure : baissez les lumières, bientôt plus d'écrans, quelque chose de calme.
remind-evening-stretch-title = Étirements du soir
remind-evening-stretch-body = Environ quatre minutes d'étirements des mollets et de l'arrière des cuisses, puis directement au lit.

remind-process-running = { $how ->
    [already] Le processus de rappels est déjà en cours
    [service] Le processus de rappels a démarré par son service
   *[background] Le processus de rappels a démarré en arrière-plan jusqu'à votre déconnexion ou son arrêt
}{ $pid ->
    [0] .
   *[other] {" "}(pid { $pid }).
}
remind-process-service-failed = Impossible de démarrer le service de rappels : { $error }
remind-process-start-failed = Impossible de démarrer le processus de rappels : { $error }
remind-process-did-not-start = Le processus de rappels n'a pas démarré ; voir `windown remind status`.
remind-process-not-running = Le processus de rappels n'est pas en cours.
remind-process-stopped = Processus de rappels arrêté.
remind-process-stopped-login = Processus de rappels arrêté ; il redémarrera à votre prochaine connexion.
remind-process-did-not-stop = Le processus de rappels ne s'est pas arrêté ; voir `windown remind status`.

remind-test-result = { $outcome ->
    [delivered] test de { $id } : un serveur de notifications l'a reçue
    [failed] test de { $id } : aucun serveur de notifications ne l'a reçue : { $error }
   *[timeout] test de { $id } : le serveur de notifications n'a pas répondu en { $seconds } s
}
remind-test-file-mistake = impossible d'envoyer un test de « { $id } » : { $problem }
remind-test-no-reminder = le rappel « { $id } » n'existe plus
remind-test-not-beside = impossible d'envoyer un test : { $program } n'est pas installé à côté de ce programme
remind-test-ended = impossible d'envoyer un test : { $program } s'est terminé avec { $status }
remind-test-cannot-start = impossible d'envoyer un test : impossible de démarrer { $program } : { $error }
