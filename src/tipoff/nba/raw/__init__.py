"""Phase 2: raw processors parse bucket documents into raw tables, after validation."""
