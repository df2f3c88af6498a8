## Recordatorios como notificaciones. Borrador: aún sin revisar.

remind-action-start = Empezar
remind-action-done = Hecho
remind-action-snooze = Posponer 10 min
remind-start-with = Empiece con: { $command }
remind-mistake-title = windown: un archivo de recordatorios tiene un error

remind-hydration-title = Beba un poco de agua
remind-hydration-body = Un vaso de agua ahora, salvo que un profesional sanitario le haya indicado limitar los líquidos.
remind-legs-up-title = Ponga las piernas en alto
remind-legs-up-body = Los pies por encima del corazón durante unos 30 minutos, para los tobillos hinchados y por comodidad (no es un tratamiento para los calambres). Si al hacerlo le falta el aire, le empeora el dolor o se le ponen los pies pálidos o fríos, pare y consulte a su médico.
remind-caffeine-title = Última cafeína de hoy
remind-caffeine-body = Faltan seis horas para acostarse. La cafeína puede quitarle el sueño: a partir de ahora, elija bebidas sin ella.
remind-last-drink-title = Última bebida abundante de hoy
remind-last-drink-body = Faltan dos horas para acostarse. Beber mucho ahora puede despertarle por la noche; los sorbos pequeños están bien.
remind-wind-down-title = Hora de relajarse
remind-wind-down-body = Falta una hora para acostarse: baje las luces, aparte pronto las pantallas, algo tranquilo.
remind-evening-stretch-title = Estiramientos de la noche
remind-evening-stretch-body = Unos cuatro minutos de estiramientos de pantorrillas e isquiotibiales, y luego directamente a la cama.

remind-process-running = { $how ->
    [already] El proceso de recordatorios ya está en marcha
    [service] El proceso de recordatorios se ha iniciado mediante su servicio
   *[background] El proceso de recordatorios se ha iniciado en segundo plano hasta que cierre la sesión o lo detenga
}{ $pid ->
    [0] .
   *[other] {" "}(pid { $pid }).
}
remind-process-service-failed = No se pudo iniciar el servicio de recordatorios: { $error }
remind-process-start-failed = No se pudo iniciar el proceso de recordatorios: { $error }
remind-process-did-not-start = El proceso de recordatorios no se ha iniciado; vea `windown remind status`.
remind-process-not-running = El proceso de recordatorios no está en marcha.
remind-process-stopped = Proceso de recordatorios detenido.
remind-process-stopped-login = Proceso de recordatorios detenido; se iniciará de nuevo en su próximo inicio de sesión.
remind-process-did-not-stop = El proceso de recordatorios no se ha detenido; vea `windown remind status`.

remind-test-result = { $outcome ->
    [delivered] prueba de { $id }: un servidor de notificaciones la ha recibido
    [failed] prueba de { $id }: ningún servidor de notificaciones la ha recibido: { $error }
   *[timeout] prueba de { $id }: el servidor de notificaciones no ha respondido en { $seconds } s
}
remind-test-file-mistake = no se puede enviar una prueba de «{ $id }»: { $problem }
remind-test-no-reminder = ya no existe el recordatorio «{ $id }»
remind-test-not-beside = no se puede enviar una prueba: { $program } no está instalado junto a este programa
remind-test-ended = no se puede enviar una prueba: { $program } terminó con { $status }
remind-test-cannot-start = no se puede enviar una prueba: no se puede iniciar { $program }: { $error }
