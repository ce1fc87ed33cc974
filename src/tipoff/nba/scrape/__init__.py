"""Phase 1: scrapers fetch the date's documents from a source into the bucket."""
