## Words every area uses: the language's own status, weekday and month names, the clock.

# Shown on home and in the report while a translation is a draft (in English: never shown).
language-draft = This translation is a draft: not yet reviewed by a native speaker or a clinician.
# The label before the English original of a safety text, beside its unreviewed translation.
language-english-original = In English:

# $day: 1 (Monday) to 7 (Sunday).
date-weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
# $month: 1 to 12.
date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# 12 or 24: how this language's clock shows the hours.
clock-hours = 24
# $hh: the hour with two digits, $mm: the minutes with two digits.
clock-24 = { $hh }:{ $mm }
# $h: 1 to 12, $mm: the minutes, $half: "am" or "pm".
clock-12 = { $h }:{ $mm } { $half ->
    [am] a.m.
   *[pm] p.m.
}
# A count of nights, for every area that needs one.
count-nights = { $n ->
    [one] { $n } night
   *[other] { $n } nights
}
