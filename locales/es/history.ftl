## El historial en palabras: `windown history`, `windown history undo`, `windown checkin`,
## `windown stats` (también la pantalla de progreso de la aplicación).

history-cramps = { $cramps ->
    [none] ninguno
    [mild] leves
   *[bad] fuertes
}
history-where = { $leg ->
    [left] { $muscle ->
        [back-thigh] parte posterior del muslo izquierdo
        [front-thigh] parte delantera del muslo izquierdo
        [foot] pie izquierdo
       *[calf] pantorrilla izquierda
    }
   *[right] { $muscle ->
        [back-thigh] parte posterior del muslo derecho
        [front-thigh] parte delantera del muslo derecho
        [foot] pie derecho
       *[calf] pantorrilla derecha
    }
}
history-kind = { $target ->
    [session] sesión
    [checkin] respuesta de la mañana
    [reminder-ack] confirmación de recordatorio
    [removal] eliminación
   *[cramp] calambre
}
history-day = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mié.
    [4] jue.
    [5] vie.
    [6] sáb.
   *[7] dom.
} { $day } { $month ->
    [1] ene.
    [2] feb.
    [3] mar.
    [4] abr.
    [5] may.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] dic.
} { $year }
history-day-short = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mié.
    [4] jue.
    [5] vie.
    [6] sáb.
   *[7] dom.
} { $day } { $month ->
    [1] ene.
    [2] feb.
    [3] mar.
    [4] abr.
    [5] may.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] dic.
}

history-row-session = { $at }  sesión    { $title } ({ $id }): { $finished ->
    [yes] terminada, { $done } de { $total } pasos
   *[no] interrumpida tras { $done } de { $total } pasos
}{ $skipped ->
    [0] {""}
   *[other] {" "}({ $skipped } omitidos)
}, { $time }{ $daytime ->
    [yes] , de día
   *[no] {""}
}
history-row-checkin = { $at }  mañana    noche del { $night }: { $answer }{ $count ->
    [0] {""}
    [one] , { $count } calambre
   *[other] , { $count } calambres
}{ $woke ->
    [yes] , le despertaron
    [no] , durmió sin despertarse
   *[unknown] {""}
}{ $noted ->
    [yes] : «{ $note }»
   *[no] {""}
}{ $replaced ->
    [yes] {"  "}(reemplazada por una respuesta posterior)
   *[no] {""}
}
history-row-reminder = { $at }  recordatorio  { $reminder }: hecho
history-row-cramp = { $at }  calambre  { $daytime ->
    [yes] de día
   *[no] noche del { $night }
}: { $place }{ $pain ->
    [-1] {""}
   *[other] , dolor { $pain }/10
}{ $guided ->
    [yes] , guía de alivio { $relief }
   *[no] {""}
}
history-row-trial-plan = { $at }  prueba    plan sorteado: { $pairs } pares de bloques de { $block } noches tras un periodo inicial de { $baseline } noches desde el { $first }
history-row-trial-note = { $at }  prueba    nota: «{ $note }»
history-row-trial-stopped = { $at }  prueba    detenida antes de tiempo
history-row-trial-red-flag = { $at }  prueba    terminada por una señal de alarma
history-row-removed = { $at }  eliminado { $kind } del { $target }

history-removed-not-shown = { $n ->
    [one] (no se muestra { $n } registro eliminado)
   *[other] (no se muestran { $n } registros eliminados)
}
history-empty = Aún no hay historial: aquí aparecerán las sesiones y las respuestas de la mañana.
history-empty-days = No se registró nada en esos días.

history-undo-nothing = Nada que deshacer: no hay ninguna sesión, respuesta de la mañana ni calambre registrado.
history-undo-done = Se eliminó el último registro ({ $kind }): { $row }
history-undo-stays = Permanece en el archivo, marcado como eliminado, y ya no cuenta en ninguna parte.
history-undo-back = Se recuperó el registro eliminado ({ $kind }): { $row }
history-undo-back-stays = Vuelve a contar; la eliminación permanece en el archivo, marcada como deshecha.

history-checkin-ask = ¿Calambres en las piernas anoche (la noche del { $night })? none (ninguno), mild (leves) o bad (fuertes):{" "}
history-checkin-ask-again = Por favor, responda none, mild o bad.
history-checkin-ask-woke = ¿Le despertaron? yes o no (Intro para omitir):{" "}
history-checkin-ask-woke-again = Por favor, responda yes o no, o pulse Intro.
history-checkin-recorded = Registrado para la noche del { $night }: { $cramps ->
    [none] sin calambres
   *[other] calambres { $answer }{ $count ->
        [0] {""}
        [one] {" "}(una vez)
       *[other] {" "}({ $count } veces)
    }
}{ $replaces ->
    [yes] {" "}(reemplaza la respuesta anterior: { $earlier })
   *[no] {""}
}.

history-stats-streak = Racha: { $n ->
    [one] { $n } tarde
   *[other] { $n } tardes
} (la más larga: { $longest ->
    [one] { $longest } tarde
   *[other] { $longest } tardes
})
history-stats-sessions = Sesiones: { $finished } { $finished ->
    [one] terminada
   *[other] terminadas
} de { $started } { $started ->
    [one] empezada
   *[other] empezadas
}, { $time } de estiramientos en total
history-stats-checkins = Respuestas de la mañana: { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
}, { $cramp } con calambres ({ $bad } fuertes)
history-stats-cramps = Calambres anotados: { $n }{ $daytime ->
    [0] {""}
   *[other] {" "}({ $daytime } de día, fuera de toda noche)
}{ $pained ->
    [yes] ; dolor { $average }/10 de media ({ $given } indicados), máximo { $worst }
   *[no] {""}
}
history-stats-by-place = Calambres por zona: { $places }
history-stats-place = { $place } { $n }
history-stats-per-night = Calambres por noche: { $rate } ({ $cramps ->
    [one] { $cramps } calambre
   *[other] { $cramps } calambres
} en { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
} con número)
history-stats-reminders = Recordatorios hechos: { $n }
history-stats-recent = { $ended ->
    [yes] { $days } días hasta el { $to }
   *[no] Últimos { $days } días
}: una rutina terminada { $finished ->
    [one] { $finished } tarde
   *[other] { $finished } tardes
}, calambres { $cramp } de { $checked } noches con respuesta
history-stats-day = { $day } { $month ->
    [1] ene.
    [2] feb.
    [3] mar.
    [4] abr.
    [5] may.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] dic.
} { $year }

history-compare-nights = Noches con calambres, entre las noches con respuesta de la mañana:
history-compare-counts = Calambres por noche, donde se conoce el número:
history-compare-with = {"  "}tras una tarde con una rutina terminada: { $what }
history-compare-without = {"  "}tras una tarde sin ella:                { $what }
history-tally = { $nights ->
    [0] aún no hay noches
   *[other] { $cramp } de { $nights ->
        [one] { $nights } noche
       *[other] { $nights } noches
    } ({ $pct } %)
}
history-tally-counts = { $nights ->
    [0] aún no hay noches
   *[other] { $known ->
        [yes] { $rate } por noche ({ $cramps ->
            [one] { $cramps } calambre
           *[other] { $cramps } calambres
        } en { $nights ->
            [one] { $nights } noche
           *[other] { $nights } noches
        })
       *[no] no se sabe: { $missing } de { $cramp ->
            [one] { $cramp } noche con calambres no tiene
           *[other] { $cramp } noches con calambres no tienen
        } número
    }
}
history-compare-few = Menos de { $few } noches en un lado: demasiado pronto para sacar conclusiones.
history-compare-caveat-1 = Las noches difieren también en otras cosas, y los calambres van y vienen por sí solos:
history-compare-caveat-2 = esto no puede mostrar que estirar haya causado una diferencia.
history-compare-not-evidence = Un registro personal, no una prueba médica.
history-compare-trial-ended = El resultado de su prueba personal: windown trial result.
history-compare-trial = Una prueba justa de si estirar le ayuda: windown trial.
history-compare-hidden = Noches tras una tarde con estiramientos, comparadas con las demás: ocultas mientras su prueba está en marcha, para que nada influya en el resultado (vea windown trial status).

history-nudge-1 = Los calambres interrumpen a menudo su sueño. El servicio de salud británico (NHS) aconseja consultar a un médico de cabecera por ello.
history-nudge-2 = Consulte también si los calambres vienen con entumecimiento o hinchazón, o si los músculos de sus piernas se están debilitando o haciendo más pequeños.

## The six-week check (home and `windown stats`): a neutral summary, a sentence a line.

# $day, $month (the month's name), $year: the evening of the first finished routine;
# $n: evenings with a finished routine among the $days (42) since.
history-six-weeks-first = Seis semanas desde su primera rutina de la tarde ({ $day } de { $month } de { $year }): terminó una en { $n } de esas { $days } tardes.
# $nights: nights told about (a check-in or a logged cramp) in the six weeks; $cramp: of
# them with cramps.
history-six-weeks-during = En esas seis semanas le contó a windown cómo fueron { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
}: { $cramp } con calambres.
# The same for the nights before the first routine.
history-six-weeks-before = Antes de ellas le contó a windown cómo fueron { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
}: { $cramp } con calambres.
history-six-weeks-not-proof = Las noches difieren también en otras cosas y los calambres van y vienen por sí solos, así que estas cifras no pueden mostrar qué efecto tuvieron los estiramientos.
# Safety: the last line, always there (the English shows beside a draft).
history-six-weeks-doctor = Si sus calambres no han mejorado, hable con su médico.

## Cramps logged, above the morning question (home) and before `windown checkin` records.

# $n: cramps logged; $when: last (last night) or that (that night, a night asked about by
# date); $list: the cramps, each history-logged-cramp, joined by ", ".
history-logged = Registró { $n ->
    [one] { $n } calambre
   *[other] { $n } calambres
} { $when ->
    [that] esa noche
   *[last] anoche
}: { $list }
# One cramp in that list. $time: its time of day (03:12); $place: history-where.
history-logged-cramp = { $time } { $place }
# After "none" is recorded for a night with cramps logged (history-logged was printed
# before). $n: the cramps logged. Keep g and l (the app's keys).
history-checkin-none-logged = Su respuesta «ninguno» queda registrada de todos modos, y { $n ->
    [one] el calambre que registró sigue contando
   *[other] los { $n } calambres que registró siguen contando
} en sus cifras y en el informe. Para quitar un calambre registrado por error: en la aplicación, g y luego l.

## A cramp recorded (`windown cramp log`, the end of the relief guide).

# $place: history-where; $time: time of day (03:12); $day: history-day of the cramp;
# $daytime: yes for a cramp in no night, else $night: history-day-short of its night;
# $lasted: how long it lasted (history-lasted-5-15, the relief guide's answer, or a time
# such as 7m), with $timed yes, else $timed no; $guided: yes when the relief guide ran for
# $relief (3m05s); $pain: 0 to 10, or -1 when not given.
history-cramp-recorded = Calambre registrado: { $place } a las { $time } el { $day } ({ $daytime ->
    [yes] un calambre de día, no contado en ninguna noche
   *[no] la noche del { $night }
}){ $timed ->
    [yes] , duró { $lasted }
   *[no] {""}
}{ $guided ->
    [yes] , { $relief } con la guía
   *[no] {""}
}{ $pain ->
    [-1] {""}
   *[other] , dolor { $pain }/10
}.
# After it, at the relief guide's end.
history-cramp-undo = Para quitarlo: windown history undo
# How long a cramp lasted, an old relief guide's answer "5 to 15 minutes" (its choices now split at 10 minutes).
history-lasted-5-15 = de 5 a 15 minutos

## A hint under "history.jsonl line N was written by a newer windown". $path: the file.
history-newer-hint = el archivo es { $path }; una versión más reciente de windown puede leerlo (no se cambió nada)
