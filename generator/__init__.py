"""Generator for the support database site: load → validate → render → build."""
