## Le rapport pour le médecin (`windown report`, sa page HTML et son PDF).
## Brouillon : pas encore relu par un locuteur natif ni par un clinicien.

report-heading-text = windown : relevé des crampes nocturnes aux jambes
report-heading = Relevé des crampes nocturnes aux jambes
report-page-title = windown : relevé des crampes nocturnes
report-title = Nuits du { $from } au { $to } ({ $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
})
report-printed = Imprimé le { $date }
report-for = pour { $name }
report-printed-for = Imprimé le { $date }, pour { $name }
report-date = { $weekday } { $iso }
report-weekday-short = { $day ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
}
report-decimal-mark = ,

report-row-recorded = Nuits enregistrées
report-recorded-value = { $n } sur { $of }
report-row-cramp-nights = Nuits avec crampes
report-cramp-nights-value = { $n } ({ $pct } % des nuits enregistrées)
report-row-per-night = Crampes par nuit
report-per-night-none = aucune nuit n'a de nombre
report-per-night-value = { $rate } ({ $cramps ->
    [one] { $cramps } crampe
   *[other] { $cramps } crampes
} sur { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
} avec un nombre)
report-row-pain = Douleur (0-10)
report-pain-none = non indiquée
report-pain-value = { $avg }/10 en moyenne ({ $given } indiquées), au plus { $worst }
report-row-sleep = Sommeil interrompu
report-sleep-value = { $n ->
    [one] { $n } nuit
   *[other] { $n } nuits
} (signalé, ou mauvaise nuit)
report-row-stretched = Soirées avec étirements
report-stretched-value = { $n } sur { $of } (une routine terminée)
report-row-since = Depuis le premier relevé
report-since-value = { $done } soirées avec étirements sur { $of }, depuis le { $date }
report-row-places = Crampes par endroit
report-place = { $muscle ->
    [calf] mollet { $leg ->
        [left] gauche
       *[right] droit
    }
    [back-thigh] arrière de la cuisse { $leg ->
        [left] gauche
       *[right] droite
    }
    [front-thigh] avant de la cuisse { $leg ->
        [left] gauche
       *[right] droite
    }
   *[foot] pied { $leg ->
        [left] gauche
       *[right] droit
    }
} { $n }

report-comparison-heading = Nuits après une soirée avec et sans étirements
report-cmp-nights-heading = Nuits avec crampes, parmi les nuits avec un bilan du matin :
report-cmp-with = après une soirée avec une routine terminée :
report-cmp-without = après une soirée sans :
report-cmp-no-nights = pas encore de nuits
report-cmp-nights = { $n } sur { $of ->
    [one] { $of } nuit
   *[other] { $of } nuits
} ({ $pct } %)
report-cmp-counts-heading = Crampes par nuit, quand le nombre est connu :
report-cmp-counts-unknown = inconnu : { $missing } sur { $of ->
    [one] { $of } nuit avec crampes n'a
   *[other] { $of } nuits avec crampes n'ont
} pas de nombre
report-cmp-counts = { $rate } par nuit ({ $cramps ->
    [one] { $cramps } crampe
   *[other] { $cramps } crampes
} sur { $nights ->
    [one] { $nights } nuit
   *[other] { $nights } nuits
})
report-cmp-too-few = Moins de { $n } nuits d'un côté : trop tôt pour en tirer grand-chose.
report-cmp-caveat =
    Les nuits diffèrent aussi à d'autres égards, et les crampes vont et viennent d'elles-mêmes :
    ceci ne peut pas montrer que les étirements ont causé une différence.
report-cmp-not-evidence = Un relevé personnel, pas une preuve médicale.
report-cmp-trial-ended = Le résultat de votre expérience personnelle : windown trial result.
report-cmp-trial = Un test équitable pour savoir si les étirements vous aident : windown trial.
report-cmp-hidden = Nuits après une soirée avec étirements, comparées aux autres : masquées pendant votre expérience, pour que rien n'influence le résultat (voir windown trial status).

report-routines-label = Routines utilisées :
report-routines-none = aucune terminée
report-routine = { $title } ({ $id }) : { $n ->
    [one] { $n } fois
   *[other] { $n } fois
}
report-more = et { $n } de plus
report-week-of = Semaine du
report-week-recorded = nuits enregistrées
report-week-with = avec crampes
report-week-cramps = crampes
report-week-stretched = soirées avec étirements
report-no-record-note = (– : aucune nuit enregistrée cette semaine ; pas la même chose que 0)
report-plus-note = (+ : certaines nuits avec crampes n'ont pas de nombre ; il y en a au moins autant)
report-episodes-heading = Crampes, une par une :
report-episode = { $when }  { $muscle ->
    [calf] mollet { $leg ->
        [left] gauche
       *[right] droit
    }
    [back-thigh] arrière de la cuisse { $leg ->
        [left] gauche
       *[right] droite
    }
    [front-thigh] avant de la cuisse { $leg ->
        [left] gauche
       *[right] droite
    }
   *[foot] pied { $leg ->
        [left] gauche
       *[right] droit
    }
}{ $pain ->
    [none] {""}
   *[other] , douleur { $pain }/10
}{ $lasted ->
    [none] {""}
   *[other] , durée { $lasted }
}
report-notes-heading = Notes :
report-note = nuit du { $date } : { $note }
report-not-a-diagnosis = Un relevé personnel, pas un diagnostic.
report-foot = Tenu par la personne elle-même avec windown, un accompagnement pour les étirements et le sommeil ; les nuits sans relevé sont exclues de tous les chiffres.

report-chart-label = Nuits avec crampes et soirées avec étirements, semaine par semaine
report-key-cramps = nuits avec crampes
report-key-recorded = nuits enregistrées
report-key-stretched = soirées avec étirements (par semaine, de 0 à 7)

report-wrote-html = La page se trouve dans { $path }.
report-wrote-pdf = Le PDF se trouve dans { $path }.
report-label = { $label } :
