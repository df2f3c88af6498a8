## Les autres écrans (brouillon, voir locales/en/tui-more.ftl).

tui-relief-choose-title = Une crampe ? Laissez-la passer.
tui-relief-leg-label = Jambe :
tui-relief-muscle-label = Muscle :
tui-relief-start = Enter : commencer ({ $place })
tui-relief-head-step = Crampe · { $place } · étape { $step } sur { $steps }
tui-relief-step-of = étape { $step } sur { $steps }
tui-relief-so-far = depuis { $clock }
tui-relief-moves-on = suite dans { $left }
tui-relief-page-more = p : suite ({ $page } sur { $pages })
tui-relief-page-again = p : du début ({ $page } sur { $pages })
tui-relief-head-end = Crampe · { $place } · { $took }
tui-relief-eased = Cela a cédé ?
tui-relief-how-bad = Quelle a été la douleur au pire ?
tui-relief-eased-short = Cédé : au lit. Sinon : étirez encore.
tui-relief-eased-long = Si cela a cédé, retournez au lit quand vous serez prêt ; sinon, étirez encore comme avant. Quelle a été la douleur au pire ?
tui-relief-how-long = Combien de temps la crampe a-t-elle duré ?
tui-relief-pain-label = Douleur :
tui-relief-pain-of = { $pain } sur 10
tui-relief-lasted-label = Durée :
tui-relief-lasted-under-1 = moins d'1 min
tui-relief-lasted-1-5 = 1-5 min
tui-relief-lasted-5-15 = 5-15 min
tui-relief-lasted-longer = plus
tui-relief-not-given = (non indiqué)
tui-relief-not-given-bare = non indiqué
tui-relief-lasted-keys = 1-4, non indiqué
