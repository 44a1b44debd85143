"""How the text looks: its size, theme, font, line spacing and column (the ReadingStyle the reader renders with). Imports common."""
