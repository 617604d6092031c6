NAME = "beta from portion two"
