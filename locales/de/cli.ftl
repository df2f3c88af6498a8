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
