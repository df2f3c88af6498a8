//! The progress screen and the home screen's check-in prompt, as ratatui widgets.
