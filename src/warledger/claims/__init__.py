"""Claims: attributions (who says what), claimants, channels and verification statements.

`verification_at(doc_or_list, start, end)` gives the verification status of a stretch of text.
"""
from .verification import find_verifications, verification_at

__all__ = ["find_verifications", "verification_at"]
