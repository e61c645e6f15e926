# help on a documented function
def interest(principal, rate=0.05, *, years=1):
    """Compound interest.

    Returns the final amount.
    """
    return principal * (1 + rate) ** years
help(interest)
