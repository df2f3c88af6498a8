## Las demás pantallas (borrador, véase locales/en/tui-more.ftl).

tui-relief-choose-title = ¿Un calambre? Deje que ceda.
tui-relief-leg-label = Pierna:
tui-relief-muscle-label = Músculo:
tui-relief-start = Enter: empezar ({ $place })
tui-relief-head-step = Calambre · { $place } · paso { $step } de { $steps }
tui-relief-step-of = paso { $step } de { $steps }
tui-relief-so-far = { $clock } hasta ahora
tui-relief-moves-on = sigue en { $left }
tui-relief-page-more = p: más ({ $page } de { $pages })
tui-relief-page-again = p: otra vez ({ $page } de { $pages })
tui-relief-head-end = Calambre · { $place } · { $took }
tui-relief-eased = ¿Ha cedido?
tui-relief-how-bad = ¿Cuánto dolió como máximo?
tui-relief-eased-short = Cedió: a la cama. Si no: estire otra vez.
tui-relief-eased-long = Si ha cedido, vuelva a la cama cuando quiera; si no, estírelo otra vez como antes. ¿Cuánto dolió como máximo?
tui-relief-how-long = ¿Cuánto duró el calambre?
tui-relief-pain-label = Dolor:
tui-relief-pain-of = { $pain } de 10
tui-relief-lasted-label = Duró:
tui-relief-lasted-under-1 = menos de 1 min
tui-relief-lasted-1-5 = 1-5 min
tui-relief-lasted-5-15 = 5-15 min
tui-relief-lasted-longer = más
tui-relief-not-given = (sin indicar)
tui-relief-not-given-bare = sin indicar
tui-relief-lasted-keys = 1-4, sin indicar
