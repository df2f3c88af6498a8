## Die weiteren Bildschirme (Entwurf, siehe locales/en/tui-more.ftl).

tui-relief-choose-title = Ein Krampf? Lassen Sie ihn nachlassen.
tui-relief-leg-label = Bein:
tui-relief-muscle-label = Muskel:
tui-relief-start = Enter: beginnen ({ $place })
tui-relief-head-step = Krampf · { $place } · Schritt { $step } von { $steps }
tui-relief-step-of = Schritt { $step } von { $steps }
tui-relief-so-far = seit { $clock }
tui-relief-moves-on = weiter in { $left }
tui-relief-page-more = p: mehr ({ $page } von { $pages })
tui-relief-page-again = p: von vorn ({ $page } von { $pages })
tui-relief-head-end = Krampf · { $place } · { $took }
tui-relief-eased = Hat es nachgelassen?
tui-relief-how-bad = Wie stark war es höchstens?
tui-relief-eased-short = Nachgelassen: ins Bett. Sonst: noch einmal dehnen.
tui-relief-eased-long = Wenn es nachgelassen hat, zurück ins Bett, wenn Sie so weit sind; sonst dehnen Sie noch einmal wie vorher. Wie stark war es höchstens?
tui-relief-how-long = Wie lange hat der Krampf gedauert?
tui-relief-pain-label = Schmerz:
tui-relief-pain-of = { $pain } von 10
tui-relief-lasted-label = Dauer:
tui-relief-lasted-under-1 = unter 1 Min.
tui-relief-lasted-1-5 = 1-5 Min.
tui-relief-lasted-5-15 = 5-15 Min.
tui-relief-lasted-longer = länger
tui-relief-not-given = (keine Angabe)
tui-relief-not-given-bare = keine Angabe
tui-relief-lasted-keys = 1-4, keine Angabe
