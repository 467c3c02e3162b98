"""Sick leave: summed days, privacy, figures and charts."""
