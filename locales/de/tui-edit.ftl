## The routine editor and reminders screens of the app, and the app's background work.
