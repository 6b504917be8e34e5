"""The application without a screen: storage unlock, services, text, reports, bundles. No Qt."""
