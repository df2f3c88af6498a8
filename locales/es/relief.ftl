## La ayuda ante un calambre por la noche (borrador, véase locales/en/relief.ftl).

relief-step-light = Encienda la luz
    .say = Encienda una luz antes de levantarse.
    .detail = Encienda una luz antes de levantarse. Muévase despacio.
relief-step-sit = Siéntese
    .say = Siéntese en el borde de la cama.
    .detail = Siéntese primero en el borde de la cama, con los pies en el suelo.
relief-step-stretch-calf = Estire
    .say = Pierna estirada sobre la cama, talón abajo: tire de los dedos hacia usted.
    .detail = Sin dejar de estar sentado, ponga esa pierna estirada sobre la cama, con el talón abajo, y tire de los dedos del pie hacia usted. Una toalla alrededor del pie ayuda. Manténgalo con suavidad.
relief-step-stretch-back = Estire
    .say = Siéntese con la pierna estirada e inclínese hacia delante desde la cadera.
    .detail = Siéntese con la pierna estirada e inclínese hacia delante desde la cadera, con la espalda recta, o tire de los dedos del pie hacia usted. Manténgalo con suavidad.
relief-step-side-lying-front = De lado
    .say = Túmbese de lado, doble la rodilla y lleve el talón hacia el glúteo.
    .detail = Quédese en la cama y túmbese sobre el otro lado. Doble la rodilla y lleve el talón hacia el glúteo, sujetando el tobillo o la sábana. Manténgalo con suavidad.
relief-step-rub = Masajee
    .say = Masajee el músculo con suavidad, salvo si la pierna está hinchada, caliente, roja u oscura.
    .detail = Masajee el músculo con suavidad con la mano. No masajee una pierna hinchada, caliente, roja u oscurecida: pida consejo.
relief-step-stand-calf = Si está firme
    .say = Solo si se siente firme: levántese despacio, agarrado a algo firme. Si se marea, siéntese.
    .detail = Solo si se siente firme y no ha cedido: levántese despacio, agarrado a algo firme, con el peso sobre esa pierna y la rodilla algo doblada. Si se marea, siéntese. Si no, o si duele demasiado, quédese sentado y tire de los dedos hacia arriba.
relief-step-stand-front = Si está firme
    .say = Solo si se siente firme: levántese despacio, agarrado a algo firme. Si se marea, siéntese.
    .detail = Solo si se siente firme y no ha cedido: siéntese en el borde de la cama, levántese despacio agarrado a algo firme, doble la rodilla y lleve el talón hacia el glúteo. Si se marea, siéntese.
relief-step-warmth = Calor
    .say = El calor puede ayudar, solo si ya tiene a mano una bolsa de calor.
    .detail = Una bolsa de calor puede aliviar el músculo, pero solo si ya la tiene a mano. Templada, no caliente, y nunca sobre piel que note dormida. No vaya a buscarla a oscuras. Vuelva a la cama cuando haya cedido.
relief-step-toes-up = Dedos arriba
    .say = Tire de los dedos del pie hacia la rodilla.
    .detail = Tire de los dedos del pie hacia la rodilla, con la mano o con una toalla alrededor del pie. Manténgalo con suavidad.
relief-step-press-flat = Pie plano
    .say = Apoye el pie plano contra el suelo.
    .detail = Sentado, apoye el pie plano y presione contra el suelo.
relief-step-rub-sole = Masajee
    .say = Masajee la planta suavemente, salvo si pie o pierna están hinchados, calientes, rojos u oscuros.
    .detail = Masajee la planta del pie con suavidad. No masajee un pie o una pierna hinchados, calientes, rojos u oscurecidos: pida consejo.

relief-urgent = Pida consejo médico urgente si el calambre dura más de 10 minutos y no cede, o si una pierna está dolorida, hinchada, con calor, roja u oscurecida. Falta de aire repentina o dolor en el pecho: llame ya a un número de emergencias.
relief-urgent-1 = Pida consejo médico urgente si el calambre dura más de 10 minutos y no cede,
relief-urgent-2 = o si una pierna está dolorida, hinchada, con calor, roja u oscurecida.
relief-urgent-3 = Falta de aire repentina o dolor en el pecho: llame ya a un número de emergencias.
relief-urgent-short = Consejo urgente si dura más de 10 minutos y no cede, o si una pierna está dolorida, hinchada, con calor, roja u oscurecida. Falta de aire repentina o dolor en el pecho: llame ya a emergencias.
relief-urgent-now = Ya ha durado más de 10 minutos.
relief-is-it-a-cramp = Un calambre es una contracción repentina, dura y dolorosa de un músculo que cede al estirarlo. Las ganas de mover las piernas, el dolor de pantorrilla al caminar, o el entumecimiento o la debilidad son otra cosa: coménteselos a su médico.
relief-medicines = Algunos medicamentos y problemas de salud pueden hacer más probables los calambres: si los suyos empezaron o empeoraron tras un cambio de medicación, dígaselo a su médico o farmacéutico. Nunca deje ni cambie un medicamento por su cuenta.
relief-first-said = ¿Un calambre? Deje que ceda. ¿Qué pierna, y qué músculo?
relief-first-keys-said = Enter empieza por la pantorrilla izquierda. R es la pierna derecha. C pantorrilla, B parte de atrás del muslo, F parte de delante, O pie.
relief-end-said = ¿Ha cedido? Si es así, vuelva a la cama cuando quiera; si no, estírelo otra vez como antes. ¿Cuánto dolió como máximo, y cuánto duró?
relief-end-keys-said = Arriba y abajo indican cuánto dolió. Del 1 al 4, cuánto duró: menos de un minuto, de 1 a 5 minutos, de 5 a 10 minutos, o más de 10 minutos. Enter guarda.
relief-lasted-under-1 = menos de un minuto
relief-lasted-1-5 = de 1 a 5 minutos
relief-lasted-5-10 = de 5 a 10 minutos
relief-lasted-longer = más de 10 minutos
relief-lasted-question = ¿Cuánto duró el calambre? 1 menos de un minuto, 2 de 1 a 5 minutos, 3 de 5 a 10 minutos, 4 más de 10 minutos; o el tiempo, como 7m (Enter lo deja en blanco)

relief-leg = { $leg ->
    [left] izquierda
   *[right] derecha
}
relief-muscle = { $muscle ->
    [calf] pantorrilla
    [back-thigh] parte de atrás del muslo
    [front-thigh] parte de delante del muslo
   *[foot] pie
}
relief-place = { $leg ->
    [left] { $muscle ->
        [calf] pantorrilla izquierda
        [back-thigh] muslo izquierdo, por detrás
        [front-thigh] muslo izquierdo, por delante
       *[foot] pie izquierdo
    }
   *[right] { $muscle ->
        [calf] pantorrilla derecha
        [back-thigh] muslo derecho, por detrás
        [front-thigh] muslo derecho, por delante
       *[foot] pie derecho
    }
}

relief-page-written = La página para la mesilla está en { $path }. Guárdela en su teléfono (o ábrala en cualquier navegador) y téngalo junto a la cama: no necesita red y no registra nada.
relief-card-written = La tarjeta está en { $path }: imprímala en una página A4 o Carta.
relief-pdf-written = El PDF de la tarjeta está en { $path }.

relief-plain-which-leg = ¿Qué pierna? l izquierda (Enter), r derecha
relief-plain-which-muscle = ¿Qué músculo? c pantorrilla (Enter), b parte de atrás del muslo, f parte de delante del muslo, o pie
relief-plain-cramp = Calambre: { $place }. Enter pasa al siguiente; cada paso también avanza solo.
relief-plain-said = dicho: { $text }
relief-plain-pain = ¿Cuánto le dolió en el peor momento, de 0 a { $max }? (Enter lo deja sin responder)
relief-plain-pain-again = Un número de 0 a { $max }, o Enter para dejarlo sin responder
relief-plain-lasted-again = 1, 2, 3 o 4, o un tiempo como 7m o 90s, o Enter para dejarlo sin responder

relief-page-title = Guía para el calambre: windown junto a la cama
relief-page-heading = Guía para el calambre
relief-page-clock = Cuánto dura ya el calambre
relief-page-mute = Silenciar
relief-page-which-leg = ¿Qué pierna?
relief-page-where = ¿Dónde está el calambre?
relief-page-tap = Toque donde le duele para empezar.
relief-page-back = Atrás
relief-page-next = Siguiente
relief-page-done = Hecho
relief-page-new-cramp = Nuevo calambre
relief-page-leg = { $leg ->
    [left] Izquierda
   *[right] Derecha
}
relief-page-muscle = { $muscle ->
    [calf] Pantorrilla
    [back-thigh] Parte de atrás del muslo
    [front-thigh] Parte de delante del muslo
   *[foot] Pie
}
relief-page-step = Paso { $n } de { $total }: { $place }
relief-page-step-said = Paso { $n } de { $total }.
relief-page-moves-on = Avanza solo en { $s } s.
relief-page-over = Los pasos han terminado
relief-page-over-said = Los pasos han terminado. Esta página no registra nada: anote el calambre por la mañana.
relief-page-started = El calambre empezó a las { $at } y duró { $lasted }.
relief-page-lasted = { $n ->
    [0] menos de un minuto
    [one] alrededor de { $n } minuto
   *[other] alrededor de { $n } minutos
}
relief-page-over-announced = Los pasos han terminado. El calambre empezó a las { $at }. Esta página no registra nada.
relief-page-log = Esta página no registra nada. Para anotar el calambre por la mañana, escriba:
relief-page-checkin = o responda a la pregunta de la mañana (abra { $app }, o escriba { $checkin }).
relief-page-again-said = ¿Qué pierna, y dónde está el calambre?
relief-page-urgent-label = Consejo urgente
relief-page-noscript = Sin scripts la página no puede medir el tiempo de los pasos; aquí están en orden.

relief-card-title = Tarjeta del calambre: windown
relief-card-heading = Calambre en la pierna por la noche
relief-card-getting-up = Al levantarse:
relief-card-get-up = Encienda una luz. Siéntese primero en el borde de la cama. De pie solo si se siente firme: despacio, agarrado a algo firme. Si se marea, siéntese. Nunca camine a oscuras.
relief-card-get-up-seated = Encienda una luz. Siéntese primero en el borde de la cama. Quédese sentado o acostado. Nunca camine a oscuras.
relief-card-dizzy = Si se marea, siéntese.
relief-card-log = Por la mañana, anótelo con la hora: { $command }
