## The progress and experiment screens of the app.

tui-progress-title = Fortschritt
tui-progress-title-range = Fortschritt · { $first } bis { $last } { $year }
tui-progress-day = { $day }. { $month ->
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
tui-progress-reading = Der Verlauf wird gelesen…
tui-progress-unreadable = Der Verlauf kann nicht gelesen werden: { $why }
tui-progress-label-sessions = Übungen
tui-progress-label-nights = Nächte
tui-progress-label-reminders = Erinnerg.
tui-progress-legend-finished = Routine beendet
tui-progress-legend-stopped = früh beendet
tui-progress-legend-nights = Nächte:
tui-progress-legend-done = fertig
tui-progress-legend-stopped-short = abgebr.
tui-progress-legend-calm = ruhig
tui-progress-legend-mild = leicht
tui-progress-legend-bad = schlimm
tui-progress-streak = Serie
tui-progress-streak-short = { $streak } (längste { $longest }) · { $finished }/{ $sessions } beendet
tui-progress-hidden-short = Vergleich verborgen, solange Ihr Versuch läuft.
tui-progress-cramp-nights = Krampfnächte (erfasst)
tui-progress-after-routine = {" "}nach Routine: { $tally }
tui-progress-without = {" "}ohne: { $tally }
tui-progress-not-evidence = Persönliche Aufzeichnung, kein medizinischer Beweis.
tui-progress-records-title = Einträge, neueste zuerst
tui-progress-no-records = Noch keine Übung, kein Check-in und kein Krampf aufgezeichnet.
tui-progress-remove-question = { $what ->
    [session] Diese Übung entfernen? Sie bleibt in der Datei, als entfernt markiert, und zählt nirgends.
    [check-in] Diesen Check-in entfernen? Er bleibt in der Datei, als entfernt markiert, und zählt nirgends.
   *[cramp] Diesen Krampf entfernen? Er bleibt in der Datei, als entfernt markiert, und zählt nirgends.
}
tui-key-the-chart-a-month-earlier = das Diagramm einen Monat früher
tui-key-the-chart-a-month-later-up-to-today = das Diagramm einen Monat später (bis heute)
tui-key-read-the-history-again = den Verlauf neu lesen
tui-key-the-last-records-sessions-check-ins-cramps-to-remove-one = die letzten Einträge (Übungen, Check-ins, Krämpfe), um einen zu entfernen
tui-key-records-the-one-above = Einträge: den darüber
tui-key-records-the-one-below = Einträge: den darunter
tui-key-records-remove-the-chosen-one-asks-first-it-is-marked-removed-never-erased = Einträge: den gewählten entfernen (fragt zuerst; er wird als entfernt markiert, nie gelöscht)
tui-key-records-back-to-the-chart = Einträge: zurück zum Diagramm
tui-key-records-help = Einträge: Hilfe
tui-key-records-quit = Einträge: beenden
tui-key-remove-it-yes = entfernen: ja
tui-key-remove-it-no-keep-it = entfernen: nein, behalten
tui-hint-month = Monat
tui-hint-refresh = neu lesen
tui-hint-records = Einträge
tui-hint-remove = entfernen
tui-hint-chart = Diagramm
tui-hint-keep = behalten
tui-trial-title = Versuch: Hilft mir Dehnen?
tui-trial-may-start = Ein neuer Versuch kann beginnen (s): der Plan steht unten.
tui-trial-more = { $key } mehr
tui-trial-ask-expectation = Wie sehr erwarten Sie, dass Dehnen Ihnen hilft? 0 (gar nicht) bis 10 (sehr): { $value }
tui-trial-ask-medicine = Wurde in den letzten 4 Wochen ein Medikament geändert, oder wird bald eines geändert?
tui-trial-start-anyway = Trotzdem jetzt starten? (n: nicht jetzt; später von hier starten)
tui-trial-confirm-start = Den Versuch jetzt starten? Die Reihenfolge jedes Paares wird gezogen und gespeichert; sie ändert sich nicht.
tui-trial-confirm-stop = Den Versuch vorzeitig beenden? Ihr Tagebuch bleibt; ein frühes Ende ergibt kein Ergebnis.
tui-trial-not-started-later = Nicht gestartet. Sie können später starten, von hier oder mit windown trial start.
tui-trial-starting = Wird gestartet…
tui-trial-not-started = Nicht gestartet.
tui-trial-note = Notiz:
tui-key-before-an-experiment-answer-two-questions-then-start-it = vor einem Versuch: zwei Fragen beantworten, dann starten
tui-key-during-it-note-what-happened-a-medicine-changed-an-illness = währenddessen: notieren, was geschah (ein Medikament geändert, eine Krankheit)
tui-key-during-it-stop-early-asks-first-the-diary-stays-no-verdict = währenddessen: vorzeitig beenden (fragt zuerst; das Tagebuch bleibt, kein Ergebnis)
tui-key-expectation-one-less-a-digit-sets-0-to-9 = Erwartung: eins weniger (eine Ziffer setzt 0 bis 9)
tui-key-expectation-one-more-up-to-10 = Erwartung: eins mehr (bis 10)
tui-key-expectation-take-it = Erwartung: übernehmen
tui-key-expectation-leave-it-out = Erwartung: weglassen
tui-key-expectation-do-not-start-now = Erwartung: jetzt nicht starten
tui-key-question-yes = Frage: ja
tui-key-question-no = Frage: nein
tui-key-question-do-nothing-now = Frage: jetzt nichts tun
tui-key-note-save-it-letters-type-backspace-deletes = Notiz: speichern (Buchstaben schreiben, Backspace löscht)
tui-key-note-leave-it-out = Notiz: weglassen
tui-hint-note = Notiz
tui-hint-stop-early = früh beenden
tui-hint-change = ändern
tui-hint-cancel = abbrechen
tui-hint-save = speichern
tui-hint-start-now = jetzt starten
tui-hint-later = später
