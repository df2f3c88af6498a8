pub struct RemindersView;
