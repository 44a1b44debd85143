"""Finding one's way: the library and section tree, and bookmarks. Imports common, appearance and reading."""
