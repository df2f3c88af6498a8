## Was in einer Datei falsch ist: die Meldung nach 'error: Pfad:Zeile:Spalte:' und ihr Hinweis.
## Entwurf. Schlüssel und Werte der Dateien (title, reps, "10s", [[step]]) bleiben, wie sie sind.

error-file-missing = Datei nicht vorhanden
error-file-folder = ist ein Ordner, keine Datei
error-file-not-regular = ist keine gewöhnliche Datei
error-file-device = ist ein Gerät, keine Datei: windown ersetzt es nicht
error-file-socket = ist ein Socket, keine Datei
error-pipe-unread = ist eine Pipe, aus der niemand liest
error-file-too-large = Datei ist zu groß ({ $len } Bytes; die Grenze ist { $limit })
error-cannot-read = kann nicht gelesen werden: { $error }
error-too-many-links = mehr als { $n } symbolische Verknüpfungen hintereinander
error-io = { $what ->
    [create] { $path } kann nicht angelegt werden: { $error }
    [read] { $path } kann nicht gelesen werden: { $error }
    [open] { $path } kann nicht geöffnet werden: { $error }
    [lock] { $path } kann nicht gesperrt werden: { $error }
    [write-to] in { $path } kann nicht geschrieben werden: { $error }
   *[write] { $path } kann nicht geschrieben werden: { $error }
}
error-stdout = die Standardausgabe kann nicht beschrieben werden: { $error }
error-not-utf8 = die Datei ist kein gültiger UTF-8-Text
hint-not-utf8 = speichern Sie die Datei als UTF-8 (Routine- und Erinnerungsdateien sind reiner Text)
error-more-problems = { $n ->
    [one] ... und { $n } weiteres Problem in dieser Datei
   *[other] ... und { $n } weitere Probleme in dieser Datei
}

error-where-item = { $table ->
    [stretch] Dehnung { $n }
   *[step] Schritt { $n }
}
error-where-item-titled = { $table ->
    [stretch] Dehnung { $n } („{ $title }“)
   *[step] Schritt { $n } („{ $title }“)
}

error-unknown-key = unbekannter Schlüssel "{ $key }"
hint-did-you-mean = meinten Sie "{ $name }"?
hint-allowed-here = hier erlaubt: { $keys }
error-wrong-type = { $key } muss { $expected } sein, nicht { $got }
error-expected = { $kind ->
    [int] eine ganze Zahl
    [bool] true oder false
    [duration] eine Dauer wie "10s" oder "1m30s"
    [list] eine Liste wie ["a", "b"]
    [table] eine Tabelle
    [tables] eine Liste von Tabellen
   *[text] Text in Anführungszeichen
}
error-value = { $kind ->
    [text-short] Text ("{ $value }")
    [text] Text
    [string-short] eine Zeichenkette ("{ $value }")
    [string] eine Zeichenkette
    [int] eine ganze Zahl ({ $value })
    [float] eine Zahl ({ $value })
    [bool] { $value }
    [date] ein Datum oder eine Uhrzeit
    [day] ein Datum
    [list] eine Liste
   *[table] eine Tabelle
}
error-items-must-be-text = jeder Eintrag von { $key } muss Text in Anführungszeichen sein, nicht { $got }
hint-items-must-be-text = schreiben Sie es als ["a", "b"]
error-must-be-a-table = muss eine Tabelle sein, nicht { $got }
hint-each-under = schreiben Sie jeden Eintrag unter eine Zeile [[{ $key }]]
error-list-of-tables = { $key } muss eine Liste von [[{ $key }]]-Tabellen sein
hint-list-of-tables = verwenden Sie [[{ $key }]] (doppelte Klammern) für jeden Eintrag { $key }
error-list-not-text = { $key } muss eine Liste sein, kein Text
hint-write-a-list = schreiben Sie eine Liste: { $key } = ["{ $value }"]
error-not-whole = { $key } muss eine ganze Zahl sein, nicht { $value }
hint-whole-either = schreiben Sie { $key } = { $down } oder { $key } = { $up }
hint-no-quotes = lassen Sie die Anführungszeichen weg: { $key } = { $value }
error-bool-not-text = { $key } muss true oder false sein, kein Text
hint-write-value = schreiben Sie { $key } = "{ $value }"
hint-quote-text = setzen Sie den Text in Anführungszeichen: { $key } = "..."
hint-true-or-false = schreiben Sie { $key } = true oder { $key } = false
hint-under-table = schreiben Sie es unter eine Zeile [{ $key }]
hint-put-in-quotes = setzen Sie es in Anführungszeichen: { $key } = "{ $value }"
error-set-twice = { $key } ist zweimal gesetzt
error-one-of = { $key } muss eines von { $names } sein, nicht "{ $value }"
error-either = { $key } muss "{ $a }" oder "{ $b }" sein, nicht "{ $value }"
error-between = { $key } muss zwischen { $min } und { $max } liegen, nicht { $value }
error-out-of-range = { $key } { $value } liegt außerhalb des erlaubten Bereichs

error-control-char = { $key } enthält das Steuerzeichen { $code }
hint-control-char = Text darf Zeilenumbrüche und Tabulatoren enthalten, aber keine anderen Steuerzeichen
error-too-long = { $key } ist zu lang ({ $n } Zeichen; die Grenze ist { $limit })
error-title-empty = title ist leer
hint-title-name-it = geben Sie der Routine einen Namen
error-title-one-line = title enthält einen Zeilenumbruch oder einen Tabulator
hint-title-one-line = ein Titel ist eine Zeile; längeren Text schreiben Sie in summary, notes oder instructions
hint-hold-is-duration = "hold" und "duration" sind zwei Namen für denselben Schlüssel; behalten Sie einen
error-placeholder = { $key } hat einen unbekannten Platzhalter "{ $word }"
hint-placeholders = Text darf {"{"}side{"}"} und {"{"}other{"}"} enthalten, die durch links oder rechts ersetzt werden
error-too-long-duration = { $key } ist { $length }; erlaubt sind höchstens { $limit }
error-missing-title = title fehlt
hint-routine-title = fügen Sie oben in der Datei eine Zeile wie title = "Abendbeine" hinzu
hint-step-title = jeder Schritt braucht einen Titel, etwa title = "Wadendehnung an der Wand"
error-bad-id = "{ $value }" ist keine gültige ID
hint-id = eine ID besteht aus 1 bis 64 Kleinbuchstaben, Ziffern und "-", etwa "evening-legs"
error-bad-file-name = der Dateiname "{ $name }" ist keine gültige Routinen-ID
hint-bad-file-name = benennen Sie die Datei um (Kleinbuchstaben, Ziffern und "-", etwa evening-legs.toml) oder fügen Sie id = "my-routine" hinzu
error-no-steps = eine Routine braucht mindestens einen Schritt
hint-no-steps = fügen Sie eine Tabelle [[step]] mit title und duration hinzu
error-too-many-steps = zu viele Schritte ({ $n }; die Grenze ist { $limit })
error-unknown-target = unbekanntes Ziel "{ $name }"
hint-known-targets = bekannte Ziele: { $names }
error-bad-figure = "{ $name }" ist kein gültiger Name für eine Abbildung
hint-figure = ein Abbildungsname besteht aus Kleinbuchstaben, Ziffern, "-" und "_", etwa "wall-calf"; die Datei ist figures/NAME.txt
error-task-has-no = ein Aufgabenschritt hat kein { $key }
hint-task-has-no = eine Aufgabe wartet, bis Sie sie als erledigt markieren; entfernen Sie den Schlüssel, oder entfernen Sie kind = "task", um den Schritt zu takten
error-needs-duration = ein zeitgesteuerter Schritt braucht eine Dauer
hint-needs-duration = fügen Sie duration = "30s" hinzu (oder setzen Sie sie einmal unter [defaults]), oder kind = "task" für einen Schritt, der auf Sie wartet
error-duration-zero = ein zeitgesteuerter Schritt braucht eine Dauer über 0
hint-duration-zero = setzen Sie eine Länge wie "30s", oder kind = "task" für einen Schritt, der auf Sie wartet
error-breathe-needs = breathe braucht "{ $key }"
hint-breathe-needs = schreiben Sie breathe = {"{"} in = "4s", out = "6s" {"}"}
error-breath-range = breathe { $key } muss über 0 und höchstens { $max } Sekunden sein
hint-breath-range = ein ruhiger Atemzug dauert in jede Richtung einige Sekunden, etwa in = "4s", out = "6s"
error-unknown-stretch = unbekannte Dehnung "{ $name }"
hint-unknown-stretch = `windown stretches` zeigt die Dehnungen der Sammlung

error-not-time-of-day = "{ $value }" ist keine Uhrzeit
hint-two-digit-hour = schreiben Sie die Stunde zweistellig: "{ $time }"
hint-time-of-day = schreiben Sie eine 24-Stunden-Zeit wie "22:30" oder "07:00:30"
error-wake-is-bedtime = wake und bedtime sind dieselbe Uhrzeit
hint-wake-is-bedtime = setzen Sie bedtime auf die Zeit, zu der Sie schlafen gehen, etwa "22:30"
hint-evening-hours = geben Sie die Stunden vor dem Schlafengehen von { $min } bis { $max } an; üblich ist 3
hint-balance = schreiben Sie balance = "poor", um nicht zu stehen, oder entfernen Sie die Zeile
error-no-such-language = windown hat keine Texte in "{ $value }"
hint-language = schreiben Sie eines von { $names }, oder entfernen Sie die Zeile, um der Sprache Ihres Desktops zu folgen
error-cues-command-moved = [cues] command ist nach [voice] command umgezogen
hint-cues-command-moved = schreiben Sie es unter [voice] als command = [...]: das Programm erhält den Text jetzt auf stdin (für espeak-ng fügen Sie "--stdin" hinzu), oder entfernen Sie es, damit windown das Sprachprogramm selbst findet
error-empty-command = { $what ->
    [voice] der Befehl für die Stimme ist leer
    [sound] der Befehl für die Töne ist leer
   *[terminal] der Befehl für das Terminal ist leer
}
hint-empty-command = nennen Sie ein Programm, z. B. command = ["{ $example }"], oder entfernen Sie die Zeile
hint-auto-or-off = schreiben Sie { $key } = "auto" oder { $key } = "off"
hint-rate = geben Sie Wörter pro Minute von { $min } bis { $max } an; 175 ist ein übliches Tempo
error-name-control = der Name enthält ein Steuerzeichen ({ $code }); schreiben Sie ihn als eine Zeile einfachen Text
error-name-long = der Name ist { $n } Zeichen lang; höchstens { $limit } sind erlaubt
error-config-home = { $unread ->
    [yes] { $more ->
        [0] { $message }; es gelten die Standardeinstellungen (windown validate)
       *[other] { $message } (und { $more } weitere); es gelten die Standardeinstellungen (windown validate)
    }
   *[no] { $more ->
        [0] { $message }; die übrigen Einstellungen gelten (windown validate)
       *[other] { $message } (und { $more } weitere); die übrigen Einstellungen gelten (windown validate)
    }
}
error-config-unread = config.toml konnte nicht gelesen werden; diese Sitzung läuft mit den Standardeinstellungen
error-config-mistakes = config.toml enthält Fehler; jede falsche Einstellung steht auf ihrem Standardwert, die übrigen gelten

error-not-a-time = "{ $value }" ist keine Uhrzeit
error-time-offset = in "{ $value }": { $error }
error-offset-too-long = in "{ $value }": der Abstand muss kürzer als ein Tag sein
hint-time-expr = schreiben Sie "HH:MM", "HH:MM:SS", "wake" oder "bedtime", wahlweise mit + oder - einer Dauer, etwa "bedtime-2h"
error-reminder-has-no = Erinnerung { $n } hat kein { $key }
hint-reminder-add-line = fügen Sie unter ihrem [[reminder]] eine Zeile { $example } hinzu
error-bad-reminder-id = "{ $id }" ist keine gültige Erinnerungs-ID
hint-reminder-id = verwenden Sie Kleinbuchstaben, Ziffern und -, etwa "legs-up"
error-duplicate-reminder = doppelte Erinnerungs-ID "{ $id }"
hint-duplicate-reminder = die erste steht in Zeile { $line }; IDs müssen eindeutig sein
error-reminder-title-empty = der Titel ist leer
error-reminder-control = { $key ->
    [body] der Text (body) enthält das Steuerzeichen { $code }
   *[title] der Titel enthält das Steuerzeichen { $code }
}
hint-body-control = body darf Zeilenumbrüche enthalten, aber keine anderen Steuerzeichen
hint-reminder-title-control = ein Titel ist eine Zeile einfachen Texts, ohne Steuerzeichen
error-every-and-at = Erinnerung "{ $id }" hat sowohl every als auch at
hint-every-and-at = verwenden Sie every (mit from/until) für einen Abstand oder at für feste Uhrzeiten
error-no-every-nor-at = Erinnerung "{ $id }" hat weder every noch at
hint-no-every-nor-at = fügen Sie every = "2h" (wahlweise mit from/until) oder at = ["10:30"] hinzu
hint-interval = schreiben Sie einen Abstand wie "2h", "45m" oder "1h30m"
error-from-until-with-at = from und until gehören zu every, nicht zu at
hint-from-until-with-at = entfernen Sie es, oder verwenden Sie every statt at
error-at-empty = at nennt keine Uhrzeiten
hint-at-empty = schreiben Sie mindestens eine Uhrzeit, etwa at = ["10:30"]
error-days-empty = days nennt keine Tage
hint-days-empty = entfernen Sie days für jeden Tag, oder setzen Sie enabled = false, um die Erinnerung auszuschalten
error-not-a-day = "{ $value }" ist kein Tag
hint-days = Tage sind { $names }
error-not-routine-id = "{ $value }" ist keine Routinen-ID
hint-routine-id = nennen Sie eine Routine mit ihrer ID, etwa "wind-down" (siehe `windown list`)
error-no-routine = es gibt keine Routine "{ $value }"
hint-see-list = `windown list` zeigt die Routinen
hint-did-you-mean-still-sent = meinten Sie "{ $name }"? (die Erinnerung wird trotzdem gesendet)
hint-see-list-still-sent = `windown list` zeigt die Routinen; die Erinnerung wird trotzdem gesendet
error-every-zero = every muss mindestens 1s sein
hint-every-zero = schreiben Sie einen Abstand wie "2h" oder "45m"
error-every-too-long = every darf höchstens 24h sein
hint-every-too-long = der Abstand beginnt jeden Tag neu bei from; mit days lassen Sie Tage aus
error-reminders-unread = eine Datei konnte nicht gelesen werden (siehe oben); was sie enthält, gilt erst, wenn sie berichtigt ist
error-reminders-mistakes = eine Erinnerung mit einem Fehler wird ausgelassen, und eine falsche Einstellung steht auf ihrem Standardwert; der Rest gilt (windown validate)
error-fix-reminders-first = berichtigen Sie zuerst reminders.toml: { $problem }
error-reminders-not-tables = die Erinnerungen sind nicht als [[reminder]]-Tabellen geschrieben; bearbeiten Sie die Datei von Hand
error-no-reminder = es gibt keine Erinnerung "{ $id }"

error-history-incomplete = { $path } Zeile { $line }: ein unvollständiger Eintrag (wahrscheinlich ein durch einen Absturz abgebrochenes Schreiben) wurde übersprungen
error-history-unreadable = { $path } Zeile { $line }: ein unlesbarer Eintrag wurde übersprungen ({ $reason })
error-history-more-skipped = { $n ->
    [one] und { $n } weitere Zeile in { $path } übersprungen
   *[other] und { $n } weitere Zeilen in { $path } übersprungen
}
hint-history-skipped = { $n ->
    [one] die übrigen Einträge werden wie gewohnt gelesen; damit diese Warnung verschwindet, löschen Sie Zeile { $line } aus { $path } in einem Texteditor
   *[other] die übrigen Einträge werden wie gewohnt gelesen; damit diese Warnung verschwindet, löschen Sie diese Zeilen aus { $path } in einem Texteditor
}
error-history-note-more = { $more ->
    [one] { $skipped } (und { $more } weitere Zeile; siehe windown stats)
   *[other] { $skipped } (und { $more } weitere Zeilen; siehe windown stats)
}
error-history-newer = history.jsonl Zeile { $line } wurde von einem neueren windown geschrieben (Format { $version }); dieses liest Format { $format }
error-history-newer-note = { $error }; die Einträge davor werden angezeigt
error-history-not-utf8 = kein UTF-8-Text, in Spalte { $column }
error-history-unknown-version = unbekannte Formatversion { $version }
error-history-no-version = keine Formatversion
error-history-at-column = { $reason }, in Spalte { $column }
error-history-not-regular = keine gewöhnliche Datei
error-first-of-more = { $more ->
    [0] { $place }: { $message }
   *[other] { $place }: { $message } (und { $more } weitere: windown validate)
}

## Zeitdauern.

error-duration-empty = leere Dauer
error-duration-malformed = "{ $value }" ist keine Dauer: Verwenden Sie eine Zahl mit Einheit, wie "10s", "1m30s" oder "2h"
error-duration-no-unit = "{ $value }" hat keine Einheit: Schreiben Sie "{ $value }s" für Sekunden oder "{ $value }m" für Minuten
error-duration-too-long = die Dauer "{ $value }" ist zu lang
error-duration-carry = { $unit ->
    [minutes] "{ $value }" hat mehr als 59 Minuten nach einer größeren Einheit: Schreiben Sie "{ $whole }"
   *[seconds] "{ $value }" hat mehr als 59 Sekunden nach einer größeren Einheit: Schreiben Sie "{ $whole }"
}
error-duration-fraction = "{ $value }" ist keine ganze Zahl: Schreiben Sie "{ $whole }"
error-duration-fraction-smaller = "{ $value }" ist keine ganze Zahl: Verwenden Sie ganze Zahlen kleinerer Einheiten, wie "1h30m" oder "90s"
error-whole-seconds = Verwenden Sie ganze Sekunden oder einen Text wie "1m30s"
error-duration-negative = eine Dauer kann nicht negativ sein
hint-bidi = ein unsichtbares bidirektionales Formatierungszeichen kann Text anders lesen lassen, als er ist; löschen Sie es

## Dateien der Dehnungsbibliothek.
error-stretches-folder = der Ordner der Dehnungen kann nicht gelesen werden: { $error }
error-stretch-twice = die Dehnung "{ $id }" ist im Ordner zweimal definiert
error-no-stretches = eine Datei der Dehnungsbibliothek enthält keine Dehnung
hint-no-stretches = fügen Sie eine Tabelle [[stretch]] mit id und title hinzu
error-too-many-stretches = zu viele Dehnungen (höchstens { $limit })
error-id-used-by = die ID "{ $id }" verwendet auch Dehnung { $other }
hint-stretch-id = eine ID besteht aus 1 bis 64 Kleinbuchstaben, Ziffern und "-", etwa "wall-calf"
error-missing-id = id fehlt
hint-stretch-missing-id = fügen Sie id = "my-stretch" hinzu: Ein Schritt einer Routine nennt sie mit stretch = "my-stretch"
error-stretch-title-line = ein Titel ist eine Zeile und nicht leer
hint-stretch-title = jede Dehnung braucht einen Titel, etwa title = "Wadendehnung an der Wand"
hint-stretch-figure = ein Figurname besteht aus Kleinbuchstaben, Ziffern, "-" und "_", etwa "wall-calf"
