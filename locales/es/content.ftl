## Las palabras de las rutinas incluidas y de la biblioteca de estiramientos (ver locales/en/content.ftl).
## Borrador. Trato de usted. $side: "left", "right" o "none" (ningún lado).
## .spoken y .spoken-side se dicen en voz alta: breves, sin teclas ni pantalla.

stretch-set-up =
    .title = Prepararse con seguridad
    .step-1 = Ponga una silla firme sin ruedas, que no se pueda plegar ni deslizar, con el respaldo contra una pared.
    .step-2 = Pies descalzos o zapatos antideslizantes: no calcetines sobre un suelo liso.
    .step-3 = Encienda luz suficiente para moverse con seguridad y despeje el suelo a su alrededor.
    .step-4 = Pulse Enter cuando esté listo.
    .caution = Deje cualquier estiramiento que le duela. Si se siente mareado o inestable, siéntese.
    .spoken = Una silla firme contra la pared. Zapatos antideslizantes o pies descalzos. Buena luz, suelo despejado. Luego, siga.

stretch-stand-up-slowly =
    .title = Levantarse despacio
    .step-1 = Tómese su tiempo: deslícese hasta el borde delantero de la silla, con los pies apoyados en el suelo.
    .step-2 = Levántese despacio, sujetándose al respaldo de la silla o a una pared.
    .step-3 = Quédese quieto un momento antes de seguir.
    .step-4 = Pulse Enter cuando se sienta estable.
    .caution = Si se siente mareado o aturdido, vuelva a sentarse y espere a que pase.
    .spoken = Deslícese al borde de la silla. Levántese despacio, sujetándose. Quieto un momento, luego siga.

stretch-wall-calf =
    .title = Estiramiento de gemelo en la pared
    .step-1 = Póngase de cara a una pared, con las manos apoyadas a la altura del pecho y los brazos estirados.
    .step-2 = { $side ->
        [left] Lleve el pie izquierdo hacia atrás: la pierna nombrada es la que lleva atrás y estira.
        [right] Lleve el pie derecho hacia atrás: la pierna nombrada es la que lleva atrás y estira.
       *[none] Lleve un pie hacia atrás: la pierna nombrada es la que lleva atrás y estira.
    }
    .step-3 = { $side ->
        [left] Mantenga la rodilla izquierda estirada, el talón en el suelo y los dedos hacia delante.
        [right] Mantenga la rodilla derecha estirada, el talón en el suelo y los dedos hacia delante.
       *[none] Mantenga esa rodilla estirada, el talón en el suelo y los dedos hacia delante.
    }
    .step-4 = { $side ->
        [left] Lleve la cadera hacia la pared hasta notar un tirón en el gemelo izquierdo. Respire con normalidad.
        [right] Lleve la cadera hacia la pared hasta notar un tirón en el gemelo derecho. Respire con normalidad.
       *[none] Lleve la cadera hacia la pared hasta notar un tirón en el gemelo. Respire con normalidad.
    }
    .caution = Mantenga el talón de atrás en el suelo y no dé rebotes. Pare si le duele.
    .spoken = Manos en la pared, un pie atrás, talón abajo, inclínese.
    .spoken-side = { $side ->
        [left] Pie izquierdo atrás
       *[right] Pie derecho atrás
    }

stretch-bent-knee-calf =
    .title = Estiramiento de gemelo con rodilla doblada
    .step-1 = Póngase de cara a la pared como en el estiramiento de gemelo en la pared, con las manos en la pared.
    .step-2 = { $side ->
        [left] Lleve el pie izquierdo hacia atrás, menos que en el estiramiento en la pared: la pierna nombrada es la que se estira.
        [right] Lleve el pie derecho hacia atrás, menos que en el estiramiento en la pared: la pierna nombrada es la que se estira.
       *[none] Lleve un pie hacia atrás, menos que en el estiramiento en la pared: la pierna nombrada es la que se estira.
    }
    .step-3 = { $side ->
        [left] Doble un poco la rodilla izquierda, con ese talón en el suelo.
        [right] Doble un poco la rodilla derecha, con ese talón en el suelo.
       *[none] Doble un poco esa rodilla, con el talón en el suelo.
    }
    .step-4 = { $side ->
        [left] Baje un poco hasta notar el tirón en la parte baja del gemelo izquierdo, cerca del tobillo.
        [right] Baje un poco hasta notar el tirón en la parte baja del gemelo derecho, cerca del tobillo.
       *[none] Baje un poco hasta notar el tirón en la parte baja del gemelo, cerca del tobillo.
    }
    .caution = Mantenga el talón abajo y el movimiento pequeño. Pare si le duele.
    .spoken = Manos en la pared, un pie atrás, rodilla doblada, talón abajo.
    .spoken-side = { $side ->
        [left] Pie izquierdo atrás
       *[right] Pie derecho atrás
    }

stretch-seated-hamstring =
    .title = Estiramiento de isquiotibiales sentado
    .step-1 = { $side ->
        [left] Siéntese cerca del borde delantero de la silla firme, con el pie derecho apoyado en el suelo.
        [right] Siéntese cerca del borde delantero de la silla firme, con el pie izquierdo apoyado en el suelo.
       *[none] Siéntese cerca del borde delantero de la silla firme, con el otro pie apoyado en el suelo.
    }
    .step-2 = { $side ->
        [left] Estire la pierna izquierda hacia delante, el talón en el suelo, la rodilla recta pero sin bloquearla: la pierna nombrada es la que se estira.
        [right] Estire la pierna derecha hacia delante, el talón en el suelo, la rodilla recta pero sin bloquearla: la pierna nombrada es la que se estira.
       *[none] Estire una pierna hacia delante, el talón en el suelo, la rodilla recta pero sin bloquearla: la pierna nombrada es la que se estira.
    }
    .step-3 = { $side ->
        [left] Con la espalda recta, inclínese hacia delante desde la cadera hasta notar tirón detrás del muslo izquierdo.
        [right] Con la espalda recta, inclínese hacia delante desde la cadera hasta notar tirón detrás del muslo derecho.
       *[none] Con la espalda recta, inclínese hacia delante desde la cadera hasta notar tirón detrás del muslo.
    }
    .step-4 = { $side ->
        [left] O pase una toalla por la planta del pie izquierdo y tire suavemente de los dedos hacia usted.
        [right] O pase una toalla por la planta del pie derecho y tire suavemente de los dedos hacia usted.
       *[none] O pase una toalla por la planta del pie y tire suavemente de los dedos hacia usted.
    }
    .caution = Inclínese desde la cadera, sin redondear la espalda. Pare si le duele. Si tiene una prótesis de cadera, consulte a su cirujano antes de hacer este estiramiento.
    .spoken = Siéntese al borde de la silla. Una pierna estirada, inclínese hacia delante.
    .spoken-side = { $side ->
        [left] Pierna izquierda estirada
       *[right] Pierna derecha estirada
    }

stretch-seated-calf =
    .title = Estiramiento de gemelo sentado con toalla
    .step-1 = { $side ->
        [left] Siéntese en la silla firme con la espalda contra el respaldo, el pie derecho apoyado en el suelo.
        [right] Siéntese en la silla firme con la espalda contra el respaldo, el pie izquierdo apoyado en el suelo.
       *[none] Siéntese en la silla firme con la espalda contra el respaldo, el otro pie apoyado en el suelo.
    }
    .step-2 = { $side ->
        [left] Estire la pierna izquierda hacia delante, el talón en el suelo, la rodilla recta pero sin bloquearla: la pierna nombrada es la que se estira.
        [right] Estire la pierna derecha hacia delante, el talón en el suelo, la rodilla recta pero sin bloquearla: la pierna nombrada es la que se estira.
       *[none] Estire una pierna hacia delante, el talón en el suelo, la rodilla recta pero sin bloquearla: la pierna nombrada es la que se estira.
    }
    .step-3 = { $side ->
        [left] Pase una toalla por la planta del pie izquierdo y sujete un extremo con cada mano.
        [right] Pase una toalla por la planta del pie derecho y sujete un extremo con cada mano.
       *[none] Pase una toalla por la planta del pie y sujete un extremo con cada mano.
    }
    .step-4 = { $side ->
        [left] Tire suavemente de los dedos hacia usted con la toalla hasta notar tirón en el gemelo izquierdo. Respire con normalidad.
        [right] Tire suavemente de los dedos hacia usted con la toalla hasta notar tirón en el gemelo derecho. Respire con normalidad.
       *[none] Tire suavemente de los dedos hacia usted con la toalla hasta notar tirón en el gemelo. Respire con normalidad.
    }
    .caution = Tire con suavidad y mantenga el talón en el suelo. Pare si le duele.
    .spoken = Espalda atrás. Una pierna estirada, toalla en el pie, dedos hacia usted.
    .spoken-side = { $side ->
        [left] Pierna izquierda estirada
       *[right] Pierna derecha estirada
    }

stretch-towel-hamstring =
    .title = Estiramiento de isquiotibiales con toalla
    .step-1 = Siéntese en la silla firme con la espalda contra el respaldo (o túmbese boca arriba en la cama).
    .step-2 = { $side ->
        [left] Pase una toalla por la planta del pie izquierdo y sujete un extremo con cada mano: la pierna nombrada es la que se estira.
        [right] Pase una toalla por la planta del pie derecho y sujete un extremo con cada mano: la pierna nombrada es la que se estira.
       *[none] Pase una toalla por la planta de un pie y sujete un extremo con cada mano: la pierna nombrada es la que se estira.
    }
    .step-3 = { $side ->
        [left] Estire la rodilla izquierda, con el talón apoyado en el suelo (o la pierna levantada si está tumbado).
        [right] Estire la rodilla derecha, con el talón apoyado en el suelo (o la pierna levantada si está tumbado).
       *[none] Estire la rodilla, con el talón apoyado en el suelo (o la pierna levantada si está tumbado).
    }
    .step-4 = Tire suavemente de los dedos hacia usted con la toalla hasta notar tirón detrás de la pierna.
    .caution = Tire con suavidad y mantenga la espalda recta. Pare si le duele. Si tiene una prótesis de cadera, consulte a su cirujano antes de hacer este estiramiento.
    .spoken = Toalla en un pie, rodilla estirada, dedos suavemente hacia usted.
    .spoken-side = { $side ->
        [left] Pie izquierdo en la toalla
       *[right] Pie derecho en la toalla
    }

stretch-standing-quad =
    .title = Estiramiento de muslo de pie
    .step-1 = { $side ->
        [left] Póngase de lado junto a una pared o al respaldo de la silla firme y sujétese con la mano derecha todo el tiempo.
        [right] Póngase de lado junto a una pared o al respaldo de la silla firme y sujétese con la mano izquierda todo el tiempo.
       *[none] Póngase de lado junto a una pared o al respaldo de la silla firme y sujétese con la otra mano todo el tiempo.
    }
    .step-2 = { $side ->
        [left] Doble la rodilla izquierda y lleve el talón hacia el glúteo: la pierna nombrada es la que dobla.
        [right] Doble la rodilla derecha y lleve el talón hacia el glúteo: la pierna nombrada es la que dobla.
       *[none] Doble una rodilla y lleve el talón hacia el glúteo: la pierna nombrada es la que dobla.
    }
    .step-3 = { $side ->
        [left] Sujete el tobillo izquierdo con la mano izquierda si llega; si no, páselo con una toalla.
        [right] Sujete el tobillo derecho con la mano derecha si llega; si no, páselo con una toalla.
       *[none] Sujete el tobillo con la mano del mismo lado si llega; si no, páselo con una toalla.
    }
    .step-4 = Mantenga las rodillas juntas y la cadera recta, y estírese hacia arriba.
    .caution = Sujétese siempre al apoyo: es al estar sobre una sola pierna cuando una caída es más probable. Si tiene mal equilibrio, o le molestan las rodillas o la espalda, haga en su lugar el estiramiento de muslo tumbado de lado. No tire fuerte del talón. Pare si le duele.
    .spoken = Sujétese. Doble una rodilla, talón hacia el glúteo.
    .spoken-side = { $side ->
        [left] Se dobla la pierna izquierda
       *[right] Se dobla la pierna derecha
    }

stretch-side-lying-quad =
    .title = Estiramiento de muslo tumbado de lado
    .step-1 = { $side ->
        [left] Túmbese sobre el lado derecho en la cama, la cabeza en una almohada o en el brazo, la rodilla de abajo un poco doblada.
        [right] Túmbese sobre el lado izquierdo en la cama, la cabeza en una almohada o en el brazo, la rodilla de abajo un poco doblada.
       *[none] Túmbese de lado en la cama, la cabeza en una almohada o en el brazo, la rodilla de abajo un poco doblada.
    }
    .step-2 = { $side ->
        [left] La pierna izquierda queda arriba: es la que dobla y estira.
        [right] La pierna derecha queda arriba: es la que dobla y estira.
       *[none] Una pierna queda arriba: es la que dobla y estira.
    }
    .step-3 = { $side ->
        [left] Doble la rodilla izquierda y lleve el talón hacia el glúteo; sujete el tobillo con la mano izquierda o páselo con una toalla.
        [right] Doble la rodilla derecha y lleve el talón hacia el glúteo; sujete el tobillo con la mano derecha o páselo con una toalla.
       *[none] Doble la rodilla de arriba y lleve el talón hacia el glúteo; sujete el tobillo con la mano o páselo con una toalla.
    }
    .step-4 = Mantenga las rodillas juntas y las caderas una sobre otra; no arquee la espalda.
    .caution = Es la opción si tiene mal equilibrio o molestias de rodilla o espalda. Muévase con suavidad y pare si le duele.
    .spoken = Túmbese de lado. Doble la rodilla de arriba, talón hacia el glúteo.
    .spoken-side = { $side ->
        [left] Pierna izquierda arriba
       *[right] Pierna derecha arriba
    }

routine-evening-legs =
    .title = Piernas por la noche
    .summary = Estiramientos de gemelos e isquiotibiales justo antes de dormir: cada pierna, 10 segundos, 3 veces, unos 4 minutos.

routine-evening-legs-extended =
    .title = Piernas por la noche, versión larga
    .summary = Cuatro estiramientos de piernas con posiciones más largas (20-30 segundos, 2-3 veces cada pierna), unos 11 minutos.

routine-seated-legs =
    .title = Piernas sentado
    .summary = Estiramientos de gemelos e isquiotibiales sentado en una silla, sin ponerse de pie: cada pierna, 10 segundos, 3 veces.

routine-seated-legs-step-4 =
    .title = En la cama: estiramiento de muslo de lado
    .step-1 = Si quiere, una vez en la cama: túmbese de lado, doble la rodilla de arriba y lleve el talón hacia el glúteo, sujetando el tobillo o con una toalla.
    .step-2 = Mantenga las rodillas juntas; aguante unos 10 segundos, 3 veces, luego dese la vuelta y haga la otra pierna.
    .step-3 = Pulse Enter cuando lo haya hecho, o n para saltarlo.
    .caution = Muévase con suavidad. Pare si le duele.
    .spoken = Si quiere, ya en la cama: túmbese de lado, doble la rodilla de arriba, talón hacia el glúteo. Unos 10 segundos, tres veces, luego la otra pierna.

routine-wind-down =
    .title = Relajarse antes de dormir
    .summary = Luces bajas, pantallas apagadas, unos minutos tranquilos de respiración lenta, los estiramientos de piernas y a la cama.

routine-wind-down-step-1 =
    .title = Bajar las luces
    .step-1 = Baje las luces de la habitación en la que está, o encienda solo una lámpara.
    .step-2 = A partir de ahora, dedíquese a cosas tranquilas y relajantes.

routine-wind-down-step-2 =
    .title = Otras pantallas apagadas; esta, más tenue
    .step-1 = Unos 30 minutos antes de dormir: guarde el teléfono, la tableta y el portátil, mejor fuera del dormitorio, y apague la televisión.
    .step-2 = Baje el brillo de esta pantalla. A partir de aquí, windown se puede seguir de oído: active la voz con v si está apagada.
    .spoken = Unos 30 minutos antes de dormir. Guarde el teléfono, la tableta y el portátil, y apague la televisión. Baje el brillo de este ordenador. A partir de aquí, puede seguir de oído.

routine-wind-down-step-3 =
    .title = Algo tranquilo
    .step-1 = Lea un libro en papel, escuche música tranquila o simplemente siéntese en calma un rato.
    .step-2 = Pulse Enter cuando esté listo para los últimos minutos.
    .spoken = Lea un libro en papel, escuche música tranquila o simplemente siéntese en calma un rato.

routine-wind-down-step-5 =
    .title = Respiración lenta
    .step-1 = Siéntese en la silla y deje caer los hombros.
    .step-2 = Inspire suavemente por la nariz contando hasta cuatro, más o menos.
    .step-3 = Espire despacio contando hasta seis, más o menos.
    .step-4 = Si la mente se distrae, vuelva a contar.
    .caution = Respire de forma suave y tranquila. Si se siente mareado, respire con normalidad.
    .spoken = Siéntese y deje caer los hombros.

routine-wind-down-step-9 =
    .title = A la cama
    .step-1 = Vaya directamente a la cama y apague la luz. windown cuenta la noche como hecha desde aquí.
    .step-2 = Si sigue despierto después de lo que le parezcan unos 20 minutos, encienda una lámpara antes de levantarse y haga algo tranquilo hasta que tenga sueño.
    .spoken = Vaya directamente a la cama y apague la luz. ¿Sigue despierto tras unos 20 minutos? Encienda una lámpara antes de levantarse y haga algo tranquilo.

# El aviso de seguridad de las rutinas (texto de seguridad: se muestra junto al inglés hasta su revisión clínica).
routine-safety-note = Seguridad: esta es una rutina general, no un diagnóstico ni un tratamiento, y no sustituye a un profesional sanitario. Deje cualquier estiramiento que le duela. ¿Es de verdad un calambre? Un calambre es una contracción repentina, dura y dolorosa de un músculo que cede al estirarlo; las ganas de mover las piernas, el dolor de pantorrilla que aparece al caminar, o el entumecimiento o la debilidad son cosas que debe ver un médico. Consulte a un médico si los calambres son frecuentes o alteran su sueño o su vida diaria, o si vienen con entumecimiento, hinchazón o músculos que se vuelven más débiles o más pequeños. Busque ayuda el mismo día ante un calambre que dura más de 10 minutos y no cede al estirar, o ante dolor en una pierna con hinchazón, calor, piel roja u oscurecida, o venas duras y doloridas (posiblemente un coágulo); la falta de aire repentina o el dolor en el pecho son una urgencia. Algunos medicamentos y algunas enfermedades pueden hacer más probables los calambres: si sus calambres empezaron o empeoraron después de un cambio en sus medicamentos, dígaselo a su médico o farmacéutico, y nunca deje ni cambie un medicamento por su cuenta.
