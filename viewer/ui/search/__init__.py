"""Search in the window: the search box and its results, how a result is painted, and the engine behind them for the library shown. Imports common, appearance and reading."""
