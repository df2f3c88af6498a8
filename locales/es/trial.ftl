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
trial-status-nights = Noches registradas: { $recorded } ({ $missing } sin respuesta{ $late ->
    [0] {""}
   *[other] , { $late } respondidas después del mediodía
}). Tardes de estiramientos hechas: { $done } de { $planned }.
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
trial-result-medicine = Cambió un medicamento en torno al inicio: puede que el resultado no sea fiable.
trial-result-note = Nota: { $note }
trial-result-stopped = La prueba se detuvo antes de tiempo: su diario se conserva y no hay veredicto.
trial-result-not-over = La prueba aún no ha terminado: no se muestra ninguna comparación antes del final.

trial-explain-title = ¿Me ayuda estirar? Una prueba personal
trial-explain-intro =
    Esta es una prueba personal sobre su propia rutina. No es consejo médico, ni un diagnóstico,
    ni una investigación, y nadie la revisa por usted. Sus respuestas se quedan en este ordenador.
trial-explain-happens =
    Qué ocurre
      - Semana 1 (7 noches): la semana inicial. Haga lo de siempre y responda cada día a la
        pregunta de la mañana: cuántos calambres tuvo anoche.
      - Después 3 pares de bloques de 14 noches (4 pares si lo elige, 17 semanas): en cada par,
        un bloque de tardes de estiramientos y un bloque de tardes de descanso. El orden dentro
        de cada par se sortea al empezar y se guarda entonces; nunca cambia. Usted ve el tipo de
        cada bloque el primer día, nunca el de uno futuro.
      - En las semanas de descanso no hace la rutina de la tarde. Si llega un calambre, estírelo
        y masajéelo como siempre.
      - Las 3 primeras noches de cada bloque se registran pero no se comparan (tiempo para que
        un efecto llegue y se vaya). Una noche sin respuesta por la mañana falta; nunca cuenta
        como cero.
      - En total: 13 semanas (7 + 3 x 28 noches). Si a un par le faltan demasiadas noches, se
        puede añadir un par de reserva al final.
trial-explain-learn =
    Qué sabrá
      Al final, windown compara sus calambres en las semanas de estiramientos con los de las
      semanas de descanso y dice una de estas cosas: claramente menos, ninguna diferencia clara,
      claramente más, o no hay datos suficientes. No se muestra ninguna comparación antes del
      final. Muchos resultados honestos son «ninguna diferencia clara»: los calambres van y
      vienen solos, y unas pocas semanas de cada tipo pueden ocultar un efecto pequeño. Eso no
      prueba que estirar no le sirva de nada.
trial-explain-stop =
    Puede detenerla en cualquier momento, por cualquier motivo. Si la detiene antes, conserva
    su diario, pero no obtiene un veredicto.
trial-explain-medicine =
    Siga tomando sus medicamentos como hasta ahora. Esta prueba trata solo de estirar; nunca
    empiece, deje ni cambie un medicamento por ella. Si un medicamento cambia durante la
    prueba, dígaselo a windown (windown trial note "..."): puede que el resultado no sea fiable.
trial-explain-doctor =
    Consulte a un médico, diga lo que diga la prueba, si los calambres son frecuentes o alteran
    su sueño o su día, o vienen con entumecimiento, hinchazón, o músculos débiles o que pierden
    volumen. El mismo día: un calambre de más de 10 minutos que estirar no alivia, o una
    pierna hinchada, con calor, roja o dolorida.
trial-medicine-warning = Un medicamento ha cambiado hace poco o va a cambiar: puede que el resultado no sea fiable, porque el cambio podría influir en sus calambres tanto como estirar. Tome sus medicamentos como le indicó su médico; quizá prefiera empezar la prueba más tarde, cuando nada haya cambiado durante 4 semanas.
trial-start-with = Empiece con: windown trial start   (o --pairs 4, --expect 0-10, --medicine-change yes|no)
trial-under-way = Hay una prueba en curso: windown trial status
trial-ask-expectation = ¿Cuánto espera que le ayude estirar? 0 (nada) a 10 (mucho), Enter para omitir:
trial-ask-expectation-again = Responda con un número entero del 0 al 10, por favor.
trial-ask-medicine = ¿Ha cambiado algún medicamento en las últimas 4 semanas, o va a cambiar pronto? (yes/no):
trial-ask-start-anyway = ¿Empezar ahora de todos modos? (yes/no):
trial-ask-yes-no-again = Responda yes o no, por favor.
trial-not-started = No se ha empezado. Empiece más tarde con: windown trial start
trial-started = Empezada. El orden de cada par está sorteado y guardado; no cambiará.
trial-started-baseline = Semana inicial: { $first } a { $last } ({ $nights } noches): haga lo de siempre y responda a la pregunta de la mañana.
trial-started-block = Bloque { $block } de { $blocks }: { $first } a { $last }: ? (se muestra su primer día)
trial-started-last = Última noche: { $last }. Puede detenerla cuando quiera con: windown trial stop
trial-stopped = Detenida. Su diario se conserva; detenerla antes de tiempo no da veredicto.
trial-noted = Anotado; se mostrará con el resultado y en el informe.
trial-ask-count = ¿Cuántos calambres tuvo anoche? (un número; Enter si no lo sabe):
trial-ask-count-again = Indique un número del 1 al 99, o pulse Enter.
trial-count-missing = Sin un número, esta noche cuenta como sin respuesta en su prueba (nunca como cero). Añádalo con: windown checkin mild --count N
trial-ask-leg = ¿Tiene una pierna dolorida e hinchada, con calor o roja? (yes/no):
trial-checkin-too-late = Demasiado tarde para su prueba: una noche solo cuenta si se responde antes del mediodía siguiente. Se conserva en su diario.
trial-rest-evening-wind-down = nota: esta tarde es de descanso en su prueba: la relajación se hace sin sus estiramientos.
trial-rest-evening-other = nota: esta tarde es de descanso en su prueba (sin rutina de la tarde); esta sesión se registra, y el resultado indica una rutina hecha en una tarde de descanso.
trial-tonight = { $kind ->
    [baseline] Prueba: esta tarde es de la semana inicial: haga lo de siempre y responda a la pregunta de la mañana.
    [stretch] Prueba: esta tarde es de estiramientos.
    [rest] Prueba: esta tarde es de descanso: sin rutina de la tarde; si llega un calambre, estírelo como siempre.
   *[unknown] Prueba: el tipo de esta tarde se muestra a mediodía.
}
trial-red-flag-ended = Por esta señal de alarma la prueba ha terminado; su diario se conserva.
trial-error-none = no se ha empezado ninguna prueba
trial-error-none-hint = lea en qué consiste con: windown trial (y empiece una con: windown trial start)
trial-error-running = ya hay una prueba en curso
trial-error-running-hint = vea cómo va con: windown trial status (o termínela con: windown trial stop)
trial-error-medicine = indique si un medicamento cambió en las últimas 4 semanas o va a cambiar: --medicine-change yes o no
trial-error-not-running = la prueba no está en curso
trial-error-nothing-to-stop = la prueba no está en curso; no hay nada que detener
trial-error-empty-note = la nota está vacía
trial-error-random = no se puede leer la fuente aleatoria del sistema: { $why }
trial-error-read-back = el plan se escribió, pero no se pudo volver a leer

trial-report-heading = Autoexperimento personal n de 1: estiramiento por la tarde frente a ninguno, sin enmascaramiento
trial-report-design = Diseño: una fase inicial de { $baseline } noches desde el { $first }, después { $pairs } pares de bloques de { $block } noches (rutina de estiramientos por la tarde, o ninguna rutina por la tarde), sin analizar las { $washout } primeras noches de cada bloque. Sin enmascaramiento.
trial-report-order = Orden: sorteado para cada par de forma independiente con la fuente aleatoria del sistema operativo el { $drawn }, guardado antes de la primera noche, nunca cambiado; cada bloque mostrado a la persona su primer día.
trial-report-not-research = No es un estudio de investigación; sin revisión ética. Resultado medido: calambres por noche según la respuesta de la mañana (una noche sin ella falta; nunca cuenta como cero).
trial-report-expectation = Expectativa al inicio: { $given ->
    [yes] { $expected } de 10
   *[no] no indicada
}. Medicamento cambiado cerca del inicio: { $medicine ->
    [yes] sí (puede que el resultado no sea fiable)
   *[no] no
}.
trial-report-note = Indicado el { $day }: { $note }
trial-report-status = Estado: { $status ->
    [finished] terminada
    [stopped] detenida antes de tiempo el { $day } (sin veredicto)
    [red-flag] terminada por una señal de alarma el { $day } (sin veredicto)
    [no-cramps] terminada tras la semana inicial, que no tuvo calambres (sin veredicto)
   *[running] en curso: no se muestra ninguna comparación antes del final
}.
trial-report-table-head = {"  "}Bloque tipo     tardes                 noches analiz.  faltan  calambr  tardes con estiram.
trial-report-kind = { $kind ->
    [stretch] estir.
    [rest] descans
   *[baseline] inicial
}
trial-report-days = { $first } a { $last }
trial-report-valid-pairs = Pares válidos: { $valid } (se necesitan { $needed }){ $spare ->
    [yes] , con el par de reserva (*)
   *[no] {""}
}.
trial-report-rates = Calambres por noche: estiramiento { $stretch } ({ $stretch_cramps } en { $stretch_nights } noches), descanso { $rest } ({ $rest_cramps } en { $rest_nights } noches).
trial-report-numbers = Razón de tasas { $ratio }, intervalo del 90 % { $low } a { $high }; P(menos con estiramiento) { $fewer } (con phi duplicado { $fewer_doubled }); phi { $phi }; pares a favor del estiramiento { $favouring } de { $analysed }; p de aleatorización { $p } (mínimo { $floor }).
trial-report-verdict = Veredicto: { $verdict ->
    [clearly-fewer] claramente menos calambres en las semanas de estiramiento
    [no-clear-difference] ninguna diferencia clara
    [clearly-more] claramente más calambres en las semanas de estiramiento
   *[not-enough-data] no hay datos suficientes
}.
trial-report-limits = Límites: sin enmascaramiento (la persona conocía el tipo de cada bloque), pocos bloques, posibles efectos de arrastre y de estación; analizado como aleatorizado.
