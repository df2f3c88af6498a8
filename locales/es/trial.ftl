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
trial-red-flag = La prueba ha terminado por una señal de alarma. Acuda a un médico el mismo día si un calambre dura más de 10 minutos y estirar no lo alivia, o si una pierna está hinchada, con calor, roja o dolorida. Su diario se conserva.
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

trial-result-verdict = Resultado: { $verdict ->
    [clearly-fewer] claramente menos calambres en las semanas de estiramientos
    [no-clear-difference] ninguna diferencia clara
    [clearly-more] claramente más calambres en las semanas de estiramientos
   *[not-enough-data] no hay datos suficientes
}.
trial-result-not-enough = Demasiadas noches sin respuesta de la mañana (o muy pocos calambres) para comparar de forma justa.
trial-result-fewer = En sus semanas de estiramientos tuvo { $stretch ->
    [0] menos de 1 calambre
    [1] alrededor de 1 calambre
   *[other] alrededor de { $stretch } calambres
} por semana; en sus semanas de descanso, { $rest ->
    [0] menos de 1
   *[other] alrededor de { $rest }
}. { $all ->
    [yes] Todos sus { $analysed } pares
   *[no] { $favouring } de sus { $analysed } pares
} de semanas apuntaron en la misma dirección. Los números sugieren que estirar le ayuda, aunque parte del efecto podría deberse a que lo esperaba, porque sabía qué semanas eran cuáles. Quizá quiera seguir haciéndolo. Esto habla de usted en estos meses, no de todo el mundo.
trial-result-no-difference = Las semanas de estiramientos y de descanso salieron parecidas (alrededor de { $stretch } frente a { $rest } calambres por semana). Esta prueba no pudo distinguirlas. Eso no demuestra que estirar no le sirva: un efecto pequeño, o uno que se construye a lo largo de muchas semanas, puede esconderse en una prueba de este tamaño. Si le gusta la rutina, sígala; puede repetir la prueba más adelante.
trial-result-more = Tuvo más calambres en las semanas de estiramientos ({ $stretch ->
    [0] menos de 1
   *[other] alrededor de { $stretch }
} por semana) que en las de descanso ({ $rest ->
    [0] menos de 1
   *[other] alrededor de { $rest }
}). Puede ser casualidad u otra cosa que cambió, pero aquí estirar no le ayudó. Compruebe que los estiramientos sean suaves y nunca dolorosos, y hable con su médico o fisioterapeuta, sobre todo si los calambres empeoran.
trial-result-chart-stretch = Calambres por semana  estiramientos { $rate } { $bar }
trial-result-chart-rest = {"                      "}descanso      { $rate } { $bar }
trial-result-pairs = Pares de semanas que apuntan a menos calambres con estiramientos: { $favouring } de { $analysed }.
trial-result-numbers = Razón de tasas { $ratio } (intervalo del 90 % de { $low } a { $high }); probabilidad de que las semanas de estiramientos tuvieran menos calambres { $fewer }; phi { $phi }; p de aleatorización { $p } (el mínimo posible con { $pairs } pares es { $floor }).
trial-result-nights = Noches registradas: { $recorded } ({ $missing } sin respuesta). Pares válidos: { $valid } de { $needed } necesarios{ $spare ->
    [yes] , con el par de reserva
   *[no] {""}
}.
trial-result-evenings = Tardes de estiramientos hechas según lo previsto: { $done } de { $planned }; rutinas en tardes de descanso: { $rest }.
trial-result-expectation = Su expectativa al empezar: { $expected } de 10.
trial-result-medicine = Cambió un medicamento en torno al inicio: puede que el resultado no sea justo.
trial-result-note = Nota: { $note }
trial-result-stopped = La prueba se detuvo antes de tiempo: su diario se conserva y no hay veredicto.
trial-result-not-over = La prueba aún no ha terminado: no se muestra ninguna comparación antes del final.
