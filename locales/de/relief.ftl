## Die Hilfe bei einem Krampf in der Nacht (Entwurf, siehe locales/en/relief.ftl).

relief-step-light = Licht an
    .say = Machen Sie Licht, bevor Sie aufstehen.
    .detail = Machen Sie Licht, bevor Sie aufstehen. Bewegen Sie sich langsam.
relief-step-sit = Aufsetzen
    .say = Setzen Sie sich auf die Bettkante.
    .detail = Setzen Sie sich zuerst auf die Bettkante, die Füße auf dem Boden.
relief-step-stretch-calf = Dehnen
    .say = Bein gestreckt aufs Bett, Ferse unten: Zehen zu sich ziehen.
    .detail = Bleiben Sie sitzen, legen Sie das Bein gestreckt aufs Bett, die Ferse unten, und ziehen Sie die Zehen zu sich heran. Ein Handtuch um den Fuß hilft. Halten Sie sanft.
relief-step-stretch-back = Dehnen
    .say = Sitzen Sie mit gestrecktem Bein und beugen Sie sich aus der Hüfte vor.
    .detail = Sitzen Sie mit gestrecktem Bein und beugen Sie sich aus der Hüfte vor, den Rücken gerade, oder ziehen Sie die Zehen zu sich heran. Halten Sie sanft.
relief-step-side-lying-front = Auf die Seite
    .say = Legen Sie sich auf die Seite und ziehen Sie die Ferse zum Gesäß.
    .detail = Bleiben Sie im Bett und legen Sie sich auf die andere Seite. Beugen Sie das Knie und ziehen Sie die Ferse zum Gesäß, am Knöchel oder mit dem Laken. Halten Sie sanft.
relief-step-rub = Reiben
    .say = Reiben Sie den Muskel sanft, außer das Bein ist geschwollen, warm, rot oder dunkel.
    .detail = Reiben Sie den Muskel sanft mit der Hand. Reiben Sie kein Bein, das geschwollen, warm, rot oder dunkel verfärbt ist: Holen Sie Rat ein.
relief-step-stand-calf = Wenn sicher
    .say = Nur wenn Sie sicher stehen: langsam aufstehen, an etwas Festem halten. Wenn Ihnen schwindlig wird, setzen Sie sich.
    .detail = Nur wenn Sie sich sicher fühlen und es nicht nachgelassen hat: Stehen Sie langsam auf, halten Sie sich an etwas Festem fest, das Gewicht auf diesem Bein, das Knie leicht gebeugt. Wenn Ihnen schwindlig wird, setzen Sie sich. Sonst, oder wenn es zu sehr schmerzt, bleiben Sie sitzen und ziehen Sie die Zehen hoch.
relief-step-stand-front = Wenn sicher
    .say = Nur wenn Sie sicher stehen: langsam aufstehen, an etwas Festem halten. Wenn Ihnen schwindlig wird, setzen Sie sich.
    .detail = Nur wenn Sie sich sicher fühlen und es nicht nachgelassen hat: Setzen Sie sich auf die Bettkante, stehen Sie langsam auf, an etwas Festem gehalten, beugen Sie das Knie und ziehen Sie die Ferse zum Gesäß. Wenn Ihnen schwindlig wird, setzen Sie sich.
relief-step-warmth = Wärme
    .say = Wärme kann helfen, nur wenn ein Wärmekissen schon bereitliegt.
    .detail = Ein Wärmekissen kann den Muskel lockern, aber nur, wenn eines schon bereitliegt. Warm, nicht heiß, und nie auf taube Haut. Suchen Sie im Dunkeln nie danach. Zurück ins Bett, wenn es nachgelassen hat.
relief-step-toes-up = Zehen hoch
    .say = Ziehen Sie die Zehen zum Knie hoch.
    .detail = Ziehen Sie die Zehen zum Knie hoch, mit der Hand oder einem Handtuch um den Fuß. Halten Sie sanft.
relief-step-press-flat = Flach drücken
    .say = Drücken Sie den Fuß flach auf den Boden.
    .detail = Drücken Sie im Sitzen den Fuß flach auf den Boden.
relief-step-rub-sole = Reiben
    .say = Reiben Sie die Sohle sanft, außer Fuß oder Bein sind geschwollen, warm, rot oder dunkel.
    .detail = Reiben Sie die Fußsohle sanft. Reiben Sie keinen Fuß und kein Bein, das geschwollen, warm, rot oder dunkel verfärbt ist: Holen Sie Rat ein.

relief-urgent = Holen Sie dringend ärztlichen Rat, wenn der Krampf länger als 10 Minuten dauert und nicht nachlässt, oder wenn ein Bein schmerzt, geschwollen, warm, rot oder dunkel verfärbt ist. Plötzliche Atemnot oder Brustschmerzen: Rufen Sie sofort den Notruf.
relief-urgent-1 = Holen Sie dringend ärztlichen Rat, wenn der Krampf länger als 10 Minuten dauert und nicht nachlässt,
relief-urgent-2 = oder wenn ein Bein schmerzt, geschwollen, warm, rot oder dunkel verfärbt ist.
relief-urgent-3 = Plötzliche Atemnot oder Brustschmerzen: Rufen Sie sofort den Notruf.
relief-urgent-short = Dringend ärztlicher Rat bei über 10 Minuten ohne Nachlassen oder wenn ein Bein schmerzt, geschwollen, warm, rot oder dunkel ist. Plötzliche Atemnot oder Brustschmerzen: sofort Notruf wählen.
relief-urgent-now = Es dauert schon über 10 Minuten.
relief-is-it-a-cramp = Ein Krampf ist ein plötzliches, hartes, schmerzhaftes Anspannen eines Muskels, das beim Dehnen nachlässt. Ein Drang, die Beine zu bewegen, Wadenschmerzen beim Gehen, Taubheit oder Schwäche sind etwas anderes: Sprechen Sie darüber mit einer Ärztin oder einem Arzt.
relief-medicines = Manche Medikamente und Erkrankungen können Krämpfe wahrscheinlicher machen: Wenn Ihre nach einer Änderung Ihrer Medikamente begonnen haben oder schlimmer geworden sind, sagen Sie es Ihrer Ärztin, Ihrem Arzt oder in der Apotheke. Setzen Sie nie ein Medikament von sich aus ab und ändern Sie es nie selbst.
relief-first-said = Ein Krampf? Lassen Sie ihn nachlassen. Welches Bein, welcher Muskel?
relief-first-keys-said = Enter beginnt mit der linken Wade. R ist das rechte Bein. C Wade, B Oberschenkelrückseite, F Vorderseite, O Fuß.
relief-end-said = Hat es nachgelassen? Dann zurück ins Bett, wenn Sie so weit sind; sonst dehnen Sie noch einmal wie vorher. Wie stark war es höchstens, und wie lange hat es gedauert?
relief-end-keys-said = Auf und Ab stellen ein, wie schlimm es war. 1 bis 4, wie lange: unter einer Minute, 1 bis 5 Minuten, 5 bis 10 Minuten oder über 10 Minuten. Enter speichert.
relief-lasted-under-1 = unter einer Minute
relief-lasted-1-5 = 1 bis 5 Minuten
relief-lasted-5-10 = 5 bis 10 Minuten
relief-lasted-longer = über 10 Minuten
relief-lasted-question = Wie lange hat der Krampf gedauert? 1 unter einer Minute, 2 1 bis 5 Minuten, 3 5 bis 10 Minuten, 4 über 10 Minuten; oder die Zeit, etwa 7m (Enter lässt es aus)

relief-leg = { $leg ->
    [left] links
   *[right] rechts
}
relief-muscle = { $muscle ->
    [calf] Wade
    [back-thigh] Oberschenkel hinten
    [front-thigh] Oberschenkel vorn
   *[foot] Fuß
}
relief-place = { $leg ->
    [left] { $muscle ->
        [calf] linke Wade
        [back-thigh] linker Oberschenkel hinten
        [front-thigh] linker Oberschenkel vorn
       *[foot] linker Fuß
    }
   *[right] { $muscle ->
        [calf] rechte Wade
        [back-thigh] rechter Oberschenkel hinten
        [front-thigh] rechter Oberschenkel vorn
       *[foot] rechter Fuß
    }
}

relief-page-written = Die Seite für den Nachttisch ist in { $path }. Speichern Sie sie auf Ihrem Telefon (oder öffnen Sie sie in einem Browser) und legen Sie es neben das Bett: Sie braucht kein Netz und zeichnet nichts auf.
relief-card-written = Die Karte ist in { $path }: Drucken Sie sie auf eine A4- oder Letter-Seite.
relief-pdf-written = Das PDF der Karte ist in { $path }.

relief-plain-which-leg = Welches Bein? l links (Enter), r rechts
relief-plain-which-muscle = Welcher Muskel? c Wade (Enter), b Oberschenkel hinten, f Oberschenkel vorn, o Fuß
relief-plain-cramp = Krampf: { $place }. Enter geht weiter; jeder Schritt geht auch von selbst weiter.
relief-plain-said = gesagt: { $text }
relief-plain-pain = Wie schlimm war es am stärksten, 0 bis { $max }? (Enter lässt es aus)
relief-plain-pain-again = Eine Zahl von 0 bis { $max }, oder Enter, um es auszulassen
relief-plain-lasted-again = 1, 2, 3 oder 4, oder eine Zeit wie 7m oder 90s, oder Enter, um es auszulassen

relief-page-title = Krampfhilfe: windown am Bett
relief-page-heading = Krampfhilfe
relief-page-clock = Wie lange der Krampf schon dauert
relief-page-mute = Ton aus
relief-page-which-leg = Welches Bein?
relief-page-where = Wo ist der Krampf?
relief-page-tap = Tippen Sie zum Beginnen auf die Stelle, die schmerzt.
relief-page-back = Zurück
relief-page-next = Weiter
relief-page-done = Fertig
relief-page-new-cramp = Neuer Krampf
relief-page-leg = { $leg ->
    [left] Links
   *[right] Rechts
}
relief-page-muscle = { $muscle ->
    [calf] Wade
    [back-thigh] Oberschenkel hinten
    [front-thigh] Oberschenkel vorn
   *[foot] Fuß
}
relief-page-step = Schritt { $n } von { $total }: { $place }
relief-page-step-said = Schritt { $n } von { $total }.
relief-page-moves-on = Geht in { $s } s von selbst weiter.
relief-page-over = Die Schritte sind zu Ende
relief-page-over-said = Die Schritte sind zu Ende. Diese Seite zeichnet nichts auf: Tragen Sie den Krampf morgen früh ein.
relief-page-started = Der Krampf begann um { $at } und dauerte { $lasted }.
relief-page-lasted = { $n ->
    [0] weniger als eine Minute
    [one] etwa { $n } Minute
   *[other] etwa { $n } Minuten
}
relief-page-over-announced = Die Schritte sind zu Ende. Der Krampf begann um { $at }. Diese Seite zeichnet nichts auf.
relief-page-log = Diese Seite zeichnet nichts auf. Um den Krampf morgen früh einzutragen, geben Sie ein:
relief-page-checkin = oder beantworten Sie die Morgenfrage (öffnen Sie { $app } oder geben Sie { $checkin } ein).
relief-page-again-said = Welches Bein, und wo ist der Krampf?
relief-page-urgent-label = Dringender Rat
relief-page-noscript = Ohne Skripte kann die Seite die Schritte nicht zeitlich steuern; hier sind sie der Reihe nach.

relief-card-title = Krampfkarte: windown
relief-card-heading = Wenn nachts ein Bein krampft
relief-card-getting-up = Aufstehen:
relief-card-get-up = Machen Sie Licht. Setzen Sie sich zuerst auf die Bettkante. Stehen Sie nur auf, wenn Sie sicher stehen: langsam, an etwas Festem. Bei Schwindel setzen Sie sich. Nie im Dunkeln umhergehen.
relief-card-get-up-seated = Machen Sie Licht. Setzen Sie sich zuerst auf die Bettkante. Bleiben Sie sitzen oder liegen. Nie im Dunkeln umhergehen.
relief-card-dizzy = Wenn Ihnen schwindlig wird, setzen Sie sich.
relief-card-log = Morgens mit der Uhrzeit eintragen: { $command }
