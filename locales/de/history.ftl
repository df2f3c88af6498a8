## Der Verlauf in Worten: `windown history`, `windown history undo`, `windown checkin`,
## `windown stats` (auch die Fortschrittsseite der App).

history-cramps = { $cramps ->
    [none] keine
    [mild] leicht
   *[bad] schlimm
}
history-where = { $leg ->
    [left] { $muscle ->
        [back-thigh] linke Oberschenkelrückseite
        [front-thigh] linke Oberschenkelvorderseite
        [foot] linker Fuß
       *[calf] linke Wade
    }
   *[right] { $muscle ->
        [back-thigh] rechte Oberschenkelrückseite
        [front-thigh] rechte Oberschenkelvorderseite
        [foot] rechter Fuß
       *[calf] rechte Wade
    }
}
history-kind = { $target ->
    [session] Übungseinheit
    [checkin] Morgenangabe
    [reminder-ack] Erinnerungsbestätigung
    [removal] Entfernung
   *[cramp] Krampf
}
history-day = { $weekday ->
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
    [6] Sa.
   *[7] So.
}, { $day }. { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
} { $year }
history-day-short = { $weekday ->
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
    [6] Sa.
   *[7] So.
}, { $day }. { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}

history-row-session = { $at }  Übungen  { $title } ({ $id }): { $finished ->
    [yes] beendet, { $done } von { $total } Schritten
   *[no] abgebrochen nach { $done } von { $total } Schritten
}{ $skipped ->
    [0] {""}
   *[other] {" "}({ $skipped } übersprungen)
}, { $time }{ $daytime ->
    [yes] , tagsüber
   *[no] {""}
}
history-row-checkin = { $at }  Morgen   Nacht vom { $night }: { $answer }{ $count ->
    [0] {""}
    [one] , { $count } Krampf
   *[other] , { $count } Krämpfe
}{ $woke ->
    [yes] , davon aufgewacht
    [no] , durchgeschlafen
   *[unknown] {""}
}{ $noted ->
    [yes] : „{ $note }“
   *[no] {""}
}{ $replaced ->
    [yes] {"  "}(durch eine spätere Angabe ersetzt)
   *[no] {""}
}
history-row-reminder = { $at }  Erinnerung  { $reminder }: erledigt
history-row-cramp = { $at }  Krampf   { $daytime ->
    [yes] tagsüber
   *[no] Nacht vom { $night }
}: { $place }{ $pain ->
    [-1] {""}
   *[other] , Schmerz { $pain }/10
}{ $guided ->
    [yes] , Hilfe bei Krämpfen { $relief }
   *[no] {""}
}
history-row-trial-plan = { $at }  Versuch  Plan gezogen: { $pairs } Paare von Blöcken zu { $block } Nächten nach { $baseline } Nächten Ausgangsphase ab { $first }
history-row-trial-note = { $at }  Versuch  Notiz: „{ $note }“
history-row-trial-stopped = { $at }  Versuch  vorzeitig beendet
history-row-trial-red-flag = { $at }  Versuch  wegen eines Warnzeichens beendet
history-row-removed = { $at }  entfernt  { $kind } vom { $target }

history-removed-not-shown = { $n ->
    [one] ({ $n } entfernter Eintrag wird nicht gezeigt)
   *[other] ({ $n } entfernte Einträge werden nicht gezeigt)
}
history-empty = Noch kein Verlauf: Übungseinheiten und Morgenangaben erscheinen hier.
history-empty-days = In diesen Tagen wurde nichts aufgezeichnet.

history-undo-nothing = Nichts rückgängig zu machen: Es ist keine Übungseinheit, Morgenangabe oder kein Krampf aufgezeichnet.
history-undo-done = Zuletzt aufgezeichnet, jetzt entfernt ({ $kind }): { $row }
history-undo-stays = Der Eintrag bleibt in der Datei, als entfernt markiert, und zählt nirgends mehr.
history-undo-back = Zurückgeholt ({ $kind }, entfernt): { $row }
history-undo-back-stays = Der Eintrag zählt wieder; die Entfernung bleibt in der Datei, als rückgängig gemacht markiert.

history-checkin-ask = Beinkrämpfe letzte Nacht (Nacht vom { $night })? none (keine), mild (leicht) oder bad (schlimm):{" "}
history-checkin-ask-again = Bitte antworten Sie mit none, mild oder bad.
history-checkin-ask-woke = Sind Sie davon aufgewacht? yes oder no (Eingabetaste überspringt):{" "}
history-checkin-ask-woke-again = Bitte antworten Sie mit yes oder no, oder drücken Sie die Eingabetaste.
history-checkin-recorded = Aufgezeichnet für die Nacht vom { $night }: { $cramps ->
    [none] keine Krämpfe
   *[other] Krämpfe: { $answer }{ $count ->
        [0] {""}
        [one] {" "}(einmal)
       *[other] {" "}({ $count }-mal)
    }
}{ $replaces ->
    [yes] {" "}(ersetzt die frühere Angabe: { $earlier })
   *[no] {""}
}.

history-stats-streak = Serie: { $n ->
    [one] { $n } Abend
   *[other] { $n } Abende
} (längste { $longest ->
    [one] { $longest } Abend
   *[other] { $longest } Abende
})
history-stats-sessions = Übungseinheiten: { $finished } von { $started } begonnenen beendet, insgesamt { $time } gedehnt
history-stats-checkins = Morgenangaben: { $nights ->
    [one] { $nights } Nacht
   *[other] { $nights } Nächte
}, { $cramp } mit Krämpfen ({ $bad } schlimm)
history-stats-cramps = Erfasste Krämpfe: { $n }{ $daytime ->
    [0] {""}
   *[other] {" "}({ $daytime } tagsüber, in keiner Nacht)
}{ $pained ->
    [yes] ; Schmerz im Mittel { $average }/10 ({ $given } angegeben), höchstens { $worst }
   *[no] {""}
}
history-stats-by-place = Krämpfe nach Stelle: { $places }
history-stats-place = { $place } { $n }
history-stats-per-night = Krämpfe pro Nacht: { $rate } ({ $cramps ->
    [one] { $cramps } Krampf
   *[other] { $cramps } Krämpfe
} in { $nights ->
    [one] { $nights } Nacht
   *[other] { $nights } Nächten
} mit Anzahl)
history-stats-reminders = Erledigte Erinnerungen: { $n }
history-stats-recent = { $ended ->
    [yes] { $days } Tage bis { $to }
   *[no] Letzte { $days } Tage
}: Übungen beendet an { $finished ->
    [one] { $finished } Abend
   *[other] { $finished } Abenden
}, Krämpfe in { $cramp } von { $checked } angegebenen Nächten
history-stats-day = { $day }. { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
} { $year }

history-compare-nights = Nächte mit Krämpfen, unter den Nächten mit Morgenangabe:
history-compare-counts = Krämpfe pro Nacht, wo die Anzahl bekannt ist:
history-compare-with = {"  "}nach einem Abend mit beendeten Übungen: { $what }
history-compare-without = {"  "}nach einem Abend ohne:                 { $what }
history-tally = { $nights ->
    [0] noch keine Nächte
   *[other] { $cramp } von { $nights ->
        [one] { $nights } Nacht
       *[other] { $nights } Nächten
    } ({ $pct } %)
}
history-tally-counts = { $nights ->
    [0] noch keine Nächte
   *[other] { $known ->
        [yes] { $rate } pro Nacht ({ $cramps ->
            [one] { $cramps } Krampf
           *[other] { $cramps } Krämpfe
        } in { $nights ->
            [one] { $nights } Nacht
           *[other] { $nights } Nächten
        })
       *[no] nicht bekannt: { $missing } von { $cramp ->
            [one] { $cramp } Nacht mit Krämpfen hat
           *[other] { $cramp } Nächten mit Krämpfen haben
        } keine Anzahl
    }
}
history-compare-few = Weniger als { $few } Nächte auf einer Seite: zu früh, um viel daraus zu lesen.
history-compare-caveat-1 = Nächte unterscheiden sich auch anders, und Krämpfe kommen und gehen von selbst:
history-compare-caveat-2 = Dies kann nicht zeigen, dass das Dehnen einen Unterschied bewirkt hat.
history-compare-not-evidence = Eine persönliche Aufzeichnung, kein medizinischer Nachweis.
history-compare-trial-ended = Das Ergebnis Ihres persönlichen Versuchs: windown trial result.
history-compare-trial = Ein fairer Test, ob Dehnen Ihnen hilft: windown trial.
history-compare-hidden = Nächte nach einem Abend mit Dehnen, verglichen mit den anderen: ausgeblendet, solange Ihr Versuch läuft, damit nichts das Ergebnis beeinflusst (siehe windown trial status).

history-nudge-1 = Krämpfe stören oft Ihren Schlaf. Der britische Gesundheitsdienst NHS rät, deswegen eine Hausärztin oder einen Hausarzt aufzusuchen.
history-nudge-2 = Gehen Sie auch hin, wenn Krämpfe mit Taubheitsgefühl oder Schwellung einhergehen oder Ihre Beinmuskeln schwächer oder dünner werden.

## The six-week check (home and `windown stats`): a neutral summary, a sentence a line.

# $day, $month (the month's name), $year: the evening of the first finished routine;
# $n: evenings with a finished routine among the $days (42) since.
history-six-weeks-first = Sechs Wochen seit Ihrer ersten Abendroutine ({ $day }. { $month } { $year }): Sie haben an { $n } dieser { $days } Abende eine beendet.
# $nights: nights told about (a check-in or a logged cramp) in the six weeks; $cramp: of
# them with cramps.
history-six-weeks-during = In diesen sechs Wochen haben Sie windown von { $nights ->
    [one] { $nights } Nacht
   *[other] { $nights } Nächten
} berichtet: { $cramp } mit Krämpfen.
# The same for the nights before the first routine.
history-six-weeks-before = Davor haben Sie windown von { $nights ->
    [one] { $nights } Nacht
   *[other] { $nights } Nächten
} berichtet: { $cramp } mit Krämpfen.
history-six-weeks-not-proof = Nächte unterscheiden sich auch auf andere Weise, und Krämpfe kommen und gehen von selbst; deshalb können diese Zahlen nicht zeigen, was das Dehnen bewirkt hat.
# Safety: the last line, always there (the English shows beside a draft).
history-six-weeks-doctor = Wenn Ihre Krämpfe nicht besser sind, sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.

## Cramps logged, above the morning question (home) and before `windown checkin` records.

# $n: cramps logged; $when: last (last night) or that (that night, a night asked about by
# date); $list: the cramps, each history-logged-cramp, joined by ", ".
history-logged = Sie haben { $when ->
    [that] in jener Nacht
   *[last] letzte Nacht
} { $n ->
    [one] { $n } Krampf
   *[other] { $n } Krämpfe
} eingetragen: { $list }
# One cramp in that list. $time: its time of day (03:12); $place: history-where.
history-logged-cramp = { $time } { $place }
# After "none" is recorded for a night with cramps logged (history-logged was printed
# before). $n: the cramps logged. Keep g and l (the app's keys).
history-checkin-none-logged = Ihre Antwort „keine“ ist trotzdem eingetragen, und { $n ->
    [one] der eingetragene Krampf zählt
   *[other] die { $n } eingetragenen Krämpfe zählen
} weiter in Ihren Zahlen und im Bericht. Einen versehentlich eingetragenen Krampf nehmen Sie in der App zurück: g, dann l.

## A cramp recorded (`windown cramp log`, the end of the relief guide).

# $place: history-where; $time: time of day (03:12); $day: history-day of the cramp;
# $daytime: yes for a cramp in no night, else $night: history-day-short of its night;
# $lasted: how long it lasted (history-lasted-5-15, the relief guide's answer, or a time
# such as 7m), with $timed yes, else $timed no; $guided: yes when the relief guide ran for
# $relief (3m05s); $pain: 0 to 10, or -1 when not given.
history-cramp-recorded = Krampf aufgezeichnet: { $place } um { $time } am { $day } ({ $daytime ->
    [yes] ein Krampf am Tag, in keiner Nacht gezählt
   *[no] die Nacht vom { $night }
}){ $timed ->
    [yes] , Dauer: { $lasted }
   *[no] {""}
}{ $guided ->
    [yes] , { $relief } mit der Anleitung
   *[no] {""}
}{ $pain ->
    [-1] {""}
   *[other] , Schmerz { $pain }/10
}.
# After it, at the relief guide's end.
history-cramp-undo = Zum Entfernen: windown history undo
# How long a cramp lasted, an old relief guide's answer "5 to 15 minutes" (its choices now split at 10 minutes).
history-lasted-5-15 = 5 bis 15 Minuten

## A hint under "history.jsonl line N was written by a newer windown". $path: the file.
history-newer-hint = die Datei ist { $path }; eine neuere windown-Version kann sie lesen (es wurde nichts geändert)
