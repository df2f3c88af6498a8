## The built-in routines' and the stretch library's words (src/routine/content.rs).
## Made from routines/*.toml and assets/stretches.toml: change the TOML, then this file
## (a test prints the whole file when they differ). Keys and timings stay in the TOML.
## $side: "left" or "right" (the leg worked), "none" (no side meant).
## .spoken and .spoken-side are said aloud: a dozen words, no keys, no screen.

stretch-set-up =
    .title = Set up safely
    .step-1 = Put a firm chair without wheels, one that cannot fold or slide, with its back against a wall.
    .step-2 = Bare feet or non-slip shoes: not socks on a smooth floor.
    .step-3 = Turn on enough light to move safely, and clear the floor around you.
    .step-4 = Press Enter when you are ready.
    .caution = Stop any stretch that hurts. If you feel dizzy or unsteady, sit down.
    .spoken = A firm chair against a wall. Non-slip shoes or bare feet. Good light, a clear floor. Then carry on.

stretch-stand-up-slowly =
    .title = Stand up slowly
    .step-1 = Take your time: move to the front of the chair, feet flat on the floor.
    .step-2 = Stand up slowly, holding the back of the chair or a wall.
    .step-3 = Stand still for a moment before you move on.
    .step-4 = Press Enter when you feel steady.
    .caution = If you feel dizzy or light-headed, sit down again and wait until it passes.
    .spoken = Move to the front of the chair. Stand up slowly, holding on. Stand still a moment, then carry on.

stretch-wall-calf =
    .title = Wall calf stretch
    .step-1 = Stand facing a wall, hands flat on it at chest height, arms straight.
    .step-2 = { $side ->
        [left] Step your left foot back: the leg named is the one you step back and stretch.
        [right] Step your right foot back: the leg named is the one you step back and stretch.
       *[none] Step your one foot back: the leg named is the one you step back and stretch.
    }
    .step-3 = { $side ->
        [left] Keep the left knee straight, the heel down and the toes pointing forward.
        [right] Keep the right knee straight, the heel down and the toes pointing forward.
       *[none] Keep the one knee straight, the heel down and the toes pointing forward.
    }
    .step-4 = { $side ->
        [left] Lean your hips toward the wall until you feel a pull in your left calf. Breathe normally.
        [right] Lean your hips toward the wall until you feel a pull in your right calf. Breathe normally.
       *[none] Lean your hips toward the wall until you feel a pull in your one calf. Breathe normally.
    }
    .caution = Keep the back heel on the floor and do not bounce. Stop if it hurts.
    .spoken = Hands on the wall, one foot back, heel down, lean in.
    .spoken-side = { $side ->
        [left] Left foot back
       *[right] Right foot back
    }

stretch-bent-knee-calf =
    .title = Bent-knee calf stretch
    .step-1 = Stand facing the wall as for the wall calf stretch, hands on the wall.
    .step-2 = { $side ->
        [left] Step your left foot back, less far than for the wall calf stretch: the leg named is the one stretched.
        [right] Step your right foot back, less far than for the wall calf stretch: the leg named is the one stretched.
       *[none] Step your one foot back, less far than for the wall calf stretch: the leg named is the one stretched.
    }
    .step-3 = { $side ->
        [left] Bend the left knee slightly, keeping that heel down.
        [right] Bend the right knee slightly, keeping that heel down.
       *[none] Bend the one knee slightly, keeping that heel down.
    }
    .step-4 = { $side ->
        [left] Sink down until you feel the pull low in the left calf, near the ankle.
        [right] Sink down until you feel the pull low in the right calf, near the ankle.
       *[none] Sink down until you feel the pull low in the one calf, near the ankle.
    }
    .caution = Keep the heel down and the movement small. Stop if it hurts.
    .spoken = Hands on the wall, one foot back, knee bent, heel down.
    .spoken-side = { $side ->
        [left] Left foot back
       *[right] Right foot back
    }

stretch-seated-hamstring =
    .title = Seated hamstring stretch
    .step-1 = { $side ->
        [left] Sit near the front edge of the firm chair, the right foot flat on the floor.
        [right] Sit near the front edge of the firm chair, the left foot flat on the floor.
       *[none] Sit near the front edge of the firm chair, the the other foot flat on the floor.
    }
    .step-2 = { $side ->
        [left] Stretch your left leg out in front, heel on the floor, knee straight but not locked: the leg named is the one stretched.
        [right] Stretch your right leg out in front, heel on the floor, knee straight but not locked: the leg named is the one stretched.
       *[none] Stretch your one leg out in front, heel on the floor, knee straight but not locked: the leg named is the one stretched.
    }
    .step-3 = { $side ->
        [left] Keeping your back flat, lean forward from the hips until the back of the left thigh pulls.
        [right] Keeping your back flat, lean forward from the hips until the back of the right thigh pulls.
       *[none] Keeping your back flat, lean forward from the hips until the back of the one thigh pulls.
    }
    .step-4 = { $side ->
        [left] Or loop a towel round the ball of the left foot and draw the toes gently toward you.
        [right] Or loop a towel round the ball of the right foot and draw the toes gently toward you.
       *[none] Or loop a towel round the ball of the one foot and draw the toes gently toward you.
    }
    .caution = Lean from the hips, not by rounding the back. Stop if it hurts. If you have had a hip replacement, check with your surgeon before doing this stretch.
    .spoken = Sit at the front of the chair. One leg straight, lean forward.
    .spoken-side = { $side ->
        [left] Left leg straight
       *[right] Right leg straight
    }

stretch-seated-calf =
    .title = Seated towel calf stretch
    .step-1 = { $side ->
        [left] Sit on the firm chair with your back against its back, the right foot flat on the floor.
        [right] Sit on the firm chair with your back against its back, the left foot flat on the floor.
       *[none] Sit on the firm chair with your back against its back, the the other foot flat on the floor.
    }
    .step-2 = { $side ->
        [left] Stretch your left leg out in front, heel on the floor, knee straight but not locked: the leg named is the one stretched.
        [right] Stretch your right leg out in front, heel on the floor, knee straight but not locked: the leg named is the one stretched.
       *[none] Stretch your one leg out in front, heel on the floor, knee straight but not locked: the leg named is the one stretched.
    }
    .step-3 = { $side ->
        [left] Loop a towel round the ball of the left foot and hold an end in each hand.
        [right] Loop a towel round the ball of the right foot and hold an end in each hand.
       *[none] Loop a towel round the ball of the one foot and hold an end in each hand.
    }
    .step-4 = { $side ->
        [left] Gently draw the toes toward you with the towel until the left calf pulls. Breathe normally.
        [right] Gently draw the toes toward you with the towel until the right calf pulls. Breathe normally.
       *[none] Gently draw the toes toward you with the towel until the one calf pulls. Breathe normally.
    }
    .caution = Keep the pull gentle and the heel on the floor. Stop if it hurts.
    .spoken = Sit back. One leg straight, towel round the foot, toes toward you.
    .spoken-side = { $side ->
        [left] Left leg straight
       *[right] Right leg straight
    }

stretch-towel-hamstring =
    .title = Towel hamstring stretch
    .step-1 = Sit on the firm chair with your back against its back (or lie on your back on the bed).
    .step-2 = { $side ->
        [left] Loop a towel round the ball of your left foot and hold an end in each hand: the leg named is the one stretched.
        [right] Loop a towel round the ball of your right foot and hold an end in each hand: the leg named is the one stretched.
       *[none] Loop a towel round the ball of your one foot and hold an end in each hand: the leg named is the one stretched.
    }
    .step-3 = { $side ->
        [left] Straighten the left knee, heel resting on the floor (or the leg raised if lying).
        [right] Straighten the right knee, heel resting on the floor (or the leg raised if lying).
       *[none] Straighten the one knee, heel resting on the floor (or the leg raised if lying).
    }
    .step-4 = Gently draw the toes toward you with the towel until the back of the leg pulls.
    .caution = Keep the pull gentle and the back flat. Stop if it hurts. If you have had a hip replacement, check with your surgeon before doing this stretch.
    .spoken = Towel round one foot, knee straight, toes gently toward you.
    .spoken-side = { $side ->
        [left] Left foot in the towel
       *[right] Right foot in the towel
    }

stretch-standing-quad =
    .title = Standing thigh stretch
    .step-1 = { $side ->
        [left] Stand side-on to a wall or the back of the firm chair and hold it with your right hand the whole time.
        [right] Stand side-on to a wall or the back of the firm chair and hold it with your left hand the whole time.
       *[none] Stand side-on to a wall or the back of the firm chair and hold it with your the other hand the whole time.
    }
    .step-2 = { $side ->
        [left] Bend your left knee and bring the heel toward your buttock: the leg named is the one you bend.
        [right] Bend your right knee and bring the heel toward your buttock: the leg named is the one you bend.
       *[none] Bend your one knee and bring the heel toward your buttock: the leg named is the one you bend.
    }
    .step-3 = { $side ->
        [left] Hold the left ankle with your left hand if you can reach it; if not, loop a towel round it.
        [right] Hold the right ankle with your right hand if you can reach it; if not, loop a towel round it.
       *[none] Hold the one ankle with your one hand if you can reach it; if not, loop a towel round it.
    }
    .step-4 = Keep the knees together and the hips square, and stand tall.
    .caution = Always keep hold of the support: standing on one leg is when a fall is most likely. If your balance is poor, or your knees or back trouble you, do the side-lying thigh stretch instead. Do not pull the heel hard. Stop if it hurts.
    .spoken = Holding on. Bend one knee, heel toward your buttock.
    .spoken-side = { $side ->
        [left] Left leg bends
       *[right] Right leg bends
    }

stretch-side-lying-quad =
    .title = Side-lying thigh stretch
    .step-1 = { $side ->
        [left] Lie on your right side on the bed, head on a pillow or your arm, the lower knee bent a little.
        [right] Lie on your left side on the bed, head on a pillow or your arm, the lower knee bent a little.
       *[none] Lie on your the other side on the bed, head on a pillow or your arm, the lower knee bent a little.
    }
    .step-2 = { $side ->
        [left] Your left leg is on top: it is the leg you bend and stretch.
        [right] Your right leg is on top: it is the leg you bend and stretch.
       *[none] Your one leg is on top: it is the leg you bend and stretch.
    }
    .step-3 = { $side ->
        [left] Bend the left knee and bring the heel toward your buttock; hold the ankle with your left hand, or loop a towel round it.
        [right] Bend the right knee and bring the heel toward your buttock; hold the ankle with your right hand, or loop a towel round it.
       *[none] Bend the one knee and bring the heel toward your buttock; hold the ankle with your one hand, or loop a towel round it.
    }
    .step-4 = Keep the knees together and the hips stacked; do not arch your back.
    .caution = This is the choice for poor balance or knee or back trouble. Move gently, and stop if it hurts.
    .spoken = Lie on your side. Bend the top knee, heel toward your buttock.
    .spoken-side = { $side ->
        [left] Left leg on top
       *[right] Right leg on top
    }

routine-evening-legs =
    .title = Evening legs
    .summary = Calf and hamstring stretches just before bed: each leg, 10 seconds, 3 times, about 4 minutes.

routine-evening-legs-extended =
    .title = Evening legs, extended
    .summary = Four leg stretches with longer holds (20-30 seconds, 2-3 times each leg), about 11 minutes.

routine-seated-legs =
    .title = Seated legs
    .summary = Calf and hamstring stretches sitting on a chair, no standing: each leg, 10 seconds, 3 times.

routine-seated-legs-step-4 =
    .title = In bed: side-lying thigh stretch
    .step-1 = If you want to, once you are in bed: lie on your side, bend the top knee and bring the heel toward your buttock, holding the ankle or a towel round it.
    .step-2 = Keep the knees together; hold about 10 seconds, 3 times, then turn over and do the other leg.
    .step-3 = Press Enter when you have done it, or n to skip it.
    .caution = Move gently. Stop if it hurts.
    .spoken = If you like, once in bed: lie on your side, bend the top knee, heel toward your buttock. Hold about 10 seconds, 3 times, then the other leg.

routine-wind-down =
    .title = Bedtime wind-down
    .summary = Lights down, screens off, a few quiet minutes of slow breathing, the leg stretches, then bed.

routine-wind-down-step-1 =
    .title = Lights down
    .step-1 = Dim the lights in the room you are in, or switch to a lamp.
    .step-2 = From now on, keep to calm, relaxing things.

routine-wind-down-step-2 =
    .title = Other screens off; dim this one
    .step-1 = About 30 minutes before bed: put the phone, tablet and laptop away, ideally outside the bedroom, and turn the television off.
    .step-2 = Turn this screen's brightness down. From here on windown can be followed by ear: turn speech on with v if it is off.
    .spoken = About 30 minutes before bed. Put the phone, tablet and laptop away, and turn the television off. Turn the brightness of this computer down. From here on, you can follow by ear.

routine-wind-down-step-3 =
    .title = Something quiet
    .step-1 = Read a paper book, listen to calm music, or just sit quietly for a while.
    .step-2 = Press Enter when you are ready for the last few minutes.
    .spoken = Read a paper book, listen to calm music, or just sit quietly for a while.

routine-wind-down-step-5 =
    .title = Slow breathing
    .step-1 = Sit on the chair and let your shoulders drop.
    .step-2 = Breathe in gently through the nose for a count of about four.
    .step-3 = Breathe out slowly for a count of about six.
    .step-4 = If your mind wanders, come back to counting.
    .caution = Keep the breathing gentle and easy. If you feel light-headed, breathe normally.
    .spoken = Sit and let your shoulders drop.

routine-wind-down-step-9 =
    .title = Into bed
    .step-1 = Go straight to bed and put the lights out. windown counts the evening as done from here.
    .step-2 = If you are still awake after what feels like about 20 minutes, turn a lamp on before you get up, and do something quiet until you feel sleepy.
    .spoken = Go straight to bed and put the lights out. Still awake after about 20 minutes? Turn a lamp on before you get up, and do something quiet.

# The routines' safety paragraph (a safety text: shown beside the English until clinically reviewed).
routine-safety-note = Safety: this is a general routine, not a diagnosis or a treatment, and it does not replace a clinician. Stop any stretch that hurts. Is it really a cramp? A cramp is a sudden, hard, painful tightening of a muscle that eases when you stretch it; an urge to move the legs, calf pain that comes on when walking, or numbness or weakness are things for a doctor to look at. See a doctor if cramps are frequent or disturb your sleep or daily life, or come with numbness, swelling, or muscles that are getting weaker or smaller. Get help the same day for a cramp that lasts longer than 10 minutes and does not ease with stretching, or for pain in one leg with swelling, warmth, red or darkened skin, or hard, sore veins (possibly a blood clot); sudden breathlessness or chest pain is an emergency. Some medicines and some health conditions can make cramps more likely: if your cramps began or got worse after a change in your medicines, tell your doctor or pharmacist, and never stop or change a medicine on your own.
