## Die erste Einrichtung: Begrüßung und Fragen (Entwurf, siehe locales/en/setup.ftl).

setup-welcome = Willkommen bei windown.
setup-about = windown begleitet Sie durch ein paar Minuten Beindehnungen am Abend, ein ruhiges Ausklingen vor dem Schlafengehen und sanfte Erinnerungen, für Menschen mit nächtlichen Wadenkrämpfen.
setup-about-general = Dies ist ein allgemeines Programm, keine Diagnose und keine Behandlung, und es ersetzt keine medizinische Fachkraft.
setup-about-more = Mehr steht in den Hinweisen jedes Programms (`windown show evening-legs --details`).
setup-language = Sprache: { $name }. Eine andere: windown setup --lang en, es, de oder fr
setup-language-desktop = Ihr Desktop ist auf { $name } eingestellt: windown setup --lang { $code } wechselt dorthin.
setup-sound-next = Als Nächstes eine Tonprobe: ein Ton, dann eine Stimme. Danach folgen Fragen zu fünf Themen; jedes lässt sich überspringen.
setup-sound-said = Hier ist windown. Wenn Sie mich hören, funktioniert der Ton.
setup-check-volume = Prüfen Sie, ob der Ton laut genug ist und die richtigen Lautsprecher oder Kopfhörer gewählt sind.
setup-check-speech = Für die Sprache braucht es ein Sprachprogramm: `sudo apt install espeak-ng` (oder speech-dispatcher).
setup-check-player = Für die Töne braucht es ein Abspielprogramm: pw-play, paplay oder aplay (die meisten Desktops haben eines).
setup-check-speech-command = Die Sprache kommt vom Befehl in config.toml unter [voice] ({ $command }): Prüfen Sie, ob er spricht, zum Beispiel in einem Terminal.
setup-check-player-command = Die Töne kommen vom Befehl in config.toml unter [sounds] ({ $command }): Prüfen Sie, ob er abspielt.
setup-check-speech-found = Gesprochen hat { $program }: Prüfen Sie in einem Terminal, ob es spricht, zum Beispiel mit `{ $program } hallo`.
setup-sound-off = Sprache und Töne sind jetzt aus, weil sie nicht zu hören waren: windown zeigt alles auf dem Bildschirm, die Terminalglocke bleibt. Zum Wiedereinschalten führen Sie windown setup erneut aus, oder setzen Sie in config.toml engine = "auto" unter [voice] und player = "auto" unter [sounds] (windown config zeigt, wo die Datei liegt).

setup-ask-heard = Haben Sie das gehört? (ein Ton, dann eine Stimme)
setup-ask-heard-tone = Haben Sie das gehört? (ein Ton)
setup-ask-try-again = Den Ton noch einmal versuchen?
setup-ask-bedtime = Wann gehen Sie gewöhnlich zu Bett? (zum Beispiel 22:30)
setup-ask-wake = Wann stehen Sie gewöhnlich auf? (zum Beispiel 7 oder 07:00)
setup-ask-balance = Ist Ihr Gleichgewicht unsicher, oder hatten Sie einen Schlaganfall, Stürze oder Arthrose in Hüfte oder Knie? (Sie müssen jetzt nichts ausprobieren.)
setup-ask-hydration = Eine Erinnerung, tagsüber alle zwei Stunden Wasser zu trinken?
setup-ask-wind-down = Eine Erinnerung, vor dem Schlafengehen zur Ruhe zu kommen?
setup-ask-legs-up = Eine Erinnerung, dreimal am Tag die Beine hochzulegen (bei geschwollenen Knöcheln)?
setup-ask-start = Die Erinnerungen jetzt und bei jeder Anmeldung starten?
setup-balance-explain = Bei Ja wählt die Startseite das Programm im Sitzen.
setup-start-explain = Sie kommen als Desktop-Benachrichtigungen. Zum Beenden: `windown remind uninstall`.
setup-wake-is-bedtime = das ist die Schlafenszeit: Geben Sie an, wann Sie aufstehen
setup-type-yes-no = Tippen Sie j für ja, n für nein, oder drücken Sie Enter zum Überspringen
setup-type-time = Tippen Sie eine Uhrzeit wie 22:30, oder drücken Sie Enter zum Überspringen
setup-yes-words = j ja
setup-no-words = nein

setup-skipped-sound = Ton bleibt, wie er ist
setup-skipped-bedtime = Schlafenszeit bleibt { $time }
setup-skipped-wake = Aufstehzeit bleibt { $time }
setup-skipped-balance = das Programm im Stehen bleibt die Vorgabe
setup-skipped-reminder = bleibt, wie es ist
setup-skipped-start = nicht gestartet (`windown remind install` startet sie später)

setup-wrote = { $path } geschrieben
setup-changed = { $path } geändert
setup-language-saved = Sprache { $name } gespeichert (language = "{ $code }")
setup-reminder-switched = { $on ->
    [on] Erinnerung { $id } an
   *[off] Erinnerung { $id } aus
}
setup-config-kept = { $why } (config.toml bleibt, wie sie war)
setup-reminders-kept = reminders.toml bleibt, wie sie ist: { $why }
setup-cannot-write = { $path } kann nicht geschrieben werden: { $why }
setup-not-a-table = { $name } ist keine Tabelle

setup-plain-start = windown setup: Mit Enter überspringen Sie jede Frage.
setup-plain-ask = ({ $n } von { $of }) { $question } [{ $hint }]
setup-plain-hint-read = Enter zum Weitergehen, s überspringt die Tonprobe
setup-plain-hint-yes-no = j oder n, Enter zum Überspringen
setup-plain-hint-time = eine Uhrzeit, Enter zum Überspringen
setup-plain-skipped = übersprungen: { $what }
setup-plain-playing = Ein Ton, dann wird gesagt: „{ $said }“
setup-plain-playing-tone = Ein Ton (keine Stimme).
setup-plain-no-speech = (kein Sprachprogramm gefunden: Installieren Sie für gesprochene Hinweise speech-dispatcher (spd-say) oder espeak-ng, z. B. `sudo apt install espeak-ng`)
setup-plain-no-player = (kein Abspielprogramm gefunden: Installieren Sie für die Töne pipewire-bin (pw-play), pulseaudio-utils (paplay) oder alsa-utils (aplay))
setup-plain-done = Fertig. Tippen Sie windown, um die App zu öffnen; windown setup stellt diese Fragen erneut.
