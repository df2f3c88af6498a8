## The routine editor and reminders screens of the app, and the app's background work.

## Key tables.

tui-key-previous-line-title-defaults-steps = línea anterior (título, valores por defecto, pasos)
tui-key-next-line = línea siguiente
tui-key-previous-value-hold-reps-rest-get-ready-sides = valor anterior (mantener, repeticiones, descanso, preparación, lados)
tui-key-next-value = valor siguiente
tui-key-more-5-s-longer-one-rep-more-the-next-sides = más (5 s más, una repetición más, los lados siguientes)
tui-key-less = menos
tui-key-move-the-step-up = subir el paso
tui-key-move-the-step-down = bajar el paso
tui-key-remove-the-step = quitar el paso
tui-key-duplicate-the-step = duplicar el paso
tui-key-add-a-step-after-this-one-from-the-stretches-windown-knows = añadir un paso después de este, de los estiramientos que windown conoce
tui-key-change-the-title-on-the-title-line-enter-too = cambiar el título (en la línea del título, también Enter)
tui-key-undo-the-last-change = deshacer el último cambio
tui-key-save-the-file-only-when-it-loads = guardar el archivo (solo si se carga)
tui-key-back-home-asks-again-when-not-saved = volver al inicio (pregunta de nuevo si no está guardado)
tui-key-quit-asks-again-when-not-saved = salir (pregunta de nuevo si no está guardado)
tui-key-add-a-step-previous-stretch = añadir un paso: estiramiento anterior
tui-key-add-a-step-next-stretch = añadir un paso: estiramiento siguiente
tui-key-add-a-step-add-this-one = añadir un paso: añadir este
tui-key-add-a-step-add-none = añadir un paso: no añadir ninguno
tui-key-title-set-it-letters-type-backspace-deletes = título: aceptarlo (las letras escriben, Backspace borra)
tui-key-title-leave-it-as-it-was = título: dejarlo como estaba
tui-key-previous-reminder = recordatorio anterior
tui-key-next-reminder = recordatorio siguiente
tui-key-switch-the-chosen-reminder-on-or-off = activar o desactivar el recordatorio elegido
tui-key-change-the-chosen-reminder-s-times-and-days = cambiar las horas y los días del recordatorio elegido
tui-key-change-wake-and-bedtime = cambiar la hora de levantarse y de acostarse
tui-key-send-a-test-notification = enviar una notificación de prueba
tui-key-start-or-stop-the-reminder-process = iniciar o detener el servicio de recordatorios
tui-key-read-the-files-again = volver a leer los archivos
tui-key-previous-field-while-changing-times = campo anterior (al cambiar las horas)
tui-key-next-field = campo siguiente
tui-key-save-the-times = guardar las horas
tui-key-leave-the-times-as-they-were = dejar las horas como estaban
tui-key-change-the-field = cambiar el campo
tui-edit-form-keys = letras, cifras, Backspace

tui-hint-line = línea
tui-hint-value = valor
tui-hint-add = añadir
tui-hint-undo = deshacer
tui-hint-set = aceptar
tui-hint-on-off = sí/no
tui-hint-times = horas
tui-hint-wake-bed = horario
tui-hint-test = prueba
tui-hint-start-stop = iniciar/parar
tui-hint-field = campo

## The routine editor.

tui-edit-editing = editando { $title }
tui-edit-not-saved = (sin guardar)
tui-edit-title-label = Título:
tui-edit-defaults = Por defecto
tui-edit-field-hold = mantener
tui-edit-field-reps = repet.
tui-edit-field-rest = descanso
tui-edit-field-get-ready = prepar.
tui-edit-field-sides = lados
tui-edit-sides-none = ninguno
tui-edit-sides-both = ambos
tui-edit-sides-left = izquierdo
tui-edit-sides-right = derecho
tui-edit-check = Revisión
tui-edit-add-title = Añadir un paso
tui-edit-loads = La rutina se carga.
tui-edit-dim-values = Los valores tenues vienen de [defaults] o de los valores propios de windown.
tui-edit-does-not-load = No se carga:
tui-edit-cannot-change = Ese valor no se puede cambiar aquí: edítelo con e.
tui-edit-nothing-to-undo = No hay nada que deshacer.
tui-edit-not-saved-mistakes = No se ha guardado: la rutina tiene errores (abajo). u deshace un cambio.
tui-edit-no-changes = No hay cambios que guardar.
tui-edit-leave-unsaved = No se ha guardado: s guarda; la misma tecla otra vez sale sin guardar.
tui-edit-saved = Guardado { $path }.
tui-edit-disk-gone = El archivo ya no está en el disco; s lo vuelve a escribir.
tui-edit-disk-kept = El archivo cambió en el disco mientras tanto: s escribe esta versión encima, q lo deja como está allí.
tui-edit-disk-reloaded = El archivo cambió en el disco: se muestra como está ahora.
tui-edit-disk-not-toml = El archivo cambió en el disco y ahora no es TOML: q, luego e para corregirlo.

## The reminders screen.

tui-reminders-title = Recordatorios
tui-reminders-reading = Leyendo los recordatorios…
tui-reminders-process-label = Servicio de recordatorios:
tui-reminders-running = en marcha
tui-reminders-not-running = detenido
tui-reminders-pid = (pid { $pid })
tui-reminders-not-running-label = Detenido:
tui-reminders-login-label = Iniciarlo al entrar:
tui-reminders-install-label = Instalar:
tui-reminders-built-in = Recordatorios incluidos; un cambio escribe su propio reminders.toml.
tui-reminders-built-in-short = Incluidos; un cambio guarda los suyos.
tui-reminders-from-file = De su reminders.toml.
tui-reminders-mistake-rest = { $file } tiene un error: { $error }; el resto sigue vigente
tui-reminders-mistake = { $file } tiene un error:
tui-reminders-fix-then-r = Corrija el archivo y luego pulse r.
tui-reminders-warning = Aviso: { $warning }
tui-reminders-head-reminder = Recordatorio
tui-reminders-head-when = Cuándo
tui-reminders-head-next = Próximo
tui-reminders-on = sí
tui-reminders-off = no
tui-reminders-today = hoy { $time }
tui-reminders-tomorrow = mañana { $time }
tui-reminders-on-day = { $day } { $time }
tui-reminders-skipped = { $next } (omitido)
tui-reminders-next-and-when = próximo { $next } · { $when }
tui-reminders-every = cada { $every }, { $days }
tui-reminders-every-from = cada { $every } desde las { $from }, { $days }
tui-reminders-every-between = cada { $every }, { $from }-{ $until }, { $days }
tui-reminders-at = a las { $at }, { $days }
tui-reminders-days = { $days ->
    [every] todos los días
    [weekdays] de lunes a viernes
    [weekends] los fines de semana
   *[list] { $list }
}
tui-reminders-caution-drink = Si un profesional sanitario le ha dicho que limite la cantidad de líquido que bebe, desactive este recordatorio.
tui-reminders-caution-legs-up = Subir las piernas sirve para los tobillos hinchados y para estar cómodo; no es un tratamiento de los calambres. Si con las piernas en alto le falta el aire, o al subirlas el dolor empeora o los pies se le ponen pálidos o fríos, pare y dígaselo a su médico.
tui-reminders-sending-test = enviando una prueba de { $id }…
tui-reminders-starting = iniciando el servicio de recordatorios…
tui-reminders-stopping = deteniendo el servicio de recordatorios…
tui-reminders-fix-red = Corrija primero el campo en rojo.

## The form that changes times.

tui-reminders-form-day = Hora de levantarse y de acostarse (las horas relativas a ellas las siguen)
tui-reminders-form-times = Horas de «{ $title }»
tui-reminders-field-every = Cada
tui-reminders-field-from = Desde
tui-reminders-field-until = Hasta
tui-reminders-field-at = A las
tui-reminders-field-days = Días
tui-reminders-field-wake = Levantarse
tui-reminders-field-bedtime = Acostarse
tui-reminders-form-help = Horas: 10:30, wake+30m, bedtime-2h. Días: mon, wed o every day.
tui-reminders-error-min = al menos 1s
tui-reminders-error-max = como mucho 24h
tui-reminders-error-interval = un intervalo como 2h, 45m o 1h30m
tui-reminders-error-time = una hora como 10:30, wake+30m o bedtime-2h
tui-reminders-error-no-times = al menos una hora, como 10:30, 18:00
tui-reminders-error-not-time = «{ $text }» no es una hora (10:30, bedtime-2h)
tui-reminders-error-not-day = «{ $text }» no es un día: mon, tue, ... sun o every day
tui-reminders-error-clock = una hora de 24 horas como 22:30
tui-reminders-saved = guardado { $path }
tui-reminders-fix-first = corrija primero los campos: { $field }: { $error }
tui-reminders-cannot-write = no se puede escribir { $path }: { $error }
tui-reminders-now = { $on ->
    [on] { $id } está activado
   *[off] { $id } está desactivado
}
tui-reminders-picked-up = { $said } (el servicio de recordatorios lo aplicará en menos de un minuto)

## The app's background work.

tui-app-builtin-copied = «{ $title }» viene incluida: se ha copiado en { $path } para editarla, y a partir de ahora se usa su copia (borre el archivo para volver a la incluida).
tui-app-builtin-saving = «{ $title }» viene incluida: al guardar se escribe su copia en { $path }, que se usará desde entonces (borre el archivo para volver a la incluida).
tui-app-cannot-copy = no se puede copiar «{ $title }» en { $path }: { $error }
tui-app-no-builtin = no hay ninguna rutina incluida «{ $id }» que editar
tui-app-routine-changed = El archivo de esta rutina ha cambiado y ahora no se carga: { $problem }
tui-app-not-recorded = { $what ->
    [session] no se pudo registrar la sesión: { $error }
    [checkin] no se pudo registrar la respuesta de la mañana: { $error }
    [cramp] no se pudo registrar el calambre: { $error }
    [trial] no se pudo terminar el experimento: { $error }
   *[welcome] no se pudo recordar que se omitió la bienvenida: { $error }
}
tui-app-removed = { $target ->
    [session] Se ha quitado la sesión.
    [checkin] Se ha quitado la respuesta de la mañana.
    [reminder-ack] Se ha quitado la confirmación del recordatorio.
    [removal] Se ha quitado la eliminación.
   *[cramp] Se ha quitado el calambre.
} Sigue en el archivo, marcado como quitado, y no cuenta en ningún sitio.
tui-app-not-removed = No se ha quitado: { $error }
tui-app-trial-started = Iniciado. El orden de cada pareja está sorteado y guardado; no cambiará.
tui-app-trial-not-started = No se ha iniciado: { $error }
tui-app-trial-stopped = Detenido. Su diario se conserva; terminar antes no da ningún veredicto.
tui-app-trial-not-stopped = No se ha detenido: { $error }
tui-app-trial-noted = Anotado; se mostrará con el resultado y en el informe.
tui-app-trial-not-noted = No se ha anotado: { $error }
tui-app-no-speech = No se ha encontrado ningún programa de voz. Para las indicaciones habladas instale espeak-ng o speech-dispatcher (p. ej. `sudo apt install espeak-ng`); `windown cues check` los prueba.
tui-app-editor-not-found = No se puede iniciar el editor «{ $program }»: la shell no pudo encontrarlo o ejecutarlo ({ $status }). Ponga en VISUAL o EDITOR uno que tenga.
tui-app-editor-ended = El editor «{ $program }» terminó con { $status }.
tui-app-editor-cannot-start = No se puede iniciar el editor «{ $program }»: { $error }. Ponga en VISUAL o EDITOR uno que tenga.
tui-app-watch-failed = { $error }; los archivos cambiados se verán tras reiniciar
tui-app-cannot-watch-files = no se pueden vigilar los archivos: { $error }
tui-app-cannot-watch-folder = no se puede vigilar { $path }: no se puede vigilar ninguna carpeta por encima
tui-app-cannot-start-thread = no se puede iniciar un hilo: { $error }
tui-app-cannot-start-test = no se puede iniciar un hilo para enviar la prueba
tui-app-cannot-watch-signals = no se pueden vigilar las señales: { $error }
tui-app-cannot-open-terminal = no se puede abrir la interfaz del terminal: { $error }
tui-app-cannot-open-terminal-hint = ejecute una rutina línea a línea con `windown run ROUTINE --plain`
tui-app-cannot-read-keyboard = no se puede leer el teclado: { $error }
tui-app-history-still-writing = el historial seguía escribiéndose tras { $seconds } s; puede que la última sesión no quede registrada
tui-app-worker-stopped = el hilo de trabajo se ha detenido
tui-app-terminal-lost = no se puede recuperar el terminal: { $error }
tui-app-cannot-draw = no se puede dibujar: { $error }
