"""What every domain shares: errors, texts, formats, settings, access, organisation, clock and names."""
