"""The library from the window: importing PDQ files off the UI thread with its report, and what changed at an update. Imports the rooms up to navigation and search."""
