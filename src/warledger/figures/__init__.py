"""Reading the numbers a war report gives: quantities, what they count, what happened to it."""
