NAME = "alpha from portion one"
