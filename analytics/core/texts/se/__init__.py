"""The North Sami (davvisámegiella, locale `se`) tables: one module per area, with the same keys,
placeholders and markup as the bokmål module of the same name in the package above.

A machine translation awaiting review by a native speaker; the terms chosen are listed side by
side with bokmål in docs/glossary-se.md. Names of people, units, places and products
(Kommunekompasset, KOSTRA, SSB, KS) and the codes a person types (`--kind budget`, `lonn`)
stay as they are.
"""
