## Wörter für alle Bereiche (siehe locales/en/common.ftl).

language-draft = Diese Übersetzung ist ein Entwurf: noch nicht von Muttersprachlern oder medizinischem Fachpersonal geprüft.
language-english-original = Auf Englisch:
date-weekday = { $day ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
date-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
clock-hours = 24
clock-24 = { $hh }:{ $mm }
clock-12 = { $h }:{ $mm } { $half ->
    [am] vormittags
   *[pm] nachmittags
}
count-nights = { $n ->
    [one] { $n } Nacht
   *[other] { $n } Nächte
}
