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
trial-status-nights = Aufgezeichnete Nächte: { $recorded } ({ $missing } fehlen{ $late ->
    [0] {""}
   *[other] , { $late } nach 12 Uhr beantwortet
}). Dehnabende erledigt: { $done } von { $planned }.
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
trial-result-medicine = Um den Beginn herum hat sich ein Medikament geändert: Das Ergebnis ist womöglich nicht verlässlich.
trial-result-note = Notiz: { $note }
trial-result-stopped = Der Versuch wurde vorzeitig beendet: Ihr Tagebuch bleibt erhalten, und es gibt kein Ergebnis.
trial-result-not-over = Der Versuch ist noch nicht zu Ende: Vor dem Ende wird kein Vergleich gezeigt.

trial-explain-title = Hilft mir Dehnen? Ein persönlicher Versuch
trial-explain-intro =
    Dies ist ein persönlicher Versuch mit Ihrer eigenen Routine. Er ist keine ärztliche Beratung,
    keine Diagnose und keine Forschung, und niemand prüft ihn für Sie. Ihre Antworten bleiben
    auf diesem Computer.
trial-explain-happens =
    Was geschieht
      - Woche 1 (7 Nächte): die Ausgangswoche. Machen Sie es wie gewohnt und beantworten Sie
        jeden Morgen die Frage: wie viele Krämpfe letzte Nacht.
      - Dann 3 Paare von Blöcken zu 14 Nächten (4 Paare, wenn Sie möchten, 17 Wochen): in jedem
        Paar ein Block mit Dehnabenden und ein Block mit Ruheabenden. Die Reihenfolge in jedem
        Paar wird beim Start zufällig gezogen und gespeichert; sie ändert sich nie. Sie sehen die
        Art eines Blocks an seinem ersten Tag, nie die eines künftigen.
      - In Ruhewochen lassen Sie die Abendroutine aus. Kommt ein Krampf, dehnen und massieren
        Sie ihn wie gewohnt.
      - Die ersten 3 Nächte jedes Blocks werden aufgezeichnet, aber nicht verglichen (Zeit, in
        der eine Wirkung kommen und gehen kann). Eine Nacht ohne Antwort am Morgen fehlt; sie
        zählt nie als null.
      - Insgesamt: 13 Wochen (7 + 3 x 28 Nächte). Fehlen in einem Paar zu viele Nächte, kann am
        Ende ein Ersatzpaar angehängt werden.
trial-explain-learn =
    Was Sie erfahren
      Am Ende vergleicht windown Ihre Krämpfe in Dehnwochen mit denen in Ruhewochen und sagt
      eines von: deutlich weniger, kein klarer Unterschied, deutlich mehr oder zu wenige Daten.
      Vor dem Ende wird kein Vergleich gezeigt. Viele ehrliche Ergebnisse lauten „kein klarer
      Unterschied“: Krämpfe kommen und gehen von selbst, und wenige Wochen von jedem können eine
      kleine Wirkung verbergen. Das beweist nicht, dass Dehnen Ihnen nichts bringt.
trial-explain-stop =
    Sie können jederzeit aufhören, aus jedem Grund. Wer früh aufhört, erhält sein Tagebuch,
    aber kein Ergebnis.
trial-explain-medicine =
    Nehmen Sie Ihre Medikamente weiter wie bisher. Dieser Versuch betrifft nur das Dehnen;
    beginnen, beenden oder ändern Sie nie ein Medikament seinetwegen. Ändert sich während des
    Versuchs ein Medikament, sagen Sie es windown (windown trial note "..."): das Ergebnis ist
    dann vielleicht nicht verlässlich.
trial-explain-doctor =
    Gehen Sie, gleich was der Versuch sagt, zur Ärztin oder zum Arzt, wenn Krämpfe häufig sind oder Ihren Schlaf
    oder Tag stören, oder mit Taubheit, Schwellung oder schwächer oder dünner werdenden Muskeln
    einhergehen. Noch am selben Tag: bei einem Krampf über 10 Minuten, der durch Dehnen nicht besser wird,
    oder einem geschwollenen, warmen, roten oder schmerzenden Bein.
trial-medicine-warning = Ein Medikament wurde kürzlich geändert oder wird bald geändert: Das Ergebnis ist vielleicht nicht verlässlich, denn die Änderung kann Ihre Krämpfe ebenso stark beeinflussen wie das Dehnen. Nehmen Sie Ihre Medikamente so, wie Ihre Ärztin oder Ihr Arzt es Ihnen gesagt hat; vielleicht beginnen Sie den Versuch lieber später, wenn sich 4 Wochen lang nichts geändert hat.
trial-start-with = Starten mit: windown trial start   (oder --pairs 4, --expect 0-10, --medicine-change yes|no)
trial-under-way = Ein Versuch läuft: windown trial status
trial-ask-expectation = Wie sehr erwarten Sie, dass Dehnen Ihnen hilft? 0 (gar nicht) bis 10 (sehr), Enter zum Überspringen:
trial-ask-expectation-again = Bitte antworten Sie mit einer ganzen Zahl von 0 bis 10.
trial-ask-medicine = Wurde in den letzten 4 Wochen ein Medikament geändert, oder wird bald eines geändert? (yes/no):
trial-ask-start-anyway = Trotzdem jetzt starten? (yes/no):
trial-ask-yes-no-again = Bitte antworten Sie mit yes oder no.
trial-not-started = Nicht gestartet. Später starten mit: windown trial start
trial-started = Gestartet. Die Reihenfolge jedes Paares ist gezogen und gespeichert; sie ändert sich nicht.
trial-started-baseline = Ausgangswoche: { $first } bis { $last } ({ $nights } Nächte): Machen Sie es wie gewohnt und beantworten Sie die Morgenfrage.
trial-started-block = Block { $block } von { $blocks }: { $first } bis { $last }: ? (an seinem ersten Tag gezeigt)
trial-started-last = Letzte Nacht: { $last }. Jederzeit beenden mit: windown trial stop
trial-stopped = Beendet. Ihr Tagebuch bleibt; ein frühes Ende ergibt kein Ergebnis.
trial-noted = Notiert; es wird beim Ergebnis und im Bericht gezeigt.
trial-ask-count = Wie viele Krämpfe letzte Nacht? (eine Zahl; Enter, wenn Sie es nicht wissen):
trial-ask-count-again = Bitte geben Sie eine Zahl von 1 bis 99 an, oder drücken Sie Enter.
trial-count-missing = Ohne Zahl zählt diese Nacht in Ihrem Versuch als fehlend (nie als null). Nachtragen mit: windown checkin mild --count N
trial-ask-leg = Ist ein Bein schmerzhaft und geschwollen, warm oder rot? (yes/no):
trial-checkin-too-late = Zu spät für Ihren Versuch: Eine Nacht zählt nur, wenn sie bis 12 Uhr am nächsten Tag beantwortet ist. Sie bleibt in Ihrem Tagebuch.
trial-rest-evening-wind-down = Hinweis: Heute ist in Ihrem Versuch ein Ruheabend: Die Entspannung läuft ohne ihre Dehnungen.
trial-rest-evening-other = Hinweis: Heute ist in Ihrem Versuch ein Ruheabend (keine Abendroutine); diese Sitzung wird aufgezeichnet, und das Ergebnis vermerkt eine Routine an einem Ruheabend.
trial-tonight = { $kind ->
    [baseline] Versuch: Heute ist ein Abend der Ausgangswoche: Machen Sie es wie gewohnt und beantworten Sie die Morgenfrage.
    [stretch] Versuch: Heute ist ein Dehnabend.
    [rest] Versuch: Heute ist ein Ruheabend: keine Abendroutine; kommt ein Krampf, dehnen Sie ihn wie gewohnt.
   *[unknown] Versuch: Die Art des heutigen Abends wird um 12 Uhr gezeigt.
}
trial-red-flag-ended = Wegen dieses Warnzeichens ist der Versuch beendet; Ihr Tagebuch bleibt.
trial-error-none = es wurde kein Versuch gestartet
trial-error-none-hint = lesen Sie, worum es geht, mit: windown trial (und starten Sie einen mit: windown trial start)
trial-error-running = ein Versuch läuft bereits
trial-error-running-hint = sehen Sie den Stand mit: windown trial status (oder beenden Sie ihn mit: windown trial stop)
trial-error-medicine = geben Sie an, ob in den letzten 4 Wochen ein Medikament geändert wurde oder wird: --medicine-change yes oder no
trial-error-not-running = der Versuch läuft nicht
trial-error-nothing-to-stop = der Versuch läuft nicht; es gibt nichts zu beenden
trial-error-empty-note = die Notiz ist leer
trial-error-random = die Zufallsquelle des Systems kann nicht gelesen werden: { $why }
trial-error-read-back = der Plan wurde geschrieben, konnte aber nicht wieder gelesen werden

trial-report-heading = Persönlicher n-of-1-Selbstversuch: abendliches Dehnen gegen keines, unverblindet
trial-report-design = Aufbau: eine Ausgangsphase von { $baseline } Nächten ab { $first }, dann { $pairs } Paare von Blöcken zu { $block } Nächten (abendliche Dehnroutine oder keine Abendroutine); die ersten { $washout } Nächte jedes Blocks nicht ausgewertet. Unverblindet.
trial-report-order = Reihenfolge: für jedes Paar unabhängig aus der Zufallsquelle des Betriebssystems gezogen am { $drawn }, vor der ersten Nacht gespeichert, nie geändert; jeder Block der Person an seinem ersten Tag gezeigt.
trial-report-not-research = Keine Forschungsstudie; keine Ethikprüfung. Zielgröße: Krämpfe pro Nacht aus der Morgenabfrage (eine Nacht ohne sie fehlt, nie null).
trial-report-expectation = Erwartung zu Beginn: { $given ->
    [yes] { $expected } von 10
   *[no] nicht angegeben
}. Medikament um den Beginn geändert: { $medicine ->
    [yes] ja (das Ergebnis ist vielleicht nicht verlässlich)
   *[no] nein
}.
trial-report-note = Gemeldet am { $day }: { $note }
trial-report-status = Stand: { $status ->
    [finished] beendet
    [stopped] vorzeitig beendet am { $day } (kein Ergebnis)
    [red-flag] wegen eines Warnzeichens beendet am { $day } (kein Ergebnis)
    [no-cramps] nach der Ausgangswoche beendet, die keine Krämpfe hatte (kein Ergebnis)
   *[running] läuft: vor dem Ende wird kein Vergleich gezeigt
}.
trial-report-table-head = {"  "}Block  Art      Abende                 Nächte ausgew.  fehlen  Krämpfe  Abende gedehnt
trial-report-kind = { $kind ->
    [stretch] Dehnen
    [rest] Ruhe
   *[baseline] Ausg.
}
trial-report-days = { $first } bis { $last }
trial-report-valid-pairs = Gültige Paare: { $valid } ({ $needed } nötig){ $spare ->
    [yes] , mit dem Ersatzpaar (*)
   *[no] {""}
}.
trial-report-rates = Krämpfe pro Nacht: Dehnen { $stretch } ({ $stretch_cramps } in { $stretch_nights } Nächten), Ruhe { $rest } ({ $rest_cramps } in { $rest_nights } Nächten).
trial-report-numbers = Ratenverhältnis { $ratio }, 90-%-Intervall { $low } bis { $high }; P(weniger mit Dehnen) { $fewer } (mit verdoppeltem phi { $fewer_doubled }); phi { $phi }; Paare zugunsten des Dehnens { $favouring } von { $analysed }; Randomisierungs-p { $p } (Untergrenze { $floor }).
trial-report-verdict = Ergebnis: { $verdict ->
    [clearly-fewer] deutlich weniger Krämpfe in Dehnwochen
    [no-clear-difference] kein klarer Unterschied
    [clearly-more] deutlich mehr Krämpfe in Dehnwochen
   *[not-enough-data] zu wenige Daten
}.
trial-report-limits = Grenzen: unverblindet (die Person kannte die Art jedes Blocks), wenige Blöcke, mögliche Übertragungs- und Jahreszeiteffekte; als randomisiert ausgewertet.
