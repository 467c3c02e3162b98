"""Kommunekompasset: evaluations, targets and charts."""
