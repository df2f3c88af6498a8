## L'historique en mots : `windown history`, `windown history undo`, `windown checkin`,
## `windown stats` (aussi l'écran de progrès de l'application).

history-cramps = { $cramps ->
    [none] aucune
    [mild] légères
   *[bad] fortes
}
history-where = { $leg ->
    [left] { $muscle ->
        [back-thigh] arrière de la cuisse gauche
        [front-thigh] avant de la cuisse gauche
        [foot] pied gauche
       *[calf] mollet gauche
    }
   *[right] { $muscle ->
        [back-thigh] arrière de la cuisse droite
        [front-thigh] avant de la cuisse droite
        [foot] pied droit
       *[calf] mollet droit
    }
}
history-kind = { $target ->
    [session] séance
    [checkin] réponse du matin
    [reminder-ack] confirmation de rappel
    [removal] suppression
   *[cramp] crampe
}
history-day = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
} { $day } { $month ->
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
} { $year }
history-day-short = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
} { $day } { $month ->
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

history-row-session = { $at }  séance    { $title } ({ $id }) : { $finished ->
    [yes] terminée, { $done } étapes sur { $total }
   *[no] arrêtée après { $done } étapes sur { $total }
}{ $skipped ->
    [0] {""}
   *[other] {" "}({ $skipped } sautées)
}, { $time }{ $daytime ->
    [yes] , en journée
   *[no] {""}
}
history-row-checkin = { $at }  matin     nuit du { $night } : { $answer }{ $count ->
    [0] {""}
    [one] , { $count } crampe
   *[other] , { $count } crampes
}{ $woke ->
    [yes] , réveillé(e)
    [no] , sans réveil
   *[unknown] {""}
}{ $noted ->
    [yes] {" "}: « { $note } »
   *[no] {""}
}{ $replaced ->
    [yes] {"  "}(remplacée par une réponse plus récente)
   *[no] {""}
}
history-row-reminder = { $at }  rappel    { $reminder } : fait
history-row-cramp = { $at }  crampe    { $daytime ->
    [yes] en journée
   *[no] nuit du { $night }
} : { $place }{ $pain ->
    [-1] {""}
   *[other] , douleur { $pain }/10
}{ $guided ->
    [yes] , aide contre la crampe { $relief }
   *[no] {""}
}
history-row-trial-plan = { $at }  essai     plan tiré : { $pairs } paires de blocs de { $block } nuits après une période de référence de { $baseline } nuits à partir du { $first }
history-row-trial-note = { $at }  essai     note : « { $note } »
history-row-trial-stopped = { $at }  essai     arrêté avant la fin
history-row-trial-red-flag = { $at }  essai     arrêté par un signe d'alerte
history-row-removed = { $at }  retiré    { $kind } du { $target }

history-removed-not-shown = { $n ->
    [one] ({ $n } enregistrement retiré n'est pas affiché)
   *[other] ({ $n } enregistrements retirés ne sont pas affichés)
}
history-empty = Pas encore d'historique : les séances et les réponses du matin s'afficheront ici.
history-empty-days = Rien n'a été enregistré pendant ces jours.

history-undo-nothing = Rien à annuler : aucune séance, réponse du matin ou crampe n'est enregistrée.
history-undo-done = Dernier enregistrement retiré ({ $kind }) : { $row }
history-undo-stays = Il reste dans le fichier, marqué comme retiré, et ne compte plus nulle part.
history-undo-back = Enregistrement retiré rétabli ({ $kind }) : { $row }
history-undo-back-stays = Il compte de nouveau ; le retrait reste dans le fichier, marqué comme annulé.

history-checkin-ask = Crampes dans les jambes la nuit dernière (nuit du { $night }) ? none (aucune), mild (légères) ou bad (fortes) :{" "}
history-checkin-ask-again = Veuillez répondre none, mild ou bad.
history-checkin-ask-woke = Vous ont-elles réveillé(e) ? yes ou no (Entrée pour passer) :{" "}
history-checkin-ask-woke-again = Veuillez répondre yes ou no, ou appuyer sur Entrée.
history-checkin-recorded = Enregistré pour la nuit du { $night } : { $cramps ->
    [none] pas de crampes
   *[other] crampes { $answer }{ $count ->
        [0] {""}
        [one] {" "}(une fois)
       *[other] {" "}({ $count } fois)
    }
}{ $replaces ->
    [yes] {" "}(remplace la réponse précédente : { $earlier })
   *[no] {""}
}.

history-stats-streak = Série : { $n ->
    [one] { $n } soir
   *[other] { $n } soirs
} (la plus longue : { $longest ->
    [one] { $longest } soir
   *[other] { $longest } soirs
})
history-stats-sessions = Séances : { $finished } { $finished ->
    [one] terminée
   *[other] terminées
} sur { $started } { $started ->
    [one] commencée
   *[other] commencées
}, { $time } d'étirements en tout
history-stats-checkins = Réponses du matin : { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
}, { $cramp } avec crampes ({ $bad } fortes)
history-stats-cramps = Crampes notées : { $n }{ $daytime ->
    [0] {""}
   *[other] {" "}({ $daytime } en journée, hors de toute nuit)
}{ $pained ->
    [yes] {" "}; douleur { $average }/10 en moyenne ({ $given } indiquées), au plus { $worst }
   *[no] {""}
}
history-stats-by-place = Crampes par endroit : { $places }
history-stats-place = { $place } { $n }
history-stats-per-night = Crampes par nuit : { $rate } ({ $cramps ->
    [one] { $cramps } crampe
   *[other] { $cramps } crampes
} en { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
} avec un nombre)
history-stats-reminders = Rappels faits : { $n }
history-stats-recent = { $ended ->
    [yes] { $days } jours jusqu'au { $to }
   *[no] { $days } derniers jours
} : une routine terminée { $finished ->
    [one] { $finished } soir
   *[other] { $finished } soirs
}, des crampes { $cramp } nuits sur { $checked } renseignées
history-stats-day = { $day } { $month ->
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
} { $year }

history-compare-nights = Nuits avec crampes, parmi les nuits avec une réponse du matin :
history-compare-counts = Crampes par nuit, là où le nombre est connu :
history-compare-with = {"  "}après un soir avec une routine terminée : { $what }
history-compare-without = {"  "}après un soir sans :                     { $what }
history-tally = { $nights ->
    [0] pas encore de nuits
   *[other] { $cramp } sur { $nights ->
        [one] { $nights } nuit
       *[other] { $nights } nuits
    } ({ $pct } %)
}
history-tally-counts = { $nights ->
    [0] pas encore de nuits
   *[other] { $known ->
        [yes] { $rate } par nuit ({ $cramps ->
            [one] { $cramps } crampe
           *[other] { $cramps } crampes
        } en { $nights ->
            [one] { $nights } nuit
           *[other] { $nights } nuits
        })
       *[no] inconnu : { $missing } des { $cramp ->
            [one] { $cramp } nuit avec crampes n'a
           *[other] { $cramp } nuits avec crampes n'ont
        } pas de nombre
    }
}
history-compare-few = Moins de { $few } nuits d'un côté : trop tôt pour en tirer grand-chose.
history-compare-caveat-1 = Les nuits diffèrent aussi d'autres façons, et les crampes vont et viennent d'elles-mêmes :
history-compare-caveat-2 = ceci ne peut pas montrer que les étirements ont fait une différence.
history-compare-not-evidence = Un relevé personnel, pas une preuve médicale.
history-compare-trial-ended = Le résultat de votre essai personnel : windown trial result.
history-compare-trial = Un test équitable pour savoir si les étirements vous aident : windown trial.
history-compare-hidden = Nuits après un soir d'étirements, comparées aux autres : masquées tant que votre essai est en cours, pour que rien n'influence le résultat (voir windown trial status).

history-nudge-1 = Les crampes interrompent souvent votre sommeil. Le service de santé britannique (NHS) conseille d'en parler à un médecin généraliste.
history-nudge-2 = Consultez-en un aussi si les crampes s'accompagnent d'engourdissement ou de gonflement, ou si les muscles de vos jambes s'affaiblissent ou perdent du volume.

## The six-week check (home and `windown stats`): a neutral summary, a sentence a line.

# $day, $month (the month's name), $year: the evening of the first finished routine;
# $n: evenings with a finished routine among the $days (42) since.
history-six-weeks-first = Six semaines depuis votre première routine du soir ({ $day } { $month } { $year }) : vous en avez terminé une { $n } soirs sur ces { $days }.
# $nights: nights told about (a check-in or a logged cramp) in the six weeks; $cramp: of
# them with cramps.
history-six-weeks-during = Pendant ces six semaines, vous avez renseigné windown sur { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
} : { $cramp } avec des crampes.
# The same for the nights before the first routine.
history-six-weeks-before = Avant cela, vous avez renseigné windown sur { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
} : { $cramp } avec des crampes.
history-six-weeks-not-proof = Les nuits diffèrent aussi par d'autres aspects et les crampes vont et viennent d'elles-mêmes : ces chiffres ne peuvent donc pas montrer l'effet des étirements.
# Safety: the last line, always there (the English shows beside a draft).
history-six-weeks-doctor = Si vos crampes ne vont pas mieux, parlez-en à votre médecin.

## Cramps logged, above the morning question (home) and before `windown checkin` records.

# $n: cramps logged; $when: last (last night) or that (that night, a night asked about by
# date); $list: the cramps, each history-logged-cramp, joined by ", ".
history-logged = Vous avez noté { $n ->
    [one] { $n } crampe
   *[other] { $n } crampes
} { $when ->
    [that] cette nuit-là
   *[last] la nuit dernière
} : { $list }
# One cramp in that list. $time: its time of day (03:12); $place: history-where.
history-logged-cramp = { $time } { $place }
# After "none" is recorded for a night with cramps logged (history-logged was printed
# before). $n: the cramps logged. Keep g and l (the app's keys).
history-checkin-none-logged = Votre réponse « aucune » est enregistrée quand même, et { $n ->
    [one] la crampe notée compte toujours
   *[other] les { $n } crampes notées comptent toujours
} dans vos chiffres et le rapport. Pour retirer une crampe notée par erreur : dans l'application, g puis l.

## A cramp recorded (`windown cramp log`, the end of the relief guide).

# $place: history-where; $time: time of day (03:12); $day: history-day of the cramp;
# $daytime: yes for a cramp in no night, else $night: history-day-short of its night;
# $lasted: how long it lasted (history-lasted-5-15, the relief guide's answer, or a time
# such as 7m), with $timed yes, else $timed no; $guided: yes when the relief guide ran for
# $relief (3m05s); $pain: 0 to 10, or -1 when not given.
history-cramp-recorded = Crampe enregistrée : { $place } à { $time } le { $day } ({ $daytime ->
    [yes] crampe de jour, comptée dans aucune nuit
   *[no] la nuit du { $night }
}){ $timed ->
    [yes] , durée : { $lasted }
   *[no] {""}
}{ $guided ->
    [yes] , { $relief } avec le guide
   *[no] {""}
}{ $pain ->
    [-1] {""}
   *[other] , douleur { $pain }/10
}.
# After it, at the relief guide's end.
history-cramp-undo = Pour la supprimer : windown history undo
# How long a cramp lasted, an old relief guide's answer "5 to 15 minutes" (its choices now split at 10 minutes).
history-lasted-5-15 = 5 à 15 minutes

## A hint under "history.jsonl line N was written by a newer windown". $path: the file.
history-newer-hint = le fichier est { $path } ; une version plus récente de windown peut le lire (rien n'a été modifié)
