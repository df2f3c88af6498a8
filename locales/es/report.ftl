## El informe para el personal médico (`windown report`, su página HTML y su PDF).
## Borrador: aún sin revisar por hablantes nativos ni por personal clínico.

report-heading-text = windown: registro de calambres nocturnos en las piernas
report-heading = Registro de calambres nocturnos en las piernas
report-page-title = windown: registro de calambres nocturnos
report-title = Noches del { $from } al { $to } ({ $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
})
report-printed = Impreso el { $date }
report-for = para { $name }
report-printed-for = Impreso el { $date }, para { $name }
report-date = { $weekday } { $iso }
report-weekday-short = { $day ->
    [1] lun.
    [2] mar.
    [3] mié.
    [4] jue.
    [5] vie.
    [6] sáb.
   *[7] dom.
}
report-decimal-mark = ,

report-row-recorded = Noches registradas
report-recorded-value = { $n } de { $of }
report-row-cramp-nights = Noches con calambres
report-cramp-nights-value = { $n } ({ $pct } % de las noches registradas)
report-row-per-night = Calambres por noche
report-per-night-none = ninguna noche tiene número
report-per-night-value = { $rate } ({ $cramps ->
    [one] { $cramps } calambre
   *[other] { $cramps } calambres
} en { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
} con número)
report-row-pain = Dolor (0-10)
report-pain-none = no indicado
report-pain-value = { $avg }/10 de media ({ $given } indicados), máximo { $worst }
report-row-sleep = Sueño interrumpido
report-sleep-value = { $n ->
    [one] { $n } noche
   *[other] { $n } noches
} (indicado por la persona, o una mala noche)
report-row-stretched = Tardes con estiramiento
report-stretched-value = { $n } de { $of } (una rutina terminada)
report-row-since = Desde el primer registro
report-since-value = { $done } de { $of } tardes con estiramiento, desde el { $date }
report-row-places = Calambres por zona
report-place = { $muscle ->
    [calf] pantorrilla { $leg ->
        [left] izquierda
       *[right] derecha
    }
    [back-thigh] parte posterior del muslo { $leg ->
        [left] izquierdo
       *[right] derecho
    }
    [front-thigh] parte anterior del muslo { $leg ->
        [left] izquierdo
       *[right] derecho
    }
   *[foot] pie { $leg ->
        [left] izquierdo
       *[right] derecho
    }
} { $n }

report-comparison-heading = Noches tras una tarde con y sin estiramiento
report-cmp-nights-heading = Noches con calambres, entre las noches con registro matutino:
report-cmp-with = tras una tarde con una rutina terminada:
report-cmp-without = tras una tarde sin ella:
report-cmp-no-nights = aún no hay noches
report-cmp-nights = { $n } de { $of ->
    [one] { $of } noche
   *[other] { $of } noches
} ({ $pct } %)
report-cmp-counts-heading = Calambres por noche, cuando se conoce el número:
report-cmp-counts-unknown = no se sabe: { $missing } de { $of ->
    [one] { $of } noche con calambres no tiene
   *[other] { $of } noches con calambres no tienen
} número
report-cmp-counts = { $rate } por noche ({ $cramps ->
    [one] { $cramps } calambre
   *[other] { $cramps } calambres
} en { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
})
report-cmp-too-few = Menos de { $n } noches en un lado: es pronto para sacar conclusiones.
report-cmp-caveat =
    Las noches difieren también en otras cosas, y los calambres van y vienen solos:
    esto no puede demostrar que el estiramiento haya causado una diferencia.
report-cmp-not-evidence = Un registro personal, no una prueba médica.
report-cmp-trial-ended = El resultado de su experimento personal: windown trial result.
report-cmp-trial = Una prueba justa de si estirar le ayuda: windown trial.
report-cmp-hidden = Noches tras una tarde con estiramiento, comparadas con las demás: ocultas mientras su experimento está en curso, para que nada influya en el resultado (vea windown trial status).

report-routines-label = Rutinas usadas:
report-routines-none = ninguna terminada
report-routine = { $title } ({ $id }): { $n ->
    [one] { $n } vez
   *[other] { $n } veces
}
report-more = y { $n } más
report-week-of = Semana del
report-week-recorded = noches registradas
report-week-with = con calambres
report-week-cramps = calambres
report-week-stretched = tardes con estiramiento
report-no-record-note = (–: ninguna noche registrada esa semana; no es lo mismo que 0)
report-plus-note = (+: algunas noches con calambres no tienen número; son al menos estos)
report-episodes-heading = Calambres, uno a uno:
report-episode = { $when }  { $muscle ->
    [calf] pantorrilla { $leg ->
        [left] izquierda
       *[right] derecha
    }
    [back-thigh] parte posterior del muslo { $leg ->
        [left] izquierdo
       *[right] derecho
    }
    [front-thigh] parte anterior del muslo { $leg ->
        [left] izquierdo
       *[right] derecho
    }
   *[foot] pie { $leg ->
        [left] izquierdo
       *[right] derecho
    }
}{ $pain ->
    [none] {""}
   *[other] , dolor { $pain }/10
}{ $lasted ->
    [none] {""}
   *[other] , duró { $lasted }
}
report-notes-heading = Notas:
report-note = noche del { $date }: { $note }
report-not-a-diagnosis = Un registro personal, no un diagnóstico.
report-foot = Llevado por la propia persona con windown, un asistente de estiramientos y sueño; las noches sin registro quedan fuera de todas las cifras.

report-chart-label = Noches con calambres y tardes con estiramiento, semana a semana
report-key-cramps = noches con calambres
report-key-recorded = noches registradas
report-key-stretched = tardes con estiramiento (por semana, de 0 a 7)

report-wrote-html = La página está en { $path }.
report-wrote-pdf = El PDF está en { $path }.
report-label = { $label }:
