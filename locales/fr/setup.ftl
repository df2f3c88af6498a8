## La première mise en route : accueil et questions (brouillon, voir locales/en/setup.ftl).

setup-welcome = Bienvenue dans windown.
setup-about = windown vous accompagne pendant quelques minutes d’étirements des jambes le soir, un moment de calme avant le coucher et des rappels en douceur, pour les personnes qui ont des crampes nocturnes aux jambes.
setup-about-general = Ceci est un programme général, ni un diagnostic ni un traitement, et il ne remplace pas un professionnel de santé.
setup-about-more = Les notes de chaque programme en disent plus (`windown show evening-legs --details`).
setup-language = Langue : { $name }. Une autre : windown setup --lang en, es, de ou fr
setup-language-desktop = Votre bureau est en { $name } : windown setup --lang { $code } passe à cette langue.
setup-sound-next = Ensuite, un essai du son : un signal, puis une voix. Des questions sur cinq sujets suivent ; chacune peut être passée.
setup-sound-said = Ici windown. Si vous m’entendez, le son fonctionne.
setup-check-volume = Vérifiez que le volume est monté et que les bons haut-parleurs ou le bon casque sont choisis.
setup-check-speech = La voix demande un programme de synthèse vocale : `sudo apt install espeak-ng` (ou speech-dispatcher).
setup-check-player = Les signaux demandent un lecteur audio : pw-play, paplay ou aplay (la plupart des bureaux en ont un).
setup-check-speech-command = La voix passe par la commande de config.toml sous [voice] ({ $command }) : vérifiez qu’elle parle, par exemple depuis un terminal.
setup-check-player-command = Les signaux passent par la commande de config.toml sous [sounds] ({ $command }) : vérifiez qu’elle joue.
setup-check-speech-found = La voix a utilisé { $program } : vérifiez dans un terminal qu’il parle, par exemple avec `{ $program } bonjour`.
setup-sound-off = La voix et les signaux sont maintenant coupés, car ils n’ont pas été entendus : windown affiche tout à l’écran, et la sonnerie du terminal reste. Pour les rétablir, relancez windown setup, ou dans config.toml mettez engine = "auto" sous [voice] et player = "auto" sous [sounds] (windown config indique où se trouve le fichier).

setup-ask-heard = Avez-vous entendu ? (un signal, puis une voix)
setup-ask-heard-tone = Avez-vous entendu ? (un signal)
setup-ask-try-again = Essayer le son encore une fois ?
setup-ask-bedtime = À quelle heure vous couchez-vous d’habitude ? (par exemple 22:30)
setup-ask-wake = À quelle heure vous levez-vous d’habitude ? (par exemple 7 ou 07:00)
setup-ask-balance = Votre équilibre est-il fragile, ou avez-vous eu un AVC, des chutes ou de l’arthrose aux hanches ou aux genoux ? (Inutile d’essayer quoi que ce soit maintenant.)
setup-ask-hydration = Un rappel pour boire de l’eau toutes les deux heures dans la journée ?
setup-ask-wind-down = Un rappel pour commencer à vous détendre avant le coucher ?
setup-ask-legs-up = Un rappel pour surélever vos jambes trois fois par jour (pour les chevilles enflées) ?
setup-ask-start = Démarrer les rappels maintenant et à chaque connexion ?
setup-balance-explain = Un oui fait choisir à l’accueil le programme assis.
setup-start-explain = Ils arrivent comme notifications du bureau. Pour les arrêter : `windown remind uninstall`.
setup-wake-is-bedtime = c’est l’heure du coucher : indiquez l’heure à laquelle vous vous levez
setup-type-yes-no = tapez o pour oui, n pour non, ou appuyez sur Enter pour passer
setup-type-time = tapez une heure comme 22:30, ou appuyez sur Enter pour passer
setup-yes-words = o oui
setup-no-words = non

setup-skipped-sound = son laissé tel quel
setup-skipped-bedtime = coucher laissé à { $time }
setup-skipped-wake = lever laissé à { $time }
setup-skipped-balance = le programme debout reste celui par défaut
setup-skipped-reminder = laissé tel quel
setup-skipped-start = non démarrés (`windown remind install` les démarre plus tard)

setup-wrote = { $path } écrit
setup-changed = { $path } modifié
setup-language-saved = langue { $name } enregistrée (language = "{ $code }")
setup-reminder-switched = { $on ->
    [on] rappel { $id } activé
   *[off] rappel { $id } désactivé
}
setup-config-kept = { $why } (config.toml laissé tel quel)
setup-reminders-kept = reminders.toml laissé tel quel : { $why }
setup-cannot-write = impossible d’écrire { $path } : { $why }
setup-not-a-table = { $name } n’est pas une table

setup-plain-start = windown setup : appuyez sur Enter pour passer une question.
setup-plain-ask = ({ $n } sur { $of }) { $question } [{ $hint }]
setup-plain-hint-read = Enter pour continuer, s pour passer l’essai du son
setup-plain-hint-yes-no = o ou n, Enter pour passer
setup-plain-hint-time = une heure, Enter pour passer
setup-plain-skipped = passé : { $what }
setup-plain-playing = Un signal, puis la phrase : « { $said } »
setup-plain-playing-tone = Un signal (sans voix).
setup-plain-no-speech = (aucun programme de synthèse vocale trouvé : pour les indications parlées, installez speech-dispatcher (spd-say) ou espeak-ng, par ex. `sudo apt install espeak-ng`)
setup-plain-no-player = (aucun lecteur audio trouvé : pour les signaux, installez pipewire-bin (pw-play), pulseaudio-utils (paplay) ou alsa-utils (aplay))
setup-plain-done = Terminé. Tapez windown pour ouvrir l’application ; windown setup pose ces questions à nouveau.
