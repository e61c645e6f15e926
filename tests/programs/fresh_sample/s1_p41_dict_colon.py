# a dict literal missing a colon
prices = {
    "apple": 1.0,
    "pear" 2.0,
}
