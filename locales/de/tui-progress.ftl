## The progress and experiment screens of the app.
