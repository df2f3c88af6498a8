## The routine editor and reminders screens of the app, and the app's background work.

## Key tables.

tui-key-previous-line-title-defaults-steps = vorige Zeile (Titel, Vorgaben, Schritte)
tui-key-next-line = nächste Zeile
tui-key-previous-value-hold-reps-rest-get-ready-sides = voriger Wert (Halten, Wiederholungen, Pause, Vorbereitung, Seiten)
tui-key-next-value = nächster Wert
tui-key-more-5-s-longer-one-rep-more-the-next-sides = mehr (5 s länger, eine Wiederholung mehr, die nächsten Seiten)
tui-key-less = weniger
tui-key-move-the-step-up = den Schritt nach oben verschieben
tui-key-move-the-step-down = den Schritt nach unten verschieben
tui-key-remove-the-step = den Schritt entfernen
tui-key-duplicate-the-step = den Schritt verdoppeln
tui-key-add-a-step-after-this-one-from-the-stretches-windown-knows = einen Schritt danach einfügen, aus den Dehnungen, die windown kennt
tui-key-change-the-title-on-the-title-line-enter-too = den Titel ändern (in der Titelzeile auch Enter)
tui-key-undo-the-last-change = die letzte Änderung rückgängig machen
tui-key-save-the-file-only-when-it-loads = die Datei speichern (nur wenn sie lädt)
tui-key-back-home-asks-again-when-not-saved = zurück zur Startseite (fragt nach, wenn nicht gespeichert)
tui-key-quit-asks-again-when-not-saved = beenden (fragt nach, wenn nicht gespeichert)
tui-key-add-a-step-previous-stretch = Schritt einfügen: vorige Dehnung
tui-key-add-a-step-next-stretch = Schritt einfügen: nächste Dehnung
tui-key-add-a-step-add-this-one = Schritt einfügen: diese einfügen
tui-key-add-a-step-add-none = Schritt einfügen: keine einfügen
tui-key-title-set-it-letters-type-backspace-deletes = Titel: übernehmen (Buchstaben tippen, Backspace löscht)
tui-key-title-leave-it-as-it-was = Titel: so lassen, wie er war
tui-key-previous-reminder = vorige Erinnerung
tui-key-next-reminder = nächste Erinnerung
tui-key-switch-the-chosen-reminder-on-or-off = die gewählte Erinnerung ein- oder ausschalten
tui-key-change-the-chosen-reminder-s-times-and-days = Zeiten und Tage der gewählten Erinnerung ändern
tui-key-change-wake-and-bedtime = Aufsteh- und Schlafenszeit ändern
tui-key-send-a-test-notification = eine Testbenachrichtigung senden
tui-key-start-or-stop-the-reminder-process = den Erinnerungsdienst starten oder beenden
tui-key-read-the-files-again = die Dateien neu lesen
tui-key-previous-field-while-changing-times = voriges Feld (beim Ändern der Zeiten)
tui-key-next-field = nächstes Feld
tui-key-save-the-times = die Zeiten speichern
tui-key-leave-the-times-as-they-were = die Zeiten lassen, wie sie waren
tui-key-change-the-field = das Feld ändern
tui-edit-form-keys = Buchstaben, Ziffern, Backspace

tui-hint-line = Zeile
tui-hint-value = Wert
tui-hint-add = einfügen
tui-hint-undo = rückgängig
tui-hint-set = übernehmen
tui-hint-on-off = ein/aus
tui-hint-times = Zeiten
tui-hint-wake-bed = wach/Bett
tui-hint-test = Test
tui-hint-start-stop = Start/Stopp
tui-hint-field = Feld

## The routine editor.

tui-edit-editing = bearbeiten: { $title }
tui-edit-not-saved = (nicht gespeichert)
tui-edit-title-label = Titel:
tui-edit-defaults = Vorgaben
tui-edit-field-hold = Halten
tui-edit-field-reps = Wdh.
tui-edit-field-rest = Pause
tui-edit-field-get-ready = Vorber.
tui-edit-field-sides = Seiten
tui-edit-sides-none = keine
tui-edit-sides-both = beide
tui-edit-sides-left = links
tui-edit-sides-right = rechts
tui-edit-check = Prüfung
tui-edit-add-title = Schritt einfügen
tui-edit-loads = Die Routine lädt.
tui-edit-dim-values = Blasse Werte kommen aus [defaults] oder aus den Vorgaben von windown.
tui-edit-does-not-load = Lädt nicht:
tui-edit-cannot-change = Dieser Wert lässt sich hier nicht ändern: Bearbeiten Sie ihn mit e.
tui-edit-nothing-to-undo = Nichts rückgängig zu machen.
tui-edit-not-saved-mistakes = Nicht gespeichert: Die Routine hat Fehler (unten). u macht eine Änderung rückgängig.
tui-edit-no-changes = Keine Änderungen zu speichern.
tui-edit-leave-unsaved = Nicht gespeichert: s speichert; dieselbe Taste noch einmal verlässt ohne Speichern.
tui-edit-saved = { $path } gespeichert.
tui-edit-disk-gone = Die Datei ist nicht mehr auf der Festplatte; s schreibt sie neu.
tui-edit-disk-kept = Die Datei wurde inzwischen auf der Festplatte geändert: s schreibt diese Fassung darüber, q lässt sie dort, wie sie ist.
tui-edit-disk-reloaded = Die Datei wurde auf der Festplatte geändert: Sie sehen sie so, wie sie jetzt ist.
tui-edit-disk-not-toml = Die Datei wurde auf der Festplatte geändert und ist jetzt kein TOML: q, dann e, um sie zu berichtigen.

## The reminders screen.

tui-reminders-title = Erinnerungen
tui-reminders-reading = Die Erinnerungen werden gelesen…
tui-reminders-process-label = Erinnerungsdienst:
tui-reminders-running = läuft
tui-reminders-not-running = läuft nicht
tui-reminders-pid = (PID { $pid })
tui-reminders-not-running-label = Läuft nicht:
tui-reminders-login-label = Bei der Anmeldung starten:
tui-reminders-install-label = Einrichten:
tui-reminders-built-in = Eingebaute Erinnerungen; eine Änderung schreibt Ihre eigene reminders.toml.
tui-reminders-built-in-short = Eingebaut; eine Änderung speichert Ihre eigene.
tui-reminders-from-file = Aus Ihrer reminders.toml.
tui-reminders-mistake-rest = { $file } hat einen Fehler: { $error }; der Rest gilt
tui-reminders-mistake = { $file } hat einen Fehler:
tui-reminders-fix-then-r = Berichtigen Sie die Datei, dann drücken Sie r.
tui-reminders-warning = Warnung: { $warning }
tui-reminders-head-reminder = Erinnerung
tui-reminders-head-when = Wann
tui-reminders-head-next = Nächste
tui-reminders-on = ein
tui-reminders-off = aus
tui-reminders-today = heute { $time }
tui-reminders-tomorrow = morgen { $time }
tui-reminders-on-day = { $day } { $time }
tui-reminders-skipped = { $next } (entfällt)
tui-reminders-next-and-when = nächste { $next } · { $when }
tui-reminders-every = alle { $every }, { $days }
tui-reminders-every-from = alle { $every } ab { $from }, { $days }
tui-reminders-every-between = alle { $every }, { $from }–{ $until }, { $days }
tui-reminders-at = um { $at }, { $days }
tui-reminders-days = { $days ->
    [every] jeden Tag
    [weekdays] werktags
    [weekends] am Wochenende
   *[list] { $list }
}
tui-reminders-caution-drink = Wenn Ihnen eine medizinische Fachkraft gesagt hat, Ihre Trinkmenge zu begrenzen, schalten Sie diese Erinnerung aus.
tui-reminders-caution-legs-up = Beine hochlegen hilft bei geschwollenen Knöcheln und tut gut; es behandelt keine Krämpfe. Wenn Sie mit hochgelegten Beinen schlecht Luft bekommen, die Schmerzen stärker werden oder Ihre Füße blass oder kalt werden, hören Sie auf und sagen Sie es Ihrer Ärztin oder Ihrem Arzt.
tui-reminders-sending-test = Test von { $id } wird gesendet…
tui-reminders-starting = Der Erinnerungsdienst wird gestartet…
tui-reminders-stopping = Der Erinnerungsdienst wird beendet…
tui-reminders-fix-red = Berichtigen Sie zuerst das rote Feld.

## The form that changes times.

tui-reminders-form-day = Aufstehen und Schlafenszeit (jede Zeit, die sich darauf bezieht, folgt)
tui-reminders-form-times = Zeiten von „{ $title }“
tui-reminders-field-every = Alle
tui-reminders-field-from = Ab
tui-reminders-field-until = Bis
tui-reminders-field-at = Um
tui-reminders-field-days = Tage
tui-reminders-field-wake = Aufstehen
tui-reminders-field-bedtime = Schlafenszeit
tui-reminders-form-help = Zeiten: 10:30, wake+30m, bedtime-2h. Tage: mon, wed oder every day.
tui-reminders-error-min = mindestens 1s
tui-reminders-error-max = höchstens 24h
tui-reminders-error-interval = ein Abstand wie 2h, 45m oder 1h30m
tui-reminders-error-time = eine Zeit wie 10:30, wake+30m oder bedtime-2h
tui-reminders-error-no-times = mindestens eine Zeit, etwa 10:30, 18:00
tui-reminders-error-not-time = „{ $text }“ ist keine Zeit (10:30, bedtime-2h)
tui-reminders-error-not-day = „{ $text }“ ist kein Tag: mon, tue, ... sun oder every day
tui-reminders-error-clock = eine 24-Stunden-Zeit wie 22:30
tui-reminders-saved = { $path } gespeichert
tui-reminders-fix-first = Berichtigen Sie zuerst die Felder: { $field }: { $error }
tui-reminders-cannot-write = { $path } kann nicht geschrieben werden: { $error }
tui-reminders-now = { $on ->
    [on] { $id } ist jetzt eingeschaltet
   *[off] { $id } ist jetzt ausgeschaltet
}
tui-reminders-picked-up = { $said } (der Erinnerungsdienst übernimmt das innerhalb einer Minute)

## The app's background work.

tui-app-builtin-copied = „{ $title }“ ist eingebaut: Die Routine wurde zum Bearbeiten nach { $path } kopiert, und von jetzt an wird Ihre Kopie verwendet (entfernen Sie die Datei, um zur eingebauten zurückzukehren).
tui-app-builtin-saving = „{ $title }“ ist eingebaut: Beim Speichern wird Ihre Kopie nach { $path } geschrieben und von da an verwendet (entfernen Sie die Datei, um zur eingebauten zurückzukehren).
tui-app-cannot-copy = „{ $title }“ kann nicht nach { $path } kopiert werden: { $error }
tui-app-no-builtin = keine eingebaute Routine „{ $id }“ zum Bearbeiten
tui-app-routine-changed = Die Datei dieser Routine wurde geändert und lädt jetzt nicht: { $problem }
tui-app-not-recorded = { $what ->
    [session] Die Sitzung konnte nicht gespeichert werden: { $error }
    [checkin] Die Morgenfrage konnte nicht gespeichert werden: { $error }
    [cramp] Der Krampf konnte nicht gespeichert werden: { $error }
    [trial] Das Experiment konnte nicht beendet werden: { $error }
   *[welcome] Es konnte nicht gespeichert werden, dass die Begrüßung übersprungen wurde: { $error }
}
tui-app-removed = { $target ->
    [session] Die Sitzung wurde entfernt.
    [checkin] Die Morgenfrage wurde entfernt.
    [reminder-ack] Die Bestätigung der Erinnerung wurde entfernt.
    [removal] Die Entfernung wurde entfernt.
   *[cramp] Der Krampf wurde entfernt.
} Der Eintrag bleibt als entfernt markiert in der Datei und zählt nirgends.
tui-app-not-removed = Nicht entfernt: { $error }
tui-app-trial-started = Gestartet. Die Reihenfolge jedes Paares ist ausgelost und gespeichert; sie ändert sich nicht.
tui-app-trial-not-started = Nicht gestartet: { $error }
tui-app-trial-stopped = Beendet. Ihr Tagebuch bleibt; ein vorzeitiges Ende ergibt kein Ergebnis.
tui-app-trial-not-stopped = Nicht beendet: { $error }
tui-app-trial-noted = Notiert; die Notiz erscheint beim Ergebnis und im Bericht.
tui-app-trial-not-noted = Nicht notiert: { $error }
tui-app-no-speech = Kein Sprachprogramm gefunden. Für gesprochene Hinweise installieren Sie espeak-ng oder speech-dispatcher (z. B. `sudo apt install espeak-ng`); `windown cues check` probiert sie aus.
tui-app-editor-not-found = Der Editor „{ $program }“ lässt sich nicht starten: Die Shell konnte ihn nicht finden oder ausführen ({ $status }). Setzen Sie VISUAL oder EDITOR auf einen Editor, den Sie haben.
tui-app-editor-ended = Der Editor „{ $program }“ endete mit { $status }.
tui-app-editor-cannot-start = Der Editor „{ $program }“ lässt sich nicht starten: { $error }. Setzen Sie VISUAL oder EDITOR auf einen Editor, den Sie haben.
tui-app-watch-failed = { $error }; geänderte Dateien erscheinen nach einem Neustart
tui-app-cannot-watch-files = Dateien können nicht beobachtet werden: { $error }
tui-app-cannot-watch-folder = { $path } kann nicht beobachtet werden: kein Ordner darüber lässt sich beobachten
tui-app-cannot-start-thread = ein Thread kann nicht gestartet werden: { $error }
tui-app-cannot-start-test = für den Test kann kein Thread gestartet werden
tui-app-cannot-watch-signals = Signale können nicht beobachtet werden: { $error }
tui-app-cannot-open-terminal = die Terminal-Oberfläche kann nicht geöffnet werden: { $error }
tui-app-cannot-open-terminal-hint = führen Sie eine Routine Zeile für Zeile mit `windown run ROUTINE --plain` aus
tui-app-cannot-read-keyboard = die Tastatur kann nicht gelesen werden: { $error }
tui-app-history-still-writing = der Verlauf wurde nach { $seconds } s noch geschrieben; die letzte Sitzung ist vielleicht nicht gespeichert
tui-app-worker-stopped = der Hintergrund-Thread hat angehalten
tui-app-terminal-lost = das Terminal kann nicht zurückgeholt werden: { $error }
tui-app-cannot-draw = der Bildschirm kann nicht gezeichnet werden: { $error }
