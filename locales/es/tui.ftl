## The screens of the app (home, a session, setup, the help, the key hints): a draft.
## The comments for the translator are in locales/en/tui.ftl.

# What a key does, in the help overlay (and, in English, the docs' key tables: keep it
# the same words). The id is the English words joined by -.
tui-key-previous-routine = rutina anterior
tui-key-next-routine = rutina siguiente
tui-key-first-routine = primera rutina
tui-key-last-routine = última rutina
tui-key-scroll-the-details-down = desplazar los detalles hacia abajo
tui-key-scroll-the-details-up = desplazar los detalles hacia arriba
tui-key-edit-the-routine-in-your-text-editor = editar la rutina en su editor de texto
tui-key-change-holds-reps-and-steps-here-without-a-text-editor = cambiar aquí tiempos, repeticiones y pasos, sin editor de texto
tui-key-reminders-screen = pantalla de recordatorios
tui-key-progress-screen = pantalla de progreso
tui-key-the-personal-experiment-does-stretching-help-me = el experimento personal: ¿me ayudan los estiramientos?
tui-key-a-cramp-now-the-relief-guide = un calambre ahora: la guía de alivio
tui-key-reopen-last-night-s-check-in-after-a-skip = volver a abrir la pregunta de anoche después de omitirla
tui-key-help = ayuda
tui-key-quit = salir
tui-key-morning-question-no-cramps-last-night = pregunta de la mañana: sin calambres anoche
tui-key-morning-question-mild-cramps = pregunta de la mañana: calambres leves
tui-key-morning-question-bad-cramps = pregunta de la mañana: calambres fuertes
tui-key-morning-question-skip-it-for-today = pregunta de la mañana: omitirla por hoy
tui-key-morning-question-after-mild-or-bad-type-how-many-cramps-in-all-1-to-99 = pregunta de la mañana, tras leves o fuertes: escriba cuántos calambres en total (de 1 a 99)
tui-key-morning-question-after-mild-or-bad-take-the-number-typed = pregunta de la mañana, tras leves o fuertes: aceptar el número escrito
tui-key-morning-question-after-mild-or-bad-take-back-the-last-digit = pregunta de la mañana, tras leves o fuertes: borrar la última cifra
tui-key-morning-question-after-mild-or-bad-leave-the-number-out-or-keep-the-one-logged = pregunta de la mañana, tras leves o fuertes: no indicar el número (o conservar el anotado)
tui-key-morning-question-after-mild-or-bad-the-cramps-woke-me = pregunta de la mañana, tras leves o fuertes: los calambres me despertaron
tui-key-morning-question-after-mild-or-bad-they-did-not-wake-me = pregunta de la mañana, tras leves o fuertes: no me despertaron
tui-key-morning-question-after-mild-or-bad-leave-that-out = pregunta de la mañana, tras leves o fuertes: no indicarlo
tui-key-morning-question-during-an-experiment-one-leg-is-painful-and-swollen-warm-or-red = pregunta de la mañana, durante un experimento: una pierna está dolorida e hinchada, caliente o roja
tui-key-morning-question-during-an-experiment-no-leg-is-painful-and-swollen = pregunta de la mañana, durante un experimento: ninguna pierna está dolorida e hinchada
tui-key-pause-resume-on-a-task-step-done = pausar / continuar (en un paso de tarea: hecho)
tui-key-task-step-done = paso de tarea hecho
tui-key-skip-to-the-next-phase = pasar a la fase siguiente
tui-key-skip-the-rest-of-this-step = omitir el resto de este paso
tui-key-back-to-the-start-of-the-previous-step = volver al inicio del paso anterior
tui-key-restart-this-step = reiniciar este paso
tui-key-add-10-seconds-to-this-phase = añadir 10 segundos a esta fase
tui-key-mute-unmute-cues = silenciar / activar las señales
tui-key-read-the-rest-of-the-instructions-when-they-do-not-fit = leer el resto de las instrucciones (cuando no caben)
tui-key-speech-off-on-the-sounds-stay = voz desactivada / activada (los sonidos siguen)
tui-key-stop-the-session-asks-first = detener la sesión (pregunta antes)
tui-key-quit-a-session-is-stopped-and-recorded = salir (una sesión se detiene y se guarda)
tui-key-more = más
tui-key-back = atrás
tui-key-stop = detener
tui-key-stop-and-leave = detener y salir
tui-key-keep-going = continuar
tui-key-suspend-a-session-pauses = suspender (una sesión se pausa)
tui-key-back-to-the-home-screen = volver a la pantalla de inicio
tui-key-leave-the-setup-for-the-home-screen-windown-setup-comes-back-to-it = dejar la configuración por la pantalla de inicio (windown setup vuelve a ella)
tui-key-show-more-of-the-text = mostrar más del texto
tui-key-back-up-the-text = volver atrás en el texto
tui-key-go-on-a-tone-plays-and-a-voice-speaks = continuar (suena un tono y habla una voz)
tui-key-skip-the-sound-check = omitir la prueba de sonido
tui-key-yes = sí
tui-key-no = no
tui-key-skip-keep-the-default = omitir: mantener el valor predeterminado
tui-key-take-the-time-typed-nothing-typed-skip-keep-the-default = usar la hora escrita (sin escribir nada: omitir, mantener el valor predeterminado)
tui-key-to-the-home-screen = a la pantalla de inicio
tui-key-type-the-time-10-30-pm-22-30 = escriba la hora: 10:30 pm, 22:30

# A key's short words in the hint line at the bottom of the screen, after the key's name:
# a word or two, as short as the language allows.
tui-hint-choose = elegir
tui-hint-start = empezar
tui-hint-edit = editar
tui-hint-reminders = recordatorios
tui-hint-progress = progreso
tui-hint-experiment = experimento
tui-hint-cramp = calambre
tui-hint-help = ayuda
tui-hint-quit = salir
tui-hint-none = ninguno
tui-hint-mild = leves
tui-hint-bad = fuertes
tui-hint-skip = omitir
tui-hint-how-many = cuántos
tui-hint-yes = sí
tui-hint-no = no
tui-hint-pause = pausa
tui-hint-resume = continuar
tui-hint-done = hecho
tui-hint-back = atrás
tui-hint-restart = reiniciar
tui-hint-10-s = 10 s
tui-hint-mute = silenciar
tui-hint-unmute = sonido
tui-hint-more = más
tui-hint-stop = detener
tui-hint-stop-and-leave = detener y salir
tui-hint-keep-going = continuar
tui-hint-home = inicio
tui-hint-leave = salir
tui-hint-go-on = continuar
tui-hint-ok = aceptar
tui-hint-erase = borrar

## Overlays: the window too small, the help, the quit question.

tui-too-small = ventana demasiado pequeña
tui-too-small-size = { $width }x{ $height }, se necesitan { $min_width }x{ $min_height }
tui-help-any-key = cualquier tecla cierra esto
tui-help-scroll = { $at ->
    [top] { $down } más · otras teclas cierran
    [middle] { $down } más · { $up } atrás · otras teclas cierran
   *[end] { $up } atrás · otras teclas cierran
}
tui-help-title = Teclas
tui-quit-question = ¿Detener esta sesión?
tui-quit-title = Salir

## The session screen.

tui-session-muted = silenciado
tui-session-speech-off = voz desactivada
tui-session-step-of = paso { $step } de { $steps }
tui-session-your-turn = SU TURNO
tui-session-breathe-in = { $label } - INSPIRE
tui-session-breathe-out = { $label } - ESPIRE
tui-session-paused = EN PAUSA
tui-session-rep = repetición { $rep } de { $reps }
tui-session-press-enter = Pulse Enter o space cuando termine
tui-session-caution = Precaución:
tui-session-stalled = Pausado solo tras { $away } de ausencia; space continúa
tui-session-up-next = A continuación: { $next }
tui-session-up-next-end = A continuación: el final
tui-session-more = … más ({ $page } de { $pages }): pulse i
tui-session-more-last = … ({ $pages } de { $pages }): i vuelve al principio
tui-big-ready = LISTO
tui-big-rest = DESCANSO
tui-big-switch = CAMBIO
tui-big-hold = MANTENER
tui-big-left = IZQUIERDA
tui-big-right = DERECHA
tui-big-hold-left = IZQUIERDA
tui-big-hold-right = DERECHA
tui-big-in = INSPIRE
tui-big-out = ESPIRE

## Home.

tui-home-reading = Leyendo…
tui-home-no-routines = (no hay rutinas)
tui-home-routines = Rutinas
tui-home-routine = Rutina
tui-home-none-to-show = No hay ninguna rutina. Escriba una con `windown new NAME`.
tui-home-broken = Este archivo no se carga:
tui-home-broken-hint = e lo edita; `windown validate FILE` lo comprueba.
tui-home-broken-start = Este archivo de rutina no se carga; corríjalo primero.
tui-home-broken-edit = Este archivo no se carga: e lo abre en su editor de texto.
tui-home-checkin-answered = La pregunta de anoche ya está respondida.
tui-home-minutes = { $n } min
tui-home-seconds = { $n } s
tui-home-steps = { $n ->
    [one] { $n } paso
   *[other] { $n } pasos
}
tui-home-kind = { $kind ->
    [wind-down] relajación
   *[stretch] estiramiento
}
tui-home-untimed = { $n } sin tiempo
tui-home-standing-line = Tiene pasos de pie: si su equilibrio es inestable, use mejor «Seated legs».
tui-home-steps-heading = Pasos
tui-home-notes-heading = Notas
tui-home-standing = de pie
tui-home-shape = { $sides ->
    [both] { $time }, cada lado
    [left] { $time }, izquierda
    [right] { $time }, derecha
   *[none] { $time }
}
tui-home-reps = { $reps } x { $hold }
tui-home-task = tarea
tui-home-streak = { $n ->
    [one] { $n } tarde seguida
   *[other] { $n } tardes seguidas
}
tui-home-last-session = { $stopped ->
    [yes] última sesión { $day } { $time } (detenida)
   *[no] última sesión { $day } { $time }
}
tui-home-today = hoy
tui-home-yesterday = ayer
tui-home-checkin-last-night = { $cramps ->
    [none] anoche: sin calambres
    [mild] anoche: calambres leves
   *[bad] anoche: calambres fuertes
}
tui-home-checkin-night-of = { $cramps ->
    [none] noche del { $date }: sin calambres
    [mild] noche del { $date }: calambres leves
   *[bad] noche del { $date }: calambres fuertes
}
tui-date-short = { $weekday } { $day } { $month }
tui-weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
tui-month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
tui-home-good-morning = Buenos días
tui-home-last-night = Anoche
tui-home-ask-last-night = ¿Calambres en las piernas anoche ({ $date })?
tui-home-ask-night-of = ¿Calambres, noche del { $date }?
tui-home-how-many = ¿Cuántos calambres en total?
tui-home-how-many-logged = ¿Cuántos calambres en total? ({ $n } anotados)
tui-home-how-many-typed = ¿Cuántos calambres en total? { $n }_
tui-home-woke = ¿Le despertaron los calambres?
tui-home-leg-short = ¿Una pierna dolorida, hinchada, caliente, roja?
tui-home-leg-question = ¿Tiene una pierna dolorida e hinchada, caliente o roja?
tui-home-broken-label = { $name } (con errores)

## The setup screen.

tui-setup-saving = Guardando...
tui-setup-all-set = Todo listo.
tui-setup-again = windown setup vuelve a hacer estas preguntas en cualquier momento.
tui-setup-unchanged = No se ha cambiado nada:
tui-setup-title = windown setup
tui-setup-title-of = windown setup { $dot } { $n } de { $of }
tui-setup-typing-keys = letras, cifras, Backspace

## The summary after a session.

tui-summary-finished = Muy bien: rutina terminada
tui-summary-stopped = Sesión detenida antes de tiempo
tui-summary-time = Tiempo dedicado
tui-summary-done = Pasos hechos
tui-summary-skipped = Pasos omitidos
tui-summary-steps-of = { $done } de { $total }
tui-session-caution-more = … más: i
tui-session-caution-more-ascii = ... más: i

tui-session-gauge-step = Paso
tui-session-gauge-routine = Rutina
tui-home-rest-evening-wind-down = Esta tarde es una tarde de descanso de su prueba: la rutina para relajarse se hace sin sus estiramientos.
tui-home-rest-evening-stretch = Esta tarde es una tarde de descanso de su prueba: sin rutina de la tarde. Si le da un calambre, estírelo como siempre.
tui-home-rest-evening-start = Esta tarde es una tarde de descanso de su prueba. Pulse Enter otra vez para estirar de todos modos: se registra y el resultado lo indica.
