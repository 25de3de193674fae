"""warledger: a ledger of war events and of the claims behind them."""

__version__ = "0.1.0"
