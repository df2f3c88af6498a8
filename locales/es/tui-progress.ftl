## The progress and experiment screens of the app.

tui-progress-title = Progreso
tui-progress-title-range = Progreso · { $first } a { $last } { $year }
tui-progress-day = { $day } { $month ->
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
tui-progress-reading = Leyendo el historial…
tui-progress-unreadable = No se puede leer el historial: { $why }
tui-progress-label-sessions = sesiones
tui-progress-label-nights = noches
tui-progress-label-reminders = avisos
tui-progress-legend-finished = rutina terminada
tui-progress-legend-stopped = detenida antes
tui-progress-legend-nights = noches:
tui-progress-legend-done = hecha
tui-progress-legend-stopped-short = detenida
tui-progress-legend-calm = tranquila
tui-progress-legend-mild = leves
tui-progress-legend-bad = fuertes
tui-progress-streak = Racha
tui-progress-streak-short = { $streak } (máxima { $longest }) · { $finished }/{ $sessions } terminadas
tui-progress-hidden-short = Comparación oculta mientras su prueba está en curso.
tui-progress-cramp-nights = Noches con calambres (con respuesta)
tui-progress-after-routine = {" "}tras la rutina: { $tally }
tui-progress-without = {" "}sin ella: { $tally }
tui-progress-not-evidence = Registro personal, no prueba médica.
tui-progress-records-title = Registros, los más recientes primero
tui-progress-no-records = Aún no hay ninguna sesión, respuesta ni calambre registrados.
tui-progress-remove-question = { $what ->
    [session] ¿Quitar esta sesión? Se queda en el archivo, marcada como quitada, y no cuenta en ninguna parte.
    [check-in] ¿Quitar esta respuesta de la mañana? Se queda en el archivo, marcada como quitada, y no cuenta en ninguna parte.
   *[cramp] ¿Quitar este calambre? Se queda en el archivo, marcado como quitado, y no cuenta en ninguna parte.
}
tui-key-the-chart-a-month-earlier = el gráfico un mes antes
tui-key-the-chart-a-month-later-up-to-today = el gráfico un mes después (hasta hoy)
tui-key-read-the-history-again = volver a leer el historial
tui-key-the-last-records-sessions-check-ins-cramps-to-remove-one = los últimos registros (sesiones, respuestas, calambres), para quitar uno
tui-key-records-the-one-above = registros: el de arriba
tui-key-records-the-one-below = registros: el de abajo
tui-key-records-remove-the-chosen-one-asks-first-it-is-marked-removed-never-erased = registros: quitar el elegido (pregunta antes; se marca como quitado, nunca se borra)
tui-key-records-back-to-the-chart = registros: volver al gráfico
tui-key-records-help = registros: ayuda
tui-key-records-quit = registros: salir
tui-key-remove-it-yes = quitarlo: sí
tui-key-remove-it-no-keep-it = quitarlo: no, conservarlo
tui-hint-month = mes
tui-hint-refresh = actualizar
tui-hint-records = registros
tui-hint-remove = quitar
tui-hint-chart = gráfico
tui-hint-keep = conservar
tui-trial-title = Prueba: ¿me ayuda estirar?
tui-trial-may-start = Puede empezar una prueba nueva (s): el plan está más abajo.
tui-trial-more = { $key } más
tui-trial-ask-expectation = ¿Cuánto espera que le ayude estirar? 0 (nada) a 10 (mucho): { $value }
tui-trial-ask-medicine = ¿Ha cambiado algún medicamento en las últimas 4 semanas, o va a cambiar pronto?
tui-trial-start-anyway = ¿Empezar ahora de todos modos? (n: ahora no; empiece más tarde desde aquí)
tui-trial-confirm-start = ¿Empezar la prueba ahora? El orden de cada par se sortea y se guarda; no cambiará.
tui-trial-confirm-stop = ¿Detener la prueba antes de tiempo? Su diario se conserva; detenerla antes no da veredicto.
tui-trial-not-started-later = No se ha empezado. Puede empezar más tarde, desde aquí o con windown trial start.
tui-trial-starting = Empezando…
tui-trial-not-started = No se ha empezado.
tui-trial-note = Nota:
tui-key-before-an-experiment-answer-two-questions-then-start-it = antes de una prueba: responder dos preguntas y empezarla
tui-key-during-it-note-what-happened-a-medicine-changed-an-illness = durante la prueba: anotar lo ocurrido (un medicamento cambiado, una enfermedad)
tui-key-during-it-stop-early-asks-first-the-diary-stays-no-verdict = durante la prueba: detenerla antes (pregunta antes; el diario se conserva, sin veredicto)
tui-key-expectation-one-less-a-digit-sets-0-to-9 = expectativa: uno menos (una cifra pone de 0 a 9)
tui-key-expectation-one-more-up-to-10 = expectativa: uno más (hasta 10)
tui-key-expectation-take-it = expectativa: aceptarla
tui-key-expectation-leave-it-out = expectativa: omitirla
tui-key-expectation-do-not-start-now = expectativa: no empezar ahora
tui-key-question-yes = pregunta: sí
tui-key-question-no = pregunta: no
tui-key-question-do-nothing-now = pregunta: no hacer nada ahora
tui-key-note-save-it-letters-type-backspace-deletes = nota: guardarla (las letras escriben, Backspace borra)
tui-key-note-leave-it-out = nota: descartarla
tui-hint-note = nota
tui-hint-stop-early = detener
tui-hint-change = cambiar
tui-hint-cancel = cancelar
tui-hint-save = guardar
tui-hint-start-now = empezar ya
tui-hint-later = más tarde
