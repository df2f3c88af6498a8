## Mots communs à toutes les parties (voir locales/en/common.ftl).

language-draft = Cette traduction est un brouillon : pas encore relue par un locuteur natif ni par un professionnel de santé.
language-english-original = En anglais :
date-weekday = { $day ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
date-month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
clock-hours = 24
clock-24 = { $hh } h { $mm }
clock-12 = { $h } h { $mm } { $half ->
    [am] du matin
   *[pm] de l'après-midi
}
count-nights = { $n ->
    [one] { $n } nuit
   *[other] { $n } nuits
}
