## Die Worte der mitgelieferten Abläufe und der Dehnungsbibliothek (siehe locales/en/content.ftl).
## Entwurf. Förmliche Anrede (Sie). $side: "left", "right" oder "none" (keine Seite gemeint).
## .spoken und .spoken-side werden vorgelesen: kurz, keine Tasten, kein Bildschirm.

stretch-set-up =
    .title = Sicher vorbereiten
    .step-1 = Stellen Sie einen festen Stuhl ohne Rollen, der nicht zusammenklappen oder rutschen kann, mit der Lehne an eine Wand.
    .step-2 = Barfuß oder rutschfeste Schuhe: keine Socken auf glattem Boden.
    .step-3 = Machen Sie genug Licht, um sich sicher zu bewegen, und räumen Sie den Boden um sich frei.
    .step-4 = Drücken Sie Enter, wenn Sie bereit sind.
    .caution = Brechen Sie jede Dehnung ab, die schmerzt. Wenn Ihnen schwindlig wird oder Sie unsicher stehen, setzen Sie sich.
    .spoken = Ein fester Stuhl an der Wand. Rutschfeste Schuhe oder barfuß. Gutes Licht, freier Boden. Dann weiter.

stretch-stand-up-slowly =
    .title = Langsam aufstehen
    .step-1 = Lassen Sie sich Zeit: Rutschen Sie an die Vorderkante des Stuhls, die Füße flach auf dem Boden.
    .step-2 = Stehen Sie langsam auf und halten Sie sich an der Stuhllehne oder an einer Wand fest.
    .step-3 = Bleiben Sie einen Moment still stehen, bevor Sie weitergehen.
    .step-4 = Drücken Sie Enter, wenn Sie sicher stehen.
    .caution = Wenn Ihnen schwindlig oder benommen wird, setzen Sie sich wieder und warten Sie, bis es vorbei ist.
    .spoken = Rutschen Sie nach vorn. Stehen Sie langsam auf und halten Sie sich fest. Kurz still stehen, dann weiter.

stretch-wall-calf =
    .title = Wadendehnung an der Wand
    .step-1 = Stellen Sie sich mit dem Gesicht zur Wand, die Hände flach in Brusthöhe daran, die Arme gestreckt.
    .step-2 = { $side ->
        [left] Setzen Sie den linken Fuß zurück: Das genannte Bein ist das, das Sie zurücksetzen und dehnen.
        [right] Setzen Sie den rechten Fuß zurück: Das genannte Bein ist das, das Sie zurücksetzen und dehnen.
       *[none] Setzen Sie einen Fuß zurück: Das genannte Bein ist das, das Sie zurücksetzen und dehnen.
    }
    .step-3 = { $side ->
        [left] Lassen Sie das linke Knie gestreckt, die Ferse am Boden und die Zehen nach vorn gerichtet.
        [right] Lassen Sie das rechte Knie gestreckt, die Ferse am Boden und die Zehen nach vorn gerichtet.
       *[none] Lassen Sie dieses Knie gestreckt, die Ferse am Boden und die Zehen nach vorn gerichtet.
    }
    .step-4 = { $side ->
        [left] Schieben Sie die Hüfte zur Wand, bis Sie einen Zug in der linken Wade spüren. Atmen Sie normal.
        [right] Schieben Sie die Hüfte zur Wand, bis Sie einen Zug in der rechten Wade spüren. Atmen Sie normal.
       *[none] Schieben Sie die Hüfte zur Wand, bis Sie einen Zug in der Wade spüren. Atmen Sie normal.
    }
    .caution = Lassen Sie die hintere Ferse am Boden und wippen Sie nicht. Hören Sie auf, wenn es schmerzt.
    .spoken = Hände an die Wand, ein Fuß zurück, Ferse unten, nach vorn lehnen.
    .spoken-side = { $side ->
        [left] Linker Fuß zurück
       *[right] Rechter Fuß zurück
    }

stretch-bent-knee-calf =
    .title = Wadendehnung mit gebeugtem Knie
    .step-1 = Stellen Sie sich wie bei der Wadendehnung an der Wand mit dem Gesicht zur Wand, die Hände daran.
    .step-2 = { $side ->
        [left] Setzen Sie den linken Fuß zurück, weniger weit als bei der Wadendehnung an der Wand: Das genannte Bein wird gedehnt.
        [right] Setzen Sie den rechten Fuß zurück, weniger weit als bei der Wadendehnung an der Wand: Das genannte Bein wird gedehnt.
       *[none] Setzen Sie einen Fuß zurück, weniger weit als bei der Wadendehnung an der Wand: Das genannte Bein wird gedehnt.
    }
    .step-3 = { $side ->
        [left] Beugen Sie das linke Knie leicht und lassen Sie die Ferse am Boden.
        [right] Beugen Sie das rechte Knie leicht und lassen Sie die Ferse am Boden.
       *[none] Beugen Sie dieses Knie leicht und lassen Sie die Ferse am Boden.
    }
    .step-4 = { $side ->
        [left] Gehen Sie etwas tiefer, bis Sie den Zug unten in der linken Wade spüren, nahe am Knöchel.
        [right] Gehen Sie etwas tiefer, bis Sie den Zug unten in der rechten Wade spüren, nahe am Knöchel.
       *[none] Gehen Sie etwas tiefer, bis Sie den Zug unten in der Wade spüren, nahe am Knöchel.
    }
    .caution = Lassen Sie die Ferse unten und die Bewegung klein. Hören Sie auf, wenn es schmerzt.
    .spoken = Hände an die Wand, ein Fuß zurück, Knie gebeugt, Ferse unten.
    .spoken-side = { $side ->
        [left] Linker Fuß zurück
       *[right] Rechter Fuß zurück
    }

stretch-seated-hamstring =
    .title = Dehnung der Oberschenkelrückseite im Sitzen
    .step-1 = { $side ->
        [left] Setzen Sie sich nahe an die Vorderkante des festen Stuhls, den rechten Fuß flach auf dem Boden.
        [right] Setzen Sie sich nahe an die Vorderkante des festen Stuhls, den linken Fuß flach auf dem Boden.
       *[none] Setzen Sie sich nahe an die Vorderkante des festen Stuhls, den anderen Fuß flach auf dem Boden.
    }
    .step-2 = { $side ->
        [left] Strecken Sie das linke Bein nach vorn, die Ferse am Boden, das Knie gestreckt, aber nicht durchgedrückt: Das genannte Bein wird gedehnt.
        [right] Strecken Sie das rechte Bein nach vorn, die Ferse am Boden, das Knie gestreckt, aber nicht durchgedrückt: Das genannte Bein wird gedehnt.
       *[none] Strecken Sie ein Bein nach vorn, die Ferse am Boden, das Knie gestreckt, aber nicht durchgedrückt: Das genannte Bein wird gedehnt.
    }
    .step-3 = { $side ->
        [left] Beugen Sie sich mit geradem Rücken aus der Hüfte nach vorn, bis die Rückseite des linken Oberschenkels zieht.
        [right] Beugen Sie sich mit geradem Rücken aus der Hüfte nach vorn, bis die Rückseite des rechten Oberschenkels zieht.
       *[none] Beugen Sie sich mit geradem Rücken aus der Hüfte nach vorn, bis die Rückseite des Oberschenkels zieht.
    }
    .step-4 = { $side ->
        [left] Oder legen Sie ein Handtuch um den linken Fußballen und ziehen Sie die Zehen sanft zu sich heran.
        [right] Oder legen Sie ein Handtuch um den rechten Fußballen und ziehen Sie die Zehen sanft zu sich heran.
       *[none] Oder legen Sie ein Handtuch um den Fußballen und ziehen Sie die Zehen sanft zu sich heran.
    }
    .caution = Beugen Sie sich aus der Hüfte, ohne den Rücken rund zu machen. Hören Sie auf, wenn es schmerzt. Wenn Sie ein künstliches Hüftgelenk haben, fragen Sie vor dieser Dehnung Ihren Chirurgen.
    .spoken = Vorn auf den Stuhl setzen. Ein Bein gestreckt, nach vorn lehnen.
    .spoken-side = { $side ->
        [left] Linkes Bein gestreckt
       *[right] Rechtes Bein gestreckt
    }

stretch-seated-calf =
    .title = Wadendehnung im Sitzen mit Handtuch
    .step-1 = { $side ->
        [left] Setzen Sie sich mit dem Rücken an die Lehne des festen Stuhls, den rechten Fuß flach auf dem Boden.
        [right] Setzen Sie sich mit dem Rücken an die Lehne des festen Stuhls, den linken Fuß flach auf dem Boden.
       *[none] Setzen Sie sich mit dem Rücken an die Lehne des festen Stuhls, den anderen Fuß flach auf dem Boden.
    }
    .step-2 = { $side ->
        [left] Strecken Sie das linke Bein nach vorn, die Ferse am Boden, das Knie gestreckt, aber nicht durchgedrückt: Das genannte Bein wird gedehnt.
        [right] Strecken Sie das rechte Bein nach vorn, die Ferse am Boden, das Knie gestreckt, aber nicht durchgedrückt: Das genannte Bein wird gedehnt.
       *[none] Strecken Sie ein Bein nach vorn, die Ferse am Boden, das Knie gestreckt, aber nicht durchgedrückt: Das genannte Bein wird gedehnt.
    }
    .step-3 = { $side ->
        [left] Legen Sie ein Handtuch um den linken Fußballen und halten Sie in jeder Hand ein Ende.
        [right] Legen Sie ein Handtuch um den rechten Fußballen und halten Sie in jeder Hand ein Ende.
       *[none] Legen Sie ein Handtuch um den Fußballen und halten Sie in jeder Hand ein Ende.
    }
    .step-4 = { $side ->
        [left] Ziehen Sie die Zehen mit dem Handtuch sanft zu sich heran, bis die linke Wade zieht. Atmen Sie normal.
        [right] Ziehen Sie die Zehen mit dem Handtuch sanft zu sich heran, bis die rechte Wade zieht. Atmen Sie normal.
       *[none] Ziehen Sie die Zehen mit dem Handtuch sanft zu sich heran, bis die Wade zieht. Atmen Sie normal.
    }
    .caution = Ziehen Sie sanft und lassen Sie die Ferse am Boden. Hören Sie auf, wenn es schmerzt.
    .spoken = Zurücklehnen. Ein Bein gestreckt, Handtuch um den Fuß, Zehen zu sich.
    .spoken-side = { $side ->
        [left] Linkes Bein gestreckt
       *[right] Rechtes Bein gestreckt
    }

stretch-towel-hamstring =
    .title = Dehnung der Oberschenkelrückseite mit Handtuch
    .step-1 = Setzen Sie sich mit dem Rücken an die Lehne des festen Stuhls (oder legen Sie sich auf dem Bett auf den Rücken).
    .step-2 = { $side ->
        [left] Legen Sie ein Handtuch um den linken Fußballen und halten Sie in jeder Hand ein Ende: Das genannte Bein wird gedehnt.
        [right] Legen Sie ein Handtuch um den rechten Fußballen und halten Sie in jeder Hand ein Ende: Das genannte Bein wird gedehnt.
       *[none] Legen Sie ein Handtuch um einen Fußballen und halten Sie in jeder Hand ein Ende: Das genannte Bein wird gedehnt.
    }
    .step-3 = { $side ->
        [left] Strecken Sie das linke Knie, die Ferse auf dem Boden (oder im Liegen das Bein angehoben).
        [right] Strecken Sie das rechte Knie, die Ferse auf dem Boden (oder im Liegen das Bein angehoben).
       *[none] Strecken Sie das Knie, die Ferse auf dem Boden (oder im Liegen das Bein angehoben).
    }
    .step-4 = Ziehen Sie die Zehen mit dem Handtuch sanft zu sich heran, bis die Rückseite des Beins zieht.
    .caution = Ziehen Sie sanft und halten Sie den Rücken gerade. Hören Sie auf, wenn es schmerzt. Wenn Sie ein künstliches Hüftgelenk haben, fragen Sie vor dieser Dehnung Ihren Chirurgen.
    .spoken = Handtuch um einen Fuß, Knie gestreckt, Zehen sanft zu sich.
    .spoken-side = { $side ->
        [left] Linker Fuß im Handtuch
       *[right] Rechter Fuß im Handtuch
    }

stretch-standing-quad =
    .title = Oberschenkeldehnung im Stehen
    .step-1 = { $side ->
        [left] Stellen Sie sich seitlich an eine Wand oder die Lehne des festen Stuhls und halten Sie sich die ganze Zeit mit der rechten Hand fest.
        [right] Stellen Sie sich seitlich an eine Wand oder die Lehne des festen Stuhls und halten Sie sich die ganze Zeit mit der linken Hand fest.
       *[none] Stellen Sie sich seitlich an eine Wand oder die Lehne des festen Stuhls und halten Sie sich die ganze Zeit mit der anderen Hand fest.
    }
    .step-2 = { $side ->
        [left] Beugen Sie das linke Knie und führen Sie die Ferse zum Gesäß: Das genannte Bein ist das, das Sie beugen.
        [right] Beugen Sie das rechte Knie und führen Sie die Ferse zum Gesäß: Das genannte Bein ist das, das Sie beugen.
       *[none] Beugen Sie ein Knie und führen Sie die Ferse zum Gesäß: Das genannte Bein ist das, das Sie beugen.
    }
    .step-3 = { $side ->
        [left] Fassen Sie den linken Knöchel mit der linken Hand, wenn Sie ihn erreichen; sonst legen Sie ein Handtuch darum.
        [right] Fassen Sie den rechten Knöchel mit der rechten Hand, wenn Sie ihn erreichen; sonst legen Sie ein Handtuch darum.
       *[none] Fassen Sie den Knöchel mit der Hand derselben Seite, wenn Sie ihn erreichen; sonst legen Sie ein Handtuch darum.
    }
    .step-4 = Lassen Sie die Knie beieinander und die Hüfte gerade, und stehen Sie aufrecht.
    .caution = Halten Sie sich immer an der Stütze fest: Auf einem Bein zu stehen ist der Moment, in dem ein Sturz am wahrscheinlichsten ist. Wenn Ihr Gleichgewicht schlecht ist oder Knie oder Rücken Beschwerden machen, machen Sie stattdessen die Oberschenkeldehnung in Seitenlage. Ziehen Sie nicht kräftig an der Ferse. Hören Sie auf, wenn es schmerzt.
    .spoken = Festhalten. Ein Knie beugen, Ferse zum Gesäß.
    .spoken-side = { $side ->
        [left] Linkes Bein beugen
       *[right] Rechtes Bein beugen
    }

stretch-side-lying-quad =
    .title = Oberschenkeldehnung in Seitenlage
    .step-1 = { $side ->
        [left] Legen Sie sich auf dem Bett auf die rechte Seite, den Kopf auf einem Kissen oder dem Arm, das untere Knie leicht gebeugt.
        [right] Legen Sie sich auf dem Bett auf die linke Seite, den Kopf auf einem Kissen oder dem Arm, das untere Knie leicht gebeugt.
       *[none] Legen Sie sich auf dem Bett auf die andere Seite, den Kopf auf einem Kissen oder dem Arm, das untere Knie leicht gebeugt.
    }
    .step-2 = { $side ->
        [left] Ihr linkes Bein liegt oben: Dieses Bein beugen und dehnen Sie.
        [right] Ihr rechtes Bein liegt oben: Dieses Bein beugen und dehnen Sie.
       *[none] Ein Bein liegt oben: Dieses Bein beugen und dehnen Sie.
    }
    .step-3 = { $side ->
        [left] Beugen Sie das linke Knie und führen Sie die Ferse zum Gesäß; fassen Sie den Knöchel mit der linken Hand oder legen Sie ein Handtuch darum.
        [right] Beugen Sie das rechte Knie und führen Sie die Ferse zum Gesäß; fassen Sie den Knöchel mit der rechten Hand oder legen Sie ein Handtuch darum.
       *[none] Beugen Sie das obere Knie und führen Sie die Ferse zum Gesäß; fassen Sie den Knöchel mit der Hand oder legen Sie ein Handtuch darum.
    }
    .step-4 = Lassen Sie die Knie beieinander und die Hüften übereinander; machen Sie kein Hohlkreuz.
    .caution = Wählen Sie diese Dehnung bei schlechtem Gleichgewicht oder Knie- oder Rückenbeschwerden. Bewegen Sie sich sanft und hören Sie auf, wenn es schmerzt.
    .spoken = Auf die Seite legen. Das obere Knie beugen, Ferse zum Gesäß.
    .spoken-side = { $side ->
        [left] Linkes Bein oben
       *[right] Rechtes Bein oben
    }

routine-evening-legs =
    .title = Beine am Abend
    .summary = Waden- und Oberschenkeldehnungen kurz vor dem Schlafen: jedes Bein 10 Sekunden, 3-mal, etwa 4 Minuten.

routine-evening-legs-extended =
    .title = Beine am Abend, ausführlich
    .summary = Vier Beindehnungen mit längerem Halten (20–30 Sekunden, 2- bis 3-mal je Bein), etwa 11 Minuten.

routine-seated-legs =
    .title = Beine im Sitzen
    .summary = Waden- und Oberschenkeldehnungen auf einem Stuhl, ohne Stehen: jedes Bein 10 Sekunden, 3-mal.

routine-seated-legs-step-4 =
    .title = Im Bett: Oberschenkeldehnung in Seitenlage
    .step-1 = Wenn Sie möchten, sobald Sie im Bett liegen: Legen Sie sich auf die Seite, beugen Sie das obere Knie und führen Sie die Ferse zum Gesäß, am Knöchel gehalten oder mit einem Handtuch darum.
    .step-2 = Lassen Sie die Knie beieinander; halten Sie etwa 10 Sekunden, 3-mal, dann drehen Sie sich um und dehnen das andere Bein.
    .step-3 = Drücken Sie Enter, wenn Sie es gemacht haben, oder n, um es auszulassen.
    .caution = Bewegen Sie sich sanft. Hören Sie auf, wenn es schmerzt.
    .spoken = Wenn Sie möchten, im Bett: Auf die Seite legen, das obere Knie beugen, Ferse zum Gesäß. Etwa 10 Sekunden halten, dreimal, dann das andere Bein.

routine-wind-down =
    .title = Zur Ruhe kommen vor dem Schlafen
    .summary = Licht dämpfen, Bildschirme aus, ein paar ruhige Minuten langsam atmen, die Beindehnungen, dann ins Bett.

routine-wind-down-step-1 =
    .title = Licht dämpfen
    .step-1 = Dämpfen Sie das Licht in dem Raum, in dem Sie sind, oder schalten Sie auf eine Lampe um.
    .step-2 = Bleiben Sie von jetzt an bei ruhigen, entspannenden Dingen.

routine-wind-down-step-2 =
    .title = Andere Bildschirme aus; diesen dunkler
    .step-1 = Etwa 30 Minuten vor dem Schlafen: Legen Sie Telefon, Tablet und Laptop weg, am besten außerhalb des Schlafzimmers, und schalten Sie den Fernseher aus.
    .step-2 = Stellen Sie diesen Bildschirm dunkler. Von hier an kann man windown mit dem Gehör folgen: Schalten Sie die Sprache mit v ein, wenn sie aus ist.
    .spoken = Etwa 30 Minuten vor dem Schlafen. Legen Sie Telefon, Tablet und Laptop weg, und schalten Sie den Fernseher aus. Stellen Sie diesen Computer dunkler. Von hier an können Sie einfach zuhören.

routine-wind-down-step-3 =
    .title = Etwas Ruhiges
    .step-1 = Lesen Sie ein Buch aus Papier, hören Sie ruhige Musik oder sitzen Sie einfach eine Weile still.
    .step-2 = Drücken Sie Enter, wenn Sie für die letzten Minuten bereit sind.
    .spoken = Lesen Sie ein Buch aus Papier, hören Sie ruhige Musik oder sitzen Sie einfach eine Weile still.

routine-wind-down-step-5 =
    .title = Langsam atmen
    .step-1 = Setzen Sie sich auf den Stuhl und lassen Sie die Schultern sinken.
    .step-2 = Atmen Sie sanft durch die Nase ein und zählen Sie dabei bis etwa vier.
    .step-3 = Atmen Sie langsam aus und zählen Sie dabei bis etwa sechs.
    .step-4 = Wenn die Gedanken abschweifen, kehren Sie zum Zählen zurück.
    .caution = Atmen Sie sanft und locker. Wenn Ihnen schwindlig wird, atmen Sie normal.
    .spoken = Setzen Sie sich und lassen Sie die Schultern sinken.

routine-wind-down-step-9 =
    .title = Ins Bett
    .step-1 = Gehen Sie gleich ins Bett und machen Sie das Licht aus. windown zählt den Abend von hier an als erledigt.
    .step-2 = Wenn Sie nach gefühlt etwa 20 Minuten noch wach sind, machen Sie eine Lampe an, bevor Sie aufstehen, und tun Sie etwas Ruhiges, bis Sie müde werden.
    .spoken = Gehen Sie gleich ins Bett und machen Sie das Licht aus. Nach etwa 20 Minuten noch wach? Machen Sie eine Lampe an, bevor Sie aufstehen, und tun Sie etwas Ruhiges.

# Der Sicherheitshinweis der Abläufe (ein Sicherheitstext: bis zur klinischen Prüfung steht das Englische daneben).
routine-safety-note = Sicherheit: Dies ist ein allgemeiner Ablauf, keine Diagnose und keine Behandlung, und er ersetzt keine medizinische Fachkraft. Brechen Sie jede Dehnung ab, die schmerzt. Ist es wirklich ein Krampf? Ein Krampf ist ein plötzliches, hartes, schmerzhaftes Zusammenziehen eines Muskels, das nachlässt, wenn Sie ihn dehnen; einen Drang, die Beine zu bewegen, Wadenschmerzen, die beim Gehen auftreten, oder ein Taubheitsgefühl oder Schwäche sollten Sie ärztlich abklären lassen. Gehen Sie zum Arzt, wenn Krämpfe häufig sind oder Ihren Schlaf oder Alltag stören, oder wenn sie mit Taubheitsgefühl, Schwellungen oder Muskeln einhergehen, die schwächer oder dünner werden. Holen Sie noch am selben Tag Hilfe bei einem Krampf, der länger als 10 Minuten dauert und sich durch Dehnen nicht löst, oder bei Schmerzen in einem Bein mit Schwellung, Wärme, roter oder dunkel verfärbter Haut oder harten, schmerzenden Venen (möglicherweise ein Blutgerinnsel); plötzliche Atemnot oder Brustschmerzen sind ein Notfall. Manche Medikamente und manche Erkrankungen können Krämpfe wahrscheinlicher machen: Wenn Ihre Krämpfe nach einer Änderung Ihrer Medikamente begonnen haben oder schlimmer geworden sind, sagen Sie es Ihrem Arzt oder Apotheker, und setzen Sie nie ein Medikament eigenmächtig ab oder ändern es.
