"""The programme's goals at a glance, built from the domains."""
