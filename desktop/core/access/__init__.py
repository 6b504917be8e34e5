"""Who may open the data: key slots, KDF, recovery codes, throttle, sign-in, accounts, key rotation."""
