## Reminder notifications (the reminder process, `windown remind test`). The built-in
## reminders' words are here, by reminder id; a reminder the person wrote or changed in
## reminders.toml is sent in their own words.

# The notification's buttons.
remind-action-start = Start
remind-action-done = Done
remind-action-snooze = Snooze 10 min
# The last line of an evening reminder: how to start its routine. $command is a command
# (`windown evening-legs`): keep it as it is.
remind-start-with = Start it with: { $command }
# A notification sent once when reminders.toml or config.toml has a mistake.
remind-mistake-title = windown: a reminder file has a mistake

# The built-in reminders (assets/reminders.toml): a title (one line) and a body.
remind-hydration-title = Drink some water
# A safety text: shown with the English original until the translation is clinically reviewed.
remind-hydration-body = A glass of water now, unless a clinician has told you to limit fluids.
remind-legs-up-title = Put your legs up
# A safety text: shown with the English original until the translation is clinically reviewed.
remind-legs-up-body = Feet above your heart for about 30 minutes, for swollen ankles and comfort (not a cramp treatment). If it makes you short of breath, or the pain worse, or your feet pale or cold, stop and tell your doctor.
remind-caffeine-title = Last caffeine for today
remind-caffeine-body = Bedtime is in six hours. Caffeine can keep you awake: from now on, choose drinks without it.
remind-last-drink-title = Last big drink for today
remind-last-drink-body = Bedtime is in two hours. A large drink now can wake you in the night; small sips are fine.
remind-wind-down-title = Time to wind down
remind-wind-down-body = Bedtime is in an hour: dim the lights, screens away soon, something quiet.
remind-evening-stretch-title = Evening stretches
remind-evening-stretch-body = About four minutes of calf and hamstring stretches, then straight to bed.

## Starting and stopping the reminder process (the reminders screen, `windown remind start`).
# $how: already (it was running), service (started through systemd), background (started
# by windown itself); $pid: its process id, 0 when not known.
remind-process-running = Reminder process { $how ->
    [already] already running
    [service] started through its service
   *[background] started in the background until you log out or stop it
}{ $pid ->
    [0] .
   *[other] {" "}(pid { $pid }).
}
# $error: what went wrong, as the system said it (English).
remind-process-service-failed = Could not start the reminder service: { $error }
remind-process-start-failed = Could not start the reminder process: { $error }
# `windown remind status` is a command: keep it as it is.
remind-process-did-not-start = The reminder process did not start; see `windown remind status`.
remind-process-not-running = The reminder process is not running.
remind-process-stopped = Reminder process stopped.
remind-process-stopped-login = Reminder process stopped; it starts again at your next login.
remind-process-did-not-stop = The reminder process did not stop; see `windown remind status`.

## A test notification (`windown remind test ID`, `t` on the reminders screen). $id: the
## reminder's id, as in reminders.toml.
# $outcome: delivered, failed ($error: the system's words, English) or timeout ($seconds).
remind-test-result = { $outcome ->
    [delivered] test of { $id }: a notification server took it
    [failed] test of { $id }: no notification server took it: { $error }
   *[timeout] test of { $id }: the notification server did not answer within { $seconds } s
}
# $problem: the first mistake in reminders.toml (English).
remind-test-file-mistake = cannot send a test of "{ $id }": { $problem }
remind-test-no-reminder = there is no reminder "{ $id }" any more
# $program: windown-remind, the reminder program.
remind-test-not-beside = cannot send a test: { $program } is not installed beside this program
# $status: how it ended, as the system says it.
remind-test-ended = cannot send a test: { $program } ended with { $status }
remind-test-cannot-start = cannot send a test: cannot start { $program }: { $error }
