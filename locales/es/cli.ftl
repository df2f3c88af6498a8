## Command output: windown remind, config, validate, stretches, cues, cramp (plain mode, page and card).
cli-wrote = escrito { $path }
cli-remind-init-next = edítelo y compruebe el resultado con: windown remind preview --days 2
cli-remind-preview-more = … y { $more } más (la lista se detiene en { $cap }: pida menos --days, o --json para verlos todos)
cli-remind-test-not-tonight = nota: esta noche el proceso de recordatorios no lo enviaría ({ $why })
cli-remind-test-sent = enviado «{ $title }»: un servidor de notificaciones lo recibió
cli-remind-stopped = proceso de recordatorios detenido (pid { $pid })
cli-remind-installed-package = instalado: se inicia al entrar en la sesión ({ $unit } del paquete, activado para usted)
cli-remind-installed = instalado: se inicia al entrar en la sesión ({ $path })
cli-remind-not-installed = no instalado: para iniciarlo al entrar en la sesión, use `windown remind install`
cli-remind-running = proceso de recordatorios: en marcha
cli-remind-running-pid = proceso de recordatorios: en marcha (pid { $pid })
cli-remind-not-running = proceso de recordatorios: detenido
cli-remind-start-now = iniciarlo ahora:   windown remind run
cli-remind-file = recordatorios: { $path }
cli-remind-built-in = recordatorios: incorporados (escriba los suyos con `windown remind init`)
cli-remind-next-none = próximo: ninguno (todos los recordatorios están desactivados)
cli-remind-next = próximos:
cli-remind-last = últimos:
cli-remind-never = nunca
cli-remind-sent = enviado { $when }
cli-remind-off = (desactivado)
cli-remind-enabled = { $path } activado para usted
cli-remind-started = iniciado; puede verlo con: systemctl --user status { $unit }
cli-remind-enabled-started = activado e iniciado; puede verlo con: systemctl --user status { $unit }
cli-remind-autostart = systemctl --user no está disponible aquí, así que windown escribió en su lugar una entrada de inicio automático XDG: { $path }
cli-remind-autostart-next = el proceso de recordatorios se inicia en su próxima sesión; para iniciarlo ahora, escriba: windown remind run &
cli-remind-disabled = { $path } desactivado para usted (la unidad del paquete se queda, activada para nadie)
cli-remind-removed = eliminado { $path }
cli-remind-nothing-to-remove = nada que eliminar: el proceso de recordatorios no está instalado
cli-cramp-log-night = Si fue por la noche, indique la hora: windown cramp log --at HH:MM (por ejemplo 03:10).
cli-stretches-id = ID
cli-stretches-title = TÍTULO
cli-stretches-sides = LADOS
cli-stretches-from = ORIGEN
cli-stretches-built-in = incorporado
cli-stretches-yours = suyo
cli-stretches-use = Para usar uno en un paso de una rutina: stretch = "ID" (el paso aún puede fijar su propio título, instrucciones, precaución, figura, objetivos o lados).
cli-cues-sound = sonido: { $name }
cli-cues-sound-unheard = sonido: { $name } (nada con que reproducirlo)
cli-cues-sound-name = { $tone ->
    [ready] prepárese
    [hold] mantenga
    [tick] tic
    [rest] descanso
    [switch] cambie de lado
   *[done] terminado
}
cli-cues-sample = Aquí windown. Estiramiento de pantorrilla en la pared. Primero el pie izquierdo atrás.
cli-cues-saying = diciendo: { $text }
cli-cues-get-speech = para las indicaciones habladas instale speech-dispatcher (spd-say) o espeak-ng, p. ej. `sudo apt install espeak-ng`
cli-cues-get-player = para los tonos instale pipewire-bin (pw-play), pulseaudio-utils (paplay) o alsa-utils (aplay)
cli-config-folder = carpeta de configuración
cli-config-data-folder = carpeta de datos
cli-config-state-folder = carpeta de estado
cli-config-not-written = aún no escrito: rigen los valores por defecto (`windown config init` escribe uno)
cli-config-in-force = en vigor
cli-config-unreadable = no se puede leer: rigen los valores por defecto hasta que se corrija (vea abajo)
cli-config-mistakes = { $n ->
    [one] tiene 1 error: ese ajuste queda por defecto, el resto rige (vea abajo)
   *[other] tiene { $n } errores: esos ajustes quedan por defecto, el resto rige (vea abajo)
}
cli-config-language-file = { $lang } (config.toml)
cli-config-language-chosen = { $lang } (de --lang o del entorno; no está en config.toml)
cli-config-balance-poor = poor (sin estar de pie: la rutina sentada y la guía para el calambre)
cli-config-cues-muted = bell { $bell }, las sesiones empiezan en silencio
cli-config-cues-sound = bell { $bell }, las sesiones empiezan con sonido
cli-config-command = orden { $command }
cli-config-voice-auto = auto (el primero de spd-say, espeak-ng, espeak)
cli-config-sounds-auto = auto (el primero de pw-play, paplay, aplay)
cli-config-no-report-name = ninguno (windown report --name NOMBRE le da uno)
cli-help-note = (La ayuda de las opciones y los títulos de abajo están solo en inglés: aún no se pueden traducir.)
cli-help-about = windown: un programa de estiramientos para la tarde contra los calambres nocturnos en las piernas.
cli-help-with-no-command = Sin orden, se abre la aplicación. Donde se nombra una rutina, vale su identificador o la ruta de un archivo .toml.
cli-help-after = La guía y la referencia: /usr/share/doc/windown (README.md y docs/, instalados por el paquete; los mismos archivos están en el código fuente de windown), y `man windown`. ¿Primera vez? `windown setup`.
cli-help-list = Listar todas las rutinas: incorporadas y suyas, con los archivos con fallos y sus errores
cli-help-show = Mostrar el plan de una rutina: cada fase con su inicio y su duración
cli-help-validate = Comprobar sus archivos: sin ruta, todo lo de la carpeta de configuración (rutinas, nombres de figuras, reminders.toml, config.toml); termina con 1 si alguno tiene un problema
cli-help-stretches = Listar la biblioteca de estiramientos: los identificadores que un paso puede nombrar con stretch = "ID"
cli-help-new = Escribir un archivo de rutina nuevo para editar en su carpeta de rutinas
cli-help-import = Comprobar un archivo de rutina compartido y copiarlo en su carpeta de rutinas
cli-help-run = Hacer una rutina: la sesión a pantalla completa, o línea a línea con --plain
cli-help-remind = Recordatorios de día como notificaciones de escritorio
cli-help-checkin = Anotar cómo fue la noche: sin calambres, leves o fuertes
cli-help-history = Sus sesiones y respuestas de la mañana registradas
cli-help-stats = Rachas, totales y cómo son las noches tras estirar comparadas con las demás
cli-help-cramp = Un calambre ahora: una guía tranquila para aliviarlo, y luego se registra. `cramp log` registra uno después
cli-help-report = Un resumen de una página de las últimas semanas para su médico (texto, o HTML con --html)
cli-help-trial = Un experimento personal: ¿le ayuda estirar? `trial` lo explica
cli-help-setup = Unas preguntas para configurar windown (sonido, hora de dormir, equilibrio, recordatorios); --plain las hace línea a línea, para lectores de pantalla
cli-help-cues = Indicaciones habladas y sonidos
cli-help-config = Las carpetas en uso y los ajustes en vigor; `config init` escribe un config.toml comentado
cli-help-completions = Mostrar un script de autocompletado para la shell: `windown completions bash > ~/.local/share/bash-completion/completions/windown`
cli-help-man = Mostrar la página de manual (roff): `windown man | man -l -`
cli-help-schema = Mostrar el esquema JSON de un archivo de rutina, de reminders.toml o de config.toml (para editores)
cli-validate-reminders = { $n ->
    [one] { $n } recordatorio
   *[other] { $n } recordatorios
}
cli-validate-stretches = { $n ->
    [one] { $n } estiramiento
   *[other] { $n } estiramientos
}
cli-validate-settings = ajustes
cli-validate-no-routines = no hay carpeta de rutinas: { $path }
cli-validate-nothing = nada que comprobar en { $path }: aún no hay rutinas, reminders.toml ni config.toml
cli-remind-today = hoy
cli-remind-tomorrow = mañana
cli-remind-snoozed = pospuesto { $when }
cli-remind-done = hecho { $when }
cli-remind-skipped = omitido: hecho a las { $time }
cli-remind-skipped-rest = omitido: una noche de descanso de su experimento (esta noche no hay rutina de noche)
cli-remind-lock-problem = { $problem }; `windown remind run` lo reemplaza
cli-remind-state-unreadable = { $problem }; no se sabe cuándo se envió por última vez hasta que el proceso de recordatorios lo vuelva a escribir
cli-remind-no-terminal = no se encontró ninguna terminal: indique [reminders] terminal = ["your-terminal", "-e"] en config.toml
cli-remind-terminal-empty = la orden de la terminal está vacía
cli-cramp-lasted-zero = un calambre dura más de 0 segundos
cli-cramp-lasted-long = como máximo 12h
cli-cramp-no-chromium = no se encontró Chromium para imprimir la tarjeta en PDF
cli-cramp-get-chromium = instale Chromium (Debian o Ubuntu: sudo apt install chromium; Fedora: sudo dnf install chromium)
cli-cramp-card-by-hand = o escriba la tarjeta con --card FILE, ábrala en un navegador e imprímala en PDF
cli-cramp-no-temp-folder = no se puede crear una carpeta temporal: { $error }
cli-validate-figure-name = no es un nombre de figura que un paso pueda usar; el archivo nunca se muestra
cli-validate-figure-name-hint = llame al archivo NAME.txt (o NAME.utf8.txt), con NAME en letras minúsculas, cifras, - y _
cli-no-such-command = no hay ninguna orden ni rutina llamada "{ $word }"
cli-did-you-mean = ¿quiso decir `windown { $command }`? (`windown --help` muestra las órdenes)
cli-command-name-note = "{ $id }" es también el nombre de una orden, así que `windown { $id }` ejecuta la orden; inicie esta rutina con `windown run { $id }`
cli-remind-no-small-program = windown { $command }: { $program } no está instalado junto a este programa
cli-remind-no-small-program-hint = { $program } se compila e instala con windown (`cargo install` instala ambos); póngalo en la misma carpeta que windown
cli-remind-cannot-start = windown { $command }: no se puede iniciar { $program }: { $error }
cli-remind-no-arguments = { $program } no admite argumentos
cli-remind-start-it = inicie el proceso de recordatorios con `windown remind run`
cli-remind-init-exists = { $path } ya existe
cli-remind-init-exists-hint = edítelo, o muévalo antes a otro sitio para empezar de nuevo desde el predeterminado
cli-remind-not-a-date-time = "{ $text }" no es una fecha ni una fecha con hora
cli-remind-not-a-date-time-hint = escriba 2026-12-01T06:00, "2026-12-01 06:00" o 2026-12-01
cli-remind-not-a-date = "{ $text }" no es una fecha
cli-remind-not-a-date-hint = escriba una fecha como 2026-12-01
cli-remind-too-far = --days { $days } llega demasiado lejos
cli-remind-not-sent = no se pudo enviar "{ $title }": { $why }
cli-remind-server-stuck = un servidor de notificaciones tiene el nombre pero no responde: ¿está detenido o bloqueado?
cli-remind-no-server = los recordatorios necesitan una sesión de escritorio con un servidor de notificaciones (DBUS_SESSION_BUS_ADDRESS definido)
cli-remind-move-windown = mueva windown a una carpeta cuya ruta no tenga comillas, barras invertidas ni saltos de línea
