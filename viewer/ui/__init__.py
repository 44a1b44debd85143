"""The Qt layer: one widget per module, assembled by main_window. No parsing or querying here."""
