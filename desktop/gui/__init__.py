"""The PySide6 screens. Reaches data only through desktop.core; never imports SQLAlchemy."""
