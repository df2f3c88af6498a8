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

trial-result-verdict = Ergebnis: { $verdict ->
    [clearly-fewer] deutlich weniger Krämpfe in Dehnwochen
    [no-clear-difference] kein klarer Unterschied
    [clearly-more] deutlich mehr Krämpfe in Dehnwochen
   *[not-enough-data] nicht genug Daten
}.
trial-result-not-enough = Zu viele Nächte ohne Morgenangabe (oder zu wenige Krämpfe), um fair zu vergleichen.
trial-result-fewer = In Ihren Dehnwochen hatten Sie { $stretch ->
    [0] weniger als 1 Krampf
    [1] etwa 1 Krampf
   *[other] etwa { $stretch } Krämpfe
} pro Woche, in Ihren Ruhewochen { $rest ->
    [0] weniger als 1
   *[other] etwa { $rest }
}. { $all ->
    [yes] Alle { $analysed } Ihrer
   *[no] { $favouring } von Ihren { $analysed }
} Wochenpaaren zeigten in dieselbe Richtung. Die Zahlen sprechen dafür, dass Dehnen Ihnen hilft, auch wenn ein Teil der Wirkung daher kommen könnte, dass Sie sie erwartet haben, denn Sie wussten, welche Wochen welche waren. Vielleicht möchten Sie dabeibleiben. Das sagt etwas über Sie in diesen Monaten, nicht über alle.
trial-result-no-difference = Dehn- und Ruhewochen lagen nahe beieinander (etwa { $stretch } gegenüber { $rest } Krämpfen pro Woche). Dieser Test konnte sie nicht unterscheiden. Das beweist nicht, dass Dehnen Ihnen nichts bringt: Eine kleine Wirkung, oder eine, die sich über viele Wochen aufbaut, kann sich in einem so kleinen Test verbergen. Wenn Ihnen die Übungen gefallen, bleiben Sie dabei; Sie können den Test später wiederholen.
trial-result-more = Sie hatten in Dehnwochen mehr Krämpfe ({ $stretch ->
    [0] weniger als 1
   *[other] etwa { $stretch }
} pro Woche) als in Ruhewochen ({ $rest ->
    [0] weniger als 1
   *[other] etwa { $rest }
}). Das kann Zufall sein oder an etwas anderem liegen, das sich geändert hat, aber Dehnen hat Ihnen hier nicht geholfen. Achten Sie darauf, dass die Übungen sanft und nie schmerzhaft sind, und sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Physiotherapie, besonders wenn die Krämpfe schlimmer werden.
trial-result-chart-stretch = Krämpfe pro Woche  Dehnen { $rate } { $bar }
trial-result-chart-rest = {"                   "}Ruhe   { $rate } { $bar }
trial-result-pairs = Wochenpaare, die auf weniger Krämpfe mit Dehnen deuten: { $favouring } von { $analysed }.
trial-result-numbers = Ratenverhältnis { $ratio } (90-%-Intervall { $low } bis { $high }); Wahrscheinlichkeit, dass Dehnwochen weniger Krämpfe hatten, { $fewer }; phi { $phi }; Randomisierungs-p { $p } (das kleinstmögliche bei { $pairs } Paaren ist { $floor }).
trial-result-nights = Aufgezeichnete Nächte: { $recorded } ({ $missing } fehlen). Gültige Paare: { $valid } von { $needed } nötigen{ $spare ->
    [yes] , mit dem Ersatzpaar
   *[no] {""}
}.
trial-result-evenings = Dehnabende wie geplant: { $done } von { $planned }; Übungen an Ruheabenden: { $rest }.
trial-result-expectation = Ihre Erwartung zu Beginn: { $expected } von 10.
trial-result-medicine = Um den Beginn herum hat sich ein Medikament geändert: Das Ergebnis ist womöglich nicht fair.
trial-result-note = Notiz: { $note }
trial-result-stopped = Der Versuch wurde vorzeitig beendet: Ihr Tagebuch bleibt erhalten, und es gibt kein Ergebnis.
trial-result-not-over = Der Versuch ist noch nicht zu Ende: Vor dem Ende wird kein Vergleich gezeigt.
