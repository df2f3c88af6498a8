## Command output: windown remind, config, validate, stretches, cues, cramp (plain mode, page and card).
cli-wrote = { $path } geschrieben
cli-remind-init-next = Bearbeiten Sie die Datei und prüfen Sie das Ergebnis mit: windown remind preview --days 2
cli-remind-preview-more = … und { $more } weitere (die Liste endet nach { $cap }: fragen Sie nach weniger --days, oder --json für alle)
cli-remind-test-not-tonight = Hinweis: Heute Abend würde der Erinnerungsprozess sie nicht senden ({ $why })
cli-remind-test-sent = „{ $title }“ gesendet: Ein Benachrichtigungsdienst hat sie angenommen
cli-remind-stopped = Erinnerungsprozess beendet (PID { $pid })
cli-remind-installed-package = installiert: startet bei der Anmeldung ({ $unit } des Pakets, für Sie aktiviert)
cli-remind-installed = installiert: startet bei der Anmeldung ({ $path })
cli-remind-not-installed = nicht installiert: Mit `windown remind install` startet er bei der Anmeldung
cli-remind-running = Erinnerungsprozess: läuft
cli-remind-running-pid = Erinnerungsprozess: läuft (PID { $pid })
cli-remind-not-running = Erinnerungsprozess: läuft nicht
cli-remind-start-now = jetzt starten:      windown remind run
cli-remind-file = Erinnerungen: { $path }
cli-remind-built-in = Erinnerungen: eingebaut (eigene schreiben Sie mit `windown remind init`)
cli-remind-next-none = als Nächstes: nichts (jede Erinnerung ist aus)
cli-remind-next = als Nächstes:
cli-remind-last = zuletzt:
cli-remind-never = nie
cli-remind-sent = gesendet { $when }
cli-remind-off = (aus)
cli-remind-enabled = { $path } für Sie aktiviert
cli-remind-started = gestartet; ansehen mit: systemctl --user status { $unit }
cli-remind-enabled-started = aktiviert und gestartet; ansehen mit: systemctl --user status { $unit }
cli-remind-autostart = systemctl --user ist hier nicht verfügbar, daher hat windown stattdessen einen XDG-Autostart-Eintrag geschrieben: { $path }
cli-remind-autostart-next = Der Erinnerungsprozess startet bei Ihrer nächsten Anmeldung; um ihn jetzt zu starten, geben Sie ein: windown remind run &
cli-remind-disabled = { $path } für Sie deaktiviert (die Unit des Pakets bleibt, für niemanden aktiviert)
cli-remind-removed = { $path } entfernt
cli-remind-nothing-to-remove = nichts zu entfernen: Der Erinnerungsprozess ist nicht installiert
cli-cramp-log-night = War es in der Nacht, geben Sie die Uhrzeit an: windown cramp log --at HH:MM (zum Beispiel 03:10).
cli-stretches-id = ID
cli-stretches-title = TITEL
cli-stretches-sides = SEITEN
cli-stretches-from = HERKUNFT
cli-stretches-built-in = eingebaut
cli-stretches-yours = Ihre
cli-stretches-use = In einem Schritt einer Routine verwenden: stretch = "ID" (der Schritt kann trotzdem eigenen Titel, Anleitung, Vorsicht, Figur, Ziele oder Seiten setzen).
cli-cues-sound = Ton: { $name }
cli-cues-sound-unheard = Ton: { $name } (nichts, um ihn abzuspielen)
cli-cues-sound-name = { $tone ->
    [ready] Bereit machen
    [hold] Halten
    [tick] Tick
    [rest] Pause
    [switch] Seite wechseln
   *[done] Fertig
}
cli-cues-sample = Hier ist windown. Wadendehnung an der Wand. Zuerst den linken Fuß nach hinten.
cli-cues-saying = wird gesagt: { $text }
cli-cues-get-speech = für gesprochene Hinweise installieren Sie speech-dispatcher (spd-say) oder espeak-ng, z. B. `sudo apt install espeak-ng`
cli-cues-get-player = für die Töne installieren Sie pipewire-bin (pw-play), pulseaudio-utils (paplay) oder alsa-utils (aplay)
cli-config-folder = Konfigurationsordner
cli-config-data-folder = Datenordner
cli-config-state-folder = Zustandsordner
cli-config-not-written = noch nicht geschrieben: Die Voreinstellungen gelten (`windown config init` schreibt eine)
cli-config-in-force = gilt
cli-config-unreadable = kann nicht gelesen werden: Die Voreinstellungen gelten, bis sie korrigiert ist (siehe unten)
cli-config-mistakes = { $n ->
    [one] hat 1 Fehler: Diese Einstellung steht auf der Voreinstellung, die übrigen gelten (siehe unten)
   *[other] hat { $n } Fehler: Diese Einstellungen stehen auf der Voreinstellung, die übrigen gelten (siehe unten)
}
cli-config-language-file = { $lang } (config.toml)
cli-config-language-chosen = { $lang } (aus --lang oder der Umgebung; nicht in config.toml)
cli-config-balance-poor = poor (kein Stehen: die Routine im Sitzen und die Krampfhilfe)
cli-config-cues-muted = bell { $bell }, Sitzungen beginnen stumm
cli-config-cues-sound = bell { $bell }, Sitzungen beginnen mit Ton
cli-config-command = Befehl { $command }
cli-config-voice-auto = auto (das erste von spd-say, espeak-ng, espeak)
cli-config-sounds-auto = auto (das erste von pw-play, paplay, aplay)
cli-config-no-report-name = keiner (windown report --name NAME gibt einen)
cli-help-note = (Die Hilfe zu den Optionen und die Überschriften unten gibt es nur auf Englisch; sie können noch nicht übersetzt werden.)
cli-help-about = windown: ein Dehnprogramm für den Abend gegen nächtliche Wadenkrämpfe.
cli-help-with-no-command = Ohne Befehl öffnet sich die App. Wo eine Routine genannt wird, geht ihre ID oder der Pfad zu einer .toml-Datei.
cli-help-after = Anleitung und Referenz: /usr/share/doc/windown (README.md und docs/, vom Paket installiert; dieselben Dateien sind im Quelltext von windown) und `man windown`. Zum ersten Mal? `windown setup`.
cli-help-list = Alle Routinen auflisten: eingebaute und eigene, mit fehlerhaften Dateien und ihren Fehlern
cli-help-show = Den Ablauf einer Routine zeigen: jede Phase mit Beginn und Dauer
cli-help-validate = Ihre Dateien prüfen: ohne Pfad alles im Konfigurationsordner (Routinen, Figurnamen, reminders.toml, config.toml); endet mit 1, wenn eine ein Problem hat
cli-help-stretches = Die Dehnübungen auflisten: die IDs, die ein Schritt mit stretch = "ID" nennen kann
cli-help-new = Eine neue Routinendatei zum Bearbeiten in Ihren Routinenordner schreiben
cli-help-import = Eine geteilte Routinendatei prüfen und in Ihren Routinenordner kopieren
cli-help-run = Eine Routine starten: die Sitzung im ganzen Fenster, oder Zeile für Zeile mit --plain
cli-help-remind = Erinnerungen am Tag als Desktop-Benachrichtigungen
cli-help-checkin = Festhalten, wie die letzte Nacht war: keine, leichte oder schlimme Krämpfe
cli-help-history = Ihre aufgezeichneten Sitzungen und Morgenangaben
cli-help-stats = Serien, Summen und wie Nächte nach dem Dehnen im Vergleich zu anderen sind
cli-help-cramp = Jetzt ein Krampf: eine ruhige Anleitung, ihn zu lösen, danach wird er festgehalten. `cramp log` hält einen nachträglich fest
cli-help-report = Eine einseitige Übersicht der letzten Wochen für Ärztin oder Arzt (Text, oder HTML mit --html)
cli-help-trial = Ein persönliches Experiment: Hilft Ihnen das Dehnen? `trial` erklärt es
cli-help-setup = Ein paar Fragen, die windown einrichten (Ton, Schlafenszeit, Gleichgewicht, Erinnerungen); --plain fragt Zeile für Zeile, für Bildschirmleser
cli-help-cues = Gesprochene Hinweise und Töne
cli-help-config = Die verwendeten Ordner und die geltenden Einstellungen; `config init` schreibt eine kommentierte config.toml
cli-help-completions = Ein Skript zur Vervollständigung in der Shell ausgeben: `windown completions bash > ~/.local/share/bash-completion/completions/windown`
cli-help-man = Die Handbuchseite ausgeben (roff): `windown man | man -l -`
cli-help-schema = Das JSON-Schema einer Routinendatei, von reminders.toml oder config.toml ausgeben (für Editoren)
cli-validate-reminders = { $n ->
    [one] { $n } Erinnerung
   *[other] { $n } Erinnerungen
}
cli-validate-stretches = { $n ->
    [one] { $n } Dehnübung
   *[other] { $n } Dehnübungen
}
cli-validate-settings = Einstellungen
cli-validate-no-routines = kein Routinenordner: { $path }
cli-validate-nothing = nichts zu prüfen in { $path }: noch keine Routinen, reminders.toml oder config.toml
cli-remind-today = heute
cli-remind-tomorrow = morgen
cli-remind-snoozed = verschoben { $when }
cli-remind-done = erledigt { $when }
cli-remind-skipped = ausgelassen: erledigt um { $time }
cli-remind-skipped-rest = ausgelassen: ein Ruheabend Ihres Experiments (heute Abend keine Abendroutine)
cli-remind-lock-problem = { $problem }; `windown remind run` ersetzt sie
cli-remind-state-unreadable = { $problem }; wann zuletzt gesendet wurde, ist unbekannt, bis der Erinnerungsprozess es wieder schreibt
cli-remind-no-terminal = kein Terminal gefunden: Setzen Sie [reminders] terminal = ["your-terminal", "-e"] in config.toml
cli-remind-terminal-empty = der Terminal-Befehl ist leer
cli-cramp-lasted-zero = ein Krampf dauert länger als 0 Sekunden
cli-cramp-lasted-long = höchstens 12h
cli-cramp-no-chromium = kein Chromium gefunden, um die Karte als PDF zu drucken
cli-cramp-get-chromium = installieren Sie Chromium (Debian oder Ubuntu: sudo apt install chromium; Fedora: sudo dnf install chromium)
cli-cramp-card-by-hand = oder schreiben Sie die Karte mit --card FILE, öffnen Sie sie in einem Browser und drucken Sie sie als PDF
cli-cramp-no-temp-folder = kann keinen temporären Ordner anlegen: { $error }
cli-validate-figure-name = kein Name einer Abbildung, den ein Schritt verwenden kann; die Datei wird nie gezeigt
cli-validate-figure-name-hint = nennen Sie die Datei NAME.txt (oder NAME.utf8.txt), NAME aus Kleinbuchstaben, Ziffern, - und _
cli-no-such-command = kein Befehl und keine Routine namens "{ $word }"
cli-did-you-mean = meinten Sie `windown { $command }`? (`windown --help` listet die Befehle auf)
cli-command-name-note = "{ $id }" ist auch der Name eines Befehls, daher führt `windown { $id }` den Befehl aus; starten Sie diese Routine mit `windown run { $id }`
cli-remind-no-small-program = windown { $command }: { $program } ist nicht neben diesem Programm installiert
cli-remind-no-small-program-hint = { $program } wird mit windown gebaut und installiert (`cargo install` installiert beide); legen Sie es in denselben Ordner wie windown
cli-remind-cannot-start = windown { $command }: { $program } kann nicht gestartet werden: { $error }
cli-remind-no-arguments = { $program } nimmt keine Argumente
cli-remind-start-it = starten Sie den Erinnerungsprozess mit `windown remind run`
cli-remind-init-exists = { $path } gibt es schon
cli-remind-init-exists-hint = bearbeiten Sie die Datei, oder verschieben Sie sie zuerst, um neu mit der Vorgabe zu beginnen
cli-remind-not-a-date-time = "{ $text }" ist kein Datum und kein Datum mit Uhrzeit
cli-remind-not-a-date-time-hint = schreiben Sie 2026-12-01T06:00, "2026-12-01 06:00" oder 2026-12-01
cli-remind-not-a-date = "{ $text }" ist kein Datum
cli-remind-not-a-date-hint = schreiben Sie ein Datum wie 2026-12-01
cli-remind-too-far = --days { $days } reicht zu weit voraus
cli-remind-not-sent = "{ $title }" konnte nicht gesendet werden: { $why }
cli-remind-server-stuck = ein Benachrichtigungsserver hält den Namen, antwortet aber nicht: Ist er angehalten oder hängt er?
cli-remind-no-server = Erinnerungen brauchen eine Desktop-Sitzung mit einem Benachrichtigungsserver (DBUS_SESSION_BUS_ADDRESS gesetzt)
cli-remind-move-windown = verschieben Sie windown in einen Ordner, dessen Pfad keine Anführungszeichen, Backslashes oder Zeilenumbrüche enthält
