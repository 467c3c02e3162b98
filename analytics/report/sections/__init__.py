"""The sections of the snapshot report, one module each; each builds a `Section` from data."""
