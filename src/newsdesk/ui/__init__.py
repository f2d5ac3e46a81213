"""The Qt front end: windows, models and dialogs over the services."""
