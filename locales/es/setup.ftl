## La primera puesta en marcha: bienvenida y preguntas (borrador, vea locales/en/setup.ftl).

setup-welcome = Bienvenido a windown.
setup-about = windown le acompaña en unos minutos de estiramientos de piernas por la tarde, un momento de calma antes de dormir y recordatorios suaves, para personas con calambres nocturnos en las piernas.
setup-about-general = Esta es una rutina general, no un diagnóstico ni un tratamiento, y no sustituye a un profesional sanitario.
setup-about-more = Las notas de cada rutina dicen más (`windown show evening-legs --details`).
setup-language = Idioma: { $name }. Otro: windown setup --lang en, es, de o fr
setup-language-desktop = Su escritorio está en { $name }: windown setup --lang { $code } cambia a ese idioma.
setup-sound-next = A continuación, una prueba de sonido: un tono y luego una voz. Después vienen preguntas sobre cinco temas; puede saltarse cualquiera.
setup-sound-said = Aquí windown. Si me oye, el sonido funciona.
setup-check-volume = Compruebe que el volumen está alto y que están elegidos los altavoces o auriculares correctos.
setup-check-speech = Para la voz hace falta un programa de voz: `sudo apt install espeak-ng` (o speech-dispatcher).
setup-check-player = Para los tonos hace falta un reproductor: pw-play, paplay o aplay (la mayoría de los escritorios tiene uno).
setup-check-speech-command = La voz usa la orden de config.toml en [voice] ({ $command }): compruebe que habla, por ejemplo desde un terminal.
setup-check-player-command = Los tonos usan la orden de config.toml en [sounds] ({ $command }): compruebe que suena.
setup-check-speech-found = La voz usó { $program }: compruebe en un terminal que habla, por ejemplo con `{ $program } hola`.
setup-sound-off = La voz y los tonos quedan apagados, porque no se oyeron: windown lo muestra todo en pantalla y el timbre del terminal se mantiene. Para volver a encenderlos, ejecute windown setup de nuevo, o en config.toml ponga engine = "auto" en [voice] y player = "auto" en [sounds] (windown config indica dónde está el archivo).

setup-ask-heard = ¿Lo ha oído? (un tono y luego una voz)
setup-ask-heard-tone = ¿Lo ha oído? (un tono)
setup-ask-try-again = ¿Probar el sonido otra vez?
setup-ask-bedtime = ¿A qué hora suele acostarse? (por ejemplo 22:30)
setup-ask-wake = ¿A qué hora suele levantarse? (por ejemplo 7 o 07:00)
setup-ask-balance = ¿Tiene mal equilibrio, o ha tenido un ictus, caídas o artrosis en las caderas o las rodillas? (No hace falta probar nada ahora.)
setup-ask-hydration = ¿Un recordatorio para beber agua cada dos horas durante el día?
setup-ask-wind-down = ¿Un recordatorio para empezar a relajarse antes de acostarse?
setup-ask-legs-up = ¿Un recordatorio para poner las piernas en alto tres veces al día (para tobillos hinchados)?
setup-ask-start = ¿Iniciar los recordatorios ahora y en cada inicio de sesión?
setup-balance-explain = Con un sí, la pantalla de inicio elige la rutina sentada.
setup-start-explain = Llegan como notificaciones del escritorio. Para pararlos: `windown remind uninstall`.
setup-wake-is-bedtime = esa es la hora de acostarse: indique la hora a la que se levanta
setup-type-yes-no = escriba y (sí) o n (no), o pulse Enter para saltar
setup-type-time = escriba una hora como 22:30, o pulse Enter para saltar
setup-yes-words = sí si
setup-no-words = no

setup-skipped-sound = el sonido queda como estaba
setup-skipped-bedtime = la hora de acostarse sigue siendo { $time }
setup-skipped-wake = la hora de levantarse sigue siendo { $time }
setup-skipped-balance = la rutina de pie sigue siendo la predeterminada
setup-skipped-reminder = queda como estaba
setup-skipped-start = no iniciados (`windown remind install` los inicia más tarde)

setup-wrote = escrito { $path }
setup-changed = cambiado { $path }
setup-language-saved = idioma { $name } guardado (language = "{ $code }")
setup-reminder-switched = { $on ->
    [on] recordatorio { $id } activado
   *[off] recordatorio { $id } desactivado
}
setup-config-kept = { $why } (config.toml queda como estaba)
setup-reminders-kept = reminders.toml queda como estaba: { $why }
setup-cannot-write = no se puede escribir { $path }: { $why }
setup-not-a-table = { $name } no es una tabla

setup-plain-start = windown setup: pulse Enter para saltar cualquier pregunta.
setup-plain-ask = ({ $n } de { $of }) { $question } [{ $hint }]
setup-plain-hint-read = pulse Enter para seguir, s para saltar la prueba de sonido
setup-plain-hint-yes-no = y o n, Enter para saltar
setup-plain-hint-time = una hora, Enter para saltar
setup-plain-skipped = saltado: { $what }
setup-plain-playing = Suena un tono y luego se dice: «{ $said }»
setup-plain-playing-tone = Suena un tono (sin voz).
setup-plain-no-speech = (no se encontró un programa de voz: para las indicaciones habladas instale speech-dispatcher (spd-say) o espeak-ng, p. ej. `sudo apt install espeak-ng`)
setup-plain-no-player = (no se encontró un reproductor: para los tonos instale pipewire-bin (pw-play), pulseaudio-utils (paplay) o alsa-utils (aplay))
setup-plain-done = Listo. Escriba windown para abrir la aplicación; windown setup vuelve a hacer estas preguntas.
