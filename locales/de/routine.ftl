## Routines on screen and in plain mode: lists, windown show, the session's words, lengths of time.

routine-phase-get-ready = BEREIT MACHEN
routine-phase-rest = PAUSE
routine-phase-switch-sides = SEITE WECHSELN
routine-phase-done = FERTIG
routine-phase-hold = { $side ->
    [left] { $limb ->
        [foot] HALTEN - LINKER FUSS
        [side] HALTEN - LINKE SEITE
       *[leg] HALTEN - LINKES BEIN
    }
    [right] { $limb ->
        [foot] HALTEN - RECHTER FUSS
        [side] HALTEN - RECHTE SEITE
       *[leg] HALTEN - RECHTES BEIN
    }
   *[none] HALTEN
}
routine-phase-step = { $side ->
    [left] { $limb ->
        [foot] { $title } - LINKER FUSS
        [leg] { $title } - LINKES BEIN
       *[side] { $title } - LINKE SEITE
    }
    [right] { $limb ->
        [foot] { $title } - RECHTER FUSS
        [leg] { $title } - RECHTES BEIN
       *[side] { $title } - RECHTE SEITE
    }
   *[none] { $title }
}
routine-rest-evening-note = Heute ist ein Ruheabend Ihres Versuchs: „Zur Ruhe kommen“ läuft ohne seine Dehnübungen. Wenn ein Krampf kommt, dehnen Sie ihn wie gewohnt.

routine-plain-press-enter = Drücken Sie Enter, wenn Sie fertig sind
routine-plain-suspended = angehalten; nach fg drücken Sie Enter, um weiterzumachen
routine-plain-stopped-at-least = mindestens { $time } unterbrochen; drücken Sie Enter, um weiterzumachen
routine-plain-stopped-up-to = bis zu { $time } unterbrochen; drücken Sie Enter, um weiterzumachen
routine-plain-end = { $done } von { $total } Schritten erledigt, { $skipped } übersprungen

routine-list-head =
    .id = ID
    .title = TITEL
    .kind = ART
    .time = DAUER
    .steps = SCHRITTE
    .from = HERKUNFT
routine-list-time-tasks = { $n ->
    [one] { $time } +{ $n } Aufgabe
   *[other] { $time } +{ $n } Aufgaben
}
routine-list-built-in = eingebaut
routine-list-overrides = { $file } (ersetzt die eingebaute)
routine-list-broken = { $n ->
    [one] { $n } Routinendatei konnte nicht geladen werden (`windown validate FILE` zeigt die Einzelheiten):
   *[other] { $n } Routinendateien konnten nicht geladen werden (`windown validate FILE` zeigt die Einzelheiten):
}
routine-list-would-replace = { $problem } (würde die eingebaute { $id } ersetzen)
routine-show-title = { $title } ({ $id }, { $kind })
routine-show-head =
    .start = BEGINN
    .length = DAUER
    .phase = PHASE
routine-show-step-targets = { $title } ({ $targets })
routine-target = { $target ->
    [calves] Waden
    [hamstrings] hintere Oberschenkel
    [quadriceps] vordere Oberschenkel
    [hips] Hüften
    [glutes] Gesäß
    [feet] Füße
    [back] Rücken
    [breathing] Atmung
    [relaxation] Entspannung
   *[sleep] Schlaf
}
routine-show-rep = { $label }, Wiederholung { $rep } von { $reps }
routine-show-task = { $label } (wartet auf Sie)
routine-show-total = { $tasks ->
    [0] Gesamt: { $time }
    [one] Gesamt: { $time }, dazu { $tasks } Aufgabe, die auf Sie wartet
   *[other] Gesamt: { $time }, dazu { $tasks } Aufgaben, die auf Sie warten
}

routine-duration = { $h ->
    [0] {""}
   *[other] { $h } Std.{" "}
}{ $m ->
    [0] {""}
   *[other] { $m } Min.{" "}
}{ $s ->
    [0] {""}
   *[other] { $s } s
}
routine-duration-zero = 0 s

## windown new und windown import.
routine-bad-id = "{ $id }" ist keine gültige Routinen-ID
routine-new-hint-id = eine ID besteht aus 1 bis 64 Kleinbuchstaben, Ziffern und "-", etwa "meine-beine"
routine-id-taken = die ID "{ $id }" wird schon von { $other } verwendet
routine-id-taken-built-in = die ID "{ $id }" wird schon von der eingebauten Routine "{ $id }" verwendet
routine-new-hint-taken = wählen Sie eine andere ID, oder bearbeiten Sie diese Datei
routine-new-exists = { $path } gibt es schon; windown new überschreibt nie eine Datei
routine-new-hint-exists = bearbeiten Sie diese Datei, oder wählen Sie eine andere ID
routine-new-replaces = Hinweis: Diese Datei ersetzt die eingebaute Routine "{ $id }", solange es sie gibt
routine-new-would-not-load = die neue Routine ließe sich nicht laden ({ $problem }); es wurde nichts geschrieben
routine-new-hint-would-not-load = korrigieren Sie die Ausgangsdatei (windown validate FILE), oder wählen Sie einen anderen Titel
routine-copy-not-toml = { $file } kann nicht kopiert werden: kein gültiges TOML
routine-copy-not-toml-built-in = die eingebaute Routine "{ $id }" kann nicht kopiert werden: kein gültiges TOML
routine-schema-unwritten = { $path } kann nicht geschrieben werden: { $error }; Editoren bieten keine Vervollständigung an
routine-import-control = die Datei enthält das Steuerzeichen { $code }
routine-import-hint-control = eine geteilte Routine wird nur ohne Escape-Sequenzen und Steuerzeichen importiert; entfernen Sie es und versuchen Sie es erneut
routine-import-hint-another = importieren Sie sie unter einer anderen ID: windown import { $file } --id NEW-ID
routine-import-not-toml = { $file } kann nicht importiert werden: kein gültiges TOML
routine-import-exists = { $path } gibt es schon
routine-imported = { $steps ->
    [one] "{ $title }" ({ $id }, { $steps } Schritt) importiert als { $path }
   *[other] "{ $title }" ({ $id }, { $steps } Schritte) importiert als { $path }
}

## Der Routinen-Editor.
routine-edit-step = { $n }. { $title }
routine-edit-no-title = (ohne Titel)
routine-edit-not-toml = { $path } kann hier nicht bearbeitet werden: { $error }
routine-edit-step-list = { $path } schreibt seine Schritte in eine einzige Liste (step = [...]): Bearbeiten Sie sie mit e

## Tasten des Startbildschirms.
tui-key-start-the-routine-on-a-rest-evening-a-stretching-routine-asks-first-enter-again-starts-it = die Routine starten (an einem Ruheabend fragt eine Dehnroutine zuerst nach: Enter noch einmal startet sie)
