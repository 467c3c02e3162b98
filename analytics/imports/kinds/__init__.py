"""One module per kind of import; `analytics.imports.registry` lists them."""
