## Gesprochene Hinweise (siehe locales/en/cues.ftl für die Variablen). Förmliche Anrede (Sie).

cue-all-done = Geschafft.
cue-rest = Ausruhen.
cue-hold = Halten.
cue-begin = Beginnen Sie.
cue-rep = { $rep } von { $reps }.
cue-caution = Brechen Sie jede Dehnung ab, die schmerzt.
cue-paused = Angehalten.
cue-going-on = Weiter geht's.
cue-breathe-in = Einatmen.
cue-breathe-out = Ausatmen.
cue-switch = Seite wechseln.
cue-title = { $title }.
cue-side = { $side ->
    [left] { $limb ->
        [foot] Linker Fuß.
        [side] Linke Seite.
       *[leg] Linkes Bein.
    }
   *[right] { $limb ->
        [foot] Rechter Fuß.
        [side] Rechte Seite.
       *[leg] Rechtes Bein.
    }
}
cue-side-first = { $side ->
    [left] { $limb ->
        [foot] Zuerst der linke Fuß.
        [side] Zuerst die linke Seite.
       *[leg] Zuerst das linke Bein.
    }
   *[right] { $limb ->
        [foot] Zuerst der rechte Fuß.
        [side] Zuerst die rechte Seite.
       *[leg] Zuerst das rechte Bein.
    }
}
cue-spoken-side = { $spoken }.
cue-spoken-side-first = Zuerst: { $spoken }.
cue-words-per-second = 2.2
cue-no-voice = Sprache aus: { $program } hat keine Stimme für „{ $lang }“; stattdessen Töne (installieren Sie eine, oder setzen Sie [voice] language)
