## The screens of the app (home, a session, setup, the help, the key hints): a draft.
## The comments for the translator are in locales/en/tui.ftl.

# What a key does, in the help overlay (and, in English, the docs' key tables: keep it
# the same words). The id is the English words joined by -.
tui-key-previous-routine = vorherige Übung
tui-key-next-routine = nächste Übung
tui-key-first-routine = erste Übung
tui-key-last-routine = letzte Übung
tui-key-scroll-the-details-down = Details nach unten blättern
tui-key-scroll-the-details-up = Details nach oben blättern
tui-key-edit-the-routine-in-your-text-editor = die Übung in Ihrem Texteditor bearbeiten
tui-key-change-holds-reps-and-steps-here-without-a-text-editor = Haltezeiten, Wiederholungen und Schritte hier ändern, ohne Texteditor
tui-key-reminders-screen = Erinnerungen
tui-key-progress-screen = Fortschritt
tui-key-the-personal-experiment-does-stretching-help-me = der persönliche Versuch: Hilft mir das Dehnen?
tui-key-a-cramp-now-the-relief-guide = jetzt ein Krampf: die Hilfe-Anleitung
tui-key-reopen-last-night-s-check-in-after-a-skip = die Frage zur letzten Nacht nach dem Überspringen wieder öffnen
tui-key-help = Hilfe
tui-key-quit = beenden
tui-key-morning-question-no-cramps-last-night = Morgenfrage: letzte Nacht keine Krämpfe
tui-key-morning-question-mild-cramps = Morgenfrage: leichte Krämpfe
tui-key-morning-question-bad-cramps = Morgenfrage: starke Krämpfe
tui-key-morning-question-skip-it-for-today = Morgenfrage: für heute überspringen
tui-key-morning-question-after-mild-or-bad-type-how-many-cramps-in-all-1-to-99 = Morgenfrage, nach leicht oder stark: Anzahl der Krämpfe insgesamt eintippen (1 bis 99)
tui-key-morning-question-after-mild-or-bad-take-the-number-typed = Morgenfrage, nach leicht oder stark: die eingetippte Zahl übernehmen
tui-key-morning-question-after-mild-or-bad-take-back-the-last-digit = Morgenfrage, nach leicht oder stark: die letzte Ziffer löschen
tui-key-morning-question-after-mild-or-bad-leave-the-number-out-or-keep-the-one-logged = Morgenfrage, nach leicht oder stark: die Anzahl weglassen (oder die notierte behalten)
tui-key-morning-question-after-mild-or-bad-the-cramps-woke-me = Morgenfrage, nach leicht oder stark: die Krämpfe haben mich geweckt
tui-key-morning-question-after-mild-or-bad-they-did-not-wake-me = Morgenfrage, nach leicht oder stark: sie haben mich nicht geweckt
tui-key-morning-question-after-mild-or-bad-leave-that-out = Morgenfrage, nach leicht oder stark: das weglassen
tui-key-morning-question-during-an-experiment-one-leg-is-painful-and-swollen-warm-or-red = Morgenfrage, während eines Versuchs: ein Bein ist schmerzhaft und geschwollen, warm oder gerötet
tui-key-morning-question-during-an-experiment-no-leg-is-painful-and-swollen = Morgenfrage, während eines Versuchs: kein Bein ist schmerzhaft und geschwollen
tui-key-pause-resume-on-a-task-step-done = Pause / weiter (bei einem Aufgabenschritt: erledigt)
tui-key-task-step-done = Aufgabenschritt erledigt
tui-key-skip-to-the-next-phase = zur nächsten Phase springen
tui-key-skip-the-rest-of-this-step = den Rest dieses Schritts überspringen
tui-key-back-to-the-start-of-the-previous-step = zurück zum Anfang des vorigen Schritts
tui-key-restart-this-step = diesen Schritt neu beginnen
tui-key-add-10-seconds-to-this-phase = dieser Phase 10 Sekunden hinzufügen
tui-key-mute-unmute-cues = Signale stumm / wieder an
tui-key-read-the-rest-of-the-instructions-when-they-do-not-fit = den Rest der Anleitung lesen (wenn sie nicht ganz passt)
tui-key-speech-off-on-the-sounds-stay = Sprache aus / an (die Töne bleiben)
tui-key-stop-the-session-asks-first = die Sitzung beenden (mit Rückfrage)
tui-key-quit-a-session-is-stopped-and-recorded = beenden (eine Sitzung wird beendet und gespeichert)
tui-key-more = mehr
tui-key-back = zurück
tui-key-stop = beenden
tui-key-stop-and-leave = beenden und verlassen
tui-key-keep-going = weitermachen
tui-key-suspend-a-session-pauses = anhalten (eine Sitzung pausiert)
tui-key-back-to-the-home-screen = zurück zum Startbildschirm
tui-key-leave-the-setup-for-the-home-screen-windown-setup-comes-back-to-it = die Einrichtung für den Startbildschirm verlassen (windown setup kehrt dorthin zurück)
tui-key-show-more-of-the-text = mehr vom Text zeigen
tui-key-back-up-the-text = im Text zurückgehen
tui-key-go-on-a-tone-plays-and-a-voice-speaks = weiter (ein Ton erklingt und eine Stimme spricht)
tui-key-skip-the-sound-check = die Tonprobe überspringen
tui-key-yes = ja
tui-key-no = nein
tui-key-skip-keep-the-default = überspringen: die Voreinstellung behalten
tui-key-take-the-time-typed-nothing-typed-skip-keep-the-default = die eingegebene Uhrzeit übernehmen (nichts eingegeben: überspringen, Voreinstellung behalten)
tui-key-to-the-home-screen = zum Startbildschirm
tui-key-type-the-time-10-30-pm-22-30 = Uhrzeit eingeben: 10:30 pm, 22:30

# A key's short words in the hint line at the bottom of the screen, after the key's name:
# a word or two, as short as the language allows.
tui-hint-choose = wählen
tui-hint-start = starten
tui-hint-edit = bearbeiten
tui-hint-reminders = Erinnerungen
tui-hint-progress = Fortschritt
tui-hint-experiment = Versuch
tui-hint-cramp = Krampf
tui-hint-help = Hilfe
tui-hint-quit = beenden
tui-hint-none = keine
tui-hint-mild = leicht
tui-hint-bad = stark
tui-hint-skip = überspringen
tui-hint-how-many = wie viele
tui-hint-yes = ja
tui-hint-no = nein
tui-hint-pause = Pause
tui-hint-resume = weiter
tui-hint-done = erledigt
tui-hint-back = zurück
tui-hint-restart = neu
tui-hint-10-s = 10 s
tui-hint-mute = stumm
tui-hint-unmute = Ton an
tui-hint-more = mehr
tui-hint-stop = beenden
tui-hint-stop-and-leave = beenden und verlassen
tui-hint-keep-going = weitermachen
tui-hint-home = Startseite
tui-hint-leave = verlassen
tui-hint-go-on = weiter
tui-hint-ok = OK
tui-hint-erase = löschen

## Overlays: the window too small, the help, the quit question.

tui-too-small = Fenster zu klein
tui-too-small-size = { $width }x{ $height }, nötig sind { $min_width }x{ $min_height }
tui-help-any-key = Eine beliebige Taste schließt dies
tui-help-scroll = { $at ->
    [top] { $down } mehr · andere Tasten schließen
    [middle] { $down } mehr · { $up } zurück · andere Tasten schließen
   *[end] { $up } zurück · andere Tasten schließen
}
tui-help-title = Tasten
tui-quit-question = Diese Sitzung beenden?
tui-quit-title = Beenden

## The session screen.

tui-session-muted = stumm
tui-session-speech-off = Sprache aus
tui-session-step-of = Schritt { $step } von { $steps }
tui-session-your-turn = SIE SIND DRAN
tui-session-breathe-in = { $label } - EINATMEN
tui-session-breathe-out = { $label } - AUSATMEN
tui-session-paused = ANGEHALTEN
tui-session-rep = Wiederholung { $rep } von { $reps }
tui-session-press-enter = Drücken Sie Enter oder space, wenn Sie fertig sind
tui-session-caution = Vorsicht:
tui-session-stalled = Von selbst pausiert nach { $away } Abwesenheit; space setzt fort
tui-session-up-next = Als Nächstes: { $next }
tui-session-up-next-end = Als Nächstes: das Ende
tui-session-more = … mehr ({ $page } von { $pages }): i drücken
tui-session-more-last = … ({ $pages } von { $pages }): i geht zurück zum Anfang
tui-big-ready = BEREIT
tui-big-rest = PAUSE
tui-big-switch = WECHSEL
tui-big-hold = HALTEN
tui-big-left = LINKS
tui-big-right = RECHTS
tui-big-hold-left = LINKS HALTEN
tui-big-hold-right = RECHTS HALTEN
tui-big-in = EIN
tui-big-out = AUS

## Home.

tui-home-reading = Wird gelesen…
tui-home-no-routines = (keine Übungen)
tui-home-routines = Übungen
tui-home-routine = Übung
tui-home-none-to-show = Keine Übung vorhanden. Schreiben Sie eine mit `windown new NAME`.
tui-home-broken = Diese Datei lädt nicht:
tui-home-broken-hint = e bearbeitet sie; `windown validate FILE` prüft sie.
tui-home-broken-start = Diese Übungsdatei lädt nicht; bitte zuerst korrigieren.
tui-home-broken-edit = Diese Datei lädt nicht: e öffnet sie in Ihrem Texteditor.
tui-home-checkin-answered = Die Frage zur letzten Nacht ist schon beantwortet.
tui-home-minutes = { $n } Min.
tui-home-seconds = { $n } s
tui-home-steps = { $n ->
    [one] { $n } Schritt
   *[other] { $n } Schritte
}
tui-home-kind = { $kind ->
    [wind-down] Entspannung
   *[stretch] Dehnen
}
tui-home-untimed = { $n } ohne Zeit
tui-home-standing-line = Enthält Schritte im Stehen: Bei unsicherem Gleichgewicht nehmen Sie besser „Seated legs“.
tui-home-steps-heading = Schritte
tui-home-notes-heading = Hinweise
tui-home-standing = im Stehen
tui-home-shape = { $sides ->
    [both] { $time }, jede Seite
    [left] { $time }, links
    [right] { $time }, rechts
   *[none] { $time }
}
tui-home-reps = { $reps } x { $hold }
tui-home-task = Aufgabe
tui-home-streak = { $n ->
    [one] { $n } Abend in Folge
   *[other] { $n } Abende in Folge
}
tui-home-last-session = { $stopped ->
    [yes] letzte Sitzung { $day } { $time } (abgebrochen)
   *[no] letzte Sitzung { $day } { $time }
}
tui-home-today = heute
tui-home-yesterday = gestern
tui-home-checkin-last-night = { $cramps ->
    [none] letzte Nacht: keine Krämpfe
    [mild] letzte Nacht: leichte Krämpfe
   *[bad] letzte Nacht: starke Krämpfe
}
tui-home-checkin-night-of = { $cramps ->
    [none] Nacht vom { $date }: keine Krämpfe
    [mild] Nacht vom { $date }: leichte Krämpfe
   *[bad] Nacht vom { $date }: starke Krämpfe
}
tui-date-short = { $weekday } { $day }. { $month }
tui-weekday-short = { $day ->
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
    [6] Sa.
   *[7] So.
}
tui-month-short = { $month ->
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
tui-home-good-morning = Guten Morgen
tui-home-last-night = Letzte Nacht
tui-home-ask-last-night = Beinkrämpfe letzte Nacht ({ $date })?
tui-home-ask-night-of = Beinkrämpfe, Nacht vom { $date }?
tui-home-how-many = Wie viele Krämpfe insgesamt?
tui-home-how-many-logged = Wie viele Krämpfe insgesamt? ({ $n } notiert)
tui-home-how-many-typed = Wie viele Krämpfe insgesamt? { $n }_
tui-home-woke = Haben die Krämpfe Sie geweckt?
tui-home-leg-short = Ein Bein schmerzhaft, geschwollen, warm, rot?
tui-home-leg-question = Ist ein Bein schmerzhaft und geschwollen, warm oder gerötet?
tui-home-broken-label = { $name } (fehlerhaft)

## The setup screen.

tui-setup-saving = Wird gespeichert...
tui-setup-all-set = Alles eingerichtet.
tui-setup-again = windown setup stellt diese Fragen jederzeit erneut.
tui-setup-unchanged = Nichts wurde geändert:
tui-setup-title = windown setup
tui-setup-title-of = windown setup { $dot } { $n } von { $of }
tui-setup-typing-keys = Buchstaben, Ziffern, Backspace

## The summary after a session.

tui-summary-finished = Gut gemacht: Übung beendet
tui-summary-stopped = Sitzung vorzeitig beendet
tui-summary-time = Dauer
tui-summary-done = Schritte erledigt
tui-summary-skipped = Schritte übersprungen
tui-summary-steps-of = { $done } von { $total }
tui-session-caution-more = … mehr: i
tui-session-caution-more-ascii = ... mehr: i

tui-session-gauge-step = Schritt
tui-session-gauge-routine = Routine
tui-home-rest-evening-wind-down = Heute ist ein Ruheabend Ihres Versuchs: „Zur Ruhe kommen“ läuft ohne seine Dehnübungen.
tui-home-rest-evening-stretch = Heute ist ein Ruheabend Ihres Versuchs: keine Abendübungen. Wenn ein Krampf kommt, dehnen Sie ihn wie gewohnt.
tui-home-rest-evening-start = Heute ist ein Ruheabend Ihres Versuchs. Drücken Sie noch einmal Enter, um trotzdem zu dehnen: Es wird aufgezeichnet, und das Ergebnis vermerkt es.
