## Lo que está mal en un archivo: el mensaje tras 'error: ruta:línea:columna:' y su pista.
## Borrador. Las claves y valores de los archivos (title, reps, "10s", [[step]]) se quedan como están.

error-file-missing = no existe el archivo
error-file-folder = es una carpeta, no un archivo
error-file-not-regular = no es un archivo normal
error-file-device = es un dispositivo, no un archivo: windown no lo reemplaza
error-file-socket = es un socket, no un archivo
error-pipe-unread = es una tubería que nadie está leyendo
error-file-too-large = el archivo es demasiado grande ({ $len } bytes; el límite es { $limit })
error-cannot-read = no se puede leer: { $error }
error-too-many-links = más de { $n } enlaces simbólicos seguidos
error-io = { $what ->
    [create] no se puede crear { $path }: { $error }
    [read] no se puede leer { $path }: { $error }
    [open] no se puede abrir { $path }: { $error }
    [lock] no se puede bloquear { $path }: { $error }
    [write-to] no se puede escribir en { $path }: { $error }
   *[write] no se puede escribir { $path }: { $error }
}
error-stdout = no se puede escribir en la salida estándar: { $error }
error-not-utf8 = el archivo no es texto UTF-8 válido
hint-not-utf8 = guarde el archivo como UTF-8 (los archivos de rutinas y de recordatorios son texto simple)
error-more-problems = { $n ->
    [one] ... y { $n } problema más en este archivo
   *[other] ... y { $n } problemas más en este archivo
}

error-where-item = { $table ->
    [stretch] estiramiento { $n }
   *[step] paso { $n }
}
error-where-item-titled = { $table ->
    [stretch] estiramiento { $n } («{ $title }»)
   *[step] paso { $n } («{ $title }»)
}

error-unknown-key = clave desconocida "{ $key }"
hint-did-you-mean = ¿quiso decir "{ $name }"?
hint-allowed-here = permitido aquí: { $keys }
error-wrong-type = { $key } debe ser { $expected }, no { $got }
error-expected = { $kind ->
    [int] un número entero
    [bool] true o false
    [duration] una duración como "10s" o "1m30s"
    [list] una lista como ["a", "b"]
    [table] una tabla
    [tables] una lista de tablas
   *[text] texto entre comillas
}
error-value = { $kind ->
    [text-short] texto ("{ $value }")
    [text] texto
    [string-short] una cadena ("{ $value }")
    [string] una cadena
    [int] un número entero ({ $value })
    [float] un número ({ $value })
    [bool] { $value }
    [date] una fecha u hora
    [day] una fecha
    [list] una lista
   *[table] una tabla
}
error-items-must-be-text = cada elemento de { $key } debe ser texto entre comillas, no { $got }
hint-items-must-be-text = escríbalo así: ["a", "b"]
error-must-be-a-table = debe ser una tabla, no { $got }
hint-each-under = escriba cada uno bajo una línea [[{ $key }]]
error-list-of-tables = { $key } debe ser una lista de tablas [[{ $key }]]
hint-list-of-tables = use [[{ $key }]] (corchetes dobles) para cada { $key }
error-list-not-text = { $key } debe ser una lista, no texto
hint-write-a-list = escriba una lista: { $key } = ["{ $value }"]
error-not-whole = { $key } debe ser un número entero, no { $value }
hint-whole-either = escriba { $key } = { $down } o { $key } = { $up }
hint-no-quotes = quite las comillas: { $key } = { $value }
error-bool-not-text = { $key } debe ser true o false, no texto
hint-write-value = escriba { $key } = "{ $value }"
hint-quote-text = ponga el texto entre comillas: { $key } = "..."
hint-true-or-false = escriba { $key } = true o { $key } = false
hint-under-table = escríbalo bajo una línea [{ $key }]
hint-put-in-quotes = póngalo entre comillas: { $key } = "{ $value }"
error-set-twice = { $key } está definido dos veces
error-one-of = { $key } debe ser uno de { $names }, no "{ $value }"
error-either = { $key } debe ser "{ $a }" o "{ $b }", no "{ $value }"
error-between = { $key } debe estar entre { $min } y { $max }, no { $value }
error-out-of-range = { $key } { $value } está fuera del rango permitido

error-control-char = { $key } contiene el carácter de control { $code }
hint-control-char = el texto puede tener saltos de línea y tabuladores, pero ningún otro carácter de control
error-too-long = { $key } es demasiado largo ({ $n } caracteres; el límite es { $limit })
error-title-empty = title está vacío
hint-title-name-it = dé un nombre a la rutina
error-title-one-line = title contiene un salto de línea o un tabulador
hint-title-one-line = un título es una sola línea; ponga el texto más largo en summary, notes o instructions
hint-hold-is-duration = "hold" y "duration" son dos nombres de una misma clave; deje solo uno
error-placeholder = { $key } tiene un marcador desconocido "{ $word }"
hint-placeholders = el texto puede decir {"{"}side{"}"} y {"{"}other{"}"}, que se sustituyen por izquierda o derecha
error-too-long-duration = { $key } es { $length }; lo máximo permitido es { $limit }
error-missing-title = falta title
hint-routine-title = añada al principio del archivo una línea como title = "Piernas por la noche"
hint-step-title = cada paso necesita un título, como title = "Estiramiento de pantorrilla en la pared"
error-bad-id = "{ $value }" no es un id válido
hint-id = un id tiene de 1 a 64 letras minúsculas, cifras y "-", como "evening-legs"
error-bad-file-name = el nombre de archivo "{ $name }" no es un id de rutina válido
hint-bad-file-name = cambie el nombre del archivo (letras minúsculas, cifras y "-", como evening-legs.toml) o añada id = "my-routine"
error-no-steps = una rutina necesita al menos un paso
hint-no-steps = añada una tabla [[step]] con title y duration
error-too-many-steps = demasiados pasos ({ $n }; el límite es { $limit })
error-unknown-target = objetivo desconocido "{ $name }"
hint-known-targets = objetivos conocidos: { $names }
error-bad-figure = "{ $name }" no es un nombre de ilustración válido
hint-figure = un nombre de ilustración tiene letras minúsculas, cifras, "-" y "_", como "wall-calf"; el archivo es figures/NAME.txt
error-task-has-no = un paso de tarea no lleva { $key }
hint-task-has-no = una tarea espera hasta que usted la marque como hecha; quite la clave, o quite kind = "task" para cronometrar el paso
error-needs-duration = un paso cronometrado necesita una duración
hint-needs-duration = añada duration = "30s" (o póngala una vez en [defaults]), o kind = "task" para un paso que le espera
error-duration-zero = un paso cronometrado necesita una duración mayor que 0
hint-duration-zero = indique una duración como "30s", o kind = "task" para un paso que le espera
error-breathe-needs = breathe necesita "{ $key }"
hint-breathe-needs = escriba breathe = {"{"} in = "4s", out = "6s" {"}"}
error-breath-range = breathe { $key } debe ser mayor que 0 y de { $max } segundos como máximo
hint-breath-range = una respiración tranquila dura unos segundos en cada sentido, como in = "4s", out = "6s"
error-unknown-stretch = estiramiento desconocido "{ $name }"
hint-unknown-stretch = `windown stretches` muestra los estiramientos de la biblioteca

error-not-time-of-day = "{ $value }" no es una hora del día
hint-two-digit-hour = escriba la hora con dos cifras: "{ $time }"
hint-time-of-day = escriba una hora de 24 horas como "22:30" o "07:00:30"
error-wake-is-bedtime = wake y bedtime son la misma hora
hint-wake-is-bedtime = ponga en bedtime la hora a la que se acuesta, como "22:30"
hint-evening-hours = indique de { $min } a { $max } horas antes de acostarse; lo habitual es 3
hint-balance = escriba balance = "poor" para no estar de pie, o quite la línea
error-no-such-language = windown no tiene textos en "{ $value }"
hint-language = escriba uno de { $names }, o quite la línea para seguir el idioma de su escritorio
error-cues-command-moved = [cues] command se ha trasladado a [voice] command
hint-cues-command-moved = escríbalo en [voice] como command = [...]: el programa recibe ahora el texto por stdin (para espeak-ng añada "--stdin"), o quítelo para usar el programa de voz que encuentre windown
error-empty-command = { $what ->
    [voice] la orden de la voz está vacía
    [sound] la orden de los sonidos está vacía
   *[terminal] la orden del terminal está vacía
}
hint-empty-command = indique un programa, p. ej. command = ["{ $example }"], o quite la línea
hint-auto-or-off = escriba { $key } = "auto" o { $key } = "off"
hint-rate = indique de { $min } a { $max } palabras por minuto; 175 es una velocidad habitual
error-name-control = el nombre contiene un carácter de control ({ $code }); escríbalo en una línea de texto simple
error-name-long = el nombre tiene { $n } caracteres; no pase de { $limit }
error-config-home = { $unread ->
    [yes] { $more ->
        [0] { $message }; se usan los ajustes predeterminados (windown validate)
       *[other] { $message } (y { $more } más); se usan los ajustes predeterminados (windown validate)
    }
   *[no] { $more ->
        [0] { $message }; los demás ajustes están en vigor (windown validate)
       *[other] { $message } (y { $more } más); los demás ajustes están en vigor (windown validate)
    }
}
error-config-unread = no se pudo leer config.toml; esta sesión usa los ajustes predeterminados
error-config-mistakes = config.toml tiene errores; cada ajuste erróneo queda en su valor predeterminado, los demás están en vigor

error-not-a-time = "{ $value }" no es una hora
error-time-offset = en "{ $value }": { $error }
error-offset-too-long = en "{ $value }": el desfase debe ser menor de un día
hint-time-expr = escriba "HH:MM", "HH:MM:SS", "wake" o "bedtime", si quiere con + o - una duración, como "bedtime-2h"
error-reminder-has-no = el recordatorio { $n } no tiene { $key }
hint-reminder-add-line = añada una línea { $example } bajo su [[reminder]]
error-bad-reminder-id = "{ $id }" no es un id de recordatorio válido
hint-reminder-id = use letras minúsculas, cifras y -, como "legs-up"
error-duplicate-reminder = id de recordatorio repetido "{ $id }"
hint-duplicate-reminder = el primero está en la línea { $line }; los id deben ser únicos
error-reminder-title-empty = el título está vacío
error-reminder-control = { $key ->
    [body] el texto (body) contiene el carácter de control { $code }
   *[title] el título contiene el carácter de control { $code }
}
hint-body-control = body puede tener saltos de línea, pero ningún otro carácter de control
hint-reminder-title-control = un título es una línea de texto simple, sin caracteres de control
error-every-and-at = el recordatorio "{ $id }" tiene every y at a la vez
hint-every-and-at = use every (con from/until) para un intervalo, o at para horas fijas
error-no-every-nor-at = el recordatorio "{ $id }" no tiene ni every ni at
hint-no-every-nor-at = añada every = "2h" (con from/until si quiere) o at = ["10:30"]
hint-interval = escriba un intervalo como "2h", "45m" o "1h30m"
error-from-until-with-at = from y until van con every, no con at
hint-from-until-with-at = quítelo, o use every en lugar de at
error-at-empty = at no indica ninguna hora
hint-at-empty = escriba al menos una hora, como at = ["10:30"]
error-days-empty = days no indica ningún día
hint-days-empty = quite days para todos los días, o ponga enabled = false para desactivar el recordatorio
error-not-a-day = "{ $value }" no es un día
hint-days = los días son { $names }
error-not-routine-id = "{ $value }" no es un id de rutina
hint-routine-id = indique una rutina por su id, como "wind-down" (vea `windown list`)
error-no-routine = no hay ninguna rutina "{ $value }"
hint-see-list = `windown list` muestra las rutinas
hint-did-you-mean-still-sent = ¿quiso decir "{ $name }"? (el recordatorio se envía de todos modos)
hint-see-list-still-sent = `windown list` muestra las rutinas; el recordatorio se envía de todos modos
error-every-zero = every debe ser de al menos 1s
hint-every-zero = escriba un intervalo como "2h" o "45m"
error-every-too-long = every debe ser de 24h como máximo
hint-every-too-long = el intervalo empieza de nuevo cada día en from; use days para saltar días
error-reminders-unread = no se pudo leer un archivo (vea arriba); lo que contiene no está en vigor hasta que se corrija
error-reminders-mistakes = un recordatorio con un error se deja fuera y un ajuste erróneo queda en su valor predeterminado; el resto está en vigor (windown validate)
error-fix-reminders-first = corrija primero reminders.toml: { $problem }
error-reminders-not-tables = los recordatorios no están escritos como tablas [[reminder]]; edite el archivo a mano
error-no-reminder = no hay ningún recordatorio "{ $id }"

error-history-incomplete = { $path } línea { $line }: se omitió un registro incompleto (probablemente una escritura cortada por un fallo)
error-history-unreadable = { $path } línea { $line }: se omitió un registro ilegible ({ $reason })
error-history-more-skipped = { $n ->
    [one] y { $n } línea más omitida en { $path }
   *[other] y { $n } líneas más omitidas en { $path }
}
hint-history-skipped = { $n ->
    [one] los demás registros se leen con normalidad; para que no salga este aviso, borre la línea { $line } de { $path } en un editor de texto
   *[other] los demás registros se leen con normalidad; para que no salga este aviso, borre esas líneas de { $path } en un editor de texto
}
error-history-note-more = { $more ->
    [one] { $skipped } (y { $more } línea más; vea windown stats)
   *[other] { $skipped } (y { $more } líneas más; vea windown stats)
}
error-history-newer = la línea { $line } de history.jsonl la escribió un windown más reciente (formato { $version }); este lee el formato { $format }
error-history-newer-note = { $error }; se muestran los registros anteriores
error-history-not-utf8 = no es texto UTF-8, en la columna { $column }
error-history-unknown-version = versión de formato desconocida { $version }
error-history-no-version = sin versión de formato
error-history-at-column = { $reason }, en la columna { $column }
error-history-not-regular = no es un archivo normal
error-first-of-more = { $more ->
    [0] { $place }: { $message }
   *[other] { $place }: { $message } (y { $more } más: windown validate)
}

## Duraciones.

error-duration-empty = duración vacía
error-duration-malformed = "{ $value }" no es una duración: use un número con unidad, como "10s", "1m30s" o "2h"
error-duration-no-unit = "{ $value }" no tiene unidad: escriba "{ $value }s" para segundos o "{ $value }m" para minutos
error-duration-too-long = la duración "{ $value }" es demasiado larga
error-duration-carry = { $unit ->
    [minutes] "{ $value }" tiene más de 59 minutos tras una unidad mayor: escriba "{ $whole }"
   *[seconds] "{ $value }" tiene más de 59 segundos tras una unidad mayor: escriba "{ $whole }"
}
error-duration-fraction = "{ $value }" no es un número entero: escriba "{ $whole }"
error-duration-fraction-smaller = "{ $value }" no es un número entero: use números enteros de unidades menores, como "1h30m" o "90s"
error-whole-seconds = use segundos enteros, o un texto como "1m30s"
error-duration-negative = una duración no puede ser negativa
hint-bidi = un carácter invisible de formato bidireccional puede hacer que el texto se lea distinto de lo que es; bórrelo

## Archivos de la biblioteca de estiramientos.
error-stretches-folder = no se puede leer la carpeta de estiramientos: { $error }
error-stretch-twice = el estiramiento "{ $id }" está definido dos veces en la carpeta
error-no-stretches = un archivo de biblioteca de estiramientos no contiene ningún estiramiento
hint-no-stretches = añada una tabla [[stretch]] con id y title
error-too-many-stretches = demasiados estiramientos (el límite es { $limit })
error-id-used-by = el id "{ $id }" lo usa también el estiramiento { $other }
hint-stretch-id = un id tiene de 1 a 64 letras minúsculas, cifras y "-", como "wall-calf"
error-missing-id = falta id
hint-stretch-missing-id = añada id = "my-stretch": un paso de rutina lo nombra con stretch = "my-stretch"
error-stretch-title-line = un título es una sola línea, no vacía
hint-stretch-title = cada estiramiento necesita un título, como title = "Estiramiento de pantorrilla en la pared"
hint-stretch-figure = un nombre de figura tiene letras minúsculas, cifras, "-" y "_", como "wall-calf"
