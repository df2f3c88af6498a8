## La prueba personal («¿Me ayuda estirar?»): `windown trial status` y la pantalla de la prueba.

trial-status-phase = Prueba: { $phase ->
    [baseline] la semana inicial
    [block] bloque { $block } de { $blocks }
    [deciding] el último bloque ha terminado; esta noche se decide a mediodía
    [finished] terminada: vea windown trial result
    [stopped] detenida antes de tiempo (el diario se conserva; sin veredicto)
    [red-flag] terminada por una señal de alarma
   *[no-cramps] terminada tras la semana inicial
}.
trial-status-tonight = Esta tarde es { $kind ->
    [baseline] una tarde de la semana inicial: haga lo de siempre y responda a la pregunta de la mañana
    [stretch] una tarde de estiramientos
   *[rest] una tarde de descanso: sin rutina de la tarde; si llega un calambre, estírelo como siempre
}.
trial-red-flag = La prueba ha terminado por una señal de alarma. Acuda a un médico el mismo día si un calambre dura más de 10 minutos y estirar no lo alivia, o si una pierna está hinchada, caliente, roja o dolorida. Su diario se conserva.
trial-no-cramps = Su semana inicial no tuvo calambres, así que la prueba ha terminado: sin calambres que contar, no puede mostrar si estirar le ayuda. Su diario se conserva. Si los calambres vuelven con más frecuencia, puede empezar una nueva con: windown trial start
trial-status-switch-back = Si una semana de descanso va mal, puede volver a estirar ahora. Quedará anotado (windown trial note "switched back"); el bloque conserva su nombre y sus noches.
trial-status-baseline-cramps = { $n ->
    [0] En su semana inicial no se contó ningún calambre (ninguna noche registrada, o ninguna con número): es probable que la prueba termine con «no hay datos suficientes». Puede detenerla (windown trial stop) y volver a intentarlo cuando los calambres sean más frecuentes.
    [1] En su semana inicial solo se contaron 1 o 2 calambres: es probable que la prueba termine con «ninguna diferencia clara» o «no hay datos suficientes».
    [2] En su semana inicial solo se contaron 1 o 2 calambres: es probable que la prueba termine con «ninguna diferencia clara» o «no hay datos suficientes».
   *[other] Su semana inicial tuvo calambres suficientes para seguir adelante.
}
trial-status-nights = Noches registradas: { $recorded } ({ $missing } sin respuesta). Tardes de estiramientos hechas: { $done } de { $planned }.
trial-status-rest-sessions = Rutinas hechas en tardes de descanso: { $n } (registrado; el resultado lo indica).
trial-status-planned = Prevista del { $first } al { $last }.
