"""warledger's spaCy pipeline components (registered in factories.py)."""
