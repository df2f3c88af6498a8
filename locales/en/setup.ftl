## The first run's questions and welcome: the setup screen and windown setup --plain.
