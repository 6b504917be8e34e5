"""The one clock (`db.clock`) as the screens read it: they may not import the database layer."""

from db.clock import local_now, today

__all__ = ["local_now", "today"]
