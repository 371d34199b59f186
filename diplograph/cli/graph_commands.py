"""Commands over the stored graph: demo, ingest, actors, show, merge, stats, export."""
