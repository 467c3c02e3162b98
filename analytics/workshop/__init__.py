"""The monthly economy workshop: measures, agenda and own forecasts."""
