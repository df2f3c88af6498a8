## Erinnerungen als Benachrichtigungen. Entwurf: noch nicht geprüft.

remind-action-start = Starten
remind-action-done = Erledigt
remind-action-snooze = In 10 Min. erneut
remind-start-with = Starten mit: { $command }
remind-mistake-title = windown: Eine Erinnerungsdatei enthält einen Fehler

remind-hydration-title = Etwas Wasser trinken
remind-hydration-body = Jetzt ein Glas Wasser, es sei denn, Ihre Ärztin oder Ihr Arzt hat Ihnen geraten, die Trinkmenge zu begrenzen.
remind-legs-up-title = Legen Sie die Beine hoch
remind-legs-up-body = Die Füße etwa 30 Minuten lang höher als das Herz, bei geschwollenen Knöcheln und zum Wohlbefinden (keine Behandlung gegen Krämpfe). Wenn Sie dabei schlecht Luft bekommen, die Schmerzen stärker werden oder Ihre Füße blass oder kalt werden, hören Sie auf und sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.
remind-caffeine-title = Letztes Koffein für heute
remind-caffeine-body = In sechs Stunden ist Schlafenszeit. Koffein kann wach halten: Wählen Sie ab jetzt Getränke ohne Koffein.
remind-last-drink-title = Letztes großes Getränk für heute
remind-last-drink-body = In zwei Stunden ist Schlafenszeit. Ein großes Getränk jetzt kann Sie nachts wecken; kleine Schlucke sind in Ordnung.
remind-wind-down-title = Zeit, zur Ruhe zu kommen
remind-wind-down-body = In einer Stunde ist Schlafenszeit: Licht dimmen, Bildschirme bald weglegen, etwas Ruhiges tun.
remind-evening-stretch-title = Abendliches Dehnen
remind-evening-stretch-body = Etwa vier Minuten Dehnen für Waden und Oberschenkelrückseiten, dann direkt ins Bett.
