"""The Qt layer, in rooms by concern; each room may import the rooms listed before it and the Qt-free
core (content, search, library, settings), never a room after it (tests/unit/test_layout.py):
common → appearance → reading → navigation, search → library, paper → shell. No parsing or
querying here: the widgets ask the core."""
