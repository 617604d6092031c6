# Carets for an attribute access on None and for a failing call in a longer line.
class Config:
    def __init__(self):
        self.section = None
config = Config()
value = len(str(config)) + config.section.get("key", "default")
