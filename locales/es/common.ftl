## Palabras para todas las áreas (véase locales/en/common.ftl).

language-draft = Esta traducción es un borrador: aún no la ha revisado un hablante nativo ni un profesional sanitario.
language-english-original = En inglés:
date-weekday = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
date-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
clock-hours = 24
clock-24 = { $hh }:{ $mm }
clock-12 = { $h }:{ $mm } { $half ->
    [am] a. m.
   *[pm] p. m.
}
count-nights = { $n ->
    [one] { $n } noche
   *[other] { $n } noches
}
