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
history-stats-sessions = Sesiones: { $finished } terminadas de { $started } empezadas, { $time } de estiramientos en total
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
