## Der persönliche Versuch („Hilft mir Dehnen?“): `windown trial status` und die Versuchsseite.

trial-status-phase = Versuch: { $phase ->
    [baseline] die Ausgangswoche
    [block] Block { $block } von { $blocks }
    [deciding] der letzte Block ist vorbei; über heute Abend wird um 12 Uhr entschieden
    [finished] beendet: siehe windown trial result
    [stopped] vorzeitig beendet (das Tagebuch bleibt; kein Ergebnis)
    [red-flag] wegen eines Warnzeichens beendet
   *[no-cramps] nach der Ausgangswoche beendet
}.
trial-status-tonight = Heute ist { $kind ->
    [baseline] ein Abend der Ausgangswoche: Machen Sie es wie immer und beantworten Sie die Frage am Morgen
    [stretch] ein Dehnabend
   *[rest] ein Ruheabend: keine Abendübungen; wenn ein Krampf kommt, dehnen Sie ihn wie gewohnt
}.
trial-red-flag = Der Versuch wurde wegen eines Warnzeichens beendet. Gehen Sie noch am selben Tag zu einer Ärztin oder einem Arzt bei einem Krampf, der länger als 10 Minuten dauert und sich durch Dehnen nicht löst, oder wenn ein Bein geschwollen, warm, gerötet oder schmerzhaft ist. Ihr Tagebuch bleibt erhalten.
trial-no-cramps = In Ihrer Ausgangswoche gab es keine Krämpfe, daher ist der Versuch beendet: Ohne Krämpfe zum Zählen kann er nicht zeigen, ob Dehnen Ihnen hilft. Ihr Tagebuch bleibt erhalten. Wenn Krämpfe häufiger kommen, können Sie einen neuen beginnen mit: windown trial start
trial-status-switch-back = Wenn eine Ruhewoche schlecht läuft, können Sie jetzt wieder zum Dehnen wechseln. Das wird notiert (windown trial note "switched back"); der Block behält seine Bezeichnung und seine Nächte.
trial-status-baseline-cramps = { $n ->
    [0] In Ihrer Ausgangswoche wurden keine Krämpfe gezählt (keine Nacht aufgezeichnet oder keine mit Anzahl): Der Versuch endet wahrscheinlich mit „nicht genug Daten“. Sie können ihn beenden (windown trial stop) und es erneut versuchen, wenn Krämpfe häufiger sind.
    [1] In Ihrer Ausgangswoche wurden nur 1 oder 2 Krämpfe gezählt: Der Versuch endet wahrscheinlich mit „kein klarer Unterschied“ oder „nicht genug Daten“.
    [2] In Ihrer Ausgangswoche wurden nur 1 oder 2 Krämpfe gezählt: Der Versuch endet wahrscheinlich mit „kein klarer Unterschied“ oder „nicht genug Daten“.
   *[other] In Ihrer Ausgangswoche gab es genug Krämpfe, um fortzufahren.
}
trial-status-nights = Aufgezeichnete Nächte: { $recorded } ({ $missing } fehlen). Dehnabende erledigt: { $done } von { $planned }.
trial-status-rest-sessions = Übungen an Ruheabenden: { $n } (aufgezeichnet; das Ergebnis vermerkt es).
trial-status-planned = Geplant vom { $first } bis { $last }.
