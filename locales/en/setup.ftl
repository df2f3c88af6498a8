## The first run's questions and welcome: the setup screen and windown setup --plain.
## Keep commands, options, keys, file names and config keys (windown setup, --lang, Enter,
## config.toml, engine = "auto", [voice]) as they are. Address the person formally.

# The welcome's heading.
setup-welcome = Welcome to windown.
# What windown is, first on the welcome.
setup-about = windown coaches a few minutes of evening leg stretches, a bedtime wind-down and gentle reminders, for people whose legs cramp at night.
# Safety text (shown with the English original until reviewed): what windown is not. The same
# sentence begins every built-in routine's safety note.
setup-about-general = This is a general routine, not a diagnosis or a treatment, and it does not replace a clinician.
# Under the safety texts. Keep the command.
setup-about-more = Each routine's notes say more (`windown show evening-legs --details`).
# The language windown speaks, on the welcome. $name: the language's own name (English,
# Deutsch, Español, Français). Keep the codes --lang takes (en, es, de, fr).
setup-language = Language: { $name }. Another: windown setup --lang en, es, de or fr
# Under setup-language when the desktop's language (LANG) is another one windown has, but
# config.toml keeps the one chosen before. $name: that language's own name; $code: its code.
setup-language-desktop = Your desktop's language is { $name }: windown setup --lang { $code } switches to it.
# Under the welcome: what going on does.
setup-sound-next = Next, a sound check: a tone, then a voice. Questions on five topics follow; each can be skipped.
# Said aloud in the sound check (short: it is spoken).
setup-sound-said = This is windown. If you can hear me, the sound works.
# What to check when nothing was heard, one line each.
setup-check-volume = Check that the volume is up and the right speakers or headphones are chosen.
setup-check-speech = Speech needs a speech program: `sudo apt install espeak-ng` (or speech-dispatcher).
setup-check-player = Tones need a sound player: pw-play, paplay or aplay (most desktops have one).
# A speech or sound program set in config.toml was used and not heard. $command: the
# program's name, as written there.
setup-check-speech-command = Speech uses the command in config.toml under [voice] ({ $command }): check that it speaks, for example from a terminal.
setup-check-player-command = Tones use the command in config.toml under [sounds] ({ $command }): check that it plays.
# A speech program was found and used but not heard. $program: its name (espeak-ng).
setup-check-speech-found = Speech used { $program }: check that it speaks in a terminal, for example `{ $program } hello`.
# Said when the sound was not heard after trying again. Keep the commands and config keys.
setup-sound-off = Speech and tones are now off, as they were not heard: windown shows everything on screen, and the terminal bell stays. To turn them back on later, run windown setup again, or in config.toml set engine = "auto" under [voice] and player = "auto" under [sounds] (windown config shows where the file is).

## The questions.

setup-ask-heard = Did you hear that? (a tone, then a voice)
# The same when no voice spoke (none for the language, or no speech program): a tone only.
setup-ask-heard-tone = Did you hear that? (a tone)
setup-ask-try-again = Try the sound again?
# Give examples of times as people in the language write them; 10:30 pm and 22:30 are both read.
setup-ask-bedtime = When do you usually go to bed? (such as 10:30 pm or 22:30)
setup-ask-wake = When do you usually get up? (such as 7 am or 07:00)
setup-ask-balance = Is your balance poor, or have you had a stroke, falls, or arthritis in your hips or knees? (No need to try anything now.)
setup-ask-hydration = A reminder to drink water every two hours in the day?
setup-ask-wind-down = A reminder to start winding down before bed?
setup-ask-legs-up = A reminder to put your legs up three times a day (for swollen ankles)?
setup-ask-start = Start the reminders now and at every login?
# Under the balance question.
setup-balance-explain = A yes makes the seated routine the one home selects.
# Under setup-ask-start. Keep the command.
setup-start-explain = They come as desktop notifications. To stop them: `windown remind uninstall`.
# The time typed for getting up is the bedtime.
setup-wake-is-bedtime = that is bedtime: give the time you get up
# A reply that is not understood. Keep y, n and Enter (the keys), or give the words of
# setup-yes-words and setup-no-words.
setup-type-yes-no = type y for yes, n for no, or press Enter to skip
setup-type-time = type a time such as 10:30 pm or 22:30, or press Enter to skip
# The words typed for yes and for no besides y, yes, n and no, separated by spaces (for
# example "ja j"). Never "s", which skips.
setup-yes-words = yes
setup-no-words = no

## What a skip leaves (after "skipped: " in windown setup --plain). $time: the time kept
## (config.toml's, or the default), as the language writes times.

setup-skipped-sound = sound left as it is
setup-skipped-bedtime = bedtime left at { $time }
setup-skipped-wake = wake left at { $time }
setup-skipped-balance = the standing routine stays the default
setup-skipped-reminder = left as it is
setup-skipped-start = not started (`windown remind install` starts them later)

## What was written, one line each. $path: the file.

setup-wrote = wrote { $path }
setup-changed = changed { $path }
# The language config.toml keeps (the setup wrote it, or it was there). $name: its own name
# (Deutsch); $code: its code (de). Keep language = "{ $code }" (the line in the file).
setup-language-saved = language { $name } saved (language = "{ $code }")
# $id: the reminder's id as in reminders.toml (keep it), $on: on or off.
setup-reminder-switched = { $on ->
    [on] { $id } reminder on
   *[off] { $id } reminder off
}
# Nothing written. $why: what was wrong, with the file's place.
setup-config-kept = { $why } (config.toml left as it was)
setup-reminders-kept = reminders.toml left as it is: { $why }
setup-cannot-write = cannot write { $path }: { $why }
# $name: a table name in config.toml ([voice]) that holds a value instead.
setup-not-a-table = { $name } is not a table

## windown setup --plain, one line at a time.

setup-plain-start = windown setup: press Enter to skip any question.
# The question line. $n: its number; $of: how many; $question; $hint: what to type.
setup-plain-ask = ({ $n } of { $of }) { $question } [{ $hint }]
setup-plain-hint-read = press Enter to go on, s to skip the sound check
setup-plain-hint-yes-no = y or n, Enter to skip
setup-plain-hint-time = a time, Enter to skip
# $what: one of the setup-skipped- lines.
setup-plain-skipped = skipped: { $what }
# $said: setup-sound-said.
setup-plain-playing = Playing a tone, then saying: "{ $said }"
setup-plain-playing-tone = Playing a tone (no voice).
setup-plain-no-speech = (no speech program found: for spoken cues install speech-dispatcher (spd-say) or espeak-ng, e.g. `sudo apt install espeak-ng`)
setup-plain-no-player = (no sound player found: for the tones install pipewire-bin (pw-play), pulseaudio-utils (paplay) or alsa-utils (aplay))
setup-plain-done = Done. Type windown to open the app; windown setup asks these questions again.
