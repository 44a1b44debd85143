"""What every room shares: the ReadingState (what is being read, with its signals) and spoken announcements. Imports only the core."""
