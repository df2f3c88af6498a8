## Erinnerungen als Benachrichtigungen. Entwurf: noch nicht geprüft.

remind-action-start = Starten
remind-action-done = Erledigt
remind-action-snooze = In 10 Min. erneut
remind-start-with = Starten mit: { $command }
remind-mistake-title = windown: Eine Erinnerungsdatei enthält einen Fehler

remind-hydration-title = Etwas Wasser trinken
remind-hydration-body = Jetzt ein Glas Wasser, es sei denn, eine medizinische Fachkraft hat Ihnen geraten, die Trinkmenge zu begrenzen.
remind-legs-up-title = Legen Sie die Beine hoch
remind-legs-up-body = Die Füße etwa 30 Minuten lang höher als das Herz, bei geschwollenen Knöcheln und zum Wohlbefinden (keine Behandlung gegen Krämpfe). Wenn Sie dadurch schlecht Luft bekommen, die Schmerzen stärker werden oder Ihre Füße blass oder kalt werden, hören Sie auf und sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.
remind-caffeine-title = Letztes Koffein für heute
remind-caffeine-body = In sechs Stunden ist Schlafenszeit. Koffein kann wach halten: Wählen Sie ab jetzt Getränke ohne Koffein.
remind-last-drink-title = Letztes großes Getränk für heute
remind-last-drink-body = In zwei Stunden ist Schlafenszeit. Ein großes Getränk jetzt kann Sie nachts wecken; kleine Schlucke sind in Ordnung.
remind-wind-down-title = Zeit, zur Ruhe zu kommen
remind-wind-down-body = In einer Stunde ist Schlafenszeit: Licht dimmen, Bildschirme bald weglegen, etwas Ruhiges tun.
remind-evening-stretch-title = Abendliches Dehnen
remind-evening-stretch-body = Etwa vier Minuten Dehnen für Waden und Oberschenkelrückseiten, dann direkt ins Bett.

remind-process-running = { $how ->
    [already] Der Erinnerungsprozess läuft bereits
    [service] Der Erinnerungsprozess wurde über seinen Dienst gestartet
   *[background] Der Erinnerungsprozess läuft jetzt im Hintergrund, bis Sie sich abmelden oder ihn beenden
}{ $pid ->
    [0] .
   *[other] {" "}(PID { $pid }).
}
remind-process-service-failed = Der Erinnerungsdienst konnte nicht gestartet werden: { $error }
remind-process-start-failed = Der Erinnerungsprozess konnte nicht gestartet werden: { $error }
remind-process-did-not-start = Der Erinnerungsprozess ist nicht gestartet; siehe `windown remind status`.
remind-process-not-running = Der Erinnerungsprozess läuft nicht.
remind-process-stopped = Erinnerungsprozess beendet.
remind-process-stopped-login = Erinnerungsprozess beendet; er startet bei Ihrer nächsten Anmeldung wieder.
remind-process-did-not-stop = Der Erinnerungsprozess wurde nicht beendet; siehe `windown remind status`.

remind-test-result = { $outcome ->
    [delivered] Test von { $id }: Ein Benachrichtigungsdienst hat sie angenommen
    [failed] Test von { $id }: Kein Benachrichtigungsdienst hat sie angenommen: { $error }
   *[timeout] Test von { $id }: Der Benachrichtigungsdienst hat nicht innerhalb von { $seconds } s geantwortet
}
remind-test-file-mistake = Test von „{ $id }“ nicht möglich: { $problem }
remind-test-no-reminder = Es gibt keine Erinnerung „{ $id }“ mehr
remind-test-not-beside = Test nicht möglich: { $program } ist nicht neben diesem Programm installiert
remind-test-ended = Test nicht möglich: { $program } endete mit { $status }
remind-test-cannot-start = Test nicht möglich: { $program } kann nicht gestartet werden: { $error }
