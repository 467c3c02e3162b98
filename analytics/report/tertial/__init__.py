"""The tertial report to the council (kommuneloven § 14-5), written where the work is done."""
