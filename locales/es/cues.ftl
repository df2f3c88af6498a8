## Avisos hablados (las variables se explican en locales/en/cues.ftl). Trato de usted.

cue-all-done = Ha terminado.
cue-rest = Descanse.
cue-hold = Mantenga.
cue-begin = Empiece.
cue-rep = { $rep } de { $reps }.
cue-caution = Deje cualquier estiramiento que le duela.
cue-paused = En pausa.
cue-going-on = Seguimos.
cue-breathe-in = Tome aire.
cue-breathe-out = Suelte el aire.
cue-switch = Cambie de lado.
cue-title = { $title }.
cue-side = { $side ->
    [left] { $limb ->
        [foot] Pie izquierdo.
        [side] Lado izquierdo.
       *[leg] Pierna izquierda.
    }
   *[right] { $limb ->
        [foot] Pie derecho.
        [side] Lado derecho.
       *[leg] Pierna derecha.
    }
}
cue-side-first = { $side ->
    [left] { $limb ->
        [foot] Primero el pie izquierdo.
        [side] Primero el lado izquierdo.
       *[leg] Primero la pierna izquierda.
    }
   *[right] { $limb ->
        [foot] Primero el pie derecho.
        [side] Primero el lado derecho.
       *[leg] Primero la pierna derecha.
    }
}
cue-spoken-side = { $spoken }.
cue-spoken-side-first = Primero: { $spoken }.
cue-words-per-second = 2.5
cue-no-voice = voz desactivada: { $program } no tiene voz para «{ $lang }»; en su lugar, tonos (instale una, o ajuste [voice] language)
