"""The data folder on disk: the workspace over its database, its OS lock, its private permissions."""
