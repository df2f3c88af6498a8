## Routines on screen and in plain mode: lists, windown show, the session's words, lengths of time.

routine-phase-get-ready = PREPÁRESE
routine-phase-rest = DESCANSO
routine-phase-switch-sides = CAMBIE DE LADO
routine-phase-done = TERMINADO
routine-phase-hold = { $side ->
    [left] { $limb ->
        [foot] MANTENGA - PIE IZQUIERDO
        [side] MANTENGA - LADO IZQUIERDO
       *[leg] MANTENGA - PIERNA IZQUIERDA
    }
    [right] { $limb ->
        [foot] MANTENGA - PIE DERECHO
        [side] MANTENGA - LADO DERECHO
       *[leg] MANTENGA - PIERNA DERECHA
    }
   *[none] MANTENGA
}
routine-phase-step = { $side ->
    [left] { $limb ->
        [foot] { $title } - PIE IZQUIERDO
        [leg] { $title } - PIERNA IZQUIERDA
       *[side] { $title } - LADO IZQUIERDO
    }
    [right] { $limb ->
        [foot] { $title } - PIE DERECHO
        [leg] { $title } - PIERNA DERECHA
       *[side] { $title } - LADO DERECHO
    }
   *[none] { $title }
}
routine-rest-evening-note = Esta tarde es una tarde de descanso de su prueba: la rutina para relajarse se hace sin sus estiramientos. Si le da un calambre, estírelo como siempre.

routine-plain-press-enter = pulse Enter cuando termine
routine-plain-suspended = en pausa; después de fg, pulse Enter para seguir
routine-plain-stopped-at-least = detenido durante al menos { $time }; pulse Enter para seguir
routine-plain-stopped-up-to = detenido durante hasta { $time }; pulse Enter para seguir
routine-plain-end = { $total ->
    [one] { $done } de { $total } paso hecho
   *[other] { $done } de { $total } pasos hechos
}, { $skipped ->
    [one] { $skipped } omitido
   *[other] { $skipped } omitidos
}

routine-list-head =
    .id = ID
    .title = TÍTULO
    .kind = TIPO
    .time = TIEMPO
    .steps = PASOS
    .from = ORIGEN
routine-list-time-tasks = { $n ->
    [one] { $time } +{ $n } tarea
   *[other] { $time } +{ $n } tareas
}
routine-list-built-in = incluida
routine-list-overrides = { $file } (reemplaza la incluida)
routine-list-broken = { $n ->
    [one] No se pudo cargar { $n } archivo de rutina (`windown validate FILE` muestra los detalles):
   *[other] No se pudieron cargar { $n } archivos de rutina (`windown validate FILE` muestra los detalles):
}
routine-list-would-replace = { $problem } (reemplazaría la rutina incluida { $id })
routine-show-title = { $title } ({ $id }, { $kind })
routine-show-head =
    .start = INICIO
    .length = DURACIÓN
    .phase = FASE
routine-show-step-targets = { $title } ({ $targets })
routine-target = { $target ->
    [calves] pantorrillas
    [hamstrings] isquiotibiales
    [quadriceps] cuádriceps
    [hips] caderas
    [glutes] glúteos
    [feet] pies
    [back] espalda
    [breathing] respiración
    [relaxation] relajación
   *[sleep] sueño
}
routine-show-rep = { $label }, repetición { $rep } de { $reps }
routine-show-task = { $label } (le espera)
routine-show-total = { $tasks ->
    [0] Total: { $time }
    [one] Total: { $time }, más { $tasks } tarea que le espera
   *[other] Total: { $time }, más { $tasks } tareas que le esperan
}

routine-duration = { $h ->
    [0] {""}
   *[other] { $h } h{" "}
}{ $m ->
    [0] {""}
   *[other] { $m } min{" "}
}{ $s ->
    [0] {""}
   *[other] { $s } s
}
routine-duration-zero = 0 s

## windown new y windown import.
routine-bad-id = "{ $id }" no es un id de rutina válido
routine-new-hint-id = un id tiene de 1 a 64 letras minúsculas, cifras y "-", como "mis-piernas"
routine-id-taken = el id "{ $id }" ya lo usa { $other }
routine-id-taken-built-in = el id "{ $id }" ya lo usa la rutina incorporada "{ $id }"
routine-new-hint-taken = elija otro id, o edite ese archivo
routine-new-exists = { $path } ya existe; windown new nunca sobrescribe un archivo
routine-new-hint-exists = edite ese archivo, o elija otro id
routine-new-replaces = nota: este archivo sustituye a la rutina incorporada "{ $id }" mientras exista
routine-new-would-not-load = la nueva rutina no se cargaría ({ $problem }); no se ha escrito nada
routine-new-hint-would-not-load = corrija el archivo de origen (windown validate FILE), o elija otro título
routine-copy-not-toml = no se puede copiar { $file }: no es TOML válido
routine-copy-not-toml-built-in = no se puede copiar la rutina incorporada "{ $id }": no es TOML válido
routine-schema-unwritten = no se puede escribir { $path }: { $error }; los editores no ofrecerán autocompletado
routine-import-control = el archivo contiene el carácter de control { $code }
routine-import-hint-control = una rutina compartida solo se importa sin secuencias de escape ni caracteres de control; quítelo e inténtelo de nuevo
routine-import-hint-another = impórtela con otro id: windown import { $file } --id NEW-ID
routine-import-not-toml = no se puede importar { $file }: no es TOML válido
routine-import-exists = { $path } ya existe
routine-imported = { $steps ->
    [one] importada "{ $title }" ({ $id }, { $steps } paso) como { $path }
   *[other] importada "{ $title }" ({ $id }, { $steps } pasos) como { $path }
}

## El editor de rutinas.
routine-edit-step = { $n }. { $title }
routine-edit-no-title = (sin título)
routine-edit-not-toml = { $path } no se puede editar aquí: { $error }
routine-edit-step-list = { $path } escribe sus pasos en una sola lista (step = [...]): edítelo con e

## Teclas de la pantalla de inicio.
tui-key-start-the-routine-on-a-rest-evening-a-stretching-routine-asks-first-enter-again-starts-it = iniciar la rutina (en una tarde de descanso, una rutina de estiramientos pregunta antes: Enter otra vez la inicia)
