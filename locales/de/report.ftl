## Der Bericht für Ärztinnen und Ärzte (`windown report`, seine HTML-Seite und PDF).
## Entwurf: noch nicht von Muttersprachlern oder Fachleuten geprüft.

report-heading-text = windown: Aufzeichnung nächtlicher Beinkrämpfe
report-heading = Aufzeichnung nächtlicher Beinkrämpfe
report-page-title = windown: Aufzeichnung nächtlicher Krämpfe
report-title = Nächte von { $from } bis { $to } ({ $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
})
report-printed = Erstellt am { $date }
report-for = für { $name }
report-printed-for = Erstellt am { $date }, für { $name }
report-date = { $weekday }, { $iso }
report-weekday-short = { $day ->
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
    [6] Sa.
   *[7] So.
}
report-decimal-mark = ,

report-row-recorded = Erfasste Nächte
report-recorded-value = { $n } von { $of }
report-row-cramp-nights = Nächte mit Krämpfen
report-cramp-nights-value = { $n } ({ $pct } % der erfassten Nächte)
report-row-per-night = Krämpfe pro Nacht
report-per-night-none = keine Nacht mit Anzahl
report-per-night-value = { $rate } ({ $cramps ->
    [one] { $cramps } Krampf
   *[other] { $cramps } Krämpfe
} in { $nights ->
    [one] { $nights } Nacht
   *[other] { $nights } Nächten
} mit Anzahl)
report-row-pain = Schmerz (0–10)
report-pain-none = nicht angegeben
report-pain-value = im Mittel { $avg }/10 ({ $given } angegeben), stärkster Wert { $worst }
report-row-sleep = Schlaf gestört
report-sleep-value = { $n ->
    [one] { $n } Nacht
   *[other] { $n } Nächte
} (selbst angegeben oder schlechte Nacht)
report-row-stretched = Abende mit Dehnen
report-stretched-value = { $n } von { $of } (eine Routine beendet)
report-row-since = Seit der ersten Aufzeichnung
report-since-value = an { $done } von { $of } Abenden gedehnt, seit { $date }
report-row-places = Krämpfe nach Stelle
report-place = { $muscle ->
    [calf] { $leg ->
        [left] linke
       *[right] rechte
    } Wade
    [back-thigh] { $leg ->
        [left] linke
       *[right] rechte
    } Oberschenkelrückseite
    [front-thigh] { $leg ->
        [left] linke
       *[right] rechte
    } Oberschenkelvorderseite
   *[foot] { $leg ->
        [left] linker
       *[right] rechter
    } Fuß
} { $n }

report-comparison-heading = Nächte nach einem Abend mit und ohne Dehnen
report-cmp-nights-heading = Nächte mit Krämpfen, unter den Nächten mit Morgen-Eintrag:
report-cmp-with = nach einem Abend mit beendeter Routine:
report-cmp-without = nach einem Abend ohne:
report-cmp-no-nights = noch keine Nächte
report-cmp-nights = { $n } von { $of ->
    [one] { $of } Nacht
   *[other] { $of } Nächten
} ({ $pct } %)
report-cmp-counts-heading = Krämpfe pro Nacht, wo die Anzahl bekannt ist:
report-cmp-counts-unknown = nicht bekannt: bei { $missing } von { $of ->
    [one] { $of } Nacht mit Krämpfen
   *[other] { $of } Nächten mit Krämpfen
} fehlt die Anzahl
report-cmp-counts = { $rate } pro Nacht ({ $cramps ->
    [one] { $cramps } Krampf
   *[other] { $cramps } Krämpfe
} in { $nights ->
    [one] { $nights } Nacht
   *[other] { $nights } Nächten
})
report-cmp-too-few = Weniger als { $n } Nächte auf einer Seite: zu früh, um viel daraus abzulesen.
report-cmp-caveat =
    Nächte unterscheiden sich auch sonst, und Krämpfe kommen und gehen von selbst:
    dies kann nicht zeigen, dass das Dehnen einen Unterschied bewirkt hat.
report-cmp-not-evidence = Eine persönliche Aufzeichnung, kein medizinischer Nachweis.
report-cmp-trial-ended = Das Ergebnis Ihres persönlichen Experiments: windown trial result.
report-cmp-trial = Ein fairer Test, ob Dehnen Ihnen hilft: windown trial.
report-cmp-hidden = Nächte nach einem Abend mit Dehnen im Vergleich zu den anderen: ausgeblendet, solange Ihr Experiment läuft, damit nichts das Ergebnis beeinflusst (siehe windown trial status).

report-routines-label = Verwendete Routinen:
report-routines-none = keine beendet
report-routine = { $title } ({ $id }): { $n ->
    [one] einmal
   *[other] { $n }-mal
}
report-more = und { $n } weitere
report-week-of = Woche ab
report-week-recorded = erfasste Nächte
report-week-with = mit Krämpfen
report-week-cramps = Krämpfe
report-week-stretched = Abende gedehnt
report-no-record-note = (–: in dieser Woche keine Nacht erfasst; nicht dasselbe wie 0)
report-plus-note = (+: bei manchen Nächten mit Krämpfen fehlt die Anzahl; es sind mindestens so viele)
report-episodes-heading = Krämpfe einzeln:
report-episode = { $when }  { $muscle ->
    [calf] { $leg ->
        [left] linke
       *[right] rechte
    } Wade
    [back-thigh] { $leg ->
        [left] linke
       *[right] rechte
    } Oberschenkelrückseite
    [front-thigh] { $leg ->
        [left] linke
       *[right] rechte
    } Oberschenkelvorderseite
   *[foot] { $leg ->
        [left] linker
       *[right] rechter
    } Fuß
}{ $pain ->
    [none] {""}
   *[other] , Schmerz { $pain }/10
}{ $lasted ->
    [none] {""}
   *[other] , Dauer { $lasted }
}
report-notes-heading = Notizen:
report-note = Nacht vom { $date }: { $note }
report-not-a-diagnosis = Eine persönliche Aufzeichnung, keine Diagnose.
report-foot = Von der Person selbst mit windown geführt, einem Begleiter für Dehnen und Schlaf; Nächte ohne Aufzeichnung fehlen in allen Zahlen.

report-chart-label = Nächte mit Krämpfen und Abende mit Dehnen, Woche für Woche
report-key-cramps = Nächte mit Krämpfen
report-key-recorded = erfasste Nächte
report-key-stretched = Abende gedehnt (pro Woche, 0 bis 7)

report-wrote-html = Die Seite steht in { $path }.
report-wrote-pdf = Das PDF steht in { $path }.
report-label = { $label }:
