"""The ledger: one interface (base.Store), SQLite by default, PostgreSQL for shared use."""
