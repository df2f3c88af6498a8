## Command output: windown remind, config, validate, stretches, cues, cramp (plain mode, page and card).
## Commands, options, file names, program names and `windown ...` lines stay as they are.

# Written a file; $path is where.
cli-wrote = wrote { $path }

## windown remind

cli-remind-init-next = edit it, then check the result with: windown remind preview --days 2
# After `remind preview`'s first $cap lines; $more is how many it left out.
cli-remind-preview-more = … and { $more } more (the list stops at { $cap }: ask for fewer --days, or --json for all)
# $why is why tonight is a rest evening.
cli-remind-test-not-tonight = note: tonight the reminder process would not send it ({ $why })
# $title is the reminder's title.
cli-remind-test-sent = sent "{ $title }": a notification server took it
cli-remind-stopped = stopped the reminder process (pid { $pid })
# `remind status`: whether the process starts at login. $unit is the systemd unit's name,
# $path a file.
cli-remind-installed-package = installed: starts at login (the package's { $unit }, enabled for you)
cli-remind-installed = installed: starts at login ({ $path })
cli-remind-not-installed = not installed: start it at login with `windown remind install`
cli-remind-running = reminder process: running
cli-remind-running-pid = reminder process: running (pid { $pid })
cli-remind-not-running = reminder process: not running
cli-remind-start-now = start it now:      windown remind run
cli-remind-file = reminders: { $path }
cli-remind-built-in = reminders: built-in (write your own with `windown remind init`)
cli-remind-next-none = next: none (every reminder is off)
# A heading; the next reminders follow, one a line.
cli-remind-next = next:
# A heading; what happened last to each reminder follows, one a line.
cli-remind-last = last:
# What happened last to a reminder: nothing yet.
cli-remind-never = never
# $when is when it was sent ("today 10:30").
cli-remind-sent = sent { $when }
# After a reminder that is switched off.
cli-remind-off = (off)
# `remind install` and `uninstall`. $unit is the unit's name (windown-remind.service), $path a file.
cli-remind-enabled = enabled { $path } for you
cli-remind-started = started it; see it with: systemctl --user status { $unit }
cli-remind-enabled-started = enabled and started it; see it with: systemctl --user status { $unit }
cli-remind-autostart = systemctl --user is not available here, so windown wrote an XDG autostart entry instead: { $path }
cli-remind-autostart-next = the reminder process starts at your next login; to start it now, run: windown remind run &
cli-remind-disabled = disabled { $path } for you (the package's unit stays, enabled for no one)
cli-remind-removed = removed { $path }
cli-remind-nothing-to-remove = nothing to remove: the reminder process is not installed

## windown cramp log

cli-cramp-log-night = If it was in the night, give its time: windown cramp log --at HH:MM (for example 03:10).

## windown stretches: the table's headings (one word each) and the line under it.

cli-stretches-id = ID
cli-stretches-title = TITLE
cli-stretches-sides = SIDES
cli-stretches-from = FROM
cli-stretches-built-in = built-in
cli-stretches-yours = yours
cli-stretches-use = Use one in a routine step: stretch = "ID" (the step may still set its own title, instructions, caution, figure, targets or sides).

## windown cues check

# A sound just played; $name is cli-cues-sound-name.
cli-cues-sound = sound: { $name }
cli-cues-sound-unheard = sound: { $name } (nothing to play it)
# $tone is ready, hold, tick, rest, switch or done.
cli-cues-sound-name = { $tone ->
    [ready] get ready
    [hold] hold
    [tick] tick
    [rest] rest
    [switch] switch sides
   *[done] all done
}
# The sentence said to try the voice.
cli-cues-sample = This is windown. Wall calf stretch. Left foot back first.
# $text is cli-cues-sample.
cli-cues-saying = saying: { $text }
cli-cues-get-speech = for spoken cues install speech-dispatcher (spd-say) or espeak-ng, e.g. `sudo apt install espeak-ng`
cli-cues-get-player = for the tones install pipewire-bin (pw-play), pulseaudio-utils (paplay) or alsa-utils (aplay)

## windown config: the folders in use and the settings in force. The settings' names
## (wake, bedtime, language, ...) and values (steady, poor, on, off) are config.toml's and
## stay as they are.

cli-config-folder = config folder
cli-config-data-folder = data folder
cli-config-state-folder = state folder
cli-config-not-written = not written yet: the defaults are in force (`windown config init` writes one)
cli-config-in-force = in force
cli-config-unreadable = cannot be read: the defaults are in force until it is fixed (see below)
# $n is how many mistakes.
cli-config-mistakes = { $n ->
    [one] has 1 mistake: that setting is at the default, the rest are in force (see below)
   *[other] has { $n } mistakes: those settings are at the default, the rest are in force (see below)
}
# $lang is a language's tag (de).
cli-config-language-file = { $lang } (config.toml)
cli-config-language-chosen = { $lang } (from --lang or the environment; not in config.toml)
cli-config-balance-poor = poor (no standing: the seated routine and cramp guide)
# $bell is on or off.
cli-config-cues-muted = bell { $bell }, sessions start muted
cli-config-cues-sound = bell { $bell }, sessions start with sound
# The voice and sounds settings: $command the command set.
cli-config-command = command { $command }
cli-config-voice-auto = auto (the first of spd-say, espeak-ng, espeak)
cli-config-sounds-auto = auto (the first of pw-play, paplay, aplay)
cli-config-no-report-name = none (windown report --name NAME gives one)

## `windown --help`: the command-line help. Only the descriptions of windown and its commands
## are messages (clap cannot translate the rest: the options' help and the headings).

# Before the help in another language than English.
cli-help-note = (The options' help and the headings below are in English only: they cannot be translated yet.)
cli-help-about = windown: an evening stretching coach for night-time leg cramps.
cli-help-with-no-command = With no command, opens the app. Wherever a routine is named, its id or a path to a .toml file works.
cli-help-after = The guide and the reference: /usr/share/doc/windown (README.md and docs/, installed by the package; the same files are in windown's source), and `man windown`. First time? `windown setup`.
# What each command does, in the list of commands.
cli-help-list = List every routine: built-in and your own, with broken files and their errors
cli-help-show = Show a routine's plan: every phase with its start time and length
cli-help-validate = Check your files: with no path, everything in the config folder (routines, figure names, reminders.toml, config.toml); exits 1 if any has a problem
cli-help-stretches = List the stretch library: the ids a routine step can name with stretch = "ID"
cli-help-new = Write a new routine file in your routines folder to edit
cli-help-import = Check a routine file someone shared and copy it into your routines folder
cli-help-run = Run a routine: the full-screen session, or line by line with --plain
cli-help-remind = Daytime reminders as desktop notifications
cli-help-checkin = Record how last night went: none, mild or bad cramps
cli-help-history = Your recorded sessions and check-ins
cli-help-stats = Streaks, totals and how nights after a stretch compare with the others
cli-help-cramp = A cramp now: a calm guide to ease it, then it is recorded. `cramp log` records one afterwards
cli-help-report = A one-page summary of the last weeks for a clinician (text, or HTML with --html)
cli-help-trial = A personal experiment: does stretching help you? `trial` explains it
cli-help-setup = A few questions that set windown up (sound, bedtime, balance, reminders); --plain asks them line by line, for screen readers
cli-help-cues = Spoken cues and sounds
cli-help-config = The folders in use and the settings in force; `config init` writes a commented config.toml
cli-help-completions = Print a shell completion script: `windown completions bash > ~/.local/share/bash-completion/completions/windown`
cli-help-man = Print the man page (roff): `windown man | man -l -`
cli-help-schema = Print the JSON Schema of a routine file, reminders.toml or config.toml (for editors)

## windown validate: what a good file holds, after `ok: FILE` (the `ok:` stays as it is).

cli-validate-reminders = { $n ->
    [one] { $n } reminder
   *[other] { $n } reminders
}
cli-validate-stretches = { $n ->
    [one] { $n } stretch
   *[other] { $n } stretches
}
# config.toml: good settings.
cli-validate-settings = settings
cli-validate-no-routines = no routines folder: { $path }
cli-validate-nothing = nothing to check in { $path }: no routines, reminders.toml or config.toml yet

## windown remind: days, what happened last, warnings (the `warning:` before them stays as it is).

# `remind preview`'s day before a time (tui-reminders-on-day joins them): this day, the next.
cli-remind-today = today
cli-remind-tomorrow = tomorrow
# What happened last to a reminder; $when is when ("today 10:30").
cli-remind-snoozed = snoozed { $when }
cli-remind-done = done { $when }
# Not sent: its routine was already done that evening; $time is when it was done (21:04).
cli-remind-skipped = skipped: done at { $time }
# Not sent: tonight is a rest evening of the person's experiment.
cli-remind-skipped-rest = skipped: a rest evening of your experiment (no evening routine tonight)
# $problem is the lock file's path and what is wrong with it.
cli-remind-lock-problem = { $problem }; `windown remind run` replaces it
# $problem is why the state file cannot be read.
cli-remind-state-unreadable = { $problem }; "last sent" is unknown until the reminder process writes it again
# A reminder's "Start" finds no terminal to run the routine in.
cli-remind-no-terminal = no terminal found: set [reminders] terminal = ["your-terminal", "-e"] in config.toml
cli-remind-terminal-empty = the terminal command is empty

## windown cramp: --lasted, and the card as a PDF.

cli-cramp-lasted-zero = a cramp lasts more than 0 seconds
cli-cramp-lasted-long = at most 12h
cli-cramp-no-chromium = no Chromium found to print the card to a PDF
cli-cramp-get-chromium = install Chromium (Debian or Ubuntu: sudo apt install chromium; Fedora: sudo dnf install chromium)
cli-cramp-card-by-hand = or write the card with --card FILE, open it in a browser and print it to PDF
# $error is the system's reason.
cli-cramp-no-temp-folder = cannot make a temporary folder: { $error }

## windown validate: a file in the figures folder whose name no step can use, and its hint.

cli-validate-figure-name = not a figure name a step can use; it is never shown
cli-validate-figure-name-hint = name it NAME.txt (or NAME.utf8.txt), NAME in lowercase letters, digits, - and _

## A word on the command line that is neither a command nor a routine. $word is the word,
## $command the command it is close to.

cli-no-such-command = no command or routine named "{ $word }"
cli-did-you-mean = did you mean `windown { $command }`? (`windown --help` lists the commands)
# After `new` or `import` made a routine whose id is a command's name (after "note: ").
cli-command-name-note = "{ $id }" is also a command's name, so `windown { $id }` runs the command; start this routine with `windown run { $id }`

## windown remind: usage and other errors (after `error:`, hints after `hint:`).

# $command is the words after `windown` (remind run); $program the reminder program's name.
cli-remind-no-small-program = windown { $command }: { $program } is not installed beside this program
cli-remind-no-small-program-hint = { $program } is built and installed with windown (`cargo install` installs both); put it in the same folder as windown
# $error is the system's reason.
cli-remind-cannot-start = windown { $command }: cannot start { $program }: { $error }
cli-remind-no-arguments = { $program } takes no arguments
cli-remind-start-it = start the reminder process with `windown remind run`
cli-remind-init-exists = { $path } already exists
cli-remind-init-exists-hint = edit it, or move it away first to start again from the default
# $text is what was given to --from.
cli-remind-not-a-date-time = "{ $text }" is not a date or a date and time
cli-remind-not-a-date-time-hint = write 2026-12-01T06:00, "2026-12-01 06:00" or 2026-12-01
cli-remind-not-a-date = "{ $text }" is not a date
cli-remind-not-a-date-hint = write a date such as 2026-12-01
# $days is the number given to --days.
cli-remind-too-far = --days { $days } is too far ahead
# `remind test` could not send; $title is the reminder's, $why what the notification system said.
cli-remind-not-sent = could not send "{ $title }": { $why }
cli-remind-server-stuck = a notification server holds the name but does not answer: is it stopped or stuck?
cli-remind-no-server = reminders need a desktop session with a notification server (DBUS_SESSION_BUS_ADDRESS set)
cli-remind-move-windown = move windown to a folder whose path has no quotes, backslashes or line breaks
