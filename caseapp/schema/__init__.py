"""The dataset format's JSON Schema: plain checks with paths, usable by every layer above it."""
