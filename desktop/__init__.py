"""TuQuan desktop application: core services, screens, command line."""

__version__ = "0.1.0"
